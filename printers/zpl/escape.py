"""Field escaping: customer text can never become a ZPL command.

Every data field of our templates is written as ``^FH_^FD<escaped>^FS``. :func:`escape_field`
keeps letters, digits, space and harmless punctuation, and writes every other character as
``_XX`` hex escapes of its UTF-8 bytes: ``^`` (format prefix), ``~`` (control prefix), ``_``
(the escape indicator itself), ``\\``, control characters, and anything non-ASCII. So ``^XA``,
``~JR``, ``~JS``, ``^ID`` or a NUL in a name print as text; nothing the customer typed reaches the
printer's command parser.

Scripts. Labels select UTF-8 (``^CI28``). A Zebra's resident fonts draw Latin-1 text only
(:func:`resident_font_draws`); Arabic, Devanagari and Turkish ``İıŞşĞğ`` need a Unicode TrueType
font loaded on the printer, so :mod:`printers.zpl.text` sends such a field as a ``^GF`` graphic of
the shaped text instead. :func:`fold_to_ascii` is the last resort when no text can be rendered
(no font, no shaping engine): Latin letters with diacritics are transliterated (Turkish
``Çağrı Şahin`` -> ``Cagri Sahin``), and characters of other scripts become ``?``; the order id
and barcode on the label still identify the package. With ``unicode_font=True`` the text goes
through unchanged, for a printer that has one (e.g. ``E:TT0003M_.TTF``).
"""

from __future__ import annotations

import string
import unicodedata

from printers.text import one_line

ESCAPE_INDICATOR = "_"
_SAFE = frozenset(string.ascii_letters + string.digits + " .,:;-+/#()*&%$!?@='\"<>[]{}|")
# Letters NFKD does not decompose.
_FOLD = {
    "ı": "i",
    "İ": "I",
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "ø": "o",
    "Ø": "O",
    "œ": "oe",
    "Œ": "OE",
    "đ": "d",
    "Đ": "D",
    "ł": "l",
    "Ł": "L",
    "þ": "th",
    "Þ": "Th",
}


def escape_field(text: str) -> str:
    """``text`` as ``^FH_`` field data: only safe ASCII and ``_XX`` hex escapes remain."""
    out: list[str] = []
    for char in text:
        if char in _SAFE:
            out.append(char)
        else:
            out.extend(f"_{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
    return "".join(out)


def unescape_field(data: str) -> bytes:
    """The bytes a printer stores for ``^FH_`` field ``data`` (the inverse, for tests)."""
    out = bytearray()
    i = 0
    while i < len(data):
        if data[i] == ESCAPE_INDICATOR and i + 2 < len(data) + 0 and _is_hex(data[i + 1 : i + 3]):
            out.append(int(data[i + 1 : i + 3], 16))
            i += 3
        else:
            out.extend(data[i].encode("utf-8"))
            i += 1
    return bytes(out)


def _is_hex(pair: str) -> bool:
    return len(pair) == 2 and all(c in string.hexdigits for c in pair)


def fold_to_ascii(text: str) -> str:
    """The stated fallback for resident fonts: transliterate Latin, ``?`` for other scripts,
    a space for control characters and line breaks."""
    out: list[str] = []
    for char in text:
        if char in _FOLD:
            out.append(_FOLD[char])
            continue
        if unicodedata.category(char)[0] in "CZ":
            out.append(" ")
            continue
        decomposed = unicodedata.normalize("NFKD", char)
        kept = "".join(c for c in decomposed if not unicodedata.combining(c))
        if kept and all(" " <= c < "\x7f" for c in kept):
            out.append(kept)
        else:
            out.append("?")
    return "".join(out)


def resident_font_draws(text: str) -> bool:
    """Whether a Zebra's resident fonts (``^A0`` under ``^CI28``) draw ``text`` as written:
    printable Latin-1 only (control characters aside, which print as spaces)."""
    return all(" " <= c <= "~" or "\xa0" <= c <= "\xff" for c in one_line(text))


def field_data(text: str, *, unicode_font: bool = False, max_chars: int = 200) -> str:
    """A complete, safe ``^FH_^FD...^FS`` for a text field (cut to ``max_chars``)."""
    value = text if unicode_font else fold_to_ascii(text)
    return f"^FH{ESCAPE_INDICATOR}^FD{escape_field(value[:max_chars])}^FS"


BARCODE_CHARS = frozenset(string.ascii_letters + string.digits + " -./+$%:#")


def barcode_data(value: str) -> str:
    """Safe ``^FD`` data for a Code 128 barcode; raises ``ValueError`` on other characters.

    Ids in barcodes are ours (package ids, SKUs): a character outside printable ASCII, or a
    Code 128 invocation character (``>``), means a bug upstream, not something to print.
    """
    bad = sorted({c for c in value if c not in BARCODE_CHARS})
    if bad or not value:
        raise ValueError(
            f"barcode value {value!r} has characters a label barcode cannot hold: {bad}"
        )
    return f"^FH{ESCAPE_INDICATOR}^FD{escape_field(value)}^FS"
