"""Client and sandbox take their usage plans from one table (issue 18, item 8)."""

from __future__ import annotations

from packstation.amazon.client import OPERATIONS
from packstation.amazon.ratelimit import DEFAULT_RATES
from packstation.domain.usage_plans import USAGE_PLANS
from packstation.sandbox.faults import RATE_LIMITS


def test_client_and_sandbox_read_the_same_table() -> None:
    assert set(USAGE_PLANS) == set(OPERATIONS)
    for op, plan in USAGE_PLANS.items():
        assert DEFAULT_RATES[op].per_second == plan.rate == RATE_LIMITS[op][0]
        assert RATE_LIMITS[op][1] == plan.burst  # the sandbox enforces the plan
        assert DEFAULT_RATES[op].burst == plan.client_burst <= plan.burst
    assert USAGE_PLANS["batchInventory"].burst == DEFAULT_RATES["batchInventory"].burst == 100
