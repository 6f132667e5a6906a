"""Sandbox answers the shipments guide and the official static sandbox describe (issue 18, item 8)."""

from __future__ import annotations

import base64

import httpx
import pytest

from tests.sandbox.flow import S, find, packages_for

RET = "/externalFulfillment/2024-09-11/returns"


def test_self_ship_without_tax_invoice_gets_a_packing_slip_and_completes(
    api: httpx.Client, admin: httpx.Client
) -> None:
    state = admin.get("/state", params={"full": 1}).json()
    sid = next(
        s["id"]
        for s in state["shipments"]
        if s["status"] == "ACCEPTED"
        and s["shippingInfo"]["shippingType"] == "SELF"
        and s["shipmentRequirements"]["invoice"]["requirement"] == "NOT_REQUIRED"
    )
    assert api.post(f"{S}/{sid}", params={"operation": "CONFIRM"}).status_code == 204
    shipment = api.get(f"{S}/{sid}").json()
    pkgs = packages_for(admin, shipment)
    assert api.post(f"{S}/{sid}/packages", json={"packages": pkgs}).status_code == 204
    options = api.get(f"{S}/{sid}/shippingOptions", params={"packageId": pkgs[0]["id"]}).json()
    slip = api.post(f"{S}/{sid}/invoice")
    assert slip.status_code == 200, slip.text
    pdf = base64.b64decode(slip.json()["document"]["content"])
    assert pdf.startswith(b"%PDF")
    assert b"Packing slip" in pdf
    assert api.get(f"{S}/{sid}/invoice").json() == slip.json()
    after = api.get(f"{S}/{sid}").json()
    assert after["status"] == "INVOICE_GENERATED"
    assert after["shipmentRequirements"]["pSlip"]["status"] == "GENERATED"
    assert "invoiceInfo" not in after  # no tax invoice exists
    labels = api.put(
        f"{S}/{sid}/shipLabels",
        params={
            "operation": "GENERATE",
            "shippingOptionId": options["shippingOptions"][0]["shippingOptionId"],
        },
        json={
            "packageIds": [pkgs[0]["id"]],
            "courierSupportedAttributes": {"carrierName": "Own Fleet", "trackingId": "OWN1"},
        },
    )
    assert labels.status_code == 200, labels.text


def test_easy_ship_outside_india_is_still_told_invoices_are_not_supported(
    api: httpx.Client, admin: httpx.Client
) -> None:
    state = admin.get("/state", params={"full": 1}).json()
    sid = next(
        s["id"]
        for s in state["shipments"]
        if s["status"] == "ACCEPTED"
        and s["shippingInfo"]["shippingType"] == "MARKETPLACE"
        and s["marketplaceAttributes"]["channelName"] == "MFN"
        and s["marketplaceAttributes"]["marketplaceId"] != "A21TJRUUN4KGV"
    )
    assert api.post(f"{S}/{sid}", params={"operation": "CONFIRM"}).status_code == 204
    shipment = api.get(f"{S}/{sid}").json()
    pkgs = packages_for(admin, shipment)
    assert api.post(f"{S}/{sid}/packages", json={"packages": pkgs}).status_code == 204
    api.get(f"{S}/{sid}/shippingOptions", params={"packageId": pkgs[0]["id"]})
    refused = api.post(f"{S}/{sid}/invoice")
    assert refused.status_code == 400
    assert "Easy Ship" in refused.json()["errors"][0]["message"]


@pytest.mark.parametrize(
    ("rma", "status"),
    [
        ("rmaIdTest403", 403),
        ("rmaIdTest409", 409),
        ("rmaIdTest429", 429),
        ("rmaIdTest500", 500),
        ("rmaIdTest503", 503),
    ],
)
def test_list_returns_answers_the_static_sandbox_magic_ids(
    api: httpx.Client, rma: str, status: int
) -> None:
    answer = api.get(RET, params={"rmaId": rma})
    assert answer.status_code == status
    assert answer.json()["errors"][0]["message"]


def test_get_return_magic_invalid_id_is_400(api: httpx.Client) -> None:
    assert api.get(f"{RET}/rmaIdInvalid").status_code == 400


def test_find_helper_still_works(admin: httpx.Client) -> None:
    assert find(admin, "SELF_SHIP")
