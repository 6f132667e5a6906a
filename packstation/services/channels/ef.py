"""External Fulfillment (EF Shipments 2024-09-11) as a :class:`~packstation.services.channel.Channel`.

:class:`EfChannel` holds every EF-specific call the packing workflow makes, over
:class:`packstation.amazon.client.EFClient` (or anything with its shipment methods, such as a
test's counting or timing wrapper): processShipment ``CONFIRM`` / ``REJECT``, createPackages,
retrieveShippingOptions, generateInvoice / retrieveInvoice, generateShipLabels ``GENERATE`` /
``REGENERATE``, the label download, updatePackageStatus ``SHIPPED``. It maps EF's programs to
:class:`~packstation.domain.channel.ChannelCapabilities` and the client's exception tree to
:class:`~packstation.domain.channel.Trouble` (the client's exceptions themselves pass through).
"""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from packstation.amazon.errors import (
    AmbiguousResultError,
    AuthError,
    ConflictError,
    EFApiError,
    InvalidInputError,
    MalformedResponseError,
    NotFoundError,
)
from packstation.amazon.retry import RetryPolicy
from packstation.domain.channel import (
    INVOICE_DOCUMENT,
    SLIP_DOCUMENT,
    CarrierTracking,
    ChannelCapabilities,
    DocumentFile,
    HandoverWindow,
    LabelFile,
    PackageLabel,
    RateOption,
    RateQuote,
    Trouble,
    TroubleKind,
)
from packstation.domain.programs import EASY_SHIP, SELF_SHIP, SELLER_FLEX, program_of
from packstation.domain.shipments import (
    CourierSupportedAttributes,
    LineItem,
    LineItemWithReason,
    Package,
    Packages,
    PackageShipLabel,
    RejectionReason,
    ShipLabelsResponse,
    Shipment,
    ShipmentAcknowledgementRequest,
    ShippingOptions,
    ShippingOptionsResponse,
    TimeWindow,
)

if TYPE_CHECKING:
    from packstation.amazon.ef_shipments import InvoiceDocument
    from packstation.amazon.transport import LabelFile as DownloadedLabel

#: Amazon.in: the one marketplace where Easy Ship has generateInvoice
_INDIA = "A21TJRUUN4KGV"


@runtime_checkable
class RetryingClient(Protocol):
    """A client whose retry policy can be wrapped (:class:`~packstation.amazon.client.EFClient`)."""

    retry: RetryPolicy


class ShipmentClient(Protocol):
    """The EF client methods the channel uses (:class:`packstation.amazon.client.EFClient`)."""

    def iter_shipments(
        self,
        status: str,
        *,
        location_id: str | None = None,
        last_updated_after: datetime | None = None,
        max_results: int | None = None,
    ) -> Iterator[Shipment]: ...
    def get_shipment(self, shipment_id: str) -> Shipment: ...
    def process_shipment(
        self, shipment_id: str, operation: str, body: ShipmentAcknowledgementRequest | None = None
    ) -> None: ...
    def create_packages(self, shipment_id: str, packages: Packages | Sequence[Package]) -> None: ...
    def retrieve_shipping_options(
        self, shipment_id: str, package_id: str
    ) -> ShippingOptionsResponse: ...
    def generate_invoice(self, shipment_id: str) -> InvoiceDocument: ...
    def retrieve_invoice(self, shipment_id: str) -> InvoiceDocument: ...
    def generate_ship_labels(
        self,
        shipment_id: str,
        package_ids: Sequence[str],
        *,
        operation: str = "GENERATE",
        shipping_option_id: str | None = None,
        courier_supported_attributes: CourierSupportedAttributes | None = None,
    ) -> ShipLabelsResponse: ...
    def download_label(self, url: str) -> DownloadedLabel: ...
    def update_package_status(
        self, shipment_id: str, package_id: str, status: str = ...
    ) -> None: ...


def documents_of(shipment: Shipment) -> tuple[str, ...]:
    """What generateInvoice answers for ``shipment``, from its requirements (the answer's
    ``document`` does not say): ``("invoice",)`` a tax invoice (``invoice`` REQUIRED),
    ``("slip",)`` a packing slip where no tax invoice applies (``pSlip`` REQUIRED: "if the
    marketplace doesn't support generating a tax invoice, only packing-slip will be returned"),
    ``("invoice", "slip")`` one document covering both ("the Invoice/P-Slip or both"), ``()``
    nothing to ask for. Easy Ship outside India has no generateInvoice ("such clients can skip
    this API call"): no packing slip is asked for there."""
    requirements = shipment.shipment_requirements
    out: list[str] = []
    if str(requirements.invoice.requirement) == "REQUIRED":
        out.append(INVOICE_DOCUMENT)
    if str(requirements.p_slip.requirement) == "REQUIRED" and not (
        program_of(shipment) == EASY_SHIP
        and shipment.marketplace_attributes.marketplace_id != _INDIA
    ):
        out.append(SLIP_DOCUMENT)
    return tuple(out)


#: per worker thread: who to tell when the EF client waits before repeating a call
_RETRY_WAITS = threading.local()


class EfChannel:
    """External Fulfillment for the packing workflow (see the module docstring)."""

    name = "EF"

    def __init__(self, client: ShipmentClient) -> None:
        #: the EF client (tests wrap it: a counting or timing client, fault injection)
        self.client = client

    # ------------------------------------------------------------------ work and orders
    def list_work(
        self,
        *,
        status: str,
        location_id: str | None = None,
        last_updated_after: datetime | None = None,
        max_results: int | None = None,
    ) -> Iterator[Shipment]:
        return self.client.iter_shipments(
            status,
            location_id=location_id,
            last_updated_after=last_updated_after,
            max_results=max_results,
        )

    def open_order(self, order_id: str) -> Shipment:
        return self.client.get_shipment(order_id)

    def reread(self, order_id: str, trouble: Trouble | None = None) -> Shipment:
        if trouble is not None and trouble.order is not None:
            return trouble.order
        return self.client.get_shipment(order_id)

    def capabilities(self, order: Shipment) -> ChannelCapabilities:
        program = program_of(order)
        return ChannelCapabilities(
            acknowledges=True,
            documents=documents_of(order),
            has_pickup_slots=program != SELLER_FLEX,
            labels_from_channel=program != SELF_SHIP,
            confirms_shipped=program == SELF_SHIP,
        )

    def trouble(self, exc: BaseException) -> Trouble | None:
        if not isinstance(exc, EFApiError):
            return None
        # only an ambiguous result carries the shipment as re-read after it
        order = exc.shipment if isinstance(exc, AmbiguousResultError) else None
        kind = TroubleKind.FAILED
        if isinstance(exc, AmbiguousResultError):
            kind = TroubleKind.AMBIGUOUS
        elif isinstance(exc, ConflictError | InvalidInputError):
            kind = TroubleKind.REFUSED
        elif isinstance(exc, MalformedResponseError):
            kind = TroubleKind.MALFORMED
        elif isinstance(exc, NotFoundError):
            kind = TroubleKind.NOT_FOUND
        elif isinstance(exc, AuthError):
            kind = TroubleKind.DENIED
        return Trouble(kind, order if isinstance(order, Shipment) else None, exc.status)

    @staticmethod
    def can_reject(order: Shipment) -> bool:
        allowed = order.shipment_info.order_states_eligible_for_rejection or []
        return str(order.status) in allowed

    # ------------------------------------------------------------------ the finish
    def acknowledge(self, order_id: str) -> None:
        self.client.process_shipment(order_id, "CONFIRM")

    def create_packages(self, order_id: str, packages: Sequence[Package]) -> None:
        self.client.create_packages(order_id, Packages(packages=list(packages)))

    def rates(self, order_id: str, package_id: str) -> RateQuote:
        answer = self.client.retrieve_shipping_options(order_id, package_id)
        listed = tuple(_rate(o) for o in answer.shipping_options or [])
        recommended = answer.recommended_shipping_option
        return RateQuote(listed, _rate(recommended) if recommended is not None else None)

    def make_labels(
        self,
        order_id: str,
        package_ids: Sequence[str],
        *,
        option_id: str | None = None,
        carrier: CarrierTracking | None = None,
    ) -> list[PackageLabel]:
        return self._labels(order_id, package_ids, "GENERATE", option_id, carrier)

    def labels_again(
        self,
        order_id: str,
        package_ids: Sequence[str],
        *,
        option_id: str | None = None,
        carrier: CarrierTracking | None = None,
    ) -> list[PackageLabel]:
        return self._labels(order_id, package_ids, "REGENERATE", option_id, carrier)

    def _labels(
        self,
        order_id: str,
        package_ids: Sequence[str],
        operation: str,
        option_id: str | None,
        carrier: CarrierTracking | None,
    ) -> list[PackageLabel]:
        courier = (
            CourierSupportedAttributes(
                carrier_name=carrier.carrier_name, tracking_id=carrier.tracking_id
            )
            if carrier is not None
            else None
        )
        answer = self.client.generate_ship_labels(
            order_id,
            list(package_ids),
            operation=operation,
            shipping_option_id=option_id,
            courier_supported_attributes=courier,
        )
        return [_label(lb) for lb in answer.package_ship_label_list]

    def fetch_label(self, url: str) -> LabelFile:
        """The file from its presigned URL (the client keeps the URL's signed query)."""
        got = self.client.download_label(url)
        return LabelFile(str(got.format), got.content)

    def generate_document(self, order_id: str) -> DocumentFile:
        doc = self.client.generate_invoice(order_id)
        return DocumentFile(str(doc.format), doc.content)

    def fetch_document(self, order_id: str) -> DocumentFile:
        doc = self.client.retrieve_invoice(order_id)
        return DocumentFile(str(doc.format), doc.content)

    def confirm_shipped(self, order_id: str, package_id: str) -> None:
        self.client.update_package_status(order_id, package_id, "SHIPPED")

    def reject(self, order_id: str, lines: dict[str, int], reason: str) -> None:
        why = RejectionReason(str(reason))
        body = ShipmentAcknowledgementRequest(
            reference_id=uuid.uuid4().hex,
            line_items=[
                LineItemWithReason(line_item=LineItem(id=lid, quantity=qty), reason=why)
                for lid, qty in lines.items()
            ],
        )
        self.client.process_shipment(order_id, "REJECT", body)

    # ------------------------------------------------------------------ waiting
    @contextmanager
    def waits_reported(self, tell: Callable[[float], None]) -> Iterator[None]:
        """Wrap the client's retry sleep once so it tells this thread's ``tell`` each wait
        (429, 503, busy) before sleeping."""
        client = self.client
        retry = client.retry if isinstance(client, RetryingClient) else None
        if not isinstance(client, RetryingClient) or not isinstance(retry, RetryPolicy):
            yield  # a client without a retry policy (a test's fake) has no waits to report
            return
        # getattr: the mark this wrapper leaves on the sleep function it installed
        if not getattr(retry.sleep, "reports_waits", False):
            base = retry.sleep

            def sleep(seconds: float) -> None:
                # getattr: a thread-local, set only on the threads that asked to be told
                told = getattr(_RETRY_WAITS, "tell", None)
                if told is not None:
                    told(seconds)
                base(seconds)

            sleep.reports_waits = True  # type: ignore[attr-defined]
            client.retry = dataclasses.replace(retry, sleep=sleep)
        _RETRY_WAITS.tell = tell
        try:
            yield
        finally:
            _RETRY_WAITS.tell = None


def _window(window: TimeWindow | None) -> HandoverWindow | None:
    if window is None:
        return None
    method = window.handover_method
    return HandoverWindow(
        window.start_time, window.end_time, str(method) if method is not None else None
    )


def _rate(option: ShippingOptions) -> RateOption:
    return RateOption(
        shipping_option_id=option.shipping_option_id,
        carrier_name=option.carrier_name,
        pickup_window=_window(option.pickup_window),
        time_slot=_window(option.time_slot),
    )


def _label(lb: PackageShipLabel) -> PackageLabel:
    meta = lb.ship_label_metadata
    failure = None
    if str(lb.status) == "FAILURE":
        failure = lb.error_details.message if lb.error_details else "failed"
    return PackageLabel(
        package_id=lb.package_id or "",
        tracking_id=meta.tracking_id if meta else None,
        carrier_name=meta.carrier_name if meta else None,
        url=lb.file_data.url if lb.file_data else None,
        failure=failure,
    )


__all__ = ["EfChannel", "ShipmentClient", "documents_of"]
