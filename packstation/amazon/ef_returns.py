"""The External Fulfillment Returns API (2024-09-11) over the shared transport."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypedDict, Unpack

from packstation.amazon.errors import MalformedResponseError
from packstation.amazon.transport import Operation, Page, SpApiTransport, TimeParam
from packstation.domain import returns as ret
from packstation.domain.base import WireModel

_RETURNS = "/externalFulfillment/2024-09-11/returns"


def _returns_page(page: WireModel) -> Page:
    if not isinstance(page, ret.ReturnsResponse):  # pragma: no cover - the table says so
        return (), None
    return page.returns or [], page.next_token


OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "listReturns",
        "GET",
        _RETURNS,
        query_params=(
            "returnLocationId",
            "rmaId",
            "status",
            "reverseTrackingId",
            "createdSince",
            "createdUntil",
            "lastUpdatedSince",
            "lastUpdatedUntil",
            "lastUpdatedAfter",
            "lastUpdatedBefore",
            "maxResults",
            "nextToken",
        ),
        response=ret.ReturnsResponse,
        paginated_by="nextToken",
        page=_returns_page,
    ),
    Operation("getReturn", "GET", _RETURNS + "/{returnId}", ("returnId",), response=ret.Return),
)
_LIST_RETURNS, _GET_RETURN = OPERATIONS


class ReturnFilters(TypedDict, total=False):
    """listReturns' filters (the keyword arguments of ``list_returns`` but ``next_token``)."""

    return_location_id: str | None
    rma_id: str | None
    status: ret.ReturnStatus | str | None
    reverse_tracking_id: str | None
    created_since: TimeParam | None
    created_until: TimeParam | None
    last_updated_since: TimeParam | None
    last_updated_until: TimeParam | None
    last_updated_after: TimeParam | None
    last_updated_before: TimeParam | None
    max_results: int | None


class EFReturns:
    """The Returns API's operations: list (both one page and every page) and read returns."""

    def __init__(self, transport: SpApiTransport) -> None:
        self.transport = transport

    def list_returns(
        self,
        *,
        return_location_id: str | None = None,
        rma_id: str | None = None,
        status: ret.ReturnStatus | str | None = None,
        reverse_tracking_id: str | None = None,
        created_since: TimeParam | None = None,
        created_until: TimeParam | None = None,
        last_updated_since: TimeParam | None = None,
        last_updated_until: TimeParam | None = None,
        last_updated_after: TimeParam | None = None,
        last_updated_before: TimeParam | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ret.ReturnsResponse:
        """One page of returns (``nextToken`` at the top level names the next)."""
        query = {
            "returnLocationId": return_location_id,
            "rmaId": rma_id,
            "status": status,
            "reverseTrackingId": reverse_tracking_id,
            "createdSince": created_since,
            "createdUntil": created_until,
            "lastUpdatedSince": last_updated_since,
            "lastUpdatedUntil": last_updated_until,
            "lastUpdatedAfter": last_updated_after,
            "lastUpdatedBefore": last_updated_before,
            "maxResults": max_results,
            "nextToken": next_token,
        }
        return self.transport.request_model(_LIST_RETURNS, ret.ReturnsResponse, query=query)

    def iter_returns(self, **filters: Unpack[ReturnFilters]) -> Iterator[ret.Return]:
        """Every return matching ``filters``, following ``nextToken`` across empty pages."""
        token: str | None = None
        seen: set[str] = set()
        while True:
            page = self.list_returns(next_token=token, **filters)
            yield from page.returns or []
            token = page.next_token
            if not token:
                return
            if token in seen:
                raise MalformedResponseError(
                    "listReturns returned a nextToken it had returned before",
                    operation="listReturns",
                )
            seen.add(token)

    def get_return(self, return_id: str) -> ret.Return:
        return self.transport.request_model(_GET_RETURN, ret.Return, path={"returnId": return_id})
