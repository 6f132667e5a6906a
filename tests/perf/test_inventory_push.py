"""Benchmark: a WMS export of 5,000 SKUs pushed to the sandbox marketplace (rate limits on).

Figures: calls made (the fewest the per-call limit allows: ceil(5000 / 9)), 429 answers (0),
wall time against the rate-limit bound ((calls - burst) / rate), and a second push of the same
file (nothing changed: no calls).
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

from packstation.amazon.client import INVENTORY_BATCH, EFClient
from packstation.amazon.ratelimit import DEFAULT_RATES
from packstation.config.settings import Settings
from packstation.sandbox.data import MARKETPLACES
from packstation.sandbox.marketplace import InventoryRecord
from packstation.sandbox.server import SandboxServer
from packstation.services.inventory import InventoryService
from packstation.store.database import Database

COUNT = 5000
LOCATION = MARKETPLACES[0].location_id


def test_inventory_push(record: Any, tmp_path: Path) -> None:
    skus = [f"BENCH-{n:05d}" for n in range(COUNT)]
    csv_path = tmp_path / "wms-export.csv"
    csv_path.write_text("sku,quantity\n" + "".join(f"{s},{n % 97}\n" for n, s in enumerate(skus)))
    with SandboxServer(seed=7, shipments=10, rate_limits=True) as server:
        with server.state.lock:  # the seller's catalogue at this location
            for sku in skus:
                server.state.inventory[(LOCATION, sku)] = InventoryRecord(quantity=1)
        with (
            EFClient.from_settings(
                Settings(), base_url=server.base_url, lwa_url=server.lwa_url
            ) as client,
            Database.open(f"sqlite:///{tmp_path / 'station.sqlite3'}") as db,
        ):
            service = InventoryService(client, db, location_id=LOCATION)
            started = time.perf_counter()
            imported = service.import_csv(csv_path)
            import_s = time.perf_counter() - started
            started = time.perf_counter()
            report = service.push()
            push_s = time.perf_counter() - started
            again = service.push()
            throttled = client.stats["throttled"]
            retries = client.stats["retries"]
        applied = sum(
            1
            for n, s in enumerate(skus)
            if server.state.inventory[(LOCATION, s)].quantity == n % 97
        )
    rate = DEFAULT_RATES["batchInventory"]
    fewest = math.ceil(COUNT / INVENTORY_BATCH)
    bound = max(0.0, (fewest - rate.burst) / rate.per_second)
    record["skus"] = COUNT
    record["rows_imported"] = len(imported.rows)
    record["csv_import_s"] = round(import_s, 3)
    record["calls"] = report.calls
    record["fewest_calls_possible"] = fewest
    record["accepted"] = len(report.accepted)
    record["refused"] = len(report.errors)
    record["applied_in_sandbox"] = applied
    record["http_429"] = throttled
    record["client_retries"] = retries
    record["push_s"] = round(push_s, 2)
    record["rate_limit_bound_s"] = round(bound, 2)
    record["push_over_bound"] = round(push_s / bound, 3) if bound else None
    record["second_push_calls"] = again.calls
    assert report.calls == fewest
    assert report.ok
    assert applied == COUNT
    assert throttled == 0
    assert again.calls == 0
