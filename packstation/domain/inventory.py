"""Pydantic models of the EF Inventory API (externalFulfillmentInventory 2024-09-11).

Generated from Amazon's Swagger model and then reviewed by hand: one class per definition, with
the definition's name; inline enums get a name of their own (e.g. ``MarketplaceAttributes.channelName`` is
:class:`ChannelName`). Every enum field accepts values Amazon adds later (kept as ``str``);
see :mod:`packstation.domain.base` for the read/send rules and
:mod:`packstation.domain.timestamps` for the timestamp forms.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from packstation.domain.base import OpenEnumMarker, WireModel


class ChannelName(StrEnum):
    """The name of the fulfillment channel in which to update inventory."""

    FBA = "FBA"
    MFN = "MFN"
    DF = "DF"


ChannelNameValue = Annotated[
    ChannelName | str, Field(union_mode="left_to_right"), OpenEnumMarker(ChannelName)
]


class HttpMethod(StrEnum):
    """The HTTP method associated with an individual request within a batch."""

    GET = "GET"
    POST = "POST"


HttpMethodValue = Annotated[
    HttpMethod | str, Field(union_mode="left_to_right"), OpenEnumMarker(HttpMethod)
]


class MarketplaceAttributes(WireModel):
    """The channel name and marketplace ID. This is required only when multiple channels have the same location ID."""

    #: The name of the fulfillment channel in which to update inventory.
    channel_name: ChannelNameValue | None = None
    #: The marketplace ID of the marketplace where you want to update inventory.
    marketplace_id: str | None = None


class BatchInventoryRequest(WireModel):
    """A list of inventory requests."""

    requests: list[InventoryRequest] | None = Field(None, min_length=1, max_length=10)


class InventoryRequest(WireModel):
    """An inventory request."""

    #: The URI associated with the individual APIs from the batch request. The user must provide the resource identifier for the operation they want to use.
    uri: str
    #: The method associated with the individual operation from the batch request. To make an update, use `POST`.
    method: HttpMethodValue
    #: The body associated with the individual APIs being called as part of the batch request.
    body: InventoryRequestParams | None = None


class InventoryRequestParams(WireModel):
    """The parameters for an individual request."""

    #: The latest sequence number for the inventory update operation. You find this value in the `clientSequenceNumber` property in the response to the `batchInventory` operation.
    client_sequence_number: int | None = None
    #: The absolute inventory quantity.
    quantity: int | None = None
    marketplace_attributes: MarketplaceAttributes | None = None


class BatchInventoryResponse(WireModel):
    """The response of the `batchInventory` operation."""

    responses: list[InventoryResponse] | None = None


class InventoryResponse(WireModel):
    """A response to an individual inventory request."""

    #: The HTTP status code associated with the response.
    status: HttpStatusLine
    #: The body of the response.
    body: InventoryResponseBody


class InventoryResponseBody(WireModel):
    """The response to an inventory request."""

    #: Latest sequence number for an inventory update.
    client_sequence_number: int | None = None
    #: The location where inventory is updated or retrieved.
    location_id: str | None = None
    #: The SKU ID for which inventory is updated or retrieved
    sku_id: str | None = None
    #: The number of items of the specified SKU that are available for purchase.
    sellable_quantity: int | None = None
    #: The number of items of the specified SKU created in any marketplace that are reserved for shipment and yet to be fulfilled.
    reserved_quantity: int | None = None
    marketplace_attributes: MarketplaceAttributes | None = None
    #: Inventory operation errors that require seller action before retrying the inventory request.
    actionable_errors: list[ActionableError] | None = None


class ActionableError(WireModel):
    """Error details you can take action on."""

    #: The top level error type that may contain multiple error subtypes.
    error_type: str | None = None
    #: The secondary level error type.
    error_sub_type: str | None = None


class HttpStatusLine(WireModel):
    """The HTTP status associated with the response for an individual request within a batch."""

    #: The HTTP response status code.
    status_code: int | None = None
    #: The HTTP response reason phrase.
    reason_phrase: str | None = None


def _inventory_uri(action: str, location_id: str, sku: str) -> str:
    from urllib.parse import urlencode

    return f"/inventory/{action}?" + urlencode({"locationId": location_id, "skuId": sku})


def update_request(
    location_id: str,
    sku: str,
    quantity: int,
    client_sequence_number: int,
    *,
    marketplace_id: str | None = None,
    channel_name: ChannelName | str | None = None,
) -> InventoryRequest:
    """Set the absolute sellable ``quantity`` of ``sku`` at ``location_id``.

    ``client_sequence_number`` must grow strictly per SKU and location; Amazon ignores an
    update whose number is not greater than the last one it applied.
    """
    if quantity < 0:
        raise ValueError(f"inventory quantity must be 0 or more, not {quantity}")
    attrs = (
        MarketplaceAttributes(marketplace_id=marketplace_id, channel_name=channel_name)
        if marketplace_id or channel_name
        else None
    )
    return InventoryRequest(
        uri=_inventory_uri("update", location_id, sku),
        method=HttpMethod.POST,
        body=InventoryRequestParams(
            quantity=quantity,
            client_sequence_number=client_sequence_number,
            marketplace_attributes=attrs,
        ),
    )


def fetch_request(
    location_id: str,
    sku: str,
    *,
    marketplace_id: str | None = None,
    channel_name: ChannelName | str | None = None,
) -> InventoryRequest:
    """Read the inventory of ``sku`` at ``location_id``."""
    attrs = (
        MarketplaceAttributes(marketplace_id=marketplace_id, channel_name=channel_name)
        if marketplace_id or channel_name
        else None
    )
    return InventoryRequest(
        uri=_inventory_uri("fetch", location_id, sku),
        method=HttpMethod.POST,
        body=InventoryRequestParams(marketplace_attributes=attrs) if attrs else None,
    )
