"""Every request of the models' ``x-amzn-api-sandbox`` examples gets an answer the model allows.

The ``api`` fixture validates each response's status and body against the official schema.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from packstation.sandbox.server import SandboxServer
from tests.sandbox.schemas import MODEL_FILES, MODELS_DIR, ModelValidator


def _examples() -> list[tuple[str, str, dict[str, Any], dict[str, Any], str]]:
    out = []
    for name in MODEL_FILES:
        model = json.loads((MODELS_DIR / name).read_text())
        for template, methods in model["paths"].items():
            for method, op in methods.items():
                if method == "parameters":
                    continue
                for code, response in op["responses"].items():
                    for ex in response.get("x-amzn-api-sandbox", {}).get("static", []):
                        out.append(
                            (method.upper(), template, op, ex["request"]["parameters"], code)
                        )
    return out


def _request(
    api: httpx.Client, method: str, template: str, op: dict[str, Any], params: dict[str, Any]
) -> httpx.Response:
    path, query, body = template, {}, None
    for spec in op.get("parameters", []):
        value = params.get(spec["name"], {}).get("value")
        if spec["in"] == "path":
            path = path.replace(
                "{" + spec["name"] + "}", str(value) if value is not None else "MISSING"
            )
        elif spec["in"] == "query" and value is not None:
            query[spec["name"]] = value
        elif spec["in"] == "body" and value is not None:
            body = value
    return api.request(method, path, params=query, json=body)


def test_every_sandbox_example_gets_an_answer_the_model_allows(
    api: httpx.Client, admin: httpx.Client, models: ModelValidator, server: SandboxServer
) -> None:
    # Amazon's own test shipments, loaded through the admin endpoint from the models' examples.
    get_op = models.by_id("getShipment").spec
    for ex in get_op["responses"]["200"]["x-amzn-api-sandbox"]["static"]:
        assert admin.post("/shipments", json=ex["response"]).status_code == 201
    examples = _examples()
    assert len(examples) >= 40
    statuses = []
    for method, template, op, params, _code in examples:
        response = _request(api, method, template, op, params)
        statuses.append((op["operationId"], response.status_code))
    # The api fixture has checked every response; the suite saw successes and errors of each API.
    assert any(s == 200 for op, s in statuses if op == "getShipments")
    assert any(s == 200 for op, s in statuses if op == "getShipment")
    assert any(s == 207 for op, s in statuses if op == "batchInventory")
    assert any(s == 400 for op, s in statuses if op == "batchInventory")
    assert any(s == 404 for op, s in statuses if op == "getShipment")


def test_imported_example_shipment_round_trips(
    api: httpx.Client, admin: httpx.Client, models: ModelValidator
) -> None:
    example = models.by_id("getShipment").spec["responses"]["200"]["x-amzn-api-sandbox"]["static"][
        0
    ]["response"]
    admin.post("/shipments", json=example)
    got = api.get(f"/externalFulfillment/2024-09-11/shipments/{example['id']}").json()
    assert got["id"] == example["id"]
    assert got["lineItems"][0]["merchantSku"] == example["lineItems"][0]["merchantSku"]
    assert admin.post("/shipments", json=example).status_code == 409
