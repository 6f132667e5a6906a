"""LWA tokens (caching, expiry, one refresh across threads, fatal errors) and rate limits."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from packstation.amazon import (
    AuthError,
    EFClient,
    LwaCredentials,
    LwaTokenProvider,
    Rate,
    RetryPolicy,
    TokenBucketLimiter,
)
from packstation.config.logs import redact

CREDS = LwaCredentials("amzn1.application-oa2-client.x", "secret-abc-123", "Atzr|refresh-xyz")


class Lwa:
    """A fake LWA endpoint that hands out numbered tokens."""

    def __init__(self, expires_in: int = 3600, gate: threading.Event | None = None) -> None:
        self.count = 0
        self.expires_in = expires_in
        self.gate = gate
        self.forms: list[dict[str, list[str]]] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.gate is not None:
            self.gate.wait(5)
        with self._lock:
            self.count += 1
            n = self.count
        self.forms.append(parse_qs(request.content.decode()))
        return httpx.Response(
            200,
            json={
                "access_token": f"Atza|token-{n}",
                "token_type": "bearer",
                "expires_in": self.expires_in,
            },
        )


def _provider(handler: Callable[[httpx.Request], httpx.Response], **kw: Any) -> LwaTokenProvider:
    return LwaTokenProvider(
        CREDS,
        endpoint="https://lwa.test/auth/o2/token",
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(max_attempts=3, sleep=lambda s: None),
        **kw,
    )


def test_token_is_cached_until_expiry_minus_margin() -> None:
    now = {"t": 0.0}
    lwa = Lwa(expires_in=3600)
    provider = _provider(lwa, clock=lambda: now["t"], margin=120)
    assert provider.get_token() == "Atza|token-1"
    now["t"] = 3400
    assert provider.get_token() == "Atza|token-1"
    now["t"] = 3481  # inside the margin
    assert provider.get_token() == "Atza|token-2"
    assert lwa.forms[0]["grant_type"] == ["refresh_token"]
    assert lwa.forms[0]["refresh_token"] == ["Atzr|refresh-xyz"]
    provider.close()


def test_token_expiry_mid_run_refreshes_once(make_client: Callable[..., EFClient]) -> None:
    now = {"t": 0.0}
    lwa = Lwa(expires_in=3600)
    provider = _provider(lwa, clock=lambda: now["t"])
    used: list[str] = []

    def api(request: httpx.Request) -> httpx.Response:
        used.append(request.headers["x-amz-access-token"])
        return httpx.Response(200, json={"returns": []})

    client = make_client(api, auth=provider)
    for step in range(10):
        now["t"] = step * 1000.0
        client.list_returns()
    assert lwa.count == 3  # at 0, 4000 and 8000 (each token good for 3480 s)
    assert used[0] == "Atza|token-1"
    assert used[-1] == f"Atza|token-{lwa.count}"
    provider.close()


def test_a_refused_token_is_replaced_once(make_client: Callable[..., EFClient]) -> None:
    lwa = Lwa()
    provider = _provider(lwa)

    def api(request: httpx.Request) -> httpx.Response:
        if request.headers["x-amz-access-token"] == "Atza|token-1":
            return httpx.Response(
                403, json={"errors": [{"code": "Unauthorized", "message": "token expired"}]}
            )
        return httpx.Response(200, json={"returns": []})

    make_client(api, auth=provider).list_returns()
    assert lwa.count == 2
    provider.close()


def test_refresh_race_between_threads_makes_exactly_one_request() -> None:
    gate = threading.Event()
    lwa = Lwa(gate=gate)
    provider = _provider(lwa)
    start = threading.Barrier(16)
    tokens: list[str] = []

    def worker() -> None:
        start.wait(5)
        tokens.append(provider.get_token())

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join(10)
    assert lwa.count == 1
    assert tokens == ["Atza|token-1"] * 16
    provider.close()


@pytest.mark.parametrize("error", ["invalid_grant", "invalid_client"])
def test_fatal_lwa_errors_are_not_retried(error: str) -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return httpx.Response(400, json={"error": error, "error_description": "revoked"})

    provider = _provider(handler)
    with pytest.raises(AuthError, match=error):
        provider.get_token()
    assert calls["n"] == 1
    provider.close()


def test_lwa_outage_is_retried_then_reported() -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return httpx.Response(503, text="down")

    provider = _provider(handler)
    with pytest.raises(AuthError, match="keeps failing"):
        provider.get_token()
    assert calls["n"] == 3
    provider.close()


def test_missing_credentials_say_where_to_put_them() -> None:
    with pytest.raises(AuthError, match="PACKSTATION_LWA_REFRESH_TOKEN"):
        LwaTokenProvider(LwaCredentials("id", "secret-x", ""))


def test_secrets_and_tokens_never_reach_the_log(caplog: pytest.LogCaptureFixture) -> None:
    provider = _provider(Lwa())
    token = provider.get_token()
    for value in (token, CREDS.client_secret, CREDS.refresh_token):
        assert value not in redact(f"oops {value} leaked")
    assert "secret-abc-123" not in repr(CREDS)
    with caplog.at_level(logging.DEBUG):
        provider.get_token()
    assert token not in caplog.text
    provider.close()


# ----------------------------------------------------------------- token buckets
class Clock:
    def __init__(self) -> None:
        self.t = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, s: float) -> None:
        self.slept.append(s)
        self.t += s


def test_bucket_allows_the_burst_then_the_rate() -> None:
    clock = Clock()
    limiter = TokenBucketLimiter({"op": Rate(2.0, 4.0)}, clock=clock, sleep=clock.sleep)
    for _ in range(4):
        limiter.acquire("op")
    assert clock.slept == []
    for _ in range(10):
        limiter.acquire("op")
    assert clock.t == pytest.approx(5.0)  # 10 calls at 2 per second


def test_bucket_adapts_to_the_announced_rate_and_to_throttling() -> None:
    clock = Clock()
    limiter = TokenBucketLimiter({"op": Rate(10.0, 10.0)}, clock=clock, sleep=clock.sleep)
    limiter.update_rate("op", 1.0)
    assert limiter.rate("op") == Rate(1.0, 1.0)
    limiter.acquire("op")
    limiter.throttled("op")
    limiter.acquire("op")
    assert clock.t == pytest.approx(1.0)


def test_default_rates_follow_the_usage_plans() -> None:
    limiter = TokenBucketLimiter()
    assert limiter.rate("batchInventory") == Rate(50.0, 100.0)
    assert limiter.rate("getReturn") == Rate(10.0, 20.0)
    assert limiter.rate("getShipments").per_second == 2.0
    assert limiter.rate("generateShipLabels").per_second == 1.0
