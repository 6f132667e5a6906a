"""The one error every desk raises, and the helpers that build the common ones.

:class:`SandboxError` carries the HTTP status and Amazon's error code; the app turns it into
``{"errors": [{"code", "message", "details"}]}``.
"""

from __future__ import annotations

from typing import Any


class SandboxError(Exception):
    """A request the marketplace refuses; ``status`` is the HTTP status of Amazon's answer."""

    def __init__(self, status: int, code: str, message: str, details: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details

    def body(self) -> dict[str, Any]:
        error = {"code": self.code, "message": self.message}
        if self.details:
            error["details"] = self.details
        return {"errors": [error]}


def invalid(message: str, details: str | None = None) -> SandboxError:
    return SandboxError(400, "InvalidInput", message, details)


def not_found(name: str, value: str) -> SandboxError:
    return SandboxError(404, "NotFound", f"Requested Entity with '{name}' '{value}' is not found")


def check_id(name: str, value: str | None) -> None:
    """400 for an id no caller could mean: blank, or an unfilled ``{template}`` placeholder."""
    if value is None or not value.strip() or "{" in value or "}" in value:
        raise invalid(f"Invalid input '{value}' for parameter '{name}'", f"{name} is required.")


def wrong_state(
    shipment_id: str, status: str, operation: str, allowed: tuple[str, ...]
) -> SandboxError:
    return SandboxError(
        400,
        "InvalidShipmentStatus",
        f"Shipment {shipment_id} is {status}; {operation} is not allowed in this status.",
        f"{operation} needs the shipment in one of: {', '.join(allowed)}.",
    )
