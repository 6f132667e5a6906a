"""Drive one shipment through the EF workflow like a packing bench would (test helper)."""

from __future__ import annotations

from typing import Any

import httpx

S = "/externalFulfillment/2024-09-11/shipments"


def find(admin: httpx.Client, program: str, status: str = "ACCEPTED", skip: int = 0) -> str:
    dump = admin.get("/state").json()
    ids = [s["id"] for s in dump["shipments"] if s["program"] == program and s["status"] == status]
    return str(ids[skip])


def pieces_per_unit(line: dict[str, Any]) -> int:
    """Pieces per unit of a multi-piece line item (the sandbox's ``pieces`` attribute)."""
    if line.get("pieceType") != "MULTIPLE":
        return 1
    attrs = {a["key"]: a["value"] for a in line.get("customAttributes", [])}
    return int(attrs.get("pieces", 1))


def packages_for(
    admin: httpx.Client, shipment: dict[str, Any], split: bool = False
) -> list[dict[str, Any]]:
    """One package holding everything (or one package per line item when ``split``)."""
    items = []
    hazmat: list[str] = []
    for line in shipment["lineItems"]:
        units = line["numberOfUnits"] - sum(
            c["cancelledQuantity"] for c in line.get("cancellations", [])
        )
        if not units:
            continue
        item: dict[str, Any] = {"packageLineItemId": line["shipmentLineItemId"], "quantity": units}
        per_unit = pieces_per_unit(line)
        if per_unit > 1:
            item["pieces"] = units * per_unit  # every piece in this one package
        if line["complianceAttributes"]["serialNumberRequirement"] == "REQUIRED":
            item["serialNumbers"] = admin.get(
                "/imeis", params={"sku": line["merchantSku"], "count": units}
            ).json()["imeis"]
        hazmat += line.get("hazmatLabels", [])
        items.append(item)
    dims = {k: {"value": "20.0", "dimensionUnit": "CM"} for k in ("length", "width", "height")}
    if split:
        return [
            {
                "id": f"P{n}",
                "dimensions": dims,
                "weight": {"value": "350", "weightUnit": "G"},
                "hazmatLabels": hazmat,
                "packageLineItems": [item],
            }
            for n, item in enumerate(items, start=1)
        ]
    return [
        {
            "id": "P1",
            "dimensions": dims,
            "weight": {"value": "0.35", "weightUnit": "KG"},
            "hazmatLabels": hazmat,
            "packageLineItems": items,
        }
    ]


def to_labels(
    api: httpx.Client, admin: httpx.Client, sid: str, split: bool = False
) -> dict[str, Any]:
    """CONFIRM -> packages -> options -> invoice (when required) -> labels; returns the label answer."""
    assert api.post(f"{S}/{sid}", params={"operation": "CONFIRM"}).status_code == 204
    shipment = api.get(f"{S}/{sid}").json()
    pkgs = packages_for(admin, shipment, split)
    r = api.post(f"{S}/{sid}/packages", json={"packages": pkgs})
    assert r.status_code == 204, r.text
    options: list[dict[str, Any]] = []
    for pkg in pkgs:
        r = api.get(f"{S}/{sid}/shippingOptions", params={"packageId": pkg["id"]})
        assert r.status_code == 200, r.text
        options = r.json()["shippingOptions"]
    shipment = api.get(f"{S}/{sid}").json()
    assert shipment["status"] == "PICKUP_SLOT_RETRIEVED"
    if shipment["shipmentRequirements"]["invoice"]["requirement"] == "REQUIRED":
        r = api.post(f"{S}/{sid}/invoice")
        assert r.status_code == 200, r.text
    params = {"operation": "GENERATE"}
    if shipment["marketplaceAttributes"]["channelName"] == "MFN":
        params["shippingOptionId"] = options[0]["shippingOptionId"]
    body: dict[str, Any] = {"packageIds": [p["id"] for p in pkgs]}
    if shipment["shippingInfo"]["shippingType"] == "SELF":
        body["courierSupportedAttributes"] = {"carrierName": "Own Fleet", "trackingId": "OWN123456"}
    r = api.put(f"{S}/{sid}/shipLabels", params=params, json=body)
    assert r.status_code == 200, r.text
    return dict(r.json())
