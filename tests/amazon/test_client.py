"""EFClient behaviour a user would notice, against httpx MockTransport servers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from packstation.amazon import (
    AmbiguousResultError,
    AuthError,
    ConflictError,
    EFClient,
    InvalidInputError,
    InvalidStateError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    ResponseTooLargeError,
    ServerError,
    ThrottledError,
    TokenBucketLimiter,
)
from packstation.domain import shipments as shp

SHIPMENT_PATH = "/externalFulfillment/2024-09-11/shipments/S1"


def shipment_json(status: str = "ACCEPTED", packages: list[dict[str, Any]] | None = None) -> dict:
    money = {"value": "10", "currencyCode": "INR"}
    breakup = {"baseAmount": money, "discountAmount": money, "netAmount": money}
    charge = {
        "baseCharge": breakup,
        "chargeType": "PRODUCT",
        "totalCharge": breakup,
        "totalTax": {"charge": breakup},
    }
    data: dict[str, Any] = {
        "id": "S1",
        "locationId": "L1",
        "marketplaceAttributes": {"marketplaceId": "M", "channelName": "MFN"},
        "shipmentInfo": {
            "shipmentType": "NEW",
            "numberOfUnits": 1,
            "priority": "LOW",
            "buyerOrderId": "O1",
        },
        "shipmentRequirements": {"pSlip": {}, "invoice": {}},
        "charges": [charge],
        "status": status,
        "lineItems": [
            {
                "shipmentLineItemId": "1",
                "merchantSku": "SKU",
                "numberOfUnits": 1,
                "charges": [charge],
                "complianceAttributes": {
                    "serialNumberRequirement": "DISALLOWED",
                    "hazmatLabelsRequirement": "DISALLOWED",
                    "countryOfOriginRequirement": "DISALLOWED",
                    "itemValueRequirement": "DISALLOWED",
                },
            }
        ],
        "shippingInfo": {"expectedShippingDateTimeInUTC": "2024-10-01T10:00:00Z"},
        "creationDateTime": "2024-10-01T08:00:00Z",
        "lastUpdatedDateTime": "2024-10-01T08:00:00Z",
    }
    if packages is not None:
        data["packages"] = packages
    return data


def errors(code: str, message: str) -> dict[str, Any]:
    return {"errors": [{"code": code, "message": message}]}


# ----------------------------------------------------------------- throttling and retries
def test_429_storm_is_ridden_out_with_growing_backoff(
    make_client: Callable[..., EFClient], fake_time: Any
) -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] <= 4:
            return httpx.Response(429, json=errors("QuotaExceeded", "slow down"))
        return httpx.Response(200, json=shipment_json())

    client = make_client(handler)
    assert client.get_shipment("S1").id == "S1"
    assert client.stats["throttled"] == 4
    assert fake_time.sleeps == [0.5, 1.0, 2.0, 4.0]


def test_endless_429_gives_up_with_the_request_id(make_client: Callable[..., EFClient]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            429, json=errors("QuotaExceeded", "slow down"), headers={"x-amzn-RequestId": "rid-9"}
        )

    client = make_client(handler)
    with pytest.raises(ThrottledError) as info:
        client.get_shipment("S1")
    assert info.value.request_id == "rid-9"
    assert info.value.status == 429
    assert client.stats["requests"] == 6


def test_throttling_empties_the_bucket_and_the_header_sets_the_rate(
    make_client: Callable[..., EFClient], fake_time: Any
) -> None:
    limiter = TokenBucketLimiter(clock=fake_time.clock, sleep=fake_time.sleep)
    answers = iter([429, 200, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        status = next(answers)
        body = shipment_json() if status == 200 else errors("QuotaExceeded", "x")
        return httpx.Response(status, json=body, headers={"x-amzn-RateLimit-Limit": "0.5"})

    client = make_client(handler, limiter=limiter)
    client.get_shipment("S1")
    assert limiter.rate("getShipment").per_second == 0.5


def test_deadline_bounds_the_retries(make_client: Callable[..., EFClient]) -> None:
    from packstation.amazon import RetryPolicy

    clock = {"t": 0.0}

    def sleep(s: float) -> None:
        clock["t"] += s

    retry = RetryPolicy(
        max_attempts=100, base_delay=4, deadline=10, sleep=sleep, clock=lambda: clock["t"]
    )
    client = make_client(lambda r: httpx.Response(503, json=errors("Busy", "x")), retry=retry)
    with pytest.raises(ServerError):
        client.get_shipment("S1")
    assert clock["t"] <= 10


# ----------------------------------------------------------------- error classes
@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (404, errors("NotFound", "no such shipment"), NotFoundError),
        (400, errors("Invalid Input", "bad id"), InvalidInputError),
        (
            400,
            errors("InvalidInput", "Shipment is not in a valid state to confirm"),
            InvalidStateError,
        ),
        (422, errors("Unprocessable", "invalid workflow state"), InvalidStateError),
        (409, errors("DuplicateRequest", "Duplicate request"), ConflictError),
        (403, errors("Unauthorized", "Access denied"), AuthError),
        (413, errors("RequestTooLarge", "too big"), InvalidInputError),
    ],
)
def test_errors_map_to_the_tree_without_retry(
    make_client: Callable[..., EFClient], status: int, body: Any, expected: type
) -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return httpx.Response(status, json=body, headers={"x-amzn-RequestId": "rid-1"})

    client = make_client(handler)
    with pytest.raises(expected) as info:
        client.get_shipment("S1")
    err = info.value
    assert type(err) is expected
    assert err.request_id == "rid-1"
    assert err.errors[0].code == body["errors"][0]["code"]
    assert calls["n"] == (2 if status == 403 else 1)  # 403: one retry with a fresh token


def test_409_busy_is_retried(make_client: Callable[..., EFClient]) -> None:
    answers = iter([409, 204])

    def handler(request: httpx.Request) -> httpx.Response:
        status = next(answers)
        if status == 409:
            return httpx.Response(409, json=errors("ServerBusy", "Server is busy, try again"))
        return httpx.Response(204)

    make_client(handler).process_shipment("S1", "CONFIRM")


# ----------------------------------------------------------------- broken answers
def test_malformed_json_is_reported(make_client: Callable[..., EFClient]) -> None:
    client = make_client(
        lambda r: httpx.Response(
            200, content=b'{"id": "S1", "status": ', headers={"content-type": "application/json"}
        )
    )
    with pytest.raises(MalformedResponseError, match="broken or truncated JSON"):
        client.get_shipment("S1")


def test_json_of_the_wrong_shape_is_reported(make_client: Callable[..., EFClient]) -> None:
    client = make_client(lambda r: httpx.Response(200, json={"id": "S1"}))
    with pytest.raises(MalformedResponseError, match="not a Shipment"):
        client.get_shipment("S1")


def test_html_page_from_a_proxy(make_client: Callable[..., EFClient]) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"
    client = make_client(
        lambda r: httpx.Response(200, content=page, headers={"content-type": "text/html"})
    )
    with pytest.raises(MalformedResponseError, match="HTML page"):
        client.get_shipment("S1")

    client = make_client(
        lambda r: httpx.Response(502, content=page, headers={"content-type": "text/html"})
    )
    with pytest.raises(ServerError) as info:
        client.get_shipment("S1")
    assert "not Amazon's error list" in str(info.value)
    assert client.stats["requests"] == 6  # a gateway error is retried


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks: Iterator[bytes], fail: Exception | None = None) -> None:
        self.chunks = chunks
        self.fail = fail
        self.produced = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.produced += 1
            yield chunk
        if self.fail is not None:
            raise self.fail


def test_truncated_body_of_a_read_is_retried(make_client: Callable[..., EFClient]) -> None:
    full = json.dumps(shipment_json()).encode()
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            cut = httpx.RemoteProtocolError("peer closed connection without sending complete body")
            return httpx.Response(200, stream=_Stream(iter([full[:100]]), cut))
        return httpx.Response(200, content=full)

    assert make_client(handler).get_shipment("S1").id == "S1"
    assert calls["n"] == 2


def test_a_50_mb_body_is_refused_without_reading_it_all(
    make_client: Callable[..., EFClient],
) -> None:
    streams: list[_Stream] = []

    def handler(request: httpx.Request) -> httpx.Response:
        stream = _Stream(b"x" * (1 << 20) for _ in range(50))
        streams.append(stream)
        return httpx.Response(200, stream=stream, headers={"content-type": "application/json"})

    client = make_client(handler)
    with pytest.raises(ResponseTooLargeError, match="exceeds"):
        client.get_shipment("S1")
    assert streams[0].produced <= 17  # stopped at the 16 MB cap

    declared = make_client(
        lambda r: httpx.Response(
            200, stream=_Stream(iter([b"{}"])), headers={"content-length": str(50 << 20)}
        )
    )
    with pytest.raises(ResponseTooLargeError, match="52,428,800 bytes"):
        declared.get_shipment("S1")


# ----------------------------------------------------------------- ambiguous state changes
def _reset_then(
    shipment: dict[str, Any],
) -> tuple[Callable[[httpx.Request], httpx.Response], list[str]]:
    log: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        log.append(f"{request.method} {request.url.path}")
        if request.method == "GET":
            return httpx.Response(200, json=shipment)
        raise httpx.ReadError("connection reset by peer")

    return handler, log


def test_reset_after_confirm_is_resolved_by_re_reading(
    make_client: Callable[..., EFClient],
) -> None:
    handler, log = _reset_then(shipment_json("CONFIRMED"))
    make_client(handler).process_shipment("S1", "CONFIRM")
    assert log == [f"POST {SHIPMENT_PATH}", f"GET {SHIPMENT_PATH}"]  # not repeated


def test_reset_when_the_change_did_not_happen_repeats_once_it_knows(
    make_client: Callable[..., EFClient],
) -> None:
    state = {"posts": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(200, json=shipment_json("ACCEPTED"))
        state["posts"] += 1
        if state["posts"] == 1:
            raise httpx.ReadError("connection reset by peer")
        return httpx.Response(204)

    make_client(handler).process_shipment("S1", "CONFIRM")
    assert state["posts"] == 2


def test_reset_in_an_undecidable_state_raises_ambiguous_with_the_shipment(
    make_client: Callable[..., EFClient],
) -> None:
    handler, log = _reset_then(shipment_json("SHIPLABEL_GENERATED"))
    with pytest.raises(AmbiguousResultError) as info:
        make_client(handler).generate_ship_labels("S1", ["P1"], shipping_option_id="O")
    assert info.value.shipment.status == shp.ShipmentStatus.SHIPLABEL_GENERATED
    assert log.count(f"PUT {SHIPMENT_PATH}/shipLabels") == 1


def test_reset_when_the_shipment_cannot_be_read_raises_ambiguous(
    make_client: Callable[..., EFClient],
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset by peer")

    with pytest.raises(AmbiguousResultError, match="re-reading shipment S1 failed"):
        make_client(handler).create_packages(
            "S1", [shp.Package.model_validate(_package_json("P1"))]
        )


def test_reset_after_invoice_fetches_the_invoice(make_client: Callable[..., EFClient]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            raise httpx.ReadError("connection reset by peer")
        if request.url.path.endswith("/invoice"):
            return httpx.Response(200, json={"document": {"format": "PDF", "content": "JVBERi0="}})
        return httpx.Response(200, json=shipment_json("INVOICE_GENERATED"))

    doc = make_client(handler).generate_invoice("S1")
    assert doc.content == b"%PDF-"


def test_connect_error_before_sending_is_simply_retried(
    make_client: Callable[..., EFClient],
) -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] < 3:
            raise httpx.ConnectError("connection refused")
        return httpx.Response(204)

    make_client(handler).process_shipment("S1", "CONFIRM")
    assert calls["n"] == 3


def test_network_down_raises_network_error(make_client: Callable[..., EFClient]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    with pytest.raises(NetworkError, match="cannot reach"):
        make_client(handler).get_shipment("S1")


def _package_json(package_id: str) -> dict[str, Any]:
    dim = {"value": "10", "dimensionUnit": "CM"}
    return {
        "id": package_id,
        "dimensions": {"length": dim, "width": dim, "height": dim},
        "weight": {"value": "100", "weightUnit": "G"},
        "packageLineItems": [{"packageLineItemId": "1", "quantity": 1}],
    }


# ----------------------------------------------------------------- pagination, labels, sending
def test_pagination_survives_empty_pages(make_client: Callable[..., EFClient]) -> None:
    pages = {
        None: {"shipments": [], "pagination": {"nextToken": "a"}},
        "a": {"shipments": [shipment_json()], "pagination": {"nextToken": "b"}},
        "b": {"shipments": [], "pagination": {"nextToken": "c"}},
        "c": {"shipments": [shipment_json()]},
    }
    client = make_client(
        lambda r: httpx.Response(200, json=pages[r.url.params.get("paginationToken")])
    )
    assert len(list(client.iter_shipments("ACCEPTED"))) == 2


def test_pagination_that_loops_is_stopped(make_client: Callable[..., EFClient]) -> None:
    client = make_client(lambda r: httpx.Response(200, json={"returns": [], "nextToken": "same"}))
    with pytest.raises(MalformedResponseError, match="before"):
        list(client.iter_returns())


def test_returns_pagination_uses_top_level_next_token(
    make_client: Callable[..., EFClient],
) -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("nextToken")
        seen.append(token)
        return httpx.Response(
            200, json={"returns": [], "nextToken": "n2"} if token is None else {"returns": []}
        )

    list(make_client(handler).iter_returns(return_location_id="RL"))
    assert seen == [None, "n2"]


@pytest.mark.parametrize(
    ("content_type", "content", "expected"),
    [
        ("application/zpl", b"^XA^FDhello^FS^XZ", "ZPL"),
        ("application/pdf", b"%PDF-1.7", "PDF"),
        ("image/png", b"\x89PNG\r\n", "PNG"),
        ("application/octet-stream", b"%PDF-1.4", "PDF"),
        ("text/plain; charset=utf-8", b"^XA^XZ", "ZPL"),
    ],
)
def test_label_download_takes_the_format_from_content_type(
    make_client: Callable[..., EFClient], content_type: str, content: bytes, expected: str
) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, content=content, headers={"content-type": content_type})

    label = make_client(handler).download_label("https://s3.example.test/label?X-Amz-Signature=1")
    assert label.format == expected
    assert label.content == content
    assert "x-amz-access-token" not in requests[0].headers  # never leak the token to S3
    assert requests[0].url.params["X-Amz-Signature"] == "1"  # the presigned query survives


def test_undefined_values_are_never_sent(make_client: Callable[..., EFClient]) -> None:
    from packstation.domain.base import OutgoingValidationError

    client = make_client(lambda r: httpx.Response(204))
    with pytest.raises(OutgoingValidationError):
        client.update_package_status("S1", "P1", "TELEPORTED")
    with pytest.raises(InvalidInputError):
        client.process_shipment("S1", "MAYBE")
