"""Fixtures of the EF client tests: a MockTransport client with instant retries."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from packstation.amazon import EFClient, NoLimiter, RetryPolicy, StaticToken

MODELS_DIR = Path(__file__).resolve().parents[3] / "shared" / "spapi-models"
MODEL_FILES = {
    "shipments": "externalFulfillmentShipments_2024-09-11.json",
    "inventory": "externalFulfillmentInventory_2024-09-11.json",
    "returns": "externalFulfillmentReturns_2024-09-11.json",
}


@pytest.fixture
def spapi_models() -> dict[str, dict[str, Any]]:
    """Amazon's three official models (the test is skipped when they are absent)."""
    if not MODELS_DIR.is_dir():
        pytest.skip(f"Amazon's official models are not at {MODELS_DIR} (contract tests need them)")
    return {
        name: json.loads((MODELS_DIR / file).read_text(encoding="utf-8"))
        for name, file in MODEL_FILES.items()
    }


class FakeTime:
    """A clock and sleep that move together without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def make_client(fake_time: FakeTime) -> Callable[..., EFClient]:
    made: list[EFClient] = []

    def make(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> EFClient:
        kwargs.setdefault(
            "retry",
            RetryPolicy(
                max_attempts=6,
                deadline=120,
                sleep=fake_time.sleep,
                clock=fake_time.clock,
                random=lambda: 1.0,
            ),
        )
        kwargs.setdefault("limiter", NoLimiter())
        auth = kwargs.pop("auth", None) or StaticToken("Atza|test-token")
        client = EFClient(
            "https://sellingpartnerapi-eu.amazon.com",
            auth,
            transport=httpx.MockTransport(handler),
            **kwargs,
        )
        made.append(client)
        return client

    yield make  # type: ignore[misc]
    for client in made:
        client.close()
