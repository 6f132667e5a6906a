"""CSV import from a WMS/ERP export: clear per-row errors, nothing half-applied silently."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.services.inventory_csv import (
    CsvFormatError,
    parse_inventory_csv,
    read_inventory_csv,
)


def test_plain_file_with_default_location() -> None:
    result = parse_inventory_csv("sku,quantity\nA-1,5\nB-2,0\n", "LOC1")
    assert result.ok
    assert result.positions() == {("LOC1", "A-1"): 5, ("LOC1", "B-2"): 0}


def test_semicolon_bom_any_case_and_location_column(tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes("\ufeffLocation ; SKU ; Quantity\r\nW1;X-9;12\r\nW2;X-9;3\r\n".encode())
    result = read_inventory_csv(path)
    assert result.ok, result.errors
    assert result.positions() == {("W1", "X-9"): 12, ("W2", "X-9"): 3}


def test_every_bad_row_is_named_with_its_reason() -> None:
    text = (
        "sku,quantity,location\n"
        "GOOD,4,W1\n"
        ",4,W1\n"  # row 3
        "A,abc,W1\n"  # row 4
        "B,-2,W1\n"  # row 5
        "C,1.5,W1\n"  # row 6
        "D,3\n"  # row 7
        "GOOD,9,W1\n"  # row 8: duplicate of row 2
        "E,2,\n"  # row 9: no location, no default
    )
    result = parse_inventory_csv(text)
    assert not result.ok
    messages = [str(e) for e in result.errors]
    assert messages == [
        "row 3: the SKU is empty",
        "row 4: quantity 'abc' for SKU A is not a whole number",
        "row 5: quantity -2 for SKU B is negative",
        "row 6: quantity '1.5' for SKU C is not a whole number",
        "row 7: has 2 fields, the header has 3",
        "row 8: SKU GOOD at W1 is also on row 2",
        "row 9: no location: add a location column or choose a location for the import",
    ]
    assert [r.sku for r in result.rows] == ["GOOD"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("item,count\nA,1\n", "must name the columns sku and quantity"),
        ("sku,quantity,sku\nA,1,A\n", "names a column twice"),
        ("sku,quantity\n", "no rows"),
    ],
)
def test_unusable_files(text: str, message: str) -> None:
    with pytest.raises(CsvFormatError, match=message):
        parse_inventory_csv(text, "W1")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("sku,quantity\nCAFÉ,1\n".encode("latin-1"))
    with pytest.raises(CsvFormatError, match="not UTF-8"):
        read_inventory_csv(path)


@given(st.text(max_size=300))
def test_any_text_gives_rows_errors_or_a_format_error(text: str) -> None:
    try:
        result = parse_inventory_csv(text, "W1")
    except CsvFormatError:
        return
    for row in result.rows:
        assert row.quantity >= 0
        assert row.sku
