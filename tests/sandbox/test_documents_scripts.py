"""The sandbox's labels and invoices in Arabic and Devanagari: shaped, in the right order, and a
ZPL label carries the names its printer's font cannot draw as ^GF graphics."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
from PIL import Image

from packstation.sandbox import documents
from printers.text import render_text
from tests.printers.test_zpl_graphic import decode

HINDI = "राहुल शर्मा"
ARABIC = "محمد العتيبي"


def _info(name: str, city: str = "Dubai") -> documents.LabelInfo:
    return documents.LabelInfo(
        shipment_id="S1",
        package_id="P1",
        package_number=1,
        package_count=1,
        carrier="ATSPL",
        tracking_id="IN123456789012",
        ship_to={
            "name": name,
            "addressLine1": "12 شارع الشيخ زايد",
            "city": city,
            "postalCode": "00000",
            "countryCode": "AE",
        },
        ship_from={"name": "Seller", "postalCode": "560001"},
        weight={"value": "350", "weightUnit": "G"},
    )


def test_zpl_label_sends_names_as_shaped_graphics() -> None:
    for name in (HINDI, ARABIC, "Ayşe Yılmaz"):
        zpl = documents.label_zpl(_info(name))
        # The name (first line of TO:, ^FO100,310, 40 dots) and the Arabic street are graphics.
        graphics = re.findall(r"\^FO100,(\d+)(\^GFA,[^^]*)\^FS", zpl)
        assert len(graphics) == 2, zpl
        y, command = graphics[0]
        (bitmap,) = decode(f"{command}^FS".encode())
        rendered = render_text(name, 40)
        expected = rendered.bitmap()
        top = 310 + 32 - rendered.baseline - int(y)
        got = bitmap.crop((0, -top, expected.width, bitmap.height - top)).convert("1")
        assert got.tobytes() == expected.crop((0, 0, expected.width, got.height)).tobytes()
        assert "^FD?" not in zpl
        assert "Dubai" in zpl  # Latin stays text
        assert "^FO100,310" not in zpl


def _ink_equal(page: Image.Image, box: tuple[int, int], line: Image.Image) -> float:
    """Share of the ink of ``line`` that ``page`` has at ``box``'s top-left corner."""
    crop = page.crop((box[0], box[1], box[0] + line.width, box[1] + line.height))
    ink = [i for i, v in enumerate(line.tobytes()) if v < 128]
    have = crop.tobytes()
    return sum(1 for i in ink if have[i] < 128) / max(1, len(ink))


def test_png_label_shapes_a_line_mixing_scripts() -> None:
    # The Arabic font has no Latin letters: "Omar" in it would be empty boxes.
    name = "Omar " + ARABIC
    png = Image.open(io.BytesIO(documents.label_png(_info(name)))).convert("L")
    line = render_text(name, 38).image
    assert _ink_equal(png, (40, 170), line) > 0.95


def test_invoice_draws_arabic_and_devanagari_shaped() -> None:
    shipment = {
        "id": "S1",
        "partyInfoList": [{"partyType": "SELLING_PARTY", "address": {"name": "Seller"}}],
        "shippingInfo": {"shipToAddress": {"name": ARABIC, "addressLine1": HINDI}},
        "lineItems": [],
    }
    pdf = pdfium.PdfDocument(documents.invoice_pdf(shipment, "AE"))
    page = pdf[0]
    text = page.get_textpage().get_text_range()
    # No Arabic or Devanagari letters as (unshaped, reversed) PDF text...
    assert not re.search("[\u0600-\u06ff\u0900-\u097f]", text)
    assert "Seller" in text
    # ...but the images of the shaped lines, as the rasterizer draws them.
    images = [
        obj.get_bitmap().to_pil().convert("L")
        for obj in page.get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,))
    ]
    size = round(9 * 300 / 72)
    expected = [render_text(ARABIC, size).image, render_text(HINDI, size).image]
    assert [im.tobytes() for im in images] == [im.tobytes() for im in expected]
