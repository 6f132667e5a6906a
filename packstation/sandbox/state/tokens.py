"""LWA access tokens: issued by ``/auth/o2/token``, checked on every EF call."""

from __future__ import annotations

import secrets

from packstation.sandbox.state.clock import World
from packstation.sandbox.state.errors import SandboxError

TOKEN_TTL_S = 3600


def _denied(details: str) -> SandboxError:
    return SandboxError(403, "Unauthorized", "Access to requested resource is denied.", details)


class TokenDesk:
    """Access token -> expiry (simulated time)."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.tokens: dict[str, float] = {}

    def issue(self) -> tuple[str, int]:
        now = self.world.now()
        if len(self.tokens) > 1000:
            self.tokens = {t: exp for t, exp in self.tokens.items() if exp > now}
        token = "Atza|" + secrets.token_urlsafe(48)
        self.tokens[token] = now + TOKEN_TTL_S
        return token, TOKEN_TTL_S

    def check(self, token: str | None) -> None:
        if not token:
            raise _denied("The request has no x-amz-access-token header.")
        expiry = self.tokens.get(token)
        if expiry is None:
            raise _denied("The access token you provided is revoked, malformed or invalid.")
        if expiry <= self.world.now():
            raise _denied("The access token you provided has expired.")

    def expire_all(self) -> None:
        self.tokens = dict.fromkeys(self.tokens, self.world.now() - 1)
