"""Programs, their display names and the status order: the one table every layer reads."""

from __future__ import annotations

import pytest

from packstation.domain.programs import (
    DISPLAY_NAMES,
    EASY_SHIP,
    PROGRAM_CHANNELS,
    PROGRAMS,
    SELF_SHIP,
    SELLER_FLEX,
    STATUS_ORDER,
    Program,
    display_name,
    program_for,
    program_of,
    status_rank,
)
from packstation.domain.shipments import ShipmentStatus
from tests.services.conftest import shipment


@pytest.mark.parametrize(
    ("channel", "shipping", "program"),
    [
        ("MFN", "MARKETPLACE", EASY_SHIP),
        ("MFN", "SELF", SELF_SHIP),
        ("FBA", "MARKETPLACE", SELLER_FLEX),
        ("fba", "SELF", SELLER_FLEX),  # FBA decides, whatever the shipping type
        ("MFN", None, EASY_SHIP),
        (None, None, EASY_SHIP),
    ],
)
def test_program_from_channel_and_shipping_type(
    channel: str | None, shipping: str | None, program: Program
) -> None:
    assert program_for(channel, shipping) is program


def test_program_channels_round_trip() -> None:
    for program in PROGRAMS:
        assert program_for(*PROGRAM_CHANNELS[program]) is program


@pytest.mark.parametrize(
    ("channel", "shipping", "program"),
    [
        ("MFN", "MARKETPLACE", EASY_SHIP),
        ("MFN", "SELF", SELF_SHIP),
        ("FBA", "MARKETPLACE", SELLER_FLEX),
    ],
)
def test_program_of_a_shipment(channel: str, shipping: str, program: Program) -> None:
    found = program_of(shipment(channel=channel, shipping_type=shipping))
    assert found is program
    assert found == program.value  # a plain string compares equal (stored, sent over the wire)


def test_display_names() -> None:
    assert set(DISPLAY_NAMES) == set(PROGRAMS)
    assert display_name("SELF_SHIP") == "Self Ship"
    assert SELLER_FLEX.display_name == "Seller Flex"
    assert display_name("SOMETHING_NEW") == "SOMETHING_NEW"


def test_status_order() -> None:
    ranks = [status_rank(s) for s in STATUS_ORDER]
    assert ranks == sorted(ranks) == list(range(len(STATUS_ORDER)))
    assert status_rank(ShipmentStatus.SHIPPED) == status_rank("SHIPPED")
    assert status_rank("PACKAGE_CREATED") > status_rank("CONFIRMED")
    assert status_rank("CANCELLED") == -1
    assert status_rank("NO_SUCH_STATUS") == -1
