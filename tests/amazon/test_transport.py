"""The shared transport under the API modules: a further API plugs in as one module over it."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from packstation.amazon import AmbiguousResultError, EFClient, RetryPolicy, ServerError
from packstation.amazon.client import OPERATIONS
from packstation.amazon.transport import (
    RECONCILED,
    Operation,
    Reconcile,
    SpApiTransport,
    operation_table,
)
from packstation.domain.base import WireModel
from tests.amazon.test_client import SHIPMENT_PATH, shipment_json


class Order(WireModel):
    """A stand-in for a model of another API (the Orders API's order)."""

    order_id: str
    order_status: str


GET_ORDER = Operation("getOrder", "GET", "/orders/{orderId}", ("orderId",), response=Order)
SHIP_ORDER = Operation(
    "shipOrder", "POST", "/orders/{orderId}/shipment", ("orderId",), state_changing=True
)


class Orders:
    """A second API module built the way ef_shipments is: a small class over the transport."""

    def __init__(self, transport: SpApiTransport) -> None:
        self.transport = transport

    def get_order(self, order_id: str) -> Order:
        return self.transport.request_model(GET_ORDER, Order, path={"orderId": order_id})

    def ship_order(self, order_id: str) -> bool:
        """True when the answer was lost and the re-read showed the order shipped."""
        outcome = self.transport.request(
            SHIP_ORDER,
            path={"orderId": order_id},
            reconcile=Reconcile(
                subject=f"order {order_id}",
                reread=lambda: self.get_order(order_id),
                decide=lambda o: True if o.order_status == "Shipped" else None,
                status=lambda o: o.order_status,
            ),
        )
        return outcome is RECONCILED


def test_a_further_api_shares_the_ef_clients_token_limits_and_statistics(
    make_client: Callable[..., EFClient],
) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.path} {request.headers['x-amz-access-token']}")
        if request.url.path.startswith("/orders/"):
            if request.method == "POST":
                raise httpx.ReadError("connection reset by peer")
            return httpx.Response(200, json={"orderId": "O1", "orderStatus": "Shipped"})
        return httpx.Response(200, json=shipment_json("ACCEPTED"))

    client = make_client(handler)
    orders = Orders(client.transport)
    assert client.get_shipment("S1").id == "S1"
    assert orders.ship_order("O1") is True  # lost answer, re-read: shipped, not repeated
    token = "Atza|test-token"
    assert seen == [
        f"GET {SHIPMENT_PATH} {token}",
        f"POST /orders/O1/shipment {token}",
        f"GET /orders/O1 {token}",
    ]
    assert client.stats["requests"] == 3


def test_an_undecidable_re_read_names_the_other_apis_object(
    make_client: Callable[..., EFClient],
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            raise httpx.ReadError("connection reset by peer")
        return httpx.Response(200, json={"orderId": "O1", "orderStatus": "Pending"})

    orders = Orders(make_client(handler).transport)
    with pytest.raises(AmbiguousResultError, match=r"shipOrder on order O1 .* now Pending") as info:
        orders.ship_order("O1")
    assert isinstance(info.value.shipment, Order)


def test_two_apis_with_one_operation_name_are_refused() -> None:
    clash = Operation("getShipment", "GET", "/orders/{orderId}", ("orderId",), response=Order)
    with pytest.raises(ValueError, match="getShipment"):
        operation_table(tuple(OPERATIONS.values()), (clash,))
    assert set(operation_table(tuple(OPERATIONS.values()), (GET_ORDER,))) == {
        *OPERATIONS,
        "getOrder",
    }


def test_a_retry_policy_set_on_the_facade_governs_the_calls(
    make_client: Callable[..., EFClient],
) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503)

    client = make_client(handler)
    client.retry = RetryPolicy(max_attempts=1)
    assert client.transport.retry is client.retry
    with pytest.raises(ServerError):
        client.get_shipment("S1")
    assert len(calls) == 1


def test_a_misspelt_shipment_filter_is_refused(make_client: Callable[..., EFClient]) -> None:
    client = make_client(lambda request: httpx.Response(200, json={"shipments": []}))
    with pytest.raises(TypeError, match="location"):
        list(client.iter_shipments("ACCEPTED", location="L1"))  # type: ignore[call-arg]
