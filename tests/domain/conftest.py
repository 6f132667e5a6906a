"""Access to Amazon's official models in ../shared/spapi-models (skipped when absent)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

MODELS_DIR = Path(__file__).resolve().parents[3] / "shared" / "spapi-models"
MODEL_FILES = {
    "shipments": "externalFulfillmentShipments_2024-09-11.json",
    "inventory": "externalFulfillmentInventory_2024-09-11.json",
    "returns": "externalFulfillmentReturns_2024-09-11.json",
}


def load_model(name: str) -> dict[str, Any]:
    path = MODELS_DIR / MODEL_FILES[name]
    if not path.exists():
        pytest.skip(f"Amazon's official models are not at {MODELS_DIR} (contract tests need them)")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def iter_examples(model: dict[str, Any]) -> Iterator[tuple[str, str, Any, Any]]:
    """(operationId, status code, request parameters, response) of every example in ``model``."""
    for ops in model["paths"].values():
        for method, op in ops.items():
            if method == "parameters":
                continue
            for code, resp in op["responses"].items():
                for kind in resp.get("x-amzn-api-sandbox", {}).values():
                    for ex in kind:
                        yield op["operationId"], code, ex["request"]["parameters"], ex["response"]
                for ex in resp.get("examples", {}).values():
                    yield op["operationId"], code, {}, ex


@pytest.fixture
def spapi_examples() -> list[tuple[str, str, Any, Any]]:
    """Every example of the three official models (skips when the models are absent)."""
    out: list[tuple[str, str, Any, Any]] = []
    for name in MODEL_FILES:
        out.extend(iter_examples(load_model(name)))
    return out
