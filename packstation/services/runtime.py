"""Everything a bench needs, built from the settings: client, database, printer, queue, bench.

``Runtime.from_settings(settings, paths)`` does I/O (it may start the built-in sandbox
marketplace and the virtual label printer, opens the database): the GUI calls it off the GUI
thread. ``close()`` stops what it started, in reverse order; it is safe to call twice.
"""

from __future__ import annotations

import logging
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

from packstation.amazon.client import EFClient
from packstation.config.paths import AppPaths
from packstation.config.settings import Settings
from packstation.services.bench import BenchService
from packstation.services.printing import SpoolPrinter
from packstation.services.queue import QueueService
from packstation.services.ratebudget import shared_limiter
from packstation.services.scanlog import ScanLog
from packstation.store.database import Database

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """The bench's parts, wired. Attributes are ready to use; ``close()`` when done."""

    settings: Settings
    paths: AppPaths
    client: EFClient
    db: Database
    queue: QueueService
    bench: BenchService
    label_printer_url: str
    printer: SpoolPrinter | None
    sandbox: Any = None  # SandboxServer in the sandbox profile
    virtual_printer: Any = None  # VirtualZplPrinter when no label printer is set
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
    ) -> Runtime:
        """Build everything (see the module docstring). ``label_printer`` overrides the setting.

        ``scan_log``: open this station's write-ahead scan log and replay what a crash left in it
        (the bench window does; command-line tools leave it alone, since clearing it under a
        running window could drop scans that window has not journaled yet).
        """
        stack = ExitStack()
        try:
            paths.ensure()
            db = Database.from_settings(settings, paths.data_dir)
            stack.callback(db.close)
            shared = shared_limiter(settings, db)  # None: SQLite, the in-process limiter
            sandbox = None
            catalogue: dict[str, str] = {}
            if settings.is_sandbox and not settings.spapi_endpoint:
                from packstation.sandbox.data import catalogue_json
                from packstation.sandbox.server import SandboxServer

                sandbox = SandboxServer(
                    seed=settings.sandbox.seed,
                    shipments=settings.sandbox.shipments,
                    rate_limits=settings.sandbox.rate_limits,
                ).start()
                stack.callback(sandbox.stop)
                catalogue = {
                    item["gtin"]: item["sku"] for item in catalogue_json(settings.sandbox.seed)
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
            url = label_printer or settings.printers.label
            if not url and settings.is_sandbox:
                from printers.virtual import VirtualZplPrinter

                virtual = VirtualZplPrinter(paths.data_dir / "virtual-printer").start()
                stack.callback(virtual.stop)
                url = virtual.url
            printer = None
            if url:
                printer = SpoolPrinter.start(
                    paths.spool_dir / "labels.sqlite3",
                    url,
                    confirm_timeout=settings.printers.confirm_timeout_s,
                )
                stack.callback(printer.close)
            queue = QueueService(client, location_id=settings.amazon.location_id or None)
            bench = BenchService(
                client,
                db,
                printer,
                station=settings.station_name,
                packer=packer,
                documents_dir=paths.documents_dir,
                catalogue=catalogue,
            )
            bench.label_dpi = settings.printers.label_dpi
            bench.scan_log = _open_scan_log(bench, paths) if scan_log else None
            if bench.scan_log is not None:
                stack.callback(bench.scan_log.close)
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
            db=db,
            queue=queue,
            bench=bench,
            label_printer_url=url,
            printer=printer,
            sandbox=sandbox,
            virtual_printer=virtual,
            _stack=stack,
        )

    def close(self) -> None:
        """Stop the spool, close the database and client, stop the sandbox and virtual printer."""
        self._stack.close()

    def __enter__(self) -> Runtime:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_scan_log(bench: BenchService, paths: AppPaths) -> ScanLog | None:
    """The station's write-ahead scan log, its left-over scans journaled (a crash's).

    A log that cannot be opened or replayed is reported and kept; the bench works without it.
    """
    try:
        scan_log = ScanLog(paths.data_dir / "scan-log.jsonl")
    except OSError as exc:
        log.error("scan log unavailable (scans are journaled without it): %s", exc)
        return None
    try:
        added = bench.replay_scan_log(scan_log)
    except Exception as exc:
        log.error("scan log %s not replayed (kept for the next start): %s", scan_log.path, exc)
        scan_log.keep = True
    else:
        if added:
            log.warning("scan log: %d scan(s) a crash kept from the journal recorded now", added)
        else:
            log.info("scan log: nothing to replay")
    return scan_log
