"""Packing one shipment: scan-to-verify, serial numbers, cues and packages (pure logic, no I/O).

A :class:`PackingSession` holds what the packer has done for one shipment: units scanned per
line, serial numbers captured, the packages with their dimensions, weight and contents. It is
plain, synchronous Python: the GUI feeds it scans and shows its state; :mod:`.workflow` turns it into
Amazon's ``createPackages`` body and persists it through :meth:`PackingSession.to_state` so no scan
is lost across a crash.

Serial uniqueness across shipments is checked through a :class:`SerialRegistry` (the store's
serial table in production; an in-memory one in tests).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol

# What a scan means: the devices classifier's kinds (one enum for scanner and session).
from packstation.devices.barcodes import ScanKind
from packstation.devices.weight import Reading, ScaleState
from packstation.domain.codes import IMEI_LENGTH, is_valid_gtin, is_valid_imei
from packstation.domain.plausibility import (
    DEFAULT_LIMITS,
    MIN_WEIGHT_G,
    PackageLimits,
    dimension_problems,
    weight_problems,
    weight_surprise,
)
from packstation.domain.programs import Program, program_of
from packstation.domain.shipments import (
    Package,
    Packages,
    PresenceStatus,
    RequirementLevel,
    Shipment,
    ShipmentLineItem,
    ShipmentStatus,
)
from packstation.domain.units import (
    DIMENSION_UNITS,
    Weight,
    WeightUnit,
    parse_decimal,
    to_grams,
)

_BARCODE_ATTRIBUTE_KEYS = ("gtin", "ean", "upc", "barcode", "asin", "fnsku")
_SERIAL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-/.]{3,63}$")


@dataclass(frozen=True)
class ScanClass:
    """A classified scan. ``gtin`` and ``serial`` come from a GS1 element string (AI 01 + 21)."""

    kind: ScanKind
    value: str
    gtin: str | None = None
    serial: str | None = None
    reason: str = ""


class Refusal(StrEnum):
    """Why a scan was refused (each has its own sound/colour/message in the GUI)."""

    WRONG_ITEM = "wrong_item"
    OVER_SCAN = "over_scan"
    UNKNOWN_BARCODE = "unknown_barcode"
    INVALID_SERIAL = "invalid_serial"
    DUPLICATE_SERIAL = "duplicate_serial"
    SERIAL_EXPECTED = "serial_expected"
    SHIPMENT_CANCELLED = "shipment_cancelled"
    NOT_PACKABLE = "not_packable"


class SerialProblem(StrEnum):
    """Why a scanned code is not taken as a serial number (:func:`serial_problem`)."""

    IMEI_CHECK_DIGIT = "imei_check_digit"
    PRODUCT_BARCODE = "product_barcode"
    NOT_A_SERIAL = "not_a_serial"


@dataclass(frozen=True)
class ScanOutcome:
    """The answer to one scan. ``accepted`` False means refuse loudly with ``message``.

    ``message`` is English (the CLI and the logs print it); the fields after ``action`` hold
    the values it is made of, so a GUI words the same sentence in the packer's language from
    ``refusal`` (or, accepted, from ``awaiting_serial``, ``serial``, ``pieces`` and ``action``).
    """

    accepted: bool
    code: str
    message: str
    refusal: Refusal | None = None
    line_id: str | None = None
    #: after an accepted item scan: the packer must now scan that unit's serial number
    awaiting_serial: bool = False
    serial: str | None = None
    #: for kind ACTION / SHIPMENT scans the session does not handle itself
    action: str | None = None
    #: the line's SKU (a wrong item: its SKU from the catalogue, or its barcode; a duplicate
    #: serial within the shipment: the SKU it was scanned for)
    sku: str = ""
    #: units of the line scanned after this scan, and units expected (an over-scan of pieces:
    #: the line's pieces expected)
    count: int = 0
    total: int = 0
    #: a piece of a multi-piece item: its number among the unit's ``pieces``, the unit (1-based,
    #: 0 when the line has one unit) and the package it went into (1-based)
    piece: int = 0
    pieces: int = 0
    unit: int = 0
    package: int = 0
    #: a duplicate serial: the other shipment that holds it ("" when it is this shipment's)
    other: str = ""
    #: an invalid serial: what is wrong with it
    problem: SerialProblem | None = None
    #: a refused serial (invalid, duplicate): the serial read from the scan (``serial`` is
    #: only ever an accepted one)
    refused_serial: str = ""
    #: a box preset's barcode: the preset's name
    box: str = ""


class SerialRegistry(Protocol):
    """Where serial numbers are unique across every shipment (the store in production)."""

    def owner_of(self, serial: str) -> tuple[str, str] | None:
        """``(shipment_id, line_id)`` holding ``serial``, or None when it is free."""
        ...


class MemorySerialRegistry:
    """An in-process :class:`SerialRegistry` (tests, the CLI without a database)."""

    def __init__(self, taken: Mapping[str, tuple[str, str]] | None = None) -> None:
        self.taken: dict[str, tuple[str, str]] = dict(taken or {})

    def owner_of(self, serial: str) -> tuple[str, str] | None:
        return self.taken.get(serial)


def serial_problem(serial: str) -> SerialProblem | None:
    """What is wrong with ``serial`` as a serial number / IMEI, or None when it is plausible."""
    if serial.isdigit() and len(serial) == IMEI_LENGTH:
        return None if is_valid_imei(serial) else SerialProblem.IMEI_CHECK_DIGIT
    if is_valid_gtin(serial):
        return SerialProblem.PRODUCT_BARCODE
    if not _SERIAL_RE.match(serial):
        return SerialProblem.NOT_A_SERIAL
    return None


def validate_serial(serial: str) -> str | None:
    """Why ``serial`` is not a plausible serial number / IMEI, or None when it is."""
    problem = serial_problem(serial)
    if problem is SerialProblem.IMEI_CHECK_DIGIT:
        return f"IMEI {serial} fails its check digit; rescan it"
    if problem is SerialProblem.PRODUCT_BARCODE:
        return f"{serial} is a product barcode, not a serial number; scan the serial label"
    if problem is SerialProblem.NOT_A_SERIAL:
        return f"{serial!r} is not a serial number (4-64 letters, digits, - / .)"
    return None


@dataclass(frozen=True)
class BoxPreset:
    """A box the bench stocks; ``code`` is its scannable barcode (action barcodes sheet)."""

    name: str
    length: Decimal
    width: Decimal
    height: Decimal
    unit: str = "CM"
    code: str = ""
    tare_g: Decimal = Decimal(0)


DEFAULT_BOX_PRESETS: tuple[BoxPreset, ...] = (
    BoxPreset("S 20x15x10", Decimal(20), Decimal(15), Decimal(10), code="BOX-S"),
    BoxPreset("M 30x25x15", Decimal(30), Decimal(25), Decimal(15), code="BOX-M"),
    BoxPreset("L 40x30x25", Decimal(40), Decimal(30), Decimal(25), code="BOX-L"),
    BoxPreset("XL 60x40x40", Decimal(60), Decimal(40), Decimal(40), code="BOX-XL"),
)


class WeightSource(StrEnum):
    """Where a package's weight came from (shown to the packer, kept in the packing state)."""

    SCALE = "scale"  # a fresh stable reading of the bench scale
    TYPED = "typed"  # typed into the weight field
    BARCODE = "barcode"  # a weight barcode (PS:W:1.25)
    RECOMMENDED = "recommended"  # Amazon's recommended package


class WeightHistory(Protocol):
    """What a unit of a SKU weighed on this bench before (learned from finished packages)."""

    def unit_grams(self, sku: str) -> Decimal | None:
        """The typical weight of one unit of ``sku`` with its share of packing, or None."""
        ...


class MemoryWeightHistory:
    """A :class:`WeightHistory` learned in this process from single-SKU packages."""

    def __init__(self, known: Mapping[str, Decimal] | None = None) -> None:
        self._samples: dict[str, list[Decimal]] = {k: [v] for k, v in (known or {}).items()}

    def learn(self, sku: str, unit_grams: Decimal) -> None:
        samples = self._samples.setdefault(sku, [])
        samples.append(unit_grams)
        del samples[:-20]  # the recent ones: packaging changes

    def unit_grams(self, sku: str) -> Decimal | None:
        samples = sorted(self._samples.get(sku, []))
        return samples[len(samples) // 2] if samples else None


class ScaleFreshness:
    """Which scale readings may weigh the package being packed.

    A reading counts when it is stable, above zero, and comes from a load put on the platter
    after the package was started: the load lying there when it started (the previous box) never
    counts, until the platter is emptied (zero) or settles on a different weight. After that every
    new settled weight counts (items going into a box standing on the scale), once each.
    """

    def __init__(self, tolerance_g: Decimal = Decimal(2)) -> None:
        self.tolerance_g = tolerance_g
        self.present: Weight | None = None  # the load on the platter, as last settled
        self._stale: Weight | None = None
        self._last: Weight | None = None

    def start(self) -> None:
        """A package starts: what lies on the platter now is not its weight."""
        self._stale = self.present
        self._last = None

    def _same(self, a: Weight, b: Weight) -> bool:
        return abs(a.grams - b.grams) <= self.tolerance_g

    def observe(self, reading: Reading) -> Weight | None:
        """The weight to give the package for this reading, or None."""
        weight = reading.weight
        if reading.state in (ScaleState.ZERO, ScaleState.UNDER) or (
            reading.state is ScaleState.STABLE and weight is not None and weight.value <= 0
        ):
            self.present = self._stale = self._last = None
            return None
        if reading.state is not ScaleState.STABLE or weight is None:
            return None
        self.present = weight
        if self._stale is not None:
            if self._same(weight, self._stale):
                return None
            self._stale = None
        if self._last is not None and self._same(weight, self._last):
            return None
        self._last = weight
        return weight


class CueKind(StrEnum):
    GIFT_WRAP = "gift_wrap"
    GIFT_MESSAGE = "gift_message"
    HAZMAT = "hazmat"
    FRAGILE = "fragile"
    MULTI_PIECE = "multi_piece"
    SERIAL = "serial"
    CASH_ON_DELIVERY = "cash_on_delivery"
    PACKING_SLIP = "packing_slip"


@dataclass(frozen=True)
class Cue:
    """Something the packer must notice (gift wrap, hazmat label ...).

    ``text`` is English (CLI, logs); a GUI words the cue from ``kind`` and its values.
    """

    kind: CueKind
    text: str
    line_id: str | None = None
    #: the line's SKU (none for the shipment's own cues: cash on delivery, packing slip)
    sku: str = ""
    #: the buyer's words as they came: the gift wrap's label, or the gift message
    detail: str = ""
    #: hazmat: the labels to apply (empty: Amazon names none)
    labels: tuple[str, ...] = ()
    #: multi-piece: the pieces of one unit
    count: int = 0


@dataclass
class LineState:
    """One shipment line: expected vs scanned units and the serials captured."""

    line_id: str
    sku: str
    expected: int
    barcodes: tuple[str, ...]
    serial_required: bool
    hazmat_labels: tuple[str, ...] = ()
    scanned: int = 0
    serials: list[str] = field(default_factory=list)
    #: pieces per unit of a multi-piece item (pieceType MULTIPLE), 1 for a single-piece item
    pieces: int = 1
    #: pieces scanned so far (a multi-piece unit counts as scanned once all its pieces are)
    pieces_scanned: int = 0
    #: the packer confirmed (PS:CONFIRM, audited) that this item's pieces travel together
    pieces_together: bool = False

    @property
    def multi_piece(self) -> bool:
        return self.pieces > 1

    @property
    def expected_pieces(self) -> int:
        return self.expected * self.pieces

    @property
    def remaining(self) -> int:
        return self.expected - self.scanned

    @property
    def remaining_scans(self) -> int:
        """Scans still to make: one per piece of a multi-piece item, else one per unit."""
        if self.multi_piece and not self.pieces_together:
            return self.expected_pieces - self.pieces_scanned
        return self.remaining

    @property
    def done(self) -> bool:
        return self.scanned >= self.expected and (
            not self.serial_required or len(self.serials) >= self.expected
        )


@dataclass
class PackageDraft:
    """A package being filled: typed dimensions, weight, and units per line."""

    package_id: str
    length: Decimal | None = None
    width: Decimal | None = None
    height: Decimal | None = None
    dimension_unit: str = "CM"
    weight: Decimal | None = None
    weight_unit: str = "KG"
    preset: str | None = None
    fragile: bool = False
    units: dict[str, int] = field(default_factory=dict)
    serials: dict[str, list[str]] = field(default_factory=dict)
    weight_source: WeightSource | None = None
    #: the weight the packer confirmed (PS:CONFIRM) although it is far from the expected one
    confirmed_weight: Decimal | None = None
    #: Self Ship: the carrier's tracking id of this package
    tracking_id: str = ""
    #: multi-piece lines: one entry per piece in this package, the unit it belongs to (0-based)
    pieces: dict[str, list[int]] = field(default_factory=dict)

    @property
    def unit_count(self) -> int:
        return sum(self.units.values())

    @property
    def has_dimensions(self) -> bool:
        return None not in (self.length, self.width, self.height)

    @property
    def grams(self) -> Decimal | None:
        return None if self.weight is None else to_grams(self.weight, self.weight_unit)

    def problems(self, limits: PackageLimits = DEFAULT_LIMITS) -> list[str]:
        out = []
        if not self.unit_count:
            out.append(f"package {self.package_id} is empty")
        if not self.has_dimensions:
            out.append(f"package {self.package_id} needs its dimensions")
        else:
            dims = (self.length, self.width, self.height)
            out.extend(
                f"package {self.package_id}: {p}"
                for p in dimension_problems(dims, self.dimension_unit, limits)  # type: ignore[arg-type]
            )
        if self.weight is None:
            out.append(f"package {self.package_id} needs its weight")
        elif to_grams(self.weight, self.weight_unit) < MIN_WEIGHT_G:
            out.append(f"package {self.package_id} weighs under 5 g: weigh it again")
        else:
            out.extend(
                f"package {self.package_id}: {p}"
                for p in weight_problems(self.weight, self.weight_unit, limits)
            )
        return out


class PackingError(ValueError):
    """An action on the session that cannot be done; the message says why."""


def typed_weight(text: str | Decimal, unit: str | WeightUnit = WeightUnit.KG) -> Weight:
    """The weight a packer typed (a decimal comma accepted); :class:`PackingError` if it is not
    one."""
    try:
        return Weight.of(text, unit)
    except ValueError as exc:
        raise PackingError(str(exc)) from None


def _active_units(line: ShipmentLineItem) -> int:
    cancelled = sum(c.cancelled_quantity for c in line.cancellations or [])
    return max(0, line.number_of_units - cancelled)


def _req(value: object) -> bool:
    return str(value) == RequirementLevel.REQUIRED.value


class PackingSession:
    """The packer's work on one shipment (see the module docstring)."""

    def __init__(
        self,
        shipment: Shipment,
        *,
        serials: SerialRegistry | None = None,
        catalogue: Mapping[str, str] | None = None,
        box_presets: Sequence[BoxPreset] = DEFAULT_BOX_PRESETS,
        limits: PackageLimits = DEFAULT_LIMITS,
        weights: WeightHistory | None = None,
    ) -> None:
        """``catalogue`` maps known product barcodes to SKUs (to tell a wrong item from garbage);
        ``limits`` are the plausibility bounds of a package, ``weights`` what units weighed
        before (the expected weight)."""
        self.shipment = shipment
        self.limits = limits
        self.weight_history = weights
        #: Self Ship: the carrier that takes the packages (one per shipment)
        self.carrier = ""
        #: the scale's readings that may weigh the current package (see ScaleFreshness)
        self.scale = ScaleFreshness()
        #: multi-piece lines the packer confirmed to ship in fewer packages than pieces (audited)
        self.pieces_overridden = False
        self.serials_registry = serials or MemorySerialRegistry()
        self.catalogue = dict(catalogue or {})
        self.box_presets = list(box_presets)
        self.lines: dict[str, LineState] = {}
        for item in shipment.line_items:
            expected = _active_units(item)
            if expected <= 0:
                continue
            codes = {item.merchant_sku}
            for attr in item.custom_attributes or []:
                if attr.key and attr.key.lower() in _BARCODE_ATTRIBUTE_KEYS and attr.value:
                    codes.add(attr.value)
            codes.update(b for b, sku in self.catalogue.items() if sku == item.merchant_sku)
            self.lines[item.shipment_line_item_id] = LineState(
                line_id=item.shipment_line_item_id,
                sku=item.merchant_sku,
                expected=expected,
                barcodes=tuple(sorted(codes)),
                serial_required=_req(item.compliance_attributes.serial_number_requirement),
                hazmat_labels=tuple(item.hazmat_labels or ()),
                pieces=pieces_per_unit(item),
            )
        self._by_code: dict[str, str] = {}
        for line in self.lines.values():
            for code in line.barcodes:
                self._by_code.setdefault(code, line.line_id)
                self._by_code.setdefault(code.upper(), line.line_id)
        self.packages: list[PackageDraft] = [PackageDraft(self._package_id(1))]
        self.current = 0
        #: line id -> package index, from Amazon's recommended packages (when used)
        self.recommended_lines: dict[str, int] = {}
        self._recommended_grams: dict[str, Decimal] = {}
        self.pending_serial_line: str | None = None
        self.refusals: dict[str, int] = {r.value: 0 for r in Refusal}
        self.cancelled = str(shipment.status) == ShipmentStatus.CANCELLED.value

    # ------------------------------------------------------------------ facts
    @property
    def shipment_id(self) -> str:
        return self.shipment.id

    @property
    def program(self) -> Program:
        return program_of(self.shipment)

    @property
    def expected_units(self) -> int:
        return sum(line.expected for line in self.lines.values())

    @property
    def scanned_units(self) -> int:
        return sum(line.scanned for line in self.lines.values())

    @property
    def current_package(self) -> PackageDraft:
        return self.packages[self.current]

    def cues(self) -> list[Cue]:
        """Gift wrap, gift message, hazmat, fragile, multi-piece, serial, COD, packing slip."""
        out: list[Cue] = []
        for item in self.shipment.line_items:
            lid = item.shipment_line_item_id
            gift = item.gift_attributes
            sku = item.merchant_sku
            if gift is not None and _req(gift.gift_wrap_requirement):
                wrap = gift.gift_wrap_label or ""
                label = f": {wrap}" if wrap else ""
                out.append(
                    Cue(CueKind.GIFT_WRAP, f"gift wrap {sku}{label}", lid, sku=sku, detail=wrap)
                )
            if gift is not None and str(gift.gift_message_presence) == PresenceStatus.PRESENT.value:
                text = ""
                if gift.gift_message is not None and gift.gift_message.content:
                    text = gift.gift_message.content
                out.append(
                    Cue(
                        CueKind.GIFT_MESSAGE,
                        f"gift message: {text}".strip(),
                        lid,
                        sku=sku,
                        detail=text,
                    )
                )
            if item.hazmat_labels or _req(item.compliance_attributes.hazmat_labels_requirement):
                names = tuple(item.hazmat_labels or ())
                labels = ", ".join(names) or "hazmat"
                out.append(
                    Cue(CueKind.HAZMAT, f"hazmat {sku}: apply {labels}", lid, sku=sku, labels=names)
                )
            if str(item.piece_type) == "MULTIPLE":
                count = pieces_per_unit(item)
                out.append(
                    Cue(
                        CueKind.MULTI_PIECE,
                        f"{sku} ships in {count} pieces: one package per piece",
                        lid,
                        sku=sku,
                        count=count,
                    )
                )
            if _req(item.compliance_attributes.serial_number_requirement):
                out.append(Cue(CueKind.SERIAL, f"scan the serial of each {sku}", lid, sku=sku))
            for attr in item.custom_attributes or []:
                if (attr.key or "").lower() == "fragile" and (attr.value or "").lower() == "true":
                    out.append(Cue(CueKind.FRAGILE, f"{sku} is fragile", lid, sku=sku))
        if str(self.shipment.shipment_info.payment_method) == "CASH_ON_DELIVERY":
            out.append(Cue(CueKind.CASH_ON_DELIVERY, "cash on delivery"))
        slip = self.shipment.shipment_requirements.p_slip.requirement
        if str(slip) == "REQUIRED":
            out.append(Cue(CueKind.PACKING_SLIP, "put the packing slip in the box"))
        return out

    # ------------------------------------------------------------------ scanning
    def line_for_code(self, code: str) -> str | None:
        return self._by_code.get(code) or self._by_code.get(code.upper())

    def scan(self, code: str, classification: ScanClass | None = None) -> ScanOutcome:
        """Apply one scan. Refusals are counted in :attr:`refusals` and change nothing else."""
        code = code.strip()
        cls = classification or ScanClass(ScanKind.UNKNOWN, code)
        if self.cancelled:
            return self._refuse(
                code,
                Refusal.SHIPMENT_CANCELLED,
                "the marketplace cancelled this shipment: put the items back",
            )
        if cls.kind is ScanKind.ACTION:
            preset = self.preset_for_code(cls.value)
            if preset is not None:
                self.apply_preset(preset)
                return ScanOutcome(
                    True, code, f"box {preset.name}", action=f"box:{preset.code}", box=preset.name
                )
            return ScanOutcome(True, code, cls.value, action=cls.value)
        preset = self.preset_for_code(code)
        if preset is not None and cls.kind is ScanKind.UNKNOWN:
            self.apply_preset(preset)
            return ScanOutcome(
                True, code, f"box {preset.name}", action=f"box:{preset.code}", box=preset.name
            )
        if cls.kind is ScanKind.SHIPMENT and self.line_for_code(code) is None:
            return ScanOutcome(True, code, "shipment code", action="shipment")
        gtin = cls.gtin
        if gtin and cls.serial:
            # GS1 element string: item and serial in one scan.
            outcome = self._scan_item(code, self.line_for_code(gtin), gtin)
            if not outcome.accepted or not outcome.awaiting_serial:
                return outcome
            serial_outcome = self._scan_serial(code, cls.serial)
            if not serial_outcome.accepted:
                self._undo_unit(outcome.line_id)
            return serial_outcome
        if self.pending_serial_line is not None:
            if self.line_for_code(code) is not None or (gtin and self.line_for_code(gtin)):
                pending = self.lines[self.pending_serial_line]
                return self._refuse(
                    code,
                    Refusal.SERIAL_EXPECTED,
                    f"scan the serial number of the {pending.sku} just scanned before the next "
                    "item",
                    self.pending_serial_line,
                    sku=pending.sku,
                )
            return self._scan_serial(code, cls.serial or code)
        line_id = self.line_for_code(code) or (self.line_for_code(gtin) if gtin else None)
        return self._scan_item(code, line_id, gtin or code)

    def _scan_item(self, code: str, line_id: str | None, barcode: str) -> ScanOutcome:
        if line_id is None:
            if barcode in self.catalogue or is_valid_gtin(barcode):
                sku = self.catalogue.get(barcode, barcode)
                return self._refuse(
                    code,
                    Refusal.WRONG_ITEM,
                    f"{sku} is not in this shipment: put it aside",
                    sku=sku,
                )
            return self._refuse(
                code, Refusal.UNKNOWN_BARCODE, f"unknown barcode {code!r}: scan the item's barcode"
            )
        line = self.lines[line_id]
        if line.multi_piece:
            return self._scan_piece(code, line)
        if line.scanned >= line.expected:
            return self._over_scan(code, line)
        line.scanned += 1
        pkg = self.current_package
        if line_id in self.recommended_lines and not self.current:
            pkg = self.packages[self.recommended_lines[line_id]]
        pkg.units[line_id] = pkg.units.get(line_id, 0) + 1
        if line.serial_required:
            self.pending_serial_line = line_id
            return ScanOutcome(
                True,
                code,
                f"{line.sku} {line.scanned}/{line.expected}: now scan its serial number",
                line_id=line_id,
                awaiting_serial=True,
                sku=line.sku,
                count=line.scanned,
                total=line.expected,
            )
        return ScanOutcome(
            True,
            code,
            f"{line.sku} {line.scanned}/{line.expected}",
            line_id=line_id,
            sku=line.sku,
            count=line.scanned,
            total=line.expected,
        )

    def _over_scan(self, code: str, line: LineState) -> ScanOutcome:
        return self._refuse(
            code,
            Refusal.OVER_SCAN,
            f"{line.sku}: all {line.expected} already scanned - take this one out",
            line.line_id,
            sku=line.sku,
            count=line.scanned,
            total=line.expected,
        )

    # ------------------------------------------------------------------ multi-piece items
    def _scan_piece(self, code: str, line: LineState) -> ScanOutcome:
        """One piece of a multi-piece item: each piece is a package of its own, so a piece goes
        into the current package when that holds no piece of the item yet, else into the next
        package that holds none (a new one when there is none: the packer weighs and labels
        each box). Confirmed together (``PS:CONFIRM``), a scan is a whole unit in the current
        package."""
        lid = line.line_id
        if line.pieces_together:
            if line.scanned >= line.expected:
                return self._over_scan(code, line)
            unit = self._next_piece_unit(line)
            pkg = self.current_package
            have = sum(1 for p in self.packages for u in p.pieces.get(lid, []) if u == unit)
            pkg.pieces.setdefault(lid, []).extend([unit] * (line.pieces - have))
            self._count_pieces(line)
            return ScanOutcome(
                True,
                code,
                f"{line.sku} {line.scanned}/{line.expected}",
                line_id=lid,
                sku=line.sku,
                count=line.scanned,
                total=line.expected,
            )
        if line.pieces_scanned >= line.expected_pieces:
            return self._refuse(
                code,
                Refusal.OVER_SCAN,
                f"{line.sku}: all {line.expected_pieces} pieces already scanned - take this "
                "one out",
                lid,
                sku=line.sku,
                count=line.pieces_scanned,
                total=line.expected_pieces,
                pieces=line.pieces,
            )
        unit = self._next_piece_unit(line)
        index = self.current
        if lid in self.packages[index].pieces:
            free = [i for i, p in enumerate(self.packages) if lid not in p.pieces and i > index]
            free = free or [i for i, p in enumerate(self.packages) if lid not in p.pieces]
            if free:
                index = free[0]
                self.select_package(index)
            else:
                self.add_package()
                index = self.current
        pkg = self.packages[index]
        pkg.pieces.setdefault(lid, []).append(unit)
        self._count_pieces(line)
        done = sum(1 for p in self.packages for u in p.pieces.get(lid, []) if u == unit)
        unit_text = f" (unit {unit + 1} of {line.expected})" if line.expected > 1 else ""
        return ScanOutcome(
            True,
            code,
            f"{line.sku} piece {done} of {line.pieces}{unit_text} in package {index + 1}",
            line_id=lid,
            sku=line.sku,
            count=line.scanned,
            total=line.expected,
            piece=done,
            pieces=line.pieces,
            unit=unit + 1 if line.expected > 1 else 0,
            package=index + 1,
        )

    def _next_piece_unit(self, line: LineState) -> int:
        """The first unit of ``line`` still missing a piece."""
        counts = [0] * line.expected
        for pkg in self.packages:
            for unit in pkg.pieces.get(line.line_id, []):
                if unit < line.expected:
                    counts[unit] += 1
        return next((u for u, n in enumerate(counts) if n < line.pieces), line.expected - 1)

    def _count_pieces(self, line: LineState) -> None:
        """Recount a multi-piece line: pieces, whole units, units per package."""
        lid = line.line_id
        counts: dict[int, int] = {}
        for pkg in self.packages:
            units = pkg.pieces.get(lid)
            if units == []:
                del pkg.pieces[lid]
                units = None
            if units:
                pkg.units[lid] = len(set(units))
                for unit in units:
                    counts[unit] = counts.get(unit, 0) + 1
            else:
                pkg.units.pop(lid, None)
        line.pieces_scanned = sum(counts.values())
        line.scanned = sum(1 for n in counts.values() if n >= line.pieces)

    def piece_problems(self) -> list[str]:
        """Multi-piece items not shipping one piece per package (and not confirmed together)."""
        out = []
        for line in self.lines.values():
            if not line.multi_piece or line.pieces_together:
                continue
            for pkg in self.packages:
                if len(pkg.pieces.get(line.line_id, [])) > 1:
                    out.append(
                        f"package {pkg.package_id} holds {len(pkg.pieces[line.line_id])} pieces "
                        f"of {line.sku}: each piece ships in its own package (scan PS:CONFIRM "
                        "to ship them together)"
                    )
        return out

    def confirm_pieces(self) -> list[str]:
        """The packer confirms (``PS:CONFIRM``) that a multi-piece item's pieces travel together:
        its pieces in one package, or an item shipped whole although Amazon lists it in pieces.
        Applies to the multi-piece lines that are started and not one piece per package; the
        pieces missing from a started unit are counted in the package holding its last piece.
        Returns the SKUs confirmed (audited by the caller)."""
        out = []
        for line in self.lines.values():
            if not line.multi_piece or line.pieces_together or not line.pieces_scanned:
                continue
            shared = any(len(p.pieces.get(line.line_id, [])) > 1 for p in self.packages)
            partial = line.pieces_scanned % line.pieces != 0
            if not (shared or partial):
                continue
            line.pieces_together = True
            last: dict[int, PackageDraft] = {}
            have: dict[int, int] = {}
            for pkg in self.packages:
                for unit in pkg.pieces.get(line.line_id, []):
                    last[unit] = pkg
                    have[unit] = have.get(unit, 0) + 1
            for unit, pkg in last.items():
                pkg.pieces[line.line_id].extend([unit] * (line.pieces - have[unit]))
            self._count_pieces(line)
            out.append(line.sku)
        if out:
            self.pieces_overridden = True
        return out

    def whole_units(self, pkg: PackageDraft) -> bool:
        """Whether ``pkg`` holds only whole units (its weight says what its units weigh)."""
        for lid, units in pkg.pieces.items():
            line = self.lines[lid]
            if any(units.count(u) < line.pieces for u in set(units)):
                return False
        return True

    def _undo_unit(self, line_id: str | None) -> None:
        if line_id is None:
            return
        line = self.lines[line_id]
        line.scanned -= 1
        for pkg in reversed(self.packages):
            if pkg.units.get(line_id, 0) > len(pkg.serials.get(line_id, [])):
                pkg.units[line_id] -= 1
                if not pkg.units[line_id]:
                    del pkg.units[line_id]
                break
        self.pending_serial_line = None

    def _scan_serial(self, code: str, serial: str) -> ScanOutcome:
        line_id = self.pending_serial_line
        assert line_id is not None
        line = self.lines[line_id]
        problem = validate_serial(serial)
        if problem:
            return self._refuse(
                code,
                Refusal.INVALID_SERIAL,
                problem,
                line_id,
                sku=line.sku,
                problem=serial_problem(serial),
                refused_serial=serial,
            )
        for other in self.lines.values():
            if serial in other.serials:
                return self._refuse(
                    code,
                    Refusal.DUPLICATE_SERIAL,
                    f"serial {serial} was already scanned for {other.sku}: scan this unit's serial",
                    line_id,
                    sku=other.sku,
                    refused_serial=serial,
                )
        owner = self.serials_registry.owner_of(serial)
        if owner is not None and owner[0] != self.shipment_id:
            return self._refuse(
                code,
                Refusal.DUPLICATE_SERIAL,
                f"serial {serial} is already recorded for shipment {owner[0]}: "
                "scan the serial of the item in hand",
                line_id,
                sku=line.sku,
                other=owner[0],
                refused_serial=serial,
            )
        line.serials.append(serial)
        pkg = self._package_holding_unserialled(line_id)
        pkg.serials.setdefault(line_id, []).append(serial)
        self.pending_serial_line = None
        return ScanOutcome(
            True, code, f"{line.sku} serial {serial}", line_id=line_id, serial=serial, sku=line.sku
        )

    def _package_holding_unserialled(self, line_id: str) -> PackageDraft:
        for pkg in self.packages:
            if pkg.units.get(line_id, 0) > len(pkg.serials.get(line_id, [])):
                return pkg
        return self.current_package

    def _refuse(
        self,
        code: str,
        reason: Refusal,
        message: str,
        line_id: str | None = None,
        *,
        sku: str = "",
        count: int = 0,
        total: int = 0,
        pieces: int = 0,
        other: str = "",
        problem: SerialProblem | None = None,
        refused_serial: str = "",
    ) -> ScanOutcome:
        """A refused scan, counted; the keywords are the values ``message`` is made of."""
        self.refusals[reason.value] += 1
        return ScanOutcome(
            False,
            code,
            message,
            refusal=reason,
            line_id=line_id,
            sku=sku,
            count=count,
            total=total,
            pieces=pieces,
            other=other,
            problem=problem,
            refused_serial=refused_serial,
        )

    def remove_unit(self, line_id: str, package_index: int | None = None) -> None:
        """Take one unit of ``line_id`` back out (a unit put in by mistake); its serial goes too."""
        line = self.lines[line_id]
        indexes = [package_index] if package_index is not None else range(len(self.packages))
        if line.multi_piece:
            # one piece out (a whole unit when its pieces travel together)
            for i in reversed(list(indexes)):
                units = self.packages[i].pieces.get(line_id)
                if units:
                    last = units[-1]
                    take = line.pieces if line.pieces_together else 1
                    for _ in range(take):
                        if last in units:
                            units.reverse()
                            units.remove(last)
                            units.reverse()
                    self._count_pieces(line)
                    return
            raise PackingError(f"no piece of {line.sku} to take out")
        for i in reversed(list(indexes)):
            pkg = self.packages[i]
            if pkg.units.get(line_id):
                pkg.units[line_id] -= 1
                if not pkg.units[line_id]:
                    del pkg.units[line_id]
                serials = pkg.serials.get(line_id, [])
                if len(serials) > pkg.units.get(line_id, 0):
                    line.serials.remove(serials.pop())
                line.scanned -= 1
                if self.pending_serial_line == line_id:
                    self.pending_serial_line = None
                return
        raise PackingError(f"no unit of {line.sku} to take out")

    # ------------------------------------------------------------------ packages
    def _package_id(self, n: int) -> str:
        return f"{self.shipment.id}-P{n}"

    def add_package(self, preset: BoxPreset | None = None) -> PackageDraft:
        """Start another package; scans go into it from now on."""
        used = {p.package_id for p in self.packages}
        n = len(self.packages) + 1
        while self._package_id(n) in used:
            n += 1
        pkg = PackageDraft(self._package_id(n))
        self.packages.append(pkg)
        self.current = len(self.packages) - 1
        self.scale.start()  # the box on the platter now is the previous package's
        if preset is not None:
            self.apply_preset(preset)
        return pkg

    def select_package(self, index: int) -> None:
        if not 0 <= index < len(self.packages):
            raise PackingError(f"there is no package {index + 1}")
        if index != self.current:
            self.scale.start()
        self.current = index

    def remove_package(self, index: int) -> None:
        if len(self.packages) == 1:
            raise PackingError("a shipment needs at least one package")
        pkg = self.packages[index]
        if pkg.unit_count:
            raise PackingError(f"package {pkg.package_id} still holds items: move them first")
        del self.packages[index]
        self.current = min(self.current, len(self.packages) - 1)

    def move_units(self, line_id: str, quantity: int, source: int, target: int) -> None:
        """Move ``quantity`` units of a line (and their serials) between packages."""
        src, dst = self.packages[source], self.packages[target]
        line = self.lines[line_id]
        if line.multi_piece:
            # ``quantity`` pieces (whole units when the pieces travel together)
            units = src.pieces.get(line_id, [])
            pieces: list[int] = []
            if line.pieces_together:
                for unit in list(dict.fromkeys(reversed(units)))[:quantity]:
                    pieces.extend(u for u in units if u == unit)
            elif 0 < quantity <= len(units):
                pieces = units[len(units) - quantity :]
            if not pieces:
                raise PackingError(f"package {src.package_id} holds {len(units)} of line {line_id}")
            for unit in pieces:
                units.remove(unit)
            dst.pieces.setdefault(line_id, []).extend(pieces)
            self._count_pieces(line)
            return
        have = src.units.get(line_id, 0)
        if quantity <= 0 or quantity > have:
            raise PackingError(f"package {src.package_id} holds {have} of line {line_id}")
        src.units[line_id] = have - quantity
        if not src.units[line_id]:
            del src.units[line_id]
        dst.units[line_id] = dst.units.get(line_id, 0) + quantity
        serials = src.serials.get(line_id, [])
        excess = len(serials) - src.units.get(line_id, 0)
        if excess > 0:
            moving = serials[len(serials) - excess :]
            del serials[len(serials) - excess :]
            dst.serials.setdefault(line_id, []).extend(moving)

    def preset_for_code(self, code: str) -> BoxPreset | None:
        for preset in self.box_presets:
            if code and code in (preset.code, preset.name):
                return preset
        return None

    def apply_preset(self, preset: BoxPreset, index: int | None = None) -> None:
        pkg = self.packages[self.current if index is None else index]
        pkg.length, pkg.width, pkg.height = preset.length, preset.width, preset.height
        pkg.dimension_unit = preset.unit.upper()
        pkg.preset = preset.name

    def set_dimensions(
        self,
        length: Decimal | str | float,
        width: Decimal | str | float,
        height: Decimal | str | float,
        unit: str = "CM",
        index: int | None = None,
    ) -> None:
        unit = unit.upper()
        if unit not in DIMENSION_UNITS:
            raise PackingError(f"unknown dimension unit {unit!r}: use cm, m or in")
        values = []
        for name, raw in (("length", length), ("width", width), ("height", height)):
            try:
                value = parse_decimal(raw, name)
            except ValueError as exc:
                raise PackingError(str(exc)) from None
            if value <= 0:
                raise PackingError(f"{name} must be more than 0")
            values.append(value)
        problems = dimension_problems(values, unit, self.limits)
        if problems:
            raise PackingError("; ".join(problems))
        pkg = self.packages[self.current if index is None else index]
        pkg.length, pkg.width, pkg.height = values
        pkg.dimension_unit = unit
        pkg.preset = None

    def set_weight(
        self,
        weight: Weight,
        index: int | None = None,
        *,
        source: WeightSource = WeightSource.TYPED,
    ) -> None:
        """The package's weight (from the scale, typed or from a barcode). Amazon needs at least
        5 g; a weight outside the plausibility bounds is refused here, before it can reach a
        label."""
        unit = weight.unit.wire
        if weight.grams < MIN_WEIGHT_G:
            raise PackingError(f"{weight} is under 5 g: Amazon refuses it")
        problems = weight_problems(weight.value, unit, self.limits)
        if problems:
            raise PackingError("; ".join(problems))
        pkg = self.packages[self.current if index is None else index]
        if pkg.weight != weight.value or pkg.weight_unit != unit:
            pkg.confirmed_weight = None
        pkg.weight, pkg.weight_unit = weight.value, unit
        pkg.weight_source = source

    def observe_scale(self, reading: Reading) -> bool:
        """Feed a scale reading; True when it weighed the current package (a fresh, stable,
        plausible weight, and the packer has not typed or scanned one for it)."""
        weight = self.scale.observe(reading)
        if weight is None or self.cancelled:
            return False
        pkg = self.current_package
        if pkg.weight_source in (WeightSource.TYPED, WeightSource.BARCODE):
            return False  # the packer's own weight stands
        try:
            self.set_weight(weight, source=WeightSource.SCALE)
        except PackingError:
            return False  # implausible (an overload, a knee on the platter): not this package's
        return True

    def start_weighing(self, present: Reading | None) -> None:
        """The session is on the bench now; ``present`` is the scale's latest reading (the load
        lying on the platter is not this shipment's first package)."""
        if present is not None:
            self.scale.observe(present)
        self.scale.start()

    # ------------------------------------------------------------------ expected weight
    def expected_grams(self, index: int | None = None) -> Decimal | None:
        """What the package should weigh: Amazon's recommended package's weight where the
        packages are Amazon's, else the sum of the units' weights this bench learned (None
        when a SKU in it has no history)."""
        pkg = self.packages[self.current if index is None else index]
        if pkg.package_id in self._recommended_grams:
            return self._recommended_grams[pkg.package_id]
        history = self.weight_history
        if history is None or not pkg.units or not self.whole_units(pkg):
            return None
        total = Decimal(0)
        for line_id, qty in pkg.units.items():
            unit = history.unit_grams(self.lines[line_id].sku)
            if unit is None:
                return None
            total += unit * qty
        return total

    def weight_surprise(self, index: int | None = None) -> str | None:
        """A sentence when the package's weight is far from the expected one and the packer has
        not confirmed it (``PS:CONFIRM``); None otherwise."""
        pkg = self.packages[self.current if index is None else index]
        grams = pkg.grams
        if grams is None or pkg.confirmed_weight == pkg.weight:
            return None
        return weight_surprise(grams, self.expected_grams(index), self.limits)

    def confirm_weights(self) -> list[str]:
        """The packer confirms the surprising weights (``PS:CONFIRM``); the packages confirmed."""
        out = []
        for index, pkg in enumerate(self.packages):
            if self.weight_surprise(index) is not None:
                pkg.confirmed_weight = pkg.weight
                out.append(pkg.package_id)
        return out

    # ------------------------------------------------------------------ Self Ship
    def set_tracking(self, tracking_id: str, carrier: str = "") -> int:
        """Give the next package without one (the current one first) ``tracking_id``; the index
        of the package it went to. A tracking id already on another package is refused."""
        tracking_id = tracking_id.strip()
        for pkg in self.packages:
            if pkg.tracking_id == tracking_id:
                raise PackingError(f"tracking id {tracking_id} is already on {pkg.package_id}")
        order = [self.current, *(i for i in range(len(self.packages)) if i != self.current)]
        for index in order:
            if not self.packages[index].tracking_id:
                self.packages[index].tracking_id = tracking_id
                if carrier:
                    self.carrier = carrier
                return index
        raise PackingError(
            f"every package already has a tracking id: {len(self.packages)} package(s)"
        )

    def set_fragile(self, fragile: bool = True, index: int | None = None) -> None:
        self.packages[self.current if index is None else index].fragile = fragile

    def use_recommended_packages(self) -> bool:
        """Lay out the packages Amazon recommends (dimensions, weight, which lines go where).

        Only while nothing is scanned; returns False when Amazon recommends nothing.
        """
        recs = self.shipment.shipping_info.recommended_packages or []
        if not recs:
            return False
        if self.scanned_units or any(line.pieces_scanned for line in self.lines.values()):
            raise PackingError("recommended packages can only be used before scanning")
        self.packages = []
        self.recommended_lines = {}
        self._recommended_grams = {}
        for n, rec in enumerate(recs, start=1):
            pkg = PackageDraft(
                self._package_id(n),
                length=rec.dimensions.length.value,
                width=rec.dimensions.width.value,
                height=rec.dimensions.height.value,
                dimension_unit=str(rec.dimensions.length.dimension_unit),
                weight=rec.weight.value,
                weight_unit=str(rec.weight.weight_unit),
                preset="recommended",
                weight_source=WeightSource.RECOMMENDED,
            )
            self._recommended_grams[pkg.package_id] = to_grams(
                rec.weight.value, str(rec.weight.weight_unit)
            )
            for li in rec.line_items:
                self.recommended_lines.setdefault(li.line_item_id, n - 1)
            self.packages.append(pkg)
        self.current = 0
        return True

    # ------------------------------------------------------------------ completion
    def problems(self) -> list[str]:
        """Everything that stops finishing, in words a packer understands (empty: complete)."""
        out: list[str] = []
        if self.cancelled:
            out.append("the marketplace cancelled this shipment: put the items back")
        for line in self.lines.values():
            if line.multi_piece and line.scanned < line.expected and not line.pieces_together:
                out.append(
                    f"{line.sku}: {line.pieces_scanned} of {line.expected_pieces} pieces scanned"
                    " (scan each piece; PS:CONFIRM when it ships in one box)"
                )
            elif line.scanned < line.expected:
                out.append(f"{line.sku}: {line.scanned} of {line.expected} scanned")
            elif line.serial_required and len(line.serials) < line.expected:
                out.append(f"{line.sku}: {line.expected - len(line.serials)} serial(s) missing")
        for index, pkg in enumerate(self.packages):
            if pkg.unit_count == 0 and len(self.packages) > 1:
                out.append(f"package {pkg.package_id} is empty: remove it")
            else:
                out.extend(p for p in pkg.problems(self.limits) if "is empty" not in p)
            surprise = self.weight_surprise(index)
            if surprise is not None:
                out.append(f"package {pkg.package_id}: {surprise}")
        out.extend(self.piece_problems())
        return out

    @property
    def is_complete(self) -> bool:
        return not self.problems()

    def to_packages(self) -> list[Package]:
        """The packages as Amazon's models (requires :attr:`is_complete`)."""
        problems = self.problems()
        if problems:
            raise PackingError("; ".join(problems))
        out = []
        for pkg in self.packages:
            hazmat: list[str] = []
            items = []
            for line_id, qty in pkg.units.items():
                line = self.lines[line_id]
                for label in line.hazmat_labels:
                    if label not in hazmat:
                        hazmat.append(label)
                item: dict[str, Any] = {"packageLineItemId": line_id, "quantity": qty}
                if line.multi_piece:
                    item["pieces"] = len(pkg.pieces.get(line_id, []))
                if line.serial_required:
                    item["serialNumbers"] = list(pkg.serials.get(line_id, []))
                items.append(item)
            body: dict[str, Any] = {
                "id": pkg.package_id,
                "dimensions": {
                    k: {"value": str(v), "dimensionUnit": pkg.dimension_unit}
                    for k, v in (
                        ("length", pkg.length),
                        ("width", pkg.width),
                        ("height", pkg.height),
                    )
                },
                "weight": {"value": str(pkg.weight), "weightUnit": pkg.weight_unit},
                "packageLineItems": items,
                "packageHandlingRequirements": "FRAGILE" if pkg.fragile else "NORMAL",
            }
            if hazmat:
                body["hazmatLabels"] = hazmat
            out.append(Package.model_validate(body))
        return out

    def to_create_packages_body(self) -> dict[str, Any]:
        """The JSON body of ``createPackages``."""
        return Packages(packages=self.to_packages()).to_wire(exclude_none=True)

    # ------------------------------------------------------------------ persistence
    def to_state(self) -> dict[str, Any]:
        """Everything the packer did, as JSON (saved after every scan; see :meth:`restore`)."""
        return {
            "version": 1,
            "shipmentId": self.shipment_id,
            "lines": {
                lid: {
                    "scanned": line.scanned,
                    "serials": list(line.serials),
                    "piecesTogether": line.pieces_together,
                }
                for lid, line in self.lines.items()
            },
            "packages": [
                {
                    "id": p.package_id,
                    "length": _s(p.length),
                    "width": _s(p.width),
                    "height": _s(p.height),
                    "dimensionUnit": p.dimension_unit,
                    "weight": _s(p.weight),
                    "weightUnit": p.weight_unit,
                    "preset": p.preset,
                    "fragile": p.fragile,
                    "units": dict(p.units),
                    "serials": {k: list(v) for k, v in p.serials.items()},
                    "weightSource": p.weight_source.value if p.weight_source else None,
                    "confirmedWeight": _s(p.confirmed_weight),
                    "trackingId": p.tracking_id,
                    "pieces": {k: list(v) for k, v in p.pieces.items()},
                }
                for p in self.packages
            ],
            "carrier": self.carrier,
            "current": self.current,
            "pendingSerialLine": self.pending_serial_line,
            "refusals": dict(self.refusals),
        }

    def restore(self, state: Mapping[str, Any]) -> None:
        """Put back a state saved by :meth:`to_state` (lines no longer in the shipment dropped)."""
        for lid, data in state.get("lines", {}).items():
            if lid in self.lines:
                self.lines[lid].scanned = min(int(data["scanned"]), self.lines[lid].expected)
                self.lines[lid].serials = list(data.get("serials", []))
                self.lines[lid].pieces_together = bool(data.get("piecesTogether"))
        packages = []
        for data in state.get("packages", []):
            packages.append(
                PackageDraft(
                    data["id"],
                    length=_d(data.get("length")),
                    width=_d(data.get("width")),
                    height=_d(data.get("height")),
                    dimension_unit=data.get("dimensionUnit", "CM"),
                    weight=_d(data.get("weight")),
                    weight_unit=data.get("weightUnit", "KG"),
                    preset=data.get("preset"),
                    fragile=bool(data.get("fragile")),
                    units={k: int(v) for k, v in data.get("units", {}).items() if k in self.lines},
                    serials={
                        k: list(v) for k, v in data.get("serials", {}).items() if k in self.lines
                    },
                    weight_source=_source(data.get("weightSource")),
                    confirmed_weight=_d(data.get("confirmedWeight")),
                    tracking_id=str(data.get("trackingId") or ""),
                    pieces={
                        k: [int(u) for u in v]
                        for k, v in data.get("pieces", {}).items()
                        if k in self.lines and self.lines[k].multi_piece
                    },
                )
            )
        if packages:
            self.packages = packages
            for line in self.lines.values():
                if line.multi_piece:
                    self._count_pieces(line)
        self.current = min(int(state.get("current", 0)), len(self.packages) - 1)
        self.carrier = str(state.get("carrier") or "")
        pending = state.get("pendingSerialLine")
        self.pending_serial_line = pending if pending in self.lines else None
        for key, value in state.get("refusals", {}).items():
            if key in self.refusals:
                self.refusals[key] = int(value)

    def update_shipment(self, shipment: Shipment) -> bool:
        """Take a fresh copy of the shipment; True when the marketplace cancelled it."""
        self.shipment = shipment
        if str(shipment.status) == ShipmentStatus.CANCELLED.value:
            self.cancelled = True
        for item in shipment.line_items:
            line = self.lines.get(item.shipment_line_item_id)
            if line is not None:
                line.expected = _active_units(item)
                if line.expected == 0:
                    self.cancelled = self.cancelled or all(
                        _active_units(i) == 0 for i in shipment.line_items
                    )
        return self.cancelled


def _s(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _d(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _source(value: object) -> WeightSource | None:
    try:
        return None if value is None else WeightSource(str(value))
    except ValueError:
        return None


# ---------------------------------------------------------------------- items


def pieces_per_unit(item: ShipmentLineItem) -> int:
    """How many pieces (boxes) one unit of ``item`` ships in: 1 for a single-piece item; for
    pieceType MULTIPLE the count its custom attribute ``pieces`` gives, else 2 (Amazon's model
    says an item is in pieces, not how many: the packer sees the count and confirms otherwise)."""
    if str(item.piece_type) != "MULTIPLE":
        return 1
    for attr in item.custom_attributes or []:
        if (attr.key or "").lower() in ("pieces", "numberofpieces", "piececount"):
            value = (attr.value or "").strip()
            if value.isdigit() and int(value) >= 1:
                return max(int(value), 1)
    return 2


def item_codes(shipment: Shipment) -> Iterable[str]:
    """Every code that identifies an item of ``shipment`` (SKUs and barcode attributes)."""
    for item in shipment.line_items:
        yield item.merchant_sku
        for attr in item.custom_attributes or []:
            if attr.key and attr.key.lower() in _BARCODE_ATTRIBUTE_KEYS and attr.value:
                yield attr.value
