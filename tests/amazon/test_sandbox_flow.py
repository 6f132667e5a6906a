"""The whole shipment workflow through EFClient against the built-in sandbox (real HTTP)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from packstation.amazon import EFClient, LwaCredentials, LwaTokenProvider, NotFoundError
from packstation.domain import inventory as inv
from packstation.domain import shipments as shp

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("packstation.sandbox.server") is None,
    reason="the built-in sandbox (packstation.sandbox.server) is not available",
)


@pytest.fixture
def client() -> Iterator[EFClient]:
    from packstation.sandbox.server import SandboxServer

    with SandboxServer(seed=3, shipments=40, rate_limits=False) as srv:
        auth = LwaTokenProvider(LwaCredentials("id", "secret-1", "refresh-1"), endpoint=srv.lwa_url)
        with EFClient(srv.base_url, auth, owns_auth=True) as c:
            yield c


def _packages(shipment: shp.Shipment) -> list[shp.Package]:
    cm, g = shp.DimensionUnit.CM, shp.WeightUnit.G
    return [
        shp.Package(
            id="PKG-1",
            dimensions=shp.PackageDimensions(
                length=shp.Dimension(value=Decimal(30), dimension_unit=cm),
                width=shp.Dimension(value=Decimal(20), dimension_unit=cm),
                height=shp.Dimension(value=Decimal(10), dimension_unit=cm),
            ),
            weight=shp.Weight(value=Decimal(850), weight_unit=g),
            package_line_items=[
                shp.PackageLineItem(
                    package_line_item_id=li.shipment_line_item_id,
                    quantity=li.number_of_units,
                    serial_numbers=[
                        f"SN{li.shipment_line_item_id}-{i}" for i in range(li.number_of_units)
                    ]
                    if str(li.compliance_attributes.serial_number_requirement) == "REQUIRED"
                    else None,
                )
                for li in shipment.line_items
            ],
        )
    ]


def test_confirm_pack_label_ship(client: EFClient) -> None:
    candidates = [
        s
        for s in client.iter_shipments(shp.ShipmentStatus.ACCEPTED, max_results=20)
        if str(s.marketplace_attributes.channel_name) == "MFN"
        and not any(
            str(getattr(li.compliance_attributes, f)) == "REQUIRED"
            for li in s.line_items
            for f in (
                "hazmat_labels_requirement",
                "country_of_origin_requirement",
                "item_value_requirement",
            )
        )
    ]
    if not candidates:
        pytest.skip("no plain MFN shipment in the sandbox's seed")
    sid = candidates[0].id
    client.process_shipment(sid, "CONFIRM")
    assert client.get_shipment(sid).status == shp.ShipmentStatus.CONFIRMED
    shipment = client.get_shipment(sid)
    client.create_packages(sid, _packages(shipment))
    options = client.retrieve_shipping_options(sid, "PKG-1")
    option_id = (
        options.recommended_shipping_option.shipping_option_id
        if options.recommended_shipping_option
        else None
    )
    state = client.get_shipment(sid)
    if str(state.shipment_requirements.invoice.requirement) == "REQUIRED":
        invoice = client.generate_invoice(sid)
        assert invoice.content
    labels = client.generate_ship_labels(sid, ["PKG-1"], shipping_option_id=option_id)
    result = labels.package_ship_label_list[0]
    assert result.status == shp.Status.SUCCESS
    assert result.file_data is not None
    label = client.download_label(result.file_data.url)
    assert label.content
    assert label.format in set(shp.DocumentFormat)
    client.update_package_status(sid, "PKG-1", shp.PackageStatus.SHIPPED)
    assert client.get_shipment(sid).status == shp.ShipmentStatus.SHIPPED


def test_inventory_and_returns(client: EFClient) -> None:
    shipment = next(iter(client.iter_shipments("ACCEPTED", max_results=5)))
    sku = shipment.line_items[0].merchant_sku
    result = client.batch_inventory(
        [inv.fetch_request(shipment.location_id, sku)]
        + [inv.update_request(shipment.location_id, f"{sku}", 7, n) for n in range(1, 11)]
    )
    assert len(result.responses or []) == 11
    returns: list[Any] = list(client.iter_returns(max_results=5))
    if returns:
        assert client.get_return(returns[0].id).id == returns[0].id
    with pytest.raises(NotFoundError):
        client.get_return("NO-SUCH-RETURN")
