"""The label preview on real labels: the sandbox's Amazon-style ZPL, PDF and PNG labels, the
ZPL the bench prints for PDF/PNG labels, our own templates, and a fallback that says what a
label holds where it cannot be drawn.

Each picture is checked by reading its barcode back with zxing-cpp.
"""

from __future__ import annotations

import base64
import binascii
import io
import zlib
from pathlib import Path

import pytest
import zxingcpp
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from packstation.sandbox.documents import LabelInfo, label_pdf, label_png, label_zpl
from printers.errors import PreviewUnavailable
from printers.preview import (
    INSTALL_HINT,
    job_preview,
    original_label,
    preview_label,
    render_png,
    sniff_format,
)
from printers.spool import Spool
from printers.zpl.graphic import graphic_field, label_to_zpl, z64, zb64_crc
from printers.zpl.render import expand_hex, graphic_image
from printers.zpl.templates import render_label

TRACKING = "TBA123456789IN"
NAMES = {
    "devanagari": "राहुल शर्मा",
    "arabic": "محمد عبد الله",
    "turkish": "Çağrı Şahin Müller",
    "latin": "Anna Schmidt",
}


def info(name: str = NAMES["devanagari"], tracking: str = TRACKING) -> LabelInfo:
    return LabelInfo(
        shipment_id="SBX0070000001",
        package_id="PKG-1",
        package_number=1,
        package_count=2,
        carrier="ATS",
        tracking_id=tracking,
        ship_to={
            "name": name,
            "addressLine1": "12 Güneş Sokak",
            "city": "İstanbul",
            "postalCode": "34000",
            "countryCode": "TR",
        },
        ship_from={"name": "Seller Co", "addressLine1": "1 Warehouse Rd", "countryCode": "IN"},
        weight={"value": 1.2, "weightUnit": "kg"},
        cod=True,
        priority="HIGH",
    )


def codes(png: bytes) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


def ink(png: bytes) -> float:
    """The share of dark pixels."""
    image = Image.open(io.BytesIO(png)).convert("L")
    histogram = image.histogram()
    return sum(histogram[:128]) / (image.width * image.height)


def sandbox_labels(name: str) -> dict[str, tuple[bytes, str]]:
    """Every label format the bench meets for one package, as (bytes, format)."""
    label = info(name)
    pdf, png = label_pdf(label), label_png(label)
    return {
        "zpl": (label_zpl(label).encode("utf-8"), "ZPL"),
        "pdf": (pdf, "PDF"),
        "png": (png, "PNG"),
        "pdf as printed": (label_to_zpl(pdf, "PDF"), "ZPL"),
        "png as printed": (label_to_zpl(png, "PNG"), "ZPL"),
    }


@pytest.mark.parametrize("script", sorted(NAMES))
@pytest.mark.parametrize("kind", ["zpl", "pdf", "png", "pdf as printed", "png as printed"])
def test_every_sandbox_label_is_drawn_with_its_barcode(kind: str, script: str) -> None:
    data, label_format = sandbox_labels(NAMES[script])[kind]
    preview = preview_label(data, label_format)
    assert preview.drawn, preview.fallback_text()
    assert len(preview.images) == 1
    (png,) = preview.images
    assert TRACKING in codes(png)
    image = Image.open(io.BytesIO(png))
    assert image.height > image.width  # a 4x6 label, upright
    assert 0.02 < ink(png) < 0.5


@pytest.mark.parametrize("kind", ["zpl", "pdf as printed", "png as printed"])
def test_render_png_draws_what_the_bench_prints(kind: str) -> None:
    """The older entry point, on the ZPL the printer receives (today: "unsupported command
    PQ", "graphic bytes exceed configured renderer limit")."""
    data, _ = sandbox_labels(NAMES["arabic"])[kind]
    (png,) = render_png(data)
    assert TRACKING in codes(png)


def test_text_the_renderer_font_lacks_is_drawn_not_dropped() -> None:
    """Latin-1 text stays ^FD text on our labels (the printer draws it); the preview draws it
    with the station's fonts where zplkit's font has no glyph ("unsupported embedded font
    glyph 'ü'" today)."""
    zpl = render_label(
        "package-id-4x6",
        {"order_id": "402-1234567-1234567", "recipient": "Jürgen Müller", "package_id": "PKG-42"},
    )
    assert "Müller".encode() not in zpl  # escaped: ^FH text, which zplkit cannot draw
    preview = preview_label(zpl)
    assert preview.drawn, preview.fallback_text()
    assert "PKG-42" in codes(preview.images[0])
    assert any("fonts" in note for note in preview.notes)
    # The name is on the picture: more ink than the same label without it.
    bare = render_label(
        "package-id-4x6",
        {"order_id": "402-1234567-1234567", "recipient": "", "package_id": "PKG-42"},
    )
    assert ink(preview.images[0]) > ink(preview_label(bare).images[0])


def test_amazon_style_zpl_with_printer_setup_commands() -> None:
    """A label as label designers write it: a set-up format first, media, speed, darkness,
    quantity, a printer font by name, UTF-8 text."""
    zpl = (
        "^XA~TA000~JSN^LT0^MNW^MTD^PON^PMN^LH0,0^JMA^PR4,4~SD15^JUS^LRN^CI28^XZ\n"
        "^XA^MMT^PW812^LL1218^LS0\n"
        "^FT30,80^A@N,40,40,E:ARI000.TTF^FDمحمد علي^FS\n"
        "^FO30,120^A0N,40,40^FDÇağrı Şahin^FS\n"
        "^BY3,3,150^FO60,300^BCN,150,Y,N,N^FD>:" + TRACKING + "^FS\n"
        "^FO60,600^BQN,2,6^FDQA,https://example.com/t/1^FS\n"
        "^PQ1,0,1,Y^XZ\n"
    ).encode("utf-8")
    preview = preview_label(zpl)
    assert preview.drawn, preview.fallback_text()
    assert len(preview.images) == 1  # the set-up format draws no label
    found = codes(preview.images[0])
    assert TRACKING in found
    assert "https://example.com/t/1" in found
    assert any("font 0" in note for note in preview.notes)


def test_graphics_in_z64_and_b64_are_drawn(tmp_path: Path) -> None:

    (png,) = render_png(sandbox_labels(NAMES["latin"])["png as printed"][0])
    image = Image.open(io.BytesIO(png)).convert("1")
    # ZPL's bit 1 is a black dot; Pillow's mode "1" has 1 = white.
    bits = bytes(b ^ 0xFF for b in image.tobytes())
    row_bytes = (image.width + 7) // 8
    total = row_bytes * image.height
    for kind, body in (
        ("Z64", base64.b64encode(zlib.compress(bits))),
        ("B64", base64.b64encode(bits)),
    ):
        head = f"^XA^PW{image.width}^LL{image.height}^FO0,0^GFA,{total},{total},{row_bytes},"
        crc = b"%04X" % binascii.crc_hqx(body, 0)
        zpl = f"{head}:{kind}:".encode() + body + b":" + crc + b"^FS^XZ"
        for use_zplkit in (True, False):
            preview = preview_label(zpl, use_zplkit=use_zplkit)
            assert preview.drawn, (kind, use_zplkit, preview.fallback_text())
            assert TRACKING in codes(preview.images[0]), (kind, use_zplkit)
        # A wrong CRC: a Zebra drops the graphic, so the preview does not show it as printed.
        wrong = b"%04X" % (int(crc, 16) ^ 0x1)
        broken = f"{head}:{kind}:".encode() + body + b":" + wrong + b"^FS^XZ"
        preview = preview_label(broken, use_zplkit=True)
        assert not any(TRACKING in codes(img) for img in preview.images), kind
        assert "CRC" in preview.fallback_text() + " ".join(preview.notes), kind


def test_the_zb64_crc_is_the_one_zebra_tools_write() -> None:
    """Two ``^GF`` Z64 bodies with the CRCs ZebraDesigner-made labels carry (published ZPL)."""
    for body, crc in (
        (b"eJztwwEJAAAIA7AnMYnBjG+OwwabJKOqWnZVVQufqmrhB7kuzEI=", "9C00"),
        (b"eJztx6EBAAAIA6AFD9/pVg8wQqM5Jqm7u7u7u799AZcGXl0=", "6E3C"),
    ):
        assert zb64_crc(body) == crc
    bits = bytes(range(256)) * 40
    encoded = z64(bits)
    head, body, crc = encoded.split(":")[1:]
    assert head == "Z64"
    assert crc == zb64_crc(body.encode())
    assert zlib.decompress(base64.b64decode(body)) == bits


def test_without_zplkit_a_pdf_label_as_printed_still_shows() -> None:
    data, _ = sandbox_labels(NAMES["devanagari"])["pdf as printed"]
    preview = preview_label(data, use_zplkit=False)
    assert preview.drawn, preview.fallback_text()
    assert TRACKING in codes(preview.images[0])


def test_without_zplkit_a_text_label_says_what_it_holds() -> None:
    data, _ = sandbox_labels(NAMES["latin"])["zpl"]
    preview = preview_label(data, use_zplkit=False)
    assert not preview.drawn
    text = preview.fallback_text()
    assert INSTALL_HINT in text
    assert f"Code 128: {TRACKING}" in text
    assert "Anna Schmidt" in text
    assert "PKG 1 of 2" in text
    # Top to bottom: the carrier before the address before the barcode.
    assert text.index("ATS") < text.index("Anna Schmidt") < text.index("Code 128")


def test_a_label_the_renderer_cannot_draw_falls_back_to_its_text_and_barcodes() -> None:
    """A stored format recalled from the printer's memory (the preview does not have it),
    with a barcode graphic: the text, the barcode field and the barcode read from the graphic."""
    graphic = label_to_zpl(label_png(info(tracking="GRAPHIC-42")), "PNG")
    body = graphic[graphic.index(b"^FO") : graphic.index(b"^XZ")]
    zpl = (
        b"^XA^XFR:AMAZON.ZPL^FS"
        b"^FO20,20^A0N,30,30^FH^FDShip to_3A Jane Doe^FS"
        b"^FO20,80^BY2^BCN,80,Y,N,N^FD" + TRACKING.encode() + b"^FS" + body + b"^XZ"
    )
    preview = preview_label(zpl)
    assert not preview.drawn
    assert "AMAZON" in preview.reason
    assert "stored in the printer" in preview.reason
    assert "Ship to: Jane Doe" in preview.contents
    assert f"Code 128: {TRACKING}" in preview.contents
    assert "Code 128: GRAPHIC-42 (read from a graphic)" in preview.contents
    assert "No label" not in preview.fallback_text()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4 broken", "PDF cannot be read"),
        (b"\x89PNG\r\n\x1a\nbroken", "image cannot be read"),
        (b"\x1b@Packing slip\nOrder 402-1\n\x1dV\x00", "not a label"),
    ],
)
def test_unreadable_files_say_why(data: bytes, reason: str) -> None:
    preview = preview_label(data)
    assert not preview.drawn
    assert reason in preview.reason
    if sniff_format(data) == "RAW":
        assert "Order 402-1" in preview.contents


def test_render_png_still_raises_for_what_it_cannot_draw() -> None:
    with pytest.raises(PreviewUnavailable, match="cannot be previewed"):
        render_png(b"^XA^XFR:MISSING.ZPL^FS^XZ")


def test_a_print_job_previews_its_original_label(tmp_path: Path) -> None:
    labels = sandbox_labels(NAMES["arabic"])
    documents = tmp_path / "documents"
    (documents / "SBX0070000001").mkdir(parents=True)
    (documents / "SBX0070000001" / "PKG-1.pdf").write_bytes(labels["pdf"][0])
    spool = Spool(tmp_path / "spool.sqlite3")
    try:
        printed = spool.submit(
            "zpl://127.0.0.1:1", labels["pdf as printed"][0], "SBX0070000001 PKG-1"
        )
        other = spool.submit("zpl://127.0.0.1:1", labels["zpl"][0], "SBX0070000002 PKG-9")
        test = spool.submit(
            "zpl://127.0.0.1:1",
            render_label("test-4x6", {"printer": "p", "when": "now", "code": "TEST-7"}),
            "test label",
        )
    finally:
        spool.stop()
    from_pdf = job_preview(spool.db_path, printed, "SBX0070000001 PKG-1", documents)
    assert from_pdf.source == "PDF"
    assert "Amazon" in from_pdf.origin
    assert TRACKING in codes(from_pdf.images[0])
    sent = job_preview(spool.db_path, other, "SBX0070000002 PKG-9", documents)
    assert sent.source == "ZPL"
    assert TRACKING in codes(sent.images[0])
    assert "TEST-7" in codes(job_preview(spool.db_path, test, "test label", documents).images[0])
    gone = job_preview(spool.db_path, 999, "SBX0070000001 PKG-1", None)
    assert not gone.drawn
    assert "no longer in the spool" in gone.reason


@pytest.mark.parametrize("name", ["../etc passwd", "a/b c", "SBX1", ". .", "SBX1 PKG-1 extra"])
def test_job_names_never_reach_outside_the_documents_folder(tmp_path: Path, name: str) -> None:
    (tmp_path / "passwd.pdf").write_bytes(b"%PDF-1.4")
    assert original_label(tmp_path / "documents", name) is None


@given(
    st.integers(min_value=1, max_value=40),
    st.integers(min_value=1, max_value=12),
    st.data(),
)
def test_graphic_fields_decode_to_the_bitmap_they_were_made_of(
    width: int, height: int, data: st.DataObject
) -> None:
    """Any bitmap, through the printer's ^GFA compression and back (runs, ``,`` ``!`` and
    ``:`` rows), is the same bitmap."""
    pixels = data.draw(
        st.lists(st.sampled_from([0, 255]), min_size=width * height, max_size=width * height)
    )
    image = Image.frombytes("L", (width, height), bytes(pixels))
    command = graphic_field(image)
    total, _, row_bytes, body = command.removeprefix("^GFA,").split(",", 3)
    bits = expand_hex(body, int(row_bytes), int(total) // int(row_bytes))
    decoded = graphic_image(bits, int(row_bytes)).crop((0, 0, width, height))
    assert list(decoded.tobytes()) == pixels
