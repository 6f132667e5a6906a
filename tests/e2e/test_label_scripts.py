"""Buyers' names in Devanagari and Arabic print as written on the label (issue 20, item 3).

Finished through the window: a Seller Flex shipment in India whose buyer's name is in Devanagari
and a UAE shipment whose name is in Arabic. The carrier's ZPL label reaches the virtual Zebra
printer; its ^GF graphics are decoded back to bitmaps and the name's is compared with Qt's own
rendering of the same string (QPainter, the same Noto font at the same pixel size), by
intersection over union of the ink once both are cropped to their ink. A string of "?" or
Arabic letters drawn unshaped and reversed stays far below the threshold (asserted too).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont
from PySide6 import QtCore, QtGui

from packstation.domain.shipments import Shipment
from packstation.services.packing import program_of
from printers.text import font_file, script_of
from tests.e2e.conftest import ZPL_MARKETPLACES, BenchDriver, serial_required
from tests.printers.test_zpl_graphic import decode

pytestmark = [pytest.mark.gui, pytest.mark.slow]

IN, AE = "A21TJRUUN4KGV", "A2VIGQ35RCS4UG"
#: the sandbox label's ship-to lines: ^FO100,310, 40 dots
NAME_X, NAME_HEIGHT = 100, 40
THRESHOLD = 0.6


def name_of(shipment: Shipment) -> str:
    address = shipment.shipping_info.ship_to_address
    return address.name if address is not None and address.name else ""


def choose(
    bench: BenchDriver, marketplace: str, script: str, programs: tuple[str, ...]
) -> Shipment:
    rows = [row.shipment for row in bench.queue.model.rows()]
    for program in programs:
        for s in rows:
            if (
                str(s.status) == "ACCEPTED"
                and s.marketplace_attributes.marketplace_id == marketplace
                and program_of(s) == program
                and script_of(name_of(s)) == script
                and not any(serial_required(li) for li in s.line_items)
                and not any(str(li.piece_type) == "MULTIPLE" for li in s.line_items)
                and s.id not in bench.taken
            ):
                bench.taken.add(s.id)
                return s
    raise AssertionError(f"the sandbox has no {programs} shipment in {marketplace} in {script}")


def ink(image: Image.Image) -> Image.Image:
    """Binarized ("1", ink set) and cropped to the ink."""
    bw = image.convert("L").point(lambda v: 255 if v < 128 else 0, mode="1")
    box = bw.getbbox()
    assert box is not None, "no ink"
    return bw.crop(box)


def iou(a: Image.Image, b: Image.Image) -> float:
    """Intersection over union of two ink images aligned at their top-left corners."""
    size = (max(a.width, b.width), max(a.height, b.height))
    pa, pb = Image.new("1", size, 0), Image.new("1", size, 0)
    pa.paste(a, (0, 0))
    pb.paste(b, (0, 0))
    inter = ImageChops.logical_and(pa, pb).histogram()[255]
    union = ImageChops.logical_or(pa, pb).histogram()[255]
    return inter / max(1, union)


def qt_rendering(text: str, pixels: int) -> Image.Image:
    """``text`` as Qt draws it with the same Noto font at ``pixels`` per em."""
    path = font_file(script_of(text))
    assert path is not None
    font_id = QtGui.QFontDatabase.addApplicationFont(str(path))
    (family, *_) = QtGui.QFontDatabase.applicationFontFamilies(font_id)
    font = QtGui.QFont(family)
    font.setPixelSize(pixels)
    # Not the application's letter spacing: spaced-out letters are drawn unjoined.
    font.setLetterSpacing(QtGui.QFont.SpacingType.PercentageSpacing, 100)
    font.setWordSpacing(0)
    # Qt's full shaping, whatever the application font asks for.
    font.setStyleStrategy(QtGui.QFont.StyleStrategy.PreferDefault)
    image = QtGui.QImage(
        pixels * (len(text) + 4), pixels * 4, QtGui.QImage.Format.Format_Grayscale8
    )
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    painter.setFont(font)
    painter.setPen(QtGui.QColor("black"))
    painter.drawText(QtCore.QPointF(pixels, pixels * 2), text)
    painter.end()
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    import io

    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("L")


def unshaped(text: str, pixels: int) -> Image.Image:
    """``text`` letter by letter, reversed, no shaping: what reversing Arabic used to give."""
    path = font_file(script_of(text))
    assert path is not None
    font = ImageFont.truetype(str(path), pixels, layout_engine=ImageFont.Layout.BASIC)
    image = Image.new("L", (pixels * (len(text) + 4), pixels * 4), 255)
    ImageDraw.Draw(image).text((pixels, pixels), text[::-1], font=font, fill=0)
    return image


def name_bitmap(zpl: bytes) -> Image.Image:
    """The ^GF graphic at the first ship-to line of a sandbox label."""
    fields = [
        (int(m.group(1)), m.group(2))
        for m in re.finditer(rb"\^FO" + str(NAME_X).encode() + rb",(\d+)(\^GFA,[^^]*\^FS)", zpl)
    ]
    assert fields, "no ^GF graphic in the ship-to block"
    _, command = min(fields)
    (bitmap,) = decode(command)
    return bitmap


def finish(bench: BenchDriver, shipment: Shipment) -> bytes:
    before = len(bench.printer.jobs)
    session = bench.open(shipment.id)
    bench.pack_all(session)
    result: Any = bench.finish()
    assert result.printed
    bench.qtbot.waitUntil(lambda: len(bench.printer.jobs) > before, timeout=10_000)
    return b"".join(path.read_bytes() for path in bench.printer.jobs[before:])


def test_devanagari_and_arabic_names_print_as_written(bench_factory: Any) -> None:
    bench: BenchDriver = bench_factory(sandbox={"shipments": 300, "rate_limits": False, "seed": 7})
    assert {IN, AE} <= ZPL_MARKETPLACES
    cases = [
        choose(bench, IN, "devanagari", ("SELLER_FLEX",)),
        choose(bench, AE, "arabic", ("SELLER_FLEX", "EASY_SHIP")),
    ]
    for shipment in cases:
        name = name_of(shipment)
        zpl = finish(bench, shipment)
        # No "?" stands in for a name: not as text, not as a hex escape.
        assert b"^FD?" not in zpl
        assert b"_3F" not in zpl
        assert not re.search(rb"\^FD[^^]*\?\?", zpl)
        printed = ink(name_bitmap(zpl))
        qt = ink(qt_rendering(name, NAME_HEIGHT))
        score = iou(printed, qt)
        assert score >= THRESHOLD, (name, score)
        # The threshold tells a shaped name from what the old labels printed.
        assert iou(ink(qt_rendering("?" * len(name), NAME_HEIGHT)), qt) < THRESHOLD
        if script_of(name) == "arabic":
            assert iou(ink(unshaped(name, NAME_HEIGHT)), qt) < THRESHOLD
