"""Amazon's error list: the body of every 4xx/5xx answer of the EF APIs.

Amazon's codes are inconsistent (``InvalidInput`` and ``Invalid Input`` in its own examples), so
code that acts on an error uses the HTTP status first and :func:`normalize_code` second, never an
exact code string alone.
"""

from __future__ import annotations

from packstation.domain.base import WireModel


class Error(WireModel):
    """Error response returned when the request is unsuccessful."""

    #: An error code that identifies the type of error that occurred.
    code: str
    #: A message that describes the error condition.
    message: str
    #: Additional details that can help the caller understand or fix the issue.
    details: str | None = None

    @property
    def normalized_code(self) -> str:
        return normalize_code(self.code)


class ErrorList(WireModel):
    """A list of error responses returned when a request is unsuccessful."""

    #: List of errors.
    errors: list[Error]


def normalize_code(code: str) -> str:
    """``code`` lower-cased without spaces, dashes or underscores: ``Invalid Input`` and
    ``InvalidInput`` and ``INVALID_INPUT`` all become ``invalidinput``."""
    return "".join(ch for ch in code.lower() if ch.isalnum())
