"""Login with Amazon (LWA): access tokens for the Selling Partner API.

:class:`LwaTokenProvider` exchanges the refresh token for an access token (POST form
``grant_type=refresh_token``) at a configurable endpoint, caches it until ``expires_in`` minus a
margin, and refreshes it exactly once at a time however many threads ask. ``invalid_grant`` and
``invalid_client`` (revoked or wrong credentials) raise :class:`AuthError` at once and are never
retried; network failures and 5xx answers of the token endpoint are retried a few times.

Every secret and token passes through :func:`packstation.config.logs.register_secret`, so none
reaches a log record. Tokens are sent as the ``x-amz-access-token`` header (no SigV4).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import httpx

from packstation.amazon.errors import AuthError, MalformedResponseError, NetworkError
from packstation.amazon.retry import RetryPolicy
from packstation.config import secrets
from packstation.config.logs import register_secret

log = logging.getLogger(__name__)

LWA_ENDPOINT = "https://api.amazon.com/auth/o2/token"
_FATAL_LWA_ERRORS = {"invalid_grant", "invalid_client", "unauthorized_client", "invalid_request"}


class TokenProvider(Protocol):
    """Supplies access tokens to the client."""

    def get_token(self) -> str:
        """A valid access token (refreshed when needed)."""

    def invalidate(self, token: str) -> None:
        """``token`` was refused by the API: the next :meth:`get_token` fetches a new one."""


@dataclass(frozen=True)
class LwaCredentials:
    """The application's client id and secret and the seller's refresh token."""

    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)

    def __post_init__(self) -> None:
        register_secret(self.client_secret)
        register_secret(self.refresh_token)

    def missing(self) -> list[str]:
        return [
            name
            for name, value in (
                ("LWA client id", self.client_id),
                ("LWA client secret", self.client_secret),
                ("LWA refresh token", self.refresh_token),
            )
            if not value
        ]


class StaticToken:
    """A fixed access token (tests, or a token obtained elsewhere)."""

    def __init__(self, token: str) -> None:
        register_secret(token)
        self._token = token

    def get_token(self) -> str:
        return self._token

    def invalidate(self, token: str) -> None:
        return None


class LwaTokenProvider:
    """Access tokens from LWA, cached and refreshed once at a time (see the module docstring)."""

    def __init__(
        self,
        credentials: LwaCredentials,
        *,
        endpoint: str = "",
        margin: float = 120.0,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 20.0,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        missing = credentials.missing()
        secret_missing = not (credentials.client_secret and credentials.refresh_token)
        if secret_missing and (no_keyring := secrets.keyring_problem()):
            # Not "store them on the Settings page": there is no keyring to store them in.
            raise AuthError(no_keyring)
        if missing:
            raise AuthError(
                f"missing {', '.join(missing)}: store them on the Settings page (keyring) or set "
                "PACKSTATION_LWA_CLIENT_ID, PACKSTATION_LWA_CLIENT_SECRET and "
                "PACKSTATION_LWA_REFRESH_TOKEN"
            )
        self._credentials = credentials
        self.endpoint = endpoint or LWA_ENDPOINT
        self._margin = margin
        self._retry = retry or RetryPolicy(max_attempts=4, deadline=60.0)
        self._clock = clock
        self._http = httpx.Client(transport=transport, timeout=timeout, verify=True)
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0
        self.refresh_count = 0

    def close(self) -> None:
        self._http.close()

    def get_token(self) -> str:
        token = self._token
        if token is not None and self._clock() < self._expires_at:
            return token
        with self._lock:
            # Another thread may have refreshed while this one waited for the lock.
            if self._token is not None and self._clock() < self._expires_at:
                return self._token
            return self._refresh()

    def invalidate(self, token: str) -> None:
        with self._lock:
            if self._token == token:
                self._token = None
                self._expires_at = 0.0

    def _refresh(self) -> str:
        started = self._clock()
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._request_token()
            except (NetworkError, _TransientLwaError) as exc:
                delay = self._retry.next_delay(attempt, started)
                if delay is None:
                    if isinstance(exc, _TransientLwaError):
                        raise AuthError(
                            f"the LWA token endpoint {self.endpoint} keeps failing: {exc}",
                            status=exc.status,
                        ) from exc
                    raise
                log.warning("LWA token request failed (%s); retrying in %.1f s", exc, delay)
                self._retry.sleep(delay)

    def _request_token(self) -> str:
        creds = self._credentials
        form = {
            "grant_type": "refresh_token",
            "refresh_token": creds.refresh_token,
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
        }
        sent_at = self._clock()
        try:
            response = self._http.post(
                self.endpoint, data=form, headers={"Accept": "application/json"}
            )
        except httpx.TransportError as exc:
            raise NetworkError(
                f"cannot reach the LWA token endpoint {self.endpoint}: {type(exc).__name__}"
            ) from exc
        self.refresh_count += 1
        try:
            body = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = None
        if response.status_code >= 500 or response.status_code == 429:
            raise _TransientLwaError(response.status_code)
        if response.status_code != 200 or not isinstance(body, dict):
            error = body.get("error", "") if isinstance(body, dict) else ""
            description = body.get("error_description", "") if isinstance(body, dict) else ""
            if error in _FATAL_LWA_ERRORS or response.status_code in (400, 401, 403):
                raise AuthError(
                    f"Login with Amazon refused the credentials ({error or response.status_code}"
                    f"{': ' + description if description else ''}); check the client id, client "
                    "secret and refresh token (re-authorise the app if the token was revoked)",
                    status=response.status_code,
                )
            raise MalformedResponseError(
                f"the LWA token endpoint answered {response.status_code} without a token",
                status=response.status_code,
            )
        token = body.get("access_token")
        expires_in = body.get("expires_in", 3600)
        if not isinstance(token, str) or not token:
            raise MalformedResponseError("the LWA answer holds no access_token")
        register_secret(token)
        try:
            lifetime = float(expires_in)
        except (TypeError, ValueError):
            lifetime = 3600.0
        margin = min(self._margin, lifetime / 4)
        self._token = token
        self._expires_at = sent_at + lifetime - margin
        log.info("LWA access token refreshed (valid %.0f s)", lifetime)
        return token


class _TransientLwaError(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
