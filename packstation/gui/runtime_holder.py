"""The window's hold on the running parts: one :class:`RuntimeHolder` per window.

:class:`RuntimeHolder` builds the :class:`~packstation.services.runtime.Runtime` (EF client,
queue, packing workflow, journal, printers, scale) with ``Runtime.from_settings`` on a worker
thread, exposes it typed (``holder.runtime``), closes it with the window, and keeps what the
whole window shares: the queue sync (rows built off the GUI thread, so a sync of 10,000
shipments costs the GUI thread only the model's row insertions), the scale's readings and the
label printer's state. :meth:`RuntimeHolder.run` runs a call through the
:class:`~packstation.gui.tasks.TaskRunner` (lane ``"api"`` for Amazon, ``"printer:label"`` for
the label printer, ``"db"`` for the journal). The Pack page's calls are the
:class:`~packstation.gui.pack_controller.PackController`'s.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6 import QtCore

from packstation.config.paths import AppPaths
from packstation.config.settings import Settings
from packstation.devices.weight import Reading, ScaleState
from packstation.domain.shipments import Shipment
from packstation.gui import gc_guard
from packstation.gui.models.queue import QueueRow
from packstation.gui.tasks import TaskRunner
from printers.errors import SpoolInUse

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow
    from packstation.gui.wedge import WedgeFilter
    from packstation.services.queue import QueueService
    from packstation.services.runtime import Runtime
    from packstation.services.workflow import PackingWorkflow

T = TypeVar("T")

log = logging.getLogger(__name__)

API_LANE = "api"
LABEL_LANE = "printer:label"
DB_LANE = "db"
#: how often an idle label printer's status is asked for (never while a finish prints)
PRINTER_CHECK_MS = 30_000


def describe_error(error: BaseException) -> str:
    """A one-line, actionable message for the packer (the services' messages already are)."""
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


class RuntimeHolder(QtCore.QObject):
    """Starts, holds and stops the runtime for the window; pages listen to its signals.

    Signals:
        state_changed(str): ``offline``, ``starting``, ``ready`` or ``failed``.
        start_failed(str): the runtime could not be built (message).
        queue_loaded(object): a full reload; a list of :class:`QueueRow` in any order.
        queue_changed(object, object): incremental: (rows added or updated, removed ids).
        sync_state(str, str): (level ``ok``/``warn``/``error``/``off``, text) for the queue page.
        scale_reading(object): the scale's reading changed (``devices.weight.Reading``; on the
            GUI thread; ``DISCONNECTED`` when the scale went away).
        printer_state(str, str): the label printer's state changed (level ``ok``/``warn``/
            ``error``/``off``, text such as ``ready`` or ``paper out``).
        closing(): :meth:`close` began (before the runtime closes): finishes waiting on the
            packer stop.
    """

    state_changed = QtCore.Signal(str)
    start_failed = QtCore.Signal(str)
    queue_loaded = QtCore.Signal(object)
    queue_changed = QtCore.Signal(object, object)
    sync_state = QtCore.Signal(str, str)
    scale_reading = QtCore.Signal(object)
    _reading_arrived = QtCore.Signal(object)  # from the scale's reader thread
    printer_state = QtCore.Signal(str, str)
    closing = QtCore.Signal()

    def __init__(
        self,
        settings: Settings,
        paths: AppPaths,
        tasks: TaskRunner,
        parent: QtCore.QObject | None = None,
        *,
        sync_interval_ms: int = 60_000,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.paths = paths
        self.tasks = tasks
        #: the running parts, once :meth:`start` has built them (None before and after)
        self.runtime: Runtime | None = None
        self.state = "offline"
        self.started_at: float | None = None
        self.first_queue_at: float | None = None
        self._syncing = False
        self._start_future: Future[Runtime] | None = None
        self._sync_timer = QtCore.QTimer(self)
        self._sync_timer.setInterval(sync_interval_ms)
        self._sync_timer.timeout.connect(self.sync)
        #: the scale's last reading, as delivered on the GUI thread (None: no scale)
        self.scale_latest: Reading | None = None
        self._scale_sent: tuple[object, object] | None = None  # reader thread only
        #: finishes under way (the pack controller counts them): no status asks meanwhile
        self.finishing = 0
        self._printer_checking = False
        self._printer_timer = QtCore.QTimer(self)
        self._printer_timer.setInterval(PRINTER_CHECK_MS)
        self._printer_timer.timeout.connect(self.check_printer)
        self._reading_arrived.connect(self._on_reading_arrived)

    # ------------------------------------------------------------------ life cycle
    def start(self, runtime: Runtime | None = None) -> None:
        """Build the runtime off the GUI thread (or adopt ``runtime``), then sync the queue."""
        if self.state in ("starting", "ready"):
            return
        self.started_at = time.perf_counter()
        self._set_state("starting")
        if runtime is not None:
            self._on_runtime(runtime)
            return
        from packstation.services.runtime import Runtime

        self._start_future = self.tasks.run(
            Runtime.from_settings,
            self.settings,
            self.paths,
            scan_log=True,
            scale=True,
            on_done=self._on_runtime,
            on_error=self._on_start_error,
            owner=self,
            name="runtime:start",
        )

    def close(self) -> None:
        """Stop syncing and close the runtime (servers, printers, database) synchronously.

        Called when the window closes, after the task runner has finished its jobs.
        """
        self._sync_timer.stop()
        self.closing.emit()
        self._printer_timer.stop()
        runtime, self.runtime = self.runtime, None
        scale = None if runtime is None else runtime.scale
        if scale is not None:
            scale.remove_listener(self._on_reader_reading)
        future, self._start_future = self._start_future, None
        if runtime is None and future is not None and future.done() and not future.cancelled():
            # Built after the event loop stopped: its result was never delivered.
            runtime = future.result() if future.exception() is None else None
        if runtime is not None:
            try:
                runtime.close()
            except Exception:
                log.exception("closing the runtime failed")
        self._set_state("offline")

    @property
    def ready(self) -> bool:
        return self.runtime is not None

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _on_runtime(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self._set_state("ready")
        scale = runtime.scale
        if scale is not None:
            scale.add_listener(self._on_reader_reading)
            self._on_reader_reading(scale.latest)
        self.sync(full=True)
        self._sync_timer.start()
        if runtime.printer is not None:
            self.check_printer()
            self._printer_timer.start()
        else:
            self.printer_state.emit("off", self.tr("none"))

    # ------------------------------------------------------------------ devices
    def _on_reader_reading(self, reading: Reading) -> None:
        """The scale's reader thread: pass changes on to the GUI thread (a queued signal), not
        the five identical readings a second a polled scale sends."""
        key = (reading.state, reading.weight)
        if key == self._scale_sent:
            return
        self._scale_sent = key
        self._emit_reading(reading)

    def _emit_reading(self, reading: Reading) -> None:
        # To the controller's own slot: queued to the GUI thread, where every receiver of
        # ``scale_reading`` (the status bar's plain functions too) then runs.
        if shiboken6.isValid(self):
            self._reading_arrived.emit(reading)

    @QtCore.Slot(object)
    def _on_reading_arrived(self, reading: Reading) -> None:
        self.scale_latest = reading
        self.scale_reading.emit(reading)

    def check_printer(self) -> None:
        """Ask the label printer for its status (lane ``printer:label``, never during a finish);
        answers ``printer_state``."""
        runtime = self.runtime
        if runtime is None or runtime.printer is None or self._printer_checking:
            return
        if self.finishing:
            return  # the finish itself tells (printed, or why not)
        url = runtime.label_printer_url
        self._printer_checking = True

        def job() -> tuple[str, str]:
            from printers.address import open_printer
            from printers.errors import PrinterError

            try:
                with open_printer(url, connect_timeout=2.0, status_timeout=2.0) as printer:
                    status = printer.status()
            except PrinterError as exc:
                return "error", describe_error(exc)
            return ("ok" if status.ready else "error"), status.reason

        def done(answer: tuple[str, str]) -> None:
            self._printer_checking = False
            self.printer_state.emit(*answer)

        def failed(error: BaseException) -> None:
            self._printer_checking = False
            self.printer_state.emit("error", describe_error(error))

        self.run(job, lane=LABEL_LANE, on_done=done, on_error=failed, name="printer:status")

    def _on_start_error(self, error: BaseException) -> None:
        log.error("could not start the bench services", exc_info=error)
        self._set_state("failed")
        message = describe_error(error)
        if isinstance(error, SpoolInUse):
            # A second window (or `packstation ship`) on this station: two would print a label
            # twice, so this one stays off.
            message = self.tr(
                "Another Packstation on this computer is printing this station's labels (a "
                "second window, or packstation ship): close it, then start this one again."
            )
        self.start_failed.emit(message)
        self.sync_state.emit("error", message)

    # ------------------------------------------------------------------ services
    @property
    def queue(self) -> QueueService | None:
        return None if self.runtime is None else self.runtime.queue

    @property
    def workflow(self) -> PackingWorkflow | None:
        return None if self.runtime is None else self.runtime.workflow

    def run(
        self,
        fn: Callable[..., T],
        *args: Any,
        lane: str | None = API_LANE,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        name: str | None = None,
        owner: QtCore.QObject | None = None,
        **kwargs: Any,
    ) -> None:
        """``fn(*args, **kwargs)`` through the task runner on ``lane``; the callbacks run on the
        GUI thread while ``owner`` (default: this holder) lives. A runner already shut down (the
        window is closing) answers ``on_error``."""
        try:
            self.tasks.run(
                fn,
                *args,
                lane=lane,
                on_done=on_done,
                on_error=on_error,
                on_progress=on_progress,
                owner=owner or self,
                name=name,
                **kwargs,
            )
        except RuntimeError as exc:  # the runner is shut down: the window is closing
            if on_error is not None:
                on_error(exc)

    # ------------------------------------------------------------------ queue
    def sync(self, full: bool = False) -> None:
        """Incremental sync (or a full one); rows come back by ``queue_loaded``/``queue_changed``."""
        queue = self.queue
        if queue is None or self._syncing:
            return
        self._syncing = True
        self.sync_state.emit("warn", self.tr("Syncing…"))
        self.run(
            _sync_job,
            queue,
            full,
            on_done=self._on_synced,
            on_error=self._on_sync_error,
            name="queue:sync",
        )

    def _on_synced(self, result: tuple[bool, list[QueueRow], list[str], int]) -> None:
        self._syncing = False
        full, rows, removed, total = result
        if full:
            self.queue_loaded.emit(rows)
            if self.first_queue_at is None:
                self.first_queue_at = time.perf_counter()
                # The modules, the window and the queue now live as long as the app: keep
                # them out of full garbage collections (a 200 ms freeze with 10,000 rows).
                gc_guard.freeze()
        elif rows or removed:
            self.queue_changed.emit(rows, removed)
        self.sync_state.emit(
            "ok", self.tr("Synced {0}: {1} waiting").format(time.strftime("%H:%M:%S"), total)
        )

    def _on_sync_error(self, error: BaseException) -> None:
        self._syncing = False
        log.warning("queue sync failed: %s", error)
        self.sync_state.emit(
            "error", self.tr("Sync failed: {0} (retrying)").format(describe_error(error))
        )

    def rows_for(self, shipments: Iterable[Shipment]) -> list[QueueRow]:
        pickups = self.queue.pickup_starts if self.queue is not None else {}
        return [_row(s, pickups) for s in shipments]

    def lookup(self, code: str) -> str | None:
        """The shipment id a scanned code identifies (in memory: safe on the GUI thread)."""
        queue = self.queue
        return None if queue is None else queue.lookup(code)

    def apply_to_queue(self, shipments: list[Shipment]) -> None:
        """Merge shipments read elsewhere (an open, a re-read) into the queue and its rows."""
        queue = self.queue
        if queue is None:
            return
        delta = queue.apply(shipments)
        rows = self.rows_for([*delta.added, *delta.updated])
        if rows or delta.removed:
            self.queue_changed.emit(rows, list(delta.removed))


def _row(shipment: Shipment, pickups: Mapping[str, datetime]) -> QueueRow:
    start = pickups.get(shipment.id)
    pickup = None
    if start is not None:
        ts = start.timestamp()
        pickup = (ts, ts)
    return QueueRow.from_shipment(shipment, pickup)


def _sync_job(queue: QueueService, full: bool) -> tuple[bool, list[QueueRow], list[str], int]:
    """Worker thread: sync, then build the rows the model needs (pure Python, no Qt)."""
    delta = queue.sync(full=full)
    pickups = queue.pickup_starts
    if delta.full:
        rows = [_row(s, pickups) for s in queue.shipments]
        return True, rows, [], len(rows)
    rows = [_row(s, pickups) for s in [*delta.added, *delta.updated]]
    return False, rows, list(delta.removed), len(queue)


def holder_of(window: MainWindow) -> RuntimeHolder:
    """The window's runtime holder, created on first use (pages share it; app.py starts it)."""
    holder = window.runtime_holder
    if holder is not None:
        return holder
    holder = RuntimeHolder(window.settings, window.paths, window.tasks, parent=window)
    window.runtime_holder = holder
    _wire_status_bar(window, holder)
    return holder


def _wire_status_bar(window: MainWindow, holder: RuntimeHolder) -> None:
    """The status bar shows the live scale and the label printer's last known state (texts
    translated in the holder's context: lupdate files a module-level ``holder.tr()`` under
    "holder", Qt would look under "RuntimeHolder")."""
    levels = {
        ScaleState.STABLE: "ok",
        ScaleState.ZERO: "ok",
        ScaleState.MOVING: "warn",
        ScaleState.OVER: "error",
        ScaleState.UNDER: "error",
        ScaleState.DISCONNECTED: "error",
    }
    names = {
        ScaleState.STABLE: QtCore.QCoreApplication.translate("RuntimeHolder", "stable"),
        ScaleState.ZERO: QtCore.QCoreApplication.translate("RuntimeHolder", "empty"),
        ScaleState.MOVING: QtCore.QCoreApplication.translate("RuntimeHolder", "settling"),
        ScaleState.OVER: QtCore.QCoreApplication.translate("RuntimeHolder", "overload"),
        ScaleState.UNDER: QtCore.QCoreApplication.translate("RuntimeHolder", "under zero"),
        ScaleState.DISCONNECTED: QtCore.QCoreApplication.translate(
            "RuntimeHolder", "disconnected: type weights (F4)"
        ),
    }

    # Looked up when shown: the pages (and so this holder) are built before the status bar;
    # readings and printer states only come once the holder has started, after it.
    def show_reading(reading: Reading) -> None:
        scale_indicator = window.scale_indicator
        state = names.get(reading.state, reading.state.value)
        if reading.weight is not None and reading.state is not ScaleState.DISCONNECTED:
            text = QtCore.QCoreApplication.translate("RuntimeHolder", "Scale: {0} {1}").format(
                reading.weight, state
            )
        else:
            text = QtCore.QCoreApplication.translate("RuntimeHolder", "Scale: {0}").format(state)
        scale_indicator.set_state(text, levels.get(reading.state, "warn"))

    def show_printer(level: str, text: str) -> None:
        printer_indicator = window.printer_indicator
        printer_indicator.set_state(
            QtCore.QCoreApplication.translate("RuntimeHolder", "Printer: {0}").format(text),
            level,
        )
        printer_indicator.setToolTip(holder.runtime.label_printer_url if holder.runtime else "")

    holder.scale_reading.connect(show_reading)
    holder.printer_state.connect(show_printer)


def attach(window: MainWindow, wedge: WedgeFilter | None = None) -> RuntimeHolder:
    """Wire the window for the bench: its runtime holder, and wedge scans from anywhere routed to
    the Pack page (which opens shipments, applies item/serial scans and action barcodes)."""
    # The pages import this module: theirs are imported here, when the window has them.
    from packstation.gui.pages.pack import PackPage
    from packstation.gui.pages.returns import ReturnsPage

    holder = holder_of(window)
    pack = window.pages.get("pack")
    if wedge is not None and isinstance(pack, PackPage):

        def route(code: str) -> None:
            # A badge scan signs the packer in, whatever page is shown (gui/sign_in.py).
            if window.sign_in.handle_scan(code):
                return
            # On the Returns page a scan (reverse tracking id, RMA) opens the return there;
            # everywhere else it is the bench's (shipment, item, serial, action barcode).
            page = window.pages.get(window.current_section)
            if window.current_section == "returns" and isinstance(page, ReturnsPage):
                page.handle_scan(code)
                return
            pack.handle_scan(code)

        wedge.scan_received.connect(route)
    return holder
