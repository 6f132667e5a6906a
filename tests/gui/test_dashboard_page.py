"""The Dashboard page offscreen: figures from a real SQLite audit log, the forecast from an open
queue, the CSV export through the save dialog, and a screenshot (/tmp/dashboard.png)."""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.gui.chart import BarChartWidget, axis_ticks, nice_ceiling
from packstation.gui.main_window import MainWindow
from packstation.gui.pages.dashboard import DashboardPage, local_tz, window_bounds
from packstation.services.stats import FINISH_EVENT
from packstation.store import Database
from packstation.store.audit import append_in

WAIT = 15_000
INTERACTIVE = (
    QtWidgets.QLineEdit,
    QtWidgets.QAbstractButton,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractSpinBox,
)

# (minutes ago, packer, station, program, items, wait s, SLA missed)
ORDERS = [
    (290, "Asha", "bench-1", "EASY_SHIP", 1, 3.1, False),
    (270, "Asha", "bench-1", "EASY_SHIP", 2, 2.9, False),
    (250, "Ravi", "bench-2", "SELLER_FLEX", 3, 4.2, False),
    (230, "Asha", "bench-1", "SELF_SHIP", 1, 2.4, True),
    (200, "Ravi", "bench-2", "SELLER_FLEX", 1, 3.3, False),
    (170, "Meera", "bench-3", "EASY_SHIP", 2, 2.2, False),
    (150, "Asha", "bench-1", "EASY_SHIP", 1, 2.6, False),
    (130, "Meera", "bench-3", "EASY_SHIP", 4, 5.0, False),
    (110, "Ravi", "bench-2", "SELLER_FLEX", 2, 3.0, False),
    (95, "Asha", "bench-1", "EASY_SHIP", 1, 2.1, False),
    (80, "Meera", "bench-3", "SELF_SHIP", 1, 2.5, True),
    (60, "Asha", "bench-1", "EASY_SHIP", 2, 2.7, False),
    (45, "Ravi", "bench-2", "SELLER_FLEX", 1, 3.9, False),
    (30, "Asha", "bench-1", "EASY_SHIP", 1, 2.0, False),
    (15, "Meera", "bench-3", "EASY_SHIP", 3, 2.8, False),
    (5, "Asha", "bench-1", "EASY_SHIP", 1, 2.3, False),
]
# (minutes ago, packer, station, reason)
REFUSED = [(260, "Ravi", "bench-2", "wrong_item"), (100, "Asha", "bench-1", "over_scan")]
REFUSED += [(40, "Meera", "bench-3", "unknown_barcode")]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(f"sqlite:///{tmp_path / 'station.sqlite3'}")
    now = datetime.now(local_tz())

    def write(conn: Any) -> None:
        for n, (ago, who, station, program, items, wait, late) in enumerate(ORDERS):
            at = now - timedelta(minutes=ago)
            sid = f"S{n}"
            for k in range(items):
                append_in(
                    conn,
                    at - timedelta(seconds=30 - k),
                    "scan",
                    station=station,
                    who=who,
                    shipment_id=sid,
                    detail={"accepted": True, "sku": f"SKU-{k}", "program": program},
                )
            append_in(
                conn,
                at,
                "print_job",
                station=station,
                who=who,
                shipment_id=sid,
                detail={
                    "event": FINISH_EVENT,
                    "outcome": "printed",
                    "wait_s": wait,
                    "items": items,
                    "program": program,
                    "sla_miss": late,
                },
            )
        for ago, who, station, reason in REFUSED:
            append_in(
                conn,
                now - timedelta(minutes=ago),
                "scan",
                station=station,
                who=who,
                shipment_id="S0",
                detail={"accepted": False, "reason": reason, "program": "EASY_SHIP"},
            )

    database.run(write)
    yield database
    database.close()


def _open(due: datetime) -> Any:
    return SimpleNamespace(shipping_info=SimpleNamespace(expected_shipping_date_time_in_utc=due))


@pytest.fixture
def page(main_window: MainWindow, db: Database) -> DashboardPage:
    now = datetime.now(local_tz())
    day_end = now.replace(hour=23, minute=59, second=0, microsecond=0)
    queue = SimpleNamespace(
        shipments=[_open(min(now + timedelta(minutes=m), day_end)) for m in (10, 40, 70, 100)]
        + [_open(now + timedelta(days=2))]  # not due today
    )
    dashboard = main_window.pages["dashboard"]
    assert isinstance(dashboard, DashboardPage)
    dashboard.source = lambda: (db, queue)
    dashboard.window_selector.setCurrentIndex(dashboard.window_selector.findData("24h"))
    return dashboard


def missing_names(root: QtWidgets.QWidget) -> list[str]:
    return [
        f"{type(w).__name__}:{w.objectName()}"
        for w in root.findChildren(QtWidgets.QWidget)
        if w.isVisibleTo(root)
        and isinstance(w, INTERACTIVE)
        and not w.objectName().startswith("qt_")
        and not (w.objectName() and w.accessibleName())
    ]


def test_dashboard_shows_figures_plots_and_forecast(
    qtbot: QtBot, main_window: MainWindow, page: DashboardPage
) -> None:
    main_window.resize(1400, 900)
    main_window.show()
    qtbot.waitExposed(main_window)
    with qtbot.waitSignal(page.refreshed, timeout=WAIT) as blocker:
        main_window.show_section("dashboard")
    snap = blocker.args[0]
    assert page.objectName() == "dashboardView"
    assert main_window.stack.currentWidget() is page

    # 16 orders, 27 items, 3 refused scans, 2 SLA misses, in the last 24 hours.
    assert page.tiles["orders"].value.text() == "16"
    assert page.tiles["errors"].value.text() == "3"
    assert page.tiles["sla"].value.text() == "2"
    assert snap.stats.total.items == sum(o[4] for o in ORDERS)
    mean_wait = sum(o[5] for o in ORDERS) / len(ORDERS)
    assert page.tiles["wait"].value.text() == f"{mean_wait:.1f} s"
    # Asha: 8 orders; Meera 4 (1 per active hour in her 4 hours at most).
    packers = dict(page.packer_chart.bars)
    assert set(packers) == {"Asha", "Ravi", "Meera"}
    asha = snap.stats.per_packer["Asha"]
    assert asha.orders == 8
    assert packers["Asha"] == round(asha.orders_per_hour, 1)
    assert dict(page.program_chart.bars) == {"Easy Ship": 10, "Self Ship": 2, "Seller Flex": 4}
    assert len(page.hour_chart.bars) == 24
    assert sum(v for _k, v in page.hour_chart.bars) == 16
    assert set(dict(page.station_chart.bars)) == {"bench-1", "bench-2", "bench-3"}

    # The forecast line: 4 open orders due today, the 5th is due in two days.
    fc = snap.forecast
    assert fc.open_orders == 4
    text = page.forecast_label.text()
    match = re.fullmatch(
        r"(\d+) of 4 open orders will miss today's (\d\d:\d\d) pickup at the current pace of "
        r"([\d.]+)/h",
        text,
    )
    assert match is not None, text
    assert int(match[1]) == fc.will_miss
    assert match[2] == page.pickup_time.time().toString("HH:mm")
    assert float(match[3]) == pytest.approx(fc.pace_per_hour, abs=0.05)
    assert page.forecast_label.property("level") == ("error" if fc.will_miss else "ok")
    assert missing_names(page) == []

    path = Path(os.environ.get("DASHBOARD_SCREENSHOT", "/tmp/dashboard.png"))
    assert main_window.grab().save(str(path))


def test_window_and_pickup_change_the_figures(
    qtbot: QtBot, main_window: MainWindow, page: DashboardPage
) -> None:
    main_window.show()
    with qtbot.waitSignal(page.refreshed, timeout=WAIT):
        main_window.show_section("dashboard")
    # The last 8 hours hold every order too; a pickup at 00:00 has passed: all four miss.
    page.window_selector.setCurrentIndex(page.window_selector.findData("8h"))
    page.pickup_time.setTime(QtCore.QTime(0, 0))
    with qtbot.waitSignal(page.refreshed, timeout=WAIT) as blocker:
        page.refresh_button.click()
    snap = blocker.args[0]
    assert len(page.hour_chart.bars) == 8
    assert snap.forecast.will_miss == 4
    assert page.forecast_label.text().startswith("4 of 4 open orders will miss today's 00:00")


def test_export_audit_csv_through_the_save_dialog(
    qtbot: QtBot,
    main_window: MainWindow,
    page: DashboardPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "export" / "audit.csv"
    asked: list[str] = []

    def save_dialog(*args: Any, **_kwargs: Any) -> tuple[str, str]:
        asked.append(str(args[1]))
        return str(target), "CSV files (*.csv)"

    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", save_dialog)
    main_window.show()
    with qtbot.waitSignal(page.exported, timeout=WAIT) as blocker:
        page.export_button.click()
    count, written = blocker.args
    assert asked == ["Export audit log"]
    assert written == str(target)
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    scans = sum(o[4] for o in ORDERS) + len(REFUSED)
    assert count == len(rows) == len(ORDERS) + scans
    assert {r["kind"] for r in rows} == {"scan", "print_job"}
    assert "Exported" in page.status.text()


def test_dashboard_waits_for_the_database(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    main_window.show()
    main_window.show_section("dashboard")
    assert "Waiting" in page.status.text()
    assert page.forecast_label.text() == ""


def test_window_bounds_and_chart_axis() -> None:
    now = datetime(2026, 3, 2, 14, 25, tzinfo=local_tz())
    since, until = window_bounds("today", now)
    assert since == now.replace(hour=0, minute=0, second=0)
    assert until > now
    assert window_bounds("8h", now)[0] == now.replace(hour=7, minute=0, second=0)
    assert [nice_ceiling(v) for v in (0, 0.7, 3, 7, 12, 26)] == [1, 0.8, 3, 8, 15, 30]
    assert axis_ticks(5, whole=True) == [0, 2, 4, 6]
    assert axis_ticks(10, whole=True) == [0, 5, 10]
    assert axis_ticks(1.6) == [0, 0.5, 1.0, 1.5, 2.0]


def test_chart_paints_and_describes_its_bars(qtbot: QtBot) -> None:
    chart = BarChartWidget("Per packer", "chartTest", "orders/h")
    qtbot.addWidget(chart)
    chart.resize(400, 220)
    chart.show()
    assert chart.grab().size().width() == 400  # empty: "No data yet"
    chart.set_data([("Asha", 4.5), ("Ravi", 2.0)], highlight={0})
    assert "Asha 4.5" in chart.accessibleDescription()
    image = chart.grab().toImage()
    # The tallest bar is drawn in the strong colour somewhere in the plot.
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    }
    assert "#1f6feb" in colours
    assert "#9ab8e8" in colours
