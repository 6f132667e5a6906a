"""The sandbox marketplace's HTTP server: one Starlette app around a :class:`MarketplaceState`.

The server owns what every API shares: the routing table, the access-token check, rate limits
(Amazon's usage plans), injected faults, persistence after state-changing calls, and the admin
endpoints (``/_sandbox``). Each API lives in a module of :mod:`packstation.sandbox.apis` whose
class registers its routes here in its constructor (:data:`APIS`, in routing order):

* :class:`~.apis.lwa.LwaApi`: ``POST /auth/o2/token``
* :class:`~.apis.ef_shipments.ShipmentsApi`: EF shipments and the label files
* :class:`~.apis.ef_inventory.InventoryApi`: EF batchInventory
* :class:`~.apis.ef_returns.ReturnsApi`: EF returns

An EF-style operation registers with :meth:`SandboxApp.add_operation` (token, rate limit, faults,
error envelope, ``changes=True`` when a 2xx answer changed the marketplace); anything else with
:meth:`SandboxApp.add_route`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import uuid
from collections.abc import Callable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from packstation.sandbox import data
from packstation.sandbox.apis.ef_inventory import INVENTORY, InventoryApi
from packstation.sandbox.apis.ef_returns import (
    RETURNS,
    STATIC_INVALID_RETURN_IDS,
    STATIC_RETURN_ERRORS,
    ReturnsApi,
)
from packstation.sandbox.apis.ef_shipments import LABELS, SHIPMENTS, ShipmentsApi
from packstation.sandbox.apis.lwa import LWA_PATH, Credentials, LwaApi
from packstation.sandbox.faults import Faults, FaultsError, RateLimiter
from packstation.sandbox.http import MAX_BODY, Handler, error_response, read_body
from packstation.sandbox.http import json_response as _json
from packstation.sandbox.marketplace import MarketplaceState, SandboxError

__all__ = [
    "ADMIN",
    "APIS",
    "INVENTORY",
    "LABELS",
    "LWA_PATH",
    "MAX_BODY",
    "RETURNS",
    "SHIPMENTS",
    "STATIC_INVALID_RETURN_IDS",
    "STATIC_RETURN_ERRORS",
    "Credentials",
    "SandboxApp",
]

log = logging.getLogger(__name__)

ADMIN = "/_sandbox"

#: The APIs this server speaks, in routing order; each registers its routes when constructed.
APIS: tuple[Callable[[SandboxApp], object], ...] = (LwaApi, ShipmentsApi, InventoryApi, ReturnsApi)


def _internal_failure(headers: dict[str, str] | None = None) -> Response:
    return error_response(
        500, "InternalFailure", "Internal failure occurred, contact Amazon support", headers
    )


def _unavailable(headers: dict[str, str]) -> Response:
    return error_response(
        503, "ServiceUnavailable", "Temporary failure occurred, retry operation", headers
    )


def _quota_exceeded(headers: dict[str, str]) -> Response:
    return error_response(
        429, "QuotaExceeded", "You exceeded your quota for the requested resource.", headers
    )


class _ResetResponse(Response):
    """Starts a response, sends part of the body, then drops the connection."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"shipm', "more_body": True})
        raise ConnectionResetError("sandbox fault: connection reset")


class SandboxApp:
    """Builds the Starlette app around a marketplace state, faults and rate limits."""

    def __init__(
        self,
        state: MarketplaceState,
        *,
        rate_limits: bool = True,
        faults: Faults | None = None,
        pinned_credentials: Any = None,
        batch_limit: int = 10,
    ) -> None:
        if not 1 <= batch_limit <= 10:
            raise ValueError("batch_limit must be 1..10 (the model allows 10 requests per batch)")
        state.batch_limit = batch_limit
        self.state = state
        self.rate_limits = rate_limits
        self.limiter = RateLimiter()
        self.faults = faults or Faults()
        self.credentials = Credentials(pinned_credentials)
        self.rng = random.Random(f"faults:{state.seed}")
        self.closing: asyncio.Event | None = None
        self.request_count = 0
        #: Called after every state-changing call, before its answer is sent (persistence).
        self.on_change: Callable[[], None] | None = None
        #: Where the state is kept (shown by /_sandbox/state); None when it lives in memory only.
        self.state_file_info: dict[str, Any] | None = None
        #: The routing table, in matching order: the APIs', then the admin endpoints.
        self.routes: list[Route] = []
        #: operationId -> whether a 2xx answer means the marketplace changed
        self.operations: dict[str, bool] = {}
        self.apis = [api(self) for api in APIS]
        self._add_admin_routes()
        self.app = Starlette(routes=self.routes)

    # ------------------------------------------------------------ registration

    def add_route(self, path: str, endpoint: Handler, *, methods: list[str]) -> None:
        """A route outside the EF envelope (no token, no rate limit, no faults)."""
        self.routes.append(Route(path, endpoint, methods=methods))

    def add_operation(
        self, operation: str, path: str, method: str, handler: Handler, *, changes: bool = False
    ) -> None:
        """An EF-style operation: access token, rate limit and faults first; a
        :class:`SandboxError` it raises becomes Amazon's error JSON; ``changes``: a 2xx answer
        changed the marketplace (written to the state file before it is sent)."""
        if operation in self.operations:
            raise ValueError(f"operation {operation} is registered twice")
        self.operations[operation] = changes
        self.routes.append(Route(path, self._api(operation, handler, changes), methods=[method]))

    def changed(self) -> None:
        """The marketplace changed: tell the state file (called before the answer leaves)."""
        if self.on_change is not None:
            self.on_change()

    # ------------------------------------------------------------ the EF envelope

    def _api(self, operation: str, handler: Handler, changes: bool) -> Handler:
        async def endpoint(request: Request) -> Response:
            self.request_count += 1
            request_id = str(uuid.uuid4())
            headers = {"x-amzn-RequestId": request_id}
            delay = self.faults.latency(operation, self.rng)
            if delay:
                await self._wait(delay)
            try:
                self.state.check_token(request.headers.get("x-amz-access-token"))
            except SandboxError as exc:
                return _json(exc.body(), exc.status, headers)
            if self.rate_limits and not self.limiter.allow(operation):
                return _quota_exceeded(headers)
            fault = self.faults.pick(operation, self.rng)
            if fault is not None:
                injected = await self._inject(fault, operation, headers)
                if injected is not None:
                    return injected
            try:
                response = await handler(request)
                if changes and response.status_code < 300:
                    self.changed()
            except SandboxError as exc:
                response = _json(exc.body(), exc.status)
            except Exception:
                log.exception("sandbox: %s failed", operation)
                response = _internal_failure()
            response.headers.update(headers)
            if response.status_code < 500 and self.rate_limits:
                response.headers["x-amzn-RateLimit-Limit"] = self.limiter.header(operation)
            if fault == "malformed" and response.status_code < 300:
                body = bytes(response.body)
                cut = body[: max(1, len(body) // 2)] if body else b'{"errors":['
                return Response(
                    cut,
                    status_code=200 if response.status_code == 204 else response.status_code,
                    media_type="application/json",
                    headers=headers,
                )
            return response

        endpoint.__name__ = operation
        return endpoint

    async def _wait(self, seconds: float) -> None:
        if self.closing is None:
            await asyncio.sleep(seconds)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.closing.wait(), seconds)

    async def _inject(self, fault: str, operation: str, headers: dict[str, str]) -> Response | None:
        if fault == "500":
            return _internal_failure(headers)
        if fault == "503":
            return _unavailable(headers)
        if fault == "429":
            return _quota_exceeded(headers)
        if fault == "timeout":
            await self._wait(self.faults.timeout_s)
            return _unavailable(headers)
        if fault == "reset":
            log.info("sandbox: dropping the connection of a %s call (fault)", operation)
            return _ResetResponse()
        return None  # malformed: applied to the real answer

    # ------------------------------------------------------------ admin

    def _add_admin_routes(self) -> None:
        add = self.add_route
        add(ADMIN + "/state", self.admin_state, methods=["GET"])
        add(ADMIN + "/reset", self.admin_reset, methods=["POST"])
        add(ADMIN + "/clock", self.admin_clock, methods=["GET", "POST"])
        add(ADMIN + "/faults", self.admin_faults, methods=["GET", "PUT", "PATCH", "DELETE"])
        add(ADMIN + "/shipments", self.admin_add_shipments, methods=["POST"])
        add(ADMIN + "/returns", self.admin_add_returns, methods=["POST"])
        add(ADMIN + "/shipments/{shipmentId}/cancel", self.admin_cancel, methods=["POST"])
        add(ADMIN + "/labels/fail", self.admin_fail_labels, methods=["POST", "DELETE"])
        add(ADMIN + "/labels/expire", self.admin_expire_labels, methods=["POST"])
        add(ADMIN + "/tokens/expire", self.admin_expire_tokens, methods=["POST"])
        add(ADMIN + "/imeis", self.admin_imeis, methods=["GET"])

    def _admin(self, fn: Callable[[], Any], status: int = 200, *, changes: bool = True) -> Response:
        try:
            answer = fn()
            if changes:
                self.changed()
            return _json(answer, status)
        except SandboxError as exc:
            return _json(exc.body(), exc.status)
        except (FaultsError, ValueError, TypeError, KeyError) as exc:
            return _json({"errors": [{"code": "InvalidInput", "message": str(exc)}]}, 400)

    async def admin_state(self, request: Request) -> Response:
        full = request.query_params.get("full") in ("1", "true", "yes")
        return self._admin(
            lambda: {
                **self.state.dump(full=full),
                "faults": self.faults.to_json(),
                "failingLabelPackages": sorted(self.state.failing_label_packages),
                "rateLimits": self.rate_limits,
                "requests": self.request_count,
                "stateFile": self.state_file_info,
            },
            changes=False,
        )

    async def admin_reset(self, request: Request) -> Response:
        body = await read_body(request) or {}

        def run() -> Any:
            self.state.reset(seed=body.get("seed"), shipments=body.get("shipments"))
            self.faults = Faults()
            self.limiter.reset()
            return {"seed": self.state.seed, "shipments": len(self.state.records)}

        return self._admin(run)

    async def admin_clock(self, request: Request) -> Response:
        body = await read_body(request) or {} if request.method == "POST" else {}

        def run() -> Any:
            if request.method == "POST":
                seconds = float(body.get("seconds", 0))
                if seconds < 0:
                    raise ValueError("the clock only moves forward: seconds must be >= 0")
                self.state.advance(seconds)
            return {"now": data.iso(self.state.now()), "offsetSeconds": self.state.clock.offset}

        return self._admin(run, changes=request.method == "POST")

    async def admin_faults(self, request: Request) -> Response:
        body = await read_body(request) if request.method in ("PUT", "PATCH") else None

        def run() -> Any:
            if request.method == "PUT":
                self.faults = Faults.from_json(body)
            elif request.method == "PATCH":
                self.faults.merge(Faults.from_json(body))
            elif request.method == "DELETE":
                self.faults = Faults()
            return self.faults.to_json()

        return self._admin(run, changes=False)

    async def admin_add_shipments(self, request: Request) -> Response:
        body = await read_body(request, required=True)

        def run() -> Any:
            docs = body["shipments"] if isinstance(body, dict) and "shipments" in body else [body]
            return {"shipments": [self.state.add_shipment_json(doc) for doc in docs]}

        return self._admin(run, 201)

    async def admin_add_returns(self, request: Request) -> Response:
        body = await read_body(request, required=True)

        def run() -> Any:
            docs = body["returns"] if isinstance(body, dict) and "returns" in body else [body]
            return {"returns": [self.state.add_return_json(doc) for doc in docs]}

        return self._admin(run, 201)

    async def admin_cancel(self, request: Request) -> Response:
        body = await read_body(request) or {}
        return self._admin(
            lambda: self.state.cancel_shipment(
                request.path_params["shipmentId"],
                reason=str(body.get("reason", "CUSTOMER_CANCELLED")),
                kind=str(body.get("cancellationType", "MARKETPLACE_CANCELLED")),
            )
        )

    async def admin_fail_labels(self, request: Request) -> Response:
        body = await read_body(request) or {}

        def run() -> Any:
            ids = body.get("packageIds", [])
            if request.method == "DELETE":
                if ids:
                    self.state.failing_label_packages.difference_update(ids)
                else:
                    self.state.failing_label_packages.clear()
            else:
                self.state.failing_label_packages.update(str(i) for i in ids)
            return {"failingLabelPackages": sorted(self.state.failing_label_packages)}

        return self._admin(run)

    async def admin_expire_labels(self, request: Request) -> Response:
        body = await read_body(request) or {}
        return self._admin(
            lambda: {"expired": self.state.expire_label_urls(body.get("shipmentId"))}
        )

    async def admin_expire_tokens(self, request: Request) -> Response:
        def run() -> Any:
            self.state.expire_tokens()
            return {"expired": len(self.state.tokens)}

        return self._admin(run)

    async def admin_imeis(self, request: Request) -> Response:
        sku = request.query_params.get("sku", "")
        count = int(request.query_params.get("count", "1") or 1)
        return self._admin(
            lambda: {"sku": sku, "imeis": self.state.sample_imeis(sku, max(1, min(count, 100)))},
            changes=False,
        )
