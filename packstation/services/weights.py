"""What a unit of each SKU weighs at this bench, learned from its own finished packages.

The expected weight of a package (:meth:`PackingSession.expected_grams`) is the sum of its units'
learned weights; a weight far from it must be confirmed by the packer (``PS:CONFIRM``). Learned
only from packages holding a single SKU (their weight divided by the units: each unit carries its
share of the box), the last :data:`SAMPLES` per SKU, the median taken. Kept in one JSON file of the
station's data folder (SKUs and grams only, no buyer data), written atomically, mode 0600.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path

log = logging.getLogger(__name__)

SAMPLES = 20


class FileWeightHistory:
    """A :class:`~packstation.services.packing.WeightHistory` kept in a JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._samples: dict[str, list[Decimal]] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            for sku, values in dict(data.get("skus", {})).items():
                self._samples[str(sku)] = [Decimal(str(v)) for v in values][-SAMPLES:]
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, AttributeError, InvalidOperation) as exc:
            log.warning("weight history %s unreadable, starting afresh: %s", self.path, exc)

    def unit_grams(self, sku: str) -> Decimal | None:
        with self._lock:
            samples = sorted(self._samples.get(sku, []))
        return samples[len(samples) // 2] if samples else None

    def learn(self, packages: Iterable[tuple[dict[str, int], Decimal]]) -> int:
        """Learn from finished packages: (units per SKU, grams). Saves; the samples added."""
        added = 0
        with self._lock:
            for units, grams in packages:
                if len(units) != 1 or grams <= 0:
                    continue
                ((sku, qty),) = units.items()
                if qty <= 0:
                    continue
                samples = self._samples.setdefault(sku, [])
                samples.append((grams / qty).quantize(Decimal("0.1")))
                del samples[:-SAMPLES]
                added += 1
            if added:
                self._save()
        return added

    def _save(self) -> None:
        data = {"version": 1, "skus": {k: [str(v) for v in vs] for k, vs in self._samples.items()}}
        tmp = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out)
            os.replace(tmp, self.path)
        except OSError as exc:
            log.error("weight history not saved (%s): %s", self.path, exc)
