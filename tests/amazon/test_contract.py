"""Contract tests: every request the client builds fits Amazon's official models.

Method, path, query (``operation`` and ``shippingOptionId`` in the query string) and body are
checked against ``../shared/spapi-models`` (the body with jsonschema against the Swagger
definitions); the tests are skipped when that folder is absent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import jsonschema
import pytest

from packstation.amazon import EFClient, InvalidInputError
from packstation.amazon.client import OPERATIONS
from packstation.domain import inventory as inv
from packstation.domain import shipments as shp


class Contract:
    """The official models as a request validator and a source of example answers."""

    def __init__(self, models: dict[str, dict[str, Any]]) -> None:
        self.ops: dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]] = {}
        for model in models.values():
            for path, entry in model["paths"].items():
                shared = entry.get("parameters", [])
                for method, op in entry.items():
                    if method == "parameters":
                        continue
                    full = dict(op, parameters=shared + op.get("parameters", []))
                    self.ops[op["operationId"]] = (method.upper(), path, full, model)

    def example_answer(self, operation: str) -> httpx.Response:
        _, _, op, _ = self.ops[operation]
        for code, resp in op["responses"].items():
            if code.startswith("2"):
                for ex in resp.get("x-amzn-api-sandbox", {}).get("static", []):
                    if ex["response"]:
                        return httpx.Response(int(code), json=ex["response"])
                return httpx.Response(int(code))
        raise AssertionError(operation)

    def operation_of(self, request: httpx.Request) -> str:
        for name, (method, path, _, _) in self.ops.items():
            pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"
            raw_path = request.url.raw_path.split(b"?")[0].decode("ascii")
            if method == request.method and re.match(pattern, raw_path):
                return name
        raise AssertionError(f"{request.method} {request.url.path} is not in Amazon's models")

    def validate(self, request: httpx.Request) -> str:
        name = self.operation_of(request)
        _, _, op, model = self.ops[name]
        params = {p["name"]: p for p in op["parameters"]}
        query = dict(request.url.params)
        for key, value in query.items():
            assert key in params, f"{name}: stray query {key}"
            assert params[key]["in"] == "query", f"{name}: {key} is not a query parameter"
            if "enum" in params[key]:
                assert value in params[key]["enum"], f"{name}: {key}={value} not in the enum"
            if params[key].get("type") == "integer":
                assert value.isdigit(), f"{name}: {key} must be an integer"
        for p in params.values():
            if p["in"] == "query" and p.get("required"):
                assert p["name"] in query, f"{name}: required query {p['name']} missing"
        assert request.headers.get("x-amz-access-token"), "no access token header"
        body_params = [p for p in params.values() if p["in"] == "body"]
        if request.content:
            assert body_params, f"{name} takes no body"
            assert request.headers["content-type"] == "application/json"
            schema = {**body_params[0]["schema"], "definitions": model["definitions"]}
            jsonschema.Draft4Validator(schema).validate(json.loads(request.content))
        else:
            assert not any(p.get("required") for p in body_params), f"{name}: body missing"
        return name


@pytest.fixture
def contract(spapi_models: dict[str, dict[str, Any]]) -> Contract:
    return Contract(spapi_models)


@pytest.fixture
def recording_client(
    contract: Contract, make_client: Callable[..., EFClient]
) -> tuple[EFClient, list[str]]:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        name = contract.validate(request)
        seen.append(name)
        return contract.example_answer(name)

    return make_client(handler), seen


def _package(package_id: str = "P1") -> shp.Package:
    cm = shp.DimensionUnit.CM
    return shp.Package(
        id=package_id,
        dimensions=shp.PackageDimensions(
            length=shp.Dimension(value=Decimal("30.5"), dimension_unit=cm),
            width=shp.Dimension(value=Decimal("20"), dimension_unit=cm),
            height=shp.Dimension(value=Decimal("10"), dimension_unit=cm),
        ),
        weight=shp.Weight(value=Decimal("1.250"), weight_unit=shp.WeightUnit.KG),
        hazmat_labels=[],
        package_line_items=[
            shp.PackageLineItem(package_line_item_id="1", quantity=2, serial_numbers=["SN1", "SN2"])
        ],
        package_handling_requirements=shp.PackageHandlingRequirement.FRAGILE,
    )


def test_every_typed_method_builds_valid_requests(
    recording_client: tuple[EFClient, list[str]],
) -> None:
    client, seen = recording_client
    when = datetime(2024, 10, 1, 8, 30, tzinfo=UTC)
    client.get_shipments(
        shp.ShipmentStatus.ACCEPTED,
        location_id="L1",
        marketplace_id="A21TJRUUN4KGV",
        channel_name="MFN",
        last_updated_after=when,
        last_updated_before=when,
        max_results=50,
        pagination_token="tok",
    )
    client.get_shipment("S 1/2")
    client.process_shipment("S1", "CONFIRM")
    client.process_shipment(
        "S1",
        "REJECT",
        shp.ShipmentAcknowledgementRequest(
            reference_id="ref-1",
            line_items=[
                shp.LineItemWithReason(
                    line_item=shp.LineItem(id="1", quantity=1),
                    reason=shp.RejectionReason.OUT_OF_STOCK,
                )
            ],
        ),
    )
    client.create_packages("S1", [_package("P1"), _package("P2")])
    client.update_package("S1", "P1", _package("P1"))
    client.update_package_status("S1", "P1")
    client.update_package_status(
        "S1", "P1", shp.PackageStatus.DELIVERED, sub_status="DELIVERED", reason="handed over"
    )
    client.retrieve_shipping_options("S1", "P1")
    invoice = client.generate_invoice("S1")
    assert invoice.format == shp.DocumentFormat.PDF
    assert invoice.content
    client.retrieve_invoice("S1")
    client.generate_ship_labels(
        "S1",
        ["P1"],
        shipping_option_id="OPT-1",
        courier_supported_attributes=shp.CourierSupportedAttributes(
            carrier_name="ATS", tracking_id="123"
        ),
    )
    client.generate_ship_labels("S1", ["P1"], operation="REGENERATE")
    client.batch_inventory(
        [
            inv.update_request("L1", "sku-1", 15, 12345678, marketplace_id="M", channel_name="FBA"),
            inv.fetch_request("L1", "sku 2&x", marketplace_id="M", channel_name="FBA"),
            inv.fetch_request("L1", "sku-3"),
        ]
    )
    client.list_returns(
        return_location_id="RL",
        rma_id="rma",
        status="CREATED",
        reverse_tracking_id="T",
        created_since=when,
        created_until=when,
        last_updated_since=when,
        last_updated_until=when,
        last_updated_after=when,
        last_updated_before=when,
        max_results=10,
        next_token="n",
    )
    client.get_return("R1")
    assert set(seen) == set(OPERATIONS)


def test_ship_label_query_carries_operation_and_shipping_option(
    contract: Contract, make_client: Callable[..., EFClient]
) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return contract.example_answer(contract.validate(request))

    client = make_client(handler)
    client.generate_ship_labels("S1", [f"P{i}" for i in range(120)], shipping_option_id="OPT")
    assert len(requests) == 3  # 50 + 50 + 20
    for r in requests:
        assert r.url.params["operation"] == "GENERATE"
        assert r.url.params["shippingOptionId"] == "OPT"
        assert "shippingOptionId" not in json.loads(r.content)
    assert [len(json.loads(r.content)["packageIds"]) for r in requests] == [50, 50, 20]


def test_inventory_batches_stay_within_the_safe_limit(
    contract: Contract, make_client: Callable[..., EFClient]
) -> None:
    sizes: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        contract.validate(request)
        n = len(json.loads(request.content)["requests"])
        sizes.append(n)
        answer = {"status": {"statusCode": 200}, "body": {"skuId": "x"}}
        return httpx.Response(207, json={"responses": [answer] * n})

    client = make_client(handler)
    result = client.batch_inventory([inv.fetch_request("L", f"s{i}") for i in range(25)])
    assert sizes == [9, 9, 7]
    assert len(result.responses or []) == 25


def _example_requests(models: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    out = []
    for model in models.values():
        for entry in model["paths"].values():
            for method, op in entry.items():
                if method == "parameters":
                    continue
                for code, resp in op["responses"].items():
                    if not code.startswith("2"):
                        continue
                    for ex in resp.get("x-amzn-api-sandbox", {}).get("static", []):
                        params = {k: v["value"] for k, v in ex["request"]["parameters"].items()}
                        body = params.pop("body", None)
                        out.append((op["operationId"], params, body))
    return out


def test_every_example_request_of_the_models_is_rebuilt_faithfully(
    contract: Contract, spapi_models: dict[str, Any], make_client: Callable[..., EFClient]
) -> None:
    """The models' sandbox requests, replayed through ``EFClient.call``, fit the model."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return contract.example_answer(contract.validate(request))

    client = make_client(handler)
    replayed = refused = 0
    for operation, params, body in _example_requests(spapi_models):
        op = OPERATIONS[operation]
        if body == {} and op.body is not None and op.body.model_json_schema().get("required"):
            # Amazon's sandbox examples send {} where the model requires fields: we refuse to.
            with pytest.raises(InvalidInputError):
                client.call(operation, params, body)
            refused += 1
            continue
        before = len(sent)
        client.call(operation, params, body)
        request = sent[before]
        for name, value in params.items():
            if name in op.query_params:
                assert request.url.params[name] == str(value)
            else:
                assert str(value) in request.url.path
        replayed += 1
    assert replayed >= 20
    assert refused >= 2
