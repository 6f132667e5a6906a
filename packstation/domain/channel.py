"""What the packing workflow and a sales channel hand each other (channel-neutral, no I/O).

A channel (External Fulfillment, a merchant-fulfilled order with Buy Shipping, an FBA inbound
shipment) is one implementation of :class:`packstation.services.channel.Channel`. The order it
opens is a :class:`packstation.domain.shipments.Shipment` (lines, packages, status in the
workflow order of :func:`packstation.domain.programs.status_rank`); the types here are the rest
of what crosses the seam: what a channel can do for an order (:class:`ChannelCapabilities`), the
options a package can leave with (:class:`RateOption`), the labels and documents it makes
(:class:`PackageLabel`, :class:`LabelFile`, :class:`DocumentFile`), and how a failed call is to be
read (:class:`Trouble`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from packstation.domain.shipments import Shipment

#: the kinds of document a channel makes for an order (:attr:`ChannelCapabilities.documents`)
INVOICE_DOCUMENT = "invoice"
SLIP_DOCUMENT = "slip"


@dataclass(frozen=True)
class ChannelCapabilities:
    """What a channel does for one order: the workflow asks instead of assuming a channel."""

    #: the lines are acknowledged (EF: processShipment CONFIRM) before packing
    acknowledges: bool = False
    #: the documents the channel generates before the label (``INVOICE_DOCUMENT``,
    #: ``SLIP_DOCUMENT``, both in one file, or none)
    documents: tuple[str, ...] = ()
    #: a chosen pickup slot or rate is needed to make the labels again (EF Easy Ship and Self
    #: Ship; Seller Flex has a pre-set slot)
    has_pickup_slots: bool = False
    #: True: the channel makes the carrier's label; False: the seller's own carrier, whose
    #: name and tracking id the packer gives (EF Self Ship)
    labels_from_channel: bool = True
    #: the channel must be told each package shipped (EF Self Ship: updatePackageStatus)
    confirms_shipped: bool = False

    @property
    def has_invoice(self) -> bool:
        return INVOICE_DOCUMENT in self.documents


@dataclass(frozen=True)
class HandoverWindow:
    """When (and how: ``PICKUP`` / ``DROPOFF``) a package leaves the bench."""

    start_time: datetime
    end_time: datetime
    handover_method: str | None = None


@dataclass(frozen=True)
class RateOption:
    """One way a package can leave: a shipping option, a pickup slot or a carrier's rate."""

    #: the channel's id of the option (EF shippingOptionId; Shipping v2 rateId)
    shipping_option_id: str
    carrier_name: str | None = None
    #: the pickup window (the carrier comes) or the time slot (handed over) of the option
    pickup_window: HandoverWindow | None = None
    time_slot: HandoverWindow | None = None
    #: what the option costs, where the channel says (Buy Shipping rates)
    price: str | None = None
    currency: str | None = None


@dataclass(frozen=True)
class RateQuote:
    """The options of one package and the one the channel recommends."""

    options: tuple[RateOption, ...] = ()
    recommended: RateOption | None = None


@dataclass(frozen=True)
class CarrierTracking:
    """The seller's own carrier and tracking id of a package (EF Self Ship)."""

    carrier_name: str
    tracking_id: str


@dataclass(frozen=True)
class LabelFile:
    """A label's bytes and format (``ZPL``, ``PDF``, ``PNG``...)."""

    format: str
    content: bytes


@dataclass(frozen=True)
class DocumentFile:
    """An invoice or packing slip: bytes and format (``PDF``, ``PNG``, ``ZPL``, ``PLAIN_TEXT``)."""

    format: str
    content: bytes


@dataclass(frozen=True)
class PackageLabel:
    """The label the channel made for one package.

    The file is ``file`` when the channel answers it inline, else fetched from ``url``
    (:meth:`Channel.fetch_label`). ``failure`` is the channel's reason when it could not make it.
    """

    package_id: str
    #: None: the channel said nothing of the carrier (no label metadata)
    tracking_id: str | None = None
    carrier_name: str | None = None
    url: str | None = None
    file: LabelFile | None = None
    failure: str | None = None

    @property
    def failed(self) -> bool:
        return self.failure is not None


class TroubleKind(StrEnum):
    """How the workflow reads a channel's failed call."""

    #: the call was sent and no answer came: it may have happened; re-read the order
    AMBIGUOUS = "ambiguous"
    #: refused for the order's state, a duplicate or in progress: re-read and act on it
    REFUSED = "refused"
    #: the answer was broken (not what the API defines): nothing is known to have changed
    MALFORMED = "malformed"
    #: the order, package or link does not exist (any more)
    NOT_FOUND = "not_found"
    #: access refused (a link that expired, credentials)
    DENIED = "denied"
    #: any other failure of the channel (throttled, server error...)
    FAILED = "failed"


#: the kinds after which the order is re-read and the call judged by its real state
UNCLEAR = frozenset({TroubleKind.AMBIGUOUS, TroubleKind.REFUSED, TroubleKind.MALFORMED})


@dataclass(frozen=True)
class Trouble:
    """A channel's failed call, read for the workflow (:meth:`Channel.trouble`)."""

    kind: TroubleKind
    #: the order as re-read by the channel while handling the failure, when it did
    order: Shipment | None = None
    #: the channel's HTTP status, when there was one
    status: int | None = None

    @property
    def unclear(self) -> bool:
        return self.kind in UNCLEAR
