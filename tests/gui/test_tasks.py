"""The task runner: work off the GUI thread, results on it, lanes in order."""

from __future__ import annotations

import threading
from concurrent.futures import CancelledError

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.gui.tasks import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, tasks: TaskRunner) -> None:
    gui_thread = threading.current_thread()
    seen: dict[str, object] = {}

    def job(x: int) -> int:
        seen["job_thread"] = threading.current_thread()
        return x * 2

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_thread"] = threading.current_thread()

    tasks.run(job, 21, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["job_thread"] is not gui_thread
    assert seen["callback_thread"] is gui_thread


def test_errors_reach_on_error_or_job_failed(qtbot: QtBot, tasks: TaskRunner) -> None:
    errors: list[BaseException] = []

    def boom() -> None:
        raise OSError("printer offline")

    tasks.run(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "printer offline"
    with qtbot.waitSignal(tasks.job_failed) as blocker:
        tasks.run(boom, name="print label")
    assert blocker.args[0] == "print label"


def test_a_lane_runs_its_jobs_one_at_a_time_in_order(qtbot: QtBot, tasks: TaskRunner) -> None:
    order: list[int] = []
    active = [0]
    overlaps = [0]
    lock = threading.Lock()

    def job(n: int) -> int:
        with lock:
            active[0] += 1
            overlaps[0] = max(overlaps[0], active[0])
        threading.Event().wait(0.01)  # hold the device for a moment, as a real print would
        with lock:
            active[0] -= 1
            order.append(n)
        return n

    for n in range(8):
        tasks.run(job, n, lane="printer:label")
    qtbot.waitUntil(lambda: len(order) == 8)
    assert order == list(range(8))
    assert overlaps[0] == 1


def test_progress_is_delivered(qtbot: QtBot, tasks: TaskRunner) -> None:
    steps: list[str] = []

    def job(progress: object) -> None:
        for step in ("confirm", "packages", "label"):
            progress(step)  # type: ignore[operator]

    tasks.run(job, on_progress=steps.append)
    qtbot.waitUntil(lambda: len(steps) == 3)
    assert steps == ["confirm", "packages", "label"]


def test_deleted_owner_gets_no_callback(qtbot: QtBot, tasks: TaskRunner) -> None:
    owner = QtWidgets.QLabel()
    release = threading.Event()
    called: list[object] = []
    future = tasks.run(release.wait, 5, on_done=called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    future.result(timeout=5)
    qtbot.waitUntil(lambda: not tasks.busy)
    assert called == []


def test_busy_signal_and_shutdown(qtbot: QtBot) -> None:
    runner = TaskRunner()
    with qtbot.waitSignals([runner.busy_changed, runner.busy_changed]):
        runner.run(lambda: None)
    runner.shutdown()
    with pytest.raises(RuntimeError, match="shut down"):
        runner.run(lambda: None)


def _alive(obj: object) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


class _Paints(QtCore.QObject):
    def __init__(self, widget: QtWidgets.QWidget, order: list[str]) -> None:
        super().__init__(widget)
        self.order = order
        widget.installEventFilter(self)

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint:
            self.order.append("paint")
        return False


def test_a_job_starts_after_the_frame_that_submitted_it(qtbot: QtBot, tasks: TaskRunner) -> None:
    """A worker started at once would compete with the GUI thread for the GIL while it paints."""
    label = QtWidgets.QLabel("before")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    qtbot.wait(20)
    order: list[str] = []
    _Paints(label, order)

    def slot() -> None:
        label.setText("finishing…")  # asks for a repaint
        tasks.run(lambda: order.append("job"), name="after-paint")

    QtCore.QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: "job" in order)
    assert order[0] == "paint"


def test_shutdown_starts_or_cancels_jobs_still_waiting_for_the_frame(qtbot: QtBot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    ran: list[int] = []
    first = runner.run(release.wait, 5, lane="db")
    second = runner.run(ran.append, 2, lane="db")  # queued behind the first
    runner.shutdown(wait=False)
    release.set()
    assert first.result(timeout=5) is True
    with pytest.raises(CancelledError):
        second.result(timeout=5)
    assert ran == []
