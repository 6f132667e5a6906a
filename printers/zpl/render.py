"""ZPL read and drawn for a preview: what the bench prints, shown before or after it prints.

The drawing itself is the optional ``zplkit`` (OSL-3.0, extra ``preview``). Real labels use more
than it takes, so :func:`render` works around it and says what it changed:

* commands that set up the printer, not the picture (``^PQ`` quantity, ``^MM`` media, ``~SD``
  darkness, ``^PR`` speed, ``^JU``...) are dropped before drawing; any other command zplkit does
  not know is dropped when it reports it, with a note (the preview may differ there);
* a text field with letters its built-in font lacks (Arabic, Devanagari, most of Latin-1) is
  drawn here with :mod:`printers.text` and placed as a ``^GF`` graphic at the field's origin and
  font height, the way :mod:`printers.zpl.text` prints such fields;
* a printer font by name (``^A@``, ``^CW``) becomes font 0;
* a PDF or PNG label converted for the printer is one ``^GF`` graphic of a whole label: the
  renderer's graphic budget is raised to fit 4x6 inches at 600 dpi.

Without zplkit, :func:`compose` draws what needs no font or barcode engine (``^GF`` graphics,
stored ``~DG`` graphics recalled with ``^XG``, and ``^GB`` boxes): a converted PDF/PNG label
previews anyway. :func:`read_label` lists a label's text and barcode fields and its graphics, for
the fallback that says what a label holds when it cannot be drawn.

Graphics (``^GF``, ``~DG``) are decoded here: ASCII hex with ZPL's compression (``G``-``Y`` and
``g``-``z`` repeat counts, ``,`` zero fill, ``!`` one fill, ``:`` repeat the row above), ``:Z64:``
(zlib) and ``:B64:`` base64 bodies, and binary (``^GFB``).
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from printers.errors import PrinterError
from printers.zpl.graphic import zb64_crc

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

#: Commands that set up the printer (media, speed, darkness, quantity, memory), not the picture.
NOT_DRAWN = frozenset(
    {
        "PQ", "PR", "MM", "MN", "MT", "MD", "MF", "ML", "JM", "JU", "JZ", "JJ", "JS", "TA", "SD",
        "KN", "NN", "PF", "PN", "PH", "JA", "ID", "XB", "LT", "PM", "LR", "JB", "JC", "JD", "JE",
        "JL", "JR", "JH", "JI", "KD", "KL", "KP", "MP", "MW", "SC", "SE", "SL", "SO", "SS", "SX",
        "ST", "SZ", "WD", "JP", "JX", "HM", "HS", "HI", "HH", "HV", "HW", "HQ", "HU", "HZ",
    }
)  # fmt: skip
#: Whole labels at 600 dpi and 4x6 inches are about 1.1 MB of graphic; no label needs more.
GRAPHIC_BYTES = 8_000_000
INPUT_BYTES = 32_000_000
#: Fixes tried on one label before giving up (each is one dropped command or redrawn field).
MAX_FIXES = 200
_BASELINE = 0.8  # where a resident font's baseline sits in its cell (as printers.zpl.text)
_SYMBOLOGY = {
    "0": "Aztec", "1": "Code 11", "2": "Interleaved 2 of 5", "3": "Code 39", "4": "Code 49",
    "5": "Planet", "7": "PDF417", "8": "EAN-8", "9": "UPC-E", "A": "Code 93", "B": "CODABLOCK",
    "C": "Code 128", "D": "MaxiCode", "E": "EAN-13", "F": "MicroPDF417", "I": "Industrial 2 of 5",
    "J": "Standard 2 of 5", "K": "ANSI Codabar", "L": "LOGMARS", "M": "MSI", "O": "Aztec",
    "P": "Plessey", "Q": "QR Code", "R": "GS1 DataBar", "S": "UPC/EAN extensions",
    "T": "TLC39", "U": "UPC-A", "X": "Data Matrix", "Z": "POSTNET",
}  # fmt: skip


class ZplRenderError(PrinterError):
    """A ZPL label that cannot be drawn (the message says why, for the packer)."""


@dataclass(frozen=True)
class Token:
    """One command: ``prefix`` ``^`` or ``~``, ``name`` (``FO``, ``A`` for fonts), its
    ``params`` as written, and where it sits in the source (``start``..``end``)."""

    prefix: str
    name: str
    params: bytes
    start: int
    end: int


def tokens(zpl: bytes) -> list[Token]:
    """The commands of ``zpl`` in order; bytes between labels are skipped.

    Field data (``^FD``, ``^FV``, ``^FX``) runs to the next ``^`` (a ``~`` inside is data);
    a binary ``^GFB``/``^GFC`` body is taken by its byte count."""
    out: list[Token] = []
    i = _next_prefix(zpl, 0, tilde=True)
    while i < len(zpl):
        prefix = chr(zpl[i])
        if zpl[i + 1 : i + 2] in (b"A", b"a") and prefix == "^":
            name = "A"
        else:
            name = zpl[i + 1 : i + 3].decode("latin-1").upper()
        start = i + 1 + len(name)
        if name == "GF" and zpl[start : start + 1] in (b"B", b"C", b"b", b"c"):
            end = _binary_graphic_end(zpl, start)
        else:
            end = _next_prefix(zpl, start, tilde=name not in ("FD", "FV", "FX"))
        out.append(Token(prefix, name, zpl[start:end], i, end))
        i = end
    return out


def _next_prefix(zpl: bytes, start: int, *, tilde: bool) -> int:
    caret = zpl.find(b"^", start)
    if tilde:
        tilde_at = zpl.find(b"~", start)
        if tilde_at != -1 and (caret == -1 or tilde_at < caret):
            return tilde_at
    return len(zpl) if caret == -1 else caret


def _binary_graphic_end(zpl: bytes, start: int) -> int:
    header = re.match(rb"[BbCc],(\d+),(\d+),(\d+),", zpl[start : start + 40])
    if header is None:
        return _next_prefix(zpl, start, tilde=True)
    return min(len(zpl), start + header.end() + int(header.group(1)))


def _numbers(params: bytes, count: int) -> list[int | None]:
    """The first ``count`` comma-separated integers (None where empty or not a number)."""
    out: list[int | None] = []
    for part in params.split(b",")[:count]:
        try:
            out.append(int(float(part.strip())))
        except ValueError:
            out.append(None)
    return out + [None] * (count - len(out))


# ---------------------------------------------------------------- graphics


def expand_hex(body: str, row_bytes: int, rows: int) -> bytes:
    """The bitmap of a ``^GFA``/``~DG`` hex body with ZPL's compression (rows of ``row_bytes``
    bytes, 1 = black dot). Rows it does not give are white."""
    row_hex = row_bytes * 2
    out: list[str] = []
    row: list[str] = []
    filled = 0
    count = 0
    previous = "0" * row_hex

    def end_row(fill: str) -> None:
        nonlocal row, filled, previous
        line = "".join(row) + fill * (row_hex - filled)
        out.append(line)
        previous, row, filled = line, [], 0

    for char in body:
        if "G" <= char <= "Y":
            count += ord(char) - ord("F")
        elif "g" <= char <= "z":
            count += (ord(char) - ord("f")) * 20
        elif char == ",":
            end_row("0")
        elif char == "!":
            end_row("F")
        elif char == ":":
            if filled:
                end_row("0")
            out.append(previous)
        elif char in "0123456789ABCDEFabcdef":
            repeat = min(count or 1, row_hex - filled)
            row.append(char.upper() * repeat)
            filled += repeat
            count = 0
            if filled == row_hex:
                end_row("0")
        if len(out) >= rows:
            break
    if filled and len(out) < rows:
        end_row("0")
    out = out[:rows] + ["0" * row_hex] * (rows - len(out))
    return bytes.fromhex("".join(out))


def decode_graphic_body(kind: str, body: bytes, total: int, row_bytes: int) -> bytes:
    """The packed bitmap (1 = black) of a graphic body of ``total`` bytes."""
    if row_bytes <= 0 or total <= 0 or total > GRAPHIC_BYTES:
        raise ZplRenderError(f"a graphic of {total} bytes, {row_bytes} a row, cannot be shown")
    rows = -(-total // row_bytes)
    text = body.strip()
    if kind in "Bb":
        data = bytes(text[:total])
    elif text[:5].upper() in (b":Z64:", b":B64:"):
        encoded, _, crc = text[5:].partition(b":")
        encoded = re.sub(rb"\s", b"", encoded)
        crc = crc.strip()[:4]
        # A Zebra checks the CRC-16 (CCITT, from 0) of the base64 text and drops the graphic
        # when it does not match: so does the preview, or it would show what never prints.
        if crc and crc.upper().decode("latin-1") != zb64_crc(encoded):
            raise ZplRenderError(
                f"a graphic's CRC {crc.decode('latin-1')} does not match its data: "
                "the printer drops it"
            )
        try:
            data = base64.b64decode(encoded + b"=" * (-len(encoded) % 4))
            if text[:5].upper() == b":Z64:":
                data = zlib.decompress(data)
        except (binascii.Error, zlib.error) as exc:
            raise ZplRenderError(f"a compressed graphic cannot be read: {exc}") from None
    elif kind in "Aa":
        data = expand_hex(re.sub(rb"\s", b"", text).decode("latin-1"), row_bytes, rows)
    else:
        raise ZplRenderError(f"^GF{kind} graphics cannot be shown")
    return data[:total].ljust(rows * row_bytes, b"\0")


def graphic_image(data: bytes, row_bytes: int) -> Image.Image:
    """A packed bitmap (1 = black) as a grayscale image, black on white."""
    from PIL import Image as PILImage

    rows = len(data) // row_bytes
    bits = PILImage.frombytes("1", (row_bytes * 8, rows), data)
    return bits.point(lambda v: 0 if v else 255, mode="L")


# ---------------------------------------------------------------- fields


@dataclass
class Field:
    """One field of a label: ``kind`` ``text``, ``barcode`` or ``graphic``; ``x``/``y`` its
    origin with the label home added (``baseline`` when ``^FT`` placed it)."""

    kind: str
    x: int
    y: int
    text: str = ""
    symbology: str = ""
    font_height: int = 0
    orientation: str = "N"
    baseline: bool = False
    image: Image.Image | None = None
    label: int = 0
    #: the tokens from the field's origin (or its first command) through its ^FS
    first: int = 0
    last: int = 0
    data_token: int = -1


@dataclass
class Label:
    """What :func:`read_label` found: fields in source order, the label size if set."""

    fields: list[Field] = field(default_factory=list)
    width: int | None = None
    height: int | None = None
    #: ``^GB`` boxes: label, x, y, width, height, thickness, black
    boxes: list[tuple[int, int, int, int, int, int, bool]] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    labels: int = 0


def _field_text(data: bytes, indicator: bytes | None, utf8: bool) -> str:
    if indicator:
        pattern = re.escape(indicator) + rb"([0-9A-Fa-f]{2})"
        data = re.sub(pattern, lambda m: bytes([int(m.group(1), 16)]), data)
    return data.decode("utf-8" if utf8 else "cp850", errors="replace")


def _barcode_text(symbology: str, text: str) -> str:
    if symbology == "QR Code" and re.match(r"^[HQML]?[AM]?[A-Z]?,", text[:4]):
        return text.split(",", 1)[1]
    if symbology == "Code 128":
        return re.sub(r">[0-9:;<=>]", "", text)
    return text


@dataclass
class _Pending:
    """The commands of the field being read (until its ``^FS``)."""

    first: int | None = None
    x: int = 0
    y: int = 0
    baseline: bool = False
    orientation: str = "N"
    height: int | None = None
    fh: bytes | None = None
    symbology: str = ""
    data: bytes | None = None
    data_token: int = -1
    graphic: bytes | None = None
    recall: bytes | None = None
    box: tuple[int, int, int, bool] | None = None

    def seen(self, index: int) -> None:
        if self.first is None:
            self.first = index


@dataclass
class _Reader:
    """State that lasts across fields while a label is read."""

    found: Label
    decode_graphics: bool
    stored: dict[str, tuple[bytes, tuple[int, int]]] = field(default_factory=dict)
    utf8: bool = False
    home: tuple[int, int] = (0, 0)
    default_height: int = 9
    label: int = -1

    def emit(self, pending: _Pending, index: int) -> None:
        x, y = pending.x + self.home[0], pending.y + self.home[1]
        first = index if pending.first is None else pending.first
        place = {"x": x, "y": y, "baseline": pending.baseline, "label": self.label}
        span = {"first": first, "last": index, "orientation": pending.orientation}
        if pending.box is not None:
            w, h, t, black = pending.box
            self.found.boxes.append((self.label, x, y, w, h, t, black))
        if pending.graphic is not None or pending.recall is not None:
            image = None
            if self.decode_graphics:
                try:
                    image = _graphic_of(pending.graphic, pending.recall, self.stored)
                except ZplRenderError as exc:
                    log.info("label graphic not decoded: %s", exc)
            self.found.fields.append(Field("graphic", image=image, **place, **span))  # type: ignore[arg-type]
            return
        if pending.data is None:
            return
        text = _field_text(pending.data, pending.fh, self.utf8)
        kind = "barcode" if pending.symbology else "text"
        if pending.symbology:
            text = _barcode_text(pending.symbology, text)
        self.found.fields.append(
            Field(
                kind,
                text=text,
                symbology=pending.symbology,
                font_height=pending.height or self.default_height,
                data_token=pending.data_token,
                **place,  # type: ignore[arg-type]
                **span,  # type: ignore[arg-type]
            )
        )


_FIELD_FORMATS = frozenset({"FB", "FR", "TB", "FP", "FW", "FN", "SN", "SF", "PO", "PM", "MU", "LS"})


def read_label(zpl: bytes, *, decode_graphics: bool = True) -> Label:
    """The fields of every label in ``zpl``, their origins, text and graphics."""
    reader = _Reader(Label(), decode_graphics)
    pending = _Pending()
    for index, tok in enumerate(tokens(zpl)):
        name, params = tok.name, tok.params
        if name == "XA":
            reader.label += 1
            reader.found.labels = reader.label + 1
            pending = _Pending()
        elif name == "FS":
            reader.emit(pending, index)
            pending = _Pending()
        elif name == "DG" and tok.prefix == "~":
            parts = params.split(b",", 3)
            if len(parts) == 4:
                total, row_bytes = _numbers(b",".join(parts[1:3]), 2)
                reader.stored[_graphic_name(parts[0])] = (parts[3], (total or 0, row_bytes or 0))
        elif name in _FIELD_COMMANDS:
            pending.seen(index)
            _FIELD_COMMANDS[name](pending, tok, index)
        elif tok.prefix == "^" and name.startswith("B") and name != "BY":
            pending.seen(index)
            pending.symbology = _SYMBOLOGY.get(name[1:], f"^{name}")
        else:
            _label_command(reader, tok)
    return reader.found


def _label_command(reader: _Reader, tok: Token) -> None:
    name, params, found = tok.name, tok.params, reader.found
    if name == "CI":
        reader.utf8 = _numbers(params, 1)[0] in (28, 29, 30)
    elif name == "LH":
        x, y = _numbers(params, 2)
        reader.home = (x or 0, y or 0)
    elif name == "PW":
        found.width = _numbers(params, 1)[0] or found.width
    elif name == "LL":
        found.height = _numbers(params, 1)[0] or found.height
    elif name == "CF":
        height = _numbers(params[1:].lstrip(b","), 1)[0] if params else None
        reader.default_height = height or reader.default_height
    elif name in _FIELD_FORMATS and name not in found.others:
        found.others.append(name)


def _origin(pending: _Pending, tok: Token, _index: int) -> None:
    x, y = _numbers(tok.params, 2)
    pending.x, pending.y, pending.baseline = x or 0, y or 0, tok.name == "FT"


def _font(pending: _Pending, tok: Token, _index: int) -> None:
    parts = tok.params.decode("latin-1")[1:].split(",")
    pending.orientation = (parts[0][:1].upper() or "N") if parts else "N"
    pending.height = _numbers(",".join(parts[1:]).encode(), 1)[0]


def _hex_indicator(pending: _Pending, tok: Token, _index: int) -> None:
    pending.fh = tok.params[:1] or b"_"


def _data(pending: _Pending, tok: Token, index: int) -> None:
    pending.data, pending.data_token = tok.params, index


def _graphic(pending: _Pending, tok: Token, _index: int) -> None:
    pending.graphic = tok.params or None


def _recall(pending: _Pending, tok: Token, _index: int) -> None:
    pending.recall = tok.params.split(b",")[0].strip()


def _box(pending: _Pending, tok: Token, _index: int) -> None:
    w, h, t = _numbers(tok.params, 3)
    colour = tok.params.split(b",")[3:4]
    pending.box = (w or 1, h or 1, t or 1, not colour or colour[0].strip()[:1] != b"W")


_FIELD_COMMANDS = {
    "FO": _origin,
    "FT": _origin,
    "A": _font,
    "FH": _hex_indicator,
    "FD": _data,
    "FV": _data,
    "GF": _graphic,
    "XG": _recall,
    "GB": _box,
}


def _graphic_name(raw: bytes) -> str:
    name = raw.strip().decode("latin-1").upper()
    if ":" not in name:
        name = "R:" + name
    return name if "." in name else name + ".GRF"


def _graphic_of(
    graphic: object, recall: object, stored: dict[str, tuple[bytes, tuple[int, int]]]
) -> Image.Image:
    if isinstance(graphic, bytes):
        header = re.match(rb"\s*([ABCabc])?,?(\d+),(\d+),(\d+),", graphic)
        if header is None:
            raise ZplRenderError("a ^GF graphic without its sizes")
        kind = (header.group(1) or b"A").decode()
        total, row_bytes = int(header.group(3)), int(header.group(4))
        data = decode_graphic_body(kind, graphic[header.end() :], total, row_bytes)
        return graphic_image(data, row_bytes)
    assert isinstance(recall, bytes)
    name = _graphic_name(recall)
    if name not in stored:
        raise ZplRenderError(f"the label recalls graphic {name}, which it does not hold")
    body, (total, row_bytes) = stored[name]
    return graphic_image(decode_graphic_body("A", body, total, row_bytes), row_bytes)


# ---------------------------------------------------------------- drawing


@dataclass
class Rendered:
    """Images of the labels (grayscale, black on white) and notes on what the preview changed."""

    images: list[Image.Image]
    notes: list[str] = field(default_factory=list)


def zplkit_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("zplkit") is not None


def render(zpl: bytes, *, width: int = 812, height: int = 1218, dpi: int = 203) -> Rendered:
    """Draw ``zpl`` with zplkit, working around what it lacks (module docstring); raises
    :class:`ZplRenderError` when it still cannot, or ``ImportError`` without zplkit."""
    import zplkit
    from zplkit.rendering import Limits

    limits = Limits(
        graphic_bytes=GRAPHIC_BYTES,
        input_bytes=INPUT_BYTES,
        field_bytes=max(4096, len(zpl)),
    )
    options = zplkit.Options(width=width, height=height, dpi=dpi)
    source, notes = strip_not_drawn(zpl)
    for _ in range(MAX_FIXES):
        try:
            document = zplkit.render(source, options, limits=limits)
        except ValueError as exc:
            offset = getattr(exc, "offset", None)
            message = str(getattr(exc, "message", "") or exc)
            fixed = _fix(source, offset, message, notes) if isinstance(offset, int) else None
            if fixed is None:
                raise ZplRenderError(_plain(message)) from None
            source = fixed
            continue
        from PIL import Image as PILImage

        scenes = list(document.labels)
        # A format that only sets the printer up (darkness, media...) draws a blank label.
        drawing = _drawing_labels(source)
        if len(drawing) < len(scenes) and drawing:
            scenes = [scene for n, scene in enumerate(scenes) if n in drawing]
        images = []
        for scene in scenes:
            raster = scene.rasterize()
            images.append(PILImage.frombytes("L", (raster.width, raster.height), raster.pixels))
        return Rendered(images, notes)
    raise ZplRenderError("the label needs more workarounds than the preview tries")


def _drawing_labels(zpl: bytes) -> set[int]:
    """The formats of ``zpl`` (counted from 0) with at least one field or box."""
    label = read_label(zpl, decode_graphics=False)
    return {f.label for f in label.fields} | {box[0] for box in label.boxes}


def _plain(message: str) -> str:
    """zplkit's message, worded for the packer where it speaks of its own workings."""
    message = re.sub(r"^ZPL byte \d+: ", "", message)
    stored = re.match(r'stored format "([^"]*)" not found', message)
    if stored:
        return f"it recalls format {stored.group(1)} stored in the printer, which the preview lacks"
    if message.startswith("unknown downloaded graphic"):
        return "it recalls a graphic stored in the printer, which the preview lacks"
    return message


def strip_not_drawn(zpl: bytes) -> tuple[bytes, list[str]]:
    """``zpl`` without the commands in :data:`NOT_DRAWN` (and nothing outside the labels)."""
    kept: list[bytes] = []
    for tok in tokens(zpl):
        if tok.name not in NOT_DRAWN:
            kept.append(zpl[tok.start : tok.end])
    return b"".join(kept), []


def _fix(source: bytes, offset: int, message: str, notes: list[str]) -> bytes | None:
    """``source`` changed so the error zplkit reported at ``offset`` goes away, or None."""
    toks = tokens(source)
    at = next((i for i, t in enumerate(toks) if t.start <= offset < t.end), None)
    if at is None:
        return None
    tok = toks[at]
    if "unsupported command" in message or "unsupported control command" in message:
        notes.append(f"{tok.prefix}{tok.name} ignored (the preview may differ where it acts)")
        return source[: tok.start] + source[tok.end :]
    if "unresolved named font" in message:
        if tok.name == "CW":
            return source[: tok.start] + source[tok.end :]
        if tok.name == "A":
            parts = tok.params.split(b",")
            orientation = parts[0][1:2] if parts and len(parts[0]) > 1 else b"N"
            size = b",".join(parts[1:3]) or b"30,30"
            font = b"^A0" + orientation + b"," + size
            _note(notes, "a printer font is shown in font 0")
            return source[: tok.start] + font + source[tok.end :]
        return None
    if "unsupported embedded font glyph" in message and tok.name in ("FD", "FV"):
        return _field_as_graphic(source, toks, at, notes)
    return None


def _note(notes: list[str], text: str) -> None:
    if text not in notes:
        notes.append(text)


def _field_as_graphic(source: bytes, toks: list[Token], at: int, notes: list[str]) -> bytes | None:
    """The text field whose data is token ``at`` drawn by :mod:`printers.text` as a ``^GF`` at
    its origin; failing that, its text folded to ASCII."""
    label = read_label(source, decode_graphics=False)
    match = next((f for f in label.fields if f.data_token == at), None)
    if match is None or match.kind != "text":
        return None
    start, end = toks[match.first].start, toks[match.last].end
    from printers.text import TextRasterError, render_text
    from printers.zpl.escape import ESCAPE_INDICATOR, escape_field, fold_to_ascii
    from printers.zpl.graphic import graphic_field

    try:
        rendered = render_text(match.text, match.font_height)
    except TextRasterError as exc:
        _note(notes, f"text shown without its own letters ({exc})")
        tok = toks[at]
        data = f"^FH{ESCAPE_INDICATOR}^FD{escape_field(fold_to_ascii(match.text))}".encode()
        return source[: tok.start] + data + source[tok.end :]
    image = rendered.image
    rotation = {"R": 270, "I": 180, "B": 90}.get(match.orientation)
    if rotation:
        image = image.rotate(rotation, expand=True, fillcolor=255)
    top = match.y - rendered.baseline
    if not match.baseline:
        top += round(_BASELINE * match.font_height)
    # The field's own origin already holds the label home: place it absolutely, home 0.
    field_zpl = f"^LH0,0^FO{match.x},{max(0, top)}{graphic_field(image, threshold=128)}^FS"
    home = _home_before(toks, match.first)
    field_zpl += f"^LH{home[0]},{home[1]}"
    _note(notes, "text the renderer's font lacks is drawn with the station's fonts")
    return source[:start] + field_zpl.encode("ascii") + source[end:]


def _home_before(toks: list[Token], index: int) -> tuple[int, int]:
    for tok in reversed(toks[:index]):
        if tok.name == "LH":
            x, y = _numbers(tok.params, 2)
            return (x or 0, y or 0)
        if tok.name == "XA":
            break
    return (0, 0)


def compose(zpl: bytes, *, width: int = 812, height: int = 1218) -> Rendered:
    """Draw a label made only of graphics and boxes without zplkit; raises
    :class:`ZplRenderError` when it holds text or barcodes (they need zplkit)."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    label = read_label(zpl)
    drawn = [f for f in label.fields if f.kind != "graphic"]
    if drawn:
        raise ZplRenderError("the label has text or barcodes, which need the zplkit renderer")
    if not label.fields and not label.boxes:
        raise ZplRenderError("the label draws nothing")
    size = (label.width or width, label.height or height)
    pages = [PILImage.new("L", size, 255) for _ in range(max(1, label.labels))]
    for f in label.fields:
        if f.image is None:
            raise ZplRenderError("a graphic of the label cannot be read")
        top = f.y - f.image.height if f.baseline else f.y
        mask = f.image.point(lambda v: 255 if v < 128 else 0, mode="1")
        pages[min(f.label, len(pages) - 1)].paste(0, (f.x, top), mask)
    for page, x, y, w, h, t, black in label.boxes:
        draw = ImageDraw.Draw(pages[min(max(page, 0), len(pages) - 1)])
        colour = 0 if black else 255
        if t * 2 >= min(w, h):
            draw.rectangle((x, y, x + max(w, t) - 1, y + max(h, t) - 1), fill=colour)
        else:
            draw.rectangle((x, y, x + w - 1, y + h - 1), outline=colour, width=t)
    return Rendered(pages, ["drawn without the zplkit renderer: graphics and boxes only"])


__all__ = [
    "Field",
    "Label",
    "Rendered",
    "ZplRenderError",
    "compose",
    "decode_graphic_body",
    "expand_hex",
    "read_label",
    "render",
    "strip_not_drawn",
    "tokens",
    "zplkit_available",
]
