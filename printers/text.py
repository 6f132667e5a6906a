"""Text in any script as a shaped image: Arabic joined and right to left, Devanagari conjuncts
and vowel signs, Latin (Turkish İıŞşĞğ included).

Printers' resident fonts draw Latin only, and reportlab does not shape; so text they cannot
draw is rendered here and sent as an image (a ZPL ``^GF`` graphic, an ESC/POS raster, an image
in a PDF).

Shaping is Pillow's Raqm layout (HarfBuzz for glyph shaping, FriBiDi for direction): Pillow is
already a dependency, Qt-free, and its PyPI wheels carry libraqm and HarfBuzz (MIT) and load
FriBiDi (LGPL-2.1, a system library: Debian ``libfribidi0``) at run time. uharfbuzz with
freetype-py would do the same with two more compiled packages. Without Raqm, Latin text still
renders; Arabic and Devanagari raise :class:`TextRasterError` rather than print unjoined or
misordered letters.

Fonts are found by file name (Noto, then DejaVu: Debian ``fonts-noto-core``,
``fonts-dejavu-core``) in :data:`FONT_DIRS` and ``$PRINTERS_FONT_DIR``. A Noto script font has
no Latin letters, so a line is cut into runs by script, each run shaped with its own font, and
the runs are laid out in visual order (a right-to-left paragraph when its first strong letter
is Arabic).
"""

from __future__ import annotations

import os
import struct
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from printers.errors import PrinterError

if TYPE_CHECKING:
    from PIL import Image, ImageFont

FONT_DIR_ENV = "PRINTERS_FONT_DIR"
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
#: Font files per script, best first.
FONT_FILES = {
    "latin": ("NotoSans-Regular.ttf", "DejaVuSans.ttf"),
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "DejaVuSans.ttf"),
    "devanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSerifDevanagari-Regular.ttf"),
}
_RTL = frozenset({"arabic"})
_LANGUAGE = {"arabic": "ar", "devanagari": "hi"}


class TextRasterError(PrinterError):
    """Text cannot be rendered: no font for its script, or no shaping engine (Raqm)."""


def one_line(text: str) -> str:
    """``text`` on one line: control characters and line or paragraph breaks become spaces
    (format characters such as the zero-width joiner stay: they shape Devanagari)."""
    return "".join(" " if unicodedata.category(c) in {"Cc", "Zl", "Zp"} else c for c in text)


def _script_of_char(char: str) -> str | None:
    """The script of one character; None for neutrals (spaces, digits, punctuation, marks)."""
    code = ord(char)
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
        return "arabic"
    if 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF:
        return "devanagari"
    if unicodedata.category(char)[0] in "LM" and not unicodedata.combining(char):
        return "latin"
    return None


def script_of(text: str) -> str:
    """The first non-Latin script in ``text`` (``arabic``, ``devanagari``), else ``latin``."""
    for char in text:
        script = _script_of_char(char)
        if script is not None and script != "latin":
            return script
    return "latin"


def _font_dirs() -> list[Path]:
    env = os.environ.get(FONT_DIR_ENV)
    return ([Path(env)] if env else []) + list(FONT_DIRS)


@lru_cache(maxsize=16)
def font_file(script: str) -> Path | None:
    """The font file for ``script`` (see :data:`FONT_FILES`), or None when none is installed."""
    for name in FONT_FILES.get(script, FONT_FILES["latin"]):
        for folder in _font_dirs():
            path = folder / name
            if path.is_file():
                return path
    return None


def shaping_available() -> bool:
    """Whether Pillow has Raqm (complex-script shaping and bidi)."""
    from PIL import features

    return bool(features.check("raqm"))


# ---------------------------------------------------------------- glyph coverage


@lru_cache(maxsize=16)
def _cmap(path: Path) -> frozenset[int]:
    """The code points ``path`` (TrueType/OpenType) has glyphs for: its cmap, formats 4 and 12."""
    data = path.read_bytes()
    (num_tables,) = struct.unpack_from(">H", data, 4)
    offset = None
    for i in range(num_tables):
        tag, _, table_offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        if tag == b"cmap":
            offset = table_offset
    if offset is None:
        return frozenset()
    codes: set[int] = set()
    (count,) = struct.unpack_from(">H", data, offset + 2)
    for i in range(count):
        platform, encoding, sub = struct.unpack_from(">HHI", data, offset + 4 + 8 * i)
        if (platform, encoding) not in {(3, 1), (3, 10), (0, 3), (0, 4)}:
            continue
        start = offset + sub
        (fmt,) = struct.unpack_from(">H", data, start)
        if fmt == 4:
            (seg2,) = struct.unpack_from(">H", data, start + 6)
            ends = struct.unpack_from(f">{seg2 // 2}H", data, start + 14)
            starts = struct.unpack_from(f">{seg2 // 2}H", data, start + 16 + seg2)
            for lo, hi in zip(starts, ends, strict=True):
                # A glyph index of 0 inside a range is possible but rare; good enough to pick
                # a font for a run.
                codes.update(range(lo, min(hi, 0xFFFE) + 1))
        elif fmt == 12:
            (groups,) = struct.unpack_from(">I", data, start + 12)
            for g in range(groups):
                lo, hi, _ = struct.unpack_from(">III", data, start + 16 + 12 * g)
                codes.update(range(lo, hi + 1))
    return frozenset(codes)


def _covers(script: str, char: str) -> bool:
    path = font_file(script)
    return path is not None and ord(char) in _cmap(path)


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into ``(script, text)`` runs in logical order. A neutral character (space,
    digit, punctuation) joins the run before it when that run's font has it, else the next."""
    scripts: list[str | None] = [_script_of_char(c) for c in text]
    paragraph = next((s for s in scripts if s is not None), "latin")
    for i, char in enumerate(text):
        if scripts[i] is not None:
            continue
        before = next((s for s in reversed(scripts[:i]) if s is not None), None)
        after = next((s for s in scripts[i + 1 :] if s is not None), None)
        if before is not None and (
            unicodedata.combining(char) or (after in (before, None) and _covers(before, char))
        ):
            scripts[i] = before
        elif after is not None and before is None and _covers(after, char):
            scripts[i] = after
        elif paragraph in _RTL and paragraph in (before, after) and _covers(paragraph, char):
            # Between right-to-left and left-to-right text a neutral takes the paragraph's
            # direction (the bidi algorithm's rule N2).
            scripts[i] = paragraph
        else:
            scripts[i] = "latin"
    out: list[tuple[str, str]] = []
    for char, script in zip(text, scripts, strict=True):
        assert script is not None
        if out and out[-1][0] == script:
            out[-1] = (script, out[-1][1] + char)
        else:
            out.append((script, char))
    return out


def visual_order(logical: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Runs left to right on the page. A right-to-left paragraph (its first strong letter is
    Arabic) reverses the order of runs, keeping neighbouring left-to-right runs in order."""
    first = next((s for s, t in logical if any(_script_of_char(c) for c in t)), "latin")
    if first not in _RTL:
        return list(logical)
    groups: list[list[tuple[str, str]]] = []
    for run in logical:
        if groups and run[0] not in _RTL and groups[-1][0][0] not in _RTL:
            groups[-1].append(run)
        else:
            groups.append([run])
    return [run for group in reversed(groups) for run in group]


# ---------------------------------------------------------------- rendering


@dataclass(frozen=True)
class TextImage:
    """Rendered text: ``image`` is grayscale ("L"), black ink on white, as wide as the text;
    ``baseline`` is the row of the baseline."""

    image: Image.Image
    baseline: int

    def bitmap(self, threshold: int = 128) -> Image.Image:
        """1-bit ("1"): black (0) where the ink is darker than ``threshold``."""
        return self.image.point(lambda v: 0 if v < threshold else 255, mode="1")


@lru_cache(maxsize=64)
def _font(script: str, size: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    path = font_file(script)
    if path is None:
        raise TextRasterError(
            f"no font with {script} letters found (looked for {', '.join(FONT_FILES[script])} "
            f"in {', '.join(str(d) for d in _font_dirs())}; Debian: fonts-noto-core)"
        )
    layout = ImageFont.Layout.RAQM if shaping_available() else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(path), size, layout_engine=layout)


def render_text(text: str, size: int, *, max_width: int | None = None) -> TextImage:
    """``text`` (one line) shaped and rendered with fonts of ``size`` pixels per em.

    ``max_width``: cut to that many pixels (the end of the text is cut: the right side for a
    left-to-right line, the left side for a right-to-left one). Raises :class:`TextRasterError`.
    """
    from PIL import Image, ImageDraw

    line = one_line(text)
    size = max(4, int(size))
    logical = runs(line) or [("latin", "")]
    shaping = shaping_available()
    if not shaping and any(script != "latin" for script, _ in logical):
        raise TextRasterError(
            "shaping Arabic or Devanagari needs Pillow with Raqm: install libfribidi0"
        )
    placed = []
    ascent = descent = 0
    x = 0.0
    for script, part in visual_order(logical):
        font = _font(script, size)
        font_ascent, font_descent = font.getmetrics()
        ascent, descent = max(ascent, font_ascent), max(descent, font_descent)
        options: dict[str, str] = {}
        if shaping:
            options = {"direction": "rtl" if script in _RTL else "ltr"}
            if script in _LANGUAGE:
                options["language"] = _LANGUAGE[script]
        width = font.getlength(part, **options)  # type: ignore[arg-type]
        placed.append((x, part, font, options))
        x += width
    total = max(1, round(x))
    image = Image.new("L", (total, max(1, ascent + descent)), 0)
    draw = ImageDraw.Draw(image)
    for left, part, font, options in placed:
        draw.text((left, ascent), part, font=font, fill=255, anchor="ls", **options)  # type: ignore[arg-type]
    image = image.point(lambda v: 255 - v)  # black ink on white
    if max_width is not None and image.width > max_width:
        rtl = visual_order(logical)[0][0] in _RTL and logical[0][0] in _RTL
        box = (image.width - max_width, 0, image.width, image.height) if rtl else None
        image = image.crop(box or (0, 0, max_width, image.height))
    return TextImage(image, ascent)
