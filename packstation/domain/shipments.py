"""Pydantic models of the EF Shipments API (externalFulfillmentShipments 2024-09-11).

Generated from Amazon's Swagger model and then reviewed by hand: one class per definition, with
the definition's name; inline enums get a name of their own (e.g. ``Shipment.status`` is
:class:`ShipmentStatus`). Every enum field accepts values Amazon adds later (kept as ``str``);
see :mod:`packstation.domain.base` for the read/send rules and
:mod:`packstation.domain.timestamps` for the timestamp forms.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from packstation.domain.base import OpenEnumMarker, WireModel
from packstation.domain.errors import Error
from packstation.domain.timestamps import EpochMillisString, EpochSeconds, IsoTimestamp


class DistanceUnit(StrEnum):
    """The unit of measurement of the distance."""

    MI = "MI"
    KM = "KM"


DistanceUnitValue = Annotated[
    DistanceUnit | str, Field(union_mode="left_to_right"), OpenEnumMarker(DistanceUnit)
]


class DimensionUnit(StrEnum):
    """The unit of measurement of the dimension."""

    CM = "CM"
    M = "M"
    IN = "IN"


DimensionUnitValue = Annotated[
    DimensionUnit | str, Field(union_mode="left_to_right"), OpenEnumMarker(DimensionUnit)
]


class WeightUnit(StrEnum):
    """The unit of measurement of the weight."""

    G = "G"
    KG = "KG"
    LB = "LB"
    OZ = "OZ"


WeightUnitValue = Annotated[
    WeightUnit | str, Field(union_mode="left_to_right"), OpenEnumMarker(WeightUnit)
]


class ChargeType(StrEnum):
    """The type of charge."""

    PRODUCT = "PRODUCT"
    SHIPPING = "SHIPPING"
    GIFT_WRAP = "GIFT_WRAP"
    TOTAL = "TOTAL"
    OTHER = "OTHER"


ChargeTypeValue = Annotated[
    ChargeType | str, Field(union_mode="left_to_right"), OpenEnumMarker(ChargeType)
]


class TaxType(StrEnum):
    """The type of tax."""

    VAT = "VAT"
    CST = "CST"
    IGST = "IGST"
    SGST = "SGST"
    CGST = "CGST"
    UTGST = "UTGST"
    CESS = "CESS"
    OTHER = "OTHER"
    TOTAL = "TOTAL"


TaxTypeValue = Annotated[TaxType | str, Field(union_mode="left_to_right"), OpenEnumMarker(TaxType)]


class ChannelAttribute(StrEnum):
    """ChannelAttribute"""

    PRIME = "PRIME"
    FASTTRACK = "FASTTRACK"


ChannelAttributeValue = Annotated[
    ChannelAttribute | str, Field(union_mode="left_to_right"), OpenEnumMarker(ChannelAttribute)
]


class PackageLifecycleStatus(StrEnum):
    """The current status of the package."""

    CREATED = "CREATED"
    PICKUP_SLOT_RETRIEVED = "PICKUP_SLOT_RETRIEVED"
    INVOICE_GENERATED = "INVOICE_GENERATED"
    SHIPLABEL_GENERATED = "SHIPLABEL_GENERATED"
    SHIPPED = "SHIPPED"
    DELIVERED = "DELIVERED"
    CANCELLED = "CANCELLED"


PackageLifecycleStatusValue = Annotated[
    PackageLifecycleStatus | str,
    Field(union_mode="left_to_right"),
    OpenEnumMarker(PackageLifecycleStatus),
]


class PackageHandlingRequirement(StrEnum):
    """Whether the package requires standard handling or extra care."""

    NORMAL = "NORMAL"
    FRAGILE = "FRAGILE"


PackageHandlingRequirementValue = Annotated[
    PackageHandlingRequirement | str,
    Field(union_mode="left_to_right"),
    OpenEnumMarker(PackageHandlingRequirement),
]


class PieceType(StrEnum):
    """Whether the item is a single piece or multiple pieces."""

    SINGLE = "SINGLE"
    MULTIPLE = "MULTIPLE"


PieceTypeValue = Annotated[
    PieceType | str, Field(union_mode="left_to_right"), OpenEnumMarker(PieceType)
]


class RequirementLevel(StrEnum):
    """The requirement level for this field."""

    REQUIRED = "REQUIRED"
    DISALLOWED = "DISALLOWED"


RequirementLevelValue = Annotated[
    RequirementLevel | str, Field(union_mode="left_to_right"), OpenEnumMarker(RequirementLevel)
]


class PresenceStatus(StrEnum):
    """Whether the element is present or absent."""

    ABSENT = "ABSENT"
    PRESENT = "PRESENT"


PresenceStatusValue = Annotated[
    PresenceStatus | str, Field(union_mode="left_to_right"), OpenEnumMarker(PresenceStatus)
]


class CancellationType(StrEnum):
    """The type of cancellation of the item in the shipment."""

    SELLER_REJECTED = "SELLER_REJECTED"
    MARKETPLACE_CANCELLED = "MARKETPLACE_CANCELLED"
    SYSTEM_CANCELLED = "SYSTEM_CANCELLED"


CancellationTypeValue = Annotated[
    CancellationType | str, Field(union_mode="left_to_right"), OpenEnumMarker(CancellationType)
]


class ShipmentStatus(StrEnum):
    """The current status of the shipment."""

    CREATED = "CREATED"
    ACCEPTED = "ACCEPTED"
    CONFIRMED = "CONFIRMED"
    PACKAGE_CREATED = "PACKAGE_CREATED"
    PICKUP_SLOT_RETRIEVED = "PICKUP_SLOT_RETRIEVED"
    INVOICE_GENERATED = "INVOICE_GENERATED"
    SHIPLABEL_GENERATED = "SHIPLABEL_GENERATED"
    CANCELLED = "CANCELLED"
    SHIPPED = "SHIPPED"
    DELIVERED = "DELIVERED"


ShipmentStatusValue = Annotated[
    ShipmentStatus | str, Field(union_mode="left_to_right"), OpenEnumMarker(ShipmentStatus)
]


class ShipmentSubStatus(StrEnum):
    """The sub status of the shipment."""

    PENDING_SCHEDULE = "PENDING_SCHEDULE"
    PENDING_PICKUP = "PENDING_PICKUP"
    PENDING_DROP_OFF = "PENDING_DROP_OFF"
    LABEL_CANCELED = "LABEL_CANCELED"
    PICKED_UP = "PICKED_UP"
    DROPPED_OFF = "DROPPED_OFF"
    AT_ORIGIN_FC = "AT_ORIGIN_FC"
    AT_DESTINATION_FC = "AT_DESTINATION_FC"
    DELIVERED = "DELIVERED"
    NOT_DELIVERED = "NOT_DELIVERED"
    UNDELIVERABLE = "UNDELIVERABLE"
    LOST = "LOST"
    OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY"
    DAMAGED = "DAMAGED"


ShipmentSubStatusValue = Annotated[
    ShipmentSubStatus | str, Field(union_mode="left_to_right"), OpenEnumMarker(ShipmentSubStatus)
]


class ShippingType(StrEnum):
    """The type of shipping that the seller uses to deliver a customer order."""

    MARKETPLACE = "MARKETPLACE"
    SELF = "SELF"


ShippingTypeValue = Annotated[
    ShippingType | str, Field(union_mode="left_to_right"), OpenEnumMarker(ShippingType)
]


class ShipmentType(StrEnum):
    """The type of shipment."""

    NEW = "NEW"
    EXCHANGE = "EXCHANGE"
    REPLACEMENT = "REPLACEMENT"


ShipmentTypeValue = Annotated[
    ShipmentType | str, Field(union_mode="left_to_right"), OpenEnumMarker(ShipmentType)
]


class Priority(StrEnum):
    """The priority of the order."""

    HIGH = "HIGH"
    LOW = "LOW"


PriorityValue = Annotated[
    Priority | str, Field(union_mode="left_to_right"), OpenEnumMarker(Priority)
]


class ProcessingSource(StrEnum):
    """The source of the order operation."""

    EXTERNAL_PLATFORM = "EXTERNAL_PLATFORM"
    INTERNAL_PLATFORM = "INTERNAL_PLATFORM"


ProcessingSourceValue = Annotated[
    ProcessingSource | str, Field(union_mode="left_to_right"), OpenEnumMarker(ProcessingSource)
]


class PaymentMethod(StrEnum):
    """The payment method for the shipment."""

    CASH_ON_DELIVERY = "CASH_ON_DELIVERY"
    PREPAID = "PREPAID"


PaymentMethodValue = Annotated[
    PaymentMethod | str, Field(union_mode="left_to_right"), OpenEnumMarker(PaymentMethod)
]


class DocumentRequirement(StrEnum):
    """Whether the packing slip is required to be attached to the shipment."""

    REQUIRED = "REQUIRED"
    NOT_REQUIRED = "NOT_REQUIRED"


DocumentRequirementValue = Annotated[
    DocumentRequirement | str,
    Field(union_mode="left_to_right"),
    OpenEnumMarker(DocumentRequirement),
]


class PackingSlipStatus(StrEnum):
    """The status of the packing slip that is attached to the shipment."""

    GENERATED = "GENERATED"
    NOT_GENERATED = "NOT_GENERATED"


PackingSlipStatusValue = Annotated[
    PackingSlipStatus | str, Field(union_mode="left_to_right"), OpenEnumMarker(PackingSlipStatus)
]


class InvoiceStatus(StrEnum):
    """The status of the of the invoice document that is attached to the shipment."""

    PENDING = "PENDING"
    AVAILABLE = "AVAILABLE"
    NOT_AVAILABLE = "NOT_AVAILABLE"


InvoiceStatusValue = Annotated[
    InvoiceStatus | str, Field(union_mode="left_to_right"), OpenEnumMarker(InvoiceStatus)
]


class PartyType(StrEnum):
    """Assigned identification for the party. For example, a warehouse code or vendor code."""

    BILL_TO_PARTY = "BILL_TO_PARTY"
    SHIP_TO_PARTY = "SHIP_TO_PARTY"
    SHIP_FROM_PARTY = "SHIP_FROM_PARTY"
    SELLING_PARTY = "SELLING_PARTY"


PartyTypeValue = Annotated[
    PartyType | str, Field(union_mode="left_to_right"), OpenEnumMarker(PartyType)
]


class TaxRegistrationType(StrEnum):
    """Tax registration type for the entity"""

    VAT = "VAT"
    GST = "GST"


TaxRegistrationTypeValue = Annotated[
    TaxRegistrationType | str,
    Field(union_mode="left_to_right"),
    OpenEnumMarker(TaxRegistrationType),
]


class PackageStatus(StrEnum):
    """The status of a package."""

    CREATED = "CREATED"
    PICKUP_SLOT_RETRIEVED = "PICKUP_SLOT_RETRIEVED"
    INVOICE_GENERATED = "INVOICE_GENERATED"
    SHIPLABEL_GENERATED = "SHIPLABEL_GENERATED"
    SHIPPED = "SHIPPED"
    DELIVERED = "DELIVERED"


PackageStatusValue = Annotated[
    PackageStatus | str, Field(union_mode="left_to_right"), OpenEnumMarker(PackageStatus)
]


class PackageSubStatus(StrEnum):
    """The sub-status of a package."""

    OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY"
    DELIVERED = "DELIVERED"
    NOT_DELIVERED = "NOT_DELIVERED"
    UNDELIVERABLE = "UNDELIVERABLE"


PackageSubStatusValue = Annotated[
    PackageSubStatus | str, Field(union_mode="left_to_right"), OpenEnumMarker(PackageSubStatus)
]


class DocumentFormat(StrEnum):
    """The type of the file."""

    ZPL = "ZPL"
    PDF = "PDF"
    PNG = "PNG"
    PLAIN_TEXT = "PLAIN_TEXT"


DocumentFormatValue = Annotated[
    DocumentFormat | str, Field(union_mode="left_to_right"), OpenEnumMarker(DocumentFormat)
]


class ShipBy(StrEnum):
    """The shipper type."""

    MARKETPLACE = "MARKETPLACE"
    SELLER = "SELLER"
    THIRD_PARTY_CARRIER = "THIRD_PARTY_CARRIER"
    OTHER = "OTHER"


ShipByValue = Annotated[ShipBy | str, Field(union_mode="left_to_right"), OpenEnumMarker(ShipBy)]


class HandoverMethod(StrEnum):
    """Whether the seller picks up from Amazon Logistics or drops off to Amazon Logistics."""

    PICKUP = "PICKUP"
    DROPOFF = "DROPOFF"


HandoverMethodValue = Annotated[
    HandoverMethod | str, Field(union_mode="left_to_right"), OpenEnumMarker(HandoverMethod)
]


class CustomAttributeType(StrEnum):
    """The data type of the custom attribute value to aid with parsing during deserialization."""

    STRING = "STRING"
    BOOLEAN = "BOOLEAN"
    INTEGER = "INTEGER"
    DOUBLE = "DOUBLE"
    JSON_STRING = "JSON_STRING"


CustomAttributeTypeValue = Annotated[
    CustomAttributeType | str,
    Field(union_mode="left_to_right"),
    OpenEnumMarker(CustomAttributeType),
]


class Status(StrEnum):
    """The outcome of the operation."""

    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"


StatusValue = Annotated[Status | str, Field(union_mode="left_to_right"), OpenEnumMarker(Status)]


class RejectionReason(StrEnum):
    """The reason for the rejection of the line item."""

    OUT_OF_STOCK = "OUT_OF_STOCK"
    CUSTOMER_REQUESTED = "CUSTOMER_REQUESTED"


RejectionReasonValue = Annotated[
    RejectionReason | str, Field(union_mode="left_to_right"), OpenEnumMarker(RejectionReason)
]


class HandoverLocation(WireModel):
    """The drop-off location details for package handover."""

    #: The address of the drop-off location.
    address: Address | None = None
    #: The distance from the seller's location to the drop-off point.
    distance: Distance | None = None
    #: URL to the map that shows the drop-off location.
    map_url: str | None = None


class Distance(WireModel):
    """A distance measurement."""

    #: The numerical value of the distance.
    value: Decimal
    #: The unit of measurement of the distance.
    distance_unit: DistanceUnitValue


class Geocodes(WireModel):
    """Geographic coordinates."""

    #: The latitude coordinate.
    latitude: Decimal
    #: The longitude coordinate.
    longitude: Decimal
    #: The elevation in meters.
    elevation: Decimal | None = None


class Amount(WireModel):
    """An amount of money, including units in the form of currency."""

    #: The amount of money.
    value: Decimal
    #: Three digit currency code in ISO 4217 format.
    currency_code: str


class Address(WireModel):
    """The address."""

    #: The name of the person, business or institution at that address.
    name: str | None = None
    #: The first line of the address.
    address_line1: str | None = None
    #: Additional address information, if required.
    address_line2: str | None = None
    #: Additional address information, if required.
    address_line3: str | None = None
    #: The district or state where the person, business, or institution is located.
    district: str | None = None
    #: The municipality where the person, business, or institution is located.
    municipality: str | None = None
    #: The state or region where the person, business, or institution is located.
    state: str | None = None
    #: The city where the person, business, or institution is located.
    city: str | None = None
    #: The two digit country code. In ISO 3166-1 alpha-2 format.
    country_code: str | None = None
    #: The postal code of the address. It contains a series of letters or digits or both, sometimes including spaces or punctuation.
    postal_code: str
    #: The email address of the contact associated with the address.
    email: str | None = None
    #: The email cc addresses of the contact associated with the address.
    copy_emails: list[str] | None = None
    #: The phone number of the person, business, or institution located at the address.
    phone_number: str | None = None
    #: The type of address.
    address_type: str | None = None
    #: The geographic coordinates of the address.
    geocodes: Geocodes | None = None


class Dimension(WireModel):
    """A dimension of a package."""

    #: The numerical value of the dimension. Must be a positive value.
    value: Decimal
    #: The unit of measurement of the dimension.
    dimension_unit: DimensionUnitValue


class Weight(WireModel):
    """The weight of a package."""

    #: The numerical value of the weight. Must be a positive value.
    value: Decimal
    #: The unit of measurement of the weight.
    weight_unit: WeightUnitValue


class Charge(WireModel):
    """A shipment's charge with relevant tax information."""

    #: The charge value before taxes.
    base_charge: ChargeBreakup
    #: The tax charge details.
    tax_breakup: list[Tax] | None = None
    #: The type of charge.
    charge_type: ChargeTypeValue
    #: The total charge, including the base charge and taxes.
    total_charge: ChargeBreakup
    #: The sum of all taxes.
    total_tax: Tax


class Tax(WireModel):
    """Information about taxes."""

    #: The type of tax.
    type: TaxTypeValue | None = None
    #: The rate of the tax.
    rate: Decimal | None = None
    #: Details of individual tax charges.
    charge: ChargeBreakup


class ChargeBreakup(WireModel):
    """The composition of the charge."""

    #: The base amount charged.
    base_amount: Amount
    #: The offer or coupon amount.
    discount_amount: Amount
    #: The total amount after discount.
    net_amount: Amount


class MarketplaceAttributes(WireModel):
    """The marketplace attributes associated with the location."""

    #: The marketplace ID associated with the location. To find the ID for your marketplace, refer to [Marketplace IDs](https://developer-docs.amazon.com/sp-api/docs/marketplace-ids).
    marketplace_id: str
    #: The channel name associated with the location.
    channel_name: str
    #: The ID of the merchant or seller to whom this order is created.
    merchant_id: str | None = None
    #: Marketplace channel-specific custom attributes for the order. These attributes are not mandatory and each channel can provide them differently.
    custom_attributes: list[ChannelAttributeValue] | None = None


class PackageDimensions(WireModel):
    """The dimensions of a package."""

    #: The length of the package.
    length: Dimension
    #: The width of the package.
    width: Dimension
    #: The height of the package.
    height: Dimension


class Package(WireModel):
    """A package that is created to ship one or more of a shipment's line items."""

    #: An ID that uniquely identifies a package within a shipment.
    id: str
    #: The dimensions of the package.
    dimensions: PackageDimensions
    #: The weight of the package. The package must weigh at least 5 grams.
    weight: Weight
    #: The optional list of HAZMAT labels applied to the package.
    hazmat_labels: list[str] | None = None
    #: The list of line items in a package.
    package_line_items: list[PackageLineItem]
    #: The current status of the package.
    status: PackageLifecycleStatusValue | None = None
    #: Whether the package requires standard handling or extra care.
    package_handling_requirements: PackageHandlingRequirementValue | None = None


class PackageLineItem(WireModel):
    """A line item in a package."""

    #: The line item ID.
    package_line_item_id: str
    #: The number of items of a particular line item of a shipment that are packed into the package.
    quantity: int
    #: The list of serial numbers of items in the package, if required to be provided.
    serial_numbers: list[str] | None = None
    #: The number of pieces of a multi-piece item that are in this package. This is applicable only for items that are shipped in multiple pieces.
    pieces: int | None = None
    #: The country of origin provided by the seller, represented by a two-letter country code in ISO-3166 alpha-2 format. You must pass this field when `countryOfOriginRequirement` is `REQUIRED` in the `getShipment` or `getShipments` response.
    country_of_origin: str | None = None
    #: The value of the item being shipped, as provided by the seller. This serves as the basis for import duty/tax calculations. You must pass this field when `itemValueRequirement` is `REQUIRED` in the `getShipment` or `getShipments` response.
    item_value: Amount | None = None


class RecommendedPackageLineItem(WireModel):
    """A line item to be contained in a recommended package. This attribute is provided only for orders that come with a specific recommendation of line-item distribution within the package recommendations."""

    #: An ID for a line item in an order. The line item should be present in the recommended package. This identifier has the same value as the ID of the line item present in the order.
    line_item_id: str


class RecommendedPackage(WireModel):
    """Recommendations for a package"""

    dimensions: PackageDimensions
    weight: Weight
    line_items: list[RecommendedPackageLineItem]


class ShipmentLineItem(WireModel):
    """Information about a line item in a shipment."""

    #: An identifier for a shipment's line item. This identifier is guaranteed to be unique within the scope of its containing shipment.
    shipment_line_item_id: str
    #: The seller's identifier for the SKU in this line item.
    merchant_sku: str
    #: The number of items of the SKU in this line item.
    number_of_units: int
    #: The serial numbers for each item in this line item.
    serial_numbers: list[str] | None = None
    #: Whether the line item has multiple pieces.
    piece_type: PieceTypeValue | None = None
    #: A list of HAZMAT label identifiers that must be applied to the packages for this line item.
    hazmat_labels: list[str] | None = None
    #: Information about any gift wrapping that is needed for this line item.
    gift_attributes: GiftAttributes | None = None
    #: The charges associated with the line item. The charge amount does not include the tax amount.
    charges: list[Charge]
    #: A list of cancellations for the given line item.
    cancellations: list[Cancellation] | None = None
    #: The HSN code of SKU in this line item.
    hsn_code: str | None = None
    #: The country of origin recommended by the marketplace, represented as a two-letter country code following the ISO-3166 alpha-2 standard.
    recommended_country_of_origin: str | None = None
    #: The country of origin provided by the seller, represented by a two-letter country code in ISO-3166 alpha-2 format. You must pass this field when `countryOfOriginRequirement` is `REQUIRED` in the `getShipment` or `getShipments` response.
    country_of_origin: str | None = None
    #: The three digit currency code of the currency recommended by the marketplace, in ISO 4217 format.
    recommended_currency_code: str | None = None
    #: The value of the item being shipped, as provided by the seller. This serves as the basis for import duty/tax calculations. You must pass this field when `itemValueRequirement` is `REQUIRED` in the `getShipment` or `getShipments` response.
    item_value: Amount | None = None
    #: All necessary compliance attributes specific to the line item.
    compliance_attributes: ComplianceAttributes
    #: A list of custom passthrough attributes. For details on these attributes, reach out to your respective program teams at Amazon.
    custom_attributes: list[CustomAttribute] | None = None


class ComplianceAttributes(WireModel):
    """All necessary compliance attributes specific to the line item."""

    #: Whether hazardous material labels must be applied on packages containing this line item.
    hazmat_labels_requirement: RequirementLevelValue
    #: Whether serial numbers must be provided for this line item.
    serial_number_requirement: RequirementLevelValue
    #: Whether the country of origin must be provided for this line item.
    country_of_origin_requirement: RequirementLevelValue
    #: Whether the item value must be provided for this line item.
    item_value_requirement: RequirementLevelValue


class GiftAttributes(WireModel):
    """Information about any gift wrapping that is needed for this line item."""

    #: When true, the line item must be gift wrapped.
    gift_wrap_requirement: RequirementLevelValue
    #: The label to be printed on the wrapped gift.
    gift_wrap_label: str | None = None
    #: When true, there is a gift message that must be printed on the wrapped gift.
    gift_message_presence: PresenceStatusValue
    #: The gift message that is to be printed on the wrapped gift.
    gift_message: Document | None = None


class Cancellation(WireModel):
    """A shipment item's cancellation details."""

    #: The number of items of this particular item which have been cancelled.
    cancelled_quantity: int
    #: The UNIX timestamp of when the line item was cancelled.
    cancelled_timestamp: IsoTimestamp
    #: The type of cancellation of the item in the shipment.
    cancellation_type: CancellationTypeValue
    #: The reason for the cancellation of the shipment.
    cancellation_reason: str | None = None


class Shipment(WireModel):
    """Information about a shipment."""

    #: The shipment's ID.
    id: str
    #: The location identifier of the seller's location in the marketplace channel to which the shipment has been created for fulfillment.
    location_id: str
    #: The marketplace attributes from which the shipment has been created for fulfillment.
    marketplace_attributes: MarketplaceAttributes
    #: High-level details of the shipment.
    shipment_info: ShipmentInfo
    #: Information about the shipment's invoice.
    invoice_info: InvoiceInfo | None = None
    #: All involved party identification and metadata for vendor, buyer, seller. Applicable for direct-fulfillment sellers.
    party_info_list: list[PartyIdentificationInfo] | None = None
    #: Whether a specific capabilities are enabled/required for the shipment.
    shipment_requirements: ShipmentRequirements
    #: The charges associated with the shipment. The charge amount does not include the tax amount.
    charges: list[Charge]
    #: The current status of the shipment.
    status: ShipmentStatusValue
    #: The sub status of the shipment.
    sub_status: ShipmentSubStatusValue | None = None
    #: The reason for the sub-status.
    reason: str | None = None
    #: The line items in the shipment.
    line_items: list[ShipmentLineItem]
    #: Shipping information for the packages in this shipment.
    shipping_info: ShippingInfo
    #: The list of packages in the shipment.
    packages: list[Package] | None = None
    #: The date and time when the shipment was created.
    creation_date_time: IsoTimestamp
    #: The date and time when the shipment was last updated.
    last_updated_date_time: IsoTimestamp
    #: The time when the shipment becomes eligible for processing.
    earliest_pack_date_time: IsoTimestamp | None = None


class ShippingInfo(WireModel):
    """Shipping information for the packages in a shipment."""

    #: The ship method recommended by the Amazon Fulfillment Network for the packages in this shipment.
    recommended_ship_method: str | None = None
    #: The date and time when Amazon expects the seller to ship the packages.
    expected_shipping_date_time_in_utc: IsoTimestamp = Field(alias="expectedShippingDateTimeInUTC")
    #: The address to which the packages must be shipped. Provide only basic information about the buyer's address needed for taxation purposes.
    ship_to_address: Address | None = None
    #: The type of shipping that the seller uses to deliver a customer order.
    shipping_type: ShippingTypeValue | None = None
    recommended_packages: list[RecommendedPackage] | None = None


class ShipmentInfo(WireModel):
    """High-level details of the shipment."""

    #: The type of shipment.
    shipment_type: ShipmentTypeValue
    #: This field contains details of the original shipment if `shipmentType` is either `REPLACEMENT` or `EXCHANGE`.
    original_shipment_info: ReplacedShipmentInfo | None = None
    #: Total number of units in the shipment.
    number_of_units: int
    #: The priority of the order.
    priority: PriorityValue
    #: The buyer's order ID.
    buyer_order_id: str
    #: A list of order statuses for which the marketplace allows order rejection (seller cancellation). If the order has a status that does not belong to this list, then seller cancellation is not possible.
    order_states_eligible_for_rejection: list[str] | None = None
    #: The timestamp of when the order was placed, in UTC
    order_placed_timestamp: EpochMillisString | None = None
    #: The source of the order operation.
    processing_source: ProcessingSourceValue | None = None
    #: The payment method for the shipment.
    payment_method: PaymentMethodValue | None = None


class ShipmentRequirements(WireModel):
    """Whether specific capabilities are enabled or required for the shipment."""

    #: Whether the packing slip must be attached to the shipment.
    p_slip: PackingSlipRequirement
    #: Whether the invoice must be attached to the shipment.
    invoice: InvoiceRequirement


class PackingSlipRequirement(WireModel):
    """Whether the packing slip is required to be attached to the shipment, and its corresponding status."""

    #: Whether the packing slip is required to be attached to the shipment.
    requirement: DocumentRequirementValue | None = None
    #: The status of the packing slip that is attached to the shipment.
    status: PackingSlipStatusValue | None = None


class InvoiceRequirement(WireModel):
    """Whether the invoice document is required to be attached to the shipment and its corresponding status."""

    #: Whether the invoice document is required to be attached to the shipment.
    requirement: DocumentRequirementValue | None = None
    #: The status of the of the invoice document that is attached to the shipment.
    status: InvoiceStatusValue | None = None


class PartyIdentificationInfo(WireModel):
    """Party identification details for the shipment, applicable to direct fulfillment shipments."""

    #: Assigned identification for the party. For example, a warehouse code or vendor code.
    party_id: str
    #: Assigned identification for the party. For example, a warehouse code or vendor code.
    party_type: PartyTypeValue
    #: Address details of the party.
    address: Address | None = None
    #: Tax registration details of the entity.
    tax_info: TaxRegistrationInfo | None = None


class TaxRegistrationInfo(WireModel):
    """Tax registration details of the entity. Applicable to direct fulfillment shipments."""

    #: Tax registration type for the entity
    type: TaxRegistrationTypeValue | None = None
    #: The tax registration number for the party. For example, their VAT ID.
    number: str | None = None
    #: The address associated with the tax registration number.
    address: Address | None = None
    #: Tax registration message that can be used for additional tax related details.
    messages: str | None = None


class ReplacedShipmentInfo(WireModel):
    """Details of the original shipment if `shipmentType` is either `REPLACEMENT` or `EXCHANGE`."""

    #: The original shipment's ID.
    id: str
    #: The original shipment's location ID.
    location_id: str
    #: marketplace attributes for the shipment
    marketplace_attributes: MarketplaceAttributes
    #: The line items from the original shipment that corresponds to this shipment.
    original_line_items: list[OriginalLineItem] | None = None


class OriginalLineItem(WireModel):
    """A line item from the original shipment that corresponds to this shipment."""

    #: The SKU ID for this shipment
    replacing_sku: str
    #: The SKU ID for the original shipment.
    original_sku: str
    #: The charge details at the shipment level.
    charges: list[Charge]


class InvoiceInfo(WireModel):
    """Information about the shipment's invoice."""

    #: The unique ID of the invoice that corresponds to the shipment.
    invoice_id: str
    #: When the invoice was created.
    creation_date_time: IsoTimestamp


class Pagination(WireModel):
    """An object representing data required for pagination of results."""

    #: A token that you use to retrieve the next page of results. The response includes `nextToken` when there are multiple pages of results. To get the next page of results, call the operation with this token and include the same arguments as the call that produced the token. To get a complete list, call this operation until `nextToken` is null. Note that this operation can return empty pages.
    next_token: str | None = None


class ShipmentsResponse(WireModel):
    """The response of the `getShipments` operation."""

    #: A list of shipments.
    shipments: list[Shipment] | None = None
    #: How to manage multiple pages of data.
    pagination: Pagination | None = None


class PackageDeliveryStatus(WireModel):
    """The delivery status of the package."""

    #: The status of the package.
    status: PackageStatusValue | None = None
    #: The sub-status of the package.
    sub_status: PackageSubStatusValue | None = None
    #: The reason for the sub-status.
    reason: str | None = Field(None, max_length=128)


class ShippingOptionsResponse(WireModel):
    """The response to the `retrieveShippingOptions` operation. The response contains shipping options on a per-package basis from which the seller has to select one shipping option while they retrieve the shipping label. If the particular marketplace channel does not support scheduled shipping options, then this response will be empty."""

    #: A list of shipping options.
    shipping_options: list[ShippingOptions] | None = None
    #: The recommended shipping options that a marketplace channel provides to the seller.
    recommended_shipping_option: ShippingOptions | None = None


class ShipLabelsInput(WireModel):
    """Tracking details for multiple packages."""

    #: The subset of package IDs used to generate a label.
    package_ids: list[str] = Field(max_length=50)
    courier_supported_attributes: CourierSupportedAttributes | None = None


class InvoiceResponse(WireModel):
    """The response of the `generateInvoice` operation."""

    #: The invoice.
    document: Document


class ShipLabelsResponse(WireModel):
    """The response to the `generateShipLabels` operation."""

    package_ship_label_list: list[PackageShipLabel]


class ShipLabelMetadata(WireModel):
    """Metadata for a ship label document."""

    #: The selected slot for the ship label.
    shipping_option_id: str | None = None
    #: The name of the carrier.
    carrier_name: str
    #: The tracking number of the package.
    tracking_id: str
    #: The time window during which the package was picked up.
    pickup_window: TimeWindow | None = None
    #: A time window during which to hand over the package to Amazon Logistics.
    time_slot: TimeWindow | None = None
    #: The drop-off location details. This value is populated when `handoverMethod` is `DROPOFF`.
    handover_location: HandoverLocation | None = None


class Document(WireModel):
    """A document, described by its file type and data."""

    #: The type of the file.
    format: DocumentFormatValue | None = None
    #: Base 64 encoded file contents.
    content: str | None = None


class ShippingOptions(WireModel):
    """Shipping options for a single package."""

    #: An identifier for the shipping option.
    shipping_option_id: str
    #: The shipper type.
    ship_by: ShipByValue
    #: The carrier name for the offering.
    carrier_name: str | None = None
    #: The time window during which the package will be picked up.
    pickup_window: TimeWindow | None = None
    #: A time window to hand over the package to or from Amazon Logistics.
    time_slot: TimeWindow | None = None
    #: The drop-off location details. This value is populated when `handoverMethod` is `DROPOFF`.
    handover_location: HandoverLocation | None = None


class TimeWindow(WireModel):
    """Time duration used to specify the interval of an event, such as pick up and delivery."""

    #: The start time of the window.
    start_time: EpochSeconds
    #: The end time of the window.
    end_time: EpochSeconds
    #: Whether the seller picks up from Amazon Logistics or drops off to Amazon Logistics.
    handover_method: HandoverMethodValue | None = None


class ShipmentAcknowledgementRequest(WireModel):
    """Information about the shipment and its line items, used to confirm or reject line items."""

    #: A unique identifier for every shipment rejection.
    reference_id: str | None = None
    #: Details about the line items from the shipment that are being confirmed or rejected by the seller.
    line_items: list[LineItemWithReason]


class DocumentV2(WireModel):
    """An [S3-Presigned URL](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html) you can use to retrieve file contents."""

    #: A presigned URL to fetch the ship label file using an HTTP GET request. To determine file type, use the `contentType` header of the file response. The file retrieved will be in one of the following supported formats: - **ZPL**: `x.application/zpl` - **PDF**: `application/pdf` - **PNG**: `image/png` - **Plain Text**: `text/plain`
    url: str


class Packages(WireModel):
    """The request schema of the `createPackages` operation."""

    #: A list of packages.
    packages: list[Package] = Field(min_length=1)


class CustomAttribute(WireModel):
    """A custom attribute that is loosely typed, modeled through a key-value pair and its data type."""

    #: The key of the custom attribute. Must be unique.
    key: str | None = None
    type: CustomAttributeTypeValue | None = None
    #: The value of the custom attribute.
    value: str | None = None


class PackageShipLabel(WireModel):
    """A shipping label with a label document for a single package. If label generation fails, you can use the `status` and `errorDetails` attributes to determine the cause of failure."""

    #: The package ID of the package.
    package_id: str | None = None
    ship_label_metadata: ShipLabelMetadata | None = None
    file_data: DocumentV2 | None = None
    #: Whether label generation failed for the current package. If `FAILURE`, use `errorDetails` to determine details of the failure.
    status: StatusValue | None = None
    error_details: Error | None = None


class CourierSupportedAttributes(WireModel):
    """The tracking details of the package if it is shipped by a third party courier. This attribute should only be provided when the value of `shipBy` is `THIRD_PARTY_CARRIER`."""

    #: The name of the courier service used to ship the package
    carrier_name: str
    #: The tracking number of the package.
    tracking_id: str


class LineItem(WireModel):
    """Information about the line item being confirmed or rejected."""

    #: The identifier of the line item from the shipment that is being confirmed or rejected by the seller.
    id: str
    #: The quantity of the line item.
    quantity: int | None = None


class LineItemWithReason(WireModel):
    """Information about the line item being confirmed or rejected and the reason for the rejection."""

    line_item: LineItem
    #: The reason for the rejection of the line item.
    reason: RejectionReasonValue | None = None
