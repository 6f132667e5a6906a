"""The EF API client: every operation of the Shipments, Inventory and Returns APIs (2024-09-11).

:class:`EFClient` has one snake_case method per operation with typed parameters and results
(models from :mod:`packstation.domain`), iterators that follow both pagination styles, batch
helpers, label download and invoice decoding. Each call goes through the rate limiter
(:mod:`packstation.amazon.ratelimit`), the retry policy (:mod:`packstation.amazon.retry`) and
raises the errors of :mod:`packstation.amazon.errors`.

After an ambiguous failure of a state-changing call (sent, no answer), the client re-reads the
shipment: when the change is visible it returns as if the call had answered; when the shipment
is still in the state before the call it repeats the call (a re-read, not a blind repeat);
otherwise it raises :class:`AmbiguousResultError` holding the re-read shipment.

Responses are read with a size cap (``max_response_bytes``); a label is fetched from its
presigned URL without the access token.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import gc
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote, urljoin

import httpx
from pydantic import BaseModel, ConfigDict, ValidationError

from packstation import __version__
from packstation.amazon.auth import (
    LwaCredentials,
    LwaTokenProvider,
    StaticToken,
    TokenProvider,
)
from packstation.amazon.errors import (
    AmbiguousResultError,
    AuthError,
    ConflictError,
    EFApiError,
    InvalidInputError,
    InvalidStateError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    ResponseTooLargeError,
    ServerError,
    ThrottledError,
)
from packstation.amazon.params import check_query
from packstation.amazon.ratelimit import NoLimiter, RateLimiter, TokenBucketLimiter
from packstation.amazon.retry import BUSY_WORDS, REFUSED_STATUS, RETRYABLE_STATUS, RetryPolicy
from packstation.domain import inventory as inv
from packstation.domain import returns as ret
from packstation.domain import shipments as shp
from packstation.domain.base import WireModel, check_outgoing
from packstation.domain.errors import Error, ErrorList, normalize_code

log = logging.getLogger(__name__)

M = TypeVar("M", bound=WireModel)

HOSTS = {
    "NA": "https://sellingpartnerapi-na.amazon.com",
    "EU": "https://sellingpartnerapi-eu.amazon.com",
    "FE": "https://sellingpartnerapi-fe.amazon.com",
}
SANDBOX_HOSTS = {
    "NA": "https://sandbox.sellingpartnerapi-na.amazon.com",
    "EU": "https://sandbox.sellingpartnerapi-eu.amazon.com",
    "FE": "https://sandbox.sellingpartnerapi-fe.amazon.com",
}
ENV_CLIENT_ID = "PACKSTATION_LWA_CLIENT_ID"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
MAX_RESPONSE_BYTES = 16 * 1024 * 1024
MAX_LABEL_BYTES = 32 * 1024 * 1024
LABEL_BATCH = 50
INVENTORY_BATCH = 9  # the model allows 10; Amazon's sandbox refuses 10 (BATCH_SIZE_EXCEED)

_SHIPMENTS = "/externalFulfillment/2024-09-11/shipments"
_RETURNS = "/externalFulfillment/2024-09-11/returns"
_INVENTORY = "/externalFulfillment/inventory/2024-09-11/inventories"


@dataclass(frozen=True)
class Operation:
    """One operation of the EF APIs as the official model defines it."""

    name: str
    method: str
    path: str
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    required_query: tuple[str, ...] = ()
    body: type[WireModel] | None = None
    response: type[WireModel] | None = None
    state_changing: bool = False
    paginated_by: str | None = None  # the query parameter that takes the next-page token


OPERATIONS: dict[str, Operation] = {
    op.name: op
    for op in (
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
        ),
        Operation(
            "updatePackage",
            "PUT",
            _SHIPMENTS + "/{shipmentId}/packages/{packageId}",
            ("shipmentId", "packageId"),
            body=shp.Package,
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
        # Absolute quantities with client sequence numbers: repeating a batch is harmless.
        Operation(
            "batchInventory",
            "POST",
            _INVENTORY,
            body=inv.BatchInventoryRequest,
            response=inv.BatchInventoryResponse,
        ),
        Operation(
            "listReturns",
            "GET",
            _RETURNS,
            query_params=(
                "returnLocationId",
                "rmaId",
                "status",
                "reverseTrackingId",
                "createdSince",
                "createdUntil",
                "lastUpdatedSince",
                "lastUpdatedUntil",
                "lastUpdatedAfter",
                "lastUpdatedBefore",
                "maxResults",
                "nextToken",
            ),
            response=ret.ReturnsResponse,
            paginated_by="nextToken",
        ),
        Operation("getReturn", "GET", _RETURNS + "/{returnId}", ("returnId",), response=ret.Return),
    )
}


@dataclass(frozen=True)
class InvoiceDocument:
    """A decoded invoice: the file's bytes and its format (PDF, PNG, ZPL, PLAIN_TEXT)."""

    format: shp.DocumentFormat | str
    content: bytes


@dataclass(frozen=True)
class LabelFile:
    """A downloaded label: bytes, the format taken from Content-Type, and that header."""

    format: shp.DocumentFormat | str
    content: bytes
    content_type: str


class _NotSent(Exception):
    """The request certainly did not reach the server (safe to repeat)."""


class _NoAnswer(Exception):
    """The request was (perhaps partly) sent and no complete answer came."""


@dataclass
class _Answer:
    status: int
    headers: httpx.Headers
    content: bytes


# Shipment statuses in workflow order, to tell "the change happened" from "not yet".
_ORDER = [
    "CREATED",
    "ACCEPTED",
    "CONFIRMED",
    "PACKAGE_CREATED",
    "PICKUP_SLOT_RETRIEVED",
    "INVOICE_GENERATED",
    "SHIPLABEL_GENERATED",
    "SHIPPED",
    "DELIVERED",
]


def _rank(status: object) -> int:
    value = str(getattr(status, "value", status))
    return _ORDER.index(value) if value in _ORDER else -1


Reconcile = Callable[[shp.Shipment], bool | None]
"""Decides from a re-read shipment: True done, False not done (repeat), None unknown."""


def _str_param(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "iso_z"):
        return str(value.iso_z())
    if hasattr(value, "isoformat") and hasattr(value, "tzinfo"):
        from packstation.domain.timestamps import Timestamp

        return Timestamp.from_datetime(value).iso_z()  # type: ignore[arg-type]
    return str(getattr(value, "value", value))


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class EFClient:
    """Client of Amazon's External Fulfillment APIs (see the module docstring).

    ``base_url`` is the Selling Partner API host (or any server speaking the API), ``auth`` a
    token provider (:class:`LwaTokenProvider` or :class:`StaticToken`). Use as a context manager
    or call :meth:`close`.
    """

    def __init__(
        self,
        base_url: str,
        auth: TokenProvider,
        *,
        limiter: RateLimiter | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        label_transport: httpx.BaseTransport | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        owns_auth: bool = False,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.limiter: RateLimiter = limiter if limiter is not None else TokenBucketLimiter()
        self.retry = retry if retry is not None else RetryPolicy()
        self.max_response_bytes = max_response_bytes
        self._owns_auth = owns_auth
        headers = {
            "Accept": "application/json",
            "User-Agent": f"packstation/{__version__} (Language=Python)",
        }
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=transport,
            timeout=timeout,
            headers=headers,
            verify=True,
            follow_redirects=False,
        )
        # Presigned label URLs get no access token and no base URL headers.
        self._files = httpx.Client(
            transport=label_transport if label_transport is not None else transport,
            timeout=timeout,
            verify=True,
            follow_redirects=True,
        )
        self.stats = {"requests": 0, "throttled": 0, "retries": 0}
        self._stats_lock = threading.Lock()

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_settings(
        cls,
        settings: Any,
        *,
        base_url: str | None = None,
        lwa_url: str | None = None,
        **kwargs: Any,
    ) -> EFClient:
        """A client for the connection the settings describe.

        Host: ``base_url`` if given, else ``settings.spapi_endpoint``, else Amazon's sandbox host
        (``amazon.use_amazon_sandbox``) or production host of ``amazon.region``. Credentials:
        ``PACKSTATION_LWA_CLIENT_ID`` / ``_CLIENT_SECRET`` / ``_REFRESH_TOKEN`` in the environment
        over ``amazon.lwa_client_id`` and the keyring.
        """
        from packstation.config import secrets

        region = str(getattr(settings.amazon.region, "value", settings.amazon.region))
        url = base_url or settings.spapi_endpoint
        if not url:
            if settings.is_sandbox:
                raise AuthError(
                    "the sandbox profile talks to the built-in sandbox marketplace: start it and "
                    "pass its address, or set spapi_endpoint (PACKSTATION_SPAPI_ENDPOINT)"
                )
            hosts = SANDBOX_HOSTS if settings.amazon.use_amazon_sandbox else HOSTS
            url = hosts[region]
        client_id = os.environ.get(ENV_CLIENT_ID) or settings.amazon.lwa_client_id
        secret = secrets.get_secret(secrets.LWA_CLIENT_SECRET) or ""
        refresh = secrets.get_secret(secrets.LWA_REFRESH_TOKEN) or ""
        if settings.is_sandbox and not (client_id and secret and refresh):
            # The built-in sandbox accepts any credentials; never used against Amazon.
            client_id = client_id or "packstation-sandbox"
            secret = secret or "sandbox-client-secret"
            refresh = refresh or "sandbox-refresh-token"
        provider = LwaTokenProvider(
            LwaCredentials(client_id, secret, refresh),
            endpoint=lwa_url or settings.lwa_endpoint,
            transport=kwargs.get("transport"),
        )
        return cls(url, provider, owns_auth=True, **kwargs)

    def close(self) -> None:
        self._http.close()
        self._files.close()
        if self._owns_auth and isinstance(self.auth, LwaTokenProvider):
            self.auth.close()

    def __enter__(self) -> EFClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ shipments
    def get_shipments(
        self,
        status: shp.ShipmentStatus | str,
        *,
        location_id: str | None = None,
        marketplace_id: str | None = None,
        channel_name: str | None = None,
        last_updated_after: Any = None,
        last_updated_before: Any = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
    ) -> shp.ShipmentsResponse:
        """One page of shipments in ``status`` (``pagination.nextToken`` names the next)."""
        query = _shipments_query(
            status,
            location_id=location_id,
            marketplace_id=marketplace_id,
            channel_name=channel_name,
            last_updated_after=last_updated_after,
            last_updated_before=last_updated_before,
            max_results=max_results,
            pagination_token=pagination_token,
        )
        return self._typed("getShipments", shp.ShipmentsResponse, query=query)

    def iter_shipments(
        self,
        status: shp.ShipmentStatus | str,
        *,
        on_page: Callable[[shp.ShipmentsResponse], None] | None = None,
        **filters: Any,
    ) -> Iterator[shp.Shipment]:
        """Every shipment in ``status``, following ``pagination.nextToken`` across empty pages.

        ``filters`` are :meth:`get_shipments`' keyword arguments. The next page is requested
        (within the rate limit) while the current one is being read, so network latency and
        parsing overlap; the helper thread ends with the iteration.
        """

        def fetch(token: str | None) -> Any:
            query = _shipments_query(status, pagination_token=token, **filters)
            return self._call("getShipments", query=query)

        seen: set[str] = set()
        with ThreadPoolExecutor(1, thread_name_prefix="ef-prefetch") as pool:
            pending = pool.submit(fetch, None)
            while True:
                answer = pending.result()
                token = _next_token(answer) if isinstance(answer, _Answer) else None
                if token:
                    if token in seen:
                        raise MalformedResponseError(
                            "getShipments returned a pagination token it had returned before; "
                            "stopping instead of looping",
                            operation="getShipments",
                        )
                    seen.add(token)
                    pending = pool.submit(fetch, token)
                page = self._parse("getShipments", shp.ShipmentsResponse, answer)
                if on_page is not None:
                    on_page(page)
                yield from page.shipments or []
                if not token:
                    return

    def get_shipment(self, shipment_id: str) -> shp.Shipment:
        return self._typed("getShipment", shp.Shipment, path={"shipmentId": shipment_id})

    def process_shipment(
        self,
        shipment_id: str,
        operation: str,
        body: shp.ShipmentAcknowledgementRequest | None = None,
    ) -> None:
        """Confirm (``CONFIRM``) or reject (``REJECT``, with ``body``) a shipment."""
        operation = _str_param(operation)
        if operation not in ("CONFIRM", "REJECT"):
            raise InvalidInputError(
                f"processShipment operation must be CONFIRM or REJECT, not {operation!r}",
                operation="processShipment",
            )

        def reconcile(s: shp.Shipment) -> bool | None:
            if operation == "CONFIRM":
                if _rank(s.status) >= _rank("CONFIRMED"):
                    return True
                return False if _rank(s.status) >= 0 else None
            if str(s.status) == shp.ShipmentStatus.CANCELLED:
                return True
            return False if _rank(s.status) < _rank("SHIPLABEL_GENERATED") else None

        self._call(
            "processShipment",
            path={"shipmentId": shipment_id},
            query={"operation": operation},
            body=body,
            reconcile=(shipment_id, reconcile),
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

        def reconcile(s: shp.Shipment) -> bool | None:
            have = {p.id for p in s.packages or []}
            if wanted <= have:
                return True
            if not have and str(s.status) == shp.ShipmentStatus.CONFIRMED:
                return False
            return None

        self._call(
            "createPackages",
            path={"shipmentId": shipment_id},
            body=body,
            reconcile=(shipment_id, reconcile),
        )

    def update_package(self, shipment_id: str, package_id: str, package: shp.Package) -> None:
        """Replace a package's details (before the label)."""
        self._call(
            "updatePackage", path={"shipmentId": shipment_id, "packageId": package_id}, body=package
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
        target = _str_param(status)
        query = {"status": target} if target == "SHIPPED" else {}

        def reconcile(s: shp.Shipment) -> bool | None:
            for p in s.packages or []:
                if p.id == package_id:
                    if _str_param(p.status) == target:
                        return True
                    if _rank(p.status) >= 0 and _rank(p.status) < _rank(target):
                        return False
            return None

        self._call(
            "updatePackageStatus",
            path={"shipmentId": shipment_id, "packageId": package_id},
            query=query,
            body=body,
            reconcile=(shipment_id, reconcile),
        )

    def retrieve_shipping_options(
        self, shipment_id: str, package_id: str
    ) -> shp.ShippingOptionsResponse:
        return self._typed(
            "retrieveShippingOptions",
            shp.ShippingOptionsResponse,
            path={"shipmentId": shipment_id},
            query={"packageId": package_id},
        )

    def generate_invoice(self, shipment_id: str) -> InvoiceDocument:
        """Generate the invoice and return the decoded document."""

        def reconcile(s: shp.Shipment) -> bool | None:
            if s.invoice_info is not None or _rank(s.status) >= _rank("INVOICE_GENERATED"):
                return True
            return False if _rank(s.status) >= 0 else None

        data = self._call(
            "generateInvoice", path={"shipmentId": shipment_id}, reconcile=(shipment_id, reconcile)
        )
        if data is _DONE:
            return self.retrieve_invoice(shipment_id)
        return self.decode_invoice(self._parse("generateInvoice", shp.InvoiceResponse, data))

    def retrieve_invoice(self, shipment_id: str) -> InvoiceDocument:
        data = self._call("retrieveInvoice", path={"shipmentId": shipment_id})
        return self.decode_invoice(self._parse("retrieveInvoice", shp.InvoiceResponse, data))

    @staticmethod
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
        fetch the label with :meth:`download_label`.
        """
        operation = _str_param(operation)
        if operation not in ("GENERATE", "REGENERATE"):
            raise InvalidInputError(
                f"generateShipLabels operation must be GENERATE or REGENERATE, not {operation!r}",
                operation="generateShipLabels",
            )
        merged: list[shp.PackageShipLabel] = []
        for chunk in _chunks(list(package_ids), LABEL_BATCH) if package_ids else [[]]:
            body = shp.ShipLabelsInput(
                package_ids=list(chunk), courier_supported_attributes=courier_supported_attributes
            )

            def reconcile(s: shp.Shipment) -> bool | None:
                if operation == "GENERATE" and _rank(s.status) < _rank("SHIPLABEL_GENERATED"):
                    return False if _rank(s.status) >= 0 else None
                return None  # labels may exist: the workflow decides (REGENERATE)

            data = self._call(
                "generateShipLabels",
                path={"shipmentId": shipment_id},
                query={"operation": operation, "shippingOptionId": shipping_option_id},
                body=body,
                reconcile=(shipment_id, reconcile),
            )
            page = self._parse("generateShipLabels", shp.ShipLabelsResponse, data)
            merged.extend(page.package_ship_label_list)
        return shp.ShipLabelsResponse(package_ship_label_list=merged)

    def download_label(self, url: str, *, max_bytes: int = MAX_LABEL_BYTES) -> LabelFile:
        """Fetch a label from its presigned ``fileData.url``; the format comes from Content-Type.

        A relative URL is resolved against the API's base URL (the built-in sandbox).
        """
        target = urljoin(self.base_url + "/", url)
        answer = self._exchange_with_retries(
            "downloadLabel",
            lambda: self._stream(
                self._files,
                "GET",
                target,
                params={},
                payload=None,
                headers=None,
                max_bytes=max_bytes,
            ),
        )
        if answer.status != 200:
            raise self._error("downloadLabel", answer)
        content_type = answer.headers.get("content-type", "")
        return LabelFile(label_format(content_type, answer.content), answer.content, content_type)

    # ------------------------------------------------------------------ inventory
    def batch_inventory(
        self, requests: Sequence[inv.InventoryRequest] | inv.BatchInventoryRequest
    ) -> inv.BatchInventoryResponse:
        """Send inventory requests in batches of at most 9; the answers in request order."""
        items = (
            list(requests.requests or [])
            if isinstance(requests, inv.BatchInventoryRequest)
            else list(requests)
        )
        merged: list[inv.InventoryResponse] = []
        for chunk in _chunks(items, INVENTORY_BATCH):
            body = inv.BatchInventoryRequest(requests=list(chunk))
            page = self._typed("batchInventory", inv.BatchInventoryResponse, body=body)
            merged.extend(page.responses or [])
        return inv.BatchInventoryResponse(responses=merged)

    # ------------------------------------------------------------------ returns
    def list_returns(
        self,
        *,
        return_location_id: str | None = None,
        rma_id: str | None = None,
        status: ret.ReturnStatus | str | None = None,
        reverse_tracking_id: str | None = None,
        created_since: Any = None,
        created_until: Any = None,
        last_updated_since: Any = None,
        last_updated_until: Any = None,
        last_updated_after: Any = None,
        last_updated_before: Any = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ret.ReturnsResponse:
        """One page of returns (``nextToken`` at the top level names the next)."""
        query = {
            "returnLocationId": return_location_id,
            "rmaId": rma_id,
            "status": status,
            "reverseTrackingId": reverse_tracking_id,
            "createdSince": created_since,
            "createdUntil": created_until,
            "lastUpdatedSince": last_updated_since,
            "lastUpdatedUntil": last_updated_until,
            "lastUpdatedAfter": last_updated_after,
            "lastUpdatedBefore": last_updated_before,
            "maxResults": max_results,
            "nextToken": next_token,
        }
        return self._typed("listReturns", ret.ReturnsResponse, query=query)

    def iter_returns(self, **filters: Any) -> Iterator[ret.Return]:
        """Every return matching ``filters``, following ``nextToken`` across empty pages."""
        token: str | None = None
        seen: set[str] = set()
        while True:
            page = self.list_returns(next_token=token, **filters)
            yield from page.returns or []
            token = page.next_token
            if not token:
                return
            if token in seen:
                raise MalformedResponseError(
                    "listReturns returned a nextToken it had returned before",
                    operation="listReturns",
                )
            seen.add(token)

    def get_return(self, return_id: str) -> ret.Return:
        return self._typed("getReturn", ret.Return, path={"returnId": return_id})

    # ------------------------------------------------------------------ generic
    def call(
        self,
        operation: str,
        params: Mapping[str, Any] | None = None,
        body: WireModel | Mapping[str, Any] | None = None,
    ) -> WireModel | None:
        """Call ``operation`` by its model name with parameters named as in the model.

        Path and query parameters are told apart by the operation table; ``body`` may be a model
        or JSON (validated against the operation's body model). Returns the parsed response.
        """
        op = OPERATIONS.get(operation)
        if op is None:
            raise InvalidInputError(
                f"unknown operation {operation!r}; known: {', '.join(sorted(OPERATIONS))}"
            )
        params = dict(params or {})
        unknown = set(params) - set(op.path_params) - set(op.query_params)
        if unknown:
            raise InvalidInputError(
                f"{operation} has no parameter(s) {', '.join(sorted(unknown))}; it takes "
                f"{', '.join(op.path_params + op.query_params) or 'none'}",
                operation=operation,
            )
        missing = [p for p in op.path_params + op.required_query if params.get(p) in (None, "")]
        if missing:
            raise InvalidInputError(f"{operation} needs {', '.join(missing)}", operation=operation)
        model_body: WireModel | None = None
        if body is not None:
            if op.body is None:
                raise InvalidInputError(f"{operation} takes no body", operation=operation)
            if isinstance(body, WireModel):
                model_body = body
            else:
                try:
                    model_body = op.body.model_validate(body)
                except ValidationError as exc:
                    raise InvalidInputError(
                        f"the body is not a valid {op.body.__name__}: {exc}", operation=operation
                    ) from exc
        elif op.name in {"createPackages", "updatePackage"}:
            raise InvalidInputError(f"{operation} needs a body", operation=operation)
        data = self._call(
            operation,
            path={k: params[k] for k in op.path_params},
            query={k: params.get(k) for k in op.query_params},
            body=model_body,
        )
        if op.response is None:
            return None
        return self._parse(operation, op.response, data)

    def iter_call(self, operation: str, params: Mapping[str, Any] | None = None) -> Iterator[Any]:
        """Every item of a paginated ``operation`` (getShipments, listReturns)."""
        op = OPERATIONS[operation]
        params = dict(params or {})
        if op.paginated_by is None:
            raise InvalidInputError(f"{operation} is not paginated", operation=operation)
        seen: set[str] = set()
        while True:
            page = self.call(operation, params)
            if isinstance(page, shp.ShipmentsResponse):
                yield from page.shipments or []
                token = page.pagination.next_token if page.pagination else None
            elif isinstance(page, ret.ReturnsResponse):
                yield from page.returns or []
                token = page.next_token
            else:  # pragma: no cover - the table lists only those two
                return
            if not token or token in seen:
                return
            seen.add(token)
            params[op.paginated_by] = token

    # ------------------------------------------------------------------ machinery
    def _typed(
        self,
        operation: str,
        model: type[M],
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: WireModel | None = None,
    ) -> M:
        return self._parse(
            operation, model, self._call(operation, path=path, query=query, body=body)
        )

    def _parse(self, operation: str, model: type[M], data: Any) -> M:
        if data is None or data is _DONE:
            raise MalformedResponseError(
                f"{operation} answered without the body the API defines", operation=operation
            )
        try:
            with _gc_paused():
                if isinstance(data, _Answer):
                    # Straight from bytes: pydantic-core's parser skips the dict of dicts.
                    return model.model_validate_json(data.content)
                return model.model_validate(data)
        except ValidationError as exc:
            if isinstance(data, _Answer) and exc.errors()[0]["type"] == "json_invalid":
                self._json(operation, data)  # raises the "broken JSON / HTML page" error
            raise MalformedResponseError(
                f"{operation} answered JSON that is not a {model.__name__}: "
                f"{exc.error_count()} problem(s), first: {exc.errors()[0]['loc']} "
                f"{exc.errors()[0]['msg']}",
                status=data.status if isinstance(data, _Answer) else None,
                request_id=data.headers.get("x-amzn-requestid")
                if isinstance(data, _Answer)
                else None,
                operation=operation,
            ) from exc

    def _build(
        self, op: Operation, path: Mapping[str, str] | None, query: Mapping[str, Any] | None
    ) -> tuple[str, dict[str, str]]:
        values = dict(path or {})
        for name in op.path_params:
            if not values.get(name):
                raise InvalidInputError(f"{op.name} needs {name}", operation=op.name)
        url = op.path.format(**{k: quote(str(v), safe="") for k, v in values.items()})
        params = {k: _str_param(v) for k, v in (query or {}).items() if v is not None and v != ""}
        return url, params

    def _call(
        self,
        operation: str,
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: WireModel | None = None,
        reconcile: tuple[str, Reconcile] | None = None,
    ) -> Any:
        op = OPERATIONS[operation]
        url, params = self._build(op, path, query)
        check_query(operation, params)
        payload: bytes | None = None
        if body is not None:
            check_outgoing(body)
            payload = json.dumps(body.to_wire(exclude_none=True), separators=(",", ":")).encode()
        started = self.retry.clock()
        attempt = 0
        reauthorised = False
        while True:
            attempt += 1
            self.limiter.acquire(operation)
            token = self.auth.get_token()
            headers = {"x-amz-access-token": token}
            if payload is not None:
                headers["Content-Type"] = "application/json"
            try:
                self._count("requests")
                answer = self._stream(
                    self._http,
                    op.method,
                    url,
                    params=params,
                    payload=payload,
                    headers=headers,
                    max_bytes=self.max_response_bytes,
                )
            except _NotSent as exc:
                error: EFApiError = NetworkError(
                    f"{operation}: cannot reach {self.base_url} ({exc})", operation=operation
                )
                if not self._wait(attempt, started, operation, error):
                    raise error from exc
                continue
            except _NoAnswer as exc:
                if op.state_changing:
                    outcome = self._after_ambiguity(operation, reconcile, str(exc))
                    if outcome is _DONE:
                        return _DONE
                    # The re-read shows the call did not take effect: repeating is safe.
                    if self._wait(attempt, started, operation, None):
                        continue
                    raise AmbiguousResultError(
                        f"{operation}: no answer ({exc}) and the retry budget is spent",
                        operation=operation,
                    ) from exc
                error = NetworkError(f"{operation}: no answer ({exc})", operation=operation)
                if not self._wait(attempt, started, operation, error):
                    raise error from exc
                continue
            self._adopt_rate(operation, answer.headers)
            if 200 <= answer.status < 300:
                return answer if answer.content.strip() else None
            error = self._error(operation, answer)
            if isinstance(error, AuthError) and answer.status in (401, 403) and not reauthorised:
                # An access token that expired mid-run: fetch a new one, once.
                reauthorised = True
                self.auth.invalidate(token)
                continue
            if isinstance(error, ThrottledError):
                self._count("throttled")
                self.limiter.throttled(operation)
            if not error.retryable:
                raise error
            if (
                op.state_changing
                and answer.status not in REFUSED_STATUS
                and not (isinstance(error, ConflictError))
            ):
                outcome = self._after_ambiguity(operation, reconcile, str(error))
                if outcome is _DONE:
                    return _DONE
            if not self._wait(attempt, started, operation, error):
                raise error

    def _count(self, key: str) -> None:
        with self._stats_lock:
            self.stats[key] += 1

    def _wait(self, attempt: int, started: float, operation: str, error: EFApiError | None) -> bool:
        delay = self.retry.next_delay(attempt, started)
        if delay is None:
            return False
        self._count("retries")
        log.info(
            "%s: attempt %d failed (%s); retrying in %.2f s",
            operation,
            attempt,
            type(error).__name__ if error else "ambiguous",
            delay,
        )
        self.retry.sleep(delay)
        return True

    def _after_ambiguity(
        self, operation: str, reconcile: tuple[str, Reconcile] | None, why: str
    ) -> object:
        """Re-read the shipment after a state-changing call got no clear answer."""
        if reconcile is None:
            raise AmbiguousResultError(
                f"{operation} was sent and got no clear answer ({why}); it may have taken "
                "effect: re-read the state before repeating it",
                operation=operation,
            )
        shipment_id, decide = reconcile
        try:
            shipment = self.get_shipment(shipment_id)
        except EFApiError as exc:
            raise AmbiguousResultError(
                f"{operation} was sent and got no clear answer ({why}), and re-reading shipment "
                f"{shipment_id} failed too ({type(exc).__name__}); re-read it before repeating",
                operation=operation,
            ) from exc
        verdict = decide(shipment)
        log.warning(
            "%s on shipment %s got no clear answer (%s); re-read status %s -> %s",
            operation,
            shipment_id,
            why,
            shipment.status,
            {True: "done", False: "repeat", None: "undecided"}[verdict],
        )
        if verdict is True:
            return _DONE
        if verdict is None:
            raise AmbiguousResultError(
                f"{operation} on shipment {shipment_id} got no clear answer ({why}) and its "
                f"status is now {shipment.status}: decide from that state",
                operation=operation,
                shipment=shipment,
            )
        return None

    def _exchange_with_retries(self, operation: str, send: Callable[[], _Answer]) -> _Answer:
        started = self.retry.clock()
        attempt = 0
        while True:
            attempt += 1
            try:
                answer = send()
            except (_NotSent, _NoAnswer) as exc:
                error = NetworkError(f"{operation}: {exc}", operation=operation)
                if not self._wait(attempt, started, operation, error):
                    raise error from exc
                continue
            if answer.status in RETRYABLE_STATUS and self._wait(attempt, started, operation, None):
                continue
            return answer

    def _stream(
        self,
        http: httpx.Client,
        method: str,
        url: str,
        *,
        params: Mapping[str, str],
        payload: bytes | None,
        headers: Mapping[str, str] | None,
        max_bytes: int,
    ) -> _Answer:
        try:
            # An empty params mapping would wipe the URL's own query (a presigned signature).
            with http.stream(
                method, url, params=params or None, content=payload, headers=headers
            ) as response:
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise ResponseTooLargeError(
                        f"the answer to {method} {url} is {int(declared):,} bytes; the client "
                        f"accepts at most {max_bytes:,}",
                        status=response.status_code,
                        request_id=response.headers.get("x-amzn-requestid"),
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise ResponseTooLargeError(
                            f"the answer to {method} {url} exceeds {max_bytes:,} bytes; "
                            "the client stopped reading",
                            status=response.status_code,
                            request_id=response.headers.get("x-amzn-requestid"),
                        )
                    chunks.append(chunk)
                return _Answer(response.status_code, response.headers, b"".join(chunks))
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise _NotSent(f"{type(exc).__name__}: {exc}") from exc
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _NoAnswer(f"{type(exc).__name__}: {exc}") from exc

    def _adopt_rate(self, operation: str, headers: httpx.Headers) -> None:
        value = headers.get("x-amzn-ratelimit-limit")
        if not value:
            return
        try:
            rate = float(value)
        except ValueError:
            return
        self.limiter.update_rate(operation, rate)

    def _json(self, operation: str, answer: _Answer) -> Any:
        content_type = answer.headers.get("content-type", "")
        request_id = answer.headers.get("x-amzn-requestid")
        try:
            return json.loads(answer.content)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            hint = (
                "an HTML page, probably from a proxy or captive portal"
                if "html" in content_type.lower() or answer.content.lstrip()[:1] == b"<"
                else "broken or truncated JSON"
            )
            raise MalformedResponseError(
                f"{operation} answered HTTP {answer.status} with {hint} "
                f"({len(answer.content)} bytes, Content-Type {content_type or 'none'})",
                status=answer.status,
                request_id=request_id,
                operation=operation,
            ) from exc

    def _error(self, operation: str, answer: _Answer) -> EFApiError:
        status = answer.status
        request_id = answer.headers.get("x-amzn-requestid")
        errors: list[Error] = []
        note = ""
        try:
            data = json.loads(answer.content) if answer.content.strip() else None
            if isinstance(data, dict) and "errors" in data:
                errors = ErrorList.model_validate(data).errors
        except (json.JSONDecodeError, UnicodeDecodeError, ValidationError):
            kind = answer.headers.get("content-type", "") or "unknown type"
            note = f" (the body is not Amazon's error list: {kind}, {len(answer.content)} bytes)"
        words = " ".join(normalize_code(e.code) + " " + e.message.lower() for e in errors)
        flat = normalize_code(words)
        kwargs: dict[str, Any] = {
            "status": status,
            "errors": errors,
            "request_id": request_id,
            "operation": operation,
        }
        message = f"{operation} failed with HTTP {status}{note}"
        state_words = ("state", "status", "workflow", "notallowed", "noteligible")
        if status in (401, 403):
            return AuthError(message + ": access refused (credentials or role)", **kwargs)
        if status == 404:
            return NotFoundError(message, **kwargs)
        if status == 429:
            return ThrottledError(message + ": throttled", retryable=True, **kwargs)
        if status == 409:
            busy = any(w in flat for w in BUSY_WORDS) and "duplicate" not in flat
            if any(w in flat for w in state_words) and not busy:
                return InvalidStateError(message, **kwargs)
            return ConflictError(message, retryable=busy, **kwargs)
        if status in (400, 422) and any(w in flat for w in state_words):
            return InvalidStateError(message, **kwargs)
        if 400 <= status < 500:
            return InvalidInputError(message, **kwargs)
        if status >= 500:
            return ServerError(message, retryable=status in RETRYABLE_STATUS, **kwargs)
        return MalformedResponseError(message + ": unexpected status", **kwargs)


_DONE: Any = object()


class _TokenOnly(BaseModel):
    """Just the next-page token of a getShipments answer (cheap to read ahead)."""

    model_config = ConfigDict(extra="ignore")
    pagination: dict[str, Any] | None = None


def _next_token(answer: _Answer) -> str | None:
    try:
        pagination = _TokenOnly.model_validate_json(answer.content).pagination
    except ValidationError:
        return None  # the full parse reports what is wrong
    token = (pagination or {}).get("nextToken")
    return token if isinstance(token, str) and token else None


def _shipments_query(
    status: shp.ShipmentStatus | str,
    *,
    location_id: str | None = None,
    marketplace_id: str | None = None,
    channel_name: str | None = None,
    last_updated_after: Any = None,
    last_updated_before: Any = None,
    max_results: int | None = None,
    pagination_token: str | None = None,
) -> dict[str, Any]:
    return {
        "locationId": location_id,
        "marketplaceId": marketplace_id,
        "channelName": channel_name,
        "status": status,
        "lastUpdatedAfter": last_updated_after,
        "lastUpdatedBefore": last_updated_before,
        "maxResults": max_results,
        "paginationToken": pagination_token,
    }


_gc_lock = threading.Lock()
_gc_holders = 0


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a page of models is built.

    A page of 100 shipments allocates tens of thousands of objects; in a process with a large
    heap each allocation burst triggers full collections that cost 3 to 5 times the validation
    itself. Reference counting still frees everything; the collector resumes right after.
    """
    global _gc_holders  # noqa: PLW0603 - one counter shared by every client and thread
    with _gc_lock:
        _gc_holders += 1
        if _gc_holders == 1:
            was_enabled = gc.isenabled()
            gc.disable()
            _gc_state["resume"] = was_enabled
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holders -= 1
            if _gc_holders == 0 and _gc_state["resume"]:
                gc.enable()


_gc_state = {"resume": False}


_SNIFF = ((b"%PDF", shp.DocumentFormat.PDF), (b"\x89PNG", shp.DocumentFormat.PNG))


def label_format(content_type: str, content: bytes = b"") -> shp.DocumentFormat | str:
    """The label's format from its Content-Type (sniffing the bytes only for generic types)."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "application/pdf":
        return shp.DocumentFormat.PDF
    if kind == "image/png":
        return shp.DocumentFormat.PNG
    if "zpl" in kind:
        return shp.DocumentFormat.ZPL
    head = content[:512].lstrip()
    for magic, fmt in _SNIFF:
        if head.startswith(magic):
            return fmt
    if kind in ("text/plain", "application/octet-stream", "") and b"^XA" in head:
        return shp.DocumentFormat.ZPL
    if kind.startswith("text/"):
        return shp.DocumentFormat.PLAIN_TEXT
    return kind or "UNKNOWN"


def static_client(base_url: str, token: str = "sandbox-token", **kwargs: Any) -> EFClient:  # noqa: S107
    """A client with a fixed access token (tests and the built-in sandbox)."""
    return EFClient(base_url, StaticToken(token), **kwargs)


__all__ = [
    "HOSTS",
    "OPERATIONS",
    "SANDBOX_HOSTS",
    "EFClient",
    "InvoiceDocument",
    "LabelFile",
    "NoLimiter",
    "Operation",
    "label_format",
    "static_client",
]
