"""The Pack page's calls: open, scan, weigh, finish, reprint, reject, documents.

:class:`PackController` runs each call through the window's
:class:`~packstation.gui.runtime_holder.RuntimeHolder` (its task runner: lane ``"api"`` for
Amazon, ``"printer:label"`` for the label printer, ``"db"`` for the journal) on the runtime the
holder started, and answers with a signal. Scans go through the write-ahead
:class:`~packstation.services.scan_recorder.ScanRecorder` (logged before shown, journaled on the
database lane), as ``packstation ship``'s do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6 import QtCore

from packstation.config.settings import Settings
from packstation.domain.plausibility import PackageLimits
from packstation.domain.shipments import Shipment
from packstation.gui.runtime_holder import (
    API_LANE,
    DB_LANE,
    LABEL_LANE,
    RuntimeHolder,
    describe_error,
    holder_of,
)
from packstation.services.packing import PackingSession, ScanOutcome, WeightSource
from packstation.services.scan_recorder import ScanRecorder
from packstation.services.workflow import PrintProblem, ShipmentCancelled

if TYPE_CHECKING:
    from packstation.domain.channel import RateOption
    from packstation.gui.main_window import MainWindow
    from packstation.services.documents import DocumentsService
    from packstation.services.inventory import PushReport
    from packstation.services.queue import QueueService
    from packstation.services.runtime import Runtime
    from packstation.services.workflow import (
        FinishResult,
        FinishStep,
        LabelOutcome,
        PackingWorkflow,
        PrintReport,
    )

T = TypeVar("T")
#: Self Ship: (carrier, the tracking id of a one-package shipment or one per package id)
SelfShip = tuple[str, str | Mapping[str, str]]

log = logging.getLogger(__name__)

#: How long a finish waits for the packer to choose a shipping option before it stops.
OPTION_WAIT_S = 600.0
HELD_LABEL_CHECK_MS = 1000  # how often a label left waiting in the spool is looked at


class PackController(QtCore.QObject):
    """The Pack page's calls (see the module docstring); the page listens to its signals.

    Signals:
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
        tracking_taken(str, str, str): a Self Ship tracking id scanned for a shipment is
            already journaled for another one (shipment id, tracking id, the other shipment).
        label_checked(str, str, str): a label scanned after a finish was checked (shipment id,
            the scanned code, the other shipment it belongs to, or "" when it is this one's or
            no label of this station).
        document_printed(str) / document_failed(str): the invoice or packing slip of a
            finished shipment was printed (or why not).
        shipment_done_here(str, int): a scanned code the queue does not hold is a shipment this
            station finished (shipment id, labels printed).
    """

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
    tracking_taken = QtCore.Signal(str, str, str)
    document_printed = QtCore.Signal(str)
    label_checked = QtCore.Signal(str, str, str)
    document_failed = QtCore.Signal(str)
    shipment_done_here = QtCore.Signal(str, int)

    def __init__(self, holder: RuntimeHolder, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.holder = holder
        self._option_futures: set[Future[RateOption | None]] = set()
        #: the write-ahead scan log's bookkeeping (GUI thread only), for the holder's runtime
        self._recorder: ScanRecorder | None = None
        #: labels a finish left waiting in the spool: shipment id -> spool job ids
        self._held: dict[str, list[str]] = {}
        self._held_checking = False
        self._held_timer = QtCore.QTimer(self)
        self._held_timer.setInterval(HELD_LABEL_CHECK_MS)
        self._held_timer.timeout.connect(self._check_held)
        holder.closing.connect(self._on_holder_closing)

    # ------------------------------------------------------------------ the holder's parts
    @property
    def settings(self) -> Settings:
        return self.holder.settings

    @property
    def runtime(self) -> Runtime | None:
        return self.holder.runtime

    @property
    def workflow(self) -> PackingWorkflow | None:
        return self.holder.workflow

    @property
    def queue(self) -> QueueService | None:
        return self.holder.queue

    @property
    def recorder(self) -> ScanRecorder | None:
        """The scan recorder of the running runtime (None before it runs)."""
        workflow = self.workflow
        if workflow is None:
            self._recorder = None
        elif self._recorder is None or self._recorder.workflow is not workflow:
            self._recorder = ScanRecorder(workflow, workflow.scan_log)
        return self._recorder

    def _run(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        **kwargs: Any,
    ) -> None:
        self.holder.run(fn, *args, on_done=on_done, owner=self, **kwargs)

    def _on_holder_closing(self) -> None:
        self._held_timer.stop()
        self._recorder = None
        for waiting in list(self._option_futures):
            if not waiting.done():
                waiting.set_result(None)  # a finish waiting on the packer stops now

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
        self.holder.apply_to_queue([session.shipment])
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
        session.start_weighing(self.holder.scale_latest)
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
        invoice, a packing slip, or one covering both (the channel's ``capabilities().documents``).

        After a finish: the packing slip a shipment requires (``shipmentRequirements.pSlip``)
        prints by itself, once per shipment (the journal notes it): on an ESC/POS
        ``printers.slip`` as text, else Amazon's slip on the slip's document printer
        (``printers.slip``, else ``printers.invoice``). The invoice prints by itself with
        ``printers.invoice_auto`` (not when it is the slip just printed). ``by_key``: the shown
        document, on demand (Ctrl+I). Answers ``document_printed(text)`` and, one line per
        document not printed, ``document_failed(text)``.
        """
        from packstation.domain.channel import SLIP_DOCUMENT
        from packstation.services.documents import DocumentsService, NoDocumentPrinter

        service = DocumentsService.from_settings(self.settings)
        if not service.slip_printer and self.runtime is not None:
            service.slip_printer = self.runtime.slip_printer_url  # the sandbox's virtual one
        sid = session.shipment_id
        shipment = session.shipment
        documents = (
            self.runtime.channel.capabilities(shipment).documents
            if self.runtime is not None
            else ()
        )
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
        self.holder.apply_to_queue([shipment])
        self.shipment_updated.emit(shipment)

    def log_scan(self, session: PackingSession, outcome: ScanOutcome) -> None:
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

    def record_scan(self, session: PackingSession, outcome: ScanOutcome) -> None:
        """Journal one scan and the session's state on the database lane (crash safety).

        When the store refuses a serial another station recorded meanwhile, ``scan_revoked``.
        The scan log (:meth:`log_scan`) is cleared once every scan it holds is journaled.
        """
        workflow = self.workflow
        recorder = self.recorder
        uid = recorder.take(outcome) if recorder is not None else None
        if workflow is None or recorder is None:
            return

        def done(answer: ScanOutcome) -> None:
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

    def save_session(self, session: PackingSession) -> None:
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

    def finish(self, session: PackingSession, self_ship: SelfShip | None = None) -> None:
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
            self.holder.finishing -= 1
            result = error.result if isinstance(error, PrintProblem) else None
            if isinstance(error, PrintProblem):
                self.holder.printer_state.emit("error", describe_error(error))
            if result is not None:
                self.finish_partial.emit(result)
                held = [lb.job for lb in result.labels if lb.job and not lb.printed]
                if held:
                    self._watch_held(shipment_id, held)
            if isinstance(error, ShipmentCancelled):
                self.shipment_cancelled.emit(shipment_id, describe_error(error))
            self.finish_failed.emit(
                shipment_id, describe_error(error), str(bench.failure_kind(error))
            )

        choose = None
        if self.settings.amazon.shipping_option == "ask":

            def choose(
                listed: list[RateOption], recommended: RateOption | None
            ) -> RateOption | None:
                """On the worker: ask the packer (GUI thread) and wait for the answer."""
                if len(listed) == 1:
                    return listed[0]
                answer: Future[RateOption | None] = Future()
                self._option_futures.add(answer)
                try:
                    self.option_needed.emit(shipment_id, listed, recommended, answer)
                    return answer.result(timeout=OPTION_WAIT_S)
                except FutureTimeout:
                    return None
                finally:
                    self._option_futures.discard(answer)

        self.holder.finishing += 1
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

    def _on_finish_progress(self, value: tuple[str, str]) -> None:
        step, text = value
        # The text as it came: a StepNote keeps its values for the page's own words.
        self.finish_progress.emit(str(step), text)

    def _on_finished(self, result: FinishResult) -> None:
        self.holder.finishing -= 1
        if result.printed:
            self.holder.printer_state.emit("ok", self.tr("ready"))
        queue = self.queue
        if queue is not None and queue.remove(result.shipment_id):
            self.holder.queue_changed.emit([], [result.shipment_id])
        self.finish_done.emit(result)

    def reject(self, session: PackingSession, reason: str, lines: dict[str, int] | None) -> None:
        """Reject lines (OUT_OF_STOCK / CUSTOMER_REQUESTED); ``reject_done`` or ``reject_failed``."""
        bench = self.workflow
        shipment_id = session.shipment_id
        if bench is None:
            self.reject_failed.emit(shipment_id, self.tr("Not connected to the marketplace."))
            return

        def done(_result: None) -> None:
            queue = self.queue
            if queue is not None and queue.remove(shipment_id):
                self.holder.queue_changed.emit([], [shipment_id])
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

        def job() -> list[LabelOutcome]:
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

    def label_held(self, shipment_id: str) -> bool:
        """A label of ``shipment_id`` waits in the spool (it prints by itself when it can)."""
        return shipment_id in self._held

    def _watch_held(self, shipment_id: str, jobs: list[str]) -> None:
        self._held[shipment_id] = jobs
        if not self._held_timer.isActive():
            self._held_timer.start()

    # ------------------------------------------------------------------ held labels
    def _check_held(self) -> None:
        bench = self.workflow
        if bench is None or not self._held:
            self._held_timer.stop()
            return
        if self._held_checking:
            return
        self._held_checking = True
        watched = {sid: list(jobs) for sid, jobs in self._held.items()}

        def job() -> dict[str, list[PrintReport]]:
            return {sid: bench.label_jobs(jobs) for sid, jobs in watched.items()}

        def done(reports: dict[str, list[PrintReport]]) -> None:
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


def _finish_job(
    bench: PackingWorkflow,
    session: PackingSession,
    self_ship: SelfShip | None,
    choose: Callable[[list[RateOption], RateOption | None], RateOption | None] | None,
    progress: Callable[[tuple[str, str]], None],
) -> FinishResult:
    def report(step: FinishStep, text: str) -> None:
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


def pack_controller_of(window: MainWindow) -> PackController:
    """The window's pack controller, created on first use (with the window's runtime holder)."""
    controller = window.pack_controller
    if controller is not None:
        return controller
    controller = PackController(holder_of(window), parent=window)
    window.pack_controller = controller
    return controller
