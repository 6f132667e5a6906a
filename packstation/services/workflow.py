"""The bench workflow: open a shipment, record scans, finish it to a printed label, reject, reprint.

:class:`PackingWorkflow` drives one order of a sales channel for one station, through the
:class:`~packstation.services.channel.Channel` seam (External Fulfillment's ``EfChannel`` today):
it asks the channel's capabilities instead of assuming a channel, and imports no API client.
Every method does I/O (HTTP, database, printer): the GUI calls it through its task runner, the
CLI directly.

Crash safety: each workflow step is journaled (intent, then result) in the store's journal, and
every scan / serial saves the packing state in the same transaction. ``finish`` is driven by the
shipment's *real* status at Amazon, so after an ambiguous failure or a restart it re-reads the
shipment and continues from there: a shipment that already has labels gets ``REGENERATE`` (same
tracking ids), never a second ``GENERATE``; a label whose print step began and never finished
is not printed again without the packer asking (:meth:`PackingWorkflow.reprint`).
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from packstation.domain.channel import (
    INVOICE_DOCUMENT,
    SLIP_DOCUMENT,
    CarrierTracking,
    LabelFile,
    PackageLabel,
    RateOption,
    RateQuote,
    Trouble,
    TroubleKind,
)
from packstation.domain.programs import SELF_SHIP, program_of, status_rank
from packstation.domain.shipments import RejectionReason, Shipment, ShipmentStatus
from packstation.domain.units import to_grams
from packstation.services.channel import Channel
from packstation.services.packing import (
    DEFAULT_BOX_PRESETS,
    BoxPreset,
    PackingSession,
    Refusal,
    ScanClass,
    ScanOutcome,
)
from packstation.services.scanlog import ScanLog
from printers.files import private_dir, purge_older_than, write_private
from printers.labelcheck import label_problem

if TYPE_CHECKING:
    from packstation.store.database import Database
    from packstation.store.journal import JournalEntry, PackingState

log = logging.getLogger(__name__)


class FinishStep(StrEnum):
    """The steps of finishing, in order: progress callbacks and the journal name them (the GUI's
    titles are keyed by them). ``CONFIRM`` happens when the shipment is opened, not in finish."""

    CONFIRM = "processShipment"
    CREATE_PACKAGES = "createPackages"
    SHIPPING_OPTIONS = "retrieveShippingOptions"
    INVOICE = "generateInvoice"
    LABELS = "generateShipLabels"
    DOWNLOAD = "downloadLabel"
    PRINT = "printLabel"
    SHIPPED = "updatePackageStatus"
    DONE = "done"


class BenchError(Exception):
    """A problem the packer can act on; the message says what to do."""


class ShipmentCancelled(BenchError):
    """The marketplace cancelled the shipment while it was being packed."""


class NeedsInput(BenchError):
    """The workflow needs something from the packer (shipping option, carrier, tracking id)."""


class PrintProblem(BenchError):
    """The label could not be confirmed printed; it is kept (spool / documents folder).

    ``result`` holds what finishing achieved (tracking ids, saved label files, invoice).
    """

    def __init__(self, message: str, result: FinishResult | None = None) -> None:
        super().__init__(message)
        self.result = result


class ClaimProblem(BenchError):
    """The shipment is held by another station or packer."""


class LabelIncomplete(BenchError):
    """Amazon's label file arrived incomplete again and again; nothing was printed or kept."""


# ---------------------------------------------------------------------- seams


class LabelPrinter(Protocol):
    """Prints one label and says whether the printer confirmed it (see :class:`SpoolPrinter`)."""

    def print_label(self, data: bytes, name: str) -> PrintReport: ...
    def reprint(self, job: str) -> PrintReport: ...


@runtime_checkable
class SpoolQueries(Protocol):
    """A label printer behind a spool (:class:`~packstation.services.printing.SpoolPrinter`):
    its jobs can be asked after and a print a crash left open settled. A plain
    :class:`LabelPrinter` (a test's fake) has none of this; the workflow then does without."""

    def settle(self, name: str) -> PrintReport | None: ...
    def settle_job(self, job: str) -> PrintReport: ...
    def status_of(self, job: str) -> PrintReport: ...


@dataclass(frozen=True)
class PrintReport:
    """What happened to one label job."""

    job: str
    printed: bool
    #: the packer's words: "printed", "waiting: paper out", "attention: ..."
    state: str
    in_doubt: bool = False
    #: still in the spool (queued, or held: paper out ...): it prints by itself, never resubmit
    pending: bool = False


class _PrintInFlight:
    """A label being printed on a thread of its own (the spool sends it, the printer confirms
    it) while the finish fetches the next label. :meth:`settle` waits for it, fills the
    :class:`LabelOutcome` and closes the print's journal step (an exception records the step
    failed; a crash leaves it open, in doubt, as before)."""

    def __init__(
        self,
        step: AbstractContextManager[Callable[[dict[str, Any]], None]],
        done: Callable[[dict[str, Any]], None],
        outcome: LabelOutcome,
        job: Callable[[], PrintReport],
    ) -> None:
        self._step = step
        self._done = done
        self._outcome = outcome
        self._job = job
        self._report: PrintReport | None = None
        self._error: BaseException | None = None
        self._settled = False
        self._thread = threading.Thread(target=self._run, name="label-print", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._report = self._job()
        except BaseException as exc:  # handed to the finish's thread by settle()
            self._error = exc

    def settle(self) -> None:
        if self._settled:
            return
        self._settled = True
        self._thread.join()
        try:
            if self._error is not None:
                raise self._error
            job = self._report
            assert job is not None
            out = self._outcome
            out.job, out.printed, out.print_state = job.job, job.printed, job.state
            self._done({"job": job.job, "printed": job.printed, "state": job.state})
        except BaseException:
            self._step.__exit__(*sys.exc_info())
            raise
        finally:
            self._error = None
        self._step.__exit__(None, None, None)


# ---------------------------------------------------------------------- results


@dataclass
class LabelOutcome:
    package_id: str
    tracking_id: str
    carrier: str
    format: str = ""
    path: Path | None = None
    printed: bool = False
    print_state: str = ""
    job: str = ""


#: what the channel's document is (:attr:`FinishResult.documents`): INVOICE_DOCUMENT and
#: SLIP_DOCUMENT come from packstation.domain.channel


@dataclass
class FinishResult:
    shipment_id: str
    program: str
    labels: list[LabelOutcome] = field(default_factory=list)
    #: the document Amazon's generateInvoice / retrieveInvoice returned (decoded) and its format
    #: (PDF, PNG...): the tax invoice, the packing slip, or one covering both (``documents``)
    invoice: bytes | None = None
    invoice_format: str = ""
    shipping_option_id: str | None = None
    messages: list[str] = field(default_factory=list)
    status: str = ""
    #: what ``invoice`` is (the channel's ``capabilities(order).documents``): ``("invoice",)``,
    #: ``("slip",)`` or ``("invoice", "slip")``; ``()`` where the channel has no document
    documents: tuple[str, ...] = ()

    @property
    def slip(self) -> bytes | None:
        """The packing slip document Amazon returned (alone or with the invoice), or None."""
        return self.invoice if SLIP_DOCUMENT in self.documents else None

    @property
    def tax_invoice(self) -> bytes | None:
        """The tax invoice Amazon returned (alone or with the packing slip), or None."""
        return self.invoice if INVOICE_DOCUMENT in self.documents else None

    @property
    def tracking_ids(self) -> list[str]:
        return [label.tracking_id for label in self.labels]

    @property
    def printed(self) -> bool:
        return bool(self.labels) and all(label.printed for label in self.labels)


class NoteKind(StrEnum):
    """What a progress report of the finish says (:class:`StepNote`)."""

    PACKAGES = "packages"  # creating ``total`` package(s)
    OPTIONS = "options"  # getting shipping options
    DOCUMENT = "document"  # generating the ``documents``
    LABELS = "labels"  # generating the label(s)
    LABELS_AGAIN = "labels_again"  # labels exist at Amazon: fetching them again
    DOWNLOAD = "download"  # downloading label ``n`` of ``total``
    PRINT = "print"  # printing label ``n`` of ``total``
    SHIPPED = "shipped"  # marking the package(s) shipped
    DONE = "done"  # the tracking ids (``tracking_ids``)
    BUSY = "busy"  # Amazon is busy: waiting ``seconds``, then trying again


class StepNote(str):
    """The text of one progress report: English as the CLI prints it, with its values as data
    (``kind``, ``n``, ``total``, ``seconds``, ``documents``, ``tracking_ids``) so the window
    words it in the packer's language."""

    kind: NoteKind
    n: int
    total: int
    seconds: float
    documents: tuple[str, ...]
    tracking_ids: tuple[str, ...]

    def __new__(
        cls,
        text: str,
        kind: NoteKind,
        *,
        n: int = 0,
        total: int = 0,
        seconds: float = 0.0,
        documents: Sequence[str] = (),
        tracking_ids: Sequence[str] = (),
    ) -> StepNote:
        note = super().__new__(cls, text)
        note.kind = kind
        note.n, note.total, note.seconds = n, total, seconds
        note.documents, note.tracking_ids = tuple(documents), tuple(tracking_ids)
        return note


class FailureKind(StrEnum):
    """How a finish failed, for the packer's lead sentence (the CLI's exit codes, as data)."""

    #: labels made but not confirmed printed (kept in the spool): run the finish again
    NOT_PRINTED = "not_printed"
    #: the marketplace cancelled the shipment: put the items back
    CANCELLED = "cancelled"
    #: refused before any change at Amazon (claimed elsewhere, an answer the packer owes)
    REFUSED = "refused"
    #: Amazon unavailable (retries exhausted, broken answers) or credentials refused
    AMAZON_UNAVAILABLE = "amazon_unavailable"
    #: any other problem; the message says what to do
    FAILED = "failed"


Progress = Callable[[FinishStep, str], None]
ChooseOption = Callable[[list[RateOption], RateOption | None], RateOption | None]
SelfShipInfo = Callable[[str], tuple[str, str] | None]


def _noop(_step: FinishStep, _text: str) -> None:
    return None


# ---------------------------------------------------------------------- the service


class PackingWorkflow:
    """One station's bench workflow (see the module docstring)."""

    def __init__(
        self,
        channel: Channel,
        db: Database,
        printer: LabelPrinter | None,
        *,
        station: str,
        packer: str = "packer",
        documents_dir: Path,
        catalogue: dict[str, str] | None = None,
        box_presets: Sequence[BoxPreset] = DEFAULT_BOX_PRESETS,
    ) -> None:
        """``db`` is a :class:`packstation.store.database.Database` (journal, claims, audit)."""
        #: the sales channel the orders come from (``EfChannel``: External Fulfillment)
        self.channel = channel
        self.db = db
        self.printer = printer
        self.station = station
        self.packer = packer
        self.documents_dir = Path(documents_dir)
        self.catalogue = dict(catalogue or {})
        self.box_presets = list(box_presets)
        #: The label printer's resolution: PDF and PNG labels are rendered for it.
        self.label_dpi = 203
        #: how PDF/PNG labels' dots are written for the ZPL printer (printers.label_graphics)
        self.label_graphics = "z64"
        #: test seam: called as ``hook(step, phase)`` with phase "intent" / "done"
        self.hook: Callable[[str, str], None] | None = None
        #: (shipment id, package id) -> grams last written to the audit log
        self._weights_audited: dict[tuple[str, str], float] = {}
        #: the station's write-ahead scan log (set by the runtime for the window), or None; a
        #: :class:`~packstation.services.scan_recorder.ScanRecorder` writes and clears it
        self.scan_log: ScanLog | None = None
        #: a print a crash left unrecorded is settled from the spool (never submitted: print it;
        #: printed or queued there: take that) instead of being left to the packer. The runtime
        #: turns it on for both faces (window and ``ship``); off, the packer is asked.
        self.settle_prints_from_spool = False

    # ------------------------------------------------------------------ serials
    def owner_of(self, serial: str) -> tuple[str, str] | None:
        """:class:`SerialRegistry` over the store: serials are unique across shipments."""
        owner: tuple[str, str] | None = self.db.journal.serial_owner(serial)
        return owner

    # ------------------------------------------------------------------ opening
    def open(
        self, shipment_id: str, *, confirm: bool = True, restore: bool = True
    ) -> PackingSession:
        """Claim, re-read, CONFIRM right away and restore saved scans (``restore``). *I/O*.

        Raises :class:`ClaimProblem` (another station), :class:`ShipmentCancelled`,
        :class:`BenchError` (already shipped, not found).
        """
        from packstation.store.errors import ClaimedElsewhere

        try:
            self.db.claims.claim(shipment_id, self.station, self.packer)
        except ClaimedElsewhere as exc:
            raise ClaimProblem(str(exc)) from exc
        try:
            shipment = self.channel.open_order(shipment_id)
        except Exception as exc:
            trouble = self.channel.trouble(exc)
            if trouble is None or trouble.kind is not TroubleKind.NOT_FOUND:
                raise
            raise BenchError(f"shipment {shipment_id} does not exist at Amazon") from exc
        self._settle_open_steps(shipment)
        status = str(shipment.status)
        if status == ShipmentStatus.CANCELLED.value:
            raise ShipmentCancelled(
                f"shipment {shipment_id} was cancelled by the marketplace: put the items back"
            )
        if status_rank(status) >= status_rank(ShipmentStatus.SHIPPED.value):
            raise BenchError(f"shipment {shipment_id} has already shipped ({status})")
        if (
            confirm
            and status in (ShipmentStatus.CREATED.value, ShipmentStatus.ACCEPTED.value)
            and self.channel.capabilities(shipment).acknowledges
        ):
            shipment = self._confirm(shipment)
        session = PackingSession(
            shipment, serials=self, catalogue=self.catalogue, box_presets=self.box_presets
        )
        saved = self.db.journal.load_state(shipment_id) if restore else None
        if saved is not None and saved.data:
            session.restore(saved.data)
        return session

    def finished_before(
        self, shipment_id: str, *, shipped_at_amazon: bool = False
    ) -> FinishResult | None:
        """What an earlier finish achieved when it printed every label it made (the journal
        only, no I/O at Amazon), else None. Self Ship also needs every package marked shipped,
        unless Amazon says so (``shipped_at_amazon``: a crash after the call, before its
        journal entry)."""
        past = self.db.journal.steps(shipment_id)
        labels = self._journaled_labels(past)
        if not labels:
            return None
        printed = self._printed_packages(past)
        if not set(labels) <= printed:
            return None
        program = ""
        if any(label.get("self_ship") for label in labels.values()):
            program = SELF_SHIP
            if not shipped_at_amazon and not set(labels) <= {
                str(step.payload.get("packageId"))
                for step in past
                if step.name == FinishStep.SHIPPED.value and step.outcome in ("ok", "resolved")
            }:
                return None
        result = FinishResult(shipment_id, program)
        for pid, label in labels.items():
            result.labels.append(_printed_before(pid, label))
        return result

    def purge_documents(self, older_than_days: float) -> int:
        """Delete kept label and invoice copies older than ``older_than_days`` (buyer data is
        kept no longer than needed for reprints). Returns how many files went."""
        return purge_older_than(self.documents_dir, older_than_days)

    def _confirm(self, shipment: Shipment) -> Shipment:
        sid = shipment.id
        with self._step(sid, FinishStep.CONFIRM.value, {"operation": "CONFIRM"}) as done:
            try:
                self.channel.acknowledge(sid)
            except Exception as exc:
                trouble = self.channel.trouble(exc)
                if trouble is None or trouble.kind not in _ACK_UNCLEAR:
                    raise
                if trouble.kind is TroubleKind.AMBIGUOUS:
                    log.warning("confirm of %s ambiguous; re-reading", sid)
                    if trouble.order is None:
                        raise
                else:
                    fresh = self.channel.reread(sid)
                    if str(fresh.status) == ShipmentStatus.CANCELLED.value:
                        raise ShipmentCancelled(_cancelled_message(sid, printed=False)) from exc
                    if status_rank(fresh.status) < status_rank(ShipmentStatus.CONFIRMED.value):
                        raise BenchError(
                            f"Amazon refused to confirm shipment {sid}: {exc}"
                        ) from exc
            done({"status": "CONFIRMED"})
        fresh = self.channel.reread(sid)
        return fresh

    def _settle_open_steps(self, shipment: Shipment) -> list[JournalEntry]:
        """Close steps a crash left open: the re-read shipment is their real result."""
        from packstation.store.journal import Outcome

        steps = list(self.db.journal.open_steps(shipment.id))
        for step in steps:
            if step.name == FinishStep.PRINT.value:
                continue  # settled by the packer (reprint or not), never silently
            self.db.journal.finish_step(
                step.id, Outcome.RESOLVED, {"status": str(shipment.status), "reread": True}
            )
        return steps

    # ------------------------------------------------------------------ scanning
    def scan(
        self, session: PackingSession, code: str, classification: ScanClass | None = None
    ) -> ScanOutcome:
        """:meth:`PackingSession.scan` plus :meth:`record` (one call for the CLI and tests)."""
        outcome = session.scan(code, classification)
        return self.record(session, outcome)

    def record(
        self, session: PackingSession, outcome: ScanOutcome, uid: str | None = None
    ) -> ScanOutcome:
        """Journal a scan and save the packing state in one transaction. *I/O* (fast).

        ``uid``: the scan log entry's (:class:`~packstation.services.scan_recorder.ScanRecorder`),
        so a replay does not double it.
        """
        from packstation.store.errors import SerialInUse

        sid = session.shipment_id
        state = self._state(session)
        if outcome.accepted and outcome.serial and outcome.line_id:
            try:
                self.db.journal.record_serial(
                    sid,
                    outcome.line_id,
                    outcome.serial,
                    station=self.station,
                    packer=self.packer,
                    state=state,
                    uid=uid,
                )
            except SerialInUse as exc:
                # Another station recorded it between our check and now: take it back.
                line = session.lines[outcome.line_id]
                line.serials.remove(outcome.serial)
                for pkg in session.packages:
                    if outcome.serial in pkg.serials.get(outcome.line_id, []):
                        pkg.serials[outcome.line_id].remove(outcome.serial)
                session.pending_serial_line = outcome.line_id
                self.save(session)
                refused = ScanOutcome(
                    False,
                    outcome.code,
                    str(exc),
                    refusal=Refusal.DUPLICATE_SERIAL,
                    line_id=outcome.line_id,
                    sku=line.sku,
                    other=exc.shipment_id,
                    refused_serial=outcome.serial,
                )
                self._audit_scan(session, refused)
                return refused
            self._audit_scan(session, outcome)
            return outcome
        self.db.journal.record_scan(
            sid,
            outcome.code,
            line_id=outcome.line_id,
            accepted=outcome.accepted,
            reason=str(outcome.refusal or ""),
            station=self.station,
            packer=self.packer,
            state=state,
            uid=uid,
        )
        self._audit_scan(session, outcome)
        return outcome

    def save(self, session: PackingSession) -> None:
        """Save the packing state (packages, weights, dimensions). *I/O* (fast)."""
        self.db.journal.save_state(session.shipment_id, self._state(session), station=self.station)
        for pkg in session.packages:
            if pkg.weight is not None:
                self._audit_weight(
                    session, pkg.package_id, float(to_grams(pkg.weight, pkg.weight_unit))
                )

    @staticmethod
    def _state(session: PackingSession) -> PackingState:
        """The session's state as the journal keeps it (one serializer: ``to_state``)."""
        from packstation.store.journal import PackingState

        return PackingState(session.to_state())

    def refresh(self, session: PackingSession) -> bool:
        """Re-read the shipment during packing; True when the marketplace cancelled it."""
        return session.update_shipment(self.channel.reread(session.shipment_id))

    def read_order(self, shipment_id: str) -> Shipment:
        """The order as its channel has it now (the cancellation watch while packing). *I/O*."""
        return self.channel.reread(shipment_id)

    # ------------------------------------------------------------------ finishing
    def finish(
        self,
        session: PackingSession,
        *,
        progress: Progress | None = None,
        choose_option: ChooseOption | None = None,
        self_ship: SelfShipInfo | None = None,
    ) -> FinishResult:
        """:meth:`_finish`, then one audit record of its outcome (see :meth:`_audit_finish`)."""
        started = time.monotonic()
        try:
            with _retry_waits_reported(self.channel, progress) as watched:
                result = self._finish(
                    session, progress=watched, choose_option=choose_option, self_ship=self_ship
                )
        except Exception as exc:
            partial = exc.result if isinstance(exc, PrintProblem) else None
            self._audit_finish(session, started, partial, _finish_outcome(exc))
            raise
        self._audit_finish(session, started, result, "printed")
        return result

    def _finish(
        self,
        session: PackingSession,
        *,
        progress: Progress | None = None,
        choose_option: ChooseOption | None = None,
        self_ship: SelfShipInfo | None = None,
    ) -> FinishResult:
        """Run the workflow from the shipment's status to printed labels. *I/O*.

        ``choose_option(options, recommended)`` picks a shipping option where the channel offers
        several (default: Amazon's recommendation); ``self_ship(package_id) -> (carrier,
        tracking_id)`` answers Self Ship. Raises :class:`ShipmentCancelled`, :class:`NeedsInput`,
        :class:`PrintProblem` (labels made and kept, not confirmed printed), :class:`BenchError`.
        """
        from packstation.store.errors import ClaimedElsewhere

        report = progress or _noop
        sid = session.shipment_id
        try:
            claim = self.db.claims.claim(sid, self.station, self.packer)
        except ClaimedElsewhere as exc:
            raise ClaimProblem(str(exc)) from exc
        shipment = session.shipment
        if session.cancelled or str(shipment.status) == ShipmentStatus.CANCELLED.value:
            raise ShipmentCancelled(_cancelled_message(sid, printed=False))
        caps = self.channel.capabilities(shipment)
        result = FinishResult(sid, program_of(shipment), documents=caps.documents)
        # What earlier finishes of this shipment did (labels, prints, packages shipped): read
        # once; this finish's own steps come after it and are not needed from the journal.
        past = self.db.journal.steps(sid)
        status = str(shipment.status)
        if caps.acknowledges and status in (
            ShipmentStatus.CREATED.value,
            ShipmentStatus.ACCEPTED.value,
        ):
            shipment = self._confirm(shipment)
            session.update_shipment(shipment)
            status = str(shipment.status)
        if status == ShipmentStatus.CONFIRMED.value:
            if not session.is_complete:
                raise BenchError("not finished yet: " + "; ".join(session.problems()))
            report(
                FinishStep.CREATE_PACKAGES,
                StepNote(
                    f"creating {len(session.packages)} package(s)",
                    NoteKind.PACKAGES,
                    total=len(session.packages),
                ),
            )
            packages = session.to_packages()
            shipment = self._guarded(
                session,
                FinishStep.CREATE_PACKAGES,
                {"packages": [p.id for p in packages]},
                lambda: self.channel.create_packages(sid, packages),
                ShipmentStatus.PACKAGE_CREATED.value,
            )
            status = str(shipment.status)
            package_ids = [p.id for p in packages]
        else:
            package_ids = [p.id for p in shipment.packages or []]
        if not package_ids:
            raise BenchError(f"shipment {sid} has no packages at Amazon (status {status})")

        option: RateOption | None = None
        if status_rank(status) < status_rank(ShipmentStatus.SHIPLABEL_GENERATED.value):
            report(
                FinishStep.SHIPPING_OPTIONS,
                StepNote("getting shipping options", NoteKind.OPTIONS),
            )
            options: RateQuote | None = None
            for pid in package_ids:
                options = self._guarded(
                    session,
                    FinishStep.SHIPPING_OPTIONS,
                    {"packageId": pid},
                    lambda pid=pid: self.channel.rates(sid, pid),  # type: ignore[misc]
                    None,
                    reread=False,
                )
            status = max(status, ShipmentStatus.PICKUP_SLOT_RETRIEVED.value, key=status_rank)
            option = self._choose(options, choose_option)
            result.shipping_option_id = option.shipping_option_id if option else None
            if result.documents and status_rank(status) < status_rank(
                ShipmentStatus.INVOICE_GENERATED.value
            ):
                self._generate_document(session, result, report)
            report(FinishStep.LABELS, StepNote("generating the label(s)", NoteKind.LABELS))
            labels = self._generate_labels(session, package_ids, "GENERATE", option, self_ship)
            # New labels were never printed: prints journaled earlier (a marketplace that forgot
            # its labels, e.g. a restarted sandbox) do not count for them.
            fresh = True
        else:
            fresh = False
            # Labels exist (a resumed finish): fetch them again, never make new ones.
            report(
                FinishStep.LABELS,
                StepNote("labels exist at Amazon: fetching them again", NoteKind.LABELS_AGAIN),
            )
            # A package already shipped (a finish that died while marking Self Ship packages
            # shipped) has left with its label: Amazon refuses to REGENERATE it.
            gone = [pid for pid in package_ids if _package_shipped(shipment, pid)]
            for pid in gone:
                courier = self._known_courier(sid, pid, past)
                result.labels.append(
                    LabelOutcome(
                        pid,
                        courier.tracking_id if courier else "",
                        courier.carrier_name if courier else "",
                        printed=True,
                        print_state="shipped",
                    )
                )
            todo = [pid for pid in package_ids if pid not in gone]
            labels = self._labels_to_fetch(session, todo, result, past) if todo else []

        if result.invoice is None and result.documents:
            # Made by an earlier finish (or its answer was lost): Amazon keeps it.
            try:
                doc = self.channel.fetch_document(sid)
                result.invoice, result.invoice_format = doc.content, str(doc.format)
            except Exception as exc:
                if self.channel.trouble(exc) is None:
                    raise
                result.messages.append(f"{_document_words(result.documents)} not available: {exc}")

        self._download_and_print(session, labels, result, report, past, option=option, fresh=fresh)
        order = {pid: n for n, pid in enumerate(package_ids)}
        result.labels.sort(key=lambda lb: order.get(lb.package_id, len(order)))

        if caps.confirms_shipped:
            report(
                FinishStep.SHIPPED,
                StepNote("marking the package(s) shipped", NoteKind.SHIPPED),
            )
            done = self._shipped_packages(sid, past)
            for pid in package_ids:
                if pid in done:
                    continue
                self._guarded(
                    session,
                    FinishStep.SHIPPED,
                    {"packageId": pid},
                    lambda pid=pid: self.channel.confirm_shipped(sid, pid),  # type: ignore[misc]
                    None,
                    reread=False,
                    accept=lambda fresh, pid=pid: _package_shipped(fresh, pid),  # type: ignore[misc]
                )
        result.status = (
            ShipmentStatus.SHIPPED.value
            if caps.confirms_shipped
            else ShipmentStatus.SHIPLABEL_GENERATED.value
        )
        report(
            FinishStep.DONE,
            StepNote(
                ", ".join(result.tracking_ids), NoteKind.DONE, tracking_ids=result.tracking_ids
            ),
        )
        if result.printed:
            self.db.journal.clear_state(sid)
            # The lease this finish renewed (a release by its token: no look-up first).
            self.db.claims.release(claim)
        else:
            raise PrintProblem(
                "label(s) made but not confirmed printed: "
                + "; ".join(f"{lb.package_id}: {lb.print_state}" for lb in result.labels),
                result,
            )
        return result

    def _generate_document(
        self, session: PackingSession, result: FinishResult, report: Progress
    ) -> None:
        """generateInvoice (at PICKUP_SLOT_RETRIEVED): the tax invoice, the packing slip, or one
        document covering both (``result.documents``) into ``result``. A refused packing slip
        alone does not stop the label (the packer is told); a refused invoice does, as ever."""
        sid = session.shipment_id
        words = _document_words(result.documents)
        report(
            FinishStep.INVOICE,
            StepNote(f"generating the {words}", NoteKind.DOCUMENT, documents=result.documents),
        )
        try:
            doc = self._guarded(
                session,
                FinishStep.INVOICE,
                {"documents": list(result.documents)},
                lambda: self.channel.generate_document(sid),
                ShipmentStatus.INVOICE_GENERATED.value,
                reread=False,
            )
        except ShipmentCancelled:
            raise
        except BenchError as exc:
            if INVOICE_DOCUMENT in result.documents:
                raise
            log.warning("packing slip of %s refused: %s", sid, exc)
            result.messages.append(f"{words} not available: {exc}")
            result.documents = ()  # Amazon has none to give
            return
        if isinstance(doc, Shipment):
            return  # an unclear answer, and Amazon has made it: retrieveInvoice fetches it
        result.invoice, result.invoice_format = doc.content, str(doc.format)

    def _choose(self, options: RateQuote | None, choose: ChooseOption | None) -> RateOption | None:
        listed = list(options.options) if options else []
        if not listed:
            return None  # Seller Flex: the slot is pre-set
        recommended = options.recommended if options else None
        if choose is not None:
            picked = choose(listed, recommended)
            if picked is None:
                raise NeedsInput("choose a shipping option to continue")
            return picked
        return recommended or listed[0]

    def _generate_labels(
        self,
        session: PackingSession,
        package_ids: list[str],
        operation: str,
        option: RateOption | None,
        self_ship: SelfShipInfo | None,
        *,
        past: Sequence[JournalEntry] = (),
    ) -> list[PackageLabel]:
        sid = session.shipment_id
        option_id = option.shipping_option_id if option else None
        if not self.channel.capabilities(session.shipment).labels_from_channel:
            out: list[PackageLabel] = []
            for pid in package_ids:
                courier = None
                if operation == "GENERATE":
                    answer = self_ship(pid) if self_ship else None
                    if not answer:
                        raise NeedsInput(
                            f"Self Ship: enter the carrier and tracking id of package {pid}"
                        )
                    courier = CarrierTracking(answer[0], answer[1])
                else:
                    courier = self._known_courier(sid, pid, past)
                out.extend(self._label_call(session, [pid], operation, option_id, courier))
            return out
        return self._label_call(session, package_ids, operation, option_id, None)

    def _known_courier(
        self, sid: str, pid: str, past: Sequence[JournalEntry]
    ) -> CarrierTracking | None:
        """The carrier and tracking id a Self Ship label of ``pid`` was made with (``past``: the
        shipment's journal steps)."""
        for entry in reversed(past):
            if entry.name == FinishStep.LABELS.value and entry.result:
                for label in entry.result.get("labels", []):
                    if label.get("packageId") == pid:
                        return CarrierTracking(label["carrier"], label["trackingId"])
        return None

    def _label_call(
        self,
        session: PackingSession,
        package_ids: list[str],
        operation: str,
        option_id: str | None,
        courier: CarrierTracking | None,
    ) -> list[PackageLabel]:
        sid = session.shipment_id
        payload: dict[str, Any] = {
            "operation": operation,
            "packageIds": package_ids,
            "option": option_id,
        }
        if courier is not None:
            # Journal.shipment_with_tracking finds a Self Ship tracking id used before.
            payload["tracking"] = courier.tracking_id
            payload["carrier"] = courier.carrier_name
        with self._step(sid, FinishStep.LABELS.value, payload) as done:
            make = (
                self.channel.make_labels if operation == "GENERATE" else self.channel.labels_again
            )
            try:
                answer = make(sid, package_ids, option_id=option_id, carrier=courier)
            except Exception as exc:
                trouble = self.channel.trouble(exc)
                if trouble is None or not trouble.unclear:
                    raise
                # The answer was lost or broken: re-read the shipment, never GENERATE blindly.
                fresh = self._reread_or_cancel(session, exc, trouble)
                if operation == "GENERATE" and status_rank(fresh.status) >= status_rank(
                    ShipmentStatus.SHIPLABEL_GENERATED.value
                ):
                    # It happened: fetch the same labels again instead of generating more.
                    answer = self.channel.labels_again(
                        sid, package_ids, option_id=option_id, carrier=courier
                    )
                elif trouble.kind is TroubleKind.MALFORMED:
                    raise
                else:
                    raise BenchError(f"Amazon refused the label for shipment {sid}: {exc}") from exc
            self._after("generateShipLabels", "called")
            failed = [lb for lb in answer if lb.failed]
            labels = [lb for lb in answer if not lb.failed]
            done(
                {
                    "labels": [
                        {
                            "packageId": lb.package_id,
                            "trackingId": lb.tracking_id,
                            "carrier": lb.carrier_name,
                            # the presigned URL: a resumed finish fetches the same file again
                            # instead of asking Amazon for a REGENERATE (a "reprint" label)
                            "url": lb.url,
                            "self_ship": courier is not None,
                        }
                        for lb in labels
                        if lb.tracking_id is not None
                    ],
                    "failed": [lb.package_id for lb in failed],
                }
            )
        if failed:
            why = "; ".join(f"{lb.package_id}: {lb.failure}" for lb in failed)
            raise BenchError(f"Amazon could not make the label: {why}; press Finish to retry")
        return labels

    def _existing_labels(
        self,
        session: PackingSession,
        package_ids: list[str],
        option: RateOption | None,
        self_ship: SelfShipInfo | None,
        past: Sequence[JournalEntry] | None = None,
    ) -> list[PackageLabel]:
        if past is None:
            past = self.db.journal.steps(session.shipment_id)
        option_id = None
        if self.channel.capabilities(session.shipment).has_pickup_slots:
            for entry in reversed(past):
                if entry.name == FinishStep.LABELS.value and entry.payload.get("option"):
                    option_id = entry.payload["option"]
                    break
            if option_id is None:
                quote = self.channel.rates(session.shipment_id, package_ids[0])
                listed = list(quote.options)
                chosen = quote.recommended or (listed[0] if listed else None)
                option_id = chosen.shipping_option_id if chosen else None
        chosen_option = option or (RateOption(shipping_option_id=option_id) if option_id else None)
        return self._generate_labels(
            session, package_ids, "REGENERATE", chosen_option, self_ship, past=past
        )

    @staticmethod
    def _journaled_labels(past: Sequence[JournalEntry]) -> dict[str, dict[str, Any]]:
        """Package id -> the newest label the journal knows of it (trackingId, carrier, url)."""
        out: dict[str, dict[str, Any]] = {}
        for entry in past:
            if entry.name == FinishStep.LABELS.value and entry.result:
                for label in entry.result.get("labels", []) or []:
                    if isinstance(label, dict) and label.get("packageId"):
                        out[str(label["packageId"])] = label
        return out

    @staticmethod
    def _journaled_option(past: Sequence[JournalEntry]) -> str | None:
        for entry in reversed(past):
            if entry.name == FinishStep.LABELS.value and entry.payload.get("option"):
                return str(entry.payload["option"])
        return None

    def _labels_to_fetch(
        self,
        session: PackingSession,
        package_ids: list[str],
        result: FinishResult,
        past: Sequence[JournalEntry],
    ) -> list[PackageLabel]:
        """A resumed finish (labels exist at Amazon): a label printed before is done (no call
        at all); one the journal has a URL for is fetched from it (REGENERATE only when that
        URL fails: :meth:`_fetch_label`); the rest are REGENERATEd (same tracking ids)."""
        known = self._journaled_labels(past)
        printed = self._printed_packages(past)
        out: list[PackageLabel] = []
        regenerate: list[str] = []
        for pid in package_ids:
            label = known.get(pid)
            if label is not None and pid in printed:
                result.labels.append(_printed_before(pid, label))
            elif label is not None and label.get("url"):
                out.append(
                    PackageLabel(
                        package_id=pid,
                        tracking_id=str(label.get("trackingId", "")),
                        carrier_name=str(label.get("carrier", "")),
                        url=str(label["url"]),
                    )
                )
            else:
                regenerate.append(pid)
        if regenerate:
            out.extend(self._existing_labels(session, regenerate, None, None, past))
        return out

    def _fetch_label(
        self,
        session: PackingSession,
        lb: PackageLabel,
        option_id: str | None,
        past: Sequence[JournalEntry],
    ) -> tuple[LabelFile, PackageLabel]:
        """The label file of ``lb``, complete. A cut transfer is fetched once more; an expired
        or forbidden URL (403/404), or a file still incomplete, gets a fresh URL from Amazon
        (REGENERATE of this package: same tracking id). Raises :class:`LabelIncomplete`."""
        pid = lb.package_id or ""
        why = ""
        for attempt in (1, 2, 3):
            try:
                label = self._label_file(lb)
            except Exception as exc:
                trouble = self.channel.trouble(exc)
                if trouble is None or trouble.kind not in _LINK_GONE or attempt == 3:
                    raise
                why = f"the label URL no longer works (HTTP {trouble.status})"
            else:
                problem = label_problem(label.content, str(label.format))
                if problem is None:
                    return label, lb
                why = problem
            log.warning("label of %s %s: %s", session.shipment_id, pid, why)
            if (attempt == 1 and why.startswith("the label URL")) or attempt == 2:
                lb = self._regenerate_one(session, lb, option_id, past)
        raise LabelIncomplete(
            f"Amazon sent the label of package {pid} incomplete three times ({why}); nothing "
            "was printed: run the finish again in a few minutes"
        )

    def _regenerate_one(
        self,
        session: PackingSession,
        lb: PackageLabel,
        option_id: str | None,
        past: Sequence[JournalEntry],
    ) -> PackageLabel:
        """A fresh URL for one package's label (REGENERATE: same tracking id)."""
        pid = lb.package_id or ""
        caps = self.channel.capabilities(session.shipment)
        courier = None
        if not caps.labels_from_channel and lb.tracking_id is not None:
            courier = CarrierTracking(lb.carrier_name or "", lb.tracking_id)
        if option_id is None and caps.has_pickup_slots:
            option_id = self._journaled_option(past)
        if option_id is None and caps.has_pickup_slots:
            (fresh,) = self._existing_labels(session, [pid], None, None, past)
        else:
            (fresh,) = self._label_call(session, [pid], "REGENERATE", option_id, courier)
        if fresh.url is None and fresh.file is None:
            raise BenchError(f"Amazon sent no label file for package {pid}: try again later")
        return fresh

    def _settle_print(self, sid: str, pid: str, past: Sequence[JournalEntry]) -> PrintReport | None:
        """A print of ``pid`` a crash left open, settled from the spool: None when the spool
        never took it (print it now), else the job as it is. The open journal step is closed
        with what the spool says, so it is not asked again."""
        from packstation.store.journal import Outcome

        if not isinstance(self.printer, SpoolQueries):
            raise LookupError("this printer cannot settle a print")
        found = self.printer.settle(f"{sid} {pid}")
        if found is not None and found.in_doubt:
            return found  # cut while sending: only the packer (or the printer) can tell
        for step in past:
            if (
                step.name == FinishStep.PRINT.value
                and step.payload.get("packageId") == pid
                and step.finished_at is None
            ):
                detail: dict[str, Any] = {"settled": "spool", "printed": False}
                if found is not None:
                    detail.update(job=found.job, printed=found.printed, state=found.state)
                else:
                    detail["state"] = "never reached the spool"
                self.db.journal.finish_step(step.id, Outcome.RESOLVED, detail)
        return found

    def _download_and_print(
        self,
        session: PackingSession,
        labels: list[PackageLabel],
        result: FinishResult,
        report: Progress,
        past: Sequence[JournalEntry],
        *,
        option: RateOption | None = None,
        fresh: bool = False,
    ) -> None:
        """``fresh``: the labels were generated by this finish (no earlier print counts)."""
        # One label at a time in the printer, but the printer and Amazon no longer one after
        # the other: label n prints (sent, then confirmed by the printer) while label n+1 is
        # downloaded and rendered; label n's confirmation is awaited before label n+1 is sent.
        in_flight: list[_PrintInFlight] = []
        try:
            self._download_and_print_labels(
                session,
                labels,
                result,
                report,
                past,
                in_flight=in_flight,
                option=option,
                fresh=fresh,
            )
        finally:
            for job in in_flight:
                job.settle()
            in_flight.clear()

    def _download_and_print_labels(
        self,
        session: PackingSession,
        labels: list[PackageLabel],
        result: FinishResult,
        report: Progress,
        past: Sequence[JournalEntry],
        *,
        in_flight: list[_PrintInFlight],
        option: RateOption | None,
        fresh: bool,
    ) -> None:
        """The loop of :meth:`_download_and_print`; ``in_flight`` holds the label sent and not
        yet confirmed (settled before the next is sent, and by the caller at the end)."""
        sid = session.shipment_id
        folder = private_dir(self.documents_dir / sid)
        printed_before = set() if fresh else self._printed_packages(past)
        option_id = option.shipping_option_id if option else self._journaled_option(past)
        for n, lb in enumerate(labels, start=1):
            pid = lb.package_id or f"package-{n}"
            outcome = LabelOutcome(pid, lb.tracking_id or "", lb.carrier_name or "")
            result.labels.append(outcome)
            if lb.url is None and lb.file is None:
                outcome.print_state = "Amazon sent no label file"
                continue
            report(
                FinishStep.DOWNLOAD,
                StepNote(
                    f"downloading label {n} of {len(labels)}",
                    NoteKind.DOWNLOAD,
                    n=n,
                    total=len(labels),
                ),
            )
            label, _fetched = self._fetch_label(session, lb, option_id, past)
            outcome.format = str(label.format)
            ext = {"ZPL": "zpl", "PDF": "pdf", "PNG": "png"}.get(outcome.format, "bin")
            path = folder / f"{pid}.{ext}"
            outcome.path = path
            # The copies (the label as Amazon sent it, and the ZPL made of a PDF/PNG) are kept
            # for Reprint and the preview once the label is on its way to the printer: their
            # writes overlap the printer's work instead of delaying it. A finish cut before they
            # are written fetches the label again when it resumes.
            kept: list[tuple[Path, bytes]] = [(path, label.content)]
            try:
                if pid in printed_before:
                    outcome.printed, outcome.print_state = True, "printed before"
                    continue
                earlier = None if fresh else self._earlier_job(pid, past)
                if earlier is not None:
                    # A label of an earlier finish still waits in the spool, or printed since.
                    outcome.job, outcome.printed = earlier.job, earlier.printed
                    outcome.print_state = "printed" if earlier.printed else earlier.state
                    if earlier.printed:
                        with self._step(sid, FinishStep.PRINT.value, {"packageId": pid}) as done:
                            done(
                                {"job": earlier.job, "printed": True, "state": "printed (spooled)"}
                            )
                    continue
                in_doubt = not fresh and self._print_in_doubt(pid, past)
                if in_doubt and self.settle_prints_from_spool and self.printer is not None:
                    settled = self._settle_print(sid, pid, past)
                    if settled is not None and not settled.in_doubt:
                        outcome.job, outcome.printed = settled.job, settled.printed
                        outcome.print_state = "printed" if settled.printed else settled.state
                        continue
                    in_doubt = settled is not None  # None: never reached the spool, print it
                if in_doubt:
                    outcome.print_state = (
                        "the label may have printed before the interruption: check the printer, "
                        "then press Reprint if it did not"
                    )
                    result.messages.append(outcome.print_state)
                    continue
                if self.printer is None:
                    outcome.print_state = f"no label printer set: label saved as {path}"
                    continue
                data = label.content
                if outcome.format in ("PDF", "PNG"):
                    # Some marketplaces (US, UK, ...) send PDF or PNG: render it for the printer,
                    # and keep the ZPL beside it so Reprint sends the same label.
                    from printers.zpl.graphic import LabelConversionError, label_to_zpl

                    try:
                        data = label_to_zpl(
                            label.content,
                            outcome.format,
                            dpi=self.label_dpi,
                            encoding=self.label_graphics,
                        )
                    except LabelConversionError as exc:
                        outcome.print_state = (
                            f"the {outcome.format} label could not be prepared for the label "
                            f"printer ({exc}): print {path.name} from the preview"
                        )
                        continue
                    kept.append((folder / f"{pid}.zpl", data))
                elif outcome.format != "ZPL":
                    outcome.print_state = (
                        f"the label is {outcome.format}: print {path.name} from the preview"
                    )
                    continue
                # The label before this one, sent while this one was fetched: confirmed first.
                for job in in_flight:
                    job.settle()
                in_flight.clear()
                # The last moment to stop: a cancellation seen since finishing began.
                if session.cancelled:
                    raise ShipmentCancelled(_cancelled_message(sid, printed=False))
                report(
                    FinishStep.PRINT,
                    StepNote(
                        f"printing label {n} of {len(labels)}",
                        NoteKind.PRINT,
                        n=n,
                        total=len(labels),
                    ),
                )
                in_flight.append(self._send_label(sid, pid, data, outcome))
            finally:
                for where, content in kept:
                    write_private(where, content)

    def _send_label(self, sid: str, pid: str, data: bytes, outcome: LabelOutcome) -> _PrintInFlight:
        """Journal the print's intent and print the label on a thread of its own: the finish
        fetches the next label meanwhile, and :meth:`_PrintInFlight.settle` (before the next
        label is sent, and at the end) waits for the printer's confirmation and journals it."""
        printer = self.printer
        assert printer is not None
        step = self._step(sid, FinishStep.PRINT.value, {"packageId": pid})
        done = step.__enter__()
        try:
            return _PrintInFlight(
                step, done, outcome, lambda: printer.print_label(data, f"{sid} {pid}")
            )
        except BaseException:
            step.__exit__(*sys.exc_info())
            raise

    def _label_file(self, lb: PackageLabel) -> LabelFile:
        """The label's file: as the channel answered it, else fetched from its URL."""
        if lb.file is not None:
            return lb.file
        assert lb.url is not None
        return self._download(lb.url)

    def _download(self, url: str) -> LabelFile:
        """The label file from its URL (EF: presigned; the client keeps its signed query)."""
        return self.channel.fetch_label(url)

    @staticmethod
    def _printed_packages(past: Sequence[JournalEntry]) -> set[str]:
        """Packages whose label an earlier finish saw printed (``past``: the journal steps)."""
        out: set[str] = set()
        for entry in past:
            pid = entry.payload.get("packageId")
            if (
                entry.name == FinishStep.PRINT.value
                and entry.result
                and entry.result.get("printed")
                and isinstance(pid, str)
            ):
                out.add(pid)
        return out

    def _earlier_job(self, pid: str, past: Sequence[JournalEntry]) -> PrintReport | None:
        """The spool job of an earlier finish of this package that is still pending (paper
        out ...) or has printed since; None when there is none or it failed for good."""
        spool = self.printer
        if not isinstance(spool, SpoolQueries):
            return None
        for entry in reversed(past):
            if entry.name != FinishStep.PRINT.value or entry.payload.get("packageId") != pid:
                continue
            job = (entry.result or {}).get("job")
            if not job or (entry.result or {}).get("printed"):
                return None
            if self.settle_prints_from_spool:
                report = spool.settle_job(str(job))
            else:
                report = spool.status_of(str(job))
            return report if report.printed or report.pending or report.in_doubt else None
        return None

    @staticmethod
    def _print_in_doubt(pid: str, past: Sequence[JournalEntry]) -> bool:
        """A print of ``pid`` began and never finished (a crash): it may have printed."""
        return any(
            step.name == FinishStep.PRINT.value
            and step.payload.get("packageId") == pid
            and step.finished_at is None
            for step in past
        )

    def _shipped_packages(self, sid: str, past: Sequence[JournalEntry]) -> set[str]:
        """Self Ship packages already marked SHIPPED by an earlier finish: the journal knows,
        unless an updatePackageStatus of this shipment began without a known success (a
        crash, a timeout, a refusal): then Amazon's answer decides (one re-read)."""
        shipped = [step for step in past if step.name == FinishStep.SHIPPED.value]
        if any(step.outcome != "ok" for step in shipped):
            fresh = self.channel.reread(sid)
            return {p.id for p in fresh.packages or [] if _package_shipped(fresh, p.id)}
        return {str(step.payload.get("packageId")) for step in shipped}

    # ------------------------------------------------------------------ reprint / reject
    def label_jobs(self, jobs: Sequence[str]) -> list[PrintReport]:
        """The spool jobs of labels as they are now (held ones may have printed since). *I/O*."""
        spool = self.printer
        if not isinstance(spool, SpoolQueries):
            return []
        return [spool.status_of(job) for job in jobs]

    def reprint(self, shipment_id: str, package_id: str | None = None) -> list[LabelOutcome]:
        """Print the shipment's saved label(s) again (the packer asked). *I/O*.

        Settles a print step a crash left in doubt. Labels are REGENERATEd at Amazon when the
        saved file is missing.
        """
        from packstation.store.journal import Outcome

        for step in self.db.journal.open_steps(shipment_id):
            if step.name == FinishStep.PRINT.value:
                self.db.journal.finish_step(step.id, Outcome.ABANDONED, {"reprinted": True})
        folder = self.documents_dir / shipment_id
        files = sorted(folder.glob("*.zpl")) if folder.is_dir() else []
        if package_id is not None:
            files = [f for f in files if f.stem == package_id]
        if not files:
            files = self.regenerate(shipment_id)
        out = []
        if self.printer is None:
            raise PrintProblem("no label printer is set")
        for path in files:
            with self._step(shipment_id, FinishStep.PRINT.value, {"packageId": path.stem}) as done:
                job = self.printer.print_label(path.read_bytes(), f"{shipment_id} {path.stem}")
                done({"job": job.job, "printed": job.printed, "state": job.state, "reprint": True})
            out.append(
                LabelOutcome(path.stem, "", "", "ZPL", path, job.printed, job.state, job.job)
            )
        return out

    def regenerate(self, shipment_id: str) -> list[Path]:
        """REGENERATE the labels at Amazon (same tracking ids) and save them. *I/O*."""
        shipment = self.channel.reread(shipment_id)
        session = PackingSession(shipment, serials=self)
        ids = [p.id for p in shipment.packages or []]
        labels = self._existing_labels(session, ids, None, None)
        folder = private_dir(self.documents_dir / shipment_id)
        paths = []
        past = self.db.journal.steps(shipment_id)
        for lb in labels:
            if lb.url is None and lb.file is None:
                continue
            label, _fetched = self._fetch_label(session, lb, None, past)
            ext = {"ZPL": "zpl", "PDF": "pdf", "PNG": "png"}.get(str(label.format), "bin")
            path = write_private(folder / f"{lb.package_id}.{ext}", label.content)
            if ext in ("pdf", "png"):
                from printers.zpl.graphic import label_to_zpl

                path = write_private(
                    folder / f"{lb.package_id}.zpl",
                    label_to_zpl(
                        label.content,
                        ext.upper(),
                        dpi=self.label_dpi,
                        encoding=self.label_graphics,
                    ),
                )
            paths.append(path)
        return [p for p in paths if p.suffix == ".zpl"]

    def failure_kind(self, exc: BaseException) -> FailureKind:
        """How a finish that raised ``exc`` failed, as the CLI's exit codes class it (pure)."""
        if isinstance(exc, PrintProblem):
            return FailureKind.NOT_PRINTED
        if isinstance(exc, ShipmentCancelled):
            return FailureKind.CANCELLED
        if isinstance(exc, ClaimProblem | NeedsInput):
            return FailureKind.REFUSED
        if isinstance(exc, LabelIncomplete):
            return FailureKind.AMAZON_UNAVAILABLE
        trouble = self.channel.trouble(exc)
        if trouble is not None and trouble.kind is not TroubleKind.NOT_FOUND:
            return FailureKind.AMAZON_UNAVAILABLE
        return FailureKind.FAILED

    @staticmethod
    def can_reject(shipment: Shipment) -> bool:
        """Whether the marketplace allows the seller to reject the shipment in its status."""
        allowed = shipment.shipment_info.order_states_eligible_for_rejection or []
        return str(shipment.status) in allowed

    def reject(
        self,
        session: PackingSession,
        reason: RejectionReason | str,
        lines: dict[str, int] | None = None,
    ) -> None:
        """Reject (OUT_OF_STOCK / CUSTOMER_REQUESTED) the given lines (default: all). *I/O*."""
        sid = session.shipment_id
        shipment = self.channel.reread(sid)
        if not self.channel.can_reject(shipment):
            raise BenchError(
                f"shipment {sid} cannot be rejected in status {shipment.status}; "
                "the marketplace allows it only in: "
                + ", ".join(shipment.shipment_info.order_states_eligible_for_rejection or [])
            )
        reason = RejectionReason(str(reason))
        chosen = lines or {lid: line.expected for lid, line in session.lines.items()}
        with self._step(sid, "processShipment", {"operation": "REJECT", "reason": reason}) as done:
            self.channel.reject(sid, chosen, reason)
            done({"status": "CANCELLED"})
        self.db.journal.clear_state(sid)
        self._release(sid)

    def close_shipment(self, shipment_id: str) -> None:
        """Release the claim without finishing (the packer put the shipment aside)."""
        self._release(shipment_id)

    def resume_open(self) -> list[str]:
        """Shipments this station left mid-finish (open journal steps): resume them first."""
        steps = self.db.journal.open_steps(station=self.station)
        return list(dict.fromkeys(step.shipment_id for step in steps))

    # ------------------------------------------------------------------ audit
    def _audit(self, kind: str, shipment_id: str, detail: dict[str, Any]) -> None:
        """One audit record (ids, SKUs, counts: never names or addresses). Runs on the caller's
        worker thread after its journal write; a failed audit write is logged, never fatal to
        the packing workflow."""
        try:
            self.db.audit.append(
                kind, station=self.station, who=self.packer, shipment_id=shipment_id, detail=detail
            )
        except Exception:
            log.exception("could not write the %s audit record of %s", kind, shipment_id)

    def record_override(self, session: PackingSession, what: str, detail: dict[str, Any]) -> None:
        """An audited override by the packer (``PS:CONFIRM``: a multi-piece item's pieces shipped
        together, ...): one ``override`` audit record and the session saved. *I/O*."""
        self.save(session)
        self._audit(
            "override",
            session.shipment_id,
            {"override": what, "program": session.program, **detail},
        )

    def _audit_scan(self, session: PackingSession, outcome: ScanOutcome) -> None:
        detail: dict[str, Any] = {"accepted": outcome.accepted, "program": session.program}
        line = session.lines.get(outcome.line_id) if outcome.line_id else None
        if line is not None:
            detail["line_id"], detail["sku"] = line.line_id, line.sku
        if outcome.serial:
            detail["serial"] = True
        if not outcome.accepted:
            detail["reason"] = str(outcome.refusal or "refused")
        self._audit("scan", session.shipment_id, detail)

    def _audit_weight(self, session: PackingSession, package_id: str, grams: float) -> None:
        key = (session.shipment_id, package_id)
        if self._weights_audited.get(key) == grams:
            return  # saved again unchanged (dimensions, box preset): not a new weighing
        self._weights_audited[key] = grams
        detail = {"grams": round(grams, 1), "package": package_id, "program": session.program}
        self._audit("weight", session.shipment_id, detail)

    def _audit_finish(
        self,
        session: PackingSession,
        started: float,
        result: FinishResult | None,
        outcome: str,
    ) -> None:
        """The finish record the packer figures are computed from (``detail["event"] ==
        "finish"``): outcome, the packer's wait from Finish to the label confirmed (s), units,
        packages, program, and whether it shipped after ``expectedShippingDateTimeInUTC``."""
        sid = session.shipment_id
        expected = session.shipment.shipping_info.expected_shipping_date_time_in_utc
        now = datetime.now(UTC)
        detail: dict[str, Any] = {
            "event": FINISH_EVENT,
            "outcome": outcome,
            "wait_s": round(time.monotonic() - started, 3),
            "items": session.expected_units,
            "packages": len(session.packages),
            "program": session.program,
            "sla_miss": bool(expected is not None and now > expected),
        }
        if result is not None:
            detail["tracking"] = result.tracking_ids
            detail["printed"] = result.printed
        for key in [k for k in self._weights_audited if k[0] == sid]:
            del self._weights_audited[key]
        self._audit("print_job" if outcome == "printed" else "api_call", sid, detail)

    # ------------------------------------------------------------------ internals
    def _release(self, shipment_id: str) -> None:
        claim = self.db.claims.holder(shipment_id)
        if claim is not None and claim.station == self.station:
            self.db.claims.release(claim)

    def _after(self, step: str, phase: str) -> None:
        if self.hook is not None:
            self.hook(step, phase)

    @contextmanager
    def _step(
        self, sid: str, name: str, payload: dict[str, Any]
    ) -> Iterator[Callable[[dict[str, Any]], None]]:
        """Journal ``name``: intent now, result when ``done(result)`` is called.

        An ``Exception`` records the step failed; anything else (a crash) leaves it open.
        """
        from packstation.store.journal import Outcome

        step_id = self.db.journal.begin_step(
            sid, name, payload, station=self.station, packer=self.packer
        )
        self._after(name, "intent")
        finished = False

        def done(result: dict[str, Any]) -> None:
            nonlocal finished
            self.db.journal.finish_step(step_id, Outcome.OK, result)
            finished = True

        try:
            yield done
        except Exception as exc:
            if not finished:
                self.db.journal.finish_step(
                    step_id, Outcome.FAILED, {"error": type(exc).__name__, "message": str(exc)}
                )
            raise
        if not finished:
            self.db.journal.finish_step(step_id, Outcome.OK, {})
        self._after(name, "done")

    def _guarded(
        self,
        session: PackingSession,
        step: FinishStep,
        payload: dict[str, Any],
        call: Callable[[], Any],
        target: str | None,
        *,
        reread: bool = True,
        accept: Callable[[Shipment], bool] | None = None,
    ) -> Any:
        """Run one state-changing call under the journal; on an ambiguous or refused answer,
        re-read the shipment and accept it when it already reached ``target`` (or when
        ``accept(fresh)`` says the call's effect is there)."""
        sid = session.shipment_id
        with self._step(sid, step.value, payload) as done:
            try:
                answer = call()
            except Exception as exc:
                trouble = self.channel.trouble(exc)
                if trouble is None or not trouble.unclear:
                    raise
                fresh = self._reread_or_cancel(session, exc, trouble)
                if (target is not None and status_rank(fresh.status) >= status_rank(target)) or (
                    accept is not None and accept(fresh)
                ):
                    done({"status": str(fresh.status), "reread": True})
                    return fresh
                if trouble.kind is TroubleKind.MALFORMED:
                    raise  # Amazon's answer was broken and nothing changed: try again later
                raise BenchError(f"{step.value} failed for shipment {sid}: {exc}") from exc
            self._after(step.value, "called")
            done({"status": target or ""})
        if target is None:
            return answer
        if reread:
            # The new status without another round trip: the call succeeded.
            return session.shipment.model_copy(update={"status": target})
        return answer

    def _reread_or_cancel(
        self, session: PackingSession, exc: Exception, trouble: Trouble
    ) -> Shipment:
        fresh = self.channel.reread(session.shipment_id, trouble)
        session.update_shipment(fresh)
        if str(fresh.status) == ShipmentStatus.CANCELLED.value:
            raise ShipmentCancelled(_cancelled_message(session.shipment_id, printed=False)) from exc
        return fresh


#: ``detail["event"]`` of the audit record each finish leaves (packstation.services.stats)
FINISH_EVENT = "finish"


def _finish_outcome(exc: BaseException) -> str:
    """The audit word for how a finish ended: printed / not_printed / cancelled / ..."""
    if isinstance(exc, PrintProblem):
        return "not_printed"
    if isinstance(exc, ShipmentCancelled):
        return "cancelled"
    if isinstance(exc, NeedsInput):
        return "needs_input"
    if isinstance(exc, ClaimProblem):
        return "claimed_elsewhere"
    return "failed"


#: refusals of the acknowledgement that are judged by the re-read order
_ACK_UNCLEAR = (TroubleKind.AMBIGUOUS, TroubleKind.REFUSED)
#: a label link that no longer works: the channel gives a fresh one
_LINK_GONE = (TroubleKind.DENIED, TroubleKind.NOT_FOUND)


@contextmanager
def _retry_waits_reported(channel: Channel, progress: Progress | None) -> Iterator[Progress]:
    """Tell ``progress`` (under the step running) each time the channel waits before repeating
    a throttled or refused call (429, 503): the packer sees the bench is waiting on Amazon."""
    last = [FinishStep.CREATE_PACKAGES]

    def report(step: FinishStep, text: str) -> None:
        last[0] = step
        if progress is not None:
            progress(step, text)

    if progress is None:
        yield report
        return

    def waiting(seconds: float) -> None:
        report(
            last[0],
            StepNote(
                f"Amazon is busy: waiting {seconds:.1f} s, then trying again",
                NoteKind.BUSY,
                seconds=seconds,
            ),
        )

    with channel.waits_reported(waiting):
        yield report


def _printed_before(package_id: str, label: Mapping[str, Any]) -> LabelOutcome:
    """A journaled label an earlier finish printed (not printed again)."""
    return LabelOutcome(
        package_id,
        str(label.get("trackingId", "")),
        str(label.get("carrier", "")),
        printed=True,
        print_state="printed before",
    )


def _cancelled_message(sid: str, *, printed: bool) -> str:
    tail = " Destroy the printed label." if printed else " Nothing was printed."
    return f"The marketplace cancelled shipment {sid}: stop packing and put the items back.{tail}"


def _package_shipped(shipment: Shipment, package_id: str) -> bool:
    """Whether Amazon has the package as SHIPPED (or already DELIVERED)."""
    return any(
        p.id == package_id and str(p.status) in ("SHIPPED", "DELIVERED")
        for p in shipment.packages or []
    )


def _document_words(documents: Sequence[str]) -> str:
    """The packer's words for a document of ``ChannelCapabilities.documents``."""
    if INVOICE_DOCUMENT in documents and SLIP_DOCUMENT in documents:
        return "invoice and packing slip"
    return "packing slip" if SLIP_DOCUMENT in documents else "invoice"
