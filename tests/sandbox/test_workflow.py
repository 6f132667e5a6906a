"""The shipment workflow per program, over HTTP, with the illegal transitions refused."""

from __future__ import annotations

import base64
import copy
from typing import Any

import httpx
import pytest

from packstation.sandbox.server import SandboxServer
from tests.sandbox.conftest import token_for
from tests.sandbox.flow import S, find, packages_for, to_labels


def status_of(api: httpx.Client, sid: str) -> str:
    return str(api.get(f"{S}/{sid}").json()["status"])


def advance(api: httpx.Client, admin: httpx.Client, server: SandboxServer, seconds: float) -> None:
    """Move the simulated clock; access tokens expire with it, so fetch a fresh one."""
    admin.post("/clock", json={"seconds": seconds})
    assert api.get(f"{S}/anything").status_code == 403
    api.headers["x-amz-access-token"] = token_for(server.base_url)


def error_of(response: httpx.Response) -> dict[str, str]:
    return dict(response.json()["errors"][0])


@pytest.mark.parametrize("program", ["EASY_SHIP", "SELF_SHIP", "SELLER_FLEX"])
def test_whole_flow_per_program(
    api: httpx.Client, admin: httpx.Client, server: SandboxServer, program: str
) -> None:
    sid = find(admin, program)
    labels = to_labels(api, admin, sid)
    assert status_of(api, sid) == "SHIPLABEL_GENERATED"
    entry = labels["packageShipLabelList"][0]
    assert entry["status"] == "SUCCESS"
    label = httpx.get(entry["fileData"]["url"])
    assert label.status_code == 200
    if label.headers["content-type"].startswith("application/zpl"):
        assert entry["shipLabelMetadata"]["trackingId"] in label.text
    if program == "SELF_SHIP":
        assert entry["shipLabelMetadata"]["trackingId"] == "OWN123456"
    # REGENERATE keeps the status and the tracking id
    shipment = api.get(f"{S}/{sid}").json()
    params = {"operation": "REGENERATE"}
    if shipment["marketplaceAttributes"]["channelName"] == "MFN":
        params["shippingOptionId"] = entry["shipLabelMetadata"]["shippingOptionId"]
    body = {"packageIds": ["P1"]}
    if program == "SELF_SHIP":
        body["courierSupportedAttributes"] = {"carrierName": "Own Fleet", "trackingId": "OWN123456"}
    again = api.put(f"{S}/{sid}/shipLabels", params=params, json=body)
    assert again.status_code == 200
    assert (
        again.json()["packageShipLabelList"][0]["shipLabelMetadata"]["trackingId"]
        == entry["shipLabelMetadata"]["trackingId"]
    )
    assert status_of(api, sid) == "SHIPLABEL_GENERATED"
    # shipped by the seller
    assert api.patch(f"{S}/{sid}/packages/P1", params={"status": "SHIPPED"}).status_code == 204
    assert status_of(api, sid) == "SHIPPED"
    dup = api.patch(f"{S}/{sid}/packages/P1", params={"status": "SHIPPED"})
    assert dup.status_code == 409
    delivered = api.patch(
        f"{S}/{sid}/packages/P1", json={"status": "DELIVERED", "subStatus": "DELIVERED"}
    )
    if program == "SELF_SHIP":
        assert delivered.status_code == 204
        assert status_of(api, sid) == "DELIVERED"
    else:
        assert delivered.status_code == 400
        advance(api, admin, server, 3 * 86400)
        assert status_of(api, sid) == "DELIVERED"


def test_carrier_scan_ships_marketplace_packages(
    api: httpx.Client, admin: httpx.Client, server: SandboxServer
) -> None:
    sid = find(admin, "EASY_SHIP")
    to_labels(api, admin, sid)
    advance(api, admin, server, 36 * 3600)
    assert status_of(api, sid) == "SHIPPED"
    late = api.patch(f"{S}/{sid}/packages/P1", params={"status": "SHIPPED"})
    assert late.status_code == 409  # already scanned by the carrier


def test_illegal_transitions(api: httpx.Client, admin: httpx.Client) -> None:
    sid = find(admin, "EASY_SHIP")
    shipment = api.get(f"{S}/{sid}").json()
    pkgs = packages_for(admin, shipment)
    # before CONFIRM nothing else is allowed
    assert api.post(f"{S}/{sid}/packages", json={"packages": pkgs}).status_code == 400
    assert api.get(f"{S}/{sid}/shippingOptions", params={"packageId": "P1"}).status_code == 400
    assert api.post(f"{S}/{sid}/invoice").status_code == 400
    assert api.get(f"{S}/{sid}/invoice").status_code == 400
    assert (
        api.put(
            f"{S}/{sid}/shipLabels", params={"operation": "GENERATE"}, json={"packageIds": ["P1"]}
        ).status_code
        == 400
    )
    assert api.patch(f"{S}/{sid}/packages/P1", params={"status": "SHIPPED"}).status_code == 404
    assert api.put(f"{S}/{sid}/packages/P1", json=pkgs[0]).status_code == 400
    assert api.post(f"{S}/{sid}", params={"operation": "CONFIRM"}).status_code == 204
    # CONFIRM twice
    again = api.post(f"{S}/{sid}", params={"operation": "CONFIRM"})
    assert again.status_code == 400
    assert "CONFIRMED" in error_of(again)["message"]
    assert api.post(f"{S}/{sid}/packages", json={"packages": pkgs}).status_code == 204
    assert api.post(f"{S}/{sid}/packages", json={"packages": pkgs}).status_code == 400  # only once
    # labels before shipping options / invoice
    r = api.put(
        f"{S}/{sid}/shipLabels",
        params={"operation": "GENERATE", "shippingOptionId": "x"},
        json={"packageIds": ["P1"]},
    )
    assert r.status_code == 400
    opts = api.get(f"{S}/{sid}/shippingOptions", params={"packageId": "P1"}).json()[
        "shippingOptions"
    ]
    assert opts
    assert all(o["pickupWindow"]["startTime"] < o["pickupWindow"]["endTime"] for o in opts)
    # MFN labels need a shippingOptionId, and a known one
    need_invoice = (
        api.get(f"{S}/{sid}").json()["shipmentRequirements"]["invoice"]["requirement"] == "REQUIRED"
    )
    if need_invoice:
        assert api.post(f"{S}/{sid}/invoice").status_code == 200
    else:
        assert api.post(f"{S}/{sid}/invoice").status_code == 400
    r = api.put(
        f"{S}/{sid}/shipLabels", params={"operation": "GENERATE"}, json={"packageIds": ["P1"]}
    )
    assert r.status_code == 400
    assert "shippingOptionId" in error_of(r)["message"]
    r = api.put(
        f"{S}/{sid}/shipLabels",
        params={"operation": "GENERATE", "shippingOptionId": "nope"},
        json={"packageIds": ["P1"]},
    )
    assert r.status_code == 400
    good = {"operation": "GENERATE", "shippingOptionId": opts[0]["shippingOptionId"]}
    assert (
        api.put(f"{S}/{sid}/shipLabels", params=good, json={"packageIds": ["P9"]}).status_code
        == 400
    )
    assert (
        api.put(f"{S}/{sid}/shipLabels", params=good, json={"packageIds": ["P1"] * 51}).status_code
        == 400
    )
    assert (
        api.put(
            f"{S}/{sid}/shipLabels",
            params={**good, "operation": "REGENERATE"},
            json={"packageIds": ["P1"]},
        ).status_code
        == 400
    )
    assert (
        api.put(
            f"{S}/{sid}/shipLabels",
            params={**good, "operation": "PRINT"},
            json={"packageIds": ["P1"]},
        ).status_code
        == 400
    )
    assert (
        api.put(f"{S}/{sid}/shipLabels", params=good, json={"packageIds": ["P1"]}).status_code
        == 200
    )
    assert (
        api.put(f"{S}/{sid}/shipLabels", params=good, json={"packageIds": ["P1"]}).status_code
        == 400
    )  # GENERATE twice
    # after the label: no package update, no reject, no second CONFIRM
    assert api.put(f"{S}/{sid}/packages/P1", json=pkgs[0]).status_code == 400
    reject = {
        "referenceId": "r1",
        "lineItems": [{"lineItem": {"id": "1"}, "reason": "OUT_OF_STOCK"}],
    }
    assert api.post(f"{S}/{sid}", params={"operation": "REJECT"}, json=reject).status_code == 400
    assert api.post(f"{S}/{sid}", params={"operation": "CONFIRM"}).status_code == 400
    assert api.post(f"{S}/{sid}", params={"operation": "ACCEPT"}).status_code == 400
    assert api.patch(f"{S}/{sid}/packages/P1", params={"status": "DELIVERED"}).status_code == 400


def test_unknown_ids(api: httpx.Client) -> None:
    r = api.get(f"{S}/NOPE")
    assert r.status_code == 404
    assert error_of(r)["code"] == "NotFound"
    assert api.post(f"{S}/NOPE", params={"operation": "CONFIRM"}).status_code == 404
    assert api.get("/externalFulfillment/2024-09-11/returns/NOPE").status_code == 404


def test_package_validation(api: httpx.Client, admin: httpx.Client) -> None:
    # a phone shipment: serial numbers required
    dump = admin.get("/state").json()
    phone_skus = {c["sku"] for c in dump["catalogue"] if c["serialNumberRequired"]}
    for sid in [s["id"] for s in dump["shipments"] if s["status"] == "ACCEPTED"]:
        shipment = api.get(f"{S}/{sid}").json()
        if any(line["merchantSku"] in phone_skus for line in shipment["lineItems"]):
            break
    else:
        pytest.skip("no phone shipment in this seed")
    assert api.post(f"{S}/{sid}", params={"operation": "CONFIRM"}).status_code == 204
    good = packages_for(admin, shipment)

    def attempt(mutate) -> httpx.Response:  # type: ignore[no-untyped-def]
        pkgs = copy.deepcopy(good)
        mutate(pkgs)
        return api.post(f"{S}/{sid}/packages", json={"packages": pkgs})

    def too_light(p):  # type: ignore[no-untyped-def]
        p[0]["weight"] = {"value": "4", "weightUnit": "G"}

    def unknown_line(p):  # type: ignore[no-untyped-def]
        p[0]["packageLineItems"][0]["packageLineItemId"] = "99"

    def wrong_quantity(p):  # type: ignore[no-untyped-def]
        p[0]["packageLineItems"][0]["quantity"] += 1

    def missing_serials(p):  # type: ignore[no-untyped-def]
        for item in p[0]["packageLineItems"]:
            item.pop("serialNumbers", None)

    def bad_imei(p):  # type: ignore[no-untyped-def]
        for item in p[0]["packageLineItems"]:
            if "serialNumbers" in item:
                item["serialNumbers"] = ["123456789012345"] * len(item["serialNumbers"])

    def disallowed_serial(p):  # type: ignore[no-untyped-def]
        for item in p[0]["packageLineItems"]:
            if "serialNumbers" not in item:
                item["serialNumbers"] = ["X1"] * item["quantity"]
                return
        item["serialNumbers"] = item["serialNumbers"] + ["EXTRA"]

    def bad_unit(p):  # type: ignore[no-untyped-def]
        p[0]["dimensions"]["length"] = {"value": "3", "dimensionUnit": "FT"}

    for mutate in (
        too_light,
        unknown_line,
        wrong_quantity,
        missing_serials,
        bad_imei,
        disallowed_serial,
        bad_unit,
    ):
        r = attempt(mutate)
        assert r.status_code == 400, mutate.__name__
        assert error_of(r)["message"]
    assert api.post(f"{S}/{sid}/packages", json={}).status_code == 400
    assert (
        api.post(
            f"{S}/{sid}/packages",
            content=b"{not json",
            headers={"content-type": "application/json"},
        ).status_code
        == 400
    )
    assert (
        api.post(
            f"{S}/{sid}/packages", content=b"<xml/>", headers={"content-type": "application/xml"}
        ).status_code
        == 415
    )
    assert attempt(lambda p: None).status_code == 204


def test_update_package_goes_back_to_options(api: httpx.Client, admin: httpx.Client) -> None:
    sid = find(admin, "SELLER_FLEX")
    assert api.post(f"{S}/{sid}", params={"operation": "CONFIRM"}).status_code == 204
    pkgs = packages_for(admin, api.get(f"{S}/{sid}").json())
    assert api.post(f"{S}/{sid}/packages", json={"packages": pkgs}).status_code == 204
    assert api.get(f"{S}/{sid}/shippingOptions", params={"packageId": "P1"}).json() == {
        "shippingOptions": []
    }
    assert status_of(api, sid) == "PICKUP_SLOT_RETRIEVED"
    heavier = dict(pkgs[0], weight={"value": "900", "weightUnit": "G"})
    assert api.put(f"{S}/{sid}/packages/P1", json=heavier).status_code == 204
    shipment = api.get(f"{S}/{sid}").json()
    assert shipment["status"] == "PACKAGE_CREATED"
    assert shipment["packages"][0]["weight"]["value"] == "900"
    assert api.put(f"{S}/{sid}/packages/P7", json=heavier).status_code == 404


def test_reject_only_when_eligible(api: httpx.Client, admin: httpx.Client) -> None:
    sid = find(admin, "EASY_SHIP")
    shipment = api.get(f"{S}/{sid}").json()
    assert "ACCEPTED" in shipment["shipmentInfo"]["orderStatesEligibleForRejection"]
    assert api.post(f"{S}/{sid}", params={"operation": "REJECT"}).status_code == 400  # no body
    bad = {"lineItems": [{"lineItem": {"id": "42"}, "reason": "OUT_OF_STOCK"}]}
    assert api.post(f"{S}/{sid}", params={"operation": "REJECT"}, json=bad).status_code == 400
    body = {
        "referenceId": "ref-1",
        "lineItems": [
            {
                "lineItem": {"id": li["shipmentLineItemId"], "quantity": li["numberOfUnits"]},
                "reason": "OUT_OF_STOCK",
            }
            for li in shipment["lineItems"]
        ],
    }
    assert api.post(f"{S}/{sid}", params={"operation": "REJECT"}, json=body).status_code == 204
    after = api.get(f"{S}/{sid}").json()
    assert after["status"] == "CANCELLED"
    assert after["lineItems"][0]["cancellations"][0]["cancellationType"] == "SELLER_REJECTED"
    assert api.post(f"{S}/{sid}", params={"operation": "CONFIRM"}).status_code == 400


def test_marketplace_cancellation_mid_flow(api: httpx.Client, admin: httpx.Client) -> None:
    sid = find(admin, "SELLER_FLEX")
    assert api.post(f"{S}/{sid}", params={"operation": "CONFIRM"}).status_code == 204
    pkgs = packages_for(admin, api.get(f"{S}/{sid}").json())
    assert api.post(f"{S}/{sid}/packages", json={"packages": pkgs}).status_code == 204
    assert (
        admin.post(f"/shipments/{sid}/cancel", json={"reason": "BUYER_CANCELLED"}).status_code
        == 200
    )
    shipment = api.get(f"{S}/{sid}").json()
    assert shipment["status"] == "CANCELLED"
    assert (
        shipment["lineItems"][0]["cancellations"][0]["cancellationType"] == "MARKETPLACE_CANCELLED"
    )
    r = api.get(f"{S}/{sid}/shippingOptions", params={"packageId": "P1"})
    assert r.status_code == 400
    assert "CANCELLED" in error_of(r)["message"]
    assert admin.post(f"/shipments/{sid}/cancel").status_code == 400  # not twice


def test_invoice_is_a_real_pdf(api: httpx.Client, admin: httpx.Client) -> None:
    dump = admin.get("/state").json()
    for entry in dump["shipments"]:
        if entry["status"] != "ACCEPTED" or entry["program"] != "SELLER_FLEX":
            continue
        shipment = api.get(f"{S}/{entry['id']}").json()
        if shipment["shipmentRequirements"]["invoice"]["requirement"] == "REQUIRED":
            break
    sid = shipment["id"]
    to_labels(api, admin, sid)
    doc = api.get(f"{S}/{sid}/invoice").json()["document"]
    assert doc["format"] == "PDF"
    pdf = base64.b64decode(doc["content"])
    assert pdf.startswith(b"%PDF-")
    assert b"%%EOF" in pdf[-32:]
    assert api.get(f"{S}/{sid}").json()["invoiceInfo"]["invoiceId"]


def test_partial_label_failure_and_expired_url(api: httpx.Client, admin: httpx.Client) -> None:
    sid = find(admin, "SELLER_FLEX", skip=1)
    admin.post("/labels/fail", json={"packageIds": ["P1"]})
    labels = to_labels(api, admin, sid)
    entry = labels["packageShipLabelList"][0]
    assert entry["status"] == "FAILURE"
    assert entry["errorDetails"]["code"]
    assert status_of(api, sid) != "SHIPLABEL_GENERATED"
    admin.delete("/labels/fail")
    r = api.put(
        f"{S}/{sid}/shipLabels", params={"operation": "GENERATE"}, json={"packageIds": ["P1"]}
    )
    assert r.json()["packageShipLabelList"][0]["status"] == "SUCCESS"
    assert status_of(api, sid) == "SHIPLABEL_GENERATED"
    url = r.json()["packageShipLabelList"][0]["fileData"]["url"]
    assert httpx.get(url).status_code == 200
    admin.post("/labels/expire", json={"shipmentId": sid})
    expired = httpx.get(url)
    assert expired.status_code == 403
    assert b"expired" in expired.content
    assert httpx.get(url.replace("X-Amz-Signature=", "X-Amz-Signature=0")).status_code == 403


def test_multi_piece_items_are_counted_in_pieces(api: httpx.Client, admin: httpx.Client) -> None:
    """A multi-piece line item (pieceType MULTIPLE) ships in packages that say how many of its
    pieces each holds; the pieces add up to its units' pieces (quantities may repeat a unit)."""
    from tests.sandbox.flow import pieces_per_unit

    dump = admin.get("/state").json()
    for sid in [s["id"] for s in dump["shipments"] if s["status"] == "ACCEPTED"]:
        shipment = api.get(f"{S}/{sid}").json()
        multi = [ln for ln in shipment["lineItems"] if pieces_per_unit(ln) > 1]
        if len(shipment["lineItems"]) == 1 and multi and not multi[0].get("cancellations"):
            break
    else:
        pytest.skip("no single-line multi-piece shipment in this seed")
    (line,) = multi
    per_unit, units = pieces_per_unit(line), line["numberOfUnits"]
    assert api.post(f"{S}/{sid}", params={"operation": "CONFIRM"}).status_code == 204
    dims = {k: {"value": "60", "dimensionUnit": "CM"} for k in ("length", "width", "height")}
    lid = line["shipmentLineItemId"]

    def package(n: int, item: dict[str, Any]) -> dict[str, Any]:
        item = {"packageLineItemId": lid, **item}
        return {
            "id": f"P{n}",
            "dimensions": dims,
            "weight": {"value": "9", "weightUnit": "KG"},
            "packageLineItems": [item],
        }

    # one package per unit, no pieces: the old bench's body
    old = [package(n, {"quantity": 1}) for n in range(units)]
    r = api.post(f"{S}/{sid}/packages", json={"packages": old})
    assert r.status_code == 400
    assert "pieces" in error_of(r)["message"]
    # one piece short
    short = [package(n, {"quantity": 1, "pieces": 1}) for n in range(units * per_unit - 1)]
    r = api.post(f"{S}/{sid}/packages", json={"packages": short})
    assert r.status_code == 400
    assert "piece(s)" in error_of(r)["message"]
    # more pieces than the units in the package have
    r = api.post(
        f"{S}/{sid}/packages",
        json={"packages": [package(0, {"quantity": 1, "pieces": per_unit + 1})]},
    )
    assert r.status_code == 400
    # one package per piece
    good = [package(n, {"quantity": 1, "pieces": 1}) for n in range(units * per_unit)]
    r = api.post(f"{S}/{sid}/packages", json={"packages": good})
    assert r.status_code == 204, r.text
    assert status_of(api, sid) == "PACKAGE_CREATED"
