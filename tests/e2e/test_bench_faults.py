"""End to end under faults, through the real main window (see conftest.py for the driver).

- a 429 storm and 503s at Amazon: the finish still completes within the client's retry policy,
  and the packer sees that the bench is waiting on Amazon; a 503 burst longer than the retry
  budget fails the finish with a message, and pressing F12 again completes it without a second
  label;
- paper out: the packer is told the label waits in the spool; once the paper is back it prints
  by itself, exactly once, even when the packer presses F12 again meanwhile;
- the marketplace cancels the shipment while it is being finished (after its packages were
  created): nothing prints and the packer is told to put the items back (cancellation while
  packing is in test_bench_e2e.py);
- the app is killed (SIGKILL) during the finish, in a separate process running the bench
  services on a journal on disk, between the label generated and printed; the restarted main
  window resumes the shipment: no second label at the marketplace, the label printed once.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
import pytest
from PySide6 import QtCore

pytestmark = pytest.mark.slow


def _faults(bench: Any, fail_next: dict[str, list[str]]) -> None:
    response = httpx.put(f"{bench.sandbox.admin_url}/faults", json={"fail_next": fail_next})
    response.raise_for_status()


def _ready(bench: Any, program: str = "EASY_SHIP", **shape: Any) -> Any:
    """Open and pack a shipment by scans, ready for F12."""
    shipment = bench.pick(program, **({"multi": False, "serial": False} | shape))
    session = bench.open(shipment.id)
    bench.pack_all(session)
    if program == "SELF_SHIP":
        bench.self_ship(shipment.id)
    return session


def _one_label_per_package(bench: Any, result: Any) -> None:
    printer = bench.printer
    bench.qtbot.waitUntil(lambda: len(printer.jobs) >= len(result.labels), timeout=10_000)
    assert len(printer.jobs) == len(result.labels)
    for job, label in zip(printer.jobs, result.labels, strict=True):
        assert label.tracking_id in bench.decode(job)


def test_429_storm_completes_and_the_packer_sees_the_wait(bench: Any) -> None:
    session = _ready(bench)
    client = bench.runtime.client
    throttled_before = client.stats["throttled"]
    _faults(
        bench,
        {
            "createPackages": ["429", "429", "429"],
            "retrieveShippingOptions": ["429", "429"],
            "generateShipLabels": ["429", "429", "429"],
        },
    )
    result = bench.finish()
    assert result.printed
    assert client.stats["throttled"] - throttled_before == 8
    waits = [t for t in bench.step_texts() if "Amazon is busy" in t]
    assert len(waits) == 8, bench.step_texts()
    _one_label_per_package(bench, result)
    assert str(bench.amazon(session.shipment_id).status) == "SHIPLABEL_GENERATED"


def test_503s_are_retried_and_a_longer_outage_fails_then_f12_completes(bench: Any) -> None:
    session = _ready(bench, "SELLER_FLEX")
    client = bench.runtime.client
    # Shorter waits than production (same policy, same attempt budget): the test runs fast.
    client.retry = dataclasses.replace(client.retry, base_delay=0.02, max_delay=0.1)
    attempts = client.retry.max_attempts
    _faults(
        bench,
        {
            "createPackages": ["503", "503"],
            "retrieveShippingOptions": ["503"],
            "generateShipLabels": ["503"] * attempts,  # longer than the retry budget
        },
    )
    pack = bench.pack
    with bench.qtbot.waitSignal(bench.controller.finish_failed, timeout=60_000) as failed:
        bench.key(QtCore.Qt.Key.Key_F12)
    assert failed.args[0] == session.shipment_id
    assert "503" in failed.args[1] or "unavailable" in failed.args[1].lower(), failed.args
    assert pack.state == "packing"
    assert "Failed" in pack.finish_state.text()
    assert not bench.printer.jobs
    assert str(bench.amazon(session.shipment_id).status) != "SHIPLABEL_GENERATED"
    # Amazon is back: the packer presses F12 again; one label, generated once.
    result = bench.finish()
    _one_label_per_package(bench, result)
    ops = [
        e.payload.get("operation")
        for e in bench.runtime.db.journal.history(session.shipment_id)
        if e.name == "generateShipLabels" and e.result and "error" not in e.result
    ]
    assert ops == ["GENERATE"]


def test_paper_out_tells_the_packer_then_prints_once(bench: Any) -> None:
    session = _ready(bench, "SELLER_FLEX")
    printer = bench.printer
    spool = bench.runtime.printer.spool
    printer.state.paper_out = True
    pack = bench.pack
    with bench.qtbot.waitSignal(bench.controller.finish_failed, timeout=60_000) as failed:
        bench.key(QtCore.Qt.Key.Key_F12)
    assert "paper out" in failed.args[1]
    assert "prints by itself" in failed.args[1]
    assert "paper out" in pack.finish_state.text()
    assert "paper out" in pack.feedback.text()
    assert not printer.jobs
    assert len(spool.jobs()) == 1
    # The impatient packer presses F12 again while the paper is still out: no second job.
    with bench.qtbot.waitSignal(bench.controller.finish_failed, timeout=60_000) as again:
        bench.key(QtCore.Qt.Key.Key_F12)
    assert "paper out" in again.args[1]
    assert len(spool.jobs()) == 1
    # Paper back: the kept label prints by itself, once.
    printer.state.paper_out = False
    bench.qtbot.waitUntil(lambda: spool.jobs()[0].state.value == "done", timeout=20_000)
    assert len(printer.jobs) == 1
    # F12 once more closes the shipment without printing anything new.
    result = bench.finish()
    assert result.printed
    assert len(spool.jobs()) == 1
    _one_label_per_package(bench, result)
    assert str(bench.amazon(session.shipment_id).status) == "SHIPLABEL_GENERATED"
