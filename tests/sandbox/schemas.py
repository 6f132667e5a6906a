"""Validate sandbox responses against Amazon's official EF models (Swagger 2.0)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jsonschema

MODELS_DIR = Path("/work/shared/spapi-models")
MODEL_FILES = (
    "externalFulfillmentShipments_2024-09-11.json",
    "externalFulfillmentInventory_2024-09-11.json",
    "externalFulfillmentReturns_2024-09-11.json",
)


@dataclass
class Operation:
    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    spec: dict[str, Any]
    definitions: dict[str, Any]

    def validator(self, status: int) -> jsonschema.Draft4Validator | None:
        schema = self.spec["responses"][str(status)].get("schema")
        if schema is None:
            return None
        return jsonschema.Draft4Validator({**schema, "definitions": self.definitions})


class ModelValidator:
    def __init__(self, models: list[dict[str, Any]]) -> None:
        self.operations: list[Operation] = []
        for model in models:
            for template, methods in model["paths"].items():
                regex = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
                for method, spec in methods.items():
                    if method == "parameters":
                        continue
                    self.operations.append(
                        Operation(
                            spec["operationId"],
                            method.upper(),
                            template,
                            re.compile(regex),
                            spec,
                            model["definitions"],
                        )
                    )
        self.seen: set[tuple[str, int]] = set()

    def find(self, method: str, path: str) -> Operation | None:
        for op in self.operations:
            if op.method == method and op.pattern.match(path):
                return op
        return None

    def by_id(self, operation_id: str) -> Operation:
        return next(op for op in self.operations if op.operation_id == operation_id)

    def check(self, method: str, path: str, response: httpx.Response) -> list[str]:
        """Problems of one response (empty when it conforms); non-EF paths are not checked."""
        op = self.find(method, path)
        if op is None:
            return []
        where = f"{op.operation_id} {response.status_code}"
        if str(response.status_code) not in op.spec["responses"]:
            return [f"{where}: status not allowed by the model"]
        self.seen.add((op.operation_id, response.status_code))
        validator = op.validator(response.status_code)
        if validator is None:
            return (
                []
                if not response.content
                else [f"{where}: expected no body, got {response.content[:80]!r}"]
            )
        try:
            body = response.json()
        except json.JSONDecodeError:
            return [f"{where}: body is not JSON: {response.content[:80]!r}"]
        return [f"{where}: {err.json_path}: {err.message}" for err in validator.iter_errors(body)]


def load_models() -> ModelValidator | None:
    if not all((MODELS_DIR / name).is_file() for name in MODEL_FILES):
        return None
    return ModelValidator([json.loads((MODELS_DIR / name).read_text()) for name in MODEL_FILES])
