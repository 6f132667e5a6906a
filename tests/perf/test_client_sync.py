"""Sync 10,000 shipments from the built-in sandbox with its rate limits on.

Figures: wall time, the requests made, the bound (requests / allowed rate of getShipments),
wall / bound (goal <= 1.05) and the 429s received (goal 0).
"""

from __future__ import annotations

import importlib.util
import os
import time
from typing import Any

import pytest

from packstation.amazon import EFClient, LwaCredentials, LwaTokenProvider
from packstation.amazon.ratelimit import DEFAULT_RATES
from packstation.domain.shipments import ShipmentStatus

SHIPMENTS = 10_000
PAGE = 100

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("packstation.sandbox.server") is None,
    reason="the built-in sandbox (packstation.sandbox.server) is not available yet",
)


def test_client_sync(record: Any) -> None:
    from packstation.sandbox.server import SandboxServer

    with SandboxServer(seed=1, shipments=SHIPMENTS, rate_limits=True) as srv:
        auth = LwaTokenProvider(
            LwaCredentials("bench-client", "bench-secret", "bench-refresh"), endpoint=srv.lwa_url
        )
        pages: list[int] = []
        with EFClient(srv.base_url, auth, owns_auth=True) as client:
            auth.get_token()  # LWA is not part of the sync bound
            started = time.perf_counter()
            ids: set[str] = set()
            for status in ShipmentStatus:
                for shipment in client.iter_shipments(
                    status, max_results=PAGE, on_page=lambda p: pages.append(len(p.shipments or []))
                ):
                    ids.add(shipment.id)
            wall = time.perf_counter() - started
            stats = dict(client.stats)
    rate = DEFAULT_RATES["getShipments"].per_second
    requests = stats["requests"]
    bound = requests / rate
    record["shipments_synced"] = len(ids)
    record["requests"] = requests
    record["empty_pages"] = sum(1 for n in pages if n == 0)
    record["allowed_rate_per_s"] = rate
    record["wall_s"] = round(wall, 2)
    record["bound_s"] = round(bound, 2)
    record["wall_over_bound"] = round(wall / bound, 3)
    record["goal_wall_over_bound"] = 1.05
    record["throttled_429"] = stats["throttled"]
    record["goal_429"] = 0
    record["shipments_per_s"] = round(len(ids) / wall, 1)
    # The sandbox runs in this process (one GIL) and the box may be shared: say how busy it was.
    record["load_average_1m"] = round(os.getloadavg()[0], 2)
    record["cpus"] = os.cpu_count()
    assert len(ids) == SHIPMENTS
