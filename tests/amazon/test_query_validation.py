"""Query parameters are checked against Amazon's models before anything is sent (issue 18, 8)."""

from __future__ import annotations

import httpx
import pytest

from packstation.amazon.client import EFClient, static_client
from packstation.amazon.errors import InvalidInputError
from packstation.amazon.ratelimit import NoLimiter
from packstation.cli import main


@pytest.fixture
def client_and_calls() -> tuple[EFClient, list[httpx.Request]]:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json={"shipments": [], "returns": []})

    client = static_client(
        "https://sellingpartnerapi-eu.amazon.com",
        transport=httpx.MockTransport(handler),
        limiter=NoLimiter(),
    )
    return client, calls


@pytest.mark.parametrize(
    ("operation", "params", "word"),
    [
        ("processShipment", {"shipmentId": "X", "operation": "FOO"}, "operation"),
        ("getShipments", {"status": "ACCEPTED", "maxResults": "500"}, "maxResults"),
        ("getShipments", {"status": "ACCEPTED", "maxResults": "0"}, "maxResults"),
        ("getShipments", {"status": "SENT"}, "status"),
        ("generateShipLabels", {"shipmentId": "X", "operation": "PRINT"}, "operation"),
        ("updatePackageStatus", {"shipmentId": "X", "packageId": "P", "status": "LOST"}, "status"),
        ("listReturns", {"status": "GONE"}, "status"),
        ("listReturns", {"maxResults": "101"}, "maxResults"),
        ("listReturns", {"lastUpdatedAfter": "1110-13-89T43:99:99Z"}, "lastUpdatedAfter"),
    ],
)
def test_a_query_the_model_forbids_fails_locally_in_one_line(
    client_and_calls: tuple[EFClient, list[httpx.Request]],
    operation: str,
    params: dict[str, str],
    word: str,
) -> None:
    client, calls = client_and_calls
    with client, pytest.raises(InvalidInputError) as caught:
        client.call(operation, params)
    assert calls == []  # never reached the server
    message = str(caught.value)
    assert "\n" not in message
    assert word in message
    assert "nothing was sent" in message


def test_typed_methods_are_checked_too(
    client_and_calls: tuple[EFClient, list[httpx.Request]],
) -> None:
    client, calls = client_and_calls
    with client:
        with pytest.raises(InvalidInputError):
            client.get_shipments("ACCEPTED", max_results=500)
        with pytest.raises(InvalidInputError):
            client.list_returns(max_results=1000)
        assert calls == []
        client.get_shipments("ACCEPTED", max_results=100)
        client.list_returns(status="CREATED", last_updated_after="2021-03-20T00:00:00Z")
        assert len(calls) == 2


def test_cli_refuses_a_bad_query_with_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PACKSTATION_SANDBOX__SHIPMENTS", "3")
    monkeypatch.setenv("PACKSTATION_SANDBOX__RATE_LIMITS", "false")
    assert main(["api", "processShipment", "--shipmentId", "X", "--operation", "FOO"]) == 2
    assert main(["api", "getShipments", "--status", "ACCEPTED", "--maxResults", "500"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2, err
    assert "operation 'FOO'" in err[0]
    assert "maxResults '500'" in err[1]
