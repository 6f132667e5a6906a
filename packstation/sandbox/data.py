"""Deterministic marketplace data: marketplaces, a catalogue and generated shipments.

Everything here is a pure function of the seed (and, for a shipment, of its index), so a shipment
needs only a few integers of memory until the workflow touches it: ``shipment_base(seed, index,
now)`` rebuilds its Amazon JSON on demand.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from packstation.domain.programs import EASY_SHIP, PROGRAM_CHANNELS, PROGRAMS
from packstation.domain.programs import program_for as program_of  # noqa: F401 (marketplace)

# ---------------------------------------------------------------- programs and marketplaces
# The programs, their channels and ``program_of(channel, shipping_type)``: domain.programs.


@dataclass(frozen=True)
class Tax:
    type: str
    rate: str  # a decimal string, like Amazon's


@dataclass(frozen=True)
class Marketplace:
    code: str
    marketplace_id: str
    currency: str
    country: str
    location_id: str
    taxes: tuple[Tax, ...]
    #: how much one unit of catalogue price (USD) is worth in this currency
    rate: float
    label_format: str  # ZPL, PDF or PNG: the label file type this channel uses
    script: str  # buyer name script: latin, devanagari, arabic, turkish
    carriers: tuple[str, ...]


MARKETPLACES: tuple[Marketplace, ...] = (
    Marketplace(
        "IN",
        "A21TJRUUN4KGV",
        "INR",
        "IN",
        "SBX-IN-BLR1",
        (Tax("IGST", "0.18"),),
        83.0,
        "ZPL",
        "devanagari",
        ("ATSPL", "Delhivery"),
    ),
    Marketplace(
        "AE",
        "A2VIGQ35RCS4UG",
        "AED",
        "AE",
        "SBX-AE-DXB1",
        (Tax("VAT", "0.05"),),
        3.67,
        "ZPL",
        "arabic",
        ("Amazon Shipping", "Aramex"),
    ),
    Marketplace(
        "SA",
        "A17E79C6D8DWNP",
        "SAR",
        "SA",
        "SBX-SA-RUH1",
        (Tax("VAT", "0.15"),),
        3.75,
        "ZPL",
        "arabic",
        ("Amazon Shipping", "SMSA"),
    ),
    Marketplace(
        "TR",
        "A33AVAJ2PDY3EV",
        "TRY",
        "TR",
        "SBX-TR-IST1",
        (Tax("VAT", "0.20"),),
        32.0,
        "ZPL",
        "turkish",
        ("Amazon Shipping", "Yurtici Kargo"),
    ),
    Marketplace(
        "US",
        "ATVPDKIKX0DER",
        "USD",
        "US",
        "SBX-US-SEA1",
        (Tax("OTHER", "0.0725"),),
        1.0,
        "PDF",
        "latin",
        ("UPS", "USPS"),
    ),
    Marketplace(
        "UK",
        "A1F83G8C2ARO7P",
        "GBP",
        "GB",
        "SBX-UK-LTN1",
        (Tax("VAT", "0.20"),),
        0.79,
        "PNG",
        "latin",
        ("Royal Mail", "Amazon Shipping"),
    ),
)
MARKETPLACE_BY_ID = {m.marketplace_id: m for m in MARKETPLACES}
MARKETPLACE_BY_LOCATION = {m.location_id: m for m in MARKETPLACES}
MERCHANT_ID = "A3SANDBOXSELLER"

# ---------------------------------------------------------------- check digits
# The sandbox plays Amazon and keeps its own check digits (and packages.py its own unit table),
# written apart from packstation.domain on purpose: a marketplace that shared the bench's rules
# would agree with the bench's mistakes, and the tests against it could not catch them.


def gtin_check_digit(body: str) -> str:
    """The GS1 check digit of the digits ``body`` (any GTIN length)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def gtin_valid(code: str) -> bool:
    return (
        code.isdigit() and len(code) in (8, 12, 13, 14) and gtin_check_digit(code[:-1]) == code[-1]
    )


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei_valid(code: str) -> bool:
    return code.isdigit() and len(code) == 15 and luhn_check_digit(code[:-1]) == code[-1]


def make_imei(rng: random.Random, tac: str) -> str:
    body = tac + "".join(str(rng.randrange(10)) for _ in range(14 - len(tac)))
    return body + luhn_check_digit(body)


# ---------------------------------------------------------------- time formats (Amazon's quirks)


def iso(ts: float, millis: bool = False) -> str:
    """ISO 8601 UTC with a ``Z``; some Amazon fields carry milliseconds, most do not."""
    dt = datetime.fromtimestamp(ts, UTC)
    if millis:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_space(ts: float) -> str:
    """``earliestPackDateTime`` style: a space instead of ``T`` (``2020-06-09 14:00:00Z``)."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%SZ")


def epoch_millis_str(ts: float) -> str:
    """``orderPlacedTimestamp`` style: epoch milliseconds as a string."""
    return str(int(ts * 1000))


def parse_iso(text: str) -> float:
    """Parse an ISO 8601 date-time (``Z`` or offset, ``T`` or space); ValueError when invalid."""
    value = text.strip().replace(" ", "T")
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()


# ---------------------------------------------------------------- catalogue


@dataclass(frozen=True)
class CatalogueItem:
    sku: str
    gtin: str
    title: str
    category: str  # general, phone (IMEI serial required), hazmat, furniture (multi-piece)
    weight_g: int
    dims_cm: tuple[int, int, int]
    price_usd: float
    hsn: str
    pieces: int = 1
    tac: str = ""  # IMEI type allocation code for phones

    @property
    def serial_required(self) -> bool:
        return self.category == "phone"

    @property
    def hazmat(self) -> bool:
        return self.category == "hazmat"


_TITLES = {
    "general": [
        "Steel water bottle 750 ml",
        "Cotton bath towel",
        "Ceramic coffee mug",
        "LED desk lamp",
        "Yoga mat 6 mm",
        "Notebook A5 ruled",
        "Kitchen scale",
        "Bluetooth speaker",
        "Backpack 25 L",
        "Wireless mouse",
        "USB-C cable 1 m",
        "Running shoes",
        "Tea kettle 1.7 L",
        "Bedsheet double",
        "Pressure cooker 3 L",
    ],
    "phone": ["Smartphone 128 GB", "Feature phone dual SIM", "Smartphone 256 GB"],
    "hazmat": [
        "Power bank 10000 mAh",
        "Perfume 100 ml",
        "Nail polish remover",
        "Spare lithium battery",
    ],
    "furniture": ["Bookshelf (2 boxes)", "Office chair (2 boxes)", "Bed frame (3 boxes)"],
}


def _boxes_in(title: str, otherwise: int) -> int:
    """The pieces a title names ("Bed frame (3 boxes)" ships in 3), else ``otherwise``."""
    match = re.search(r"\((\d+) boxes\)", title)
    return int(match.group(1)) if match else otherwise


@lru_cache(maxsize=8)
def catalogue(seed: int) -> tuple[CatalogueItem, ...]:
    """A deterministic catalogue of about 25 items with valid EAN-13 barcodes."""
    rng = random.Random(f"catalogue:{seed}")
    items: list[CatalogueItem] = []
    n = 0
    for category, titles in _TITLES.items():
        for title in titles:
            n += 1
            body = "890" + f"{rng.randrange(10**9):09d}"
            gtin = body + gtin_check_digit(body)
            weight = {
                "general": rng.randint(80, 2500),
                "phone": rng.randint(150, 260),
                "hazmat": rng.randint(60, 400),
                "furniture": rng.randint(6000, 24000),
            }[category]
            dims = (rng.randint(5, 60), rng.randint(5, 40), rng.randint(2, 30))
            items.append(
                CatalogueItem(
                    sku=f"SBX-{category[:3].upper()}-{n:03d}",
                    gtin=gtin,
                    title=title,
                    category=category,
                    weight_g=weight,
                    dims_cm=dims,
                    price_usd=round(rng.uniform(3, 60) * (8 if category == "phone" else 1), 2),
                    hsn=f"{rng.randint(1000, 9999)}{rng.randint(10, 99)}",
                    pieces=_boxes_in(title, rng.randint(2, 3)) if category == "furniture" else 1,
                    tac=f"35{rng.randrange(10**6):06d}" if category == "phone" else "",
                )
            )
    return tuple(items)


def catalogue_json(seed: int) -> list[dict[str, Any]]:
    return [
        {
            "sku": it.sku,
            "gtin": it.gtin,
            "title": it.title,
            "category": it.category,
            "weightGrams": it.weight_g,
            "dimensionsCm": list(it.dims_cm),
            "pieces": it.pieces,
            "serialNumberRequired": it.serial_required,
            "hazmat": it.hazmat,
            "imeiTac": it.tac or None,
        }
        for it in catalogue(seed)
    ]


# ---------------------------------------------------------------- people and places

_NAMES = {
    "latin": [
        "Olivia Smith",
        "James Taylor",
        "Amelia Brown",
        "Noah Wilson",
        "Isla O'Neill",
        "Liam Johnson",
        "Emma Davies",
        "Jack Evans",
    ],
    "devanagari": [
        "राहुल शर्मा",
        "प्रिया पटेल",
        "अमित कुमार",
        "सुनीता वर्मा",
        "Ananya Iyer",
        "Vikram Singh",
    ],
    "arabic": [
        "محمد العتيبي",
        "فاطمة الزهراء",
        "عبدالله القحطاني",
        "نورة الشمري",
        "Omar Haddad",
        "Layla Mansour",
    ],
    "turkish": [
        "Ayşe Yılmaz",
        "Mehmet Öztürk",
        "Zeynep Çelik",
        "Emre Şahin",
        "Gülşen Doğan",
        "İsmail Kaya",
    ],
}
_CITIES = {
    "IN": [
        ("Bengaluru", "Karnataka", "5600"),
        ("मुंबई", "महाराष्ट्र", "4000"),
        ("New Delhi", "Delhi", "1100"),
        ("Chennai", "Tamil Nadu", "6000"),
    ],
    "AE": [
        ("دبي", "دبي", "0000"),
        ("Abu Dhabi", "Abu Dhabi", "0000"),
        ("Sharjah", "Sharjah", "0000"),
    ],
    "SA": [("الرياض", "الرياض", "1"), ("Jeddah", "Makkah", "2"), ("الدمام", "الشرقية", "3")],
    "TR": [("İstanbul", "İstanbul", "34"), ("Ankara", "Ankara", "06"), ("İzmir", "İzmir", "35")],
    "US": [("Seattle", "WA", "981"), ("Austin", "TX", "787"), ("Brooklyn", "NY", "112")],
    "UK": [
        ("London", "Greater London", "SW1A"),
        ("Manchester", "Greater Manchester", "M1"),
        ("Leeds", "West Yorkshire", "LS1"),
    ],
}
_STREETS = {
    "latin": ["High Street", "Main St", "Station Road", "Oak Avenue", "Church Lane"],
    "devanagari": ["एमजी रोड", "1st Main Rd, Milk Colony", "गांधी नगर", "Linking Road"],
    "arabic": ["شارع الملك فهد", "شارع الشيخ زايد", "Al Wasl Road", "طريق الملك عبدالعزيز"],
    "turkish": ["Atatürk Caddesi", "İstiklal Cd.", "Bağdat Caddesi", "Çamlıca Sokak"],
}


def _postal(rng: random.Random, code: str, prefix: str) -> str:
    if code == "IN":
        return prefix + f"{rng.randint(1, 99):02d}"
    if code in ("AE",):
        return "00000"
    if code == "SA":
        return prefix + f"{rng.randint(1000, 9999)}"
    if code == "TR":
        return prefix + f"{rng.randint(100, 999)}"
    if code == "US":
        return prefix + f"{rng.randint(10, 99)}"
    return f"{prefix} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('ABDEFGHJ')}"


def address(rng: random.Random, mk: Marketplace) -> dict[str, Any]:
    name = rng.choice(_NAMES[mk.script])
    city, state, prefix = rng.choice(_CITIES[mk.code])
    street = rng.choice(_STREETS[mk.script])
    return {
        "name": name,
        "addressLine1": f"{rng.randint(1, 250)} {street}"[:60],
        "addressLine2": f"Flat {rng.randint(1, 40)}{rng.choice('ABCD')}",
        "city": city,
        "state": state,
        "postalCode": _postal(rng, mk.code, prefix),
        "countryCode": mk.country,
        "phoneNumber": f"+{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000000, 9999999)}",
        "addressType": rng.choice(["RESIDENTIAL", "COMMERCIAL"]),
    }


def seller_address(mk: Marketplace) -> dict[str, Any]:
    city, state, prefix = _CITIES[mk.code][0]
    return {
        "name": "Packstation Sandbox Traders",
        "addressLine1": "Unit 7, Logistics Park",
        "city": city,
        "state": state,
        "postalCode": prefix + "01" if mk.code == "IN" else prefix,
        "countryCode": mk.country,
    }


# ---------------------------------------------------------------- money


def money(value: float, currency: str) -> dict[str, str]:
    return {"value": f"{value:.2f}", "currencyCode": currency}


def breakup(base: float, discount: float, currency: str) -> dict[str, Any]:
    return {
        "baseAmount": money(base, currency),
        "discountAmount": money(discount, currency),
        "netAmount": money(base - discount, currency),
    }


def charge(kind: str, base: float, discount: float, mk: Marketplace) -> dict[str, Any]:
    """An Amazon ``Charge``: net amounts, tax breakup per marketplace, totals."""
    cur = mk.currency
    net = base - discount
    taxes = []
    tax_total = 0.0
    for tax in mk.taxes:
        amount = round(net * float(tax.rate), 2)
        tax_total += amount
        taxes.append(
            {
                "type": tax.type,
                "rate": tax.rate,
                "charge": breakup(
                    round(base * float(tax.rate), 2), round(discount * float(tax.rate), 2), cur
                ),
            }
        )
    total_rate = sum(float(t.rate) for t in mk.taxes)
    return {
        "chargeType": kind,
        "baseCharge": breakup(base, discount, cur),
        "taxBreakup": taxes,
        "totalTax": {
            "type": "TOTAL",
            "rate": f"{total_rate:.4f}".rstrip("0").rstrip("."),
            "charge": breakup(round(base * total_rate, 2), round(discount * total_rate, 2), cur),
        },
        "totalCharge": breakup(
            round(base * (1 + total_rate), 2), round(discount * (1 + total_rate), 2), cur
        ),
    }


# ---------------------------------------------------------------- shipments


def shipment_rng(seed: int, index: int) -> random.Random:
    return random.Random(seed * 1_000_003 + index)


_MASK64 = (1 << 64) - 1


def mix(*parts: int) -> int:
    """A fast deterministic 64-bit hash of integers (splitmix64 steps); cheaper than Random()."""
    h = 0x9E3779B97F4A7C15
    for part in parts:
        h = (h ^ (part & _MASK64)) * 0xBF58476D1CE4E5B9 & _MASK64
        h = (h ^ (h >> 31)) * 0x94D049BB133111EB & _MASK64
        h ^= h >> 29
    return h


def _pick(h: int, weights: tuple[int, ...]) -> int:
    point = h % sum(weights)
    for i, w in enumerate(weights):
        if point < w:
            return i
        point -= w
    return len(weights) - 1


def shipment_key(seed: int, index: int) -> tuple[int, int]:
    """(marketplace index, program index): the two draws the state index needs."""
    h = mix(seed, index, 1)
    mk_i = h % len(MARKETPLACES)
    weights = (5, 2, 3) if MARKETPLACES[mk_i].code == "IN" else (5, 3, 2)
    return mk_i, _pick(h >> 16, weights)


def shipment_id(seed: int, index: int) -> str:
    return f"SBX{seed % 1000:03d}{index:07d}"


def initial_status(seed: int, index: int, channel: str) -> str:
    """CREATED (an MFN order the stock did not cover) for about one MFN shipment in ten."""
    if channel != "MFN":
        return "ACCEPTED"
    return "CREATED" if mix(seed, index, 2) % 10 == 0 else "ACCEPTED"


def shipment_lines(seed: int, index: int) -> list[tuple[CatalogueItem, int]]:
    """The (item, units) lines of generated shipment ``index``; cheap (inventory reservations)."""
    items = catalogue(seed)
    h = mix(seed, index, 3)
    n_lines = 1 + _pick(h, (60, 25, 10, 5))
    chosen: list[CatalogueItem] = []
    salt = 0
    while len(chosen) < n_lines:
        salt += 1
        item = items[mix(h, salt) % len(items)]
        if item not in chosen:
            chosen.append(item)
    out = []
    for n, item in enumerate(chosen):
        units = 1
        if item.category not in ("phone", "furniture"):
            units = (1, 2, 3, 5)[_pick(mix(h, 100 + n), (70, 18, 8, 4))]
        out.append((item, units))
    return out


def shipment_base(seed: int, index: int, epoch: float) -> dict[str, Any]:
    """The immutable part of generated shipment ``index`` as Amazon JSON (without workflow).

    ``epoch`` is the marketplace's start time: creation and expected ship times spread around it.
    """
    mk_i, prog_i = shipment_key(seed, index)
    mk = MARKETPLACES[mk_i]
    program = PROGRAMS[prog_i]
    channel, shipping_type = PROGRAM_CHANNELS[program]
    rng = shipment_rng(seed, index * 7 + 3)
    picked = shipment_lines(seed, index)
    chosen = [item for item, _ in picked]
    created = epoch - rng.uniform(600, 3 * 86400)
    placed = created - rng.uniform(30, 3600)
    expected_ship = epoch + rng.uniform(-6 * 3600, 36 * 3600)
    gift = rng.random() < 0.12
    lines = []
    total_units = 0
    product_total = 0.0
    shipping_total = 0.0
    for n, (item, units) in enumerate(picked, start=1):
        total_units += units
        price = round(item.price_usd * mk.rate, 2) * units
        discount = round(price * rng.choice((0, 0, 0, 0.05, 0.1)), 2)
        product_total += price - discount
        ship_fee = round(rng.choice((0, 0, 2.5)) * mk.rate, 2)
        shipping_total += ship_fee
        line_charges = [charge("PRODUCT", price, discount, mk)]
        if ship_fee:
            line_charges.append(charge("SHIPPING", ship_fee, 0.0, mk))
        line: dict[str, Any] = {
            "shipmentLineItemId": str(n),
            "merchantSku": item.sku,
            "numberOfUnits": units,
            "pieceType": "MULTIPLE" if item.pieces > 1 else "SINGLE",
            "hsnCode": item.hsn,
            "charges": line_charges,
            "complianceAttributes": {
                "serialNumberRequirement": "REQUIRED" if item.serial_required else "DISALLOWED",
                "hazmatLabelsRequirement": "REQUIRED" if item.hazmat else "DISALLOWED",
                "countryOfOriginRequirement": "DISALLOWED",
                "itemValueRequirement": "DISALLOWED",
            },
            "giftAttributes": {
                "giftWrapRequirement": "REQUIRED" if gift and n == 1 else "DISALLOWED",
                "giftMessagePresence": "PRESENT" if gift and n == 1 else "ABSENT",
            },
            "customAttributes": [
                {"key": "gtin", "type": "STRING", "value": item.gtin},
                {"key": "pieces", "type": "INTEGER", "value": str(item.pieces)},
                {"key": "title", "type": "STRING", "value": item.title},
            ],
        }
        if item.hazmat:
            line["hazmatLabels"] = [
                "UN3480" if "batter" in item.title.lower() or "Power" in item.title else "UN1266"
            ]
        if gift and n == 1:
            line["giftAttributes"]["giftWrapLabel"] = "Gift wrap"
            line["giftAttributes"]["giftMessage"] = {
                "format": "PLAIN_TEXT",
                "content": rng.choice(
                    ["Happy birthday!", "عيد سعيد", "जन्मदिन मुबारक", "İyi ki doğdun!"]
                ),
            }
        lines.append(line)
    cod = mk.code in ("IN", "AE", "SA") and channel == "MFN" and rng.random() < 0.2
    eligible = ["ACCEPTED", "CONFIRMED"] + (
        ["PACKAGE_CREATED", "PICKUP_SLOT_RETRIEVED"] if rng.random() < 0.7 else []
    )
    status = initial_status(seed, index, channel)
    if status == "CREATED":
        eligible.insert(0, "CREATED")
    invoice_required = mk.code in ("IN", "TR", "SA") and not (
        program == EASY_SHIP and mk.code != "IN"
    )
    weight_total = sum(
        it.weight_g * ln["numberOfUnits"] for it, ln in zip(chosen, lines, strict=True)
    )
    biggest = max(chosen, key=lambda it: it.dims_cm[0] * it.dims_cm[1] * it.dims_cm[2])
    buyer = address(rng, mk)
    if rng.random() < 0.15:
        del buyer["addressLine2"]
    customs: list[str] = []
    if rng.random() < 0.3:
        customs.append("PRIME")
    doc: dict[str, Any] = {
        "id": shipment_id(seed, index),
        "locationId": mk.location_id,
        "marketplaceAttributes": {
            "marketplaceId": mk.marketplace_id,
            "channelName": channel,
            "merchantId": MERCHANT_ID,
            "customAttributes": customs,
        },
        "shipmentInfo": {
            "shipmentType": rng.choices(("NEW", "REPLACEMENT", "EXCHANGE"), (92, 5, 3))[0],
            "numberOfUnits": total_units,
            "priority": "HIGH" if rng.random() < 0.25 else "LOW",
            "buyerOrderId": f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}",
            "orderStatesEligibleForRejection": eligible,
            "orderPlacedTimestamp": epoch_millis_str(placed),
            "processingSource": "INTERNAL_PLATFORM",
            "paymentMethod": "CASH_ON_DELIVERY" if cod else "PREPAID",
        },
        "shipmentRequirements": {
            "pSlip": {
                "requirement": "REQUIRED" if gift else "NOT_REQUIRED",
                "status": "NOT_GENERATED",
            },
            "invoice": {
                "requirement": "REQUIRED" if invoice_required else "NOT_REQUIRED",
                "status": "PENDING" if invoice_required else "NOT_AVAILABLE",
            },
        },
        "partyInfoList": [
            {
                "partyId": MERCHANT_ID,
                "partyType": "SELLING_PARTY",
                "address": seller_address(mk),
                "taxInfo": {
                    "type": "GST" if mk.code == "IN" else "VAT",
                    "number": "29ABCDE1234F1Z5"
                    if mk.code == "IN"
                    else f"{mk.country}{rng.randrange(10**9):09d}",
                },
            },
            {"partyId": "BUYER", "partyType": "BILL_TO_PARTY", "address": buyer},
        ],
        "charges": [
            charge("PRODUCT", product_total, 0.0, mk),
            *([charge("SHIPPING", shipping_total, 0.0, mk)] if shipping_total else []),
        ],
        "status": status,
        "lineItems": lines,
        "shippingInfo": {
            "recommendedShipMethod": f"{mk.carriers[0].upper().replace(' ', '_')}_STANDARD",
            "expectedShippingDateTimeInUTC": iso(expected_ship),
            "shipToAddress": buyer,
            "shippingType": shipping_type,
            "recommendedPackages": [
                {
                    "dimensions": {
                        k: {"value": f"{v + 2}.0", "dimensionUnit": "CM"}
                        for k, v in zip(("length", "width", "height"), biggest.dims_cm, strict=True)
                    },
                    "weight": {"value": f"{weight_total + 50}.0", "weightUnit": "G"},
                    "lineItems": [{"lineItemId": ln["shipmentLineItemId"]} for ln in lines],
                }
            ],
        },
        "creationDateTime": iso(created),
        # Amazon's quirk: lastUpdatedDateTime sometimes carries milliseconds.
        "lastUpdatedDateTime": iso(created + 1, millis=index % 3 == 0),
        "earliestPackDateTime": iso_space(created + 300),
    }
    return doc
