"""Files that hold buyer data (labels: names and addresses): private to this user, kept a while.

Label copies, the spool database and printed jobs are created ``0600`` in ``0700`` folders, and
:func:`purge_older_than` deletes them after a retention period. On Windows the modes are not
enforced by ``chmod``; the user profile's folders are private there already.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path | str) -> Path:
    """Create ``path`` (and parents) if needed and make it ``0700``; returns it."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    with contextlib.suppress(OSError):  # a folder we do not own: leave it as it is
        if folder.stat().st_mode & 0o777 != DIR_MODE:
            folder.chmod(DIR_MODE)
    return folder


def private_file(path: Path | str) -> Path:
    """Create ``path`` empty if it does not exist, ``0600`` in any case (before SQLite opens it:
    its WAL and shared-memory files take the database file's mode)."""
    target = Path(path)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return target


def write_private(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` as a ``0600`` file, atomically: a crash never leaves half a
    label where a reprint would find it."""
    target = Path(path)
    private_dir(target.parent)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


def purge_older_than(folder: Path | str, days: float, *, now: float | None = None) -> int:
    """Delete the files under ``folder`` last modified more than ``days`` ago, then the folders
    left empty (``folder`` itself stays). Returns how many files were deleted."""
    root = Path(folder)
    if not root.is_dir() or days < 0:
        return 0
    cutoff = (time.time() if now is None else now) - days * 86400
    removed = 0
    for dirpath, _dirs, files in os.walk(root, topdown=False):
        here = Path(dirpath)
        for name in files:
            path = here / name
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
        if here != root:
            with contextlib.suppress(OSError):
                here.rmdir()  # only when empty
    return removed
