"""Names the GUI shows for values that come as data, and numbers, dates and weights per locale.

The tables hold English source texts marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate``
extracts them; each is translated where it is shown, with the table's fixed context. A value
no table knows (a status Amazon added later) is shown as it came, in lower case. Numbers, dates
and weights use the default ``QLocale`` (the chosen language, set by :func:`i18n.install`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum

from PySide6 import QtCore

from packstation.domain.programs import DISPLAY_NAMES
from packstation.domain.units import Weight


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate under ``context``; returns it untranslated (PySide6's own
    ``QtCore.QT_TRANSLATE_NOOP`` does the same, typed ``object``)."""
    del context
    return source


PROGRAMS = "Programs"
#: The programs' display names (domain/programs.py DISPLAY_NAMES), marked for lupdate.
_PROGRAM_NAMES = (
    QT_TRANSLATE_NOOP("Programs", "Easy Ship"),
    QT_TRANSLATE_NOOP("Programs", "Self Ship"),
    QT_TRANSLATE_NOOP("Programs", "Seller Flex"),
)

SHIPMENT_STATUS = "ShipmentStatus"
_SHIPMENT_STATUSES = {
    "CREATED": QT_TRANSLATE_NOOP("ShipmentStatus", "created"),
    "ACCEPTED": QT_TRANSLATE_NOOP("ShipmentStatus", "accepted"),
    "CONFIRMED": QT_TRANSLATE_NOOP("ShipmentStatus", "confirmed"),
    "PACKAGE_CREATED": QT_TRANSLATE_NOOP("ShipmentStatus", "package created"),
    "PICKUP_SLOT_RETRIEVED": QT_TRANSLATE_NOOP("ShipmentStatus", "pickup slot retrieved"),
    "INVOICE_GENERATED": QT_TRANSLATE_NOOP("ShipmentStatus", "invoice generated"),
    "SHIPLABEL_GENERATED": QT_TRANSLATE_NOOP("ShipmentStatus", "label generated"),
    "SHIPPED": QT_TRANSLATE_NOOP("ShipmentStatus", "shipped"),
    "DELIVERED": QT_TRANSLATE_NOOP("ShipmentStatus", "delivered"),
    "CANCELLED": QT_TRANSLATE_NOOP("ShipmentStatus", "cancelled"),
}

RETURN_STATUS = "ReturnStatus"
_RETURN_STATUSES = {
    "CREATED": QT_TRANSLATE_NOOP("ReturnStatus", "created"),
    "CARRIER_NOTIFIED_TO_PICK_UP_FROM_CUSTOMER": QT_TRANSLATE_NOOP(
        "ReturnStatus", "carrier notified to pick up from customer"
    ),
    "CARRIER_OUT_FOR_PICK_UP_FROM_CUSTOMER": QT_TRANSLATE_NOOP(
        "ReturnStatus", "carrier out for pick up from customer"
    ),
    "CUSTOMER_CANCELLED_PICK_UP": QT_TRANSLATE_NOOP("ReturnStatus", "customer cancelled pick up"),
    "CUSTOMER_RESCHEDULED_PICK_UP": QT_TRANSLATE_NOOP(
        "ReturnStatus", "customer rescheduled pick up"
    ),
    "PICKED_FROM_CUSTOMER": QT_TRANSLATE_NOOP("ReturnStatus", "picked from customer"),
    "IN_TRANSIT": QT_TRANSLATE_NOOP("ReturnStatus", "in transit"),
    "OUT_FOR_DELIVERY": QT_TRANSLATE_NOOP("ReturnStatus", "out for delivery"),
    "DELIVERED": QT_TRANSLATE_NOOP("ReturnStatus", "delivered"),
    "REPLANNED": QT_TRANSLATE_NOOP("ReturnStatus", "replanned"),
    "CUSTOMER_DROPPED_OFF": QT_TRANSLATE_NOOP("ReturnStatus", "customer dropped off"),
    "PARTIALLY_PROCESSED": QT_TRANSLATE_NOOP("ReturnStatus", "partially processed"),
    "PROCESSED": QT_TRANSLATE_NOOP("ReturnStatus", "processed"),
    "REJECTED": QT_TRANSLATE_NOOP("ReturnStatus", "rejected"),
    "CANCELLED": QT_TRANSLATE_NOOP("ReturnStatus", "cancelled"),
}

RETURN_REASON = "ReturnReason"
_RETURN_REASONS = {
    "DEFECTIVE": QT_TRANSLATE_NOOP("ReturnReason", "defective"),
    "NOT_AS_DESCRIBED": QT_TRANSLATE_NOOP("ReturnReason", "not as described"),
    "NO_LONGER_NEEDED": QT_TRANSLATE_NOOP("ReturnReason", "no longer needed"),
    "WRONG_ITEM": QT_TRANSLATE_NOOP("ReturnReason", "wrong item"),
    "UNDELIVERABLE": QT_TRANSLATE_NOOP("ReturnReason", "undeliverable"),
}

INSPECTION = "Inspection"
_INSPECTIONS = {
    "sellable": QT_TRANSLATE_NOOP("Inspection", "sellable"),
    "damaged": QT_TRANSLATE_NOOP("Inspection", "damaged"),
    "wrong_item": QT_TRANSLATE_NOOP("Inspection", "wrong item"),
}

SCAN_ERROR = "ScanError"
#: Refusal reasons (services.packing.Refusal values): the long name, and the short one of tiles.
_SCAN_ERRORS = {
    "wrong_item": (
        QT_TRANSLATE_NOOP("ScanError", "wrong item"),
        QT_TRANSLATE_NOOP("ScanError", "wrong"),
    ),
    "over_scan": (
        QT_TRANSLATE_NOOP("ScanError", "too many"),
        QT_TRANSLATE_NOOP("ScanError", "too many"),
    ),
    "unknown_barcode": (
        QT_TRANSLATE_NOOP("ScanError", "unknown barcode"),
        QT_TRANSLATE_NOOP("ScanError", "unknown"),
    ),
    "invalid_serial": (
        QT_TRANSLATE_NOOP("ScanError", "invalid serial"),
        QT_TRANSLATE_NOOP("ScanError", "bad serial"),
    ),
    "duplicate_serial": (
        QT_TRANSLATE_NOOP("ScanError", "duplicate serial"),
        QT_TRANSLATE_NOOP("ScanError", "duplicate"),
    ),
    "serial_expected": (
        QT_TRANSLATE_NOOP("ScanError", "serial expected"),
        QT_TRANSLATE_NOOP("ScanError", "no serial"),
    ),
    "shipment_cancelled": (
        QT_TRANSLATE_NOOP("ScanError", "shipment cancelled"),
        QT_TRANSLATE_NOOP("ScanError", "cancelled"),
    ),
    "not_packable": (
        QT_TRANSLATE_NOOP("ScanError", "not packable"),
        QT_TRANSLATE_NOOP("ScanError", "not packable"),
    ),
}

PRINTER = "PrinterState"
#: printers.status.PrinterStatus problems and printers.spool.JobState values.
_PRINTER_TEXTS = {
    "ready": QT_TRANSLATE_NOOP("PrinterState", "ready"),
    "head open": QT_TRANSLATE_NOOP("PrinterState", "head open"),
    "paper out": QT_TRANSLATE_NOOP("PrinterState", "paper out"),
    "ribbon out": QT_TRANSLATE_NOOP("PrinterState", "ribbon out"),
    "paused": QT_TRANSLATE_NOOP("PrinterState", "paused"),
    "buffer full": QT_TRANSLATE_NOOP("PrinterState", "buffer full"),
    "head over temperature": QT_TRANSLATE_NOOP("PrinterState", "head over temperature"),
    "head under temperature": QT_TRANSLATE_NOOP("PrinterState", "head under temperature"),
    "corrupt RAM (configuration lost)": QT_TRANSLATE_NOOP(
        "PrinterState", "corrupt RAM (configuration lost)"
    ),
    "queued": QT_TRANSLATE_NOOP("PrinterState", "queued"),
    "sending": QT_TRANSLATE_NOOP("PrinterState", "sending"),
    "waiting": QT_TRANSLATE_NOOP("PrinterState", "waiting"),
    "confirming": QT_TRANSLATE_NOOP("PrinterState", "confirming"),
    "done": QT_TRANSLATE_NOOP("PrinterState", "done"),
    "attention": QT_TRANSLATE_NOOP("PrinterState", "attention"),
    "failed": QT_TRANSLATE_NOOP("PrinterState", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("PrinterState", "cancelled"),
    "printed (confirmed)": QT_TRANSLATE_NOOP("PrinterState", "printed (confirmed)"),
    "sent": QT_TRANSLATE_NOOP("PrinterState", "sent"),
}

REGION = "Region"
_REGIONS = {
    "NA": QT_TRANSLATE_NOOP("Region", "North America (NA)"),
    "EU": QT_TRANSLATE_NOOP("Region", "Europe (EU)"),
    "FE": QT_TRANSLATE_NOOP("Region", "Far East (FE)"),
}


def _key(value: Enum | str) -> str:
    """The table key of an enum member (its value) or of the value itself, as models may hold
    either (an open enum keeps a value Amazon added later as a plain string)."""
    return str(value.value) if isinstance(value, Enum) else str(value)


def _words(value: Enum | str) -> str:
    return _key(value).replace("_", " ").lower()


def program_name(program: Enum | str) -> str:
    """The packer's name of a program (a ``Program`` or its value), translated."""
    key = _key(program)
    for member, name in DISPLAY_NAMES.items():
        if member.value == key:
            return QtCore.QCoreApplication.translate(PROGRAMS, name)
    return key


def shipment_status(status: Enum | str) -> str:
    key = _key(status)
    text = _SHIPMENT_STATUSES.get(key)
    return QtCore.QCoreApplication.translate(SHIPMENT_STATUS, text) if text else _words(key)


def return_status(status: Enum | str) -> str:
    key = _key(status)
    text = _RETURN_STATUSES.get(key)
    return QtCore.QCoreApplication.translate(RETURN_STATUS, text) if text else _words(key)


def return_reason(reason: Enum | str) -> str:
    key = _key(reason).upper()
    text = _RETURN_REASONS.get(key)
    return QtCore.QCoreApplication.translate(RETURN_REASON, text) if text else _words(key)


def inspection_outcome(outcome: Enum | str) -> str:
    key = _key(outcome)
    text = _INSPECTIONS.get(key)
    return QtCore.QCoreApplication.translate(INSPECTION, text) if text else _words(key)


def scan_error(reason: str, *, short: bool = False) -> str:
    """A refusal reason (``wrong_item`` ...): its name, or the short one for a tile."""
    names = _SCAN_ERRORS.get(reason)
    return (
        QtCore.QCoreApplication.translate(SCAN_ERROR, names[1 if short else 0])
        if names
        else _words(reason)
    )


def printer_text(text: str) -> str:
    """A printer's state or problem line ("ready", "paper out, paused", "waiting: paused")."""
    head, sep, detail = text.partition(": ")
    if sep and head in _PRINTER_TEXTS:
        return f"{printer_text(head)}: {printer_text(detail)}"
    parts = [p.strip() for p in text.split(", ")]
    if all(p in _PRINTER_TEXTS for p in parts):
        return ", ".join(
            QtCore.QCoreApplication.translate(PRINTER, _PRINTER_TEXTS[p]) for p in parts
        )
    return text


def region_name(region: str) -> str:
    text = _REGIONS.get(region)
    return QtCore.QCoreApplication.translate(REGION, text) if text else region


# ---------------------------------------------------------------------- numbers and dates
def locale() -> QtCore.QLocale:
    """The chosen language's locale (``i18n.install`` made it the default)."""
    return QtCore.QLocale()


def number(value: float | Decimal, decimals: int = 1) -> str:
    """``value`` with up to ``decimals`` decimals, trailing zeros dropped, in the locale's
    digits and separators: 2.5 -> "2,5" (de), "٢٫٥" (ar); 2.0 -> "2"."""
    loc = locale()
    text = loc.toString(float(value), "f", decimals)
    point = loc.decimalPoint()
    if decimals and point in text:
        text = text.rstrip(loc.zeroDigit()).removesuffix(point)
    return text


def _readout() -> QtCore.QLocale:
    """The locale for a scale's readout: its digits and decimal separator, no thousands
    grouping ("1234,0 g", as a scale's display shows it)."""
    loc = locale()
    loc.setNumberOptions(loc.numberOptions() | QtCore.QLocale.NumberOption.OmitGroupSeparator)
    return loc


def count(value: int) -> str:
    """A whole number with the locale's digits and group separators."""
    return locale().toString(int(value))


def date_time(when: dt.datetime | float) -> str:
    """A date and time in the station's zone, in the locale's short format."""
    if isinstance(when, dt.datetime):
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        when = when.timestamp()
    local = QtCore.QDateTime.fromSecsSinceEpoch(int(when))
    return locale().toString(local, QtCore.QLocale.FormatType.ShortFormat)


def time_of_day(when: dt.datetime | dt.time, *, seconds: bool = False) -> str:
    """A time of day on the 24-hour clock the bench's time fields use ("16:00"), in the
    locale's digits ("١٦:٠٠"), in the station's zone."""
    if isinstance(when, dt.datetime):
        if when.tzinfo is not None:
            when = when.astimezone()
        when = when.time()
    qtime = QtCore.QTime(when.hour, when.minute, when.second)
    return locale().toString(qtime, "HH:mm:ss" if seconds else "HH:mm")


def day_and_date(when: dt.datetime | dt.date) -> str:
    """A weekday, day and month in the locale's words and digits, in the station's zone
    ("Mon 07 Dec"; "Mo. 07 Dez." in German, "الاثنين ٠٧ ديسمبر" in Arabic), as a pickup
    slot names its day."""
    if isinstance(when, dt.datetime):
        if when.tzinfo is not None:
            when = when.astimezone()
        when = when.date()
    return locale().toString(QtCore.QDate(when.year, when.month, when.day), "ddd dd MMM")


def two_digits(value: int) -> str:
    """A whole number of at least two digits ("05", "٠٥"), as in "3 h 05"."""
    loc = locale()
    return loc.toString(int(value)).rjust(2, loc.zeroDigit())


SCALE_STATE = "ScaleState"
_SCALE_STATES = {
    "stable": QT_TRANSLATE_NOOP("ScaleState", "stable"),
    "zero": QT_TRANSLATE_NOOP("ScaleState", "zero"),
    "moving": QT_TRANSLATE_NOOP("ScaleState", "moving"),
    "over": QT_TRANSLATE_NOOP("ScaleState", "overload"),
    "under": QT_TRANSLATE_NOOP("ScaleState", "under zero"),
    "disconnected": QT_TRANSLATE_NOOP("ScaleState", "disconnected"),
}


def scale_state(state: Enum | str) -> str:
    key = _key(state)
    text = _SCALE_STATES.get(key)
    return QtCore.QCoreApplication.translate(SCALE_STATE, text) if text else _words(key)


def measure(quantity: Weight | Decimal) -> str:
    """A measured value with its unit (a ``Weight``: ``value`` Decimal, ``unit``; a bare
    ``Decimal`` has none), its decimals kept, in the locale's digits and decimal separator:
    "1,250 kg" (de), "١٫٢٥٠ kg" (ar)."""
    value = quantity.value if isinstance(quantity, Weight) else quantity
    symbol = _key(quantity.unit) if isinstance(quantity, Weight) else ""
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    text = _readout().toString(float(value), "f", places)
    return f"{text} {symbol}" if symbol else text
