"""Inventory at the bench: wanted positions, push to Amazon, fetch to reconcile, low stock.

Plain synchronous code (no Qt): the GUI runs it through its task runner, the CLI directly.

* A *position* is (location, SKU) with the quantity the seller wants Amazon to have; edits and
  CSV imports only change it locally (:meth:`InventoryService.set_quantity`,
  :meth:`InventoryService.import_csv`).
* :meth:`InventoryService.push` sends only positions whose wanted quantity differs from the one
  last pushed (the guide's best practice), at most :data:`~packstation.amazon.client.INVENTORY_BATCH`
  per ``batchInventory`` call; the client's rate limiter keeps the calls at the plan's rate.
  Every update carries a ``clientSequenceNumber`` from the store's shared counter (strictly
  increasing per SKU and location across restarts and stations; never a clock).
* Amazon answers per item (HTTP 207): items it refused come back as :class:`ItemError` (kept on
  the position, shown, retryable with :meth:`InventoryService.retry`). A *stale* sequence number
  (Amazon already applied a newer one, e.g. from another installation) is reported as such; the
  retry continues above Amazon's number.
* :meth:`InventoryService.fetch` reads sellable and reserved quantities back from Amazon.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from packstation.amazon.client import INVENTORY_BATCH, EFClient
from packstation.amazon.errors import EFApiError
from packstation.domain import inventory as inv
from packstation.services.inventory_csv import CsvImport, RowError, read_inventory_csv
from packstation.store.audit import AuditKind
from packstation.store.database import Database
from packstation.store.inventory import PositionRecord

log = logging.getLogger(__name__)

_T = TypeVar("_T")

DEFAULT_LOW_STOCK = 5
Progress = Callable[[int, int], None]  # (items done, items in all)

# Error types that a retry cannot fix: the request itself is wrong.
_FINAL_TYPES = ("INVALID_SKU", "INVALID_LOCATION", "INVALID_QUANTITY", "INVALID_REQUEST")


class InventoryError(Exception):
    """A whole inventory operation failed (nothing was half-applied silently)."""


class CsvRowErrors(InventoryError):
    """The CSV file has bad rows and the caller did not choose to skip them."""

    def __init__(self, result: CsvImport) -> None:
        self.result = result
        count = len(result.errors)
        super().__init__(
            f"{count} row(s) of the CSV file are wrong; nothing was applied. Fix them, or apply "
            f"the {len(result.rows)} valid row(s) and skip the bad ones."
        )

    @property
    def errors(self) -> list[RowError]:
        return self.result.errors


@dataclass(frozen=True)
class Position:
    """One SKU at one location, as the station knows it."""

    location_id: str
    sku: str
    quantity: int | None = None  # wanted (absolute); None: never set here
    pushed_quantity: int | None = None
    sequence: int | None = None
    pushed_at: datetime | None = None
    sellable: int | None = None
    reserved: int | None = None
    fetched_at: datetime | None = None
    threshold: int | None = None
    error: str | None = None
    default_threshold: int = DEFAULT_LOW_STOCK

    @classmethod
    def of(cls, record: PositionRecord, default_threshold: int) -> Position:
        return cls(**record.__dict__, default_threshold=default_threshold)

    @property
    def changed(self) -> bool:
        return self.quantity is not None and self.quantity != self.pushed_quantity

    @property
    def low_threshold(self) -> int:
        return self.default_threshold if self.threshold is None else self.threshold

    @property
    def available(self) -> int | None:
        """Sellable units as best known: Amazon's last answer, else what was last pushed."""
        if self.sellable is not None:
            return self.sellable
        if self.pushed_quantity is not None:
            return self.pushed_quantity
        return self.quantity

    @property
    def low_stock(self) -> bool:
        units = self.available
        return units is not None and units < self.low_threshold


@dataclass(frozen=True)
class StockLevel:
    """Amazon's answer for one SKU at one location."""

    location_id: str
    sku: str
    sellable: int
    reserved: int
    sequence: int | None = None

    @property
    def total(self) -> int:
        return self.sellable + self.reserved


@dataclass(frozen=True)
class ItemError:
    """Amazon refused one item of a batch (or the whole call failed for it)."""

    location_id: str
    sku: str
    status: int | None
    error_type: str
    message: str
    quantity: int | None = None
    sent_sequence: int | None = None
    amazon_sequence: int | None = None  # the number Amazon last applied (stale refusals)

    @property
    def stale(self) -> bool:
        """Amazon already applied a newer ``clientSequenceNumber`` for this SKU."""
        kind = self.error_type.upper()
        return "OUTDATED" in kind or "STALE" in kind or "OLD_SEQUENCE" in kind

    @property
    def retryable(self) -> bool:
        return not self.error_type.upper().startswith(_FINAL_TYPES)

    def __str__(self) -> str:
        return f"{self.sku} at {self.location_id}: {self.message}"


@dataclass
class PushReport:
    """What a push did: accepted levels, refused items, calls made."""

    accepted: list[StockLevel] = field(default_factory=list)
    errors: list[ItemError] = field(default_factory=list)
    calls: int = 0
    unchanged: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        text = f"{len(self.accepted)} pushed in {self.calls} call(s)"
        if self.unchanged:
            text += f", {self.unchanged} unchanged"
        if self.errors:
            stale = sum(1 for e in self.errors if e.stale)
            text += f", {len(self.errors)} refused"
            if stale:
                text += f" ({stale} stale sequence number(s))"
        return text


def _chunks(items: Sequence[_T], size: int) -> Iterable[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _describe(
    error_type: str, sub: str, status: int | None, sent: int | None, amz: int | None
) -> str:
    kind = error_type.upper()
    if "OUTDATED" in kind or "STALE" in kind:
        return (
            f"Amazon refused sequence number {sent}: it already applied {amz} (a newer update "
            "from another station or installation). Fetch to see Amazon's quantity, then retry: "
            f"the retry is sent with a number above {amz}."
        )
    text = sub or error_type or "refused"
    return f"{text} ({error_type or 'error'}, HTTP {status})" if status else text


class InventoryService:
    """Inventory use cases on one EF client and one store (see the module docstring)."""

    def __init__(
        self,
        client: EFClient,
        db: Database,
        *,
        location_id: str = "",
        station: str = "",
        packer: str = "",
        low_stock_threshold: int = DEFAULT_LOW_STOCK,
        batch_size: int = INVENTORY_BATCH,
    ) -> None:
        if not 1 <= batch_size <= INVENTORY_BATCH:
            raise ValueError(f"batch_size must be 1..{INVENTORY_BATCH}")
        self.client = client
        self.db = db
        self.location_id = location_id
        self.station = station or "station"
        self.packer = packer or "packer"
        self.low_stock_threshold = low_stock_threshold
        self.batch_size = batch_size

    def at(self, location_id: str | None) -> InventoryService:
        """This service at ``location_id`` (itself when that is None, empty or its own): the
        runtime builds one at the station's location; a command or page asks for another."""
        if not location_id or location_id == self.location_id:
            return self
        return InventoryService(
            self.client,
            self.db,
            location_id=location_id,
            station=self.station,
            packer=self.packer,
            low_stock_threshold=self.low_stock_threshold,
            batch_size=self.batch_size,
        )

    # ------------------------------------------------------------------ local positions
    def _loc(self, location_id: str | None) -> str:
        loc = location_id or self.location_id
        if not loc:
            raise InventoryError(
                "no location: pass --location ID or set amazon.location_id in the settings"
            )
        return loc

    def positions(self, location_id: str | None = None) -> list[Position]:
        """Every known position of the location, by SKU."""
        records = self.db.inventory.positions(self._loc(location_id))
        return [Position.of(r, self.low_stock_threshold) for r in records]

    def locations(self) -> list[str]:
        known = self.db.inventory.locations()
        if self.location_id and self.location_id not in known:
            known.insert(0, self.location_id)
        return known

    def set_quantity(self, sku: str, quantity: int, location_id: str | None = None) -> None:
        """Set the wanted absolute quantity (pushed by the next :meth:`push`)."""
        sku = sku.strip()
        if not sku:
            raise InventoryError("the SKU is empty")
        if quantity < 0:
            raise InventoryError(f"{sku}: the quantity must be 0 or more, not {quantity}")
        self.db.inventory.set_quantities({(self._loc(location_id), sku): quantity})

    def set_threshold(
        self, sku: str, threshold: int | None, location_id: str | None = None
    ) -> None:
        self.db.inventory.set_threshold(self._loc(location_id), sku, threshold)

    def import_csv(
        self,
        path: Path | str,
        *,
        location_id: str | None = None,
        skip_bad_rows: bool = False,
    ) -> CsvImport:
        """Read a WMS/ERP CSV (``sku,quantity[,location]``) and set the wanted quantities.

        A file with bad rows changes nothing and raises :class:`CsvRowErrors` (each row's error
        in it) unless ``skip_bad_rows``; then the valid rows are applied, in one transaction.
        Raises :class:`~packstation.services.inventory_csv.CsvFormatError` for an unreadable file.
        """
        result = read_inventory_csv(Path(path), self._loc(location_id))
        if result.errors and not skip_bad_rows:
            raise CsvRowErrors(result)
        if result.rows:
            self.db.inventory.set_quantities(result.positions())
        return result

    def changed(self, location_id: str | None = None) -> list[Position]:
        return [
            Position.of(r, self.low_stock_threshold)
            for r in self.db.inventory.changed(location_id or self.location_id or None)
        ]

    def low_stock(self, location_id: str | None = None) -> list[Position]:
        return [p for p in self.positions(location_id) if p.low_stock]

    # ------------------------------------------------------------------ push
    def push(
        self,
        location_id: str | None = None,
        *,
        skus: Iterable[str] | None = None,
        progress: Progress | None = None,
    ) -> PushReport:
        """Push the changed positions (of ``skus`` only, when given) of a location."""
        started = time.perf_counter()
        loc = self._loc(location_id)
        everything = self.positions(loc)
        wanted = set(skus) if skus is not None else None
        todo = [p for p in everything if p.changed and (wanted is None or p.sku in wanted)]
        report = self._send([(p.location_id, p.sku, p.quantity or 0) for p in todo], {}, progress)
        report.unchanged = sum(
            1 for p in everything if not p.changed and (wanted is None or p.sku in wanted)
        )
        report.seconds = time.perf_counter() - started
        self._audit("push", loc, report)
        return report

    def retry(self, errors: Iterable[ItemError], *, progress: Progress | None = None) -> PushReport:
        """Push again the positions of refused items (stale ones above Amazon's number)."""
        started = time.perf_counter()
        errs = [e for e in errors if e.retryable]
        floors = {
            (e.location_id, e.sku): e.amazon_sequence + 1
            for e in errs
            if e.stale and e.amazon_sequence is not None
        }
        current = {
            (p.location_id, p.sku): p
            for loc in {e.location_id for e in errs}
            for p in self.positions(loc)
        }
        items = []
        for e in errs:
            pos = current.get((e.location_id, e.sku))
            quantity = pos.quantity if pos is not None and pos.quantity is not None else e.quantity
            if quantity is not None:
                items.append((e.location_id, e.sku, quantity))
        report = self._send(items, floors, progress)
        report.seconds = time.perf_counter() - started
        self._audit("retry", ",".join(sorted({e.location_id for e in errs})), report)
        return report

    def push_quantities(
        self, quantities: Mapping[tuple[str, str], int], *, progress: Progress | None = None
    ) -> PushReport:
        """Set wanted quantities and push exactly those (restocks, corrections)."""
        started = time.perf_counter()
        self.db.inventory.set_quantities(quantities)
        items = [(loc, sku, qty) for (loc, sku), qty in quantities.items()]
        report = self._send(items, {}, progress)
        report.seconds = time.perf_counter() - started
        return report

    def _send(
        self,
        items: Sequence[tuple[str, str, int]],
        floors: Mapping[tuple[str, str], int],
        progress: Progress | None,
    ) -> PushReport:
        report = PushReport()
        total = len(items)
        done = 0
        if progress is not None:
            progress(0, total)
        for chunk in _chunks(items, self.batch_size):
            pairs = [(loc, sku) for loc, sku, _ in chunk]
            # Numbers are taken just before sending: the window in which another station could
            # overtake them stays one call long.
            numbers = self.db.inventory.next_sequences(
                pairs, at_least={k: v for k, v in floors.items() if k in set(pairs)}
            )
            requests = [
                inv.update_request(loc, sku, qty, numbers[(loc, sku)]) for loc, sku, qty in chunk
            ]
            report.calls += 1
            try:
                answer = self.client.batch_inventory(requests)
            except EFApiError as exc:
                # The whole call failed (after the client's retries): every item of it is
                # reported and stays changed, so a retry sends it again.
                for loc, sku, qty in chunk:
                    report.errors.append(
                        ItemError(
                            loc,
                            sku,
                            exc.status,
                            type(exc).__name__,
                            str(exc),
                            quantity=qty,
                            sent_sequence=numbers[(loc, sku)],
                        )
                    )
                self.db.inventory.record_errors(
                    {(e.location_id, e.sku): e.message for e in report.errors[-len(chunk) :]}
                )
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
                continue
            accepted, refused = self._read_answers(chunk, numbers, answer.responses or [])
            self.db.inventory.record_pushed(
                {
                    "location_id": lvl.location_id,
                    "sku": lvl.sku,
                    "quantity": qty,
                    "sequence": numbers[(lvl.location_id, lvl.sku)],
                    "sellable": lvl.sellable,
                    "reserved": lvl.reserved,
                }
                for lvl, qty in accepted
            )
            if refused:
                self.db.inventory.record_errors(
                    {(e.location_id, e.sku): str(e.message) for e in refused}
                )
            report.accepted.extend(lvl for lvl, _ in accepted)
            report.errors.extend(refused)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        if report.errors:
            log.warning("inventory push: %s", report.summary())
        return report

    def _read_answers(
        self,
        chunk: Sequence[tuple[str, str, int]],
        numbers: Mapping[tuple[str, str], int],
        responses: Sequence[inv.InventoryResponse],
    ) -> tuple[list[tuple[StockLevel, int]], list[ItemError]]:
        accepted: list[tuple[StockLevel, int]] = []
        refused: list[ItemError] = []
        for index, (loc, sku, qty) in enumerate(chunk):
            sent = numbers[(loc, sku)]
            if index >= len(responses):
                refused.append(
                    ItemError(
                        loc,
                        sku,
                        None,
                        "NO_ANSWER",
                        "Amazon sent no answer for this item; retry",
                        qty,
                        sent,
                    )
                )
                continue
            resp = responses[index]
            body = resp.body
            status = resp.status.status_code
            if status is not None and 200 <= status < 300 and not body.actionable_errors:
                accepted.append(
                    (
                        StockLevel(
                            loc,
                            sku,
                            body.sellable_quantity or 0,
                            body.reserved_quantity or 0,
                            body.client_sequence_number,
                        ),
                        qty,
                    )
                )
                continue
            first = (body.actionable_errors or [inv.ActionableError()])[0]
            error_type = first.error_type or (resp.status.reason_phrase or "ERROR")
            sub = first.error_sub_type or ""
            amazon_seq = body.client_sequence_number
            refused.append(
                ItemError(
                    loc,
                    sku,
                    status,
                    error_type,
                    _describe(error_type, sub, status, sent, amazon_seq),
                    quantity=qty,
                    sent_sequence=sent,
                    amazon_sequence=amazon_seq,
                )
            )
        return accepted, refused

    # ------------------------------------------------------------------ fetch
    def fetch(self, skus: Iterable[str], location_id: str | None = None) -> list[StockLevel]:
        """Amazon's sellable and reserved quantities of ``skus``; recorded on the positions.

        Raises :class:`InventoryError` naming every SKU Amazon could not answer for (the others
        are recorded first).
        """
        loc = self._loc(location_id)
        wanted = list(dict.fromkeys(s.strip() for s in skus if s.strip()))
        levels: list[StockLevel] = []
        problems: list[str] = []
        for chunk in _chunks(wanted, self.batch_size):
            answer = self.client.batch_inventory([inv.fetch_request(loc, sku) for sku in chunk])
            responses = answer.responses or []
            for index, sku in enumerate(chunk):
                if index >= len(responses):
                    problems.append(f"{sku}: no answer")
                    continue
                resp = responses[index]
                status = resp.status.status_code or 0
                body = resp.body
                if 200 <= status < 300 and not body.actionable_errors:
                    levels.append(
                        StockLevel(
                            loc,
                            sku,
                            body.sellable_quantity or 0,
                            body.reserved_quantity or 0,
                            body.client_sequence_number,
                        )
                    )
                else:
                    first = (body.actionable_errors or [inv.ActionableError()])[0]
                    problems.append(
                        f"{sku}: {first.error_sub_type or first.error_type or resp.status.reason_phrase}"
                    )
        self.db.inventory.record_fetched(
            {
                "location_id": lv.location_id,
                "sku": lv.sku,
                "sellable": lv.sellable,
                "reserved": lv.reserved,
            }
            for lv in levels
        )
        if problems:
            raise InventoryError(
                f"Amazon could not answer for {len(problems)} SKU(s) at {loc}: "
                + "; ".join(problems)
            )
        return levels

    # ------------------------------------------------------------------ audit
    def _audit(self, action: str, location: str, report: PushReport) -> None:
        try:
            self.db.audit.append(
                AuditKind.API_CALL,
                station=self.station,
                who=self.packer,
                detail={
                    "operation": "batchInventory",
                    "action": action,
                    "location": location,
                    "pushed": len(report.accepted),
                    "refused": len(report.errors),
                    "calls": report.calls,
                },
            )
        except Exception:  # the push happened; a missing audit line must not hide that
            log.exception("could not write the audit record of an inventory push")
