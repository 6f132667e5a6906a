"""The Inventory page's table: one row per SKU of a location (positions from the service).

The model never does I/O: an edit of the *Quantity* cell updates the row and emits
:attr:`InventoryTableModel.quantity_edited`; the page stores it through the task runner.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui

from packstation.gui import texts
from packstation.services.inventory import Position

_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
Role = QtCore.Qt.ItemDataRole

LOW_STOCK_BRUSH = QtGui.QBrush(QtGui.QColor(255, 224, 204))
ERROR_BRUSH = QtGui.QBrush(QtGui.QColor(255, 205, 205))


def _when(position: Position) -> str:
    return texts.date_time(position.pushed_at) if position.pushed_at else ""


def _num(value: int | None) -> str:
    return "" if value is None else texts.count(value)


class InventoryTableModel(QtCore.QAbstractTableModel):
    """Positions of one location, by SKU.

    Signals:
        quantity_edited(str, int): the packer typed a new absolute quantity for a SKU.
    """

    quantity_edited = QtCore.Signal(str, int)

    COL_SKU, COL_QUANTITY, COL_SELLABLE, COL_RESERVED, COL_PUSHED = range(5)
    COL_SEQUENCE, COL_PUSHED_AT, COL_STATE = range(5, 8)
    #: marked for lupdate, translated in headerData
    HEADERS = (
        texts.QT_TRANSLATE_NOOP("InventoryTableModel", "SKU"),
        texts.QT_TRANSLATE_NOOP("InventoryTableModel", "Quantity"),
        texts.QT_TRANSLATE_NOOP("InventoryTableModel", "Sellable"),
        texts.QT_TRANSLATE_NOOP("InventoryTableModel", "Reserved"),
        texts.QT_TRANSLATE_NOOP("InventoryTableModel", "Last pushed"),
        texts.QT_TRANSLATE_NOOP("InventoryTableModel", "Sequence"),
        texts.QT_TRANSLATE_NOOP("InventoryTableModel", "Pushed at"),
        texts.QT_TRANSLATE_NOOP("InventoryTableModel", "State"),
    )

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Position] = []

    # ------------------------------------------------------------------ our API
    def set_positions(self, positions: list[Position]) -> None:
        self.beginResetModel()
        self._rows = sorted(positions, key=lambda p: p.sku)
        self.endResetModel()

    def positions(self) -> list[Position]:
        return list(self._rows)

    def position_at(self, row: int) -> Position:
        return self._rows[row]

    def row_of(self, sku: str) -> int:
        for row, pos in enumerate(self._rows):
            if pos.sku == sku:
                return row
        return -1

    def changed_count(self) -> int:
        return sum(1 for p in self._rows if p.changed)

    def low_stock(self) -> list[Position]:
        return [p for p in self._rows if p.low_stock]

    @classmethod
    def state_text(cls, pos: Position) -> str:
        parts = []
        if pos.error:
            parts.append(
                QtCore.QCoreApplication.translate("InventoryTableModel", "refused: {0}").format(
                    pos.error
                )
            )
        elif pos.changed:
            parts.append(QtCore.QCoreApplication.translate("InventoryTableModel", "to push"))
        if pos.low_stock:
            parts.append(QtCore.QCoreApplication.translate("InventoryTableModel", "low stock"))
        return "; ".join(parts)

    # ------------------------------------------------------------------ Qt overrides
    def rowCount(self, parent: _Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: QtCore.Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == QtCore.Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        if orientation == QtCore.Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> QtCore.Qt.ItemFlag:
        if not index.isValid():
            return QtCore.Qt.ItemFlag.NoItemFlags
        base = QtCore.Qt.ItemFlag.ItemIsEnabled | QtCore.Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_QUANTITY:
            base |= QtCore.Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        pos = self._rows[index.row()]
        col = index.column()
        if role in (Role.DisplayRole, Role.EditRole):
            if role == Role.EditRole and col == self.COL_QUANTITY:
                return pos.quantity if pos.quantity is not None else 0
            return self._display(pos, col)
        if role == Role.BackgroundRole:
            if pos.error:
                return ERROR_BRUSH
            if pos.low_stock:
                return LOW_STOCK_BRUSH
            return None
        if role == Role.ToolTipRole:
            return self.state_text(pos) or None
        if role == Role.TextAlignmentRole and col not in (self.COL_SKU, self.COL_STATE):
            return int(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
        if role == Role.FontRole and col == self.COL_QUANTITY and pos.changed:
            font = QtGui.QFont()
            font.setBold(True)
            return font
        if role == Role.UserRole:
            return pos.sku
        return None

    def _display(self, pos: Position, col: int) -> str:
        if col == self.COL_SKU:
            return pos.sku
        if col == self.COL_QUANTITY:
            return _num(pos.quantity)
        if col == self.COL_SELLABLE:
            return _num(pos.sellable)
        if col == self.COL_RESERVED:
            return _num(pos.reserved)
        if col == self.COL_PUSHED:
            return _num(pos.pushed_quantity)
        if col == self.COL_SEQUENCE:
            return _num(pos.sequence)
        if col == self.COL_PUSHED_AT:
            return _when(pos)
        return self.state_text(pos)

    def setData(self, index: _Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COL_QUANTITY or role != Role.EditRole:
            return False
        try:
            quantity = int(str(value).strip())
        except ValueError:
            return False
        if quantity < 0:
            return False
        pos = self._rows[index.row()]
        if quantity == pos.quantity:
            return False
        self._rows[index.row()] = Position(**{**pos.__dict__, "quantity": quantity, "error": None})
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.quantity_edited.emit(pos.sku, quantity)
        return True
