"""Scale states and readings, shared by every scale protocol.

:class:`Weight` and :class:`WeightUnit` are :mod:`packstation.domain.units`' (one unit table for
every layer); they are imported here for the scale protocols, which speak of them all the time.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from packstation.domain.units import Weight, WeightUnit

__all__ = ["DISCONNECTED", "Reading", "ScaleState", "Weight", "WeightUnit"]


class ScaleState(StrEnum):
    """What a scale reports besides a number."""

    STABLE = "stable"
    MOVING = "moving"
    OVER = "over"
    UNDER = "under"
    ZERO = "zero"
    DISCONNECTED = "disconnected"


@dataclass(frozen=True)
class Reading:
    """One message from a scale.

    ``weight`` is None when the scale sent a state without a number (over/under load, moving on
    some NCI scales, disconnected). ``seq`` and ``at`` (``time.monotonic()``) are set by the reader
    that received it; parsers leave them 0.
    """

    state: ScaleState
    weight: Weight | None = None
    seq: int = 0
    at: float = 0.0

    @property
    def is_stable(self) -> bool:
        return self.state in (ScaleState.STABLE, ScaleState.ZERO)

    def describe(self, unit: WeightUnit | None = None) -> str:
        if self.weight is None:
            return self.state.value
        weight = self.weight.to(unit) if unit is not None else self.weight
        return f"{weight} ({self.state.value})"


DISCONNECTED = Reading(ScaleState.DISCONNECTED)
