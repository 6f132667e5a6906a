"""The Dashboard page: packer and station figures, plots, and the pickup forecast.

Figures come from the audit log (:mod:`packstation.services.stats`), read off the GUI thread
through the task runner (lane ``stats``, so a refresh never queues behind or ahead of the scans
on the ``db`` lane). The open queue for the forecast is the bench's in-memory queue. The page
refreshes when shown, every minute while shown, and after each finished shipment.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtCore, QtGui, QtWidgets

from packstation.gui import texts
from packstation.gui.chart import BarChartWidget
from packstation.gui.pack_controller import pack_controller_of
from packstation.gui.runtime_holder import describe_error, holder_of
from packstation.gui.widgets import PageWidget, named
from packstation.services.stats import AuditSource, Figures, Forecast, Snapshot, StatsService

if TYPE_CHECKING:
    from packstation.domain.shipments import Shipment
    from packstation.gui.main_window import MainWindow

log = logging.getLogger(__name__)

STATS_LANE = "stats"
#: window key -> (label, marked for lupdate and translated where shown; hours back; 0 = since
#: local midnight)
WINDOWS: dict[str, tuple[str, int]] = {
    "today": (texts.QT_TRANSLATE_NOOP("DashboardPage", "Today"), 0),
    "8h": (texts.QT_TRANSLATE_NOOP("DashboardPage", "Last 8 hours"), 8),
    "24h": (texts.QT_TRANSLATE_NOOP("DashboardPage", "Last 24 hours"), 24),
    "7d": (texts.QT_TRANSLATE_NOOP("DashboardPage", "Last 7 days"), 24 * 7),
}


class OpenShipments(Protocol):
    """The open queue the forecast reads (``services.queue.QueueService``)."""

    @property
    def shipments(self) -> Sequence[Shipment]: ...


#: where the figures come from: (the audit store, the open queue), or None before the start
Source = Callable[[], tuple[AuditSource, OpenShipments | None] | None]


def local_tz() -> tzinfo:
    tz = datetime.now().astimezone().tzinfo
    assert tz is not None
    return tz


def window_bounds(key: str, now: datetime) -> tuple[datetime, datetime]:
    """``[since, until)`` of a window ending now (``now`` is aware, in the station's zone)."""
    _label, hours = WINDOWS[key]
    if hours == 0:
        since = now.replace(hour=0, minute=0, second=0, microsecond=0)
    else:
        since = now.replace(minute=0, second=0, microsecond=0) - timedelta(hours=hours - 1)
    return since, now + timedelta(seconds=1)


def _snapshot_job(
    db: AuditSource,
    queue: OpenShipments | None,
    bounds: tuple[datetime, datetime, datetime],
    now: datetime,
) -> Snapshot:
    """Worker thread: read the audit log, take the open queue, compute (no Qt)."""
    since, until, cutoff = bounds
    shipments = list(queue.shipments) if queue is not None else []
    return StatsService(db).snapshot(
        since, until, cutoff=cutoff, shipments=shipments, now=now, tz=now.tzinfo or local_tz()
    )


def _num(value: float) -> str:
    return texts.number(value, 1)


class TileWidget(QtWidgets.QFrame):
    """One KPI: a big value and a caption."""

    def __init__(self, key: str, caption: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setAccessibleName(caption)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "TileWidget { background: #f6f8fa; border: 1px solid #d8dee4; border-radius: 6px; }"
        )
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.value = named(QtWidgets.QLabel("—"), f"tileValue_{key}", caption)
        self.value.setStyleSheet("font-size: 20pt; font-weight: 700; color: #1f2328;")
        self.caption = QtWidgets.QLabel(caption)
        self.caption.setStyleSheet("color: #57606a;")
        self.detail = QtWidgets.QLabel("")
        self.detail.setStyleSheet("color: #57606a; font-size: 9pt;")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def set_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(f"{self.caption.text()}: {value} {detail}".strip())


class DashboardPage(PageWidget):
    """Figures per hour / packer / station / program, KPI tiles and the pickup forecast.

    Signals:
        refreshed(object): a new :class:`~packstation.services.stats.Snapshot` is shown.
        exported(int, str): the audit CSV was written (records, path).
    """

    refreshed = QtCore.Signal(object)
    exported = QtCore.Signal(int, str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.tr("Dashboard"), "dashboardView")
        self.window_ = window
        self.controller = holder_of(window)
        #: where the figures come from: (database, queue) or None before the runtime is up
        self.source: Source = self._runtime_source
        self.snapshot: Snapshot | None = None
        self._busy = False
        self._build()
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.refresh)
        pack_controller_of(window).finish_done.connect(lambda _result: self._refresh_if_shown())
        self.controller.state_changed.connect(lambda _state: self._refresh_if_shown())

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        # In a scroll area: the window stays as small as the other pages allow.
        self.scroll_area = named(QtWidgets.QScrollArea(), "dashboardScroll", self.tr("Dashboard"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        content = QtWidgets.QWidget()
        content.setObjectName("dashboardContent")
        content.setMinimumSize(900, 600)
        self.content = QtWidgets.QVBoxLayout(content)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.scroll_area.setWidget(content)
        self.body.addWidget(self.scroll_area, 1)
        bar = QtWidgets.QHBoxLayout()
        self.window_selector = named(
            QtWidgets.QComboBox(), "dashboardWindow", self.tr("Figures over")
        )
        for key, (label, _hours) in WINDOWS.items():
            self.window_selector.addItem(self.tr(label), key)
        self.pickup_time = named(QtWidgets.QTimeEdit(), "pickupTime", self.tr("Today's pickup"))
        self.pickup_time.setDisplayFormat("HH:mm")
        self.pickup_time.setTime(QtCore.QTime(16, 0))
        self.refresh_button = named(
            QtWidgets.QPushButton(self.tr("Refresh")), "dashboardRefresh", self.tr("Refresh")
        )
        self.export_button = named(
            QtWidgets.QPushButton(self.tr("Export audit CSV…")),
            "exportAuditCsv",
            self.tr("Export audit CSV"),
        )
        self.add_packer_button = named(
            QtWidgets.QPushButton(self.tr("Add packer…")), "addPacker", self.tr("Add packer")
        )
        bar.addWidget(QtWidgets.QLabel(self.tr("Figures over")))
        bar.addWidget(self.window_selector)
        bar.addSpacing(12)
        bar.addWidget(QtWidgets.QLabel(self.tr("Pickup at")))
        bar.addWidget(self.pickup_time)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.add_packer_button)
        self.content.addLayout(bar)

        self.forecast_label = named(QtWidgets.QLabel(""), "forecastLabel", self.tr("Forecast"))
        self.forecast_label.setWordWrap(True)
        self.content.addWidget(self.forecast_label)
        self._forecast_level("off")

        tiles = QtWidgets.QHBoxLayout()
        self.tiles = {
            "orders": TileWidget("orders", self.tr("Orders shipped")),
            "orders_h": TileWidget("orders_h", self.tr("Orders per hour")),
            "items_h": TileWidget("items_h", self.tr("Items per hour")),
            "errors": TileWidget("errors", self.tr("Scan errors caught")),
            "wait": TileWidget("wait", self.tr("Waiting on the system")),
            "sla": TileWidget("sla", self.tr("SLA misses")),
        }
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        self.content.addLayout(tiles)

        grid = QtWidgets.QGridLayout()
        self.hour_chart = BarChartWidget(self.tr("Orders per hour"), "chartPerHour")
        self.packer_chart = BarChartWidget(
            self.tr("Per packer"), "chartPerPacker", self.tr("orders/h")
        )
        self.station_chart = BarChartWidget(
            self.tr("Per station"), "chartPerStation", self.tr("orders/h")
        )
        self.program_chart = BarChartWidget(
            self.tr("Per program"), "chartPerProgram", self.tr("orders")
        )
        grid.addWidget(self.hour_chart, 0, 0, 1, 2)
        grid.addWidget(self.packer_chart, 1, 0)
        grid.addWidget(self.station_chart, 1, 1)
        grid.addWidget(self.program_chart, 0, 2, 2, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        self.content.addLayout(grid, 1)

        self.status = named(QtWidgets.QLabel(""), "dashboardStatus", self.tr("Dashboard status"))
        self.status.setStyleSheet("color: #57606a;")
        self.content.addWidget(self.status)

        self.window_selector.activated.connect(lambda _i: self.refresh())
        self.pickup_time.editingFinished.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.add_packer_button.clicked.connect(self._on_add_packer_button_clicked)

    def _forecast_level(self, level: str) -> None:
        colour = {"ok": "#1e7d32", "warn": "#9a6700", "error": "#b3261e"}.get(level, "#57606a")
        self.forecast_label.setStyleSheet(f"font-size: 15pt; font-weight: 600; color: {colour};")
        self.forecast_label.setProperty("level", level)

    # ------------------------------------------------------------------ life cycle
    def activated(self) -> None:
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: QtGui.QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def shutdown(self) -> None:
        self._timer.stop()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def _runtime_source(self) -> tuple[AuditSource, OpenShipments | None] | None:
        runtime = self.controller.runtime
        return None if runtime is None else (runtime.db, runtime.queue)

    # ------------------------------------------------------------------ refresh
    @property
    def window_key(self) -> str:
        return str(self.window_selector.currentData() or "today")

    def bounds(self, now: datetime | None = None) -> tuple[datetime, datetime, datetime]:
        """(since, until, pickup cutoff) for the chosen window, now, in the station's zone."""
        now = now or datetime.now(local_tz())
        since, until = window_bounds(self.window_key, now)
        t = self.pickup_time.time()
        cutoff = now.replace(hour=t.hour(), minute=t.minute(), second=0, microsecond=0)
        return since, until, cutoff

    def refresh(self) -> None:
        """Read the figures off the GUI thread; ``refreshed`` when they are shown."""
        source = self.source()
        if source is None:
            self.status.setText(self.tr("Waiting for the station's database to start…"))
            return
        if self._busy:
            return
        db, queue = source
        now = datetime.now(local_tz())
        bounds = self.bounds(now)
        self._busy = True
        self.status.setText(self.tr("Reading the audit log…"))
        try:
            self.controller.tasks.run(
                _snapshot_job,
                db,
                queue,
                bounds,
                now,
                lane=STATS_LANE,
                on_done=self._on_snapshot,
                on_error=self._on_snapshot_error,
                owner=self,
                name="dashboard:refresh",
            )
        except RuntimeError:
            self._busy = False

    def _on_snapshot_error(self, error: BaseException) -> None:
        self._busy = False
        log.error("dashboard refresh failed: %s", type(error).__name__)
        self.status.setText(
            self.tr("Could not read the figures: {0}").format(describe_error(error))
        )

    def _on_snapshot(self, snap: Snapshot) -> None:
        self._busy = False
        self.snapshot = snap
        stats, fc = snap.stats, snap.forecast
        total = stats.total
        self.tiles["orders"].set_value(
            texts.count(total.orders),
            self.tr("{0} items · {1} not finished").format(
                texts.count(total.items), texts.count(total.unfinished)
            ),
        )
        self.tiles["orders_h"].set_value(
            _num(total.orders_per_hour),
            self.tr("per active hour ({0} h)").format(_num(total.active_hours)),
        )
        self.tiles["items_h"].set_value(_num(total.items_per_hour), self.tr("per active hour"))
        ranked = sorted(total.errors_by_reason.items(), key=lambda kv: -kv[1])
        self.tiles["errors"].set_value(
            texts.count(total.scan_errors),
            " · ".join(
                self.tr("{0} {1}", "scan error reason, count").format(
                    texts.scan_error(reason, short=True), texts.count(n)
                )
                for reason, n in ranked[:2]
            ),
        )
        self.tiles["errors"].setToolTip(
            "\n".join(
                self.tr("{0}: {1}", "scan error reason: count").format(
                    texts.scan_error(reason), texts.count(n)
                )
                for reason, n in ranked
            )
        )
        self.tiles["wait"].set_value(
            self.tr("{0} s").format(_num(total.mean_wait_s)),
            self.tr("per finish · {0} min in all").format(_num(total.wait_s / 60)),
        )
        self.tiles["sla"].set_value(texts.count(total.sla_misses), self.tr("shipped late"))
        current = {
            i for i, fig in enumerate(stats.per_hour) if fig.hours and min(fig.hours) <= snap.now
        }
        last = max(current) if current else None
        self.hour_chart.set_data(
            [(fig.key, fig.orders) for fig in stats.per_hour],
            highlight=None if last is None else {last},
        )
        self.packer_chart.set_data(_rates(stats.per_packer))
        self.station_chart.set_data(_rates(stats.per_station))
        self.program_chart.set_data(
            [(texts.program_name(k), f.orders) for k, f in stats.per_program.items()]
        )
        self.forecast_label.setText(self._forecast_text(fc))
        self._forecast_level("off" if not fc.open_orders else "error" if fc.will_miss else "ok")
        self.status.setText(
            self.tr("Updated {0} · {1} packers · {2} stations").format(
                texts.time_of_day(snap.now, seconds=True),
                texts.count(len(stats.per_packer)),
                texts.count(len(stats.per_station)),
            )
        )
        self.refreshed.emit(snap)

    def _forecast_text(self, fc: Forecast) -> str:
        """ "N of M open orders will miss today's 16:00 pickup at the current pace of X/h"."""
        when = texts.time_of_day(fc.cutoff)
        if not fc.open_orders:
            return self.tr("No open orders due for today's {0} pickup").format(when)
        return self.tr(
            "{0} of {1} open orders will miss today's {2} pickup at the current pace of {3}/h"
        ).format(
            texts.count(fc.will_miss),
            texts.count(fc.open_orders),
            when,
            _num(fc.pace_per_hour),
        )

    # ------------------------------------------------------------------ export / packers
    def _on_export_button_clicked(self) -> None:
        default = Path.home() / f"packstation-audit-{datetime.now():%Y%m%d-%H%M}.csv"
        path, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export audit log"), str(default), self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """Write the chosen window's audit records to ``path`` (worker thread); ``exported``."""
        source = self.source()
        if source is None:
            self.status.setText(self.tr("Waiting for the station's database to start…"))
            return
        db = source[0]
        since, until, _cutoff = self.bounds()

        def done(count: int) -> None:
            self.status.setText(
                self.tr("Exported {0} audit records to {1}").format(texts.count(count), path)
            )
            self.exported.emit(count, str(path))

        def failed(error: BaseException) -> None:
            self.status.setText(self.tr("Export failed: {0}").format(describe_error(error)))

        self.controller.tasks.run(
            lambda: db.audit.export_csv(path, since=since, until=until),
            lane=STATS_LANE,
            on_done=done,
            on_error=failed,
            owner=self,
            name="dashboard:export",
        )

    def _on_add_packer_button_clicked(self) -> None:
        self.window_.sign_in.ask_add_packer()


def _rates(groups: dict[str, Figures]) -> list[tuple[str, float]]:
    ranked = sorted(groups.values(), key=lambda f: -f.orders_per_hour)
    return [(f.key, round(f.orders_per_hour, 1)) for f in ranked]
