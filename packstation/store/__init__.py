"""packstation.store: persistence for one station (SQLite) or a warehouse (PostgreSQL).

Open with :meth:`Database.open` (or :meth:`Database.from_settings`); the APIs hang off it:
``db.journal`` (:class:`Journal`), ``db.claims`` (:class:`Claims`), ``db.audit``
(:class:`AuditLog`), ``db.sequences`` / ``db.next_sequence``, ``db.people`` (:class:`People`).
Everything is synchronous and thread-safe; call it from worker threads, never the GUI thread.
"""

from packstation.store.audit import AuditKind, AuditLog, AuditRecord
from packstation.store.claims import DEFAULT_TTL_S, Claim, Claims
from packstation.store.database import Database, database_url
from packstation.store.errors import (
    ClaimedElsewhere,
    ClaimLost,
    SerialInUse,
    StoreError,
    StoreUnavailable,
    UnknownBadge,
)
from packstation.store.journal import (
    EntryKind,
    Journal,
    JournalEntry,
    Outcome,
    PackingState,
)
from packstation.store.people import Packer, People, SignIn, Station
from packstation.store.schema import HEAD_REVISION
from packstation.store.sequences import Sequences

__all__ = [
    "DEFAULT_TTL_S",
    "HEAD_REVISION",
    "AuditKind",
    "AuditLog",
    "AuditRecord",
    "Claim",
    "ClaimLost",
    "ClaimedElsewhere",
    "Claims",
    "Database",
    "EntryKind",
    "Journal",
    "JournalEntry",
    "Outcome",
    "Packer",
    "PackingState",
    "People",
    "Sequences",
    "SerialInUse",
    "SignIn",
    "Station",
    "StoreError",
    "StoreUnavailable",
    "UnknownBadge",
    "database_url",
]
