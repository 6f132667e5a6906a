"""Everything a bench needs, built from the settings: client, channel, database, printers, queue,
packing workflow, scale, weights, inventory and returns.

``Runtime.from_settings(settings, paths)`` does I/O (it may start the built-in sandbox
marketplace, the virtual label printer and the virtual scale, opens the database and the scale):
the GUI calls it off the GUI thread. ``close()`` stops what it started, in reverse order; it is
safe to call twice.

The scale: ``settings.scale.url`` (serial MT-SICS / NCI / CAS, ``hid://`` USB HID POS, or
``socket://`` for an emulator) opens one :class:`~packstation.devices.scale.Scale`, read on its own
thread; the Pack page and the Devices page share it. In the sandbox profile with no scale set
(and ``scale.virtual`` on), a virtual MT-SICS scale on 127.0.0.1 is started and read through the
same code, so a newcomer weighs packages from the Devices page.

Every part is a typed attribute: a page or a command asks ``runtime.scale``, ``runtime.inventory``
or ``runtime.returns``, never ``getattr(runtime, ...)`` (a part nothing wires then shows as a
type error, not as a silent ``None``).
"""

from __future__ import annotations

import logging
import threading
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from packstation.amazon.client import EFClient
from packstation.config.paths import AppPaths
from packstation.config.settings import Settings
from packstation.devices.scale import Scale, open_scale
from packstation.services.channels.ef import EfChannel
from packstation.services.inventory import InventoryService
from packstation.services.printing import SpoolPrinter
from packstation.services.queue import QueueService
from packstation.services.ratebudget import shared_limiter
from packstation.services.returns import ReturnsService
from packstation.services.scan_recorder import replay_scan_log
from packstation.services.scanlog import ScanLog
from packstation.services.weights import FileWeightHistory
from packstation.services.workflow import PackingWorkflow
from packstation.store.database import Database
from printers.spool import Spool

if TYPE_CHECKING:
    from packstation.devices.emulator import ScaleEmulator
    from packstation.sandbox.server import SandboxServer
    from printers.virtual import VirtualReceiptPrinter, VirtualZplPrinter

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """The bench's parts, wired. Attributes are ready to use; ``close()`` when done."""

    settings: Settings
    paths: AppPaths
    client: EFClient
    #: the workflow's sales channel: External Fulfillment over ``client``
    channel: EfChannel
    db: Database
    queue: QueueService
    workflow: PackingWorkflow
    label_printer_url: str
    printer: SpoolPrinter | None
    #: inventory positions, push and fetch at the station's location (:func:`default_location`)
    inventory: InventoryService
    #: returns: list, inspect, restock (through :attr:`inventory`), return tags on :attr:`printer`
    returns: ReturnsService
    #: the built-in marketplace in the sandbox profile (None against Amazon or a set endpoint)
    sandbox: SandboxServer | None = None
    #: the sandbox profile's virtual Zebra when no label printer is set
    virtual_printer: VirtualZplPrinter | None = None
    #: the packing-slip printer's address: ``printers.slip``, or in the sandbox profile with
    #: no slip or invoice printer set, a virtual ESC/POS receipt printer (``virtual_slips``)
    slip_printer_url: str = ""
    virtual_slips: VirtualReceiptPrinter | None = None
    #: the bench scale (read on its own thread), or None when the station has none
    scale: Scale | None = None
    #: the virtual scale the sandbox profile weighs with (set its weight from the Devices page)
    scale_emulator: ScaleEmulator | None = None
    #: what units of each SKU weighed at this bench (the expected weight of a package)
    weights: FileWeightHistory | None = None
    _stack: ExitStack = field(default_factory=ExitStack, repr=False)

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        paths: AppPaths,
        *,
        label_printer: str | None = None,
        packer: str = "packer",
        scan_log: bool = False,
        scale: bool = False,
        printing: bool = True,
    ) -> Runtime:
        """Build everything (see the module docstring). ``label_printer`` overrides the setting.

        ``scan_log``: open this station's write-ahead scan log and replay what a crash left in it
        (the bench window does; command-line tools leave it alone, since clearing it under a
        running window could drop scans that window has not journaled yet).

        ``scale``: open the station's scale (the bench window does; ``ship`` and the other
        command-line tools weigh nothing).

        ``printing``: start the station's label spool (first, so a second process is refused
        with ``printers.errors.SpoolInUse`` before anything else starts) and its printers. The
        command-line tools that print nothing (``inventory``, ``returns``) pass False and run
        beside the open window.
        """
        stack = ExitStack()
        try:
            paths.ensure()
            spool: Spool | None = None
            if printing and (label_printer or settings.printers.label or settings.is_sandbox):
                # First: the spool's process lock (SpoolInUse) refuses a second process on this
                # station before it starts a marketplace or touches anything.
                spool = Spool(paths.spool_dir / "labels.sqlite3").start()
                stack.callback(spool.stop)
            db = Database.from_settings(settings, paths.data_dir)
            stack.callback(db.close)
            shared = shared_limiter(settings, db)  # None: SQLite, the in-process limiter
            sandbox: SandboxServer | None = None
            catalogue: dict[str, str] = {}
            if settings.is_sandbox and not settings.spapi_endpoint:
                from packstation.sandbox.data import catalogue_json
                from packstation.sandbox.server import SandboxServer

                # The marketplace outlives the app, as Amazon does: a station's journal and
                # the marketplace never disagree after a restart (issue 18).
                state_file = (
                    paths.data_dir / "sandbox-state.json" if settings.sandbox.keep_state else None
                )
                sandbox = SandboxServer(
                    seed=settings.sandbox.seed,
                    shipments=settings.sandbox.shipments,
                    rate_limits=settings.sandbox.rate_limits,
                    state_file=state_file,
                    reset=settings.sandbox.reset,
                ).start()
                stack.callback(sandbox.stop)
                catalogue = {
                    item["gtin"]: item["sku"] for item in catalogue_json(sandbox.state.seed)
                }
                limiter = shared
                if not settings.sandbox.rate_limits:
                    from packstation.amazon.ratelimit import NoLimiter

                    limiter = NoLimiter()  # load tests and demos: nothing to stay under
                client = EFClient.from_settings(
                    settings, base_url=sandbox.base_url, lwa_url=sandbox.lwa_url, limiter=limiter
                )
            else:
                client = EFClient.from_settings(settings, limiter=shared)
            stack.callback(client.close)
            virtual = None
            url = (label_printer or settings.printers.label) if printing else ""
            if printing and not url and settings.is_sandbox:
                from printers.virtual import VirtualZplPrinter

                virtual = VirtualZplPrinter(paths.data_dir / "virtual-printer").start()
                stack.callback(virtual.stop)
                url = virtual.url
            slip_url, virtual_slips = settings.printers.slip, None
            if not printing:
                slip_url = ""
            elif (
                not slip_url
                and not settings.printers.invoice
                and settings.is_sandbox
                and settings.printers.virtual_slip
            ):
                from printers.virtual import VirtualReceiptPrinter

                virtual_slips = VirtualReceiptPrinter(paths.data_dir / "virtual-slips").start()
                stack.callback(virtual_slips.stop)
                slip_url = virtual_slips.url
            printer = None
            if url and spool is not None:
                printer = SpoolPrinter(
                    spool, url, confirm_timeout=settings.printers.confirm_timeout_s
                )
                # Stopped here too (a second stop is a no-op): before the virtual printer, as
                # ever, so a job in flight at close finishes against a printer still there.
                stack.callback(printer.close)
                _warm_label_conversion(stack, settings)
            channel = EfChannel(client)
            queue = QueueService(channel, location_id=settings.amazon.location_id or None)
            workflow = PackingWorkflow(
                channel,
                db,
                printer,
                station=settings.station_name,
                packer=packer,
                documents_dir=paths.documents_dir,
                catalogue=catalogue,
            )
            workflow.label_dpi = settings.printers.label_dpi
            workflow.label_graphics = settings.printers.label_graphics
            # One engine for both faces: a print a crash left unrecorded is settled from the
            # spool (never reached it: printed now; printed or queued there: taken as such).
            workflow.settle_prints_from_spool = True
            the_scale, emulator = _open_scale(settings, stack) if scale else (None, None)
            _purge_buyer_data(workflow, printer, settings.printers.retention_days)
            workflow.scan_log = _open_scan_log(workflow, paths) if scan_log else None
            if workflow.scan_log is not None:
                stack.callback(workflow.scan_log.close)
            inventory = InventoryService(
                client,
                db,
                location_id=default_location(settings, sandbox),
                station=settings.station_name,
                packer=packer,
            )
            returns = ReturnsService(
                client,
                db,
                inventory,
                printer=printer,
                station=settings.station_name,
                packer=inventory.packer,
                location_id=settings.amazon.location_id or "",
            )
        except BaseException:
            stack.close()
            raise
        log.info(
            "runtime ready: %s profile, label printer %s", settings.profile.value, url or "none"
        )
        return cls(
            settings=settings,
            paths=paths,
            client=client,
            channel=channel,
            db=db,
            queue=queue,
            workflow=workflow,
            label_printer_url=url,
            printer=printer,
            inventory=inventory,
            returns=returns,
            sandbox=sandbox,
            virtual_printer=virtual,
            slip_printer_url=slip_url,
            virtual_slips=virtual_slips,
            scale=the_scale,
            scale_emulator=emulator,
            weights=FileWeightHistory(paths.data_dir / "weights.json"),
            _stack=stack,
        )

    def close(self) -> None:
        """Stop the spool, close the database and client, stop the sandbox and virtual printer."""
        self._stack.close()

    def __enter__(self) -> Runtime:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_location(settings: Settings, sandbox: SandboxServer | None) -> str:
    """The station's location: ``amazon.location_id``, else the built-in sandbox's first one."""
    loc = settings.amazon.location_id or ""
    if loc:
        return loc
    if sandbox is not None:
        from packstation.sandbox.data import MARKETPLACES

        return MARKETPLACES[0].location_id
    return ""


def _open_scan_log(workflow: PackingWorkflow, paths: AppPaths) -> ScanLog | None:
    """The station's write-ahead scan log, its left-over scans journaled (a crash's).

    A log that cannot be opened or replayed is reported and kept; the bench works without it.
    """
    try:
        scan_log = ScanLog(paths.data_dir / "scan-log.jsonl")
    except OSError as exc:
        log.error("scan log unavailable (scans are journaled without it): %s", exc)
        return None
    try:
        added = replay_scan_log(workflow, scan_log)
    except Exception as exc:
        log.error("scan log %s not replayed (kept for the next start): %s", scan_log.path, exc)
        scan_log.keep = True
    else:
        if added:
            log.warning("scan log: %d scan(s) a crash kept from the journal recorded now", added)
        else:
            log.info("scan log: nothing to replay")
    return scan_log


def _open_scale(settings: Settings, stack: ExitStack) -> tuple[Scale | None, ScaleEmulator | None]:
    """The station's scale, started (and the virtual one behind it in the sandbox profile).

    A scale that cannot be opened now is not an error: its reader keeps trying (a scale switched
    on later, or plugged back in, needs no restart) and the packer types weights meanwhile. A
    configuration that can never work (unknown protocol, hidapi missing) is logged and skipped.
    """
    from packstation.devices.scale import ScaleError

    configured = settings.scale
    url = configured.url
    emulator = None
    if not url:
        if not (settings.is_sandbox and configured.virtual):
            return None, None
        from packstation.devices.emulator import ScaleEmulator

        emulator = ScaleEmulator("mt-sics").start()
        stack.callback(emulator.stop)
        url, protocol = emulator.url, "mt-sics"
    else:
        protocol = configured.protocol
    try:
        scale = open_scale(url, protocol, baudrate=configured.baudrate, name="bench")
    except ScaleError as exc:
        log.error("scale not used: %s", exc)
        return None, emulator
    scale.start()
    stack.callback(scale.stop)
    log.info("scale %s (%s) started", "virtual" if emulator else "configured", protocol)
    return scale, emulator


def _warm_label_conversion(stack: ExitStack, settings: Settings) -> None:
    """Start PDF/PNG label conversion on a worker thread (joined at close): the day's first
    PDF or PNG label then waits no longer than any other (about 100 ms less at Finish)."""
    from printers.zpl.graphic import warm_up

    def work() -> None:
        try:
            took = warm_up(
                dpi=settings.printers.label_dpi, encoding=settings.printers.label_graphics
            )
        except Exception as exc:  # a label that needs it says so when it comes
            log.warning("label conversion not prepared: %s", exc)
            return
        log.debug("label conversion prepared in %.0f ms", took * 1000)

    thread = threading.Thread(target=work, name="label-warm-up", daemon=True)
    thread.start()
    stack.callback(thread.join, 30)


def _purge_buyer_data(workflow: PackingWorkflow, printer: SpoolPrinter | None, days: int) -> None:
    """Label and invoice copies and finished print jobs older than ``days`` go (buyer data is
    kept no longer than reprints need). A failure is logged; the bench starts regardless."""
    try:
        files = workflow.purge_documents(days)
        jobs = printer.purge(days) if printer is not None else 0
    except OSError as exc:
        log.warning("old label copies not purged: %s", exc)
        return
    if files or jobs:
        log.info("purged %d document(s) and %d print job(s) older than %d days", files, jobs, days)
