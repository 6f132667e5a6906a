"""Fixtures of the services tests: shipments in Amazon's shape (minimal)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from packstation.domain.shipments import Shipment

_MONEY = {"value": "10.00", "currencyCode": "INR"}
_CHARGE = {
    "baseCharge": {"baseAmount": _MONEY, "discountAmount": _MONEY, "netAmount": _MONEY},
    "chargeType": "PRODUCT",
    "totalCharge": {"baseAmount": _MONEY, "discountAmount": _MONEY, "netAmount": _MONEY},
    "totalTax": {"charge": {"baseAmount": _MONEY, "discountAmount": _MONEY, "netAmount": _MONEY}},
}


def line(
    line_id: str,
    sku: str,
    units: int = 1,
    *,
    gtin: str | None = None,
    serial: bool = False,
    hazmat: list[str] | None = None,
    gift: bool = False,
    cancelled: int = 0,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "shipmentLineItemId": line_id,
        "merchantSku": sku,
        "numberOfUnits": units,
        "charges": [_CHARGE],
        "complianceAttributes": {
            "serialNumberRequirement": "REQUIRED" if serial else "DISALLOWED",
            "hazmatLabelsRequirement": "REQUIRED" if hazmat else "DISALLOWED",
            "countryOfOriginRequirement": "DISALLOWED",
            "itemValueRequirement": "DISALLOWED",
        },
        "giftAttributes": {
            "giftWrapRequirement": "REQUIRED" if gift else "DISALLOWED",
            "giftMessagePresence": "PRESENT" if gift else "ABSENT",
            **(
                {"giftMessage": {"format": "PLAIN_TEXT", "content": "Happy birthday"}}
                if gift
                else {}
            ),
        },
    }
    if gtin:
        data["customAttributes"] = [{"key": "gtin", "type": "STRING", "value": gtin}]
    if hazmat:
        data["hazmatLabels"] = hazmat
    if cancelled:
        data["cancellations"] = [
            {
                "cancelledQuantity": cancelled,
                "cancelledTimestamp": "2024-09-01T10:00:00Z",
                "cancellationType": "MARKETPLACE_CANCELLED",
            }
        ]
    return data


def shipment(
    sid: str = "S1",
    lines: list[dict[str, Any]] | None = None,
    *,
    status: str = "ACCEPTED",
    channel: str = "MFN",
    shipping_type: str = "MARKETPLACE",
    expected: str = "2030-01-01T10:00:00Z",
    priority: str = "LOW",
    order_id: str = "111-1111111-1111111",
    updated: str = "2024-09-01T10:00:00Z",
    recommended: bool = False,
) -> Shipment:
    lines = lines or [line("1", "SKU-A", 1, gtin="8901234567890")]
    data: dict[str, Any] = {
        "id": sid,
        "locationId": "LOC1",
        "marketplaceAttributes": {"marketplaceId": "A21TJRUUN4KGV", "channelName": channel},
        "shipmentInfo": {
            "shipmentType": "NEW",
            "numberOfUnits": sum(ln["numberOfUnits"] for ln in lines),
            "priority": priority,
            "buyerOrderId": order_id,
            "orderStatesEligibleForRejection": ["ACCEPTED", "CONFIRMED"],
        },
        "shipmentRequirements": {"pSlip": {}, "invoice": {}},
        "charges": [_CHARGE],
        "status": status,
        "lineItems": lines,
        "shippingInfo": {
            "expectedShippingDateTimeInUTC": expected,
            "shippingType": shipping_type,
        },
        "creationDateTime": "2024-09-01T09:00:00Z",
        "lastUpdatedDateTime": updated,
    }
    if recommended:
        data["shippingInfo"]["recommendedPackages"] = [
            {
                "dimensions": {
                    k: {"value": "20", "dimensionUnit": "CM"} for k in ("length", "width", "height")
                },
                "weight": {"value": "500", "weightUnit": "G"},
                "lineItems": [{"lineItemId": ln["shipmentLineItemId"]} for ln in lines],
            }
        ]
    return Shipment.model_validate(data)


@pytest.fixture
def make_line() -> Callable[..., dict[str, Any]]:
    return line


@pytest.fixture
def make_shipment() -> Callable[..., Shipment]:
    return shipment
