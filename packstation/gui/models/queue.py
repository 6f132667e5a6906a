"""The shipment queue as a Qt table model, kept in urgency order, and its filter proxy.

The model sits on a list of :class:`QueueRow` (a flat, precomputed view of a domain
``Shipment``) that it keeps sorted by urgency itself: sorting 10,000 rows through a Python
``lessThan`` would stall the GUI for a fraction of a second, while a bisect insert per changed
shipment costs microseconds. Incremental sync calls :meth:`QueueTableModel.upsert`, which emits
``rowsInserted`` / ``rowsMoved`` / ``dataChanged`` / ``rowsRemoved`` for exactly the rows that
changed; :meth:`QueueTableModel.set_shipments` (a full reload) is the only reset.

:class:`QueueFilterModel` filters by status group, program and search text reading the rows
directly (not through ``data()``), so refiltering 10,000 rows stays within a frame or two.
"""

from __future__ import annotations

import bisect
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from PySide6 import QtCore, QtGui

from packstation.domain.programs import (
    DISPLAY_NAMES,
    EASY_SHIP,
    SELF_SHIP,
    SELLER_FLEX,
    program_of,
)
from packstation.domain.shipments import Shipment
from packstation.gui import texts

#: status group key -> the statuses it holds (tab order of the queue page)
STATUS_GROUPS: dict[str, tuple[str, ...]] = {
    "to_pack": ("CREATED", "ACCEPTED", "CONFIRMED"),
    "in_progress": ("PACKAGE_CREATED", "PICKUP_SLOT_RETRIEVED", "INVOICE_GENERATED"),
    "labelled": ("SHIPLABEL_GENERATED",),
    "shipped": ("SHIPPED", "DELIVERED"),
    "cancelled": ("CANCELLED",),
}
_GROUP_OF = {status: group for group, statuses in STATUS_GROUPS.items() for status in statuses}
_GROUP_RANK = {
    "in_progress": 0,
    "to_pack": 1,
    "labelled": 2,
    "other": 3,
    "shipped": 4,
    "cancelled": 5,
}
_HIGH_PRIORITY_LEAD_S = 2 * 3600  # a HIGH shipment ranks as if due two hours earlier
_FAR_FUTURE = 4.0e9
_ROOT = QtCore.QModelIndex()


def status_group(status: str) -> str:
    return _GROUP_OF.get(status, "other")


def _epoch(value: datetime | None) -> float | None:
    if value is None:
        return None
    try:
        return value.timestamp()
    except (OverflowError, ValueError, OSError):
        return None


def _line_barcodes(shipment: Shipment) -> tuple[str, ...]:
    codes: list[str] = []
    for line in shipment.line_items:
        codes.append(line.merchant_sku)
        for attribute in line.custom_attributes or ():
            if (attribute.key or "").lower() in {
                "gtin",
                "ean",
                "upc",
                "barcode",
            } and attribute.value:
                codes.append(attribute.value)
    return tuple(codes)


@dataclass(eq=False)
class QueueRow:
    """One shipment as the queue shows it; built once per change, read many times."""

    shipment: Shipment
    shipment_id: str
    order_id: str
    status: str
    group: str
    program: str
    priority: str
    units: int
    lines: int
    skus: str
    barcodes: tuple[str, ...]
    ship_by: float | None
    pickup_start: float | None = None
    pickup_end: float | None = None
    flags: tuple[str, ...] = ()
    search_blob: str = ""
    key: tuple[int, float, str] = field(default=(0, 0.0, ""))

    @classmethod
    def from_shipment(
        cls, shipment: Shipment, pickup: tuple[float, float] | None = None
    ) -> QueueRow:
        info = shipment.shipment_info
        status = str(shipment.status)
        program = program_of(shipment)
        flags: list[str] = []
        for line in shipment.line_items:
            gift = line.gift_attributes
            if gift is not None and (
                str(gift.gift_wrap_requirement) == "REQUIRED"
                or str(gift.gift_message_presence) == "PRESENT"
            ):
                flags.append("gift")
            if (
                line.hazmat_labels
                or str(line.compliance_attributes.hazmat_labels_requirement) == "REQUIRED"
            ):
                flags.append("hazmat")
            if str(line.compliance_attributes.serial_number_requirement) == "REQUIRED":
                flags.append("serial")
        ship_by = _epoch(shipment.shipping_info.expected_shipping_date_time_in_utc)
        skus = ", ".join(line.merchant_sku for line in shipment.line_items)
        barcodes = _line_barcodes(shipment)
        group = status_group(status)
        priority = str(info.priority)
        due = ship_by if ship_by is not None else _FAR_FUTURE
        if priority == "HIGH":
            due -= _HIGH_PRIORITY_LEAD_S
        row = cls(
            shipment=shipment,
            shipment_id=shipment.id,
            order_id=info.buyer_order_id,
            status=status,
            group=group,
            program=program,
            priority=priority,
            units=info.number_of_units,
            lines=len(shipment.line_items),
            skus=skus,
            barcodes=barcodes,
            ship_by=ship_by,
            pickup_start=pickup[0] if pickup else None,
            pickup_end=pickup[1] if pickup else None,
            flags=tuple(dict.fromkeys(flags)),
        )
        row.search_blob = " ".join(
            (row.shipment_id, row.order_id, status, program, skus, *barcodes)
        ).casefold()
        row.key = (_GROUP_RANK.get(group, 3), due, row.shipment_id)
        return row


class QueueTableModel(QtCore.QAbstractTableModel):
    """The queue: one row per shipment, always in urgency order.

    Signals:
        counts_changed(): the number of shipments per status group changed.
        clock_moved(): the time-left columns count from a new "now"; views repaint what they
            show (no ``dataChanged`` for every row: a filter proxy would refilter them all).
    """

    counts_changed = QtCore.Signal()
    clock_moved = QtCore.Signal()

    (COL_PRIORITY, COL_PROGRAM, COL_SHIPMENT, COL_ORDER, COL_STATUS, COL_UNITS, COL_SHIP_BY,
     COL_PICKUP, COL_ITEMS) = range(9)  # fmt: skip
    COLUMN_COUNT = 9
    ShipmentIdRole = QtCore.Qt.ItemDataRole.UserRole + 1
    UrgencyRole = QtCore.Qt.ItemDataRole.UserRole + 2
    ProgramRole = QtCore.Qt.ItemDataRole.UserRole + 3
    StatusGroupRole = QtCore.Qt.ItemDataRole.UserRole + 4

    PROGRAM_COLOURS: ClassVar[dict[str, tuple[str, str]]] = {
        EASY_SHIP: ("#fff1d6", "#7a4b00"),
        SELF_SHIP: ("#dbe9ff", "#153e75"),
        SELLER_FLEX: ("#ece0ff", "#4a2380"),
    }

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []
        self._keys: list[tuple[int, float, str]] = []
        self._by_id: dict[str, QueueRow] = {}
        self._counts: Counter[str] = Counter()
        self._now = time.time()
        self._headers = [
            self.tr("Priority"),
            self.tr("Program"),
            self.tr("Shipment"),
            self.tr("Order"),
            self.tr("Status"),
            self.tr("Units"),
            self.tr("Ship by"),
            self.tr("Pickup"),
            self.tr("Items"),
        ]
        self._program_names: dict[str, str] = {p: texts.program_name(p) for p in DISPLAY_NAMES}
        self._colours = {
            program: (QtGui.QColor(bg), QtGui.QColor(fg))
            for program, (bg, fg) in self.PROGRAM_COLOURS.items()
        }
        self._late = QtGui.QColor("#b3261e")
        self._soon = QtGui.QColor("#9a6700")
        self._bold = QtGui.QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------------ Qt overrides
    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation, role: int = 0) -> Any:
        if orientation == QtCore.Qt.Orientation.Horizontal:
            if role == QtCore.Qt.ItemDataRole.DisplayRole and 0 <= section < self.COLUMN_COUNT:
                return self._headers[section]
            return None
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        Role = QtCore.Qt.ItemDataRole
        if role == Role.DisplayRole:
            return self._display(row, column)
        if role == Role.ToolTipRole:
            if column == self.COL_ITEMS:
                return row.skus
            if column == self.COL_SHIP_BY and row.ship_by is not None:
                return texts.date_time(row.ship_by)
            return self._display(row, column)
        if role == Role.BackgroundRole and column == self.COL_PROGRAM:
            return self._colours[row.program][0] if row.program in self._colours else None
        if role == Role.ForegroundRole:
            if column == self.COL_PROGRAM and row.program in self._colours:
                return self._colours[row.program][1]
            if (
                column == self.COL_SHIP_BY
                and row.ship_by is not None
                and row.group
                in (
                    "to_pack",
                    "in_progress",
                )
            ):
                left = row.ship_by - self._now
                if left < 0:
                    return self._late
                if left < 2 * 3600:
                    return self._soon
            if column == self.COL_PRIORITY and row.priority == "HIGH":
                return self._late
            return None
        if role == Role.FontRole and column in (self.COL_PRIORITY, self.COL_PROGRAM):
            return self._bold
        if role == Role.TextAlignmentRole and column == self.COL_UNITS:
            return int(QtCore.Qt.AlignmentFlag.AlignCenter)
        if role == self.ShipmentIdRole:
            return row.shipment_id
        if role == self.UrgencyRole:
            return index.row()
        if role == self.ProgramRole:
            return row.program
        if role == self.StatusGroupRole:
            return row.group
        return None

    # ------------------------------------------------------------------ display
    def _display(self, row: QueueRow, column: int) -> str:
        if column == self.COL_PRIORITY:
            return self.tr("HIGH") if row.priority == "HIGH" else self.tr("normal")
        if column == self.COL_PROGRAM:
            return self._program_names.get(row.program, row.program)
        if column == self.COL_SHIPMENT:
            return row.shipment_id
        if column == self.COL_ORDER:
            return row.order_id
        if column == self.COL_STATUS:
            return texts.shipment_status(row.status)
        if column == self.COL_UNITS:
            return texts.count(row.units)
        if column == self.COL_SHIP_BY:
            return self.time_left(row.ship_by)
        if column == self.COL_PICKUP:
            if row.pickup_start is None:
                return "—"
            if row.pickup_end is not None and row.pickup_start <= self._now <= row.pickup_end:
                return self.tr("now, ends in {0}").format(self._span(row.pickup_end - self._now))
            return self.time_left(row.pickup_start)
        if column == self.COL_ITEMS:
            marks = {"gift": self.tr("GIFT"), "hazmat": "⚠", "serial": self.tr("S/N")}
            prefix = " ".join(marks[f] for f in row.flags if f in marks)
            return f"{prefix} {row.skus}" if prefix else row.skus
        return ""

    def _span(self, seconds: float) -> str:
        minutes = int(abs(seconds) // 60)
        if minutes < 60:
            return self.tr("{0} min").format(texts.count(minutes))
        hours, minutes = divmod(minutes, 60)
        if hours < 48:
            return self.tr("{0} h {1}").format(texts.count(hours), texts.two_digits(minutes))
        return self.tr("{0} d").format(texts.count(hours // 24))

    def time_left(self, when: float | None) -> str:
        """'3 h 05' before ``when``, 'late 40 min' after it."""
        if when is None:
            return "—"
        left = when - self._now
        if left < 0:
            return self.tr("late {0}").format(self._span(left))
        return self._span(left)

    # ------------------------------------------------------------------ public API
    def set_now(self, now: float) -> None:
        """Move the clock the time-left columns count from (a timer on the page calls it).

        Only the text and colour of those columns change, never a row's order or whether a
        filter keeps it. With 10,000 rows, a ``dataChanged`` over them all made the filter
        proxy call ``filterAcceptsRow`` 10,000 times: a 45 ms stall every 30 s, even with
        the queue hidden. ``clock_moved`` lets a view repaint just what is on screen.
        """
        self._now = now
        self.clock_moved.emit()

    def set_shipments(
        self,
        shipments: Iterable[Shipment],
        pickups: Mapping[str, tuple[float, float]] | None = None,
    ) -> None:
        """Replace everything (a full resync): the only reset this model does."""
        pickups = pickups or {}
        self.set_rows([QueueRow.from_shipment(s, pickups.get(s.id)) for s in shipments])

    def set_rows(self, rows: Iterable[QueueRow]) -> None:
        """Like :meth:`set_shipments` with rows built elsewhere (off the GUI thread)."""
        by_id = {row.shipment_id: row for row in rows}
        ordered = sorted(by_id.values(), key=lambda r: r.key)
        self.beginResetModel()
        self._rows = ordered
        self._keys = [row.key for row in ordered]
        self._by_id = by_id
        self._counts = Counter()
        for row in ordered:
            self._count(row, 1)
        self.endResetModel()
        self.counts_changed.emit()

    def upsert(
        self,
        shipments: Iterable[Shipment],
        pickups: Mapping[str, tuple[float, float]] | None = None,
    ) -> None:
        """Add new shipments and update known ones, row by row (incremental sync)."""
        pickups = pickups or {}
        self.upsert_rows(QueueRow.from_shipment(s, pickups.get(s.id)) for s in shipments)

    def upsert_rows(self, rows: Iterable[QueueRow]) -> None:
        """Like :meth:`upsert` with rows built elsewhere: inserts, moves and dataChanged only."""
        changed_counts = False
        for row in rows:
            old = self._by_id.get(row.shipment_id)
            if old is None:
                self._insert(row)
                self._count(row, 1)
                changed_counts = True
                continue
            if row.pickup_start is None and old.pickup_start is not None:
                row.pickup_start, row.pickup_end = old.pickup_start, old.pickup_end
            self._replace(old, row)
            if (old.group, old.priority) != (row.group, row.priority):
                self._count(old, -1)
                self._count(row, 1)
                changed_counts = True
        if changed_counts:
            self.counts_changed.emit()

    def _count(self, row: QueueRow, delta: int) -> None:
        self._counts[row.group] += delta
        if row.priority == "HIGH" and row.group == "to_pack":
            self._counts["high"] += delta

    def set_pickup(self, shipment_id: str, start: float, end: float) -> None:
        """Record the pickup window a shipping option or label gave the shipment."""
        old = self._by_id.get(shipment_id)
        if old is not None:
            self.upsert_rows([QueueRow.from_shipment(old.shipment, (start, end))])

    def remove(self, shipment_ids: Iterable[str]) -> None:
        changed = False
        for shipment_id in shipment_ids:
            row = self._by_id.pop(shipment_id, None)
            if row is None:
                continue
            i = self._index_of(row)
            self.beginRemoveRows(QtCore.QModelIndex(), i, i)
            del self._rows[i]
            del self._keys[i]
            self.endRemoveRows()
            self._count(row, -1)
            changed = True
        if changed:
            self.counts_changed.emit()

    def counts(self) -> dict[str, int]:
        """Shipments per status group (``STATUS_GROUPS`` keys, ``other``) and ``high``
        (HIGH priority shipments still to pack)."""
        return {group: n for group, n in self._counts.items() if n}

    def row_of(self, shipment_id: str) -> int:
        row = self._by_id.get(shipment_id)
        return -1 if row is None else self._index_of(row)

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def shipment(self, shipment_id: str) -> Shipment | None:
        row = self._by_id.get(shipment_id)
        return None if row is None else row.shipment

    def rows(self) -> list[QueueRow]:
        """The rows in urgency order (read-only use)."""
        return self._rows

    def find_by_scan(self, code: str) -> QueueRow | None:
        """The shipment a scanned code identifies: shipment id, order id, or an item of a
        shipment still waiting to be packed (the most urgent such shipment)."""
        code = code.strip()
        if not code:
            return None
        row = self._by_id.get(code) or self._by_id.get(code.upper())
        if row is not None:
            return row
        for row in self._rows:
            if row.order_id == code:
                return row
        for row in self._rows:  # urgency order: the first waiting match is the one to pack
            if row.group == "to_pack" and code in row.barcodes:
                return row
        return None

    # ------------------------------------------------------------------ internals
    def _index_of(self, row: QueueRow) -> int:
        return bisect.bisect_left(self._keys, row.key)

    def _insert(self, row: QueueRow) -> None:
        i = bisect.bisect_left(self._keys, row.key)
        self.beginInsertRows(QtCore.QModelIndex(), i, i)
        self._rows.insert(i, row)
        self._keys.insert(i, row.key)
        self._by_id[row.shipment_id] = row
        self.endInsertRows()

    def _replace(self, old: QueueRow, new: QueueRow) -> None:
        i = self._index_of(old)
        self._by_id[new.shipment_id] = new
        if new.key == old.key:
            self._rows[i] = new
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.COLUMN_COUNT - 1))
            return
        del self._keys[i]
        j = bisect.bisect_left(self._keys, new.key)
        if j == i:
            self._keys.insert(i, new.key)
            self._rows[i] = new
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.COLUMN_COUNT - 1))
            return
        # A row that changes place is removed and inserted, not moved: Qt's filter proxy
        # answers a move by rebuilding its whole mapping, calling filterAcceptsRow for every
        # row (10,000 Python calls, 60-80 ms, each time a shipment is opened or finished).
        # Removal and insertion cost it one call. The view's current row is restored by the
        # page (QueuePage.apply_changes).
        self._keys.insert(i, old.key)  # restore until the removal is announced
        self.beginRemoveRows(QtCore.QModelIndex(), i, i)
        del self._rows[i]
        del self._keys[i]
        self.endRemoveRows()
        self.beginInsertRows(QtCore.QModelIndex(), j, j)
        self._rows.insert(j, new)
        self._keys.insert(j, new.key)
        self.endInsertRows()


class QueueFilterModel(QtCore.QSortFilterProxyModel):
    """Filters the queue by status group, program and search text; sorts on a header click.

    Without a sort column the rows keep the source's urgency order.
    """

    def __init__(self, source: QueueTableModel, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._group = ""
        self._program = ""
        self._needle = ""
        self._urgency = False
        self._urgency_request = False
        self.setSourceModel(source)
        self.setDynamicSortFilter(True)
        self.setSortRole(QueueTableModel.UrgencyRole)

    @property
    def group(self) -> str:
        return self._group

    def set_group(self, group: str) -> None:
        """Only shipments of ``group`` (a ``STATUS_GROUPS`` key); ``""`` for all."""
        if group != self._group:
            self.beginFilterChange()
            self._group = group
            self._end_filter_change()

    def set_program(self, program: str) -> None:
        if program != self._program:
            self.beginFilterChange()
            self._program = program
            self._end_filter_change()

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self._end_filter_change()

    def restore_source_order(self) -> None:
        """Back to urgency order after a column sort (Qt's ``sort(-1)`` keeps the last order)."""
        self._urgency = self._urgency_request = True
        try:
            self.sort(0, QtCore.Qt.SortOrder.AscendingOrder)
        finally:
            self._urgency_request = False

    def sort(
        self, column: int, order: QtCore.Qt.SortOrder = QtCore.Qt.SortOrder.AscendingOrder
    ) -> None:
        if column >= 0 and not self._urgency_request:
            self._urgency = False
        super().sort(column, order)

    def _end_filter_change(self) -> None:
        self.endFilterChange(QtCore.QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex
    ) -> bool:
        rows = self._source.rows()
        if source_parent.isValid() or source_row >= len(rows):
            return False
        row = rows[source_row]
        if self._group and row.group != self._group:
            return False
        if self._program and row.program != self._program:
            return False
        return not self._needle or self._needle in row.search_blob

    def lessThan(
        self,
        left: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
        right: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> bool:
        if self._urgency:
            return left.row() < right.row()  # the source is in urgency order
        rows = self._source.rows()
        a, b = rows[left.row()], rows[right.row()]
        column = left.column()
        if column == QueueTableModel.COL_SHIP_BY:
            return (a.ship_by or _FAR_FUTURE, a.key) < (b.ship_by or _FAR_FUTURE, b.key)
        if column == QueueTableModel.COL_PICKUP:
            return (a.pickup_start or _FAR_FUTURE, a.key) < (b.pickup_start or _FAR_FUTURE, b.key)
        if column == QueueTableModel.COL_UNITS:
            return (a.units, a.key) < (b.units, b.key)
        text_of = _TEXT_COLUMNS.get(column)
        if text_of is None:
            return a.key < b.key
        return (text_of(a), a.key) < (text_of(b), b.key)


#: the columns sorted by a text of the row (the other columns sort by their own values)
_TEXT_COLUMNS: dict[int, Callable[[QueueRow], str]] = {
    QueueTableModel.COL_PRIORITY: lambda row: row.priority,
    QueueTableModel.COL_PROGRAM: lambda row: row.program,
    QueueTableModel.COL_SHIPMENT: lambda row: row.shipment_id,
    QueueTableModel.COL_ORDER: lambda row: row.order_id,
    QueueTableModel.COL_STATUS: lambda row: row.status,
    QueueTableModel.COL_ITEMS: lambda row: row.skus,
}
