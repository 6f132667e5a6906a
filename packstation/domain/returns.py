"""Pydantic models of the EF Returns API (externalFulfillmentReturns 2024-09-11).

Generated from Amazon's Swagger model and then reviewed by hand: one class per definition, with
the definition's name; inline enums get a name of their own (e.g. ``Return.status`` is
:class:`ReturnStatus`). Every enum field accepts values Amazon adds later (kept as ``str``);
see :mod:`packstation.domain.base` for the read/send rules and
:mod:`packstation.domain.timestamps` for the timestamp forms.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from packstation.domain.base import OpenEnumMarker, WireModel
from packstation.domain.timestamps import IsoTimestamp


class ReturnType(StrEnum):
    """The type of return."""

    CUSTOMER = "CUSTOMER"
    REJECT = "REJECT"


ReturnTypeValue = Annotated[
    ReturnType | str, Field(union_mode="left_to_right"), OpenEnumMarker(ReturnType)
]


class ReturnSubType(StrEnum):
    """The sub-type of return."""

    NORMAL = "NORMAL"
    REPLACEMENT = "REPLACEMENT"
    EXCHANGE = "EXCHANGE"


ReturnSubTypeValue = Annotated[
    ReturnSubType | str, Field(union_mode="left_to_right"), OpenEnumMarker(ReturnSubType)
]


class ReturnStatus(StrEnum):
    """The current status of the return."""

    CREATED = "CREATED"
    CARRIER_NOTIFIED_TO_PICK_UP_FROM_CUSTOMER = "CARRIER_NOTIFIED_TO_PICK_UP_FROM_CUSTOMER"
    CARRIER_OUT_FOR_PICK_UP_FROM_CUSTOMER = "CARRIER_OUT_FOR_PICK_UP_FROM_CUSTOMER"
    CUSTOMER_CANCELLED_PICK_UP = "CUSTOMER_CANCELLED_PICK_UP"
    CUSTOMER_RESCHEDULED_PICK_UP = "CUSTOMER_RESCHEDULED_PICK_UP"
    PICKED_FROM_CUSTOMER = "PICKED_FROM_CUSTOMER"
    IN_TRANSIT = "IN_TRANSIT"
    OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY"
    DELIVERED = "DELIVERED"
    REPLANNED = "REPLANNED"
    CUSTOMER_DROPPED_OFF = "CUSTOMER_DROPPED_OFF"
    PARTIALLY_PROCESSED = "PARTIALLY_PROCESSED"
    PROCESSED = "PROCESSED"
    REJECTED = "REJECTED"
    CANCELLED = "CANCELLED"


ReturnStatusValue = Annotated[
    ReturnStatus | str, Field(union_mode="left_to_right"), OpenEnumMarker(ReturnStatus)
]


class PackageDeliveryMode(StrEnum):
    """The package delivery mode. This indicates whether the return was delivered to the seller with or without a one-time password (OTP)."""

    WITH_OTP = "WITH_OTP"
    WITHOUT_OTP = "WITHOUT_OTP"


PackageDeliveryModeValue = Annotated[
    PackageDeliveryMode | str,
    Field(union_mode="left_to_right"),
    OpenEnumMarker(PackageDeliveryMode),
]


class Return(WireModel):
    """Information about the return item."""

    #: The return item's ID.
    id: str
    #: The SmartConnect identifier for where the return item was dropped for delivery.
    return_location_id: str | None = None
    #: The seller's identifier for the SKU.
    merchant_sku: str | None = None
    #: The type of return.
    return_type: ReturnTypeValue
    #: The sub-type of return.
    return_sub_type: ReturnSubTypeValue | None = None
    #: The total number of units in the return.
    number_of_units: int | None = None
    #: The current status of the return.
    status: ReturnStatusValue
    #: The ID of the location that fulfilled the order.
    fulfillment_location_id: str
    #: The date and time when the return was created.
    creation_date_time: IsoTimestamp | None = None
    #: The date and time of the most recent update to the return.
    last_updated_date_time: IsoTimestamp
    #: Metadata about the return item.
    return_metadata: ReturnMetadata
    #: Information about the shipping of the return packages.
    return_shipping_info: ReturnShippingInfo
    #: Channel-specific attributes for the return. These attributes are not mandatory and each channel can provide them differently.
    marketplace_channel_details: MarketplaceChannelDetails
    #: The one-time password (OTP) details of the return item.
    otp_details: OtpDetails | None = None
    #: The package delivery mode. This indicates whether the return was delivered to the seller with or without a one-time password (OTP).
    package_delivery_mode: PackageDeliveryModeValue | None = None
    #: Details about the replanned returns.
    replanning_details: ReplanningDetails | None = None


class TrackingInfo(WireModel):
    """Information for tracking a return."""

    #: The name of the third party courier service used to ship the return package.
    carrier_name: str
    #: The tracking ID of the return package.
    tracking_id: str


class OtpDetails(WireModel):
    """One-time password (OTP) details of the return item."""

    #: One-time password to validate the return delivered to the seller.
    otp: str
    #: The UNIX timestamp of when the verification code expires.
    valid_till: int


class MarketplaceChannel(WireModel):
    """The marketplace and channel name."""

    #: The name of the marketplace.
    marketplace_name: str | None = None
    #: The name of the channel within the marketplace.
    channel_name: str | None = None


class MarketplaceChannelDetails(WireModel):
    """Marketplace channel-specific attributes for the return. These attributes are not mandatory and each channel can provide them differently."""

    marketplace_channel: MarketplaceChannel | None = None
    #: The ID of the merchant or seller to whom this return is created in the marketplace.
    merchant_id: str | None = None
    #: The marketplace-specific shipment ID.
    shipment_id: str | None = None
    #: The marketplace-specific customer order ID.
    customer_order_id: str | None = None
    #: The Amazon SmartConnect ID of the location to which this return is created.
    return_location_id: str | None = None
    #: The Amazon SmartConnect SKU of the channel.
    channel_sku: str | None = None
    #: The Amazon SmartConnect ID of the exchange order.
    exchange_order_id: str | None = None


class ReplanningDetails(WireModel):
    """Provides details about the replanned returns."""

    #: A list of all the previous tracking information for the return.
    previous_tracking_info: list[TrackingInfo] | None = None


class InvoiceInformation(WireModel):
    """Invoice-related information for the return created for Amazon SmartConnect."""

    #: The unique ID of the invoice that corresponds to the return.
    id: str


class ReturnMetadata(WireModel):
    """Metadata about the return item."""

    #: The reason for the return.
    return_reason: str
    #: The RMA ID of the return.
    rma_id: str | None = None
    #: The SmartConnect ID of the fulfillment order for which the return was placed.
    fulfillment_order_id: str | None = None
    invoice_information: InvoiceInformation | None = None


class ReturnShippingInfo(WireModel):
    """Information about the shipping of the return packages."""

    #: The date and time when the seller received the return.
    delivery_date_time: IsoTimestamp | None = None
    #: The date and time when the return was picked up.
    pickup_date_time: IsoTimestamp | None = None
    forward_tracking_info: TrackingInfo | None = None
    reverse_tracking_info: TrackingInfo | None = None


class ReturnsResponse(WireModel):
    """The response to the `listReturns` operation."""

    #: A list of returns.
    returns: list[Return] | None = None
    #: A token that you use to retrieve the next page of results. The response includes `nextToken` when there are multiple pages of results. To get the next page of results, call the operation with this token and include the same arguments as the call that produced the token. To get a complete list, call this operation until `nextToken` is null. Note that this operation can return empty pages.
    next_token: str | None = None
