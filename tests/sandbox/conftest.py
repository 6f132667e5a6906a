"""Fixtures of the sandbox tests: a real server on 127.0.0.1 and a client whose every response is
validated against Amazon's official models (``/work/shared/spapi-models``)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from packstation.sandbox.server import SandboxServer
from tests.sandbox.schemas import ModelValidator, load_models


@pytest.fixture(scope="session")
def models() -> ModelValidator:
    validator = load_models()
    if validator is None:
        pytest.skip(
            "the official models are absent (/work/shared/spapi-models): conformance cannot be checked"
        )
    return validator


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer(seed=7, shipments=60, rate_limits=False) as srv:
        yield srv


def token_for(base_url: str) -> str:
    answer = httpx.post(
        base_url + "/auth/o2/token",
        data={
            "grant_type": "refresh_token",
            "client_id": "amzn1.app",
            "client_secret": "s",
            "refresh_token": "Atzr|x",
        },
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


@pytest.fixture
def api(server: SandboxServer, models: ModelValidator) -> Iterator[httpx.Client]:
    """An authenticated client; every EF API response it receives must match the models."""
    problems: list[str] = []

    def check(response: httpx.Response) -> None:
        response.read()
        problems.extend(models.check(response.request.method, response.request.url.path, response))

    client = httpx.Client(
        base_url=server.base_url,
        headers={"x-amz-access-token": token_for(server.base_url)},
        event_hooks={"response": [check]},
        timeout=10,
    )
    with client:
        yield client
    assert not problems, "responses that break the official models:\n" + "\n".join(problems)


@pytest.fixture
def admin(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.admin_url, timeout=10) as client:
        yield client
