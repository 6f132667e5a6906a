"""External Fulfillment returns: ``GET .../returns`` (listReturns), ``GET .../returns/{returnId}``.

The official static sandbox's magic ids answer as Amazon's do (the Returns model's
``x-amzn-api-sandbox`` cases).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from packstation.sandbox.http import (
    empty_page,
    filters_key,
    json_response,
    max_results,
    page_token,
    parse_date,
    read_page_token,
)
from packstation.sandbox.state.errors import check_id, invalid
from packstation.sandbox.state.returns import RETURN_STATUSES

if TYPE_CHECKING:
    from packstation.sandbox.app import SandboxApp

RETURNS = "/externalFulfillment/2024-09-11/returns"

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

#: listReturns' date parameters -> the filter each sets
_DATE_FILTERS = (
    ("createdSince", "createdSince"),
    ("createdUntil", "createdUntil"),
    ("lastUpdatedSince", "updatedAfter"),
    ("lastUpdatedAfter", "updatedAfter"),
    ("lastUpdatedUntil", "updatedBefore"),
    ("lastUpdatedBefore", "updatedBefore"),
)


class ReturnsApi:
    def __init__(self, server: SandboxApp) -> None:
        self.state = server.state
        server.add_operation("listReturns", RETURNS, "GET", self.list_returns)
        server.add_operation("getReturn", RETURNS + "/{returnId}", "GET", self.get_return)

    async def list_returns(self, request: Request) -> Response:
        q = request.query_params
        magic = STATIC_RETURN_ERRORS.get(q.get("rmaId", ""))
        if magic is not None:
            status, code, message = magic
            return json_response(
                {"errors": [{"code": code, "message": message.format(rma=q["rmaId"])}]}, status
            )
        filters: dict[str, Any] = {
            k: q[k]
            for k in ("returnLocationId", "rmaId", "status", "reverseTrackingId")
            if q.get(k)
        }
        if filters.get("status") and filters["status"] not in RETURN_STATUSES:
            raise invalid(f"Invalid input '{filters['status']}' for parameter 'status'")
        for param, key in _DATE_FILTERS:
            value = parse_date(param[0].upper() + param[1:], q.get(param))
            if value is not None:
                filters[key] = value
        limit = max_results(q.get("maxResults"))
        key = filters_key(filters)
        offset, emptied = 0, False
        if q.get("nextToken"):
            token = read_page_token(q["nextToken"])
            if token.get("k") != key:
                raise invalid("The nextToken does not belong to these filters.")
            offset, emptied = token["o"], bool(token.get("e"))
        if not emptied and empty_page(self.state.seed, "r" + key, offset):
            return json_response(
                {"returns": [], "nextToken": page_token({"k": key, "o": offset, "e": 1})}
            )
        found = self.state.list_returns(filters)
        body: dict[str, Any] = {"returns": found[offset : offset + limit]}
        if len(found) > offset + limit:
            body["nextToken"] = page_token({"k": key, "o": offset + limit})
        return json_response(body)

    async def get_return(self, request: Request) -> Response:
        return_id = request.path_params["returnId"]
        if return_id in STATIC_INVALID_RETURN_IDS:
            raise invalid(f"Invalid input '{return_id}' for parameter 'returnId'")
        check_id("returnId", return_id)
        return json_response(self.state.get_return(return_id))
