"""Errors raised by :mod:`packstation.store`.

``StoreError``
    base of everything below.
``StoreUnavailable``
    the database could not be reached (or stayed locked) within the retry deadline.
``ClaimedElsewhere``
    the shipment is being packed at another station (names station, packer and since when).
``ClaimLost``
    a claim this station held was released by a supervisor or taken over after it expired.
``SerialInUse``
    a serial number is already recorded for another shipment (or another line).
``UnknownBadge``
    a badge was scanned that belongs to no packer and no name was given.
"""

from __future__ import annotations

from datetime import datetime

from packstation.config import logs


class StoreError(Exception):
    """Something went wrong in the persistence layer."""


class StoreUnavailable(StoreError):
    """The database could not be reached within the retry deadline."""


class ClaimedElsewhere(StoreError):
    """The shipment is claimed by another station or packer."""

    def __init__(self, shipment_id: str, station: str, packer: str, since: datetime) -> None:
        logs.register_personal(packer)
        self.shipment_id = shipment_id
        self.station = station
        self.packer = packer
        self.since = since
        super().__init__(
            f"shipment {shipment_id} is being packed at station {station} by {packer} "
            f"since {since:%Y-%m-%d %H:%M:%S} UTC; a supervisor can release it"
        )


class ClaimLost(StoreError):
    """This station's claim on a shipment is gone (released by a supervisor or taken over)."""

    def __init__(self, shipment_id: str, holder: str | None) -> None:
        self.shipment_id = shipment_id
        self.holder = holder
        where = f"it is now held by station {holder}" if holder else "it was released"
        super().__init__(
            f"this station no longer holds shipment {shipment_id}: {where}; "
            "reopen the shipment before finishing it"
        )


class SerialInUse(StoreError):
    """The serial number is already recorded elsewhere; serials are unique across shipments."""

    def __init__(self, serial: str, shipment_id: str, line_id: str) -> None:
        self.serial = serial
        self.shipment_id = shipment_id
        self.line_id = line_id
        super().__init__(
            f"serial number {serial} is already recorded for shipment {shipment_id} "
            f"(line {line_id}); scan the serial of the item in hand"
        )


class UnknownBadge(StoreError):
    """No packer has this badge."""

    def __init__(self, badge: str) -> None:
        self.badge = badge
        super().__init__(
            f"badge {badge} belongs to no packer; type the packer's name to register it"
        )
