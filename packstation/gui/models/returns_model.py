"""The Returns page's table: one page of returns with the local inspection outcome."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore

from packstation.gui import texts
from packstation.services.returns import Inspection, ReturnSummary

_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
Role = QtCore.Qt.ItemDataRole


class ReturnsTableModel(QtCore.QAbstractTableModel):
    """Returns (as :class:`ReturnSummary`) and their inspections, in the order Amazon listed."""

    COL_ID, COL_STATUS, COL_RMA, COL_SKU, COL_UNITS, COL_REASON = range(6)
    COL_TRACKING, COL_CREATED, COL_INSPECTION = range(6, 9)
    #: marked for lupdate, translated in headerData
    HEADERS = (
        texts.QT_TRANSLATE_NOOP("ReturnsTableModel", "Return"),
        texts.QT_TRANSLATE_NOOP("ReturnsTableModel", "Status"),
        texts.QT_TRANSLATE_NOOP("ReturnsTableModel", "RMA"),
        texts.QT_TRANSLATE_NOOP("ReturnsTableModel", "SKU"),
        texts.QT_TRANSLATE_NOOP("ReturnsTableModel", "Units"),
        texts.QT_TRANSLATE_NOOP("ReturnsTableModel", "Reason"),
        texts.QT_TRANSLATE_NOOP("ReturnsTableModel", "Reverse tracking"),
        texts.QT_TRANSLATE_NOOP("ReturnsTableModel", "Created"),
        texts.QT_TRANSLATE_NOOP("ReturnsTableModel", "Inspection"),
    )

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReturnSummary] = []
        self._inspections: dict[str, Inspection] = {}

    def set_returns(
        self, rows: list[ReturnSummary], inspections: dict[str, Inspection] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._inspections = dict(inspections or {})
        self.endResetModel()

    def set_inspection(self, inspection: Inspection) -> None:
        self._inspections[inspection.return_id] = inspection
        row = self.row_of(inspection.return_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def summary_at(self, row: int) -> ReturnSummary:
        return self._rows[row]

    def row_of(self, return_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == return_id:
                return row
        return -1

    @staticmethod
    def inspection_text(insp: Inspection | None) -> str:
        if insp is None:
            return ""
        text = texts.inspection_outcome(insp.outcome)
        if insp.restocked:
            return QtCore.QCoreApplication.translate(
                "ReturnsTableModel", "{0}, restocked {1}"
            ).format(text, texts.count(insp.restocked_units or 0))
        return text

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

    def data(self, index: _Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Role.UserRole:
            return r.id
        if role == Role.ToolTipRole and index.column() == self.COL_REASON:
            return texts.return_reason(r.reason)
        if role != Role.DisplayRole:
            return None
        col = index.column()
        values = {
            self.COL_ID: r.id,
            self.COL_STATUS: texts.return_status(r.status),
            self.COL_RMA: r.rma_id,
            self.COL_SKU: r.sku,
            self.COL_UNITS: texts.count(r.units),
            self.COL_REASON: texts.return_reason(r.reason),
            self.COL_TRACKING: r.reverse_tracking_id,
            self.COL_CREATED: texts.date_time(r.created) if r.created else "",
            self.COL_INSPECTION: self.inspection_text(self._inspections.get(r.id)),
        }
        return values.get(col)
