"""The seam between the packing workflow and a sales channel.

:class:`Channel` says, in the workflow's words, what a channel does for the bench: list the
work waiting (the queue's source), open an order (read fresh), acknowledge its lines, create its
packages, offer rates or shipping options, make the labels (or make them again, same tracking
ids), fetch a label file or a document, confirm packages shipped, and reject. The workflow
(:class:`packstation.services.workflow.PackingWorkflow`) asks :meth:`Channel.capabilities`
instead of assuming one channel, and :meth:`Channel.trouble` how to read a failed call, so its
recovery (re-read the order after an unclear answer, continue from its real state) holds for
every channel.

Implementations live in :mod:`packstation.services.channels`: ``EfChannel`` (External
Fulfillment) today; how a merchant-fulfilled (Orders + Shipping v2) and an FBA inbound channel
fit is described there. A channel's own exceptions pass through the workflow unchanged (the
command line and the window report them as they are).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Protocol

from packstation.domain.channel import (
    CarrierTracking,
    ChannelCapabilities,
    DocumentFile,
    LabelFile,
    PackageLabel,
    RateQuote,
    Trouble,
)
from packstation.domain.shipments import Package, Shipment


class Channel(Protocol):
    """One sales channel as the packing workflow sees it (see the module docstring).

    Every method but :meth:`capabilities` and :meth:`trouble` does I/O. Order ids are the
    channel's (EF: the shipment id); an order is a :class:`Shipment`.
    """

    #: short name for logs and the journal ("EF", "MFN", "FBA_INBOUND")
    name: str

    # ------------------------------------------------------------------ work and orders
    def list_work(
        self,
        *,
        status: str,
        location_id: str | None = None,
        last_updated_after: datetime | None = None,
        max_results: int | None = None,
    ) -> Iterator[Shipment]:
        """Orders in ``status`` waiting at the bench (the queue's source), every page."""
        ...

    def open_order(self, order_id: str) -> Shipment:
        """The order read fresh (raises the channel's not-found error: see :meth:`trouble`)."""
        ...

    def reread(self, order_id: str, trouble: Trouble | None = None) -> Shipment:
        """The order's real state after ``trouble`` (the one the channel read while handling it
        when it has one, else read again)."""
        ...

    def capabilities(self, order: Shipment) -> ChannelCapabilities:
        """What the channel does for ``order`` (pure: from the order alone)."""
        ...

    def trouble(self, exc: BaseException) -> Trouble | None:
        """How to read ``exc`` raised by a call of this channel; None when it is not one."""
        ...

    def can_reject(self, order: Shipment) -> bool:
        """Whether the seller may reject ``order`` in its status (pure)."""
        ...

    # ------------------------------------------------------------------ the finish
    def acknowledge(self, order_id: str) -> None:
        """Accept the order's lines for packing (EF: processShipment CONFIRM)."""
        ...

    def create_packages(self, order_id: str, packages: Sequence[Package]) -> None:
        """Tell the channel the packages (dimensions, weight, contents, serials)."""
        ...

    def rates(self, order_id: str, package_id: str) -> RateQuote:
        """The rates, shipping options or pickup slots of a package (may be none: pre-set)."""
        ...

    def make_labels(
        self,
        order_id: str,
        package_ids: Sequence[str],
        *,
        option_id: str | None = None,
        carrier: CarrierTracking | None = None,
    ) -> list[PackageLabel]:
        """Make (buy, generate) the labels: new tracking ids. Never repeated blindly after a
        lost answer: the workflow re-reads the order and calls :meth:`labels_again`."""
        ...

    def labels_again(
        self,
        order_id: str,
        package_ids: Sequence[str],
        *,
        option_id: str | None = None,
        carrier: CarrierTracking | None = None,
    ) -> list[PackageLabel]:
        """The labels already made, again (same tracking ids, nothing bought twice)."""
        ...

    def fetch_label(self, url: str) -> LabelFile:
        """The file of a label whose :attr:`PackageLabel.url` was given."""
        ...

    def generate_document(self, order_id: str) -> DocumentFile:
        """Make the order's invoice / packing slip (:attr:`ChannelCapabilities.documents`)."""
        ...

    def fetch_document(self, order_id: str) -> DocumentFile:
        """The document made earlier, again."""
        ...

    def confirm_shipped(self, order_id: str, package_id: str) -> None:
        """Tell the channel the package left (:attr:`ChannelCapabilities.confirms_shipped`)."""
        ...

    def reject(self, order_id: str, lines: dict[str, int], reason: str) -> None:
        """Reject (cancel) ``lines`` (line id -> units) for ``reason`` (OUT_OF_STOCK,
        CUSTOMER_REQUESTED)."""
        ...

    # ------------------------------------------------------------------ waiting
    def waits_reported(self, tell: Callable[[float], None]) -> AbstractContextManager[None]:
        """While the context is open, ``tell(seconds)`` each time the channel waits before
        repeating a throttled or refused call on this thread (the packer sees it waits)."""
        ...
