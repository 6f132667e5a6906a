"""What every API module of the sandbox server shares: JSON answers, request bodies, page tokens,
query parameters (see :mod:`packstation.sandbox.app`)."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from packstation.sandbox import data
from packstation.sandbox.state.errors import SandboxError, invalid

MAX_BODY = 1_000_000

#: An endpoint: a request in, a response out (a SandboxError raised becomes Amazon's error JSON).
Handler = Callable[[Request], Awaitable[Response]]


def json_response(
    body: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(
        raw, status_code=status, media_type="application/json", headers=dict(headers or {})
    )


def error_response(
    status: int, code: str, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    return json_response({"errors": [{"code": code, "message": message}]}, status, headers)


async def read_body(request: Request, required: bool = False) -> Any:
    """The JSON body (None when empty and not required); 413, 415 or 400 as Amazon answers."""
    raw = await request.body()
    if len(raw) > MAX_BODY:
        raise SandboxError(
            413, "RequestTooLarge", "The request size exceeded the maximum accepted size."
        )
    if not raw.strip():
        if required:
            raise invalid("A JSON body is required.")
        return None
    ctype = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if ctype not in ("application/json", "text/json", ""):
        raise SandboxError(
            415,
            "UnsupportedMediaType",
            f"The request payload is in an unsupported format ({ctype}); send application/json.",
        )
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise invalid("The request body is not valid JSON.", str(exc)) from exc


# ------------------------------------------------------------------ pagination


def filters_key(filters: Mapping[str, Any]) -> str:
    """Ties a page token to the filters it was made for."""
    return hashlib.sha256(json.dumps(filters, sort_keys=True).encode()).hexdigest()[:12]


def page_token(payload: dict[str, Any]) -> str:
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def read_page_token(token: str) -> dict[str, Any]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        payload = json.loads(raw)
        if not isinstance(payload, dict) or not isinstance(payload.get("o"), int):
            raise ValueError("not a page token")
        return payload
    except ValueError as exc:
        raise invalid(
            f"Invalid input '{token}' for parameter 'paginationToken'",
            "Pass back the nextToken you received.",
        ) from exc


def empty_page(seed: int, kind: str, offset: int) -> bool:
    """Amazon sometimes answers an empty page with a next token; one page in ten does here."""
    digest = hashlib.sha256(f"{seed}:{kind}:{offset}".encode()).digest()
    return offset > 0 and digest[0] % 10 == 0


# ------------------------------------------------------------------ query parameters


def max_results(value: str | None, default: int = 10) -> int:
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 100:
        raise invalid(
            f"Invalid input '{value}' for parameter 'maxResults'",
            "maxResults must be between 1 and 100.",
        )
    return number


def parse_date(name: str, value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return data.parse_iso(value)
    except ValueError as exc:
        raise invalid(
            f"{name} value is an not a valid ISO date/time object.", f"Got '{value}'."
        ) from exc
