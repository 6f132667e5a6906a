"""The channel seam: a channel that is not External Fulfillment packs and finishes an order
through the unchanged packing workflow. Qt-free; a real PackingSession, a real SQLite journal,
the real spool and a virtual Zebra on 127.0.0.1 that prints what it receives.

The channel below is a minimal merchant-fulfilled shop kept in memory: it needs no
acknowledgement, offers priced rates, answers the label inline (no download link) and must be
told the package shipped. None of that is EF's shape, so the workflow only gets through by asking
the channel's capabilities and reading its failures through :meth:`Channel.trouble`.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from packstation.domain.channel import (
    CarrierTracking,
    ChannelCapabilities,
    DocumentFile,
    LabelFile,
    PackageLabel,
    RateOption,
    RateQuote,
    Trouble,
    TroubleKind,
)
from packstation.domain.shipments import Package, Shipment
from packstation.domain.units import Weight, to_grams
from packstation.services import workflow as workflow_module
from packstation.services.channel import Channel
from packstation.services.printing import SpoolPrinter
from packstation.services.workflow import PackingWorkflow
from packstation.store import Database
from printers.virtual import VirtualZplPrinter
from tests.services.conftest import line, shipment

GTIN = "8901234567890"
ORDER = "SHOP-1001"


class LostAnswer(Exception):
    """The shop's API took the purchase and the answer never came back."""


class ShopChannel:
    """A tiny merchant-fulfilled shop: orders in memory, rates with prices, labels inline."""

    name = "SHOP"

    def __init__(self, orders: Sequence[Shipment]) -> None:
        self.orders = {o.id: o for o in orders}
        self.calls: list[str] = []
        self.packages: dict[str, list[Package]] = {}
        self.bought: dict[str, dict[str, str]] = {}  # order -> package -> tracking id
        self.rate_bought: dict[str, str | None] = {}
        self.shipped: list[tuple[str, str]] = []
        #: make the next purchase succeed at the shop and lose its answer
        self.lose_next_answer = False

    # -- work and orders
    def list_work(
        self,
        *,
        status: str,
        location_id: str | None = None,
        last_updated_after: datetime | None = None,
        max_results: int | None = None,
    ) -> Iterator[Shipment]:
        self.calls.append("list_work")
        return iter([o for o in self.orders.values() if str(o.status) == status])

    def open_order(self, order_id: str) -> Shipment:
        self.calls.append("open_order")
        return self.orders[order_id]

    def reread(self, order_id: str, trouble: Trouble | None = None) -> Shipment:
        self.calls.append("reread")
        return self.orders[order_id]

    def capabilities(self, order: Shipment) -> ChannelCapabilities:
        return ChannelCapabilities(
            acknowledges=False,
            documents=(),
            has_pickup_slots=False,
            labels_from_channel=True,
            confirms_shipped=True,
        )

    def trouble(self, exc: BaseException) -> Trouble | None:
        if isinstance(exc, LostAnswer):
            return Trouble(TroubleKind.AMBIGUOUS)
        return None

    def can_reject(self, order: Shipment) -> bool:
        return False

    # -- the finish
    def acknowledge(self, order_id: str) -> None:
        raise AssertionError("the shop has nothing to acknowledge")

    def create_packages(self, order_id: str, packages: Sequence[Package]) -> None:
        self.calls.append("create_packages")
        self.packages[order_id] = list(packages)
        self._move(order_id, "PACKAGE_CREATED", packages=list(packages))

    def rates(self, order_id: str, package_id: str) -> RateQuote:
        self.calls.append("rates")
        cheap = RateOption("rate-ground", carrier_name="Ground Co", price="4.10", currency="EUR")
        fast = RateOption("rate-express", carrier_name="Express Co", price="9.90", currency="EUR")
        return RateQuote((fast, cheap), recommended=fast)

    def make_labels(
        self,
        order_id: str,
        package_ids: Sequence[str],
        *,
        option_id: str | None = None,
        carrier: CarrierTracking | None = None,
    ) -> list[PackageLabel]:
        self.calls.append("make_labels")
        assert order_id not in self.bought, "bought twice"
        self.bought[order_id] = {pid: f"SHOP{n:06d}" for n, pid in enumerate(package_ids, 1)}
        self.rate_bought[order_id] = option_id
        self._move(order_id, "SHIPLABEL_GENERATED")
        if self.lose_next_answer:
            self.lose_next_answer = False
            raise LostAnswer("connection reset after the purchase")
        return self._labels(order_id, package_ids)

    def labels_again(
        self,
        order_id: str,
        package_ids: Sequence[str],
        *,
        option_id: str | None = None,
        carrier: CarrierTracking | None = None,
    ) -> list[PackageLabel]:
        self.calls.append("labels_again")
        return self._labels(order_id, package_ids)

    def fetch_label(self, url: str) -> LabelFile:
        raise AssertionError("the shop answers its labels inline")

    def generate_document(self, order_id: str) -> DocumentFile:
        raise AssertionError("no documents at the shop")

    def fetch_document(self, order_id: str) -> DocumentFile:
        raise AssertionError("no documents at the shop")

    def confirm_shipped(self, order_id: str, package_id: str) -> None:
        self.calls.append("confirm_shipped")
        self.shipped.append((order_id, package_id))

    def reject(self, order_id: str, lines: dict[str, int], reason: str) -> None:
        raise AssertionError("the shop cancels orders itself")

    def waits_reported(self, tell: Callable[[float], None]) -> AbstractContextManager[None]:
        return nullcontext()

    # -- the shop's side
    def _labels(self, order_id: str, package_ids: Sequence[str]) -> list[PackageLabel]:
        out = []
        for pid in package_ids:
            tracking = self.bought[order_id][pid]
            zpl = f"^XA^FO40,40^A0N,40,40^FDShop {tracking}^FS^BCN,80^FD{tracking}^FS^XZ"
            out.append(
                PackageLabel(
                    pid,
                    tracking_id=tracking,
                    carrier_name="Ground Co",
                    file=LabelFile("ZPL", zpl.encode()),
                )
            )
        return out

    def _move(self, order_id: str, status: str, **fields: Any) -> None:
        order = self.orders[order_id]
        self.orders[order_id] = order.model_copy(update={"status": status, **fields})


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(f"sqlite:///{tmp_path / 'station.sqlite3'}")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def zebra(tmp_path: Path) -> Iterator[VirtualZplPrinter]:
    printer = VirtualZplPrinter(tmp_path / "zebra").start()
    try:
        yield printer
    finally:
        printer.stop()


@pytest.fixture
def spool(tmp_path: Path, zebra: VirtualZplPrinter) -> Iterator[SpoolPrinter]:
    printer = SpoolPrinter.start(tmp_path / "spool" / "labels.sqlite3", zebra.url)
    try:
        yield printer
    finally:
        printer.close()


def _shop() -> ShopChannel:
    order = shipment(ORDER, [line("1", "MUG-RED", 2, gtin=GTIN)], status="CONFIRMED")
    return ShopChannel([order])


def _workflow(channel: Channel, db: Database, spool: SpoolPrinter, tmp_path: Path) -> Any:
    return PackingWorkflow(
        channel, db, spool, station="seam-station", documents_dir=tmp_path / "documents"
    )


def _pack(workflow: PackingWorkflow) -> Any:
    session = workflow.open(ORDER)
    for _ in range(2):
        outcome = workflow.record(session, session.scan(GTIN))
        assert outcome.accepted, outcome.message
    session.set_dimensions("30", "20", "10", "cm")
    session.set_weight(Weight.of("0.85", "kg"))
    workflow.save(session)
    assert session.is_complete, session.problems()
    return session


def _cheapest(options: list[RateOption], recommended: RateOption | None) -> RateOption | None:
    return min(options, key=lambda o: float(o.price or "inf"))


def test_a_second_channel_packs_and_finishes_an_order_through_the_workflow(
    db: Database, spool: SpoolPrinter, zebra: VirtualZplPrinter, tmp_path: Path
) -> None:
    shop = _shop()
    workflow = _workflow(shop, db, spool, tmp_path)
    session = _pack(workflow)
    offered: list[str] = []

    def choose(options: list[RateOption], recommended: RateOption | None) -> RateOption | None:
        offered.extend(o.shipping_option_id for o in options)
        return _cheapest(options, recommended)

    result = workflow.finish(session, choose_option=choose)

    # The packer's label: bought at the chosen (cheapest) rate, printed by the Zebra.
    assert result.printed
    assert result.tracking_ids == ["SHOP000001"]
    assert offered == ["rate-express", "rate-ground"]
    assert shop.rate_bought[ORDER] == "rate-ground"
    assert zebra.wait_for_jobs(1)
    assert b"SHOP000001" in zebra.jobs[0].read_bytes()
    # The shop got the package as packed, was told it shipped, and nothing EF-shaped was asked.
    (package,) = shop.packages[ORDER]
    assert to_grams(package.weight.value, str(package.weight.weight_unit)) == 850
    assert [(li.package_line_item_id, li.quantity) for li in package.package_line_items] == [
        ("1", 2)
    ]
    assert shop.shipped == [(ORDER, package.id)]
    assert shop.calls == [
        "open_order",
        "create_packages",
        "rates",
        "make_labels",
        "confirm_shipped",
    ]
    assert result.status == "SHIPPED"
    # The journal tells the same story, and the shop's order is done with.
    steps = [(s.name, s.outcome) for s in db.journal.steps(ORDER)]
    assert ("createPackages", "ok") in steps
    assert ("generateShipLabels", "ok") in steps
    assert ("printLabel", "ok") in steps
    assert ("updatePackageStatus", "ok") in steps
    assert db.journal.open_steps(ORDER) == []
    assert db.claims.holder(ORDER) is None


def test_a_lost_purchase_answer_is_judged_by_the_channels_own_reread(
    db: Database, spool: SpoolPrinter, zebra: VirtualZplPrinter, tmp_path: Path
) -> None:
    shop = _shop()
    workflow = _workflow(shop, db, spool, tmp_path)
    session = _pack(workflow)
    shop.lose_next_answer = True

    result = workflow.finish(session, choose_option=_cheapest)

    # The purchase went through and its answer was lost: the workflow re-read the order through
    # the channel and asked for the same label again instead of buying a second one.
    assert shop.calls.count("make_labels") == 1
    assert "reread" in shop.calls
    assert shop.calls.index("labels_again") > shop.calls.index("reread")
    assert result.printed
    assert result.tracking_ids == ["SHOP000001"]
    assert zebra.wait_for_jobs(1)
    assert len(zebra.jobs) == 1


def test_the_workflow_imports_no_channel_api() -> None:
    """What makes a new channel need no change in the workflow: it knows only the seam."""
    tree = ast.parse(inspect.getsource(workflow_module))
    imported = {
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert not [m for m in imported if m.startswith("packstation.amazon")], imported
    assert not [m for m in imported if m.startswith("packstation.services.channels")], imported
    assert "packstation.services.channel" in imported
