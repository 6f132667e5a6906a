"""The base of every EF API model: tolerant in what we read, strict in what we send.

* Field names are snake_case in Python with Amazon's camelCase names as aliases; both are
  accepted on input (``populate_by_name``).
* Unknown fields are kept (``extra="allow"``) and serialised back, so a shipment read from Amazon
  round-trips without loss even when Amazon adds fields.
* Enum fields are *open*: a value that did not exist when we shipped is kept as a plain ``str``
  instead of failing the whole response. Known values become the enum member.
* Money, rates, geocodes and dimensions are :class:`decimal.Decimal`, never ``float``.

Before a model is sent, :func:`check_outgoing` refuses unknown enum values and unknown fields:
we never invent protocol.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, TypeVar, get_args, get_origin

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

E = TypeVar("E", bound=Enum)


class OpenEnumMarker:
    """Metadata naming the enum behind an open-enum field (used by :func:`check_outgoing`)."""

    def __init__(self, enum: type[Enum]) -> None:
        self.enum = enum

    def __repr__(self) -> str:
        return f"OpenEnumMarker({self.enum.__name__})"


class WireModel(BaseModel):
    """Base of the EF API models (see the module docstring)."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="allow",
        use_enum_values=False,
        ser_json_inf_nan="constants",
    )

    def to_wire(self, *, exclude_none: bool = False) -> dict[str, Any]:
        """The JSON object Amazon sends or expects (camelCase names, decimals as strings).

        Fields never set are left out, so a model read from JSON serialises back to the same JSON.
        """
        data: dict[str, Any] = self.model_dump(
            mode="json", by_alias=True, exclude_unset=True, exclude_none=exclude_none
        )
        return data


M = TypeVar("M", bound=WireModel)


class OutgoingValidationError(ValueError):
    """A model we were about to send holds a value Amazon does not define."""


def _open_enum_of(
    metadata: list[Any] | tuple[Any, ...], annotation: Any = None
) -> type[Enum] | None:
    """The enum of the first open-enum marker in ``metadata`` or anywhere in ``annotation``."""
    for item in metadata:
        if isinstance(item, OpenEnumMarker):
            return item.enum
    if annotation is None:
        return None
    if get_origin(annotation) is Annotated:
        args = get_args(annotation)
        return _open_enum_of(args[1:], args[0])
    for arg in get_args(annotation):
        found = _open_enum_of((), arg)
        if found is not None:
            return found
    return None


def _check_value(value: Any, enum: type[Enum] | None, where: str) -> None:
    if isinstance(value, WireModel):
        check_outgoing(value, where)
        return
    if isinstance(value, list):
        for i, item in enumerate(value):
            _check_value(item, enum, f"{where}[{i}]")
        return
    if enum is not None and isinstance(value, str) and not isinstance(value, Enum):
        known = {m.value for m in enum}
        if value not in known:
            raise OutgoingValidationError(
                f"{where}: {value!r} is not a value Amazon defines for {enum.__name__} "
                f"({', '.join(sorted(str(k) for k in known))})"
            )


def check_outgoing(model: WireModel, where: str = "") -> None:
    """Raise :class:`OutgoingValidationError` unless ``model`` only holds defined values."""
    where = where or type(model).__name__
    if model.model_extra:
        raise OutgoingValidationError(
            f"{where}: unknown field(s) {sorted(model.model_extra)} would be sent to Amazon"
        )
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if value is None:
            continue
        _check_value(value, _open_enum_of(info.metadata, info.annotation), f"{where}.{name}")
