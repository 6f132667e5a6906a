"""The shared Selling Partner API transport: one HTTP connection under every API module.

:class:`SpApiTransport` owns what every SP-API call needs, whatever the API: the httpx client,
the LWA access token (:mod:`packstation.amazon.auth`), the rate limiter
(:mod:`packstation.amazon.ratelimit`), the retry policy (:mod:`packstation.amazon.retry`), the
error mapping (:mod:`packstation.amazon.errors`), the local check of query parameters
(:mod:`packstation.amazon.params`) and bodies (:func:`packstation.domain.base.check_outgoing`),
response parsing into the domain models, calls by operation name (:meth:`~SpApiTransport.call`,
:meth:`~SpApiTransport.iter_call`) and document download from presigned URLs.

An API module (:mod:`packstation.amazon.ef_shipments` and its siblings) describes its operations
as :class:`Operation` rows and sends them through :meth:`SpApiTransport.request`.

After an ambiguous failure of a state-changing call (sent, no answer), the transport asks the
call's :class:`Reconcile` to re-read the object the call changes: when the change is visible it
returns :data:`RECONCILED` as if the call had answered; when the object is still in the state
before the call it repeats the call (a re-read, not a blind repeat); otherwise it raises
:class:`AmbiguousResultError` holding the re-read object.

Responses are read with a size cap (``max_response_bytes``); a document is fetched from its
presigned URL without the access token.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar
from urllib.parse import quote, urljoin

import httpx
from pydantic import ValidationError

from packstation import __version__
from packstation.amazon.auth import LwaCredentials, LwaTokenProvider, TokenProvider
from packstation.amazon.errors import (
    AmbiguousResultError,
    AuthError,
    ConflictError,
    EFApiError,
    InvalidInputError,
    MalformedResponseError,
    NetworkError,
    ResponseTooLargeError,
    ThrottledError,
    error_for,
)
from packstation.amazon.params import check_query
from packstation.amazon.ratelimit import RateLimiter, TokenBucketLimiter
from packstation.amazon.retry import REFUSED_STATUS, RETRYABLE_STATUS, RetryPolicy
from packstation.domain.base import WireModel, check_outgoing
from packstation.domain.shipments import DocumentFormat

if TYPE_CHECKING:
    from packstation.config.settings import Settings

log = logging.getLogger(__name__)

M = TypeVar("M", bound=WireModel)
S = TypeVar("S")
T = TypeVar("T")

HOSTS = {
    "NA": "https://sellingpartnerapi-na.amazon.com",
    "EU": "https://sellingpartnerapi-eu.amazon.com",
    "FE": "https://sellingpartnerapi-fe.amazon.com",
}
SANDBOX_HOSTS = {
    "NA": "https://sandbox.sellingpartnerapi-na.amazon.com",
    "EU": "https://sandbox.sellingpartnerapi-eu.amazon.com",
    "FE": "https://sandbox.sellingpartnerapi-fe.amazon.com",
}
ENV_CLIENT_ID = "PACKSTATION_LWA_CLIENT_ID"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
MAX_RESPONSE_BYTES = 16 * 1024 * 1024
MAX_LABEL_BYTES = 32 * 1024 * 1024

#: A query value as the API modules accept it (an enum member counts as its value).
QueryValue = str | int | bool | datetime | Enum | None
#: A time filter: a datetime (naive means UTC) or the API's ``...Z`` text.
TimeParam = datetime | str

Page = tuple[Sequence[WireModel], str | None]
"""The items of one page of a paginated answer and the token of the next page (None: last)."""


@dataclass(frozen=True)
class Operation:
    """One operation of an SP-API as Amazon's model defines it."""

    name: str
    method: str
    path: str
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    required_query: tuple[str, ...] = ()
    body: type[WireModel] | None = None
    response: type[WireModel] | None = None
    state_changing: bool = False
    paginated_by: str | None = None  # the query parameter that takes the next-page token
    body_required: bool = False
    #: reads a parsed page of a paginated operation (:meth:`SpApiTransport.iter_call`)
    page: Callable[[WireModel], Page] | None = None


def operation_table(*tables: Sequence[Operation]) -> dict[str, Operation]:
    """The operations of several API modules by name; a name twice is a :class:`ValueError`."""
    joined: dict[str, Operation] = {}
    for op in (op for table in tables for op in table):
        if op.name in joined:
            raise ValueError(f"two operations are called {op.name!r}: rename one of them")
        joined[op.name] = op
    return joined


class Outcome(Enum):
    """What :meth:`SpApiTransport.request` returns when no answer body stands for the call."""

    RECONCILED = "reconciled"
    """The call got no clear answer, and the re-read shows it took effect."""


RECONCILED: Final = Outcome.RECONCILED


@dataclass(frozen=True)
class Reconcile(Generic[S]):
    """How to tell whether a state-changing call took effect after it got no clear answer.

    ``reread`` fetches the object the call changes (``subject`` names it in messages, e.g.
    ``shipment 123``); ``decide`` says from it: True done, False not done (repeat), None
    unknown; ``status`` is what the messages show of it.
    """

    subject: str
    reread: Callable[[], S]
    decide: Callable[[S], bool | None]
    status: Callable[[S], object]


@dataclass(frozen=True)
class LabelFile:
    """A downloaded label: bytes, the format taken from Content-Type, and that header."""

    format: DocumentFormat | str
    content: bytes
    content_type: str


class _NotSent(Exception):
    """The request certainly did not reach the server (safe to repeat)."""


class _NoAnswer(Exception):
    """The request was (perhaps partly) sent and no complete answer came."""


@dataclass
class Answer:
    """A complete HTTP answer, read within the size cap."""

    status: int
    headers: httpx.Headers
    content: bytes


def param_str(value: object) -> str:
    """A query or path value as the API spells it (enums by value, times as ``...Z``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "iso_z"):
        return str(value.iso_z())
    if isinstance(value, datetime):
        from packstation.domain.timestamps import Timestamp

        return Timestamp.from_datetime(value).iso_z()
    return str(getattr(value, "value", value))


def batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def settings_connection(
    settings: Settings,
    *,
    base_url: str | None = None,
    lwa_url: str | None = None,
    transport: httpx.BaseTransport | None = None,
) -> tuple[str, LwaTokenProvider]:
    """The host and the LWA token provider of the connection the settings describe.

    Host: ``base_url`` if given, else ``settings.spapi_endpoint``, else Amazon's sandbox host
    (``amazon.use_amazon_sandbox``) or production host of ``amazon.region``. Credentials:
    ``PACKSTATION_LWA_CLIENT_ID`` / ``_CLIENT_SECRET`` / ``_REFRESH_TOKEN`` in the environment
    over ``amazon.lwa_client_id`` and the keyring.
    """
    from packstation.config import secrets

    region = str(getattr(settings.amazon.region, "value", settings.amazon.region))
    url = base_url or settings.spapi_endpoint
    if not url:
        if settings.is_sandbox:
            raise AuthError(
                "the sandbox profile talks to the built-in sandbox marketplace: start it and "
                "pass its address, or set spapi_endpoint (PACKSTATION_SPAPI_ENDPOINT)"
            )
        hosts = SANDBOX_HOSTS if settings.amazon.use_amazon_sandbox else HOSTS
        url = hosts[region]
    client_id = os.environ.get(ENV_CLIENT_ID) or settings.amazon.lwa_client_id
    secret = secrets.get_secret(secrets.LWA_CLIENT_SECRET) or ""
    refresh = secrets.get_secret(secrets.LWA_REFRESH_TOKEN) or ""
    if settings.is_sandbox and not (client_id and secret and refresh):
        # The built-in sandbox accepts any credentials; never used against Amazon.
        client_id = client_id or "packstation-sandbox"
        secret = secret or "sandbox-client-secret"
        refresh = refresh or "sandbox-refresh-token"
    provider = LwaTokenProvider(
        LwaCredentials(client_id, secret, refresh),
        endpoint=lwa_url or settings.lwa_endpoint,
        transport=transport,
    )
    return url, provider


class SpApiTransport:
    """The connection to one Selling Partner API host (see the module docstring).

    ``base_url`` is the host (or any server speaking the APIs), ``auth`` a token provider;
    ``operations`` the table :meth:`call` and :meth:`iter_call` look names up in (the API
    modules' tables together). Use as a context manager or call :meth:`close`.
    """

    def __init__(
        self,
        base_url: str,
        auth: TokenProvider,
        *,
        operations: Mapping[str, Operation] | None = None,
        limiter: RateLimiter | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        label_transport: httpx.BaseTransport | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        owns_auth: bool = False,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.operations: Mapping[str, Operation] = dict(operations or {})
        self.limiter: RateLimiter = limiter if limiter is not None else TokenBucketLimiter()
        self.retry = retry if retry is not None else RetryPolicy()
        self.max_response_bytes = max_response_bytes
        self._owns_auth = owns_auth
        headers = {
            "Accept": "application/json",
            "User-Agent": f"packstation/{__version__} (Language=Python)",
        }
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=transport,
            timeout=timeout,
            headers=headers,
            verify=True,
            follow_redirects=False,
        )
        # Presigned document URLs get no access token and no base URL headers.
        self._files = httpx.Client(
            transport=label_transport if label_transport is not None else transport,
            timeout=timeout,
            verify=True,
            follow_redirects=True,
        )
        self.stats = {"requests": 0, "throttled": 0, "retries": 0}
        self._stats_lock = threading.Lock()

    def close(self) -> None:
        self._http.close()
        self._files.close()
        if self._owns_auth and isinstance(self.auth, LwaTokenProvider):
            self.auth.close()

    def __enter__(self) -> SpApiTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ typed calls
    def request(
        self,
        op: Operation,
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, QueryValue] | None = None,
        body: WireModel | None = None,
        reconcile: Reconcile[S] | None = None,
    ) -> Answer | Outcome | None:
        """Send ``op`` with rate limit and retries: its answer (None when the body is empty).

        A state-changing call given ``reconcile`` may return :data:`RECONCILED` instead (see
        the module docstring); without it an ambiguous failure raises
        :class:`AmbiguousResultError`.
        """
        operation = op.name
        url, params = self._build(op, path, query)
        check_query(operation, params)
        payload: bytes | None = None
        if body is not None:
            check_outgoing(body)
            payload = json.dumps(body.to_wire(exclude_none=True), separators=(",", ":")).encode()
        started = self.retry.clock()
        attempt = 0
        reauthorised = False
        while True:
            attempt += 1
            self.limiter.acquire(operation)
            token = self.auth.get_token()
            headers = {"x-amz-access-token": token}
            if payload is not None:
                headers["Content-Type"] = "application/json"
            try:
                self._count("requests")
                answer = self._stream(
                    self._http,
                    op.method,
                    url,
                    params=params,
                    payload=payload,
                    headers=headers,
                    max_bytes=self.max_response_bytes,
                )
            except _NotSent as exc:
                error: EFApiError = NetworkError(
                    f"{operation}: cannot reach {self.base_url} ({exc})", operation=operation
                )
                if not self._wait(attempt, started, operation, error):
                    raise error from exc
                continue
            except _NoAnswer as exc:
                if op.state_changing:
                    if self._after_ambiguity(operation, reconcile, str(exc)):
                        return RECONCILED
                    # The re-read shows the call did not take effect: repeating is safe.
                    if self._wait(attempt, started, operation, None):
                        continue
                    raise AmbiguousResultError(
                        f"{operation}: no answer ({exc}) and the retry budget is spent",
                        operation=operation,
                    ) from exc
                error = NetworkError(f"{operation}: no answer ({exc})", operation=operation)
                if not self._wait(attempt, started, operation, error):
                    raise error from exc
                continue
            self._adopt_rate(operation, answer.headers)
            if 200 <= answer.status < 300:
                return answer if answer.content.strip() else None
            error = self.error(operation, answer)
            if isinstance(error, AuthError) and answer.status in (401, 403) and not reauthorised:
                # An access token that expired mid-run: fetch a new one, once.
                reauthorised = True
                self.auth.invalidate(token)
                continue
            if isinstance(error, ThrottledError):
                self._count("throttled")
                self.limiter.throttled(operation)
            if not error.retryable:
                raise error
            if (
                op.state_changing
                and answer.status not in REFUSED_STATUS
                and not (isinstance(error, ConflictError))
                and self._after_ambiguity(operation, reconcile, str(error))
            ):
                return RECONCILED
            if not self._wait(attempt, started, operation, error):
                raise error

    def request_model(
        self,
        op: Operation,
        model: type[M],
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, QueryValue] | None = None,
        body: WireModel | None = None,
    ) -> M:
        """Send ``op`` and parse its answer as ``model``."""
        return self.parse(op.name, model, self.request(op, path=path, query=query, body=body))

    def parse(self, operation: str, model: type[M], data: Answer | Outcome | None) -> M:
        """The answer of ``operation`` as ``model`` (:class:`MalformedResponseError` if not)."""
        if not isinstance(data, Answer):
            raise MalformedResponseError(
                f"{operation} answered without the body the API defines", operation=operation
            )
        try:
            with _gc_paused():
                # Straight from bytes: pydantic-core's parser skips the dict of dicts.
                return model.model_validate_json(data.content)
        except ValidationError as exc:
            if exc.errors()[0]["type"] == "json_invalid":
                self._json(operation, data)  # raises the "broken JSON / HTML page" error
            raise MalformedResponseError(
                f"{operation} answered JSON that is not a {model.__name__}: "
                f"{exc.error_count()} problem(s), first: {exc.errors()[0]['loc']} "
                f"{exc.errors()[0]['msg']}",
                status=data.status,
                request_id=data.headers.get("x-amzn-requestid"),
                operation=operation,
            ) from exc

    # ------------------------------------------------------------------ calls by name
    def call(
        self,
        operation: str,
        params: Mapping[str, Any] | None = None,
        body: WireModel | Mapping[str, Any] | None = None,
    ) -> WireModel | None:
        """Call ``operation`` by its model name with parameters named as in the model.

        Path and query parameters are told apart by the operation table; ``body`` may be a model
        or JSON (validated against the operation's body model). Returns the parsed response.
        """
        op = self.operations.get(operation)
        if op is None:
            raise InvalidInputError(
                f"unknown operation {operation!r}; known: {', '.join(sorted(self.operations))}"
            )
        params = dict(params or {})
        unknown = set(params) - set(op.path_params) - set(op.query_params)
        if unknown:
            raise InvalidInputError(
                f"{operation} has no parameter(s) {', '.join(sorted(unknown))}; it takes "
                f"{', '.join(op.path_params + op.query_params) or 'none'}",
                operation=operation,
            )
        missing = [p for p in op.path_params + op.required_query if params.get(p) in (None, "")]
        if missing:
            raise InvalidInputError(f"{operation} needs {', '.join(missing)}", operation=operation)
        model_body: WireModel | None = None
        if body is not None:
            if op.body is None:
                raise InvalidInputError(f"{operation} takes no body", operation=operation)
            if isinstance(body, WireModel):
                model_body = body
            else:
                try:
                    model_body = op.body.model_validate(body)
                except ValidationError as exc:
                    raise InvalidInputError(
                        f"the body is not a valid {op.body.__name__}: {exc}", operation=operation
                    ) from exc
        elif op.body_required:
            raise InvalidInputError(f"{operation} needs a body", operation=operation)
        data = self.request(
            op,
            path={k: params[k] for k in op.path_params},
            query={k: params.get(k) for k in op.query_params},
            body=model_body,
        )
        if op.response is None:
            return None
        return self.parse(operation, op.response, data)

    def iter_call(
        self, operation: str, params: Mapping[str, Any] | None = None
    ) -> Iterator[WireModel]:
        """Every item of a paginated ``operation`` (one whose table row reads its pages)."""
        op = self.operations[operation]
        params = dict(params or {})
        if op.paginated_by is None or op.page is None:
            raise InvalidInputError(f"{operation} is not paginated", operation=operation)
        seen: set[str] = set()
        while True:
            page = self.call(operation, params)
            if page is None:  # pragma: no cover - a paginated operation defines its answer
                return
            items, token = op.page(page)
            yield from items
            if not token or token in seen:
                return
            seen.add(token)
            params[op.paginated_by] = token

    # ------------------------------------------------------------------ documents
    def download_label(self, url: str, *, max_bytes: int = MAX_LABEL_BYTES) -> LabelFile:
        """Fetch a label from its presigned URL; the format comes from Content-Type.

        A relative URL is resolved against the API's base URL (the built-in sandbox).
        """
        target = urljoin(self.base_url + "/", url)
        answer = self._exchange_with_retries(
            "downloadLabel",
            lambda: self._stream(
                self._files,
                "GET",
                target,
                params={},
                payload=None,
                headers=None,
                max_bytes=max_bytes,
            ),
        )
        if answer.status != 200:
            raise self.error("downloadLabel", answer)
        content_type = answer.headers.get("content-type", "")
        return LabelFile(label_format(content_type, answer.content), answer.content, content_type)

    # ------------------------------------------------------------------ machinery
    def error(self, operation: str, answer: Answer) -> EFApiError:
        """The exception an unsuccessful answer stands for (see :func:`.errors.error_for`)."""
        return error_for(operation, answer.status, answer.headers, answer.content)

    def _build(
        self,
        op: Operation,
        path: Mapping[str, str] | None,
        query: Mapping[str, QueryValue] | None,
    ) -> tuple[str, dict[str, str]]:
        values = dict(path or {})
        for name in op.path_params:
            if not values.get(name):
                raise InvalidInputError(f"{op.name} needs {name}", operation=op.name)
        url = op.path.format(**{k: quote(str(v), safe="") for k, v in values.items()})
        params = {k: param_str(v) for k, v in (query or {}).items() if v is not None and v != ""}
        return url, params

    def _count(self, key: str) -> None:
        with self._stats_lock:
            self.stats[key] += 1

    def _wait(self, attempt: int, started: float, operation: str, error: EFApiError | None) -> bool:
        delay = self.retry.next_delay(attempt, started)
        if delay is None:
            return False
        self._count("retries")
        log.info(
            "%s: attempt %d failed (%s); retrying in %.2f s",
            operation,
            attempt,
            type(error).__name__ if error else "ambiguous",
            delay,
        )
        self.retry.sleep(delay)
        return True

    def _after_ambiguity(self, operation: str, reconcile: Reconcile[S] | None, why: str) -> bool:
        """Re-read after a state-changing call got no clear answer: True if it took effect.

        False means the call did not take effect (repeating it is safe); an undecidable state
        raises :class:`AmbiguousResultError`.
        """
        if reconcile is None:
            raise AmbiguousResultError(
                f"{operation} was sent and got no clear answer ({why}); it may have taken "
                "effect: re-read the state before repeating it",
                operation=operation,
            )
        subject = reconcile.subject
        try:
            state = reconcile.reread()
        except EFApiError as exc:
            raise AmbiguousResultError(
                f"{operation} was sent and got no clear answer ({why}), and re-reading {subject} "
                f"failed too ({type(exc).__name__}); re-read it before repeating",
                operation=operation,
            ) from exc
        verdict = reconcile.decide(state)
        status = reconcile.status(state)
        log.warning(
            "%s on %s got no clear answer (%s); re-read status %s -> %s",
            operation,
            subject,
            why,
            status,
            {True: "done", False: "repeat", None: "undecided"}[verdict],
        )
        if verdict is None:
            raise AmbiguousResultError(
                f"{operation} on {subject} got no clear answer ({why}) and its "
                f"status is now {status}: decide from that state",
                operation=operation,
                shipment=state,
            )
        return verdict

    def _exchange_with_retries(self, operation: str, send: Callable[[], Answer]) -> Answer:
        started = self.retry.clock()
        attempt = 0
        while True:
            attempt += 1
            try:
                answer = send()
            except (_NotSent, _NoAnswer) as exc:
                error = NetworkError(f"{operation}: {exc}", operation=operation)
                if not self._wait(attempt, started, operation, error):
                    raise error from exc
                continue
            if answer.status in RETRYABLE_STATUS and self._wait(attempt, started, operation, None):
                continue
            return answer

    def _stream(
        self,
        http: httpx.Client,
        method: str,
        url: str,
        *,
        params: Mapping[str, str],
        payload: bytes | None,
        headers: Mapping[str, str] | None,
        max_bytes: int,
    ) -> Answer:
        try:
            # An empty params mapping would wipe the URL's own query (a presigned signature).
            with http.stream(
                method, url, params=params or None, content=payload, headers=headers
            ) as response:
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise ResponseTooLargeError(
                        f"the answer to {method} {url} is {int(declared):,} bytes; the client "
                        f"accepts at most {max_bytes:,}",
                        status=response.status_code,
                        request_id=response.headers.get("x-amzn-requestid"),
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise ResponseTooLargeError(
                            f"the answer to {method} {url} exceeds {max_bytes:,} bytes; "
                            "the client stopped reading",
                            status=response.status_code,
                            request_id=response.headers.get("x-amzn-requestid"),
                        )
                    chunks.append(chunk)
                return Answer(response.status_code, response.headers, b"".join(chunks))
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise _NotSent(f"{type(exc).__name__}: {exc}") from exc
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _NoAnswer(f"{type(exc).__name__}: {exc}") from exc

    def _adopt_rate(self, operation: str, headers: httpx.Headers) -> None:
        value = headers.get("x-amzn-ratelimit-limit")
        if not value:
            return
        try:
            rate = float(value)
        except ValueError:
            return
        self.limiter.update_rate(operation, rate)

    def _json(self, operation: str, answer: Answer) -> Any:
        content_type = answer.headers.get("content-type", "")
        request_id = answer.headers.get("x-amzn-requestid")
        try:
            return json.loads(answer.content)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            hint = (
                "an HTML page, probably from a proxy or captive portal"
                if "html" in content_type.lower() or answer.content.lstrip()[:1] == b"<"
                else "broken or truncated JSON"
            )
            raise MalformedResponseError(
                f"{operation} answered HTTP {answer.status} with {hint} "
                f"({len(answer.content)} bytes, Content-Type {content_type or 'none'})",
                status=answer.status,
                request_id=request_id,
                operation=operation,
            ) from exc


_gc_lock = threading.Lock()
_gc_holders = 0
_gc_state = {"resume": False}


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a page of models is built.

    A page of 100 shipments allocates tens of thousands of objects; in a process with a large
    heap each allocation burst triggers full collections that cost 3 to 5 times the validation
    itself. Reference counting still frees everything; the collector resumes right after.
    """
    global _gc_holders  # noqa: PLW0603 - one counter shared by every client and thread
    with _gc_lock:
        _gc_holders += 1
        if _gc_holders == 1:
            was_enabled = gc.isenabled()
            gc.disable()
            _gc_state["resume"] = was_enabled
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holders -= 1
            if _gc_holders == 0 and _gc_state["resume"]:
                gc.enable()


_SNIFF = ((b"%PDF", DocumentFormat.PDF), (b"\x89PNG", DocumentFormat.PNG))


def label_format(content_type: str, content: bytes = b"") -> DocumentFormat | str:
    """The label's format from its Content-Type (sniffing the bytes only for generic types)."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "application/pdf":
        return DocumentFormat.PDF
    if kind == "image/png":
        return DocumentFormat.PNG
    if "zpl" in kind:
        return DocumentFormat.ZPL
    head = content[:512].lstrip()
    for magic, fmt in _SNIFF:
        if head.startswith(magic):
            return fmt
    if kind in ("text/plain", "application/octet-stream", "") and b"^XA" in head:
        return DocumentFormat.ZPL
    if kind.startswith("text/"):
        return DocumentFormat.PLAIN_TEXT
    return kind or "UNKNOWN"


__all__ = [
    "DEFAULT_TIMEOUT",
    "ENV_CLIENT_ID",
    "HOSTS",
    "MAX_LABEL_BYTES",
    "MAX_RESPONSE_BYTES",
    "RECONCILED",
    "SANDBOX_HOSTS",
    "Answer",
    "LabelFile",
    "Operation",
    "Outcome",
    "Page",
    "QueryValue",
    "Reconcile",
    "SpApiTransport",
    "TimeParam",
    "batches",
    "label_format",
    "operation_table",
    "param_str",
    "settings_connection",
]
