"""Text in every script: shaped by the rasterizer, placed on our ZPL labels as ^GF graphics and
on ESC/POS slips as raster images; Latin stays text, and nothing prints as "?"."""

from __future__ import annotations

import re

import pytest
from escpos.printer import Dummy
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageFont

from printers.escpos import EscposPrinter, PackingSlip, SlipLine
from printers.text import font_file, render_text, runs, script_of, visual_order
from printers.zpl.templates import render_label
from tests.printers.test_zpl_graphic import decode

HINDI = "राहुल शर्मा"
ARABIC = "محمد العتيبي"
TURKISH = "Ayşe Yılmaz"
GF = re.compile(r"\^FO(\d+),(\d+)(\^GFA,\d+,\d+,\d+,[0-9A-Za-z,:!]*)\^FS")


def components(image: Image.Image) -> int:
    """Connected groups of ink (8-neighbour) in a grayscale image, black ink on white."""
    width, height = image.size
    ink = {(x, y) for y in range(height) for x in range(width) if image.getpixel((x, y)) < 128}
    count = 0
    while ink:
        count += 1
        stack = [ink.pop()]
        while stack:
            x, y = stack.pop()
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if (x + dx, y + dy) in ink:
                        ink.remove((x + dx, y + dy))
                        stack.append((x + dx, y + dy))
    return count


def unshaped(text: str, script: str, size: int) -> Image.Image:
    """``text`` drawn letter by letter without shaping (what a printer without Raqm does)."""
    from PIL import ImageDraw

    path = font_file(script)
    assert path is not None
    font = ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)
    image = Image.new("L", (size * (len(text) + 2), size * 3), 255)
    ImageDraw.Draw(image).text((size, size // 2), text, font=font, fill=0)
    box = image.point(lambda v: 255 - v).getbbox()
    assert box is not None
    return image.crop(box)


def test_arabic_letters_join_and_run_right_to_left() -> None:
    # م ح م د joined: one stroke of ink; drawn one by one (isolated forms): four.
    shaped = render_text("محمد", 64).image
    assert components(shaped) == 1
    assert components(unshaped("محمد", "arabic", 64)) == 4
    # A right-to-left line: the Latin run of "علي Ali" sits left of the Arabic one.
    assert visual_order(runs("علي Ali")) == [("latin", "Ali"), ("arabic", "علي ")]
    assert visual_order(runs("Ali علي")) == [("latin", "Ali "), ("arabic", "علي")]


def test_devanagari_conjuncts_and_vowel_signs_are_shaped() -> None:
    # क + virama + ष is the conjunct क्ष, one glyph; unshaped it is three side by side.
    shaped = render_text("क्ष", 64).image
    flat = unshaped("क्ष", "devanagari", 64)
    assert components(shaped) == 1
    assert shaped.width < flat.width * 0.8
    # The vowel sign ि is drawn before (left of) क although it follows it.
    ki = render_text("कि", 64).bitmap()
    ka = render_text("क", 64).bitmap()
    ki_box, ka_box = ki.point(lambda v: 255 - v).getbbox(), ka.point(lambda v: 255 - v).getbbox()
    assert ki_box is not None
    assert ka_box is not None
    assert ki_box[2] - ki_box[0] > ka_box[2] - ka_box[0]


def test_turkish_letters_keep_their_marks() -> None:
    for marked, plain in (("İ", "I"), ("ş", "s"), ("ğ", "g"), ("ı", "i"), ("Ş", "S")):
        assert render_text(marked, 48).image.tobytes() != render_text(plain, 48).image.tobytes()
    assert script_of(TURKISH) == "latin"


def test_mixed_lines_use_a_font_for_each_script() -> None:
    assert runs("Flat 12, " + HINDI) == [("latin", "Flat 12, "), ("devanagari", HINDI)]
    assert runs("12 " + ARABIC) == [("arabic", "12 " + ARABIC)]
    # The Arabic font has no Latin letters: a Latin run drawn with it would be empty boxes.
    latin = render_text("Omar", 48)
    mixed = render_text("Omar " + ARABIC, 48)
    top = mixed.baseline - latin.baseline
    same = mixed.image.crop((0, top, latin.image.width, top + latin.image.height))
    assert same.tobytes() == latin.image.tobytes()


def _fields(zpl: str) -> dict[int, tuple[int, str]]:
    """^GF graphics of a label by their ^FO y: (x, the ^GFA command)."""
    return {int(m.group(2)): (int(m.group(1)), m.group(3)) for m in GF.finditer(zpl)}


@pytest.mark.parametrize("name", [HINDI, ARABIC, TURKISH, "Çay bardağı"])
def test_a_name_the_printer_cannot_draw_is_a_graphic_at_its_field(name: str) -> None:
    zpl = render_label(
        "package-id-4x6",
        {"order_id": "402-1", "recipient": name, "package_id": "PKG-1", "city": "Köln"},
    ).decode("ascii")
    # The recipient's field (^FO40,270, 48 dots) is a graphic, not text; no "?" stands in.
    graphics = _fields(zpl)
    assert len(graphics) == 1
    ((y, (x, command)),) = graphics.items()
    assert x == 40
    assert 200 < y <= 270
    assert "^FO40,270" not in zpl
    (bitmap,) = decode(f"{command}^FS".encode())
    expected = render_text(name, 48).bitmap()
    crop = bitmap.crop((0, 0, expected.width, bitmap.height))
    top = 270 + round(0.8 * 48) - render_text(name, 48).baseline - y
    assert crop.crop((0, -top, expected.width, bitmap.height - top)).convert("1").tobytes() == (
        expected.crop((0, 0, expected.width, bitmap.height - top)).tobytes()
    )
    assert "^FD?" not in zpl
    assert "_3F" not in zpl
    # Latin-1 text stays text, as written (ö as UTF-8 under ^CI28, not folded to o).
    assert "^FO40,330^A0N,34,34^FH_^FDK_C3_B6ln^FS" in zpl
    assert "^FH_^FDPKG-1^FS" in zpl


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("^~_\\\x00\x1b\r\nXAZFDSक्षमحدşİ A"), max_size=30))
def test_graphics_and_text_fields_stay_escaped(name: str) -> None:
    zpl = render_label(
        "package-id-4x6", {"order_id": "402-1", "recipient": name, "package_id": "PKG-1"}
    ).decode("ascii")
    assert zpl.count("^XA") == 1
    assert zpl.count("^XZ") == 1
    assert "~" not in zpl
    commands = re.findall(r"\^[A-Z@][A-Z0-9@]?", zpl)
    allowed = {
        "^XA",
        "^CI",
        "^PW",
        "^LL",
        "^FO",
        "^A0",
        "^FH",
        "^FD",
        "^FS",
        "^GB",
        "^BY",
        "^BC",
        "^XZ",
    }
    assert set(commands) <= allowed | {"^GF"}


def test_latin_names_stay_text_and_a_unicode_font_takes_every_name() -> None:
    zpl = render_label(
        "package-id-4x6", {"order_id": "402-1", "recipient": "José Ñúñez", "package_id": "P-1"}
    ).decode("ascii")
    assert "^GF" not in zpl
    assert "^FO40,270^A0N,48,48^FH_^FDJos_C3_A9 _C3_91_C3_BA_C3_B1ez^FS" in zpl
    as_text = render_label(
        "package-id-4x6",
        {"order_id": "402-1", "recipient": ARABIC, "package_id": "P-1"},
        unicode_font=True,
    ).decode("ascii")
    assert "^GF" not in as_text
    assert "^FO40,270^A0N,48,48^FH_^FD_D9_85" in as_text


def _rasters(out: bytes) -> list[tuple[int, int]]:
    """(width in bytes, height) of each GS v 0 raster image in ESC/POS output."""
    found = []
    for m in re.finditer(rb"\x1dv0\x00(..)(..)", out, re.DOTALL):
        found.append((int.from_bytes(m.group(1), "little"), int.from_bytes(m.group(2), "little")))
    return found


def test_slip_lines_the_code_page_lacks_print_as_images() -> None:
    dummy = Dummy()
    slip = PackingSlip(
        order_id="402-1",
        lines=(SlipLine("SKU-1", "चाय का गिलास", 2), SlipLine("SKU-2", "Tea glass", 1)),
        extra={"Gift message": "مع حبي " + TURKISH},
    )
    EscposPrinter(device=dummy).print_packing_slip(slip)
    out = dummy.output
    assert b"Tea glass" in out  # Latin stays text
    assert b"2 x SKU-1" in out
    assert b"?" not in _text_part(out)
    title = render_text("      चाय का गिलास".strip(), 24).bitmap()
    gift = render_text("Gift message: مع حبي " + TURKISH, 24).bitmap()
    assert _rasters(out) == [
        ((title.width + 7) // 8, title.height),
        ((gift.width + 7) // 8, gift.height),
    ]


def _text_part(out: bytes) -> bytes:
    """ESC/POS output without its raster images (header and dots)."""
    parts, rest = [], out
    while (m := re.search(rb"\x1dv0\x00(..)(..)", rest, re.DOTALL)) is not None:
        size = int.from_bytes(m.group(1), "little") * int.from_bytes(m.group(2), "little")
        parts.append(rest[: m.start()])
        rest = rest[m.end() + size :]
    return b"".join(parts) + rest
