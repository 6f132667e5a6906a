"""``packstation ship`` under faults: nothing stranded, one label, documented exit codes.

The marketplace (the built-in sandbox over HTTP) and the label printer (the virtual Zebra over
TCP) run in this process and outlive the command, as Amazon and a printer outlive a station.
``ship`` runs in its own process, as a user runs it:

- killed (SIGKILL, a power cut) at each step of the finish: after CONFIRM, after the packing is
  recorded, after createPackages, after the shipping options, after the invoice, after
  generateShipLabels answered (before and after it is journaled), while printing (before the
  spool took the label, and after it took it but before sending it); then the same command again
  exits 0, prints the tracking id, and the printer has exactly one label, generated once at the
  marketplace (no REGENERATE where the journal kept the label's URL);
- other faults end in their documented exit code with one line and no traceback, and a rerun
  once the fault clears prints exactly one label.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from packstation.cli.common import EXIT_CODES, ExitCode

pytestmark = pytest.mark.slow

PACKAGE = "30x20x10 cm 1 kg"
README = Path(__file__).resolve().parents[2] / "README.md"


# ---------------------------------------------------------------------- the killed worker


def _worker_main(argv: list[str]) -> int:
    """``ship`` with a power cut at (step, phase): the process SIGKILLs itself there."""
    step, phase, *args = argv
    from packstation.services.workflow import PackingWorkflow

    after = PackingWorkflow._after

    def cut(self: PackingWorkflow, name: str, when: str) -> None:
        if (name, when) == (step, phase):
            os.kill(os.getpid(), signal.SIGKILL)
        after(self, name, when)

    PackingWorkflow._after = cut  # type: ignore[method-assign]
    if step == "spool":
        # The spool took the label (on disk) and the power went before its worker sent it.
        from packstation.services.printing import SpoolPrinter
        from printers.spool import Spool

        Spool._ensure_worker = lambda self, printer: None  # type: ignore[method-assign]

        def submitted(self: SpoolPrinter, data: bytes, name: str) -> Any:
            self.spool.submit(self.url, data, name)
            os.kill(os.getpid(), signal.SIGKILL)

        SpoolPrinter.print_label = submitted  # type: ignore[method-assign]
    from packstation.cli import main

    return main(args)


if __name__ == "__main__":
    sys.exit(_worker_main(sys.argv[1:]))


# ---------------------------------------------------------------------- fixtures


@dataclass
class Station:
    sandbox: Any
    printer: Any
    env: dict[str, str]

    def ship(self, sid: str, *extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "packstation", "ship", sid, "--package", PACKAGE, *extra],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )

    def ship_killed_at(self, sid: str, step: str, phase: str, *extra: str) -> None:
        done = subprocess.run(
            [sys.executable, __file__, step, phase, "ship", sid, "--package", PACKAGE, *extra],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
        assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr[-2000:])

    def label(self, sid: str) -> Any:
        work = self.sandbox.state.records[sid].work
        labels = [pkg.label for pkg in work.packages.values()] if work else []
        assert len(labels) == 1, labels
        return labels[0]

    def pick(
        self,
        *,
        invoice: bool | None = None,
        taken: set[str] | None = None,
        program: str = "EASY_SHIP",
    ) -> str:
        """An accepted single-unit shipment of ``program`` with ZPL labels and no serials."""
        from packstation.domain.shipments import Shipment

        state = self.sandbox.state
        for sid, rec in state.records.items():
            if sid in (taken or set()) or rec.status != "ACCEPTED":
                continue
            if state.program_of(rec) != program or state.marketplace_of(rec).label_format != "ZPL":
                continue
            shipment = Shipment.model_validate(state.get_shipment(sid))
            lines = shipment.line_items
            if len(lines) != 1 or lines[0].number_of_units != 1:
                continue
            if str(lines[0].piece_type) == "MULTIPLE":
                continue  # one package per piece
            if str(lines[0].compliance_attributes.serial_number_requirement) == "REQUIRED":
                continue
            required = str(shipment.shipment_requirements.invoice.requirement) == "REQUIRED"
            if invoice is not None and required != invoice:
                continue
            return sid
        pytest.skip("no such shipment in the sandbox")


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    from packstation.sandbox.server import SandboxServer
    from printers.virtual import VirtualZplPrinter

    with (
        SandboxServer(seed=7, shipments=200, rate_limits=False) as sandbox,
        VirtualZplPrinter(tmp_path / "printer") as printer,
    ):
        env = {
            **os.environ,
            "PACKSTATION_HOME": str(tmp_path / "home"),
            "PACKSTATION_SPAPI_ENDPOINT": sandbox.base_url,
            "PACKSTATION_LWA_ENDPOINT": sandbox.lwa_url,
            "PACKSTATION_PRINTERS__LABEL": printer.url,
            "PACKSTATION_KEYRING_BACKEND": "memory",
            "PACKSTATION_STATION_NAME": "ship-faults",
            "PACKSTATION_BLOCK_QT": "1",
        }
        for key in ("PACKSTATION_DATA_DIR", "PACKSTATION_CONFIG_DIR", "PACKSTATION_LOG_DIR"):
            env.pop(key, None)
        yield Station(sandbox, printer, env)


def _one_line(stderr: str) -> str:
    """The failure line; there is exactly one and no traceback."""
    assert "Traceback" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("packstation: error:")]
    assert len(errors) == 1, stderr
    return errors[0]


def _printed_once(station: Station, sid: str, run: subprocess.CompletedProcess[str]) -> None:
    assert run.returncode == 0, run.stderr[-3000:]
    label = station.label(sid)
    assert run.stdout.split() == [label.tracking_id]
    assert station.printer.wait_for_jobs(1, timeout=20)
    jobs = station.printer.jobs
    assert len(jobs) == 1, jobs
    assert label.tracking_id.encode() in jobs[0].read_bytes()


# ---------------------------------------------------------------------- killed, then rerun

#: (step, phase) of the power cut -> REGENERATEs the rerun may need (0: the journal kept the URL)
KILL_POINTS = {
    ("processShipment", "done"): 0,  # after CONFIRM, before any scan
    ("createPackages", "intent"): 0,  # packing recorded, nothing created at Amazon yet
    ("createPackages", "done"): 0,
    ("retrieveShippingOptions", "done"): 0,
    ("generateShipLabels", "called"): 1,  # answered, URL not journaled: a fresh URL is needed
    ("generateShipLabels", "done"): 0,
    ("printLabel", "intent"): 0,  # the label never reached the spool
    ("spool", "submit"): 0,  # the spool took it, the power went before it was sent
}


@pytest.mark.parametrize(
    ("step", "phase"), list(KILL_POINTS), ids=[f"{s}-{p}" for s, p in KILL_POINTS]
)
def test_killed_at_each_step_then_the_same_command_prints_once(
    station: Station, step: str, phase: str
) -> None:
    sid = station.pick()
    station.ship_killed_at(sid, step, phase)
    assert not station.printer.jobs
    rerun = station.ship(sid)
    _printed_once(station, sid, rerun)
    assert station.label(sid).version == 1 + KILL_POINTS[(step, phase)]
    # And once more: already printed, says so, prints nothing, asks Amazon for nothing new.
    again = station.ship(sid)
    assert again.returncode == 0, again.stderr
    assert "earlier run" in again.stderr
    assert again.stdout.split() == [station.label(sid).tracking_id]
    assert len(station.printer.jobs) == 1
    assert station.label(sid).version == 1 + KILL_POINTS[(step, phase)]


@pytest.mark.parametrize(
    ("step", "phase"),
    [("generateShipLabels", "done"), ("printLabel", "intent"), ("updatePackageStatus", "called")],
)
def test_self_ship_killed_then_the_same_command_prints_once(
    station: Station, step: str, phase: str
) -> None:
    sid = station.pick(program="SELF_SHIP")
    courier = ("--carrier", "BlueDart", "--tracking", "BD0000000042")
    station.ship_killed_at(sid, step, phase, *courier)
    rerun = station.ship(sid, *courier)
    _printed_once(station, sid, rerun)
    assert station.label(sid).tracking_id == "BD0000000042"
    assert station.sandbox.state.records[sid].status == "SHIPPED"
    again = station.ship(sid, *courier)
    assert again.returncode == 0, again.stderr
    assert len(station.printer.jobs) == 1
    # The Pack page's guard: that tracking id is this shipment's now.
    other = station.pick(program="SELF_SHIP", taken={sid})
    reused = station.ship(other, *courier)
    assert reused.returncode == ExitCode.BAD_INPUT, reused.stderr
    assert "already used on shipment" in _one_line(reused.stderr)


def test_killed_after_the_invoice_then_the_same_command_prints_once(station: Station) -> None:
    sid = station.pick(invoice=True)
    station.ship_killed_at(sid, "generateInvoice", "done")
    _printed_once(station, sid, station.ship(sid))
    assert station.label(sid).version == 1


def test_a_failed_finish_does_not_strand_the_shipment(station: Station) -> None:
    """The issue's reproduction: a refused finish after CONFIRM, then the right package."""
    sid = station.pick()
    station.sandbox.faults = {"fail_next": {"createPackages": ["500"] * 6}}
    first = station.ship(sid)
    assert first.returncode == ExitCode.AMAZON_UNAVAILABLE, first.stderr
    _one_line(first.stderr)
    station.sandbox.faults = {}
    _printed_once(station, sid, station.ship(sid))


# ---------------------------------------------------------------------- fault cells


def test_local_problems_exit_2_before_anything_changes_at_amazon(station: Station) -> None:
    sid = station.pick()
    cells = [
        ("--package", "1.2.3x1x1 cm 1 kg"),
        ("--package", "0x0x0 cm 0 kg"),
        ("--package", "300x20x10 cm 1 kg"),
        ("--package", "30x20x10 cm 450 kg"),
        ("--printer", "ftp://x"),
        ("--printer", "zpl://127.0.0.1:99999"),
        ("--serial", "1=12"),
        ("--option", "bad option"),
    ]
    for flag, value in cells:
        args = [sys.executable, "-m", "packstation", "ship", sid]
        args += ["--package", value] if flag == "--package" else ["--package", PACKAGE, flag, value]
        run = subprocess.run(args, env=station.env, capture_output=True, text=True, check=False)
        assert run.returncode == ExitCode.BAD_INPUT, (flag, value, run.stderr)
        _one_line(run.stderr)
    station.printer.state.paper_out = True
    run = station.ship(sid)
    assert run.returncode == ExitCode.BAD_INPUT, run.stderr
    assert "paper" in _one_line(run.stderr)
    station.printer.state.paper_out = False
    unknown = station.ship("SBX9999999999")
    assert unknown.returncode == ExitCode.BAD_INPUT
    assert "does not exist" in _one_line(unknown.stderr)
    # Nothing reached Amazon: still ACCEPTED, no CONFIRM.
    assert station.sandbox.state.records[sid].status == "ACCEPTED"
    _printed_once(station, sid, station.ship(sid))


def test_amazon_unavailable_exits_5_then_the_rerun_prints_once(station: Station) -> None:
    sid = station.pick()
    station.sandbox.faults = {"fail_next": {"generateShipLabels": ["503"] * 6}}
    first = station.ship(sid)
    assert first.returncode == ExitCode.AMAZON_UNAVAILABLE, first.stderr
    assert "same command again" in _one_line(first.stderr)
    assert not station.printer.jobs
    station.sandbox.faults = {}
    _printed_once(station, sid, station.ship(sid))
    assert station.label(sid).version == 1


def test_a_broken_generate_answer_is_followed_by_a_reread_not_a_second_generate(
    station: Station,
) -> None:
    """The label was made and its answer arrived cut in half: re-read, then REGENERATE (the
    only way to a label file), never GENERATE again (the sandbox would refuse it)."""
    sid = station.pick()
    station.sandbox.faults = {"fail_next": {"generateShipLabels": ["malformed"]}}
    _printed_once(station, sid, station.ship(sid))
    assert station.label(sid).version == 2


def test_a_broken_create_packages_answer_is_settled_by_a_reread(station: Station) -> None:
    sid = station.pick()
    station.sandbox.faults = {"fail_next": {"createPackages": ["malformed"]}}
    _printed_once(station, sid, station.ship(sid))
    assert station.label(sid).version == 1


def test_a_restarted_marketplace_is_followed_not_the_old_journal(
    station: Station, tmp_path: Path
) -> None:
    """The issue's restarted sandbox: the journal says printed, the fresh marketplace has the
    shipment untouched. The finish follows the marketplace, says so, and prints its label."""
    from packstation.sandbox.server import SandboxServer

    sid = station.pick()
    _printed_once(station, sid, station.ship(sid))
    with SandboxServer(seed=7, shipments=200, rate_limits=False) as fresh:
        station.env["PACKSTATION_SPAPI_ENDPOINT"] = fresh.base_url
        station.env["PACKSTATION_LWA_ENDPOINT"] = fresh.lwa_url
        run = station.ship(sid)
        assert run.returncode == 0, run.stderr
        assert "following Amazon" in run.stderr
        work = fresh.state.records[sid].work
        assert work is not None
        (label,) = [pkg.label for pkg in work.packages.values()]
        assert run.stdout.split() == [label.tracking_id]
    assert station.printer.wait_for_jobs(2, timeout=20)
    assert len(station.printer.jobs) == 2


def test_a_truncated_label_is_fetched_again_never_printed(
    station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = station.pick()
    state = station.sandbox.state
    real = state.label_file
    served: list[int] = []

    def cut_first(token: str) -> tuple[str, bytes]:
        media, body = real(token)
        served.append(len(body))
        return (media, body[: len(body) // 2]) if len(served) == 1 else (media, body)

    monkeypatch.setattr(state, "label_file", cut_first)
    _printed_once(station, sid, station.ship(sid))
    assert len(served) == 2
    assert station.printer.jobs[0].read_bytes().rstrip().endswith(b"^XZ")
    assert station.label(sid).version == 1


def test_an_expired_label_url_gets_a_fresh_one(station: Station) -> None:
    sid = station.pick()
    station.ship_killed_at(sid, "generateShipLabels", "done")
    assert station.sandbox.state.expire_label_urls(sid) == 1
    _printed_once(station, sid, station.ship(sid))
    assert station.label(sid).version == 2


def test_paper_out_during_the_finish_exits_3_then_the_rerun_prints_it_once(
    station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The paper runs out after the pre-flight: the label waits in the spool (exit 3, tracking
    id printed); paper back, the same command prints that label, not another."""
    sid = station.pick()
    state = station.sandbox.state
    real = state.generate_labels

    def then_paper_out(*args: Any, **kwargs: Any) -> Any:
        answer = real(*args, **kwargs)
        station.printer.state.paper_out = True
        return answer

    monkeypatch.setattr(state, "generate_labels", then_paper_out)
    first = station.ship(sid)
    assert first.returncode == ExitCode.NOT_PRINTED, first.stderr
    assert "spool" in _one_line(first.stderr)
    assert first.stdout.split() == [station.label(sid).tracking_id]
    assert not station.printer.jobs
    station.printer.state.paper_out = False
    _printed_once(station, sid, station.ship(sid))
    assert station.label(sid).version == 1


def test_cancelled_by_the_marketplace_exits_4(station: Station) -> None:
    sid = station.pick()
    station.sandbox.state.cancel_shipment(sid)
    run = station.ship(sid)
    assert run.returncode == ExitCode.CANCELLED, run.stderr
    assert "put the items back" in _one_line(run.stderr)
    assert not station.printer.jobs


def test_refused_credentials_exit_5(tmp_path: Path) -> None:
    from packstation.sandbox.server import SandboxServer

    with SandboxServer(seed=7, shipments=5, pinned_credentials=("a", "b", "c")) as sandbox:
        env = {
            **os.environ,
            "PACKSTATION_HOME": str(tmp_path / "home"),
            "PACKSTATION_SPAPI_ENDPOINT": sandbox.base_url,
            "PACKSTATION_LWA_ENDPOINT": sandbox.lwa_url,
            "PACKSTATION_KEYRING_BACKEND": "memory",
            "PACKSTATION_BLOCK_QT": "1",
        }
        sid = next(iter(sandbox.state.records))
        run = subprocess.run(
            [sys.executable, "-m", "packstation", "ship", sid, "--package", PACKAGE],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    assert run.returncode == ExitCode.AMAZON_UNAVAILABLE, run.stderr
    assert "credentials" in _one_line(run.stderr)


def test_label_copies_are_private(station: Station) -> None:
    sid = station.pick()
    _printed_once(station, sid, station.ship(sid))
    data = Path(station.env["PACKSTATION_HOME"]) / "data"
    files = [*data.glob(f"documents/{sid}/*"), data / "spool" / "labels.sqlite3"]
    assert files
    for path in files:
        assert path.stat().st_mode & 0o777 == 0o600, path
    for folder in (data, data / "documents", data / "documents" / sid, data / "spool"):
        assert folder.stat().st_mode & 0o777 == 0o700, folder


# ---------------------------------------------------------------------- the table


def test_readme_help_and_code_give_the_same_exit_codes() -> None:
    import re

    text = README.read_text(encoding="utf-8")
    section = text[text.index("Exit codes of `packstation ship`") :]
    rows = re.findall(r"^\| (\d) \| (.+?) \|$", section, re.MULTILINE)
    assert {int(code): meaning for code, meaning in rows} == EXIT_CODES
    assert {int(c) for c in ExitCode} == set(EXIT_CODES)
    from packstation.cli import build_parser, ship

    for code, meaning in EXIT_CODES.items():
        assert f"{code}  {meaning}" in (ship.__doc__ or "")
    sub = build_parser()._subparsers._group_actions[0].choices["ship"]  # type: ignore[union-attr]
    assert sub.epilog is not None
    for code, meaning in EXIT_CODES.items():
        assert f"{code}  {meaning}" in sub.epilog
