"""The station's write-ahead scan log: no scan the packer saw accepted is lost in a crash.

The Pack page applies a scan in memory and shows it at once; the journal write (SQLite or
PostgreSQL) happens later on the database lane. A kill or power cut of the app in between
would lose the scan. So, before the outcome is shown, the scan is appended here: one compact
JSON line written with a single ``os.write`` on an ``O_APPEND`` descriptor. The data is in the
kernel's page cache once ``write`` returns, so it survives the process being killed (no fsync:
that would block the GUI thread on the disk). When every logged scan has reached the journal
the log is cleared; at start-up :func:`packstation.services.scan_recorder.replay_scan_log`
journals whatever is left (each entry carries the ``uid`` its journal entry uses, so an entry
that did reach the journal is not journaled twice).

No personal data goes in: ids, codes, counts and the packing state the journal already stores.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# getattr: O_CLOEXEC exists on POSIX only (Windows has no such flag)
_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)


class ScanLog:
    """An append-only file of scans, one JSON object per line (see the module docstring).

    ``append`` is meant for one thread (the GUI thread); ``entries`` may run anywhere.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        #: set when entries must stay (a replay failed): whoever clears the log checks it
        self.keep = False
        self._fd: int | None = os.open(self.path, _FLAGS, 0o600)
        os.chmod(self.path, 0o600)  # an older file, or a umask that widened it

    def _descriptor(self) -> int:
        fd = self._fd
        if fd is None:
            raise ValueError(f"scan log {self.path} is closed")
        return fd

    def append(self, entry: dict[str, Any]) -> None:
        """Write one entry as one line with one ``os.write`` (raises ``OSError``: disk full)."""
        data = (json.dumps(entry, separators=(",", ":"), ensure_ascii=False) + "\n").encode()
        fd = self._descriptor()
        written = os.write(fd, data)
        if written != len(data):
            # A short write (disk full half way): end the torn line so later lines stay whole.
            os.write(fd, b"\n")
            raise OSError(f"scan log {self.path}: only {written} of {len(data)} bytes written")

    def entries(self) -> list[dict[str, Any]]:
        """Every readable entry in file order; torn or unreadable lines are skipped (logged)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        out: list[dict[str, Any]] = []
        bad = 0
        for line in raw.split(b"\n"):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                bad += 1
                continue
            if isinstance(entry, dict):
                out.append(entry)
            else:
                bad += 1
        if bad:
            log.warning("scan log %s: %d unreadable line(s) skipped", self.path, bad)
        return out

    def clear(self) -> None:
        """Forget every entry (they have all reached the journal)."""
        with self._lock:
            os.ftruncate(self._descriptor(), 0)

    def close(self) -> None:
        with self._lock:
            fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    @property
    def closed(self) -> bool:
        return self._fd is None

    def __enter__(self) -> ScanLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
