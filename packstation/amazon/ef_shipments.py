"""The External Fulfillment Shipments API (2024-09-11) over the shared transport.

:class:`EFShipments` has one snake_case method per operation: list and read shipments (both
styles of paging), confirm or reject, create and update packages, shipping options, invoice,
ship labels and package status. Every state-changing call names how to re-read the shipment
after a lost answer (:class:`~packstation.amazon.transport.Reconcile`), judged by the workflow
order of :func:`packstation.domain.programs.status_rank`.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack

from pydantic import BaseModel, ConfigDict, ValidationError

from packstation.amazon.errors import InvalidInputError, MalformedResponseError
from packstation.amazon.transport import (
    RECONCILED,
    Answer,
    Operation,
    Outcome,
    Page,
    QueryValue,
    Reconcile,
    SpApiTransport,
    TimeParam,
    batches,
    param_str,
)
from packstation.domain import shipments as shp
from packstation.domain.base import WireModel
from packstation.domain.programs import status_rank

LABEL_BATCH = 50

_SHIPMENTS = "/externalFulfillment/2024-09-11/shipments"


def _shipments_page(page: WireModel) -> Page:
    if not isinstance(page, shp.ShipmentsResponse):  # pragma: no cover - the table says so
        return (), None
    return page.shipments or [], page.pagination.next_token if page.pagination else None


OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "getShipments",
        "GET",
        _SHIPMENTS,
        query_params=(
            "locationId",
            "marketplaceId",
            "channelName",
            "status",
            "lastUpdatedAfter",
            "lastUpdatedBefore",
            "maxResults",
            "paginationToken",
        ),
        required_query=("status",),
        response=shp.ShipmentsResponse,
        paginated_by="paginationToken",
        page=_shipments_page,
    ),
    Operation(
        "getShipment",
        "GET",
        _SHIPMENTS + "/{shipmentId}",
        ("shipmentId",),
        response=shp.Shipment,
    ),
    Operation(
        "processShipment",
        "POST",
        _SHIPMENTS + "/{shipmentId}",
        ("shipmentId",),
        ("operation",),
        ("operation",),
        body=shp.ShipmentAcknowledgementRequest,
        state_changing=True,
    ),
    Operation(
        "createPackages",
        "POST",
        _SHIPMENTS + "/{shipmentId}/packages",
        ("shipmentId",),
        body=shp.Packages,
        state_changing=True,
        body_required=True,
    ),
    Operation(
        "updatePackage",
        "PUT",
        _SHIPMENTS + "/{shipmentId}/packages/{packageId}",
        ("shipmentId", "packageId"),
        body=shp.Package,
        body_required=True,
    ),
    Operation(
        "updatePackageStatus",
        "PATCH",
        _SHIPMENTS + "/{shipmentId}/packages/{packageId}",
        ("shipmentId", "packageId"),
        ("status",),
        body=shp.PackageDeliveryStatus,
        state_changing=True,
    ),
    Operation(
        "retrieveShippingOptions",
        "GET",
        _SHIPMENTS + "/{shipmentId}/shippingOptions",
        ("shipmentId",),
        ("packageId",),
        ("packageId",),
        response=shp.ShippingOptionsResponse,
    ),
    Operation(
        "generateInvoice",
        "POST",
        _SHIPMENTS + "/{shipmentId}/invoice",
        ("shipmentId",),
        response=shp.InvoiceResponse,
        state_changing=True,
    ),
    Operation(
        "retrieveInvoice",
        "GET",
        _SHIPMENTS + "/{shipmentId}/invoice",
        ("shipmentId",),
        response=shp.InvoiceResponse,
    ),
    Operation(
        "generateShipLabels",
        "PUT",
        _SHIPMENTS + "/{shipmentId}/shipLabels",
        ("shipmentId",),
        ("shippingOptionId", "operation"),
        ("operation",),
        body=shp.ShipLabelsInput,
        response=shp.ShipLabelsResponse,
        state_changing=True,
    ),
)
_OP = {op.name: op for op in OPERATIONS}


class ShipmentFilters(TypedDict, total=False):
    """getShipments' filters besides ``status`` (the keyword arguments of ``get_shipments``)."""

    location_id: str | None
    marketplace_id: str | None
    channel_name: str | None
    last_updated_after: TimeParam | None
    last_updated_before: TimeParam | None
    max_results: int | None


@dataclass(frozen=True)
class InvoiceDocument:
    """A decoded invoice: the file's bytes and its format (PDF, PNG, ZPL, PLAIN_TEXT)."""

    format: shp.DocumentFormat | str
    content: bytes


class EFShipments:
    """The Shipments API's operations (see the module docstring)."""

    def __init__(self, transport: SpApiTransport) -> None:
        self.transport = transport

    def get_shipments(
        self,
        status: shp.ShipmentStatus | str,
        *,
        location_id: str | None = None,
        marketplace_id: str | None = None,
        channel_name: str | None = None,
        last_updated_after: TimeParam | None = None,
        last_updated_before: TimeParam | None = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
    ) -> shp.ShipmentsResponse:
        """One page of shipments in ``status`` (``pagination.nextToken`` names the next)."""
        query = _shipments_query(
            status,
            pagination_token,
            ShipmentFilters(
                location_id=location_id,
                marketplace_id=marketplace_id,
                channel_name=channel_name,
                last_updated_after=last_updated_after,
                last_updated_before=last_updated_before,
                max_results=max_results,
            ),
        )
        return self.transport.request_model(_OP["getShipments"], shp.ShipmentsResponse, query=query)

    def iter_shipments(
        self,
        status: shp.ShipmentStatus | str,
        *,
        on_page: Callable[[shp.ShipmentsResponse], None] | None = None,
        **filters: Unpack[ShipmentFilters],
    ) -> Iterator[shp.Shipment]:
        """Every shipment in ``status``, following ``pagination.nextToken`` across empty pages.

        ``filters`` are :meth:`get_shipments`' keyword arguments. The next page is requested (within the rate limit) while the current one is being
        read, so network latency and parsing overlap; the helper thread ends with the iteration.
        """
        op = _OP["getShipments"]
        unknown = set(filters) - set(ShipmentFilters.__annotations__)
        if unknown:
            raise TypeError(
                f"iter_shipments() got unexpected filter(s) {', '.join(sorted(unknown))}"
            )

        def fetch(token: str | None) -> Answer | Outcome | None:
            return self.transport.request(op, query=_shipments_query(status, token, filters))

        seen: set[str] = set()
        with ThreadPoolExecutor(1, thread_name_prefix="ef-prefetch") as pool:
            pending = pool.submit(fetch, None)
            while True:
                answer = pending.result()
                token = _next_token(answer) if isinstance(answer, Answer) else None
                if token:
                    if token in seen:
                        raise MalformedResponseError(
                            "getShipments returned a pagination token it had returned before; "
                            "stopping instead of looping",
                            operation="getShipments",
                        )
                    seen.add(token)
                    pending = pool.submit(fetch, token)
                page = self.transport.parse("getShipments", shp.ShipmentsResponse, answer)
                if on_page is not None:
                    on_page(page)
                yield from page.shipments or []
                if not token:
                    return

    def get_shipment(self, shipment_id: str) -> shp.Shipment:
        return self.transport.request_model(
            _OP["getShipment"], shp.Shipment, path={"shipmentId": shipment_id}
        )

    def process_shipment(
        self,
        shipment_id: str,
        operation: str,
        body: shp.ShipmentAcknowledgementRequest | None = None,
    ) -> None:
        """Confirm (``CONFIRM``) or reject (``REJECT``, with ``body``) a shipment."""
        operation = param_str(operation)
        if operation not in ("CONFIRM", "REJECT"):
            raise InvalidInputError(
                f"processShipment operation must be CONFIRM or REJECT, not {operation!r}",
                operation="processShipment",
            )

        def decide(s: shp.Shipment) -> bool | None:
            if operation == "CONFIRM":
                if status_rank(s.status) >= status_rank("CONFIRMED"):
                    return True
                return False if status_rank(s.status) >= 0 else None
            if str(s.status) == shp.ShipmentStatus.CANCELLED:
                return True
            return False if status_rank(s.status) < status_rank("SHIPLABEL_GENERATED") else None

        self.transport.request(
            _OP["processShipment"],
            path={"shipmentId": shipment_id},
            query={"operation": operation},
            body=body,
            reconcile=self._reconcile(shipment_id, decide),
        )

    def create_packages(
        self, shipment_id: str, packages: shp.Packages | Sequence[shp.Package]
    ) -> None:
        """Create the shipment's packages (CONFIRMED -> PACKAGE_CREATED)."""
        body = (
            packages
            if isinstance(packages, shp.Packages)
            else shp.Packages(packages=list(packages))
        )
        wanted = {p.id for p in body.packages}

        def decide(s: shp.Shipment) -> bool | None:
            have = {p.id for p in s.packages or []}
            if wanted <= have:
                return True
            if not have and str(s.status) == shp.ShipmentStatus.CONFIRMED:
                return False
            return None

        self.transport.request(
            _OP["createPackages"],
            path={"shipmentId": shipment_id},
            body=body,
            reconcile=self._reconcile(shipment_id, decide),
        )

    def update_package(self, shipment_id: str, package_id: str, package: shp.Package) -> None:
        """Replace a package's details (before the label)."""
        self.transport.request(
            _OP["updatePackage"],
            path={"shipmentId": shipment_id, "packageId": package_id},
            body=package,
        )

    def update_package_status(
        self,
        shipment_id: str,
        package_id: str,
        status: shp.PackageStatus | str = shp.PackageStatus.SHIPPED,
        *,
        sub_status: shp.PackageSubStatus | str | None = None,
        reason: str | None = None,
    ) -> None:
        """Mark a package SHIPPED (or, for self delivery, DELIVERED with a sub-status)."""
        body = shp.PackageDeliveryStatus(status=status, sub_status=sub_status, reason=reason)
        target = param_str(status)
        query = {"status": target} if target == "SHIPPED" else {}

        def decide(s: shp.Shipment) -> bool | None:
            for p in s.packages or []:
                if p.id == package_id:
                    if param_str(p.status) == target:
                        return True
                    if 0 <= status_rank(p.status) < status_rank(target):
                        return False
            return None

        self.transport.request(
            _OP["updatePackageStatus"],
            path={"shipmentId": shipment_id, "packageId": package_id},
            query=query,
            body=body,
            reconcile=self._reconcile(shipment_id, decide),
        )

    def retrieve_shipping_options(
        self, shipment_id: str, package_id: str
    ) -> shp.ShippingOptionsResponse:
        return self.transport.request_model(
            _OP["retrieveShippingOptions"],
            shp.ShippingOptionsResponse,
            path={"shipmentId": shipment_id},
            query={"packageId": package_id},
        )

    def generate_invoice(self, shipment_id: str) -> InvoiceDocument:
        """Generate the invoice and return the decoded document."""

        def decide(s: shp.Shipment) -> bool | None:
            if s.invoice_info is not None or status_rank(s.status) >= status_rank(
                "INVOICE_GENERATED"
            ):
                return True
            return False if status_rank(s.status) >= 0 else None

        data = self.transport.request(
            _OP["generateInvoice"],
            path={"shipmentId": shipment_id},
            reconcile=self._reconcile(shipment_id, decide),
        )
        if data is RECONCILED:
            return self.retrieve_invoice(shipment_id)
        return decode_invoice(self.transport.parse("generateInvoice", shp.InvoiceResponse, data))

    def retrieve_invoice(self, shipment_id: str) -> InvoiceDocument:
        return decode_invoice(
            self.transport.request_model(
                _OP["retrieveInvoice"], shp.InvoiceResponse, path={"shipmentId": shipment_id}
            )
        )

    def generate_ship_labels(
        self,
        shipment_id: str,
        package_ids: Sequence[str],
        *,
        operation: str = "GENERATE",
        shipping_option_id: str | None = None,
        courier_supported_attributes: shp.CourierSupportedAttributes | None = None,
    ) -> shp.ShipLabelsResponse:
        """Generate (or ``REGENERATE``) labels; more than 50 packages go in several calls.

        Each package's result is in ``packageShipLabelList`` with status SUCCESS or FAILURE;
        fetch the label with :meth:`SpApiTransport.download_label`.
        """
        operation = param_str(operation)
        if operation not in ("GENERATE", "REGENERATE"):
            raise InvalidInputError(
                f"generateShipLabels operation must be GENERATE or REGENERATE, not {operation!r}",
                operation="generateShipLabels",
            )

        def decide(s: shp.Shipment) -> bool | None:
            if operation == "GENERATE" and status_rank(s.status) < status_rank(
                "SHIPLABEL_GENERATED"
            ):
                return False if status_rank(s.status) >= 0 else None
            return None  # labels may exist: the workflow decides (REGENERATE)

        merged: list[shp.PackageShipLabel] = []
        ids = list(package_ids)
        for chunk in batches(ids, LABEL_BATCH) if ids else [[]]:
            body = shp.ShipLabelsInput(
                package_ids=list(chunk), courier_supported_attributes=courier_supported_attributes
            )
            data = self.transport.request(
                _OP["generateShipLabels"],
                path={"shipmentId": shipment_id},
                query={"operation": operation, "shippingOptionId": shipping_option_id},
                body=body,
                reconcile=self._reconcile(shipment_id, decide),
            )
            page = self.transport.parse("generateShipLabels", shp.ShipLabelsResponse, data)
            merged.extend(page.package_ship_label_list)
        return shp.ShipLabelsResponse(package_ship_label_list=merged)

    def _reconcile(
        self, shipment_id: str, decide: Callable[[shp.Shipment], bool | None]
    ) -> Reconcile[shp.Shipment]:
        return Reconcile(
            subject=f"shipment {shipment_id}",
            reread=lambda: self.get_shipment(shipment_id),
            decide=decide,
            status=lambda s: s.status,
        )


def decode_invoice(response: shp.InvoiceResponse) -> InvoiceDocument:
    """The invoice's bytes (base64 ``document.content``) and format."""
    doc = response.document
    if doc.content is None:
        raise MalformedResponseError("the invoice answer holds no document content")
    fmt = doc.format or shp.DocumentFormat.PDF
    try:
        content = base64.b64decode(doc.content, validate=True)
    except (binascii.Error, ValueError) as exc:
        if str(fmt) == shp.DocumentFormat.PLAIN_TEXT:
            content = doc.content.encode("utf-8")
        else:
            raise MalformedResponseError(
                f"the invoice content is not valid base64 ({exc})"
            ) from exc
    return InvoiceDocument(fmt, content)


class _TokenOnly(BaseModel):
    """Just the next-page token of a getShipments answer (cheap to read ahead)."""

    model_config = ConfigDict(extra="ignore")
    pagination: dict[str, Any] | None = None


def _next_token(answer: Answer) -> str | None:
    try:
        pagination = _TokenOnly.model_validate_json(answer.content).pagination
    except ValidationError:
        return None  # the full parse reports what is wrong
    token = (pagination or {}).get("nextToken")
    return token if isinstance(token, str) and token else None


def _shipments_query(
    status: shp.ShipmentStatus | str, pagination_token: str | None, filters: ShipmentFilters
) -> dict[str, QueryValue]:
    return {
        "locationId": filters.get("location_id"),
        "marketplaceId": filters.get("marketplace_id"),
        "channelName": filters.get("channel_name"),
        "status": status,
        "lastUpdatedAfter": filters.get("last_updated_after"),
        "lastUpdatedBefore": filters.get("last_updated_before"),
        "maxResults": filters.get("max_results"),
        "paginationToken": pagination_token,
    }
