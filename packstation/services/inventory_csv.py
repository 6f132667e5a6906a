"""Import of absolute stock positions from a WMS/ERP CSV export.

Format: a header row with ``sku`` and ``quantity`` and optionally ``location`` (any order, any
case, surrounding spaces ignored); comma, semicolon or tab separated; UTF-8 with or without a BOM.
Every bad row gets its own error naming the row and the reason, and an import with errors is
never applied silently: the caller applies it only when it is clean, or when the user explicitly
chooses to apply the valid rows and skip the rest.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

_Reader = Iterator[list[str]]
MAX_QUANTITY = 10_000_000
MAX_BYTES = 50_000_000


class CsvFormatError(ValueError):
    """The file as a whole cannot be read (no header, wrong columns, not text)."""


@dataclass(frozen=True)
class StockRow:
    row: int
    location_id: str
    sku: str
    quantity: int


@dataclass(frozen=True)
class RowError:
    row: int
    message: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.message}"


@dataclass
class CsvImport:
    rows: list[StockRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def positions(self) -> dict[tuple[str, str], int]:
        """The valid rows as {(location_id, sku): quantity}."""
        return {(r.location_id, r.sku): r.quantity for r in self.rows}


def read_inventory_csv(path: Path, default_location: str = "") -> CsvImport:
    """Read and check a CSV file (see the module docstring)."""
    if path.stat().st_size > MAX_BYTES:
        raise CsvFormatError(f"{path.name} is larger than {MAX_BYTES // 1_000_000} MB")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CsvFormatError(
            f"{path.name} is not UTF-8 text (byte {exc.start}); export it as UTF-8 CSV"
        ) from exc
    return parse_inventory_csv(text, default_location)


def parse_inventory_csv(text: str, default_location: str = "") -> CsvImport:
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise CsvFormatError("the file is empty; the first row must be a header: sku,quantity")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(lines[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return _parse(csv.reader(io.StringIO(text, newline=""), dialect), default_location)
    except csv.Error as exc:
        raise CsvFormatError(f"the file is not valid CSV: {exc}") from exc


def _parse(reader: _Reader, default_location: str) -> CsvImport:
    header = [h.strip().lower() for h in next(reader)]
    unknown = [h for h in header if h not in {"sku", "quantity", "location"}]
    if unknown or "sku" not in header or "quantity" not in header:
        raise CsvFormatError(
            "the header must name the columns sku and quantity (and optionally location); "
            f"found: {', '.join(header) or 'nothing'}"
        )
    if len(set(header)) != len(header):
        raise CsvFormatError(f"the header names a column twice: {', '.join(header)}")
    col = {name: header.index(name) for name in header}
    result = CsvImport()
    seen: dict[tuple[str, str], int] = {}
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            result.errors.append(
                RowError(number, f"has {len(cells)} fields, the header has {len(header)}")
            )
            continue
        sku = cells[col["sku"]].strip()
        location = cells[col["location"]].strip() if "location" in col else ""
        location = location or default_location
        quantity_text = cells[col["quantity"]].strip()
        error = _check(sku, location, quantity_text)
        if error:
            result.errors.append(RowError(number, error))
            continue
        key = (location, sku)
        if key in seen:
            result.errors.append(
                RowError(number, f"SKU {sku} at {location} is also on row {seen[key]}")
            )
            continue
        seen[key] = number
        result.rows.append(StockRow(number, location, sku, int(quantity_text)))
    if not result.rows and not result.errors:
        raise CsvFormatError("the file has a header but no rows")
    return result


def _check(sku: str, location: str, quantity: str) -> str | None:
    if not sku:
        return "the SKU is empty"
    if len(sku) > 100 or any(ord(ch) < 32 for ch in sku):
        return f"the SKU {sku[:40]!r} is not a valid SKU"
    if not location:
        return "no location: add a location column or choose a location for the import"
    if not quantity:
        return f"no quantity for SKU {sku}"
    if not quantity.lstrip("-").isdigit():
        return f"quantity {quantity!r} for SKU {sku} is not a whole number"
    value = int(quantity)
    if value < 0:
        return f"quantity {value} for SKU {sku} is negative"
    if value > MAX_QUANTITY:
        return f"quantity {value} for SKU {sku} is implausibly large (over {MAX_QUANTITY:,})"
    return None
