"""No text in a label field can become a ZPL command."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from printers.errors import TemplateError
from printers.preview import render_png
from printers.zpl.escape import escape_field, field_data, fold_to_ascii, unescape_field
from printers.zpl.templates import render_label, template_names

HOSTILE = "^XA^FO0,0^GB800,800,800^FS^XZ ~JR ~JS ~JA ^IDR:*.* \x00\x1b\x10\r\n_\\ ~HS"


def _is_command_free(data: str) -> bool:
    return "^" not in data and "~" not in data and all(" " <= c < "\x7f" for c in data)


@given(st.text())
def test_no_string_escapes_into_a_command(text: str) -> None:
    escaped = escape_field(text)
    assert _is_command_free(escaped)
    assert unescape_field(escaped) == text.encode("utf-8", "surrogatepass")


@given(st.text())
def test_fields_with_fallback_are_command_free(text: str) -> None:
    data = field_data(text)
    body = data.removeprefix("^FH_^FD").removesuffix("^FS")
    assert _is_command_free(body)


def test_script_fallback_is_stated_and_applied() -> None:
    assert fold_to_ascii("Çağrı Şahin") == "Cagri Sahin"
    assert fold_to_ascii("İstanbul") == "Istanbul"
    assert fold_to_ascii("مرحبا") == "?????"
    assert fold_to_ascii("नमस्ते") == "?" * len("नमस्ते")
    # With a Unicode font on the printer the text passes through, as UTF-8 hex escapes.
    assert unescape_field(escape_field("مرحبا")).decode() == "مرحبا"
    assert "_D9_85" in field_data("م", unicode_font=True)


def _decode(zpl: bytes, width: int = 812, height: int = 1218) -> list[str]:
    texts: list[str] = []
    for png in render_png(zpl, width=width, height=height):
        texts += [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]
    return texts


def test_hostile_recipient_prints_as_text_and_the_label_stays_one_label() -> None:
    zpl = render_label(
        "package-id-4x6",
        {"order_id": "402-1234567-1234567", "recipient": HOSTILE, "package_id": "PKG-42"},
    )
    text = zpl.decode("ascii")
    assert text.count("^XA") == 1
    assert text.count("^XZ") == 1
    assert "~" not in text
    assert "^ID" not in text
    assert "^GB800" not in text
    assert _decode(zpl) == ["PKG-42"]


@pytest.mark.parametrize(
    ("name", "fields", "size", "expected"),
    [
        (
            "test-4x6",
            {"printer": "zpl://x", "when": "now", "code": "TEST-7"},
            (812, 1218),
            {"TEST-7"},
        ),
        (
            "return-tag-4x6",
            {"rma_id": "RMA ^XA", "rma_id_barcode": "RMA-9"},
            (812, 1218),
            {"RMA-9"},
        ),
        ("sku-2x1", {"title": "Çay bardağı", "sku": "SKU-100"}, (406, 203), {"SKU-100"}),
    ],
)
def test_templates_render_to_decodable_barcodes(
    name: str, fields: dict[str, str], size: tuple[int, int], expected: set[str]
) -> None:
    assert set(_decode(render_label(name, fields), *size)) == expected


def test_qr_carries_any_text_safely() -> None:
    zpl = render_label("test-4x6", {"printer": "p", "when": "w", "code": "T-1"})
    assert "T-1" in _decode(zpl)


def test_template_errors_are_specific() -> None:
    assert {"package-id-4x6", "return-tag-4x6", "sku-2x1", "test-4x6"} <= set(template_names())
    with pytest.raises(TemplateError, match="needs field 'package_id'"):
        render_label("package-id-4x6", {"order_id": "1", "recipient": "x"})
    with pytest.raises(TemplateError, match="has no field"):
        render_label("sku-2x1", {"title": "t", "sku": "S", "colour": "red"})
    with pytest.raises(TemplateError, match="cannot hold"):
        render_label("sku-2x1", {"title": "t", "sku": "S>;1"})
    with pytest.raises(TemplateError, match="no label template"):
        render_label("../secrets", {})
