"""Is a downloaded label file complete? A truncated label must never reach a printer.

:func:`label_problem` checks the end markers each format has: ZPL ``^XA`` … ``^XZ`` balanced; PDF starts with ``%PDF-`` and ends with ``%%EOF``;
PNG has its signature and ends with the ``IEND`` chunk. Pure, no I/O.
"""

from __future__ import annotations

import re

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: the IEND chunk: length 0, type, CRC
_PNG_END = b"\x00\x00\x00\x00IEND\xaeB`\x82"
_ZPL_MARK = re.compile(rb"\^X([AZ])", re.IGNORECASE)


def label_problem(data: bytes, fmt: str) -> str | None:
    """Why ``data`` is not a complete label of format ``fmt`` (ZPL, PDF, PNG), or None."""
    if not data or not data.strip():
        return "the label file is empty"
    kind = fmt.upper()
    if kind == "ZPL":
        return _zpl_problem(data)
    if kind == "PDF":
        if not data.lstrip().startswith(b"%PDF-"):
            return "the PDF label does not start with %PDF-"
        if not data.rstrip().endswith(b"%%EOF"):
            return f"the PDF label is truncated (no %%EOF at the end of {len(data)} bytes)"
        return None
    if kind == "PNG":
        if not data.startswith(_PNG_SIGNATURE):
            return "the PNG label has no PNG signature"
        if not data.endswith(_PNG_END):
            return f"the PNG label is truncated (no IEND chunk at the end of {len(data)} bytes)"
        return None
    return None


def _zpl_problem(data: bytes) -> str | None:
    depth = 0
    formats = 0
    for match in _ZPL_MARK.finditer(data):
        if match.group(1).upper() == b"A":
            if depth:
                return "the ZPL label opens a format (^XA) inside another one"
            depth = 1
        else:
            if not depth:
                return "the ZPL label closes a format (^XZ) it never opened"
            depth = 0
            formats += 1
    if not formats and not depth:
        return "the ZPL label has no ^XA … ^XZ format"
    if depth:
        return f"the ZPL label is truncated (no closing ^XZ in {len(data)} bytes)"
    return None
