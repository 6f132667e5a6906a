"""Label completeness, private files and their retention."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from printers.files import private_dir, private_file, purge_older_than, write_private
from printers.labelcheck import label_problem

ZPL = b"^XA^FO50,50^FDIN123^FS^XZ\n"
PNG_END = b"\x00\x00\x00\x00IEND\xaeB`\x82"


@pytest.mark.parametrize(
    ("data", "fmt", "ok"),
    [
        (ZPL, "ZPL", True),
        (ZPL + ZPL, "ZPL", True),
        (b"^xa^fdlower^fs^xz", "ZPL", True),
        (ZPL[: len(ZPL) // 2], "ZPL", False),
        (ZPL + b"^XA^FDsecond", "ZPL", False),
        (b"^FDno format^FS", "ZPL", False),
        (b"", "ZPL", False),
        (b"   \n", "PDF", False),
        (b"%PDF-1.7\n...\n%%EOF\n", "PDF", True),
        (b"%PDF-1.7\n...\n", "PDF", False),
        (b"<html>", "PDF", False),
        (b"\x89PNG\r\n\x1a\n...." + PNG_END, "PNG", True),
        (b"\x89PNG\r\n\x1a\n....", "PNG", False),
        (b"plain", "PLAIN_TEXT", True),
    ],
)
def test_label_problem(data: bytes, fmt: str, ok: bool) -> None:
    assert (label_problem(data, fmt) is None) is ok


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_private_files_and_folders(tmp_path: Path) -> None:
    mask = os.umask(0o022)  # the usual default: files 0644 unless made private
    try:
        label = write_private(tmp_path / "docs" / "S1" / "P1.zpl", ZPL)
    finally:
        os.umask(mask)
    assert label.read_bytes() == ZPL
    assert label.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "docs" / "S1").stat().st_mode & 0o777 == 0o700
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    assert private_dir(loose).stat().st_mode & 0o777 == 0o700
    db = tmp_path / "spool.db"
    db.write_bytes(b"")
    db.chmod(0o644)
    assert private_file(db).stat().st_mode & 0o777 == 0o600
    assert not list((tmp_path / "docs" / "S1").glob(".*.tmp"))


def test_purge_deletes_only_old_files(tmp_path: Path) -> None:
    now = time.time()
    old = write_private(tmp_path / "S-OLD" / "P1.zpl", ZPL)
    new = write_private(tmp_path / "S-NEW" / "P1.zpl", ZPL)
    os.utime(old, (now - 31 * 86400, now - 31 * 86400))
    assert purge_older_than(tmp_path, 30, now=now) == 1
    assert not old.exists()
    assert not old.parent.exists()
    assert new.exists()
    assert tmp_path.exists()
    assert purge_older_than(tmp_path / "missing", 30) == 0
