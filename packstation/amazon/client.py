"""The EF API client: the façade over the External Fulfillment API modules (2024-09-11).

:class:`EFClient` is what the rest of Packstation uses: one snake_case method per operation of
the Shipments, Inventory and Returns APIs, delegating to :class:`~.ef_shipments.EFShipments`,
:class:`~.ef_inventory.EFInventory` and :class:`~.ef_returns.EFReturns`, which share one
:class:`~.transport.SpApiTransport` (auth, rate limits, retries, errors, reconcile after a lost
answer, document download; see :mod:`packstation.amazon.transport`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from packstation.amazon.auth import StaticToken, TokenProvider
from packstation.amazon.ef_inventory import INVENTORY_BATCH, EFInventory
from packstation.amazon.ef_inventory import OPERATIONS as INVENTORY_OPERATIONS
from packstation.amazon.ef_returns import OPERATIONS as RETURNS_OPERATIONS
from packstation.amazon.ef_returns import EFReturns, ReturnFilters
from packstation.amazon.ef_shipments import (
    LABEL_BATCH,
    EFShipments,
    InvoiceDocument,
    ShipmentFilters,
    decode_invoice,
)
from packstation.amazon.ef_shipments import OPERATIONS as SHIPMENTS_OPERATIONS
from packstation.amazon.ratelimit import NoLimiter, RateLimiter
from packstation.amazon.retry import RetryPolicy
from packstation.amazon.transport import (
    DEFAULT_TIMEOUT,
    ENV_CLIENT_ID,
    HOSTS,
    MAX_LABEL_BYTES,
    MAX_RESPONSE_BYTES,
    SANDBOX_HOSTS,
    LabelFile,
    Operation,
    SpApiTransport,
    TimeParam,
    label_format,
    operation_table,
    settings_connection,
)
from packstation.domain import inventory as inv
from packstation.domain import returns as ret
from packstation.domain import shipments as shp
from packstation.domain.base import WireModel

if TYPE_CHECKING:
    from packstation.config.settings import Settings

#: Every EF operation by its model name (what :meth:`EFClient.call` accepts).
OPERATIONS: dict[str, Operation] = operation_table(
    SHIPMENTS_OPERATIONS, INVENTORY_OPERATIONS, RETURNS_OPERATIONS
)


class EFClient:
    """Client of Amazon's External Fulfillment APIs (see the module docstring).

    ``base_url`` is the Selling Partner API host (or any server speaking the API), ``auth`` a
    token provider (:class:`LwaTokenProvider` or :class:`StaticToken`). Use as a context manager
    or call :meth:`close`. ``transport`` is the shared :class:`SpApiTransport` (a further API
    module can be built over it); ``shipments``, ``inventory`` and ``returns`` are the API
    modules.
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
        self.transport = SpApiTransport(
            base_url,
            auth,
            operations=OPERATIONS,
            limiter=limiter,
            retry=retry,
            transport=transport,
            label_transport=label_transport,
            timeout=timeout,
            max_response_bytes=max_response_bytes,
            owns_auth=owns_auth,
        )
        self.shipments = EFShipments(self.transport)
        self.inventory = EFInventory(self.transport)
        self.returns = EFReturns(self.transport)

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_settings(
        cls,
        settings: Settings,
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
        url, provider = settings_connection(
            settings, base_url=base_url, lwa_url=lwa_url, transport=kwargs.get("transport")
        )
        return cls(url, provider, owns_auth=True, **kwargs)

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> EFClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transport state
    @property
    def base_url(self) -> str:
        return self.transport.base_url

    @property
    def auth(self) -> TokenProvider:
        return self.transport.auth

    @property
    def limiter(self) -> RateLimiter:
        return self.transport.limiter

    @limiter.setter
    def limiter(self, limiter: RateLimiter) -> None:
        self.transport.limiter = limiter

    @property
    def retry(self) -> RetryPolicy:
        return self.transport.retry

    @retry.setter
    def retry(self, retry: RetryPolicy) -> None:
        self.transport.retry = retry

    @property
    def max_response_bytes(self) -> int:
        return self.transport.max_response_bytes

    @max_response_bytes.setter
    def max_response_bytes(self, value: int) -> None:
        self.transport.max_response_bytes = value

    @property
    def stats(self) -> dict[str, int]:
        """Requests sent, 429s received and retries waited, since the client was made."""
        return self.transport.stats

    # ------------------------------------------------------------------ shipments
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
        return self.shipments.get_shipments(
            status,
            location_id=location_id,
            marketplace_id=marketplace_id,
            channel_name=channel_name,
            last_updated_after=last_updated_after,
            last_updated_before=last_updated_before,
            max_results=max_results,
            pagination_token=pagination_token,
        )

    def iter_shipments(
        self,
        status: shp.ShipmentStatus | str,
        *,
        on_page: Callable[[shp.ShipmentsResponse], None] | None = None,
        **filters: Unpack[ShipmentFilters],
    ) -> Iterator[shp.Shipment]:
        """Every shipment in ``status`` (see :meth:`EFShipments.iter_shipments`)."""
        return self.shipments.iter_shipments(status, on_page=on_page, **filters)

    def get_shipment(self, shipment_id: str) -> shp.Shipment:
        return self.shipments.get_shipment(shipment_id)

    def process_shipment(
        self,
        shipment_id: str,
        operation: str,
        body: shp.ShipmentAcknowledgementRequest | None = None,
    ) -> None:
        """Confirm (``CONFIRM``) or reject (``REJECT``, with ``body``) a shipment."""
        self.shipments.process_shipment(shipment_id, operation, body)

    def create_packages(
        self, shipment_id: str, packages: shp.Packages | Sequence[shp.Package]
    ) -> None:
        """Create the shipment's packages (CONFIRMED -> PACKAGE_CREATED)."""
        self.shipments.create_packages(shipment_id, packages)

    def update_package(self, shipment_id: str, package_id: str, package: shp.Package) -> None:
        """Replace a package's details (before the label)."""
        self.shipments.update_package(shipment_id, package_id, package)

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
        self.shipments.update_package_status(
            shipment_id, package_id, status, sub_status=sub_status, reason=reason
        )

    def retrieve_shipping_options(
        self, shipment_id: str, package_id: str
    ) -> shp.ShippingOptionsResponse:
        return self.shipments.retrieve_shipping_options(shipment_id, package_id)

    def generate_invoice(self, shipment_id: str) -> InvoiceDocument:
        """Generate the invoice and return the decoded document."""
        return self.shipments.generate_invoice(shipment_id)

    def retrieve_invoice(self, shipment_id: str) -> InvoiceDocument:
        return self.shipments.retrieve_invoice(shipment_id)

    @staticmethod
    def decode_invoice(response: shp.InvoiceResponse) -> InvoiceDocument:
        """The invoice's bytes (base64 ``document.content``) and format."""
        return decode_invoice(response)

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
        return self.shipments.generate_ship_labels(
            shipment_id,
            package_ids,
            operation=operation,
            shipping_option_id=shipping_option_id,
            courier_supported_attributes=courier_supported_attributes,
        )

    def download_label(self, url: str, *, max_bytes: int = MAX_LABEL_BYTES) -> LabelFile:
        """Fetch a label from its presigned ``fileData.url``; the format comes from Content-Type.

        A relative URL is resolved against the API's base URL (the built-in sandbox).
        """
        return self.transport.download_label(url, max_bytes=max_bytes)

    # ------------------------------------------------------------------ inventory
    def batch_inventory(
        self, requests: Sequence[inv.InventoryRequest] | inv.BatchInventoryRequest
    ) -> inv.BatchInventoryResponse:
        """Send inventory requests in batches of at most 9; the answers in request order."""
        return self.inventory.batch_inventory(requests)

    # ------------------------------------------------------------------ returns
    def list_returns(
        self,
        *,
        return_location_id: str | None = None,
        rma_id: str | None = None,
        status: ret.ReturnStatus | str | None = None,
        reverse_tracking_id: str | None = None,
        created_since: TimeParam | None = None,
        created_until: TimeParam | None = None,
        last_updated_since: TimeParam | None = None,
        last_updated_until: TimeParam | None = None,
        last_updated_after: TimeParam | None = None,
        last_updated_before: TimeParam | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ret.ReturnsResponse:
        """One page of returns (``nextToken`` at the top level names the next)."""
        return self.returns.list_returns(
            return_location_id=return_location_id,
            rma_id=rma_id,
            status=status,
            reverse_tracking_id=reverse_tracking_id,
            created_since=created_since,
            created_until=created_until,
            last_updated_since=last_updated_since,
            last_updated_until=last_updated_until,
            last_updated_after=last_updated_after,
            last_updated_before=last_updated_before,
            max_results=max_results,
            next_token=next_token,
        )

    def iter_returns(self, **filters: Unpack[ReturnFilters]) -> Iterator[ret.Return]:
        """Every return matching ``filters``, following ``nextToken`` across empty pages."""
        return self.returns.iter_returns(**filters)

    def get_return(self, return_id: str) -> ret.Return:
        return self.returns.get_return(return_id)

    # ------------------------------------------------------------------ generic
    def call(
        self,
        operation: str,
        params: Mapping[str, Any] | None = None,
        body: WireModel | Mapping[str, Any] | None = None,
    ) -> WireModel | None:
        """Call ``operation`` by its model name (see :meth:`SpApiTransport.call`)."""
        return self.transport.call(operation, params, body)

    def iter_call(
        self, operation: str, params: Mapping[str, Any] | None = None
    ) -> Iterator[WireModel]:
        """Every item of a paginated ``operation`` (getShipments, listReturns)."""
        return self.transport.iter_call(operation, params)


def static_client(base_url: str, token: str = "sandbox-token", **kwargs: Any) -> EFClient:  # noqa: S107
    """A client with a fixed access token (tests and the built-in sandbox)."""
    return EFClient(base_url, StaticToken(token), **kwargs)


__all__ = [
    "DEFAULT_TIMEOUT",
    "ENV_CLIENT_ID",
    "HOSTS",
    "INVENTORY_BATCH",
    "LABEL_BATCH",
    "MAX_LABEL_BYTES",
    "MAX_RESPONSE_BYTES",
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
