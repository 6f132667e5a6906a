"""Login with Amazon: ``POST /auth/o2/token`` (refresh-token grant only, like a selling partner)."""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response

from packstation.sandbox.http import json_response

if TYPE_CHECKING:
    from packstation.sandbox.app import SandboxApp

log = logging.getLogger(__name__)

LWA_PATH = "/auth/o2/token"


class Credentials:
    """Pinned LWA credentials (client id, secret, refresh token); None accepts any non-empty ones."""

    def __init__(self, pinned: Any = None) -> None:
        if pinned is None:
            self.pinned: tuple[str, str, str] | None = None
        elif isinstance(pinned, Mapping):
            self.pinned = (pinned["client_id"], pinned["client_secret"], pinned["refresh_token"])
        else:
            client_id, secret, refresh = pinned
            self.pinned = (str(client_id), str(secret), str(refresh))


def _token_hint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:8]


def _error(status: int, code: str, description: str) -> Response:
    return json_response({"error": code, "error_description": description}, status)


class LwaApi:
    """Issues access tokens (no access token needed, so not an EF operation)."""

    def __init__(self, server: SandboxApp) -> None:
        self.server = server
        server.add_route(LWA_PATH, self.token, methods=["POST"])

    async def token(self, request: Request) -> Response:
        raw = (await request.body()).decode("utf-8", "replace")
        form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
        ctype = request.headers.get("content-type", "")
        if not ctype.startswith("application/x-www-form-urlencoded"):
            return _error(
                400,
                "invalid_request",
                "The request must be form-encoded (application/x-www-form-urlencoded).",
            )
        grant = form.get("grant_type")
        if grant != "refresh_token":
            return _error(
                400, "unsupported_grant_type", f"grant_type must be refresh_token, not {grant!r}."
            )
        for name in ("client_id", "client_secret", "refresh_token"):
            if not form.get(name):
                return _error(
                    400,
                    "invalid_request",
                    f"The request is missing the required parameter: {name}.",
                )
        pinned = self.server.credentials.pinned
        if pinned is not None:
            if form["client_id"] != pinned[0] or not hmac.compare_digest(
                form["client_secret"], pinned[1]
            ):
                return _error(401, "invalid_client", "Client authentication failed")
            if not hmac.compare_digest(form["refresh_token"], pinned[2]):
                return _error(
                    400,
                    "invalid_grant",
                    "The request has an invalid grant parameter : refresh_token",
                )
        token, ttl = self.server.state.issue_token()
        self.server.changed()
        log.debug("sandbox: issued access token %s", _token_hint(token))
        return json_response(
            {
                "access_token": token,
                "refresh_token": form["refresh_token"],
                "token_type": "bearer",
                "expires_in": ttl,
            }
        )
