"""Query parameters of the EF operations, checked before a request leaves the station.

The rules come from Amazon's models (2024-09-11): enums, ``maxResults`` 1..100, date-time
parameters, required parameters. Bodies are checked by their pydantic models
(:func:`packstation.domain.base.check_outgoing`); this does the same for queries, so
``processShipment operation=FOO`` or ``getShipments maxResults=500`` fail locally with one line
(:class:`~packstation.amazon.errors.InvalidInputError`) instead of costing a call.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from packstation.amazon.errors import InvalidInputError
from packstation.domain.returns import ReturnStatus
from packstation.domain.shipments import ShipmentStatus


class ProcessOperation(StrEnum):
    """processShipment ``operation``."""

    CONFIRM = "CONFIRM"
    REJECT = "REJECT"


class LabelOperation(StrEnum):
    """generateShipLabels ``operation``."""

    GENERATE = "GENERATE"
    REGENERATE = "REGENERATE"


class PackageStatusParam(StrEnum):
    """updatePackageStatus query ``status`` (the body carries DELIVERED)."""

    SHIPPED = "SHIPPED"


MaxResults = Annotated[int, Field(ge=1, le=100, strict=False)]


def _iso(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not an ISO 8601 date-time") from exc
    return value


class _Query(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class GetShipmentsQuery(_Query):
    location_id: str | None = Field(None, alias="locationId")
    marketplace_id: str | None = Field(None, alias="marketplaceId")
    channel_name: str | None = Field(None, alias="channelName")
    status: ShipmentStatus
    last_updated_after: str | None = Field(None, alias="lastUpdatedAfter")
    last_updated_before: str | None = Field(None, alias="lastUpdatedBefore")
    max_results: MaxResults | None = Field(None, alias="maxResults")
    pagination_token: str | None = Field(None, alias="paginationToken")

    _dates = field_validator("last_updated_after", "last_updated_before")(_iso)


class ProcessShipmentQuery(_Query):
    operation: ProcessOperation


class UpdatePackageStatusQuery(_Query):
    status: PackageStatusParam | None = None


class RetrieveShippingOptionsQuery(_Query):
    package_id: str = Field(alias="packageId", min_length=1)


class GenerateShipLabelsQuery(_Query):
    shipping_option_id: str | None = Field(None, alias="shippingOptionId")
    operation: LabelOperation


class ListReturnsQuery(_Query):
    return_location_id: str | None = Field(None, alias="returnLocationId")
    rma_id: str | None = Field(None, alias="rmaId")
    status: ReturnStatus | None = None
    reverse_tracking_id: str | None = Field(None, alias="reverseTrackingId")
    created_since: str | None = Field(None, alias="createdSince")
    created_until: str | None = Field(None, alias="createdUntil")
    last_updated_since: str | None = Field(None, alias="lastUpdatedSince")
    last_updated_until: str | None = Field(None, alias="lastUpdatedUntil")
    last_updated_after: str | None = Field(None, alias="lastUpdatedAfter")
    last_updated_before: str | None = Field(None, alias="lastUpdatedBefore")
    max_results: MaxResults | None = Field(None, alias="maxResults")
    next_token: str | None = Field(None, alias="nextToken")

    _dates = field_validator(
        "created_since",
        "created_until",
        "last_updated_since",
        "last_updated_until",
        "last_updated_after",
        "last_updated_before",
    )(_iso)


#: operationId -> the model of its query (operations without query parameters are absent).
QUERIES: Mapping[str, type[_Query]] = {
    "getShipments": GetShipmentsQuery,
    "processShipment": ProcessShipmentQuery,
    "updatePackageStatus": UpdatePackageStatusQuery,
    "retrieveShippingOptions": RetrieveShippingOptionsQuery,
    "generateShipLabels": GenerateShipLabelsQuery,
    "listReturns": ListReturnsQuery,
}


def check_query(operation: str, params: Mapping[str, str]) -> None:
    """Raise InvalidInputError (one line) when ``params`` break the model of ``operation``."""
    model = QUERIES.get(operation)
    if model is None:
        return
    values: dict[str, Any] = dict(params)
    try:
        model.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = model.model_fields.get(str(first["loc"][0])) if first["loc"] else None
        name = (field.alias if field is not None and field.alias else None) or ".".join(
            str(p) for p in first["loc"]
        )
        given = params.get(name)
        shown = f" {given!r}" if given is not None else ""
        raise InvalidInputError(
            f"{operation}: query parameter {name}{shown} is not allowed by Amazon's model "
            f"({first['msg']}); nothing was sent",
            operation=operation,
        ) from exc
