"""The fulfilment programs and the shipment status order: each rule written once.

A shipment's program follows from its ``channelName`` and ``shippingType`` (see DESIGN.md):
FBA is Seller Flex, MFN with ``SELF`` shipping is Self Ship, any other MFN is Easy Ship. The
display names are the packer's words for them; the status order is the External Fulfillment
workflow's, used to tell "the change happened" from "not yet" and to sort the queue.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from packstation.domain.shipments import Shipment


class Program(StrEnum):
    """The External Fulfillment program of a shipment (its value is the wire/storage name)."""

    EASY_SHIP = "EASY_SHIP"
    SELF_SHIP = "SELF_SHIP"
    SELLER_FLEX = "SELLER_FLEX"

    @property
    def display_name(self) -> str:
        return DISPLAY_NAMES[self]


EASY_SHIP = Program.EASY_SHIP
SELF_SHIP = Program.SELF_SHIP
SELLER_FLEX = Program.SELLER_FLEX
PROGRAMS: tuple[Program, ...] = (EASY_SHIP, SELF_SHIP, SELLER_FLEX)

#: The packer's name of each program (English source text; the GUI translates it).
DISPLAY_NAMES: dict[Program, str] = {
    EASY_SHIP: "Easy Ship",
    SELF_SHIP: "Self Ship",
    SELLER_FLEX: "Seller Flex",
}

#: program -> (channelName, shippingType) as Amazon sends them.
PROGRAM_CHANNELS: dict[Program, tuple[str, str]] = {
    EASY_SHIP: ("MFN", "MARKETPLACE"),
    SELF_SHIP: ("MFN", "SELF"),
    SELLER_FLEX: ("FBA", "MARKETPLACE"),
}


def program_for(channel_name: str | None, shipping_type: str | None) -> Program:
    """The program from ``channelName`` + ``shippingType`` (case-insensitive; None = default)."""
    if (channel_name or "").upper() == "FBA":
        return SELLER_FLEX
    return SELF_SHIP if (shipping_type or "").upper() == "SELF" else EASY_SHIP


def program_of(shipment: Shipment) -> Program:
    """The program of a shipment (from its ``channelName`` and ``shippingType``)."""
    shipping = shipment.shipping_info.shipping_type
    return program_for(
        shipment.marketplace_attributes.channel_name, getattr(shipping, "value", shipping)
    )


def display_name(program: str) -> str:
    """The packer's name of ``program`` (an unknown value is shown as it came)."""
    try:
        return DISPLAY_NAMES[Program(program)]
    except ValueError:
        return program


#: Shipment statuses in workflow order. CANCELLED is not in it (rank -1).
STATUS_ORDER: tuple[str, ...] = (
    "CREATED",
    "ACCEPTED",
    "CONFIRMED",
    "PACKAGE_CREATED",
    "PICKUP_SLOT_RETRIEVED",
    "INVOICE_GENERATED",
    "SHIPLABEL_GENERATED",
    "SHIPPED",
    "DELIVERED",
)
_RANK = {status: n for n, status in enumerate(STATUS_ORDER)}


def status_rank(status: object) -> int:
    """Position of a status (an enum member or its value) in the workflow; -1 if unknown."""
    value = getattr(status, "value", status)
    return _RANK.get(str(value), -1)
