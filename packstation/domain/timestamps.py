"""Tolerant timestamps: Amazon's EF API mixes four forms of date and time.

* ISO 8601 (``2020-06-08T11:13:58Z``, with or without fraction or offset);
* ``2020-06-09 14:00:00Z`` (a space instead of ``T``; ``earliestPackDateTime``);
* epoch milliseconds as a string (``"1591611238000"``; ``orderPlacedTimestamp``);
* epoch seconds as an integer (``TimeWindow.startTime``).

:class:`Timestamp` is a timezone-aware :class:`datetime.datetime` (UTC when the text has no
offset) that remembers the exact form it was read in, so a model read from Amazon serialises back
byte for byte. A timestamp made in code (from a ``datetime``) serialises in the field's default
form: ISO 8601 with ``Z`` for :data:`IsoTimestamp`, an integer for :data:`EpochSeconds` and an
epoch-millisecond string for :data:`EpochMillisString`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

Style = Literal["iso", "epoch_s", "epoch_ms_str"]

_DIGITS = re.compile(r"^-?\d+(\.\d+)?$")
# Beyond this an integer is taken as milliseconds, not seconds (year 5138 in seconds).
_MS_THRESHOLD = 100_000_000_000


class TimestampError(ValueError):
    """A value is not a timestamp in any form Amazon uses."""


class Timestamp(datetime):
    """A UTC-aware datetime that remembers how Amazon wrote it (``raw``)."""

    raw: str | int | None

    def __new__(cls, *args: Any, raw: str | int | None = None, **kwargs: Any) -> Timestamp:
        self = super().__new__(cls, *args, **kwargs)
        self.raw = raw
        return self

    @classmethod
    def from_datetime(cls, value: datetime, raw: str | int | None = None) -> Timestamp:
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return cls(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
            tzinfo=value.tzinfo,
            fold=value.fold,
            raw=raw,
        )

    def __reduce_ex__(self, protocol: Any) -> Any:  # keep raw across pickling
        return (_rebuild, (self.isoformat(), self.raw))

    def iso_z(self) -> str:
        """ISO 8601 in UTC with a ``Z`` suffix (what we send)."""
        utc = self.astimezone(UTC)
        text = utc.replace(tzinfo=None).isoformat()
        return text + "Z"


def _rebuild(iso: str, raw: str | int | None) -> Timestamp:
    return Timestamp.from_datetime(datetime.fromisoformat(iso), raw)


def _from_epoch(number: Decimal, raw: str | int, *, millis: bool | None = None) -> Timestamp:
    if millis is None:
        millis = abs(number) >= _MS_THRESHOLD
    seconds = number / 1000 if millis else number
    try:
        value = datetime.fromtimestamp(float(seconds), tz=UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise TimestampError(f"epoch value {raw!r} is out of range") from exc
    return Timestamp.from_datetime(value, raw)


def parse_timestamp(value: object) -> Timestamp:
    """Read any of Amazon's timestamp forms; raise :class:`TimestampError` otherwise."""
    if isinstance(value, Timestamp):
        return value
    if isinstance(value, datetime):
        return Timestamp.from_datetime(value)
    if isinstance(value, bool):
        raise TimestampError(f"{value!r} is not a timestamp")
    if isinstance(value, int):
        return _from_epoch(Decimal(value), value)
    if isinstance(value, float):
        return _from_epoch(Decimal(str(value)), int(value))
    if not isinstance(value, str):
        raise TimestampError(f"{type(value).__name__} is not a timestamp")
    text = value.strip()
    if not text:
        raise TimestampError("empty timestamp")
    if _DIGITS.match(text):
        try:
            return _from_epoch(Decimal(text), value)
        except InvalidOperation as exc:  # pragma: no cover - the regex excludes it
            raise TimestampError(f"{value!r} is not a timestamp") from exc
    iso = text
    if len(iso) > 10 and iso[10] == " ":
        iso = iso[:10] + "T" + iso[11:]
    if iso.endswith(("Z", "z")):
        iso = iso[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError as exc:
        raise TimestampError(
            f"{value!r} is not a timestamp (ISO 8601, 'YYYY-MM-DD HH:MM:SSZ' or epoch)"
        ) from exc
    return Timestamp.from_datetime(parsed, value)


def format_timestamp(value: Timestamp, style: Style) -> str | int:
    """``value`` as Amazon wrote it, or in ``style`` when it was made in code."""
    if value.raw is not None:
        return value.raw
    if style == "epoch_s":
        return int(value.timestamp())
    if style == "epoch_ms_str":
        return str(int(value.timestamp() * 1000))
    return value.iso_z()


class _TimestampSchema:
    def __init__(self, style: Style) -> None:
        self.style = style

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        style = self.style

        def validate(value: object) -> Timestamp:
            return parse_timestamp(value)

        def serialize(value: Timestamp) -> str | int:
            return format_timestamp(parse_timestamp(value), style)

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                serialize, when_used="json"
            ),
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        if self.style == "epoch_s":
            return {"type": "integer", "format": "int64"}
        return {"type": "string"}


IsoTimestamp = Annotated[Timestamp, _TimestampSchema("iso")]
"""Amazon ``DateTime`` fields: read any form, written as ISO 8601 ``...Z``."""
EpochSeconds = Annotated[Timestamp, _TimestampSchema("epoch_s")]
"""``TimeWindow`` fields: read any form, written as integer epoch seconds."""
EpochMillisString = Annotated[Timestamp, _TimestampSchema("epoch_ms_str")]
"""``orderPlacedTimestamp``: read any form, written as an epoch-millisecond string."""
