"""The Starlette application of the sandbox marketplace (see :mod:`packstation.sandbox`)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import json
import logging
import random
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from packstation.sandbox import data
from packstation.sandbox.faults import Faults, FaultsError, RateLimiter
from packstation.sandbox.marketplace import (
    RETURN_STATUSES,
    SHIPMENT_STATUSES,
    MarketplaceState,
    SandboxError,
    check_id,
    invalid,
)

log = logging.getLogger(__name__)

SHIPMENTS = "/externalFulfillment/2024-09-11/shipments"
INVENTORY = "/externalFulfillment/inventory/2024-09-11/inventories"
RETURNS = "/externalFulfillment/2024-09-11/returns"
LWA_PATH = "/auth/o2/token"
ADMIN = "/_sandbox"
LABELS = "/labels"
MAX_BODY = 1_000_000
#: Operations that change the marketplace (retrieveShippingOptions moves the status too).
MUTATING = frozenset(
    {
        "processShipment",
        "createPackages",
        "updatePackage",
        "updatePackageStatus",
        "retrieveShippingOptions",
        "generateInvoice",
        "generateShipLabels",
        "batchInventory",
    }
)


#: The official static sandbox's magic rmaIds of listReturns (the Returns model's
#: ``x-amzn-api-sandbox`` cases): the status and error each one answers.
STATIC_RETURN_ERRORS: dict[str, tuple[int, str, str]] = {
    "rmaIdTest403": (403, "Forbidden", "Request is forbidden"),
    "rmaIdTest409": (409, "DuplicateRequest", "Duplicate request found for 'rmaId' '{rma}'"),
    "rmaIdTest429": (
        429,
        "RateLimited",
        "Temporary failure occurred, retry operation after some time.",
    ),
    "rmaIdTest500": (500, "InternalFailure", "Internal failure occurred, contact Amazon support"),
    "rmaIdTest503": (503, "ServiceUnavailable", "Temporary failure occurred, retry operation"),
}
#: getReturn's magic malformed id in the same cases (400 InvalidInput).
STATIC_INVALID_RETURN_IDS = frozenset({"rmaIdInvalid"})


def _json(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(
        raw, status_code=status, media_type="application/json", headers=dict(headers or {})
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
        self.signing_key = hashlib.sha256(f"sandbox-labels:{state.seed}".encode()).digest()
        self.closing: asyncio.Event | None = None
        self.request_count = 0
        #: Called after every state-changing call, before its answer is sent (persistence).
        self.on_change: Callable[[], None] | None = None
        #: Where the state is kept (shown by /_sandbox/state); None when it lives in memory only.
        self.state_file_info: dict[str, Any] | None = None
        self.app = Starlette(routes=self._routes())

    # ------------------------------------------------------------ plumbing

    def _routes(self) -> list[Route]:
        api = self._api
        return [
            Route(LWA_PATH, self.lwa_token, methods=["POST"]),
            Route(SHIPMENTS, api("getShipments", self.get_shipments), methods=["GET"]),
            Route(
                SHIPMENTS + "/{shipmentId}", api("getShipment", self.get_shipment), methods=["GET"]
            ),
            Route(
                SHIPMENTS + "/{shipmentId}",
                api("processShipment", self.process_shipment),
                methods=["POST"],
            ),
            Route(
                SHIPMENTS + "/{shipmentId}/packages",
                api("createPackages", self.create_packages),
                methods=["POST"],
            ),
            Route(
                SHIPMENTS + "/{shipmentId}/packages/{packageId}",
                api("updatePackage", self.update_package),
                methods=["PUT"],
            ),
            Route(
                SHIPMENTS + "/{shipmentId}/packages/{packageId}",
                api("updatePackageStatus", self.update_package_status),
                methods=["PATCH"],
            ),
            Route(
                SHIPMENTS + "/{shipmentId}/shippingOptions",
                api("retrieveShippingOptions", self.shipping_options),
                methods=["GET"],
            ),
            Route(
                SHIPMENTS + "/{shipmentId}/invoice",
                api("generateInvoice", self.generate_invoice),
                methods=["POST"],
            ),
            Route(
                SHIPMENTS + "/{shipmentId}/invoice",
                api("retrieveInvoice", self.retrieve_invoice),
                methods=["GET"],
            ),
            Route(
                SHIPMENTS + "/{shipmentId}/shipLabels",
                api("generateShipLabels", self.generate_labels),
                methods=["PUT"],
            ),
            Route(INVENTORY, api("batchInventory", self.batch_inventory), methods=["POST"]),
            Route(RETURNS, api("listReturns", self.list_returns), methods=["GET"]),
            Route(RETURNS + "/{returnId}", api("getReturn", self.get_return), methods=["GET"]),
            Route(LABELS + "/{token}", self.label_file, methods=["GET"]),
            Route(ADMIN + "/state", self.admin_state, methods=["GET"]),
            Route(ADMIN + "/reset", self.admin_reset, methods=["POST"]),
            Route(ADMIN + "/clock", self.admin_clock, methods=["GET", "POST"]),
            Route(ADMIN + "/faults", self.admin_faults, methods=["GET", "PUT", "PATCH", "DELETE"]),
            Route(ADMIN + "/shipments", self.admin_add_shipments, methods=["POST"]),
            Route(ADMIN + "/returns", self.admin_add_returns, methods=["POST"]),
            Route(ADMIN + "/shipments/{shipmentId}/cancel", self.admin_cancel, methods=["POST"]),
            Route(ADMIN + "/labels/fail", self.admin_fail_labels, methods=["POST", "DELETE"]),
            Route(ADMIN + "/labels/expire", self.admin_expire_labels, methods=["POST"]),
            Route(ADMIN + "/tokens/expire", self.admin_expire_tokens, methods=["POST"]),
            Route(ADMIN + "/imeis", self.admin_imeis, methods=["GET"]),
        ]

    def _api(
        self, operation: str, handler: Callable[[Request], Awaitable[Response]]
    ) -> Callable[[Request], Awaitable[Response]]:
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
                return _json(
                    {
                        "errors": [
                            {
                                "code": "QuotaExceeded",
                                "message": "You exceeded your quota for the requested resource.",
                            }
                        ]
                    },
                    429,
                    headers,
                )
            fault = self.faults.pick(operation, self.rng)
            if fault is not None:
                injected = await self._inject(fault, operation, headers)
                if injected is not None:
                    return injected
            try:
                response = await handler(request)
                if operation in MUTATING and response.status_code < 300:
                    self._changed()
            except SandboxError as exc:
                response = _json(exc.body(), exc.status)
            except Exception:
                log.exception("sandbox: %s failed", operation)
                response = _json(
                    {
                        "errors": [
                            {
                                "code": "InternalFailure",
                                "message": "Internal failure occurred, contact Amazon support",
                            }
                        ]
                    },
                    500,
                )
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

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    async def _wait(self, seconds: float) -> None:
        if self.closing is None:
            await asyncio.sleep(seconds)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.closing.wait(), seconds)

    async def _inject(self, fault: str, operation: str, headers: dict[str, str]) -> Response | None:
        if fault == "500":
            return _json(
                {
                    "errors": [
                        {
                            "code": "InternalFailure",
                            "message": "Internal failure occurred, contact Amazon support",
                        }
                    ]
                },
                500,
                headers,
            )
        if fault == "503":
            return _json(
                {
                    "errors": [
                        {
                            "code": "ServiceUnavailable",
                            "message": "Temporary failure occurred, retry operation",
                        }
                    ]
                },
                503,
                headers,
            )
        if fault == "429":
            return _json(
                {
                    "errors": [
                        {
                            "code": "QuotaExceeded",
                            "message": "You exceeded your quota for the requested resource.",
                        }
                    ]
                },
                429,
                headers,
            )
        if fault == "timeout":
            await self._wait(self.faults.timeout_s)
            return _json(
                {
                    "errors": [
                        {
                            "code": "ServiceUnavailable",
                            "message": "Temporary failure occurred, retry operation",
                        }
                    ]
                },
                503,
                headers,
            )
        if fault == "reset":
            log.info("sandbox: dropping the connection of a %s call (fault)", operation)
            return _ResetResponse()
        return None  # malformed: applied to the real answer

    @staticmethod
    async def _body(request: Request, required: bool = False) -> Any:
        raw = await request.body()
        if len(raw) > MAX_BODY:
            raise SandboxError(
                413, "RequestTooLarge", "The request size exceeded the maximum accepted size."
            )
        if not raw.strip():
            if required:
                raise invalid("A JSON body is required.")
            return None
        ctype = (
            request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        )
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

    # ------------------------------------------------------------ LWA

    async def lwa_token(self, request: Request) -> Response:
        raw = (await request.body()).decode("utf-8", "replace")
        form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}

        def error(status: int, code: str, description: str) -> Response:
            return _json({"error": code, "error_description": description}, status)

        ctype = request.headers.get("content-type", "")
        if not ctype.startswith("application/x-www-form-urlencoded"):
            return error(
                400,
                "invalid_request",
                "The request must be form-encoded (application/x-www-form-urlencoded).",
            )
        grant = form.get("grant_type")
        if grant != "refresh_token":
            return error(
                400, "unsupported_grant_type", f"grant_type must be refresh_token, not {grant!r}."
            )
        for name in ("client_id", "client_secret", "refresh_token"):
            if not form.get(name):
                return error(
                    400,
                    "invalid_request",
                    f"The request is missing the required parameter: {name}.",
                )
        pinned = self.credentials.pinned
        if pinned is not None:
            if form["client_id"] != pinned[0] or not hmac.compare_digest(
                form["client_secret"], pinned[1]
            ):
                return error(401, "invalid_client", "Client authentication failed")
            if not hmac.compare_digest(form["refresh_token"], pinned[2]):
                return error(
                    400,
                    "invalid_grant",
                    "The request has an invalid grant parameter : refresh_token",
                )
        token, ttl = self.state.issue_token()
        self._changed()
        log.debug("sandbox: issued access token %s", _token_hint(token))
        return _json(
            {
                "access_token": token,
                "refresh_token": form["refresh_token"],
                "token_type": "bearer",
                "expires_in": ttl,
            }
        )

    # ------------------------------------------------------------ shipments

    def _page_token(self, payload: dict[str, Any]) -> str:
        raw = json.dumps(payload, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @staticmethod
    def _read_token(token: str) -> dict[str, Any]:
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

    @staticmethod
    def _max_results(value: str | None, default: int = 10) -> int:
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

    @staticmethod
    def _date(name: str, value: str | None) -> float | None:
        if value is None:
            return None
        try:
            return data.parse_iso(value)
        except ValueError as exc:
            raise invalid(
                f"{name} value is an not a valid ISO date/time object.", f"Got '{value}'."
            ) from exc

    def _empty_page(self, kind: str, offset: int) -> bool:
        digest = hashlib.sha256(f"{self.state.seed}:{kind}:{offset}".encode()).digest()
        return offset > 0 and digest[0] % 10 == 0

    async def get_shipments(self, request: Request) -> Response:
        q = request.query_params
        status = q.get("status")
        if status is None:
            raise invalid(
                "Missing required parameter 'status'.",
                f"status must be one of {', '.join(SHIPMENT_STATUSES)}.",
            )
        if status not in SHIPMENT_STATUSES:
            raise invalid(f"Invalid input '{status}' for parameter 'status'")
        limit = self._max_results(q.get("maxResults"))
        filters = {
            "status": status,
            "location_id": q.get("locationId"),
            "marketplace_id": q.get("marketplaceId"),
            "channel_name": q.get("channelName"),
            "updated_after": self._date("lastUpdatedAfter", q.get("lastUpdatedAfter")),
            "updated_before": self._date("lastUpdatedBefore", q.get("lastUpdatedBefore")),
        }
        key = hashlib.sha256(json.dumps(filters, sort_keys=True).encode()).hexdigest()[:12]
        offset, emptied = 0, False
        if q.get("paginationToken"):
            token = self._read_token(q["paginationToken"])
            if token.get("k") != key:
                raise invalid(
                    "The paginationToken does not belong to these filters.",
                    "Repeat the same filters with the token.",
                )
            offset, emptied = token["o"], bool(token.get("e"))
        if not emptied and self._empty_page(key, offset):
            return _json(
                {
                    "shipments": [],
                    "pagination": {"nextToken": self._page_token({"k": key, "o": offset, "e": 1})},
                }
            )
        with self.state.lock:
            self.state.tick()
            matches = self.state.find_shipments(**filters)  # type: ignore[arg-type]
            page: list[dict[str, Any]] = []
            more = False
            for n, rec in enumerate(matches):
                if n < offset:
                    continue
                if len(page) == limit:
                    more = True
                    break
                page.append(self.state.shipment_json(rec))
        body: dict[str, Any] = {"shipments": page}
        if more:
            body["pagination"] = {"nextToken": self._page_token({"k": key, "o": offset + limit})}
        return _json(body)

    async def get_shipment(self, request: Request) -> Response:
        return _json(self.state.get_shipment(request.path_params["shipmentId"]))

    async def process_shipment(self, request: Request) -> Response:
        body = await self._body(request)
        self.state.process_shipment(
            request.path_params["shipmentId"], request.query_params.get("operation"), body
        )
        return Response(status_code=204)

    async def create_packages(self, request: Request) -> Response:
        body = await self._body(request, required=True)
        self.state.create_packages(request.path_params["shipmentId"], body)
        return Response(status_code=204)

    async def update_package(self, request: Request) -> Response:
        body = await self._body(request, required=True)
        self.state.update_package(
            request.path_params["shipmentId"], request.path_params["packageId"], body
        )
        return Response(status_code=204)

    async def update_package_status(self, request: Request) -> Response:
        body = await self._body(request)
        self.state.update_package_status(
            request.path_params["shipmentId"],
            request.path_params["packageId"],
            request.query_params.get("status"),
            body,
        )
        return Response(status_code=204)

    async def shipping_options(self, request: Request) -> Response:
        return _json(
            self.state.shipping_options(
                request.path_params["shipmentId"], request.query_params.get("packageId")
            )
        )

    async def generate_invoice(self, request: Request) -> Response:
        return _json(self.state.generate_invoice(request.path_params["shipmentId"]))

    async def retrieve_invoice(self, request: Request) -> Response:
        return _json(self.state.retrieve_invoice(request.path_params["shipmentId"]))

    def label_url(self, request: Request, token: str) -> str:
        stamp = datetime.fromtimestamp(self.state.now(), UTC).strftime("%Y%m%dT%H%M%SZ")
        signature = hmac.new(self.signing_key, token.encode(), hashlib.sha256).hexdigest()
        base = str(request.base_url).rstrip("/")
        return (
            f"{base}{LABELS}/{token}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={stamp}"
            f"&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature={signature}"
        )

    async def generate_labels(self, request: Request) -> Response:
        body = await self._body(request)
        q = request.query_params
        labels = self.state.generate_labels(
            request.path_params["shipmentId"], q.get("operation"), q.get("shippingOptionId"), body
        )
        for entry in labels:
            if "fileData" in entry:
                entry["fileData"] = {"url": self.label_url(request, entry["fileData"]["url"])}
        return _json({"packageShipLabelList": labels})

    async def label_file(self, request: Request) -> Response:
        token = request.path_params["token"]
        expected = hmac.new(self.signing_key, token.encode(), hashlib.sha256).hexdigest()

        def s3_error(status: int, code: str, message: str) -> Response:
            xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>'
            return Response(xml, status_code=status, media_type="application/xml")

        if not hmac.compare_digest(request.query_params.get("X-Amz-Signature", ""), expected):
            return s3_error(
                403,
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.",
            )
        try:
            media_type, content = self.state.label_file(token)
        except SandboxError as exc:
            return s3_error(exc.status, exc.code, exc.message)
        return Response(content, media_type=media_type)

    # ------------------------------------------------------------ inventory and returns

    async def batch_inventory(self, request: Request) -> Response:
        body = await self._body(request, required=True)
        return _json({"responses": self.state.batch_inventory(body)}, 207)

    async def list_returns(self, request: Request) -> Response:
        q = request.query_params
        magic = STATIC_RETURN_ERRORS.get(q.get("rmaId", ""))
        if magic is not None:
            status, code, message = magic
            return _json(
                {"errors": [{"code": code, "message": message.format(rma=q["rmaId"])}]}, status
            )
        filters: dict[str, Any] = {
            k: q[k]
            for k in ("returnLocationId", "rmaId", "status", "reverseTrackingId")
            if q.get(k)
        }
        if filters.get("status") and filters["status"] not in RETURN_STATUSES:
            raise invalid(f"Invalid input '{filters['status']}' for parameter 'status'")
        for param, key in (
            ("createdSince", "createdSince"),
            ("createdUntil", "createdUntil"),
            ("lastUpdatedSince", "updatedAfter"),
            ("lastUpdatedAfter", "updatedAfter"),
            ("lastUpdatedUntil", "updatedBefore"),
            ("lastUpdatedBefore", "updatedBefore"),
        ):
            value = self._date(param[0].upper() + param[1:], q.get(param))
            if value is not None:
                filters[key] = value
        limit = self._max_results(q.get("maxResults"))
        key = hashlib.sha256(json.dumps(filters, sort_keys=True).encode()).hexdigest()[:12]
        offset, emptied = 0, False
        if q.get("nextToken"):
            token = self._read_token(q["nextToken"])
            if token.get("k") != key:
                raise invalid("The nextToken does not belong to these filters.")
            offset, emptied = token["o"], bool(token.get("e"))
        if not emptied and self._empty_page("r" + key, offset):
            return _json(
                {"returns": [], "nextToken": self._page_token({"k": key, "o": offset, "e": 1})}
            )
        found = self.state.list_returns(filters)
        body: dict[str, Any] = {"returns": found[offset : offset + limit]}
        if len(found) > offset + limit:
            body["nextToken"] = self._page_token({"k": key, "o": offset + limit})
        return _json(body)

    async def get_return(self, request: Request) -> Response:
        return_id = request.path_params["returnId"]
        if return_id in STATIC_INVALID_RETURN_IDS:
            raise invalid(f"Invalid input '{return_id}' for parameter 'returnId'")
        check_id("returnId", return_id)
        return _json(self.state.get_return(return_id))

    # ------------------------------------------------------------ admin

    async def _admin_body(self, request: Request) -> Any:
        try:
            return await self._body(request)
        except SandboxError as exc:
            raise exc

    def _admin(self, fn: Callable[[], Any], status: int = 200, *, changes: bool = True) -> Response:
        try:
            answer = fn()
            if changes:
                self._changed()
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
        body = await self._body(request) or {}

        def run() -> Any:
            self.state.reset(seed=body.get("seed"), shipments=body.get("shipments"))
            self.faults = Faults()
            self.limiter.reset()
            return {"seed": self.state.seed, "shipments": len(self.state.records)}

        return self._admin(run)

    async def admin_clock(self, request: Request) -> Response:
        body = await self._body(request) or {} if request.method == "POST" else {}

        def run() -> Any:
            if request.method == "POST":
                seconds = float(body.get("seconds", 0))
                if seconds < 0:
                    raise ValueError("the clock only moves forward: seconds must be >= 0")
                self.state.advance(seconds)
            return {"now": data.iso(self.state.now()), "offsetSeconds": self.state.clock.offset}

        return self._admin(run, changes=request.method == "POST")

    async def admin_faults(self, request: Request) -> Response:
        body = await self._body(request) if request.method in ("PUT", "PATCH") else None

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
        body = await self._body(request, required=True)

        def run() -> Any:
            docs = body["shipments"] if isinstance(body, dict) and "shipments" in body else [body]
            return {"shipments": [self.state.add_shipment_json(doc) for doc in docs]}

        return self._admin(run, 201)

    async def admin_add_returns(self, request: Request) -> Response:
        body = await self._body(request, required=True)

        def run() -> Any:
            docs = body["returns"] if isinstance(body, dict) and "returns" in body else [body]
            return {"returns": [self.state.add_return_json(doc) for doc in docs]}

        return self._admin(run, 201)

    async def admin_cancel(self, request: Request) -> Response:
        body = await self._body(request) or {}
        return self._admin(
            lambda: self.state.cancel_shipment(
                request.path_params["shipmentId"],
                reason=str(body.get("reason", "CUSTOMER_CANCELLED")),
                kind=str(body.get("cancellationType", "MARKETPLACE_CANCELLED")),
            )
        )

    async def admin_fail_labels(self, request: Request) -> Response:
        body = await self._body(request) or {}

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
        body = await self._body(request) or {}
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
