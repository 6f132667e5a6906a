"""The lines of the shipment on the bench: expected vs scanned units, serials and cues."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, cast

from PySide6 import QtCore, QtGui

from packstation.domain.shipments import ShipmentLineItem

_ROOT = QtCore.QModelIndex()
# The roles as plain ints: compared for every cell painted.
_Role = QtCore.Qt.ItemDataRole
_DISPLAY = int(_Role.DisplayRole.value)
_ACCESSIBLE_TEXT = int(_Role.AccessibleTextRole.value)
_TOOLTIP = int(_Role.ToolTipRole.value)
_BACKGROUND = int(_Role.BackgroundRole.value)
_FOREGROUND = int(_Role.ForegroundRole.value)
_FONT = int(_Role.FontRole.value)
_ALIGNMENT = int(_Role.TextAlignmentRole.value)
_CENTER = int(QtCore.Qt.AlignmentFlag.AlignCenter.value)

#: Custom attribute keys (lower case) that carry the product's name. The EF API's line item has
#: no title field of its own: a channel passes the name through ``customAttributes`` (the
#: sandbox's invoice renderer reads ``title`` too), else the bench's catalogue supplies it.
TITLE_KEYS = frozenset(
    {"title", "itemtitle", "item_title", "productname", "product_name", "itemname", "item_name"}
)


@dataclass(frozen=True)
class PackLine:
    """One shipment line as the pack view shows it (a plain value; the model swaps them)."""

    line_id: str
    sku: str
    expected: int
    scanned: int = 0
    barcode: str = ""
    title: str = ""
    serial_required: bool = False
    serials: tuple[str, ...] = ()
    gift_wrap: bool = False
    gift_message: str = ""
    hazmat_labels: tuple[str, ...] = ()
    fragile: bool = False
    pieces: int = 1
    #: pieces scanned (a multi-piece line: each piece is scanned into a package of its own)
    pieces_scanned: int = 0
    cancelled: int = 0
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def complete(self) -> bool:
        return self.scanned >= self.expected and (
            not self.serial_required or len(self.serials) >= self.expected
        )

    @classmethod
    def from_line_item(cls, item: ShipmentLineItem, title: str = "") -> PackLine:
        """The line as shown; ``title`` is the product name when the shipment carries none
        (from the seller's catalogue), a title custom attribute wins over it."""
        barcode = ""
        pieces = 1
        fragile = False
        for attribute in item.custom_attributes or ():
            key = (attribute.key or "").lower()
            if key in {"gtin", "ean", "upc", "barcode"} and attribute.value and not barcode:
                barcode = attribute.value
            elif key == "pieces" and (attribute.value or "").isdigit():
                pieces = int(attribute.value or 1)
            elif key == "fragile" and (attribute.value or "").lower() in {"true", "1", "yes"}:
                fragile = True
            elif key in TITLE_KEYS and attribute.value and attribute.value.strip():
                title = " ".join(attribute.value.split())  # one line: the cell shows two
        gift = item.gift_attributes
        message = ""
        if gift is not None and gift.gift_message is not None:
            message = gift.gift_message.content or ""
        cancelled = sum(c.cancelled_quantity for c in item.cancellations or ())
        return cls(
            line_id=item.shipment_line_item_id,
            sku=item.merchant_sku,
            expected=item.number_of_units,
            barcode=barcode,
            title=title,
            serial_required=str(item.compliance_attributes.serial_number_requirement) == "REQUIRED",
            serials=tuple(item.serial_numbers or ()),
            gift_wrap=gift is not None and str(gift.gift_wrap_requirement) == "REQUIRED",
            gift_message=message,
            hazmat_labels=tuple(item.hazmat_labels or ()),
            fragile=fragile or str(item.piece_type) == "FRAGILE",
            pieces=pieces,
            cancelled=cancelled,
        )


class PackLinesModel(QtCore.QAbstractTableModel):
    """Expected vs scanned per line. ``set_lines`` for a new shipment, ``update_line`` per scan.

    Signals:
        progress_changed(int, int): (units scanned, units expected) over all lines.
    """

    progress_changed = QtCore.Signal(int, int)

    COL_ITEM, COL_BARCODE, COL_EXPECTED, COL_SCANNED, COL_SERIALS, COL_NOTES = range(6)
    COLUMN_COUNT = 6
    LineIdRole = int(QtCore.Qt.ItemDataRole.UserRole.value) + 1
    CompleteRole = int(QtCore.Qt.ItemDataRole.UserRole.value) + 2

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[PackLine] = []
        self._row_of: dict[str, int] = {}
        self._headers = [
            self.tr("Item"),
            self.tr("Barcode"),
            self.tr("Expected"),
            self.tr("Scanned"),
            self.tr("Serials"),
            self.tr("Notes"),
        ]
        self._done_bg = QtGui.QColor("#e9f5ea")
        self._partial_bg = QtGui.QColor("#fff4d6")
        self._done_fg = QtGui.QColor("#1e7d32")
        self._big = QtGui.QFont()
        self._big.setPointSize(16)
        self._big.setBold(True)

    # ------------------------------------------------------------------ Qt overrides
    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation, role: int = 0) -> Any:
        if role != QtCore.Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == QtCore.Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < self.COLUMN_COUNT else None
        return str(section + 1)

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = 0) -> Any:
        row = index.row()
        if not index.isValid() or not (0 <= row < len(self._lines)):
            return None
        return self._value(self._lines[row], index.column(), int(role))

    def multiData(
        self,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
        roleDataSpan: QtCore.QModelRoleDataSpan | QtCore.QModelRoleData,
    ) -> None:
        """All the roles a view asks for one cell, in one call.

        A delegate painting a cell asks for seven roles; through ``data`` each is a call into
        Python, here one call serves them all.
        """
        row = index.row()
        valid = index.isValid() and 0 <= row < len(self._lines)
        items: Iterable[QtCore.QModelRoleData] = (
            [roleDataSpan]
            if isinstance(roleDataSpan, QtCore.QModelRoleData)
            else cast(Iterable[QtCore.QModelRoleData], roleDataSpan)  # iterable at run time
        )
        if not valid:
            for item in items:
                item.clearData()
            return
        line, column = self._lines[row], index.column()
        for item in items:
            value = self._value(line, column, item.role())
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def _value(self, line: PackLine, column: int, role: int) -> Any:
        if role in (_DISPLAY, _ACCESSIBLE_TEXT):
            return self._display(line, column)
        if role == _TOOLTIP:
            if column == self.COL_SERIALS and line.serials:
                return "\n".join(line.serials)
            return self._display(line, column)
        if role == _BACKGROUND:
            if line.complete:
                return self._done_bg
            if line.scanned:
                return self._partial_bg
            return None
        if role == _FOREGROUND:
            return self._done_fg if line.complete else None
        if role == _FONT:
            return self._big if column in (self.COL_EXPECTED, self.COL_SCANNED) else None
        if role == _ALIGNMENT:
            if column in (self.COL_EXPECTED, self.COL_SCANNED):
                return _CENTER
            return None
        if role == self.LineIdRole:
            return line.line_id
        if role == self.CompleteRole:
            return line.complete
        return None

    def _display(self, line: PackLine, column: int) -> str:
        if column == self.COL_ITEM:
            return f"{line.sku}\n{line.title}" if line.title else line.sku
        if column == self.COL_BARCODE:
            return line.barcode
        if column == self.COL_EXPECTED:
            return str(line.expected)
        if column == self.COL_SCANNED:
            if line.pieces > 1:
                # the pieces: what the packer scans (the units follow when all are in)
                return self.tr("{0}/{1} pcs").format(
                    line.pieces_scanned, line.expected * line.pieces
                )
            return str(line.scanned)
        if column == self.COL_SERIALS:
            if not line.serial_required:
                return ""
            return self.tr("{0} of {1}").format(len(line.serials), line.expected)
        if column == self.COL_NOTES:
            return "  ".join(self.cues(line))
        return ""

    def cues(self, line: PackLine) -> list[str]:
        """The packer's reminders for ``line`` (gift wrap, hazmat, fragile...)."""
        notes: list[str] = []
        if line.gift_wrap:
            notes.append(self.tr("GIFT WRAP"))
        if line.gift_message:
            notes.append(self.tr("GIFT MESSAGE"))
        if line.hazmat_labels:
            notes.append(self.tr("HAZMAT {0}").format(", ".join(line.hazmat_labels)))
        if line.fragile:
            notes.append(self.tr("FRAGILE"))
        if line.pieces > 1:
            notes.append(self.tr("{0} boxes").format(line.pieces))
        if line.serial_required:
            notes.append(self.tr("SERIAL"))
        if line.cancelled:
            notes.append(self.tr("CANCELLED {0}").format(line.cancelled))
        return notes

    # ------------------------------------------------------------------ public API
    def set_lines(self, lines: Iterable[PackLine]) -> None:
        """Show another shipment's lines (a reset: the whole table changes)."""
        self.beginResetModel()
        self._lines = list(lines)
        self._row_of = {line.line_id: row for row, line in enumerate(self._lines)}
        self.endResetModel()
        self._emit_progress()

    def clear(self) -> None:
        self.set_lines([])

    def lines(self) -> list[PackLine]:
        return list(self._lines)

    def line(self, line_id: str) -> PackLine | None:
        row = self._row_of.get(line_id)
        return None if row is None else self._lines[row]

    def row_of(self, line_id: str) -> int:
        return self._row_of.get(line_id, -1)

    def update_line(
        self,
        line_id: str,
        *,
        scanned: int | None = None,
        serials: Iterable[str] | None = None,
        pieces_scanned: int | None = None,
    ) -> None:
        """Change one line's scanned count and/or serials (one ``dataChanged``).

        Only the cells that change are announced: the scanned (and serials) cells, or the
        whole row when its colour changes (first unit scanned, line complete). A view repaints
        what is announced, and every cell's text is laid out again when painted.
        """
        row = self._row_of.get(line_id)
        if row is None:
            raise KeyError(f"no line {line_id!r} in this shipment")
        line = self._lines[row]
        changes: dict[str, Any] = {}
        if scanned is not None:
            changes["scanned"] = scanned
        if serials is not None:
            changes["serials"] = tuple(serials)
        if pieces_scanned is not None:
            changes["pieces_scanned"] = pieces_scanned
        new = replace(line, **changes)
        self._lines[row] = new
        if (bool(new.scanned), new.complete) != (bool(line.scanned), line.complete):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))
        elif new != line:
            changed_scanned = (new.scanned, new.pieces_scanned) != (
                line.scanned,
                line.pieces_scanned,
            )
            first = self.COL_SCANNED if changed_scanned else self.COL_SERIALS
            last = self.COL_SERIALS if new.serials != line.serials else self.COL_SCANNED
            self.dataChanged.emit(self.index(row, first), self.index(row, last))
        self._emit_progress()

    def totals(self) -> tuple[int, int]:
        return (
            sum(min(line.scanned, line.expected) for line in self._lines),
            sum(line.expected for line in self._lines),
        )

    @property
    def complete(self) -> bool:
        return bool(self._lines) and all(line.complete for line in self._lines)

    def _emit_progress(self) -> None:
        self.progress_changed.emit(*self.totals())
