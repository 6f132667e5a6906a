"""The EF API models read Amazon's examples, tolerate what Amazon may add and send only what it defines."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from packstation.domain import errors, inventory, returns, shipments
from packstation.domain.base import OutgoingValidationError, WireModel, check_outgoing
from packstation.domain.timestamps import Timestamp, TimestampError, parse_timestamp

RESPONSE_MODELS: dict[str, type[WireModel]] = {
    "getShipments": shipments.ShipmentsResponse,
    "getShipment": shipments.Shipment,
    "retrieveShippingOptions": shipments.ShippingOptionsResponse,
    "generateInvoice": shipments.InvoiceResponse,
    "retrieveInvoice": shipments.InvoiceResponse,
    "generateShipLabels": shipments.ShipLabelsResponse,
    "batchInventory": inventory.BatchInventoryResponse,
    "listReturns": returns.ReturnsResponse,
    "getReturn": returns.Return,
}


def _model_for(operation: str, code: str) -> type[WireModel]:
    return RESPONSE_MODELS[operation] if code.startswith("2") else errors.ErrorList


def test_every_example_response_parses_and_round_trips(
    spapi_examples: list[tuple[str, str, Any, Any]],
) -> None:
    checked = 0
    for operation, code, _params, response in spapi_examples:
        if not response:  # 204 examples carry an empty object
            continue
        model = _model_for(operation, code).model_validate(response)
        assert model.to_wire() == response, f"{operation} {code} does not round-trip"
        checked += 1
    assert checked >= 40


def test_example_shipment_has_typed_values(spapi_examples: list[tuple[str, str, Any, Any]]) -> None:
    response = next(r for op, c, _, r in spapi_examples if op == "getShipment" and c == "200")
    shipment = shipments.Shipment.model_validate(response)
    assert shipment.status in set(shipments.ShipmentStatus)
    assert isinstance(shipment.creation_date_time, datetime)
    assert shipment.creation_date_time.tzinfo is not None
    amount = shipment.charges[0].base_charge.base_amount
    assert isinstance(amount.value, Decimal)
    # Amazon's own example uses a charge type its model does not define: kept, not fatal.
    types = {c.charge_type for li in shipment.line_items for c in li.charges}
    assert "GIFT" in types


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2020-06-08T11:13:58Z", datetime(2020, 6, 8, 11, 13, 58, tzinfo=UTC)),
        ("2020-06-09 14:00:00Z", datetime(2020, 6, 9, 14, 0, 0, tzinfo=UTC)),
        ("1591614838000", datetime(2020, 6, 8, 11, 13, 58, tzinfo=UTC)),
        (1591614838, datetime(2020, 6, 8, 11, 13, 58, tzinfo=UTC)),
        ("2020-06-08T16:43:58+05:30", datetime(2020, 6, 8, 11, 13, 58, tzinfo=UTC)),
        ("2020-06-08T11:13:58", datetime(2020, 6, 8, 11, 13, 58, tzinfo=UTC)),
        ("2020-06-08T11:13:58.250Z", datetime(2020, 6, 8, 11, 13, 58, 250000, tzinfo=UTC)),
    ],
)
def test_timestamps_in_every_form(raw: str | int, expected: datetime) -> None:
    value = parse_timestamp(raw)
    assert value == expected
    assert value.raw == raw


@pytest.mark.parametrize("raw", ["", "yesterday", "2020-13-45T00:00:00Z", True, [1]])
def test_bad_timestamps_are_refused(raw: object) -> None:
    with pytest.raises(TimestampError):
        parse_timestamp(raw)


def test_timestamp_keeps_its_form_through_pickle() -> None:
    value = parse_timestamp("1591614838000")
    again = pickle.loads(pickle.dumps(value))
    assert isinstance(again, Timestamp)
    assert again == value
    assert again.raw == "1591614838000"


def test_made_in_code_timestamps_use_the_field_form() -> None:
    when = datetime(2021, 2, 10, 4, 59, 2, tzinfo=UTC)
    window = shipments.TimeWindow(start_time=when, end_time=when)
    assert window.to_wire() == {"startTime": 1612933142, "endTime": 1612933142}
    info = shipments.InvoiceInfo(invoice_id="I1", creation_date_time=when)
    assert info.to_wire()["creationDateTime"] == "2021-02-10T04:59:02Z"


def test_unknown_enum_values_and_fields_are_kept(
    spapi_examples: list[tuple[str, str, Any, Any]],
) -> None:
    response = copy.deepcopy(
        next(r for op, c, _, r in spapi_examples if op == "getShipment" and c == "200")
    )
    response["status"] = "TELEPORTED"
    response["brandNewField"] = {"nested": [1, 2]}
    shipment = shipments.Shipment.model_validate(response)
    assert shipment.status == "TELEPORTED"
    assert not isinstance(shipment.status, shipments.ShipmentStatus)
    assert shipment.to_wire() == response


def test_decimals_are_never_floats() -> None:
    amount = shipments.Amount.model_validate({"value": "0.10", "currencyCode": "INR"})
    assert amount.value == Decimal("0.10")
    assert amount.to_wire() == {"value": "0.10", "currencyCode": "INR"}
    tax = shipments.Tax.model_validate(
        {
            "rate": 0.18,
            "charge": {
                "baseAmount": {"value": "1", "currencyCode": "INR"},
                "discountAmount": {"value": "0", "currencyCode": "INR"},
                "netAmount": {"value": "1", "currencyCode": "INR"},
            },
        }
    )
    assert tax.rate == Decimal("0.18")


def test_snake_case_and_camel_case_names_both_work() -> None:
    a = shipments.PackageLineItem(package_line_item_id="1", quantity=2)
    b = shipments.PackageLineItem.model_validate({"packageLineItemId": "1", "quantity": 2})
    assert a == b
    assert a.to_wire() == {"packageLineItemId": "1", "quantity": 2}
    info = shipments.ShippingInfo.model_validate(
        {"expectedShippingDateTimeInUTC": "2020-06-08T11:13:58Z"}
    )
    assert info.to_wire() == {"expectedShippingDateTimeInUTC": "2020-06-08T11:13:58Z"}


def test_outgoing_check_refuses_undefined_values() -> None:
    good = shipments.PackageDeliveryStatus(status=shipments.PackageStatus.SHIPPED)
    check_outgoing(good)
    with pytest.raises(OutgoingValidationError, match="SHIPPED_BY_OWL"):
        check_outgoing(shipments.PackageDeliveryStatus(status="SHIPPED_BY_OWL"))
    with pytest.raises(OutgoingValidationError, match="unknown field"):
        check_outgoing(shipments.LineItem.model_validate({"id": "1", "colour": "red"}))
    reject = shipments.ShipmentAcknowledgementRequest(
        line_items=[
            shipments.LineItemWithReason(line_item=shipments.LineItem(id="1"), reason="LAZY")
        ]
    )
    with pytest.raises(OutgoingValidationError, match=r"line_items\[0\]\.reason"):
        check_outgoing(reject)
    attrs = shipments.MarketplaceAttributes(
        marketplace_id="M", channel_name="MFN", custom_attributes=["PRIME", "PLATINUM"]
    )
    with pytest.raises(OutgoingValidationError, match="PLATINUM"):
        check_outgoing(attrs)


def test_request_limits_are_enforced() -> None:
    with pytest.raises(ValidationError):
        shipments.ShipLabelsInput(package_ids=[str(i) for i in range(51)])
    with pytest.raises(ValidationError):
        inventory.BatchInventoryRequest(requests=[])
    with pytest.raises(ValidationError):
        shipments.Packages(packages=[])


def test_error_codes_are_normalised() -> None:
    a = errors.Error(code="InvalidInput", message="x")
    b = errors.Error(code="Invalid Input", message="x")
    assert a.normalized_code == b.normalized_code == "invalidinput"
