"""The EF API client: LWA auth, endpoints, rate limits, retries, pagination, label download.

Start at :class:`packstation.amazon.client.EFClient`; errors are in
:mod:`packstation.amazon.errors`.
"""

from packstation.amazon.auth import LwaCredentials, LwaTokenProvider, StaticToken, TokenProvider
from packstation.amazon.client import OPERATIONS, EFClient, InvoiceDocument, LabelFile
from packstation.amazon.errors import (
    AmbiguousResultError,
    AuthError,
    ConflictError,
    EFApiError,
    InvalidInputError,
    InvalidStateError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    ResponseTooLargeError,
    ServerError,
    ThrottledError,
)
from packstation.amazon.ratelimit import NoLimiter, Rate, RateLimiter, TokenBucketLimiter
from packstation.amazon.retry import RetryPolicy

__all__ = [
    "OPERATIONS",
    "AmbiguousResultError",
    "AuthError",
    "ConflictError",
    "EFApiError",
    "EFClient",
    "InvalidInputError",
    "InvalidStateError",
    "InvoiceDocument",
    "LabelFile",
    "LwaCredentials",
    "LwaTokenProvider",
    "MalformedResponseError",
    "NetworkError",
    "NoLimiter",
    "NotFoundError",
    "Rate",
    "RateLimiter",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "StaticToken",
    "ThrottledError",
    "TokenBucketLimiter",
    "TokenProvider",
]
