"""Auth, rate limits, pagination, inventory, returns and faults over HTTP."""

from __future__ import annotations

import httpx
import pytest

from packstation.sandbox.server import SandboxServer
from tests.sandbox.conftest import token_for
from tests.sandbox.flow import S, find, packages_for

INV = "/externalFulfillment/inventory/2024-09-11/inventories"
RET = "/externalFulfillment/2024-09-11/returns"


# ---------------------------------------------------------------- LWA and access tokens


def test_calls_without_a_valid_token_are_forbidden(
    server: SandboxServer, admin: httpx.Client
) -> None:
    url = server.base_url + S
    for headers in ({}, {"x-amz-access-token": "Atza|forged"}):
        r = httpx.get(url, params={"status": "ACCEPTED"}, headers=headers)
        assert r.status_code == 403
        assert r.json()["errors"][0]["code"] == "Unauthorized"
    token = token_for(server.base_url)
    assert (
        httpx.get(
            url, params={"status": "ACCEPTED"}, headers={"x-amz-access-token": token}
        ).status_code
        == 200
    )
    admin.post("/clock", json={"seconds": 3601})
    r = httpx.get(url, params={"status": "ACCEPTED"}, headers={"x-amz-access-token": token})
    assert r.status_code == 403
    assert "expired" in r.json()["errors"][0]["details"]


def test_lwa_checks_its_form(server: SandboxServer) -> None:
    ok = {
        "grant_type": "refresh_token",
        "client_id": "c",
        "client_secret": "s",
        "refresh_token": "r",
    }
    r = httpx.post(server.lwa_url, data=ok)
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"
    assert r.json()["expires_in"] == 3600
    assert (
        httpx.post(server.lwa_url, data={**ok, "client_secret": ""}).json()["error"]
        == "invalid_request"
    )
    assert (
        httpx.post(server.lwa_url, data={**ok, "grant_type": "password"}).json()["error"]
        == "unsupported_grant_type"
    )
    assert httpx.post(server.lwa_url, json=ok).status_code == 400


def test_pinned_credentials() -> None:
    with SandboxServer(shipments=3, pinned_credentials=("cid", "secret", "refresh")) as srv:
        good = {
            "grant_type": "refresh_token",
            "client_id": "cid",
            "client_secret": "secret",
            "refresh_token": "refresh",
        }
        assert httpx.post(srv.lwa_url, data=good).status_code == 200
        bad_client = httpx.post(srv.lwa_url, data={**good, "client_secret": "nope"})
        assert bad_client.status_code == 401
        assert bad_client.json()["error"] == "invalid_client"
        bad_grant = httpx.post(srv.lwa_url, data={**good, "refresh_token": "old"})
        assert bad_grant.status_code == 400
        assert bad_grant.json()["error"] == "invalid_grant"


# ---------------------------------------------------------------- rate limits


def test_rate_limits_answer_429_in_amazons_shape(models) -> None:  # type: ignore[no-untyped-def]
    with SandboxServer(shipments=5, rate_limits=True) as srv:
        headers = {"x-amz-access-token": token_for(srv.base_url)}
        with httpx.Client(base_url=srv.base_url, headers=headers) as client:
            answers = [client.get(S, params={"status": "ACCEPTED"}) for _ in range(30)]
        ok = [a for a in answers if a.status_code == 200]
        limited = [a for a in answers if a.status_code == 429]
        assert ok
        assert limited
        assert ok[0].headers["x-amzn-RateLimit-Limit"] == "2.0"
        assert limited[0].json()["errors"][0]["code"] == "QuotaExceeded"
        for a in answers:
            assert not models.check("GET", S, a)


# ---------------------------------------------------------------- pagination


def test_get_shipments_pages_cover_everything_with_empty_pages(admin: httpx.Client, models) -> None:  # type: ignore[no-untyped-def]
    with (
        SandboxServer(shipments=400, rate_limits=False) as srv,
        httpx.Client(
            base_url=srv.base_url, headers={"x-amz-access-token": token_for(srv.base_url)}
        ) as client,
    ):
        expected = srv.state.dump()["statusCounts"]["ACCEPTED"]
        seen: list[str] = []
        empty = 0
        params: dict[str, object] = {"status": "ACCEPTED", "maxResults": 7}
        while True:
            r = client.get(S, params=params)
            assert r.status_code == 200
            assert not models.check("GET", S, r)
            page = r.json()
            empty += not page["shipments"]
            seen += [s["id"] for s in page["shipments"]]
            token = page.get("pagination", {}).get("nextToken")
            if not token:
                break
            params = {"status": "ACCEPTED", "maxResults": 7, "paginationToken": token}
        assert len(seen) == len(set(seen)) == expected
        assert empty >= 1
        bad = client.get(S, params={"status": "ACCEPTED", "paginationToken": "garbage!"})
        assert bad.status_code == 400
        assert client.get(S, params={"status": "SHIPPING"}).status_code == 400
        assert client.get(S, params={"status": "ACCEPTED", "maxResults": 101}).status_code == 400
        assert client.get(S).status_code == 400


def test_filters(api: httpx.Client, server: SandboxServer) -> None:
    loc = "SBX-IN-BLR1"
    page = api.get(S, params={"status": "ACCEPTED", "locationId": loc, "maxResults": 100}).json()
    assert all(s["locationId"] == loc for s in page["shipments"])
    fba = api.get(S, params={"status": "ACCEPTED", "channelName": "FBA", "maxResults": 100}).json()
    assert all(s["marketplaceAttributes"]["channelName"] == "FBA" for s in fba["shipments"])
    future = api.get(
        S, params={"status": "ACCEPTED", "lastUpdatedAfter": "2999-01-01T00:00:00Z"}
    ).json()
    assert future["shipments"] == []


# ---------------------------------------------------------------- inventory


def _update(loc: str, sku: str, qty: int, seq: int) -> dict[str, object]:
    return {
        "method": "POST",
        "uri": f"/inventory/update?locationId={loc}&skuId={sku}",
        "body": {"quantity": qty, "clientSequenceNumber": seq},
    }


def _fetch(loc: str, sku: str) -> dict[str, object]:
    return {"method": "POST", "uri": f"/inventory/fetch?locationId={loc}&skuId={sku}", "body": {}}


def test_inventory_sequence_reservation_and_batch_limit(
    api: httpx.Client, admin: httpx.Client, server: SandboxServer
) -> None:
    dump = admin.get("/state").json()
    reserved = next(i for i in dump["inventory"] if i["reserved"] > 0)
    loc, sku = reserved["locationId"], reserved["skuId"]
    r = api.post(INV, json={"requests": [_update(loc, sku, 100, 1000), _fetch(loc, "NO-SUCH-SKU")]})
    assert r.status_code == 207
    first, second = r.json()["responses"]
    assert first["status"]["statusCode"] == 200
    assert first["body"]["reservedQuantity"] == reserved["reserved"]
    assert first["body"]["sellableQuantity"] == 100 - reserved["reserved"]
    assert second["status"]["statusCode"] == 400
    assert second["body"]["actionableErrors"][0]["errorType"] == "INVALID_SKU"
    older = api.post(INV, json={"requests": [_update(loc, sku, 5, 999)]}).json()["responses"][0]
    assert older["status"]["statusCode"] == 400
    same = api.post(INV, json={"requests": [_update(loc, sku, 5, 1000)]}).json()["responses"][0]
    assert same["status"]["statusCode"] == 400
    fetched = api.post(INV, json={"requests": [_fetch(loc, sku)]}).json()["responses"][0]["body"]
    assert fetched["sellableQuantity"] == 100 - reserved["reserved"]
    # The model allows 10 requests per batch; 11 are refused.
    assert api.post(INV, json={"requests": [_fetch(loc, sku)] * 10}).status_code == 207
    eleven = api.post(INV, json={"requests": [_fetch(loc, sku)] * 11})
    assert eleven.status_code == 400
    assert eleven.json()["errors"][0]["code"] == "BATCH_SIZE_EXCEED"
    assert api.post(INV, json={"requests": []}).status_code == 400


def test_batch_limit_9_behaves_like_the_official_static_sandbox() -> None:
    with SandboxServer(shipments=1, rate_limits=False, batch_limit=9) as srv:
        headers = {"x-amz-access-token": token_for(srv.base_url)}
        dump = httpx.get(srv.admin_url + "/state").json()
        loc, sku = dump["inventory"][0]["locationId"], dump["inventory"][0]["skuId"]
        with httpx.Client(base_url=srv.base_url, headers=headers) as client:
            assert client.post(INV, json={"requests": [_fetch(loc, sku)] * 9}).status_code == 207
            ten = client.post(INV, json={"requests": [_fetch(loc, sku)] * 10})
        assert ten.status_code == 400
        assert ten.json()["errors"][0]["code"] == "BATCH_SIZE_EXCEED"


def test_shipping_takes_stock_and_cancel_releases_it(
    api: httpx.Client, admin: httpx.Client, server: SandboxServer
) -> None:
    sid = find(admin, "SELLER_FLEX")
    shipment = api.get(f"{S}/{sid}").json()
    line = shipment["lineItems"][0]
    loc, sku = shipment["locationId"], line["merchantSku"]
    before = api.post(INV, json={"requests": [_fetch(loc, sku)]}).json()["responses"][0]["body"]
    admin.post(f"/shipments/{sid}/cancel")
    after = api.post(INV, json={"requests": [_fetch(loc, sku)]}).json()["responses"][0]["body"]
    assert after["reservedQuantity"] == before["reservedQuantity"] - line["numberOfUnits"]


# ---------------------------------------------------------------- returns


def test_returns_paginate_filter_and_move_over_time(
    api: httpx.Client, admin: httpx.Client, server: SandboxServer
) -> None:
    seen = []
    params: dict[str, object] = {"maxResults": 2}
    while True:
        page = api.get(RET, params=params).json()
        seen += page["returns"]
        if not page.get("nextToken"):
            break
        params = {"maxResults": 2, "nextToken": page["nextToken"]}
    assert len(seen) == len({r["id"] for r in seen}) >= 3
    one = seen[0]
    assert api.get(f"{RET}/{one['id']}").json()["id"] == one["id"]
    by_rma = api.get(RET, params={"rmaId": one["returnMetadata"]["rmaId"]}).json()["returns"]
    assert [r["id"] for r in by_rma] == [one["id"]]
    assert api.get(RET, params={"lastUpdatedAfter": "1110-13-89T43:99:99Z"}).status_code == 400
    assert api.get(RET, params={"status": "LOST"}).status_code == 400
    admin.post("/clock", json={"seconds": 10 * 86400})
    api.headers["x-amz-access-token"] = token_for(server.base_url)
    later = api.get(f"{RET}/{one['id']}").json()
    assert later["status"] in ("DELIVERED", "CUSTOMER_CANCELLED_PICK_UP")
    assert later["lastUpdatedDateTime"] >= one["lastUpdatedDateTime"]


# ---------------------------------------------------------------- faults


def test_injected_errors(api: httpx.Client, admin: httpx.Client) -> None:
    admin.put("/faults", json={"fail_next": {"getShipment": ["500", "503", "429", "malformed"]}})
    sid = find(admin, "EASY_SHIP")
    codes = []
    for _ in range(3):
        r = api.get(f"{S}/{sid}")
        codes.append(r.status_code)
    assert codes == [500, 503, 429]
    admin.put("/faults", json={})
    assert api.get(f"{S}/{sid}").status_code == 200


def test_malformed_reset_and_timeout(server: SandboxServer, admin: httpx.Client) -> None:
    headers = {"x-amz-access-token": token_for(server.base_url)}
    sid = find(admin, "EASY_SHIP")
    admin.put(
        "/faults", json={"fail_next": {"*": ["malformed", "reset", "timeout"]}, "timeout_s": 0.2}
    )
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=5) as client:
        broken = client.get(f"{S}/{sid}")
        assert broken.status_code == 200
        with pytest.raises(ValueError):
            broken.json()
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(f"{S}/{sid}")
        assert client.get(f"{S}/{sid}").status_code == 503  # hung for timeout_s first
    admin.put("/faults", json={"fail_next": {"*": ["timeout"]}, "timeout_s": 60})
    with (
        httpx.Client(base_url=server.base_url, headers=headers, timeout=0.3) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        client.get(f"{S}/{sid}")
    state = admin.get("/state").json()
    assert state["faults"]["fail_next"]["*"] == []


def test_faults_are_validated(admin: httpx.Client) -> None:
    assert admin.put("/faults", json={"error_rates": {"*": {"418": 0.5}}}).status_code == 400
    assert admin.put("/faults", json={"latency_ms": {"*": [5, 1]}}).status_code == 400
    assert admin.patch("/faults", json={"latency_ms": {"*": [0, 1]}}).json()["latency_ms"] == {
        "*": [0.0, 1.0]
    }


def test_faults_at_start(models) -> None:  # type: ignore[no-untyped-def]
    with SandboxServer(
        shipments=3, rate_limits=False, faults={"error_rates": {"getShipments": {"503": 1.0}}}
    ) as srv:
        r = httpx.get(
            srv.base_url + S,
            params={"status": "ACCEPTED"},
            headers={"x-amz-access-token": token_for(srv.base_url)},
        )
        assert r.status_code == 503
        assert not models.check("GET", S, r)


def test_reset_restores_the_generated_marketplace(
    api: httpx.Client, admin: httpx.Client, server: SandboxServer
) -> None:
    sid = find(admin, "SELLER_FLEX")
    api.post(f"{S}/{sid}", params={"operation": "CONFIRM"})
    assert admin.post("/reset", json={}).status_code == 200
    api.headers["x-amz-access-token"] = token_for(server.base_url)
    assert api.get(f"{S}/{sid}").json()["status"] == "ACCEPTED"
    assert packages_for(admin, api.get(f"{S}/{sid}").json())
