"""Amazon's Selling Partner APIs: one shared transport, one module per API, one façade.

Layout:

* :mod:`~packstation.amazon.transport` -- :class:`SpApiTransport`, the one connection every API
  module sends through: LWA auth (:mod:`.auth`), rate limits (:mod:`.ratelimit`), retries
  (:mod:`.retry`), the error tree (:mod:`.errors`), query checks (:mod:`.params`), parsing into
  the domain models, reconcile after a lost answer, calls by operation name and document
  download. It knows no API: an API module hands it :class:`~.transport.Operation` rows.
* One module per API, each a small class over the transport with its operation table
  (``OPERATIONS``) and one typed method per operation; the models live in
  :mod:`packstation.domain`: :mod:`.ef_shipments` (:class:`EFShipments`), :mod:`.ef_inventory`
  (:class:`EFInventory`), :mod:`.ef_returns` (:class:`EFReturns`).
* :mod:`~packstation.amazon.client` -- :class:`EFClient`, the façade the rest of Packstation uses
  for External Fulfillment: it builds one transport with the three EF tables and delegates.

The next two paths plug in the same way, one module each, never by growing a class:

* Merchant-fulfilled orders with Buy Shipping: ``amazon/mfn_orders.py`` (Orders API,
  ``orders_2026-01-01``: searchOrders, getOrder) and ``amazon/shipping.py`` (Shipping API v2:
  getRates, purchaseShipment, getShipmentDocuments, cancelShipment), their models in
  ``packstation/domain/``. purchaseShipment is state-changing: it passes a
  :class:`~.transport.Reconcile` that re-reads the order (``subject="order ..."``) the way
  :mod:`.ef_shipments` re-reads a shipment.
* FBA inbound: ``amazon/fba_inbound.py`` (Fulfillment Inbound API 2024-03-20: inbound plans,
  packing, placement, transportation, labels), the labels fetched with
  :meth:`SpApiTransport.download_label`.

A façade joins the modules' ``OPERATIONS`` with :func:`~.transport.operation_table` (as
:data:`packstation.amazon.client.OPERATIONS` joins the EF tables) and gives the result to the
transport; names must be unique across the joined APIs because the rate limiter and
:mod:`.params` key on them (the table refuses a clash). Each new operation gets its usage plan
in :mod:`packstation.domain.usage_plans` and its query rules in :mod:`.params`. The APIs of one
seller share one :class:`SpApiTransport`: one token, one limiter, one set of statistics.

Errors are in :mod:`packstation.amazon.errors`.
"""

from packstation.amazon.auth import LwaCredentials, LwaTokenProvider, StaticToken, TokenProvider
from packstation.amazon.client import OPERATIONS, EFClient, InvoiceDocument, LabelFile
from packstation.amazon.ef_inventory import EFInventory
from packstation.amazon.ef_returns import EFReturns
from packstation.amazon.ef_shipments import EFShipments
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
from packstation.amazon.ratelimit import NoLimiter, Rate, RateLimiter, TokenBucketLimiter
from packstation.amazon.retry import RetryPolicy
from packstation.amazon.transport import Operation, Reconcile, SpApiTransport

__all__ = [
    "OPERATIONS",
    "AmbiguousResultError",
    "AuthError",
    "ConflictError",
    "EFApiError",
    "EFClient",
    "EFInventory",
    "EFReturns",
    "EFShipments",
    "InvalidInputError",
    "InvalidStateError",
    "InvoiceDocument",
    "LabelFile",
    "LwaCredentials",
    "LwaTokenProvider",
    "MalformedResponseError",
    "NetworkError",
    "NoLimiter",
    "NotFoundError",
    "Operation",
    "Rate",
    "RateLimiter",
    "Reconcile",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "SpApiTransport",
    "StaticToken",
    "ThrottledError",
    "TokenBucketLimiter",
    "TokenProvider",
]
