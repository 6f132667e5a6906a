"""The Pack page and its lines model, offscreen, with real PackingSessions (no server)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.domain.pack_state import Event, PackState
from packstation.domain.shipments import Shipment
from packstation.gui.main_window import MainWindow
from packstation.gui.models.pack_lines import PackLine, PackLinesModel
from packstation.sandbox import data
from packstation.services.packing import PackingSession
from packstation.services.workflow import PackingWorkflow

EPOCH = 1_790_000_000.0
SEED = 7


@functools.cache
def shipment(index: int) -> Shipment:
    return Shipment.model_validate(data.shipment_base(SEED, index, EPOCH))


def find(predicate: Any, start: int = 0) -> Shipment:
    for i in range(start, start + 400):
        s = shipment(i)
        if predicate(s):
            return s
    raise AssertionError("no such sandbox shipment")


def gtin(item: Any) -> str:
    return next(a.value for a in item.custom_attributes if a.key == "gtin")


def serial_required(item: Any) -> bool:
    return str(item.compliance_attributes.serial_number_requirement) == "REQUIRED"


def simple(s: Shipment) -> bool:
    return (
        len(s.line_items) == 1
        and not serial_required(s.line_items[0])
        and str(s.line_items[0].piece_type) != "MULTIPLE"  # one package per piece
        and str(s.status) == "ACCEPTED"
    )


def catalogue() -> dict[str, str]:
    return {item.gtin: item.sku for item in data.catalogue(SEED)}


@pytest.fixture
def page(qtbot: QtBot, main_window: MainWindow) -> Any:
    main_window.show()
    main_window.show_section("pack")
    pack = main_window.pages["pack"]
    pack.sounds.enabled = False
    return pack


def played(page: Any) -> list[str]:
    out: list[str] = []
    page.sounds.played.connect(out.append)
    return out


def test_lines_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    s = find(lambda s: len(s.line_items) >= 2)
    model = PackLinesModel()
    model.set_lines(PackLine.from_line_item(item) for item in s.line_items)
    qtmodeltester.check(model, force_py=True)
    line = model.lines()[0]
    model.update_line(line.line_id, scanned=1)
    assert model.index(0, PackLinesModel.COL_SCANNED).data() == "1"
    assert model.totals()[0] == 1


def test_a_scan_announces_only_the_cells_it_changes() -> None:
    s = find(lambda s: any(i.number_of_units >= 3 for i in s.line_items))
    model = PackLinesModel()
    model.set_lines(PackLine.from_line_item(item) for item in s.line_items)
    line = next(x for x in model.lines() if x.expected >= 3)
    row = model.row_of(line.line_id)
    changed: list[tuple[int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), a.column(), b.column())))
    last = PackLinesModel.COLUMN_COUNT - 1
    model.update_line(line.line_id, scanned=1)  # the row turns amber: all of it
    model.update_line(line.line_id, scanned=2)  # only the count
    model.update_line(line.line_id, scanned=2)  # nothing changed
    model.update_line(line.line_id, scanned=line.expected)  # complete: green, all of it
    model.update_line(line.line_id, serials=["SN1"])  # only the serials cell
    scanned, serials = PackLinesModel.COL_SCANNED, PackLinesModel.COL_SERIALS
    assert changed == [
        (row, 0, last),
        (row, scanned, scanned),
        (row, 0, last),
        (row, serials, serials),
    ]


def test_multi_data_answers_every_role_as_data_does() -> None:
    """Views paint through multiData (one call per cell); it must agree with data()."""
    s = find(lambda s: len(s.line_items) >= 2)
    model = PackLinesModel()
    model.set_lines(PackLine.from_line_item(item) for item in s.line_items)
    first = model.lines()[0]
    model.update_line(first.line_id, scanned=first.expected)  # complete: colours, fonts
    model.update_line(model.lines()[1].line_id, scanned=1)  # partly scanned
    Role = QtCore.Qt.ItemDataRole
    roles = [
        Role.DisplayRole,
        Role.ToolTipRole,
        Role.BackgroundRole,
        Role.ForegroundRole,
        Role.FontRole,
        Role.TextAlignmentRole,
        Role.DecorationRole,
        Role.CheckStateRole,
        PackLinesModel.LineIdRole,
        PackLinesModel.CompleteRole,
    ]
    answered = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                number = role if isinstance(role, int) else role.value
                item = QtCore.QModelRoleData(number)
                index.multiData(QtCore.QModelRoleDataSpan(item))  # through Qt, as a view asks
                expected = model.data(index, number)
                assert item.data() == expected, (row, column, role)
                answered += expected is not None
    assert answered > 3 * model.rowCount() * model.columnCount()


def test_the_lines_table_paints_without_a_call_per_role(qtbot: QtBot) -> None:
    asked: list[int] = []

    class Counting(PackLinesModel):
        def data(self, index: Any, role: int = 0) -> Any:
            asked.append(role)
            return super().data(index, role)

    s = find(lambda s: len(s.line_items) >= 2)
    model = Counting()
    model.set_lines(PackLine.from_line_item(item) for item in s.line_items)
    view = QtWidgets.QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(700, 300)
    image = view.grab().toImage()
    assert not image.isNull()
    assert asked == []  # every cell came through multiData, one call each


def test_scans_are_verified_refused_loudly_and_counted(qtbot: QtBot, page: Any) -> None:
    s = find(lambda s: simple(s) and s.line_items[0].number_of_units == 1)
    page.show_session(PackingSession(s, catalogue=catalogue()))
    sounds = played(page)
    field_ = page.findChild(QtWidgets.QLineEdit, "scanInput")
    assert field_.hasFocus() or field_.isVisible()
    other = next(i for i in data.catalogue(SEED) if i.sku != s.line_items[0].merchant_sku)

    def scan(code: str) -> None:
        field_.setText(code)
        qtbot.keyClick(field_, QtCore.Qt.Key.Key_Return)

    scan(other.gtin)  # wrong item
    assert field_.property("feedback") == "error"
    assert "WRONG ITEM" in page.feedback.text()
    scan("garbage-code-123")  # unknown
    assert "UNKNOWN BARCODE" in page.feedback.text()
    scan(gtin(s.line_items[0]))  # right item
    assert field_.property("feedback") == "ok"
    assert page.lines_model.index(0, PackLinesModel.COL_SCANNED).data() == "1"
    scan(gtin(s.line_items[0]))  # over-scan
    assert "TOO MANY" in page.feedback.text()
    assert sounds == ["error", "error", "done", "error"]
    assert "refused 3 (wrong item 1, too many 1, unknown 1)" in page.counters.text()


def test_serial_numbers_are_captured_where_required(qtbot: QtBot, page: Any) -> None:
    s = find(lambda s: any(serial_required(i) for i in s.line_items))
    session = PackingSession(s, catalogue=catalogue())
    page.show_session(session)
    line = next(i for i in s.line_items if serial_required(i))
    page.handle_scan(gtin(line))
    assert "serial" in page.feedback.text().lower()
    page.handle_scan("490154203237517")  # IMEI with a bad check digit
    assert page.scan_input.property("feedback") == "error"
    good = data.make_imei(__import__("random").Random(1), "35123456")
    page.handle_scan(good)
    assert page.scan_input.property("feedback") == "ok"
    assert session.lines[line.shipment_line_item_id].serials == [good]
    row = page.lines_model.row_of(line.shipment_line_item_id)
    assert page.lines_model.index(row, PackLinesModel.COL_SERIALS).data().startswith("1 of")


def test_finish_is_refused_until_packed_and_dimensions_set(qtbot: QtBot, page: Any) -> None:
    s = find(simple)
    page.show_session(PackingSession(s, catalogue=catalogue()))
    qtbot.keyClick(page.scan_input, QtCore.Qt.Key.Key_F12)
    assert "Not ready" in page.feedback.text()
    assert page.state == "packing"


@dataclass
class FakeResult:
    shipment_id: str
    tracking_ids: list[str] = field(default_factory=lambda: ["TRK1"])
    invoice: bytes | None = None
    invoice_format: str = "PDF"
    documents: tuple[str, ...] = ()


def test_finish_progress_and_label_printed_state(qtbot: QtBot, page: Any) -> None:
    s = find(lambda s: simple(s) and s.marketplace_attributes.channel_name == "FBA")
    session = PackingSession(s, catalogue=catalogue())
    page.show_session(session)
    for _ in range(session.expected_units):
        page.handle_scan(gtin(s.line_items[0]))
    for edit, text in (
        (page.length_input, "30"),
        (page.width_input, "20"),
        (page.height_input, "10"),
        (page.weight_input, "1.25"),
    ):
        qtbot.keyClicks(edit, text)  # typed, as a packer types
    # No runtime: the controller answers finish_failed ("not connected"); the page goes back.
    page.finish()
    assert page.state == "packing"
    assert "Not connected" in page.feedback.text()
    assert session.current_package.weight is not None
    # The controller's signals drive the steps and the final state.
    page._move(Event.FINISH_STARTED)
    page._step_items = {}
    c = page.controller
    c.finish_progress.emit("createPackages", "creating 1 package(s)")
    c.finish_progress.emit("generateShipLabels", "generating")
    assert page.steps.count() == 2
    assert page.steps.item(0).text().startswith("✔")
    with qtbot.waitSignal(page.finished):
        c.finish_done.emit(FakeResult(s.id))
    assert page.state == "printed"
    assert "Label printed" in page.finish_state.text()
    assert page.reprint_button.isEnabled()


def test_the_invoice_is_shown_in_the_pass_after_label_printed(qtbot: QtBot, page: Any) -> None:
    from PySide6.QtPdf import QPdfDocument

    from packstation.sandbox.documents import invoice_pdf

    s = find(simple)
    page.show_session(PackingSession(s, catalogue=catalogue()))
    page._move(Event.FINISH_STARTED)
    invoice = invoice_pdf(s.model_dump(by_alias=True, mode="json", exclude_none=True), "IN")
    with qtbot.waitSignal(page.finished):
        page.controller.finish_done.emit(FakeResult(s.id, invoice=invoice))
    # "Label printed" is on screen before the PDF is parsed...
    assert page.state == "printed"
    assert page.pdf.status() != QPdfDocument.Status.Ready
    with qtbot.waitSignal(page.invoice_shown) as shown:
        pass
    # ...and the invoice follows in the next pass of the event loop.
    assert shown.args == [s.id]
    assert page.pdf.status() == QPdfDocument.Status.Ready
    assert page.pdf.pageCount() >= 1
    # The next shipment's side panel closes it.
    page.show_session(PackingSession(find(simple, 40), catalogue=catalogue()))
    assert page.pdf.status() != QPdfDocument.Status.Ready


def test_no_invoice_of_a_finished_shipment_once_the_next_is_open(qtbot: QtBot, page: Any) -> None:
    from PySide6.QtPdf import QPdfDocument

    from packstation.sandbox.documents import invoice_pdf

    s = find(simple)
    page.show_session(PackingSession(s, catalogue=catalogue()))
    page._move(Event.FINISH_STARTED)
    invoice = invoice_pdf(s.model_dump(by_alias=True, mode="json", exclude_none=True), "IN")
    page.controller.finish_done.emit(FakeResult(s.id, invoice=invoice))
    page.show_session(PackingSession(find(simple, 40), catalogue=catalogue()))  # same pass
    qtbot.wait(20)
    assert page.pdf.status() != QPdfDocument.Status.Ready


def test_cancellation_mid_pack_blocks_with_put_items_back(qtbot: QtBot, page: Any) -> None:
    s = find(simple)
    page.show_session(PackingSession(s, catalogue=catalogue()))
    page.handle_scan(gtin(s.line_items[0]))
    cancelled = s.model_copy(update={"status": "CANCELLED"})
    page.controller.shipment_updated.emit(cancelled)
    qtbot.waitUntil(page.cancelled_box.isVisible)
    assert "put the items back" in page.cancelled_box.text()
    assert page.cancelled_box.isModal()
    assert page.state == "cancelled"
    assert not page.finish_button.isEnabled()
    page.cancelled_box.accept()


def test_reject_button_only_where_allowed(page: Any) -> None:
    allowed = find(
        lambda s: "ACCEPTED" in (s.shipment_info.order_states_eligible_for_rejection or [])
    )
    page.show_session(PackingSession(allowed))
    assert page.reject_button.isEnabled()
    page.ask_reject()
    dialog = page.reject_dialog
    reason, lines = dialog.chosen()
    assert reason == "OUT_OF_STOCK"
    assert sum(lines.values()) == allowed.shipment_info.number_of_units
    skus = {item.merchant_sku for item in allowed.line_items}
    assert dialog.stock_correction() == dict.fromkeys(skus, 0)
    dialog.correction.setChecked(False)
    assert dialog.stock_correction() == {}
    dialog.grab().save("/tmp/reject_dialog.png")
    dialog.reject()
    barred = allowed.model_copy(update={"status": "SHIPLABEL_GENERATED"})
    page.show_session(PackingSession(barred))
    assert not page.reject_button.isEnabled()


def test_box_preset_action_barcode_and_packages(page: Any) -> None:
    s = find(simple)
    session = PackingSession(s)
    page.show_session(session)
    page.handle_scan("PS:BOX:M")
    assert page.length_input.text() == "30"
    page.handle_scan("PS:NEXT-PACKAGE")
    assert len(session.packages) == 2
    assert page.package_selector.count() == 2


def test_gift_and_hazmat_cues_are_shown(page: Any) -> None:
    s = find(
        lambda s: (
            any(i.hazmat_labels for i in s.line_items)
            or any(
                i.gift_attributes and str(i.gift_attributes.gift_wrap_requirement) == "REQUIRED"
                for i in s.line_items
            )
        )
    )
    page.show_session(PackingSession(s))
    assert page.cues.isVisible()
    assert any(word in page.cues.text() for word in ("GIFT", "HAZMAT"))


def test_opening_another_shipment_keeps_the_page_geometry(qtbot: QtBot, page: Any) -> None:
    """Cues or none, one header line or two, Self Ship or not: the lines, the scan field and
    Finish stay where they were, so opening a shipment repaints texts, not the whole page."""
    from packstation.services.packing import program_of

    plain = find(
        lambda s: simple(s) and not PackingSession(s).cues() and program_of(s) != "SELF_SHIP"
    )
    busy = find(lambda s: len(PackingSession(s).cues()) == 1 and program_of(s) == "SELF_SHIP")
    page.show_session(PackingSession(plain))
    qtbot.wait(20)
    assert page.cues.isVisible()
    assert page.cues.property("cues") == "none"
    assert not page.self_ship_box.isVisible()
    widgets = (page.scan_input, page.lines_view, page.finish_button, page.steps)

    def places() -> list[Any]:
        return [w.mapTo(page, QtCore.QPoint(0, 0)) for w in widgets] + [w.size() for w in widgets]

    before = places()
    page.show_session(PackingSession(busy))
    qtbot.wait(20)
    assert page.cues.property("cues") == "shown"
    assert page.self_ship_box.isVisible()
    assert places() == before
    page.show_session(PackingSession(plain))
    qtbot.wait(20)
    assert places() == before


def test_finish_and_reject_look_disabled_when_nothing_is_open(qtbot: QtBot, page: Any) -> None:
    """The style sheet's green Finish (and red-bordered Reject) must not hide that they are
    off: the packer would press a Finish that does nothing."""

    def pixel(button: Any, x: int) -> Any:
        image = button.grab().toImage()
        return image.pixelColor(x, image.height() // 2)

    assert page.session is None
    assert not page.finish_button.isEnabled()
    assert not page.reject_button.isEnabled()
    qtbot.wait(20)
    finish = pixel(page.finish_button, 6)
    assert finish.green() - finish.red() < 20  # grey, not green
    border = pixel(page.reject_button, 1)
    assert border.red() - border.green() < 40  # grey, not red
    s = find(lambda s: simple(s) and PackingWorkflow.can_reject(s))
    page.show_session(PackingSession(s, catalogue=catalogue()))
    qtbot.waitUntil(page.finish_button.isEnabled)
    assert page.reject_button.isEnabled()
    finish = pixel(page.finish_button, 6)
    assert finish.green() - finish.red() > 60  # green once there is something to finish
    border = pixel(page.reject_button, 1)
    assert border.red() - border.green() > 100  # and Reject red-bordered


def test_pack_page_right_to_left(qtbot: QtBot, page: Any, main_window: MainWindow) -> None:
    app = QtWidgets.QApplication.instance()
    assert isinstance(app, QtWidgets.QApplication)
    app.setLayoutDirection(QtCore.Qt.LayoutDirection.RightToLeft)
    try:
        page.show_session(PackingSession(find(simple)))
        qtbot.waitExposed(main_window)
        assert not main_window.grab().isNull()
    finally:
        app.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)


def test_pack_widgets_are_named(page: Any) -> None:
    page.show_session(PackingSession(find(simple)))
    for name in (
        "scanInput",
        "packLinesView",
        "finishButton",
        "rejectButton",
        "reprintButton",
        "invoicePreview",
        "weightDisplay",
    ):
        widget = page.findChild(QtWidgets.QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_an_opened_shipment_is_shown_in_the_next_pass_and_in_order(qtbot: QtBot, page: Any) -> None:
    """The controller's answer is shown one event-loop pass later (its paint is a pass of its
    own); two answers arriving together are both shown, in order."""
    from packstation.gui.pack_controller import pack_controller_of

    controller = pack_controller_of(page.window_)
    first, second = (find(simple, start) for start in (0, 60))
    assert first.id != second.id
    shown: list[str] = []
    page.session_shown.connect(shown.append)
    controller.shipment_opened.emit(PackingSession(first, catalogue=catalogue()))
    assert page.session is None or page.session.shipment_id != first.id  # not yet
    controller.shipment_opened.emit(PackingSession(second, catalogue=catalogue()))
    assert shown == [first.id]  # the first is shown before the second is queued
    with qtbot.waitSignal(page.session_shown, timeout=5_000):
        pass
    assert shown == [first.id, second.id]
    assert page.session is not None
    assert page.session.shipment_id == second.id
    assert page.state == "packing"


def test_an_opened_shipment_is_shown_in_two_frames_lines_first(qtbot: QtBot, page: Any) -> None:
    """Header and lines first; the side panel (packages, buttons) from a zero timer, which Qt
    runs once the first part is painted. Changing state before then brings it up first."""
    from packstation.gui.pack_controller import pack_controller_of

    controller = pack_controller_of(page.window_)
    first = find(simple)
    shown: list[str] = []
    page.session_shown.connect(shown.append)
    controller.shipment_opened.emit(PackingSession(first, catalogue=catalogue()))
    page._on_show_opened()  # what the zero timer runs
    assert first.id in page.header.text()
    assert page.lines_model.rowCount() == len(first.line_items)
    assert page.state == "packing"
    assert not page.finish_button.isEnabled()  # the side panel comes next
    assert shown == []
    with qtbot.waitSignal(page.session_shown, timeout=5_000):
        pass
    assert shown == [first.id]
    assert page.finish_button.isEnabled()
    assert page.package_selector.count() == 1

    second = find(simple, 60)
    controller.shipment_opened.emit(PackingSession(second, catalogue=catalogue()))
    page._on_show_opened()
    page.put_aside()  # before its side panel's frame: the page shows no shipment, at once
    assert page.state == "idle"
    assert "No shipment open" in page.header.text()
    assert not page.finish_button.isEnabled()
    qtbot.wait(50)  # nothing of the put-aside shipment comes later
    assert shown == [first.id]
    assert page.package_selector.count() == 0


def test_every_finish_step_has_a_title() -> None:
    """The steps are services.workflow.FinishStep; the page only titles them, each one."""
    from packstation.gui.pages.pack import FINISH_STEP_TITLES
    from packstation.services.workflow import FinishStep

    assert list(FINISH_STEP_TITLES) == list(FinishStep)
    assert all(isinstance(title, str) and title for title in FINISH_STEP_TITLES.values())


def _enabled(page: Any) -> dict[str, bool]:
    return {
        name: getattr(page, name).isEnabled()
        for name in ("finish_button", "aside_button", "reprint_button", "weight_input")
    }


def test_scans_finish_and_reprint_in_the_wrong_state_are_refused(qtbot: QtBot, page: Any) -> None:
    """What a packer does in the wrong state is refused as it always was: nothing open, while
    the finish runs, once the label printed, after the marketplace cancelled."""
    # Nothing open: F12 and a weight are refused, a scan is taken as a shipment to open.
    assert page.state == PackState.IDLE
    page.finish()
    assert "Nothing to finish" in page.feedback.text()
    page.handle_scan("PS:W:1.2")
    assert "Nothing to weigh" in page.feedback.text()
    page.handle_scan("NOT-IN-THE-QUEUE")
    assert "not a shipment, order or item in the queue" in page.feedback.text()
    assert page.state == "idle"

    s = find(lambda s: simple(s) and s.line_items[0].number_of_units >= 2)
    session = PackingSession(s, catalogue=catalogue())
    page.show_session(session)
    assert _enabled(page) == {
        "finish_button": True,
        "aside_button": True,
        "reprint_button": False,
        "weight_input": True,
    }
    # Reprint while packing: the button is off; Ctrl+P reaches the controller, which refuses.
    page.reprint()
    assert page.scan_input.property("feedback") == "error"
    assert page.state == "packing"

    # While the finish runs: a scan waits, F12, a box and put aside do nothing.
    page._move(Event.FINISH_STARTED)
    assert _enabled(page) == dict.fromkeys(_enabled(page), False)
    page.handle_scan(gtin(s.line_items[0]))
    assert "Wait: the shipment is being finished" in page.feedback.text()
    assert session.scanned_units == 0
    page.finish()
    assert "Nothing to finish" in page.feedback.text()
    page.handle_scan("PS:BOX:M")
    assert page.length_input.text() == ""
    page.put_aside()
    assert page.session is session
    assert page.state == "finishing"
    # Ctrl+P and PS:REPRINT while the finish prints never reach the printer: no second job.
    reprints: list[str] = []
    page.controller.reprint = reprints.append
    page.reprint()
    page.handle_scan("PS:REPRINT")
    assert reprints == []
    assert "being printed" in page.feedback.text()
    del page.controller.reprint

    # Printed: the shipment takes no more scans, F12 nothing; Reprint is on.
    with qtbot.waitSignal(page.finished):
        page.controller.finish_done.emit(FakeResult(s.id))
    assert page.state == "printed"
    assert _enabled(page) == {
        "finish_button": False,
        "aside_button": False,
        "reprint_button": True,
        "weight_input": False,
    }
    page.handle_scan(gtin(s.line_items[0]))  # a label check, or a shipment to open
    assert session.scanned_units == 0
    assert "OK" not in page.feedback.text()
    page.finish()
    assert "Nothing to finish" in page.feedback.text()
    assert page.state == "printed"

    # Cancelled by the marketplace: an item scan is not applied, F12 is refused.
    cancelled = find(lambda s: simple(s) and s.line_items[0].number_of_units >= 2, 60)
    session = PackingSession(cancelled, catalogue=catalogue())
    page.show_session(session)
    page.controller.shipment_updated.emit(cancelled.model_copy(update={"status": "CANCELLED"}))
    qtbot.waitUntil(page.cancelled_box.isVisible)
    page.cancelled_box.accept()
    assert page.state == "cancelled"
    assert _enabled(page) == dict.fromkeys(_enabled(page), False)
    page.handle_scan(gtin(cancelled.line_items[0]))
    assert session.scanned_units == 0
    page.finish()
    assert "Nothing to finish" in page.feedback.text()


def test_a_failed_open_with_nothing_on_screen_fails_and_the_next_scan_opens(page: Any) -> None:
    page.open_shipment("FAKE-SHIPMENT")  # no runtime: the controller answers open_failed
    assert page.state == "failed"
    assert "Cannot open FAKE-SHIPMENT" in page.feedback.text()
    assert not page.finish_button.isEnabled()
    assert not page.reprint_button.isEnabled()  # nothing was printed
    page.handle_scan("NOT-IN-THE-QUEUE")
    assert "not a shipment, order or item in the queue" in page.feedback.text()


def test_a_reject_confirmed_after_the_marketplace_cancelled_is_not_sent(
    qtbot: QtBot, page: Any
) -> None:
    """The reject dialog was open when the cancellation arrived: its OK no longer rejects
    (the page used to start a reject of the cancelled shipment and wait for it)."""
    s = find(lambda s: simple(s) and PackingWorkflow.can_reject(s))
    page.show_session(PackingSession(s, catalogue=catalogue()))
    page.ask_reject()
    dialog = page.reject_dialog
    page.controller.shipment_updated.emit(s.model_copy(update={"status": "CANCELLED"}))
    qtbot.waitUntil(page.cancelled_box.isVisible)
    page.cancelled_box.accept()
    rejects: list[str] = []
    page.controller.reject_failed.connect(lambda sid, _msg: rejects.append(sid))
    dialog.accept()
    assert page.state == "cancelled"
    assert rejects == []
    assert "Rejecting" not in page.feedback.text()


def test_a_transition_the_table_does_not_allow_raises(page: Any) -> None:
    from packstation.domain.pack_state import IllegalTransition

    page.show_session(PackingSession(find(simple)))
    with pytest.raises(IllegalTransition, match="'packing' cannot take event 'printed'"):
        page._move(Event.PRINTED)
    assert page.state == "packing"
    assert page.property("packState") == "packing"


def test_a_failed_open_while_packing_another_leaves_no_page_stuck_opening(page: Any) -> None:
    """Packing A, the packer opens B, and B cannot be opened: A was put aside, so it leaves the
    screen with a sentence saying so, and the next scan is taken (the page used to stay in
    'opening' with A shown, answering every scan 'Wait: the shipment is being finished')."""
    s = find(lambda s: simple(s) and s.line_items[0].number_of_units >= 2)
    page.show_session(PackingSession(s, catalogue=catalogue()))
    page.open_shipment("FAKE-SHIPMENT")  # no runtime: the controller answers open_failed
    assert page.state == "failed"
    assert page.session is None
    assert "Cannot open FAKE-SHIPMENT" in page.feedback.text()
    assert f"{s.id} is put aside" in page.feedback.text()
    page.handle_scan("NOT-IN-THE-QUEUE")
    assert "not a shipment, order or item in the queue" in page.feedback.text()


def test_a_late_reject_answer_leaves_the_shipment_opened_since_on_screen(page: Any) -> None:
    first = find(lambda s: simple(s) and PackingWorkflow.can_reject(s))
    second = find(lambda s: simple(s) and s.id != first.id)
    page.show_session(PackingSession(second, catalogue=catalogue()))
    page.controller.reject_done.emit(first.id)
    assert page.session is not None
    assert page.session.shipment_id == second.id
    assert page.state == "packing"
    assert f"{first.id} rejected" in page.feedback.text()
