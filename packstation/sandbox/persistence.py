"""The sandbox marketplace's state on disk, so a restarted sandbox is the same marketplace.

A station's journal remembers labels, packages and confirmations; a sandbox that forgot them on
restart would disagree with it silently. :class:`StateFile` keeps the whole
:class:`~packstation.sandbox.marketplace.MarketplaceState` in one JSON file:

* written after every state-changing call *before* its answer leaves the server, so whatever a
  client has seen is on disk (a ``kill -9`` at any point leaves the previous or the new complete
  file, never a torn one: the JSON goes to a temporary file in the same folder, is flushed and
  fsynced, then atomically replaces the old one);
* written once more on a clean stop;
* mode 0600 (it holds buyer names and addresses), its folder created 0700 if missing.

Time-driven changes (carrier scans, deliveries, returns) are not written as they happen: the
pending events are part of the file and are applied again after a restart, with the same result.
Faults and rate-limit buckets are run-time settings and are not kept. A reset is explicit
(``POST /_sandbox/reset`` or ``packstation sandbox serve --reset``) and rewrites the file.

Exceptions: :class:`StateFileError` (the file cannot be read, is not a sandbox state, or cannot be
written).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import tempfile
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Any

from packstation.sandbox.marketplace import MarketplaceState
from packstation.sandbox.state.clock import Event
from packstation.sandbox.state.inventory import InventoryRecord
from packstation.sandbox.state.labels import LabelUrl
from packstation.sandbox.state.returns import ReturnRecord
from packstation.sandbox.state.shipments import (
    SHIPMENT_STATUSES,
    LabelState,
    PackageState,
    ShipmentRecord,
    Workflow,
)

log = logging.getLogger(__name__)

FORMAT = "packstation-sandbox-state"
VERSION = 1


class StateFileError(RuntimeError):
    """The state file cannot be read or written; the message says which file and why."""


# ------------------------------------------------------------------ snapshot


def _peek(counter: itertools.count[int]) -> tuple[int, itertools.count[int]]:
    value = next(counter)
    return value, itertools.count(value)


def _work_json(work: Workflow) -> dict[str, Any]:
    return {
        "packages": {
            pid: {
                "doc": pkg.doc,
                "status": pkg.status,
                "optionsRetrieved": pkg.options_retrieved,
                "label": asdict(pkg.label) if pkg.label is not None else None,
                "subStatus": pkg.sub_status,
            }
            for pid, pkg in work.packages.items()
        },
        "cancellations": work.cancellations,
        "invoiceId": work.invoice_id,
        "invoiceTime": work.invoice_time,
        "slipTime": work.slip_time,
        "options": work.options,
        "subStatus": work.sub_status,
        "reason": work.reason,
    }


def _work_from(doc: dict[str, Any]) -> Workflow:
    packages = {}
    for pid, pkg in doc["packages"].items():
        label = pkg.get("label")
        packages[pid] = PackageState(
            doc=pkg["doc"],
            status=pkg["status"],
            options_retrieved=bool(pkg.get("optionsRetrieved")),
            label=LabelState(**label) if label else None,
            sub_status=pkg.get("subStatus"),
        )
    return Workflow(
        packages=packages,
        cancellations=doc.get("cancellations") or {},
        invoice_id=doc.get("invoiceId"),
        invoice_time=doc.get("invoiceTime"),
        slip_time=doc.get("slipTime"),
        options=doc.get("options"),
        sub_status=doc.get("subStatus"),
        reason=doc.get("reason"),
    )


def snapshot(state: MarketplaceState) -> dict[str, Any]:
    """The whole marketplace as JSON-ready data (takes the state's lock)."""
    with state.lock:
        world, shipments = state.world, state.shipment_desk
        event_seq, world.event_seq = _peek(world.event_seq)
        custom_seq, shipments.custom_seq = _peek(shipments.custom_seq)
        return {
            "format": FORMAT,
            "version": VERSION,
            "seed": state.seed,
            "initialShipments": state.initial_shipments,
            "epoch": state.epoch,
            "clockOffset": state.clock.offset,
            "eventSeq": event_seq,
            "customSeq": custom_seq,
            "tokens": state.tokens,
            "failingLabelPackages": sorted(state.failing_label_packages),
            "records": [
                [
                    r.id,
                    r.index,
                    r.mk,
                    r.prog,
                    r.status,
                    r.updated,
                    _work_json(r.work) if r.work is not None else None,
                    r.custom,
                ]
                for r in state.records.values()
            ],
            "byStatus": {s: list(ids) for s, ids in state.by_status.items() if ids},
            "inventory": [
                [loc, sku, i.quantity, i.reserved, i.sequence, i.channel, i.marketplace_id]
                for (loc, sku), i in state.inventory.items()
            ],
            "returns": [asdict(r) for r in state.returns.values()],
            "customReturns": list(state.custom_returns.values()),
            "labels": {token: list(entry) for token, entry in state.labels.items()},
            "events": [list(e) for e in state.events],
        }


def restore(state: MarketplaceState, doc: Any) -> None:
    """Replace everything in ``state`` with a :func:`snapshot` (StateFileError if it is not one)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise StateFileError("not a sandbox state file")
    if doc.get("version") != VERSION:
        raise StateFileError(f"sandbox state version {doc.get('version')!r} is not {VERSION}")
    try:
        records: dict[str, ShipmentRecord] = {}
        for sid, index, mk, prog, status, updated, work, custom in doc["records"]:
            records[sid] = ShipmentRecord(
                sid,
                int(index),
                int(mk),
                int(prog),
                status,
                updated,
                _work_from(work) if work is not None else None,
                custom,
            )
        by_status: dict[str, dict[str, None]] = {s: {} for s in SHIPMENT_STATUSES}
        for status, ids in doc["byStatus"].items():
            by_status[status] = dict.fromkeys(ids)
        inventory = {
            (loc, sku): InventoryRecord(qty, reserved, seq, channel, marketplace_id)
            for loc, sku, qty, reserved, seq, channel, marketplace_id in doc["inventory"]
        }
        returns = {}
        for r in doc["returns"]:
            rec = ReturnRecord(
                **{**r, "forward": tuple(r["forward"]), "reverse": tuple(r["reverse"])}
            )
            returns[rec.id] = rec
        custom_returns = {r["id"]: r for r in doc.get("customReturns", [])}
        labels = {t: LabelUrl(e[0], e[1], float(e[2])) for t, e in doc["labels"].items()}
        events = [Event(float(a), int(n), k, s, p) for a, n, k, s, p in doc["events"]]
        seed, epoch = int(doc["seed"]), float(doc["epoch"])
        tokens = {str(t): float(x) for t, x in doc["tokens"].items()}
        failing = set(doc["failingLabelPackages"])
        initial_shipments = int(doc["initialShipments"])
        clock_offset = float(doc["clockOffset"])
        event_seq = itertools.count(int(doc["eventSeq"]))
        custom_seq = itertools.count(int(doc["customSeq"]))
        with state.lock:
            world = state.world
            world.seed = seed
            world.epoch = epoch
            world.clock.offset = clock_offset
            world.events = events
            world.event_seq = event_seq
            state.initial_shipments = initial_shipments
            state.token_desk.tokens = tokens
            state.label_desk.failing_label_packages = failing
            state.label_desk.labels = labels
            state.shipment_desk.records = records
            state.shipment_desk.by_status = by_status
            state.shipment_desk.custom_seq = custom_seq
            state.shipment_desk.rebase()
            state.inventory_desk.inventory = inventory
            state.return_desk.returns = returns
            state.return_desk.custom_returns = custom_returns
    except (KeyError, TypeError, ValueError) as exc:
        raise StateFileError(f"the sandbox state is damaged ({type(exc).__name__}: {exc})") from exc


# ------------------------------------------------------------------ the file


class StateFile:
    """One JSON file holding a marketplace (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str], *, fsync: bool = True) -> None:
        self.path = Path(path)
        self.fsync = fsync
        self.writes = 0
        self._lock = threading.Lock()

    def exists(self) -> bool:
        return self.path.is_file()

    def load_into(self, state: MarketplaceState) -> None:
        """Fill ``state`` from the file (StateFileError when it cannot be read)."""
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise StateFileError(f"cannot read the sandbox state {self.path}: {exc}") from exc
        try:
            doc = json.loads(raw)
        except ValueError as exc:
            raise StateFileError(f"the sandbox state {self.path} is not JSON: {exc}") from exc
        try:
            restore(state, doc)
        except StateFileError as exc:
            raise StateFileError(f"{self.path}: {exc}") from exc

    def set_aside(self) -> Path:
        """Rename an unreadable file out of the way (kept for inspection); returns the new path."""
        target = self.path.with_name(self.path.name + ".damaged")
        os.replace(self.path, target)
        return target

    def save(self, state: MarketplaceState) -> None:
        """Write the state atomically (a concurrent later save never loses to an earlier one)."""
        with self._lock:
            raw = json.dumps(snapshot(state), separators=(",", ":"), ensure_ascii=False).encode()
            folder = self.path.parent
            if not folder.is_dir():
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
            try:
                with os.fdopen(fd, "wb") as fh:  # mkstemp creates it 0600
                    fh.write(raw)
                    fh.flush()
                    if self.fsync:
                        os.fsync(fh.fileno())
                os.replace(tmp, self.path)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise StateFileError(f"cannot write the sandbox state {self.path}: {exc}") from exc
            if self.fsync:
                self._fsync_folder(folder)
            self.writes += 1

    @staticmethod
    def _fsync_folder(folder: Path) -> None:
        with contextlib.suppress(OSError):
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
