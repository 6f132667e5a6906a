"""PDF and PNG labels become ZPL graphics that print the same barcode.

The ZPL is decoded back by an independent reading of ZPL's ^GFA run-length scheme (or of a Z64
body: its CRC checked as a printer does, base64, zlib), and the barcode on the decoded bitmap is
read with zxing-cpp.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import zlib

import pytest
import zxingcpp
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from reportlab.graphics.barcode import code128
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas

from printers.zpl.graphic import (
    GRAPHIC_ENCODINGS,
    LabelConversionError,
    _compress_row,
    label_to_zpl,
    pdf_to_zpl,
    png_to_zpl,
)

TRACKING = "1Z999AA10123456784"


def expand(body: str, row_hex: int, rows: int) -> list[str]:
    """The rows of a ^GFA body, read as ZPL reads it: one stream of hex digits cut into rows of
    ``row_hex`` digits; G-Y and g-z repeat counts, ',' zero fill and '!' one fill to the end of
    the row, ':' repeats the row before."""
    out: list[str] = []
    row = ""
    count = 0

    def end_row(fill: str) -> None:
        nonlocal row
        out.append(row + fill * (row_hex - len(row)))
        row = ""

    for ch in body:
        if "G" <= ch <= "Y":
            count += ord(ch) - ord("F")
        elif "g" <= ch <= "z":
            count += (ord(ch) - ord("f")) * 20
        elif ch == ",":
            end_row("0")
        elif ch == "!":
            end_row("F")
        elif ch == ":":
            assert not row, "':' inside a row"
            out.append(out[-1])
        else:
            row += ch * (count or 1)
            count = 0
            assert len(row) <= row_hex, (body, len(row), row_hex)
            if len(row) == row_hex:
                end_row("0")
    assert not row, "a row left unfinished"
    assert len(out) == rows, (len(out), rows)
    return out


def decode(zpl: bytes) -> list[Image.Image]:
    images = []
    for m in re.finditer(rb"\^GFA,(\d+),(\d+),(\d+),([^\^]*)\^FS", zpl):
        total, row_bytes, body = int(m.group(1)), int(m.group(3)), m.group(4).decode()
        if body.startswith(":Z64:"):
            encoded, crc = body[5:].split(":")
            assert int(crc, 16) == binascii.crc_hqx(encoded.encode(), 0), "a printer drops it"
            data = zlib.decompress(base64.b64decode(encoded))
        else:
            rows = expand(body, row_bytes * 2, total // row_bytes)
            data = bytes.fromhex("".join(rows))
        assert len(data) == total
        height = total // row_bytes
        img = Image.frombytes("1", (row_bytes * 8, height), data)
        images.append(img.point(lambda v: 0 if v else 255, mode="L"))  # 1 = black dot
    return images


def label_pdf(pages: int = 1, size: tuple[float, float] = (4 * inch, 6 * inch)) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=size)
    for n in range(pages):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(0.3 * inch, size[1] - 0.6 * inch, f"SHIP TO: TEST PAGE {n + 1}")
        bc = code128.Code128(f"{TRACKING}{n}", barHeight=1.0 * inch, barWidth=1.1)
        bc.drawOn(c, 0.2 * inch, 2.0 * inch)
        c.showPage()
    c.save()
    return out.getvalue()


def read_codes(img: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(img)]


@pytest.mark.parametrize("encoding", GRAPHIC_ENCODINGS)
def test_pdf_label_prints_the_same_barcode_at_203_and_300_dpi(encoding: str) -> None:
    for dpi in (203, 300):
        zpl = pdf_to_zpl(label_pdf(), dpi=dpi, encoding=encoding)
        assert zpl.startswith(b"^XA")
        assert zpl.count(b"^XA") == 1
        assert f"^PW{round(4 * dpi)}^LL{round(6 * dpi)}".encode() in zpl
        (img,) = decode(zpl)
        assert f"{TRACKING}0" in read_codes(img)


@pytest.mark.parametrize("encoding", GRAPHIC_ENCODINGS)
def test_every_pdf_page_is_one_label(encoding: str) -> None:
    zpl = pdf_to_zpl(label_pdf(pages=2), encoding=encoding)
    images = decode(zpl)
    assert len(images) == 2
    assert read_codes(images[1]) == [f"{TRACKING}1"]


@pytest.mark.parametrize("encoding", GRAPHIC_ENCODINGS)
def test_png_label_with_transparency_prints(encoding: str) -> None:
    pdf_zpl = pdf_to_zpl(label_pdf(), encoding=encoding)
    (img,) = decode(pdf_zpl)
    rgba = Image.new("RGBA", img.size, (0, 0, 0, 0))  # transparent background, black bars
    rgba.paste(Image.new("RGBA", img.size, (0, 0, 0, 255)), mask=img.point(lambda v: 255 - v))
    buf = io.BytesIO()
    rgba.save(buf, "PNG")
    (back,) = decode(png_to_zpl(buf.getvalue(), encoding=encoding))
    assert f"{TRACKING}0" in read_codes(back)


@pytest.mark.parametrize("encoding", GRAPHIC_ENCODINGS)
def test_landscape_page_is_turned_to_fit(encoding: str) -> None:
    zpl = pdf_to_zpl(label_pdf(size=(6 * inch, 4 * inch)), encoding=encoding)
    (img,) = decode(zpl)
    assert img.height > img.width
    assert f"{TRACKING}0" in read_codes(img)


def test_bad_labels_are_refused_with_the_reason() -> None:
    with pytest.raises(LabelConversionError, match="PDF label cannot be read"):
        pdf_to_zpl(b"%PDF-1.4 not really")
    with pytest.raises(LabelConversionError, match="image label cannot be read"):
        png_to_zpl(b"\x89PNG broken")
    with pytest.raises(LabelConversionError, match="GIF"):
        label_to_zpl(b"GIF89a", "GIF")
    assert label_to_zpl(b"^XA^XZ", "zpl") == b"^XA^XZ"


@given(st.lists(st.sampled_from("0123456789ABCDEF"), min_size=1, max_size=900))
def test_row_compression_round_trips(digits: list[str]) -> None:
    row = "".join(digits)
    assert expand(_compress_row(row), len(row), 1) == [row]


@given(st.integers(1, 1200), st.sampled_from("0F3A"))
def test_long_runs_round_trip(n: int, digit: str) -> None:
    row = digit * n + "5"
    assert expand(_compress_row(row), len(row), 1) == [row]


@pytest.mark.parametrize("encoding", GRAPHIC_ENCODINGS)
def test_a_300_dpi_image_label_shrinks_to_a_203_dpi_printer(encoding: str) -> None:
    (big,) = decode(pdf_to_zpl(label_pdf(), dpi=300, encoding=encoding))
    buf = io.BytesIO()
    big.save(buf, "PNG")
    zpl = png_to_zpl(buf.getvalue(), dpi=203, encoding=encoding)
    assert b"^PW812^LL1218" in zpl
    (small,) = decode(zpl)
    assert small.height <= 1218
    assert f"{TRACKING}0" in read_codes(small)


def test_a_label_is_z64_by_default_and_hex_on_request() -> None:
    """Z64 is the default (a third of the bytes); ``hex`` is ZPL's run-length for printers that
    do not read Z64; both decode to the same dots."""
    z = pdf_to_zpl(label_pdf())
    h = pdf_to_zpl(label_pdf(), encoding="hex")
    assert b",:Z64:" in z
    assert b":Z64:" not in h
    assert len(z) < len(h)
    assert decode(z)[0].tobytes() == decode(h)[0].tobytes()
    with pytest.raises(LabelConversionError, match="unknown graphic encoding"):
        pdf_to_zpl(label_pdf(), encoding="b64")
