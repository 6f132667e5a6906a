"""The calls a finish makes: no avoidable round trip before the packer's label, and the journal
trusted only where it knows. Real sandbox marketplace over HTTP, virtual ZPL printer over TCP,
real SQLite journal (the store tests below also run on PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from packstation.config.paths import app_paths
from packstation.config.settings import Settings
from packstation.services.channels.ef import EfChannel
from packstation.services.runtime import Runtime
from packstation.services.workflow import PackingWorkflow
from packstation.store import Database, Outcome, StoreError
from packstation.store.journal import EntryKind
from tests.services.test_finish_e2e import assert_printed, pack, pick, self_ship


class CountingClient:
    """Delegates to the EF client and records the name of every call made through it."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._client, name)
        if not callable(target):
            return target

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            return target(*args, **kwargs)

        return counted


class Crash(BaseException):
    """A power cut: not an Exception, so nothing records the step's result."""


@pytest.fixture
def runtime() -> Iterator[Runtime]:
    settings = Settings(
        sandbox={"seed": 7, "shipments": 200, "rate_limits": False},
        printers={"confirm_timeout_s": 20},
    )
    rt = Runtime.from_settings(settings, app_paths())
    try:
        rt.queue.sync()
        yield rt
    finally:
        rt.close()


def _bench(rt: Runtime, client: Any) -> PackingWorkflow:
    """A station's bench over the runtime's database and printer (a restart makes a new one)."""
    return PackingWorkflow(
        EfChannel(client),
        rt.db,
        rt.printer,
        station=rt.settings.station_name,
        documents_dir=rt.paths.documents_dir,
    )


@pytest.mark.parametrize("packages", [1, 2])
def test_self_ship_finish_reads_nothing_before_marking_shipped(
    runtime: Runtime, packages: int
) -> None:
    shipment = pick(runtime, "SELF_SHIP", serial=False, units=packages)
    counting = CountingClient(runtime.client)
    bench = _bench(runtime, counting)
    session = bench.open(shipment.id)
    pack(runtime, session, packages=packages, bench=bench)
    counting.calls.clear()
    result = bench.finish(session, self_ship=self_ship)
    assert_printed(runtime, result)
    assert "get_shipment" not in counting.calls
    assert counting.calls.count("update_package_status") == packages
    assert counting.calls[-packages:] == ["update_package_status"] * packages
    fresh = runtime.client.get_shipment(shipment.id)
    assert str(fresh.status) == "SHIPPED"
    assert {str(p.status) for p in fresh.packages or []} == {"SHIPPED"}


@pytest.mark.parametrize("phase", ["intent", "called"])
def test_resumed_self_ship_finish_with_a_shipped_step_in_doubt_rereads(
    runtime: Runtime, phase: str
) -> None:
    """The station died around the first updatePackageStatus (before the call, or after Amazon
    took it): the restart re-reads and marks shipped only what is not, once each."""
    shipment = pick(runtime, "SELF_SHIP", serial=False, units=2)
    session = runtime.workflow.open(shipment.id)
    pack(runtime, session, packages=2)

    def crash(name: str, when: str) -> None:
        if (name, when) == ("updatePackageStatus", phase):
            raise Crash

    runtime.workflow.hook = crash
    with pytest.raises(Crash):
        runtime.workflow.finish(session, self_ship=self_ship)
    first = runtime.client.get_shipment(shipment.id)
    shipped_before = {p.id for p in first.packages or [] if str(p.status) == "SHIPPED"}
    assert len(shipped_before) == (1 if phase == "called" else 0)
    assert str(first.status) == "SHIPLABEL_GENERATED"
    assert len(runtime.virtual_printer.jobs) == 2  # both labels printed before the crash

    counting = CountingClient(runtime.client)
    bench = _bench(runtime, counting)  # the restarted station
    again = bench.open(shipment.id)
    counting.calls.clear()
    result = bench.finish(again, self_ship=self_ship)
    assert "get_shipment" in counting.calls  # in doubt: Amazon's answer decides
    assert counting.calls.count("update_package_status") == 2 - len(shipped_before)
    assert result.printed
    assert len(runtime.virtual_printer.jobs) == 2  # not printed again
    fresh = runtime.client.get_shipment(shipment.id)
    assert str(fresh.status) == "SHIPPED"
    assert {str(p.status) for p in fresh.packages or []} == {"SHIPPED"}
    shipped_steps = [
        s for s in runtime.db.journal.steps(shipment.id) if s.name == "updatePackageStatus"
    ]
    # The step the crash left open was settled on reopening; then one call per package left.
    expected = ["resolved"] + ["ok"] * (2 - len(shipped_before))
    assert [s.outcome for s in shipped_steps] == expected


def test_a_package_shipped_behind_the_journals_back_is_accepted(runtime: Runtime) -> None:
    """The journal says nothing of package 1, Amazon has it SHIPPED (the 409 is re-read)."""
    shipment = pick(runtime, "SELF_SHIP", serial=False, units=2)
    session = runtime.workflow.open(shipment.id)
    pack(runtime, session, packages=2)
    printed: list[str] = []

    def ship_first_elsewhere(name: str, when: str) -> None:
        if (name, when) == ("printLabel", "done"):
            printed.append(name)
            if len(printed) == 2:
                (created,) = [
                    s for s in runtime.db.journal.steps(shipment.id) if s.name == "createPackages"
                ]
                first_pid = created.payload["packages"][0]
                runtime.client.update_package_status(shipment.id, first_pid, "SHIPPED")

    runtime.workflow.hook = ship_first_elsewhere
    result = runtime.workflow.finish(session, self_ship=self_ship)
    assert result.printed
    fresh = runtime.client.get_shipment(shipment.id)
    assert str(fresh.status) == "SHIPPED"
    steps = [s for s in runtime.db.journal.steps(shipment.id) if s.name == "updatePackageStatus"]
    assert [s.outcome for s in steps] == ["ok", "ok"]
    assert steps[0].result == {"status": "SHIPLABEL_GENERATED", "reread": True}


# ---------------------------------------------------------------------- the journal's part


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url, retry_deadline_s=60)
    try:
        yield database
    finally:
        database.close()


def test_steps_are_the_shipments_steps_only(db: Database) -> None:
    journal = db.journal
    journal.record_scan("S1", "0123456789012", line_id="L1")
    first = journal.begin_step("S1", "createPackages", {"packages": ["P1"]})
    journal.record_event("S1", EntryKind.WEIGHT, {"weight": 1.2, "unit": "kg"})
    journal.finish_step(first, Outcome.OK, {"status": "PACKAGE_CREATED"})
    second = journal.begin_step("S1", "generateShipLabels")
    journal.begin_step("S2", "createPackages")
    steps = journal.steps("S1")
    assert [s.id for s in steps] == [first, second]
    assert steps[0].outcome == "ok"
    assert steps[0].result == {"status": "PACKAGE_CREATED"}
    assert steps[0].finished_at is not None
    assert steps[0].finished_at >= steps[0].created_at
    assert steps[1].is_open
    assert journal.steps("S3") == []


def test_a_retried_insert_returns_the_same_entry(db: Database) -> None:
    """A write retried after a commit whose answer was lost records the entry once."""
    journal = db.journal

    def insert(conn: Any) -> int:
        return journal._insert(
            conn,
            uid="retried-uid",
            shipment_id="S1",
            kind=EntryKind.STEP,
            name="createPackages",
            payload={},
            station="b1",
            packer=None,
        )

    one = db.run(insert)
    two = db.run(insert)
    assert one == two
    assert [e.id for e in journal.history("S1")] == [one]


def test_finish_step_refuses_what_is_not_an_open_step(db: Database) -> None:
    journal = db.journal
    scan = journal.record_scan("S1", "x")
    with pytest.raises(StoreError, match="does not exist"):
        journal.finish_step(scan, Outcome.OK)
    step = journal.begin_step("S1", "printLabel")
    done = journal.finish_step(step, Outcome.OK, {"printed": True})
    assert done.result == {"printed": True}
    assert journal.finish_step(step, Outcome.OK).result == {"printed": True}  # unchanged
    with pytest.raises(StoreError, match="already finished as 'ok'"):
        journal.finish_step(step, Outcome.FAILED)
    assert journal.history("S1")[0].finished_at is None  # the scan is untouched
