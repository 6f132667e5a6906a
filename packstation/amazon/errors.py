"""The exceptions of the EF API client.

Every error carries what support needs: the HTTP ``status`` (``None`` when no answer came),
Amazon's error list (``errors``, a list of :class:`packstation.domain.errors.Error`), the
``x-amzn-RequestId`` (``request_id``) and the ``operation`` (e.g. ``getShipment``)::

    EFApiError                  base of everything below
    +-- AuthError               401/403, LWA refused the credentials (invalid_grant,
    |                           invalid_client): fix the credentials; never retried
    +-- ThrottledError          429 after the retries ran out (retried with backoff first)
    +-- NotFoundError           404: the shipment, package or return does not exist here
    +-- InvalidInputError       400/413/415/422: the request is wrong; fix it, do not repeat it
    +-- ConflictError           409 duplicate request / request in progress / server busy
    |   +-- InvalidStateError   400/409/422 saying the shipment is not in a state that allows
    |                           the operation: re-read the shipment and act on its real state
    +-- ServerError             500/502/503/504 after the retries ran out
    +-- NetworkError            no answer: connect error, timeout, connection reset
    |   +-- AmbiguousResultError  a state-changing call was sent and no answer came: it may
    |                           or may not have happened; re-read the shipment (``shipment``
    |                           holds it when the client could re-read it)
    +-- MalformedResponseError  an answer that is not what the API defines (HTML from a proxy,
        |                       broken or truncated JSON, a body that does not fit the model)
        +-- ResponseTooLargeError  the body exceeded the client's size cap

Code acts on the class, then on :attr:`EFApiError.codes` (normalised with
:func:`packstation.domain.errors.normalize_code`), never on an exact code string alone: Amazon
writes the same code in different spellings.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from packstation.amazon.retry import BUSY_WORDS, RETRYABLE_STATUS
from packstation.domain.errors import Error, ErrorList, normalize_code


class EFApiError(Exception):
    """Base of the client's errors (see the module docstring)."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        errors: list[Error] | None = None,
        request_id: str | None = None,
        operation: str | None = None,
        retryable: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.errors: list[Error] = list(errors or [])
        self.request_id = request_id
        self.operation = operation
        self.retryable = retryable

    @property
    def codes(self) -> set[str]:
        """Amazon's error codes, normalised (``Invalid Input`` -> ``invalidinput``)."""
        return {normalize_code(e.code) for e in self.errors}

    def __str__(self) -> str:
        parts = [self.message]
        for e in self.errors:
            detail = f" ({e.details})" if e.details else ""
            parts.append(f"{e.code}: {e.message}{detail}")
        if self.request_id:
            parts.append(f"request id {self.request_id}")
        return "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """What the CLI prints: the class, status, request id and Amazon's error list."""
        return {
            "error": type(self).__name__,
            "message": self.message,
            "operation": self.operation,
            "status": self.status,
            "requestId": self.request_id,
            "errors": [e.to_wire() for e in self.errors],
        }


class AuthError(EFApiError):
    """The credentials were refused (LWA or the API); never retried."""


class ThrottledError(EFApiError):
    """Amazon answered 429 more often than the retry policy allows."""


class NotFoundError(EFApiError):
    """404: the resource does not exist (or not for this seller and location)."""


class InvalidInputError(EFApiError):
    """400/413/415/422: the request is invalid; repeating it will not help."""


class ConflictError(EFApiError):
    """409: a duplicate request, a request in progress or a busy server."""


class InvalidStateError(ConflictError):
    """The shipment's workflow state does not allow the operation: re-read it."""


class ServerError(EFApiError):
    """5xx after the retry policy gave up."""


class NetworkError(EFApiError):
    """No answer from the server (connect error, timeout, reset)."""


class AmbiguousResultError(NetworkError):
    """A state-changing call was sent and no usable answer came: it may have happened.

    ``shipment`` holds the shipment as re-read after the failure when the client could read it;
    the workflow continues from that real state instead of repeating the call.
    """

    def __init__(self, message: str, *, shipment: Any = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.shipment = shipment


class MalformedResponseError(EFApiError):
    """The answer is not what the API defines (HTML, broken JSON, wrong shape)."""


class ResponseTooLargeError(MalformedResponseError):
    """The answer's body is larger than the client accepts."""


_STATE_WORDS = ("state", "status", "workflow", "notallowed", "noteligible")


def error_for(
    operation: str, status: int, headers: Mapping[str, str], content: bytes
) -> EFApiError:
    """The exception an unsuccessful HTTP answer to ``operation`` stands for.

    The class follows from the status, then from Amazon's error list (a 409 that says "busy" is
    a retryable :class:`ConflictError`, one that names the workflow state an
    :class:`InvalidStateError`).
    """
    request_id = headers.get("x-amzn-requestid")
    errors: list[Error] = []
    note = ""
    try:
        data = json.loads(content) if content.strip() else None
        if isinstance(data, dict) and "errors" in data:
            errors = ErrorList.model_validate(data).errors
    except (json.JSONDecodeError, UnicodeDecodeError, ValidationError):
        kind = headers.get("content-type", "") or "unknown type"
        note = f" (the body is not Amazon's error list: {kind}, {len(content)} bytes)"
    words = " ".join(normalize_code(e.code) + " " + e.message.lower() for e in errors)
    flat = normalize_code(words)
    kwargs: dict[str, Any] = {
        "status": status,
        "errors": errors,
        "request_id": request_id,
        "operation": operation,
    }
    message = f"{operation} failed with HTTP {status}{note}"
    if status in (401, 403):
        return AuthError(message + ": access refused (credentials or role)", **kwargs)
    if status == 404:
        return NotFoundError(message, **kwargs)
    if status == 429:
        return ThrottledError(message + ": throttled", retryable=True, **kwargs)
    if status == 409:
        busy = any(w in flat for w in BUSY_WORDS) and "duplicate" not in flat
        if any(w in flat for w in _STATE_WORDS) and not busy:
            return InvalidStateError(message, **kwargs)
        return ConflictError(message, retryable=busy, **kwargs)
    if status in (400, 422) and any(w in flat for w in _STATE_WORDS):
        return InvalidStateError(message, **kwargs)
    if 400 <= status < 500:
        return InvalidInputError(message, **kwargs)
    if status >= 500:
        return ServerError(message, retryable=status in RETRYABLE_STATUS, **kwargs)
    return MalformedResponseError(message + ": unexpected status", **kwargs)
