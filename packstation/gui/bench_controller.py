"""The GUI's hold on the bench services: one QObject per window, every call off the GUI thread.

:class:`BenchController` owns the :class:`~packstation.services.runtime.Runtime` (the EF client,
queue, bench workflow, journal, printers) once :meth:`BenchController.start` has built it with
``Runtime.from_settings`` on a worker thread. Pages call its methods; each one runs the service
call through the :class:`~packstation.gui.tasks.TaskRunner` (lane ``"api"`` for Amazon,
``"printer:label"`` for the label printer, ``"db"`` for the journal) and answers with a signal.
Queue rows are built off the GUI thread too, so a sync of 10,000 shipments costs the GUI thread
only the model's row insertions.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6 import QtCore

from packstation.config.paths import AppPaths
from packstation.config.settings import Settings
from packstation.devices.weight import Reading, ScaleState
from packstation.domain.plausibility import PackageLimits
from packstation.domain.shipments import Shipment
from packstation.gui import gc_guard
from packstation.gui.models.queue import QueueRow
from packstation.gui.tasks import TaskRunner
from packstation.services.packing import PackingSession, WeightSource
from packstation.services.scan_recorder import ScanRecorder

if TYPE_CHECKING:
    from packstation.services.documents import DocumentsService
    from packstation.services.inventory import PushReport
    from packstation.services.runtime import Runtime

log = logging.getLogger(__name__)

API_LANE = "api"
LABEL_LANE = "printer:label"
DB_LANE = "db"
#: How long a finish waits for the packer to choose a shipping option before it stops.
OPTION_WAIT_S = 600.0
HELD_LABEL_CHECK_MS = 1000  # how often a label left waiting in the spool is looked at
#: how often an idle label printer's status is asked for (never while a finish prints)
PRINTER_CHECK_MS = 30_000


def describe_error(error: BaseException) -> str:
    """A one-line, actionable message for the packer (the services' messages already are)."""
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


class BenchController(QtCore.QObject):
    """Owns the runtime for the GUI; pages call its methods and listen to its signals.

    Signals:
        state_changed(str): ``offline``, ``starting``, ``ready`` or ``failed``.
        start_failed(str): the runtime could not be built (message).
        queue_loaded(object): a full reload; a list of :class:`QueueRow` in any order.
        queue_changed(object, object): incremental: (rows added or updated, removed ids).
        sync_state(str, str): (level ``ok``/``warn``/``error``/``off``, text) for the queue page.
        shipment_opened(object): a ``PackingSession`` is ready (claimed, re-read, confirmed).
        shipment_updated(object): a fresh copy of a shipment (status changes, cancellation).
        open_failed(str, str): (shipment id, message).
        finish_progress(str, object): (step name, e.g. ``createPackages``; the text, a
            ``services.workflow.StepNote`` with its values where the workflow gave one).
        finish_done(object): the finish result (tracking ids, documents).
        finish_failed(str, str, str): (shipment id, message, how it failed: a
            ``services.workflow.FailureKind`` value).
        finish_partial(object): a ``FinishResult`` of a finish that failed late (labels kept).
        shipment_cancelled(str, str): the marketplace cancelled the shipment (id, message).
        scan_revoked(object): the journal refused a scan already shown (``ScanOutcome``).
        reject_done(str): shipment id rejected.
        option_needed(str, list, object, Future): (shipment id, shipping options, Amazon's
            recommendation, a future): the finish chain waits until the future holds the
            chosen option (None: the packer declined; the finish stops and can be run again).
        reject_failed(str, str): (shipment id, message).
        stock_corrected(str): an inventory correction was accepted by Amazon (summary).
        stock_correction_failed(str): it was not (what went wrong).
        reprint_done(str) / reprint_failed(str, str): reprint outcome.
        held_labels_printed(str): the labels a finish left waiting in the spool (paper out,
            head open...) have printed since (shipment id): the finish can now complete.
        held_labels_failed(str, str): one of them failed for good (shipment id, state).
        scale_reading(object): the scale's reading changed (``devices.weight.Reading``; on the
            GUI thread; ``DISCONNECTED`` when the scale went away).
        tracking_taken(str, str, str): a Self Ship tracking id scanned for a shipment is
            already journaled for another one (shipment id, tracking id, the other shipment).
        label_checked(str, str, str): a label scanned after a finish was checked (shipment id,
            the scanned code, the other shipment it belongs to, or "" when it is this one's or
            no label of this station).
        document_printed(str) / document_failed(str): the invoice or packing slip of a
            finished shipment was printed (or why not).
        printer_state(str, str): the label printer's state changed (level ``ok``/``warn``/
            ``error``/``off``, text such as ``ready`` or ``paper out``).
    """

    state_changed = QtCore.Signal(str)
    start_failed = QtCore.Signal(str)
    queue_loaded = QtCore.Signal(object)
    queue_changed = QtCore.Signal(object, object)
    sync_state = QtCore.Signal(str, str)
    shipment_opened = QtCore.Signal(object)
    shipment_updated = QtCore.Signal(object)
    open_failed = QtCore.Signal(str, str)
    finish_progress = QtCore.Signal(str, object)
    finish_done = QtCore.Signal(object)
    finish_failed = QtCore.Signal(str, str, str)
    finish_partial = QtCore.Signal(object)
    shipment_cancelled = QtCore.Signal(str, str)
    scan_revoked = QtCore.Signal(object)
    reject_done = QtCore.Signal(str)
    option_needed = QtCore.Signal(str, object, object, object)
    reject_failed = QtCore.Signal(str, str)
    stock_corrected = QtCore.Signal(str)
    stock_correction_failed = QtCore.Signal(str)
    reprint_done = QtCore.Signal(str)
    reprint_failed = QtCore.Signal(str, str)
    held_labels_printed = QtCore.Signal(str)
    held_labels_failed = QtCore.Signal(str, str)
    scale_reading = QtCore.Signal(object)
    _reading_arrived = QtCore.Signal(object)  # from the scale's reader thread
    printer_state = QtCore.Signal(str, str)
    tracking_taken = QtCore.Signal(str, str, str)
    document_printed = QtCore.Signal(str)
    label_checked = QtCore.Signal(str, str, str)
    document_failed = QtCore.Signal(str)
    shipment_done_here = QtCore.Signal(str, int)

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
        self.runtime: Runtime | None = None
        self._option_futures: set[Future[Any]] = set()
        self.state = "offline"
        self.started_at: float | None = None
        self.first_queue_at: float | None = None
        self._syncing = False
        self._start_future: Any = None
        #: the write-ahead scan log's bookkeeping (GUI thread only; set with the runtime)
        self.recorder: ScanRecorder | None = None
        self._sync_timer = QtCore.QTimer(self)
        self._sync_timer.setInterval(sync_interval_ms)
        self._sync_timer.timeout.connect(self.sync)
        #: labels a finish left waiting in the spool: shipment id -> spool job ids
        self._held: dict[str, list[str]] = {}
        self._held_checking = False
        self._held_timer = QtCore.QTimer(self)
        self._held_timer.setInterval(HELD_LABEL_CHECK_MS)
        self._held_timer.timeout.connect(self._check_held)
        #: the scale's last reading, as delivered on the GUI thread (None: no scale)
        self.scale_latest: Reading | None = None
        self._scale_sent: tuple[object, object] | None = None  # reader thread only
        self._finishing = 0
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
        for waiting in list(self._option_futures):
            if not waiting.done():
                waiting.set_result(None)  # a finish waiting on the packer stops now
        self._printer_timer.stop()
        runtime, self.runtime = self.runtime, None
        self.recorder = None
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
        self.recorder = ScanRecorder(runtime.workflow, runtime.workflow.scan_log)
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
        if self._finishing:
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

        self._run(job, lane=LABEL_LANE, on_done=done, on_error=failed, name="printer:status")

    def _on_start_error(self, error: BaseException) -> None:
        log.error("could not start the bench services", exc_info=error)
        self._set_state("failed")
        message = describe_error(error)
        self.start_failed.emit(message)
        self.sync_state.emit("error", message)

    # ------------------------------------------------------------------ services
    @property
    def queue(self) -> Any:
        return None if self.runtime is None else self.runtime.queue

    @property
    def workflow(self) -> Any:
        return None if self.runtime is None else self.runtime.workflow

    def _run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        lane: str | None = API_LANE,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        name: str | None = None,
        **kwargs: Any,
    ) -> None:
        try:
            self.tasks.run(
                fn,
                *args,
                lane=lane,
                on_done=on_done,
                on_error=on_error,
                on_progress=on_progress,
                owner=self,
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
        self._run(
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
        pickups = getattr(self.queue, "pickup_starts", {}) if self.queue is not None else {}
        return [_row(s, pickups) for s in shipments]

    def lookup(self, code: str) -> str | None:
        """The shipment id a scanned code identifies (in memory: safe on the GUI thread)."""
        queue = self.queue
        return None if queue is None else queue.lookup(code)

    # ------------------------------------------------------------------ one shipment
    def open_shipment(self, shipment_id: str) -> None:
        """Claim, re-read and confirm a shipment; answers ``shipment_opened(PackingSession)``."""
        bench = self.workflow
        if bench is None:
            self.open_failed.emit(shipment_id, self.tr("Not connected to the marketplace yet."))
            return
        self._run(
            bench.open,
            shipment_id,
            on_done=self._on_opened,
            on_error=lambda error: self.open_failed.emit(shipment_id, describe_error(error)),
            name="bench:open",
        )

    def _on_opened(self, session: PackingSession) -> None:
        self.prepare(session)
        self._apply_to_queue([session.shipment])
        self.shipment_opened.emit(session)

    def prepare(self, session: PackingSession) -> None:
        """The station's rules on an opened session: plausibility bounds from the settings, the
        expected weights this bench learned, and the load lying on the scale now (which is not
        this shipment's first package)."""
        packing = self.settings.packing
        session.limits = PackageLimits(
            max_weight_kg=Decimal(str(packing.max_weight_kg)),
            max_side_cm=Decimal(str(packing.max_side_cm)),
            max_length_girth_cm=Decimal(str(packing.max_length_girth_cm)),
            tolerance=Decimal(str(packing.weight_tolerance_pct)) / 100,
        )
        runtime = self.runtime
        if runtime is not None and runtime.weights is not None:
            session.weight_history = runtime.weights
        session.start_weighing(self.scale_latest)
        if session.program == "SELF_SHIP" and not session.carrier:
            session.carrier = packing.self_ship_carrier.strip()

    def check_tracking(self, session: PackingSession, tracking_id: str) -> None:
        """Is ``tracking_id`` journaled for another shipment? (database lane) When it is,
        ``tracking_taken(shipment id, tracking id, the other shipment)``."""
        bench = self.workflow
        if bench is None:
            return
        sid = session.shipment_id

        def done(owner: str | None) -> None:
            if owner is not None and owner != sid:
                self.tracking_taken.emit(sid, tracking_id, owner)

        self._run(
            bench.db.journal.shipment_with_tracking,
            tracking_id,
            lane=DB_LANE,
            on_done=done,
            on_error=lambda error: log.warning("tracking id not checked: %s", error),
            name="bench:tracking",
        )

    def print_documents(
        self, session: PackingSession, invoice: bytes | None, fmt: str, *, by_key: bool = False
    ) -> None:
        """The documents that go with a finished shipment (lane ``printer:documents``).

        ``invoice`` is the document Amazon returned for it (``FinishResult.invoice``): a tax
        invoice, a packing slip, or one covering both (``services.channels.ef.documents_of``).

        After a finish: the packing slip a shipment requires (``shipmentRequirements.pSlip``)
        prints by itself, once per shipment (the journal notes it): on an ESC/POS
        ``printers.slip`` as text, else Amazon's slip on the slip's document printer
        (``printers.slip``, else ``printers.invoice``). The invoice prints by itself with
        ``printers.invoice_auto`` (not when it is the slip just printed). ``by_key``: the shown
        document, on demand (Ctrl+I). Answers ``document_printed(text)`` and, one line per
        document not printed, ``document_failed(text)``.
        """
        from packstation.domain.channel import SLIP_DOCUMENT
        from packstation.services.channels.ef import documents_of
        from packstation.services.documents import DocumentsService, NoDocumentPrinter

        service = DocumentsService.from_settings(self.settings)
        if not service.slip_printer and self.runtime is not None:
            service.slip_printer = self.runtime.slip_printer_url  # the sandbox's virtual one
        sid = session.shipment_id
        shipment = session.shipment
        documents = documents_of(shipment)
        slip_only = documents == (SLIP_DOCUMENT,)
        if by_key:
            self._print_shown_document(service, sid, invoice, fmt, slip=slip_only)
            return
        slip_required = str(shipment.shipment_requirements.p_slip.requirement) == "REQUIRED"
        slip_document = invoice if SLIP_DOCUMENT in documents else None
        # Amazon's slip goes out as the slip: invoice_auto does not print the same paper again.
        slip_is_the_document = (
            slip_required and slip_document is not None and not service.slip_printer_is_receipt
        )
        want_invoice = (
            bool(invoice)
            and not slip_only
            and self.settings.printers.invoice_auto
            and service.prints_invoices
            and not slip_is_the_document
        )
        if not (want_invoice or slip_required):
            return
        bench = self.workflow
        journal = bench.db.journal if bench is not None else None
        station = bench.station if bench is not None else None
        packer = bench.packer if bench is not None else None
        titles = dict(bench.catalogue) if bench is not None else None
        no_printer = self.tr(
            "Packing slip of {0} not printed: no printer for it. Set printers.slip under "
            "Settings (a document printer cups://queue or a receipt printer escpos://host:9100)"
        ).format(sid)
        # The packer's words, looked up here on the GUI thread (the job runs on a worker).
        invoice_word, slip_word = self.tr("invoice"), self.tr("packing slip")
        invoice_failed = self.tr("Invoice of {0} not printed: {1}")
        slip_failed = self.tr("Packing slip of {0} not printed: {1}")

        def job() -> tuple[list[str], list[str]]:
            done: list[str] = []
            failed: list[str] = []
            if want_invoice and invoice:
                try:
                    service.print_invoice(invoice, shipment_id=sid, fmt=fmt)
                    done.append(invoice_word)
                except Exception as exc:
                    log.warning("invoice of %s not printed: %s", sid, exc)
                    failed.append(invoice_failed.format(sid, describe_error(exc)))
            if slip_required:
                try:
                    printed = service.print_required_slip(
                        shipment,
                        slip_document,
                        fmt,
                        journal=journal,
                        station=station,
                        packer=packer,
                        titles=titles,
                    )
                    if printed is not None:
                        done.append(slip_word)
                except NoDocumentPrinter:
                    failed.append(no_printer)
                except Exception as exc:
                    log.warning("packing slip of %s not printed: %s", sid, exc)
                    failed.append(slip_failed.format(sid, describe_error(exc)))
            return done, failed

        def printed(outcome: tuple[list[str], list[str]]) -> None:
            done, failed = outcome
            if done:
                self.document_printed.emit(
                    self.tr("Printed for {0}: {1}").format(sid, ", ".join(done))
                )
            for text in failed:
                self.document_failed.emit(text)

        self._run(
            job,
            lane="printer:documents",
            on_done=printed,
            on_error=lambda error: self.document_failed.emit(
                self.tr("Documents of {0} not printed: {1}").format(sid, describe_error(error))
            ),
            name="documents:print",
        )

    def _print_shown_document(
        self, service: DocumentsService, sid: str, data: bytes | None, fmt: str, *, slip: bool
    ) -> None:
        """Ctrl+I / "Print invoice": the document shown, again, on its document printer (a
        packing slip: the slip's document printer, else the invoice printer)."""
        if slip and not (
            (service.prints_slips and not service.slip_printer_is_receipt)
            or service.prints_invoices
        ):
            self.document_failed.emit(
                self.tr(
                    "No printer for the packing slip: set printers.slip (cups://queue) or "
                    "printers.invoice under Settings"
                )
            )
            return
        if not slip and not service.prints_invoices:
            self.document_failed.emit(
                self.tr("No invoice printer: set it under Settings (printers.invoice)")
            )
            return
        if not data:
            return
        what = self.tr("packing slip") if slip else self.tr("invoice")

        def job() -> str:
            if slip:
                service.print_slip_document(data, shipment_id=sid, fmt=fmt)
            else:
                service.print_invoice(data, shipment_id=sid, fmt=fmt)
            return what

        self._run(
            job,
            lane="printer:documents",
            on_done=lambda what: self.document_printed.emit(
                self.tr("Printed for {0}: {1}").format(sid, what)
            ),
            on_error=lambda error: self.document_failed.emit(
                self.tr("Documents of {0} not printed: {1}").format(sid, describe_error(error))
            ),
            name="documents:print",
        )

    @property
    def label_check(self) -> bool:
        """Closed-loop print is on (``packing.label_check``)."""
        mode = self.settings.packing.label_check
        return mode == "on" or (mode == "sandbox" and self.settings.is_sandbox)

    def check_label(self, shipment_id: str, code: str, tracking_ids: list[str]) -> None:
        """A label scanned off a box after ``shipment_id`` printed (database lane): its own
        (``tracking_ids``), another shipment's (refused loudly), or no label this station made.
        Audited as a scan (a wrong label counts as a scan error, reason ``wrong_label``);
        answers ``label_checked(shipment id, code, the other shipment or "")``."""
        bench = self.workflow
        if bench is None:
            return

        def job() -> str:
            owner = "" if code in tracking_ids else bench.db.journal.shipment_with_tracking(code)
            if code in tracking_ids or owner:
                ours = code in tracking_ids or owner == shipment_id
                detail: dict[str, Any] = {"label_check": True, "accepted": ours}
                if not ours:
                    detail["reason"] = "wrong_label"
                    detail["label_of"] = owner
                bench.db.audit.append(
                    "scan",
                    station=bench.station,
                    who=bench.packer,
                    shipment_id=shipment_id,
                    detail=detail,
                )
            return owner or ""

        self._run(
            job,
            lane=DB_LANE,
            on_done=lambda owner: self.label_checked.emit(shipment_id, code, owner),
            on_error=lambda error: log.warning("label not checked: %s", error),
            name="bench:label-check",
        )

    def learn_weights(self, session: PackingSession) -> None:
        """A finished shipment's single-SKU packages teach what their units weigh (db lane)."""
        runtime = self.runtime
        weights = None if runtime is None else runtime.weights
        if weights is None:
            return
        packages = [
            ({session.lines[lid].sku: qty for lid, qty in pkg.units.items()}, pkg.grams)
            for pkg in session.packages
            if pkg.grams is not None
            and pkg.weight_source is not WeightSource.RECOMMENDED
            and session.whole_units(pkg)  # a piece of a multi-piece item weighs no unit
        ]
        self._run(
            weights.learn,
            packages,
            lane=DB_LANE,
            on_error=lambda error: log.warning("weights not learned: %s", error),
            name="weights:learn",
        )

    def refresh_shipment(self, shipment_id: str) -> None:
        """Re-read one shipment (cancellation watch while packing); ``shipment_updated``."""
        bench = self.workflow
        if bench is None:
            return
        self._run(
            bench.read_order,
            shipment_id,
            on_done=self._on_refreshed,
            on_error=lambda error: log.info("re-reading %s failed: %s", shipment_id, error),
            name="bench:refresh",
        )

    def _on_refreshed(self, shipment: Shipment) -> None:
        self._apply_to_queue([shipment])
        self.shipment_updated.emit(shipment)

    def _apply_to_queue(self, shipments: list[Shipment]) -> None:
        queue = self.queue
        if queue is None:
            return
        delta = queue.apply(shipments)
        rows = self.rows_for([*delta.added, *delta.updated])
        if rows or delta.removed:
            self.queue_changed.emit(rows, list(delta.removed))

    def log_scan(self, session: Any, outcome: Any) -> None:
        """Append the scan to the station's write-ahead scan log, synchronously, before its
        outcome is shown (:meth:`ScanRecorder.log`): a crash before the journal write loses
        nothing (the next start replays it)."""
        if self.recorder is not None:
            self.recorder.log(session, outcome)

    def explain_unknown(self, code: str) -> None:
        """A scanned code the queue does not hold: when the journal knows it as a shipment this
        station finished (its labels printed; a Self Ship shipment already SHIPPED leaves the
        queue), ``shipment_done_here(shipment id, labels printed)`` (database lane)."""
        bench = self.workflow
        if bench is None or not code.strip():
            return

        def job() -> int:
            entries = bench.db.journal.history(code.strip())
            printed = {
                str(e.payload.get("packageId") or e.id)
                for e in entries
                if e.name == "printLabel" and e.outcome in ("ok", "resolved")
            }
            return len(printed) if entries else -1

        def done(printed: int) -> None:
            if printed > 0:
                self.shipment_done_here.emit(code.strip(), printed)

        self._run(
            job,
            lane=DB_LANE,
            on_done=done,
            on_error=lambda error: log.warning("journal not asked: %s", error),
            name="bench:explain",
        )

    def record_override(self, session: PackingSession, what: str, detail: dict[str, Any]) -> None:
        """Journal an override the packer confirmed (audit kind ``override``; database lane)."""
        bench = self.workflow
        if bench is None:
            return
        self._run(
            bench.record_override,
            session,
            what,
            detail,
            lane=DB_LANE,
            on_error=lambda error: log.error("could not audit an override: %s", error),
            name="bench:override",
        )

    def record_scan(self, session: Any, outcome: Any) -> None:
        """Journal one scan and the session's state on the database lane (crash safety).

        When the store refuses a serial another station recorded meanwhile, ``scan_revoked``.
        The scan log (:meth:`log_scan`) is cleared once every scan it holds is journaled.
        """
        workflow = self.workflow
        recorder = self.recorder
        uid = recorder.take(outcome) if recorder is not None else None
        if workflow is None or recorder is None:
            return

        def done(answer: Any) -> None:
            recorder.journaled(uid)
            if outcome.accepted and not answer.accepted:
                self.scan_revoked.emit(answer)

        def failed(error: BaseException) -> None:
            recorder.journaled(uid, ok=False)
            log.error("could not journal a scan: %s", error)

        self._run(
            workflow.record,
            session,
            outcome,
            uid,
            lane=DB_LANE,
            on_done=done,
            on_error=failed,
            name="bench:record",
        )

    def save_session(self, session: Any) -> None:
        """Save packages, dimensions and weights (database lane)."""
        bench = self.workflow
        if bench is None:
            return
        self._run(
            bench.save,
            session,
            lane=DB_LANE,
            on_error=lambda error: log.error("could not save the packing state: %s", error),
            name="bench:save",
        )

    def finish(self, session: Any, self_ship: tuple[str, Any] | None = None) -> None:
        """Run the whole finish chain; steps by ``finish_progress``, then ``finish_done``.

        ``self_ship`` is (carrier, {package id: tracking id}) for Self Ship shipments (or
        (carrier, tracking id) for a one-package shipment).
        """
        bench = self.workflow
        shipment_id = session.shipment_id
        if bench is None:
            self.finish_failed.emit(
                shipment_id, self.tr("Not connected to the marketplace."), "amazon_unavailable"
            )
            return

        def failed(error: BaseException) -> None:
            self._finishing -= 1
            result = getattr(error, "result", None)
            if type(error).__name__ == "PrintProblem":
                self.printer_state.emit("error", describe_error(error))
            if result is not None:
                self.finish_partial.emit(result)
                held = [lb.job for lb in result.labels if lb.job and not lb.printed]
                if held:
                    self._watch_held(shipment_id, held)
            if type(error).__name__ == "ShipmentCancelled":
                self.shipment_cancelled.emit(shipment_id, describe_error(error))
            self.finish_failed.emit(
                shipment_id, describe_error(error), str(bench.failure_kind(error))
            )

        choose = None
        if self.settings.amazon.shipping_option == "ask":

            def choose(listed: list[Any], recommended: Any) -> Any:
                """On the worker: ask the packer (GUI thread) and wait for the answer."""
                if len(listed) == 1:
                    return listed[0]
                answer: Future[Any] = Future()
                self._option_futures.add(answer)
                try:
                    self.option_needed.emit(shipment_id, listed, recommended, answer)
                    return answer.result(timeout=OPTION_WAIT_S)
                except FutureTimeout:
                    return None
                finally:
                    self._option_futures.discard(answer)

        self._finishing += 1
        self._run(
            _finish_job,
            bench,
            session,
            self_ship,
            choose,
            lane=API_LANE,
            on_progress=self._on_finish_progress,
            on_done=self._on_finished,
            on_error=failed,
            name="bench:finish",
        )

    def _on_finish_progress(self, value: Any) -> None:
        step, text = value
        # The text as it came: a StepNote keeps its values for the page's own words.
        self.finish_progress.emit(str(step), text)

    def _on_finished(self, result: Any) -> None:
        self._finishing -= 1
        if result.printed:
            self.printer_state.emit("ok", self.tr("ready"))
        queue = self.queue
        if queue is not None and queue.remove(result.shipment_id):
            self.queue_changed.emit([], [result.shipment_id])
        self.finish_done.emit(result)

    def reject(self, session: Any, reason: str, lines: dict[str, int] | None) -> None:
        """Reject lines (OUT_OF_STOCK / CUSTOMER_REQUESTED); ``reject_done`` or ``reject_failed``."""
        bench = self.workflow
        shipment_id = session.shipment_id
        if bench is None:
            self.reject_failed.emit(shipment_id, self.tr("Not connected to the marketplace."))
            return

        def done(_result: Any) -> None:
            queue = self.queue
            if queue is not None and queue.remove(shipment_id):
                self.queue_changed.emit([], [shipment_id])
            self.reject_done.emit(shipment_id)

        self._run(
            bench.reject,
            session,
            reason,
            lines,
            on_done=done,
            on_error=lambda error: self.reject_failed.emit(shipment_id, describe_error(error)),
            name="bench:reject",
        )

    def correct_stock(self, location_id: str, quantities: dict[str, int]) -> None:
        """Push absolute sellable quantities (SKU -> units) after an OUT_OF_STOCK reject."""
        runtime = self.runtime
        if runtime is None:
            self.stock_correction_failed.emit(self.tr("Not connected to the marketplace."))
            return

        def job() -> PushReport:
            service = runtime.inventory.at(location_id or None)
            loc = service.location_id
            return service.push_quantities({(loc, sku): qty for sku, qty in quantities.items()})

        def done(report: PushReport) -> None:
            if report.ok:
                levels = ", ".join(f"{sku} = {qty}" for sku, qty in sorted(quantities.items()))
                self.stock_corrected.emit(self.tr("Inventory corrected: {0}").format(levels))
            else:
                self.stock_correction_failed.emit("; ".join(str(e) for e in report.errors))

        self._run(
            job,
            on_done=done,
            on_error=lambda error: self.stock_correction_failed.emit(describe_error(error)),
            name="inventory:correct",
        )

    def reprint(self, shipment_id: str, regenerate: bool = False) -> None:
        """Print the label(s) again (REGENERATE at Amazon first when asked)."""
        self._held.pop(shipment_id, None)  # the packer chose a new job over the held one
        bench = self.workflow
        if bench is None:
            self.reprint_failed.emit(shipment_id, self.tr("Not connected to the marketplace."))
            return

        def job() -> Any:
            if regenerate:
                bench.regenerate(shipment_id)
            return bench.reprint(shipment_id)

        self._run(
            job,
            lane=LABEL_LANE,
            on_done=lambda _result: self.reprint_done.emit(shipment_id),
            on_error=lambda error: self.reprint_failed.emit(shipment_id, describe_error(error)),
            name="bench:reprint",
        )

    # ------------------------------------------------------------------ held labels
    def label_held(self, shipment_id: str) -> bool:
        """A label of ``shipment_id`` waits in the spool (it prints by itself when it can)."""
        return shipment_id in self._held

    def _watch_held(self, shipment_id: str, jobs: list[str]) -> None:
        self._held[shipment_id] = jobs
        if not self._held_timer.isActive():
            self._held_timer.start()

    def _check_held(self) -> None:
        bench = self.workflow
        if bench is None or not self._held:
            self._held_timer.stop()
            return
        if self._held_checking:
            return
        self._held_checking = True
        watched = {sid: list(jobs) for sid, jobs in self._held.items()}

        def job() -> dict[str, list[Any]]:
            return {sid: bench.label_jobs(jobs) for sid, jobs in watched.items()}

        def done(reports: dict[str, list[Any]]) -> None:
            self._held_checking = False
            for sid, states in reports.items():
                if self._held.get(sid) != watched[sid]:
                    continue  # a newer finish or reprint replaced what was watched
                if states and all(r.printed for r in states):
                    del self._held[sid]
                    self.held_labels_printed.emit(sid)
                    continue
                lost = next((r for r in states if not (r.printed or r.pending or r.in_doubt)), None)
                if lost is not None or not states:
                    del self._held[sid]
                    state = lost.state if lost is not None else "unknown"
                    self.held_labels_failed.emit(sid, state)
            if not self._held:
                self._held_timer.stop()

        def failed(error: BaseException) -> None:
            self._held_checking = False
            log.warning("could not check the held labels: %s", error)

        self._run(job, lane=None, on_done=done, on_error=failed, name="labels:held")

    def put_aside(self, shipment_id: str) -> None:
        """Release the claim on a shipment the packer leaves unfinished."""
        bench = self.workflow
        if bench is not None:
            self._run(
                bench.close_shipment,
                shipment_id,
                lane=DB_LANE,
                on_error=lambda error: log.warning("could not release %s: %s", shipment_id, error),
                name="bench:release",
            )


def _row(shipment: Shipment, pickups: Any) -> QueueRow:
    start = pickups.get(shipment.id) if pickups else None
    pickup = None
    if start is not None:
        ts = start.timestamp() if hasattr(start, "timestamp") else float(start)
        pickup = (ts, ts)
    return QueueRow.from_shipment(shipment, pickup)


def _sync_job(queue: Any, full: bool) -> tuple[bool, list[QueueRow], list[str], int]:
    """Worker thread: sync, then build the rows the model needs (pure Python, no Qt)."""
    delta = queue.sync(full=full)
    pickups = getattr(queue, "pickup_starts", {})
    if delta.full:
        rows = [_row(s, pickups) for s in queue.shipments]
        return True, rows, [], len(rows)
    rows = [_row(s, pickups) for s in [*delta.added, *delta.updated]]
    return False, rows, list(delta.removed), len(queue)


def _finish_job(
    bench: Any,
    session: Any,
    self_ship: tuple[str, Any] | None,
    choose: Callable[[list[Any], Any], Any] | None,
    progress: Callable[[Any], None],
) -> Any:
    def report(step: Any, text: str) -> None:
        progress((str(step), text))

    def self_ship_info(package_id: str) -> tuple[str, str] | None:
        if self_ship is None:
            return None
        carrier, tracking = self_ship
        if isinstance(tracking, str):
            return carrier, tracking
        found = tracking.get(package_id)
        return None if found is None else (carrier, found)

    return bench.finish(session, progress=report, self_ship=self_ship_info, choose_option=choose)


def bench_of(window: Any) -> BenchController:
    """The window's controller, created on first use (pages share it; app.py starts it)."""
    controller = getattr(window, "bench", None)
    if isinstance(controller, BenchController):
        return controller
    controller = BenchController(window.settings, window.paths, window.tasks, parent=window)
    window.bench = controller
    _wire_status_bar(window, controller)
    return controller


def _wire_status_bar(window: Any, controller: BenchController) -> None:
    """The status bar shows the live scale and the label printer's last known state."""
    levels = {
        ScaleState.STABLE: "ok",
        ScaleState.ZERO: "ok",
        ScaleState.MOVING: "warn",
        ScaleState.OVER: "error",
        ScaleState.UNDER: "error",
        ScaleState.DISCONNECTED: "error",
    }
    names = {
        ScaleState.STABLE: controller.tr("stable"),
        ScaleState.ZERO: controller.tr("empty"),
        ScaleState.MOVING: controller.tr("settling"),
        ScaleState.OVER: controller.tr("overload"),
        ScaleState.UNDER: controller.tr("under zero"),
        ScaleState.DISCONNECTED: controller.tr("disconnected: type weights (F4)"),
    }

    # Looked up when shown: the pages (and so this controller) are built before the status bar.
    def show_reading(reading: Reading) -> None:
        scale_indicator = getattr(window, "scale_indicator", None)
        if scale_indicator is None:
            return
        state = names.get(reading.state, reading.state.value)
        if reading.weight is not None and reading.state is not ScaleState.DISCONNECTED:
            text = controller.tr("Scale: {0} {1}").format(reading.weight, state)
        else:
            text = controller.tr("Scale: {0}").format(state)
        scale_indicator.set_state(text, levels.get(reading.state, "warn"))

    def show_printer(level: str, text: str) -> None:
        printer_indicator = getattr(window, "printer_indicator", None)
        if printer_indicator is not None:
            printer_indicator.set_state(controller.tr("Printer: {0}").format(text), level)
            printer_indicator.setToolTip(
                controller.runtime.label_printer_url if controller.runtime else ""
            )

    controller.scale_reading.connect(show_reading)
    controller.printer_state.connect(show_printer)


def attach(window: Any, wedge: Any = None) -> BenchController:
    """Wire the window for the bench: its controller, and wedge scans from anywhere routed to
    the Pack page (which opens shipments, applies item/serial scans and action barcodes)."""
    controller = bench_of(window)
    pack = window.pages.get("pack")
    handler = getattr(pack, "handle_scan", None)
    if wedge is not None and handler is not None:

        def route(code: str) -> None:
            # A badge scan signs the packer in, whatever page is shown (gui/sign_in.py).
            sign_in = getattr(window, "sign_in", None)
            if sign_in is not None and sign_in.handle_scan(code):
                return
            # On the Returns page a scan (reverse tracking id, RMA) opens the return there;
            # everywhere else it is the bench's (shipment, item, serial, action barcode).
            page = window.pages.get(window.current_section)
            if window.current_section == "returns" and hasattr(page, "handle_scan"):
                page.handle_scan(code)
                return
            handler(code)

        wedge.scan_received.connect(route)
    return controller
