"""Claims: a shipment opened at a station is leased to that station and packer.

A claim is a lease: it lasts ``ttl`` seconds and the station's heartbeat renews it. A station
that crashes stops renewing, its claims expire, and another station may take the shipment. A
supervisor can release a stuck claim at once (recorded in the audit log as an override).

Locking: on PostgreSQL the claim row is locked with ``SELECT ... FOR UPDATE`` (``SKIP LOCKED``
when picking the next free shipment, so stations never queue behind each other); on SQLite the
write transaction itself (``BEGIN IMMEDIATE``) serialises claimers. Lease times use the
database server's clock on PostgreSQL, so stations with skewed clocks still agree.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, select, update

from packstation.store.audit import AuditKind, append_in
from packstation.store.database import insert_ignore
from packstation.store.errors import ClaimedElsewhere, ClaimLost
from packstation.store.schema import claims

if TYPE_CHECKING:
    from packstation.store.database import Database

DEFAULT_TTL_S = 120.0
_CHUNK = 500


@dataclass(frozen=True)
class Claim:
    """A shipment held by a station and packer until ``expires_at`` (renewed by heartbeats)."""

    shipment_id: str
    station: str
    packer: str
    token: str
    claimed_at: datetime
    heartbeat_at: datetime
    expires_at: datetime

    def expired(self, now: datetime) -> bool:
        return self.expires_at <= now


def _claim(row: Row[Any]) -> Claim:
    return Claim(
        shipment_id=row.shipment_id,
        station=row.station,
        packer=row.packer,
        token=row.token,
        claimed_at=row.claimed_at,
        heartbeat_at=row.heartbeat_at,
        expires_at=row.expires_at,
    )


_FREE = {
    "token": None,
    "station": None,
    "packer": None,
    "claimed_at": None,
    "heartbeat_at": None,
    "expires_at": None,
}


class Claims:
    """Claim, renew, release and inspect shipment claims."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ internals
    def _locked_row(self, conn: Connection, shipment_id: str) -> Row[Any]:
        insert_ignore(conn, claims, [{"shipment_id": shipment_id, **_FREE}], ["shipment_id"])
        stmt = select(claims).where(claims.c.shipment_id == shipment_id).with_for_update()
        return conn.execute(stmt).one()

    @staticmethod
    def _held(row: Row[Any], now: datetime) -> bool:
        return row.station is not None and row.expires_at is not None and row.expires_at > now

    def _take(
        self,
        conn: Connection,
        row: Row[Any],
        *,
        station: str,
        packer: str,
        ttl: float,
        now: datetime,
    ) -> Claim:
        renew = self._held(row, now) and row.station == station and row.packer == packer
        claim = Claim(
            shipment_id=row.shipment_id,
            station=station,
            packer=packer,
            token=row.token if renew else uuid.uuid4().hex,
            claimed_at=row.claimed_at if renew else now,
            heartbeat_at=now,
            expires_at=now + timedelta(seconds=ttl),
        )
        values = {k: getattr(claim, k) for k in _FREE}
        conn.execute(update(claims).where(claims.c.shipment_id == row.shipment_id).values(values))
        return claim

    # ------------------------------------------------------------------ claiming
    def claim(
        self, shipment_id: str, station: str, packer: str, ttl: float = DEFAULT_TTL_S
    ) -> Claim:
        """Claim ``shipment_id`` for ``station`` and ``packer`` for ``ttl`` seconds.

        The same station and packer claiming again renews the lease. Raises
        :class:`ClaimedElsewhere` while another station or packer holds an unexpired claim.
        """

        def work(conn: Connection) -> Claim:
            now = self._db.now(conn)
            row = self._locked_row(conn, shipment_id)
            if self._held(row, now) and (row.station, row.packer) != (station, packer):
                raise ClaimedElsewhere(shipment_id, row.station, row.packer, row.claimed_at)
            return self._take(conn, row, station=station, packer=packer, ttl=ttl, now=now)

        return self._db.run(work)

    def claim_next(
        self,
        candidates: Sequence[str],
        station: str,
        packer: str,
        ttl: float = DEFAULT_TTL_S,
    ) -> Claim | None:
        """Claim the first of ``candidates`` (in the given order) that nobody holds, or None.

        On PostgreSQL rows another station is claiming right now are skipped (``SKIP LOCKED``)
        rather than waited for, so many stations picking work at once do not queue.
        """
        ids = list(dict.fromkeys(candidates))
        if not ids:
            return None

        def look(conn: Connection) -> tuple[datetime, dict[str, Any]]:
            known: dict[str, Any] = {}
            for chunk in range(0, len(ids), _CHUNK):
                stmt = select(claims.c.shipment_id, claims.c.station, claims.c.expires_at).where(
                    claims.c.shipment_id.in_(ids[chunk : chunk + _CHUNK])
                )
                for row in conn.execute(stmt):
                    known[str(row.shipment_id)] = row
            return self._db.now(conn), known

        now, known = self._db.run(look, write=False)
        missing = sorted(sid for sid in ids if sid not in known)
        if missing:
            # Rows first, in their own short transaction and in key order: no lock is held
            # across the pick, and stations inserting overlapping sets cannot deadlock.
            rows = [{"shipment_id": sid, **_FREE} for sid in missing]
            self._db.run(lambda conn: insert_ignore(conn, claims, rows, ["shipment_id"]))
        free = [sid for sid in ids if sid not in known or not self._held(known[sid], now)]
        if not free:
            return None

        def work(conn: Connection) -> Claim | None:
            now = self._db.now(conn)
            for sid in free:
                stmt = (
                    select(claims)
                    .where(claims.c.shipment_id == sid)
                    .with_for_update(skip_locked=True)
                )
                row = conn.execute(stmt).first()
                if row is None or self._held(row, now):
                    continue  # another station is claiming it right now, or just did
                return self._take(conn, row, station=station, packer=packer, ttl=ttl, now=now)
            return None

        return self._db.run(work)

    def heartbeat(self, claim: Claim, ttl: float = DEFAULT_TTL_S) -> Claim:
        """Renew the lease; raises :class:`ClaimLost` if the claim was released or taken over.

        Call it before every step that must only happen while the shipment is held (finish).
        """

        def work(conn: Connection) -> Claim:
            now = self._db.now(conn)
            stmt = (
                update(claims)
                .where(claims.c.shipment_id == claim.shipment_id)
                .where(claims.c.token == claim.token)
                .values(heartbeat_at=now, expires_at=now + timedelta(seconds=ttl))
                .returning(*claims.c)
            )
            row = conn.execute(stmt).first()
            if row is None:
                holder = conn.execute(
                    select(claims.c.station).where(claims.c.shipment_id == claim.shipment_id)
                ).scalar_one_or_none()
                raise ClaimLost(claim.shipment_id, holder)
            return _claim(row)

        return self._db.run(work)

    def heartbeat_station(self, station: str, ttl: float = DEFAULT_TTL_S) -> int:
        """Renew every claim ``station`` holds (one timer per station); returns how many."""

        def work(conn: Connection) -> int:
            now = self._db.now(conn)
            stmt = (
                update(claims)
                .where(claims.c.station == station)
                .values(heartbeat_at=now, expires_at=now + timedelta(seconds=ttl))
            )
            return int(conn.execute(stmt).rowcount)

        return self._db.run(work)

    def release(self, claim: Claim) -> bool:
        """Give the shipment up (finished or closed); False if it was no longer held."""

        def work(conn: Connection) -> bool:
            stmt = (
                update(claims)
                .where(claims.c.shipment_id == claim.shipment_id)
                .where(claims.c.token == claim.token)
                .values(_FREE)
            )
            return bool(conn.execute(stmt).rowcount)

        return self._db.run(work)

    def release_station(self, station: str) -> int:
        """Release everything ``station`` holds (clean shutdown, packer signs out)."""
        stmt = update(claims).where(claims.c.station == station).values(_FREE)
        return self._db.run(lambda conn: int(conn.execute(stmt).rowcount))

    def force_release(
        self, shipment_id: str, *, by: str, station: str, reason: str = ""
    ) -> Claim | None:
        """A supervisor releases a stuck claim now; returns the claim that was released.

        Recorded in the audit log (kind ``override``) in the same transaction.
        """

        def work(conn: Connection) -> Claim | None:
            now = self._db.now(conn)
            row = conn.execute(
                select(claims).where(claims.c.shipment_id == shipment_id).with_for_update()
            ).first()
            if row is None or row.station is None:
                return None
            previous = _claim(row)
            conn.execute(update(claims).where(claims.c.shipment_id == shipment_id).values(_FREE))
            append_in(
                conn,
                now,
                AuditKind.OVERRIDE,
                station=station,
                who=by,
                shipment_id=shipment_id,
                detail={
                    "action": "claim_force_release",
                    "held_by_station": previous.station,
                    "held_by_packer": previous.packer,
                    "claimed_at": previous.claimed_at.isoformat(),
                    "expired": previous.expired(now),
                    "reason": reason,
                },
            )
            return previous

        return self._db.run(work)

    def expire(self) -> list[str]:
        """Free the claims whose lease ran out (crashed stations); returns their shipments."""

        def work(conn: Connection) -> list[str]:
            now = self._db.now(conn)
            stmt = (
                update(claims)
                .where(claims.c.station.is_not(None))
                .where(claims.c.expires_at <= now)
                .values(_FREE)
                .returning(claims.c.shipment_id)
            )
            return sorted(conn.execute(stmt).scalars())

        return self._db.run(work)

    # ------------------------------------------------------------------ looking
    def holder(self, shipment_id: str) -> Claim | None:
        """Who holds the shipment now (None: free, or the lease ran out)."""

        def work(conn: Connection) -> Claim | None:
            now = self._db.now(conn)
            row = conn.execute(select(claims).where(claims.c.shipment_id == shipment_id)).first()
            return _claim(row) if row is not None and self._held(row, now) else None

        return self._db.run(work, write=False)

    def active(self, station: str | None = None) -> list[Claim]:
        """Every unexpired claim (of one station if given), for "being packed at ..." badges."""

        def work(conn: Connection) -> list[Claim]:
            now = self._db.now(conn)
            stmt = (
                select(claims).where(claims.c.expires_at > now).where(claims.c.station.is_not(None))
            )
            if station is not None:
                stmt = stmt.where(claims.c.station == station)
            return [_claim(r) for r in conn.execute(stmt.order_by(claims.c.shipment_id))]

        return self._db.run(work, write=False)
