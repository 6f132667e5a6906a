"""Numbers, dates and weights in the window follow the chosen language's QLocale.

For German, Arabic, Hindi and Turkish: the scales panel's live weight, the inventory table's
"pushed at" date and its counts, and the dashboard's forecast line use the locale's decimal
separator, group separator and digits (for Arabic, ar_AE: Western digits, one style with
the labels and ids; ar_SA writes Arabic-Indic ones), as QLocale says, never an
f-string's "." and ASCII digits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.devices.weight import Reading, ScaleState, Weight, WeightUnit
from packstation.gui import i18n
from packstation.gui.models.inventory_model import InventoryTableModel
from packstation.gui.scales_panel import ScalesPanel
from packstation.gui.tasks import TaskRunner
from packstation.services.inventory import Position

pytestmark = pytest.mark.gui

LANGUAGES = ("de", "ar", "hi", "tr")
WHEN = dt.datetime(2026, 12, 5, 13, 7, tzinfo=dt.UTC)


@pytest.fixture(params=LANGUAGES)
def locale(
    request: pytest.FixtureRequest, qapp: QtWidgets.QApplication
) -> Iterator[QtCore.QLocale]:
    chosen = i18n.install(qapp, request.param)
    yield chosen
    i18n.install(qapp, "en_US")


def digits(locale: QtCore.QLocale, text: str) -> str:
    """``text`` (ASCII digits) written in the locale's digits."""
    zero = ord(locale.zeroDigit())
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in text)


def test_weight_on_the_scales_panel(
    qtbot: QtBot, tasks: TaskRunner, locale: QtCore.QLocale
) -> None:
    panel = ScalesPanel(tasks)
    qtbot.addWidget(panel)
    panel.unit_combo.setCurrentText(WeightUnit.KG.value)
    panel._show_reading(Reading(ScaleState.STABLE, Weight(Decimal("1.250"), WeightUnit.KG)))
    shown = panel.weight_label.text()
    assert shown == f"{locale.toString(1.25, 'f', 3)} kg"
    assert locale.decimalPoint() in shown
    assert digits(locale, "250") in shown
    if locale.language() in (QtCore.QLocale.Language.German, QtCore.QLocale.Language.Turkish):
        assert shown == "1,250 kg"
    if locale.language() == QtCore.QLocale.Language.Arabic:
        assert shown == "1.250 kg"  # ar_AE: Western digits, as on the label and the scale


def test_date_and_counts_in_the_inventory_table(locale: QtCore.QLocale) -> None:
    model = InventoryTableModel()
    model.set_positions(
        [Position("L1", "A-1", quantity=12345, pushed_quantity=7, sequence=4, pushed_at=WHEN)]
    )
    quantity = model.index(0, InventoryTableModel.COL_QUANTITY).data()
    pushed_at = model.index(0, InventoryTableModel.COL_PUSHED_AT).data()
    assert quantity == locale.toString(12345)
    expected_date = locale.toString(
        QtCore.QDateTime.fromSecsSinceEpoch(int(WHEN.timestamp())),
        QtCore.QLocale.FormatType.ShortFormat,
    )
    assert pushed_at == expected_date
    assert model.index(0, InventoryTableModel.COL_SEQUENCE).data() == digits(locale, "4")
    if locale.language() == QtCore.QLocale.Language.Arabic:
        assert quantity == "12,345"
        assert "2026" in pushed_at or "26" in pushed_at
    if locale.language() == QtCore.QLocale.Language.German:
        assert quantity == "12.345"
        assert pushed_at.startswith("05.12.26")


def test_forecast_line_counts_and_time(
    qtbot: QtBot, main_window: QtWidgets.QWidget, locale: QtCore.QLocale
) -> None:
    page = main_window.pages["dashboard"]  # type: ignore[attr-defined]
    cutoff = dt.datetime(2026, 12, 5, 16, 0).astimezone()
    fc = SimpleNamespace(cutoff=cutoff, open_orders=1200, will_miss=3, pace_per_hour=12.5)
    text = page._forecast_text(fc)
    assert locale.toString(1200) in text
    assert locale.toString(12.5, "f", 1) in text
    assert digits(locale, "16:00") in text
    if locale.language() == QtCore.QLocale.Language.Arabic:
        assert not any("\u0660" <= c <= "\u0669" for c in text)  # one digit style: Western
