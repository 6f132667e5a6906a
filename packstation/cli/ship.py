"""``packstation ship``: finish one shipment headless (automation and support).

    packstation ship SHIPMENT_ID --package "30x20x10 cm 1.25 kg" [--package ...]
        [--serial LINE=SN ...] [--printer URL] [--option ID] [--carrier NAME --tracking ID ...]

Everything local is checked first, before the first call that changes anything at Amazon:
package specs and their plausibility (:mod:`packstation.domain.plausibility`), serial numbers,
Self Ship carrier and tracking ids, option syntax, the printer's address and its status, and
(one read of the shipment) that the shipment exists and the packages and serials fit it.

Then it opens (claims, confirms) the shipment, puts every unit in the packages in line order
(spread evenly over several packages) and runs the finish chain of
:class:`packstation.services.workflow.PackingWorkflow`, printing one tracking id per line.

Running the same command again after any interruption resumes: units recorded and serials
journaled count, packages already created at Amazon are reused, a label made but not printed is
fetched again and printed, and a shipment already printed says so and exits 0 without printing
again (a reprint is the bench's Ctrl+P).

Exit codes (:class:`packstation.cli.common.ExitCode`; README "Command line" says the same):

    0  printed (or printed by an earlier run: nothing printed again)
    1  any other problem; the message says what to do
    2  bad input, or refused before any change at Amazon (unknown shipment, printer not ready, the station's label spool in use by the open window)
    3  labels made but not confirmed printed (kept in the spool); the same command resumes
    4  cancelled by the marketplace: put the items back
    5  Amazon unavailable (retries exhausted, broken answers) or credentials refused

Every failure is one line on stderr (a traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from packstation.cli import common
from packstation.cli.common import CommandError, ExitCode
from packstation.domain.units import Weight

if TYPE_CHECKING:
    from packstation.domain.shipments import Shipment
    from packstation.services.packing import PackingSession
    from packstation.services.runtime import Runtime
    from packstation.services.scan_recorder import ScanRecorder
    from packstation.services.workflow import FinishResult, PackingWorkflow

_NUMBER = r"\d+(?:[.,]\d+)?"
_PACKAGE = re.compile(
    rf"^\s*(?P<l>{_NUMBER})\s*[xX×]\s*(?P<w>{_NUMBER})\s*[xX×]\s*(?P<h>{_NUMBER})\s*"
    rf"(?P<du>cm|m|in)\s+(?P<wt>{_NUMBER})\s*(?P<wu>g|kg|lb|oz)\s*$",
    re.IGNORECASE,
)
#: an option id, carrier name or tracking id: printable, no spaces at the ends, bounded
_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,99}$")
_CARRIER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._&'-]{0,63}$")

Dims = tuple[Decimal, Decimal, Decimal, str]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "ship",
        help="pack and finish a shipment headless; prints the tracking ids",
        description="Run the whole finish chain (packages, shipping option, invoice, labels, "
        "print) for one shipment and print its tracking ids, one per line. Everything local is "
        "checked before anything changes at Amazon; running the same command again after an "
        "interruption resumes where it stopped.",
        epilog="exit codes:\n" + common.exit_code_table(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("shipment_id", metavar="SHIPMENT_ID")
    parser.add_argument(
        "--package",
        action="append",
        required=True,
        metavar='"LxWxH cm WEIGHT kg"',
        help='one package: dimensions and weight, e.g. "30x20x10 cm 1.25 kg" (repeat for more)',
    )
    parser.add_argument(
        "--serial",
        action="append",
        default=[],
        metavar="LINE=SN",
        help="serial number / IMEI of one unit of line LINE (repeat per unit)",
    )
    parser.add_argument("--printer", metavar="URL", help="label printer, e.g. zpl://host:9100")
    parser.add_argument("--option", metavar="ID", help="shipping option id (default: Amazon's)")
    parser.add_argument("--carrier", metavar="NAME", help="Self Ship: the carrier's name")
    parser.add_argument(
        "--tracking",
        action="append",
        default=[],
        metavar="ID",
        help="Self Ship: the carrier's tracking id (one per package, in order)",
    )
    parser.add_argument(
        "--pieces-together",
        action="store_true",
        help="a multi-piece item ships with its pieces in fewer packages than pieces "
        "(audited as an override; default: one package per piece)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the traceback of an unexpected failure",
    )
    parser.set_defaults(func=run)


# ---------------------------------------------------------------------- local checks


def parse_package(text: str) -> tuple[Dims, Weight]:
    """``"30x20x10 cm 1.25 kg"`` -> ((30, 20, 10, "CM"), 1.25 kg), plausibility checked.

    Raises :class:`CommandError` (exit 2) naming what is wrong.
    """
    from packstation.domain.plausibility import package_problems

    match = _PACKAGE.match(text)
    if match is None:
        raise CommandError(
            f'--package {text!r}: write it like "30x20x10 cm 1.25 kg" (cm, m or in; g, kg, lb, '
            "oz; one decimal point per number)",
            ExitCode.BAD_INPUT,
        )

    def num(key: str) -> Decimal:
        return Decimal(match.group(key).replace(",", "."))

    dims = (num("l"), num("w"), num("h"), match.group("du").upper())
    weight = Weight.of(num("wt"), match.group("wu"))
    problems = package_problems(dims[:3], dims[3], weight.value, weight.unit.wire)
    if problems:
        raise CommandError(f"--package {text!r}: {'; '.join(problems)}", ExitCode.BAD_INPUT)
    return dims, weight


def parse_serials(items: Sequence[str]) -> dict[str, list[str]]:
    from packstation.services.packing import validate_serial

    out: dict[str, list[str]] = {}
    for item in items:
        line, sep, serial = item.partition("=")
        line, serial = line.strip(), serial.strip()
        if not sep or not line or not serial:
            raise CommandError(f"--serial {item!r}: write it as LINE=SERIAL", ExitCode.BAD_INPUT)
        problem = validate_serial(serial)
        if problem is not None:
            raise CommandError(f"--serial {item!r}: {problem}", ExitCode.BAD_INPUT)
        if serial in out.get(line, []):
            raise CommandError(f"--serial {item!r} is given twice", ExitCode.BAD_INPUT)
        out.setdefault(line, []).append(serial)
    return out


def check_printer_address(url: str | None) -> None:
    if url is None:
        return
    from printers.address import parse_address
    from printers.errors import AddressError

    try:
        parse_address(url)
    except AddressError as exc:
        raise CommandError(f"--printer: {exc}", ExitCode.BAD_INPUT) from exc


@dataclass
class Plan:
    """The command's input, checked."""

    shipment_id: str
    packages: list[tuple[Dims, Weight]]
    serials: dict[str, list[str]]
    option: str | None
    carrier: str | None
    tracking: list[str] = field(default_factory=list)
    #: multi-piece items ship with their pieces together (an audited override)
    pieces_together: bool = False


def check_input(args: argparse.Namespace) -> Plan:
    """Every check that needs neither Amazon nor the printer (exit 2 on the first problem)."""
    from packstation.domain.tracking import repeated_tracking_ids

    sid = str(args.shipment_id).strip()
    if not _TOKEN.match(sid):
        raise CommandError(f"{args.shipment_id!r} is not a shipment id", ExitCode.BAD_INPUT)
    packages = [parse_package(p) for p in args.package]
    serials = parse_serials(args.serial)
    if args.option is not None and not _TOKEN.match(args.option):
        raise CommandError(f"--option {args.option!r} is not an option id", ExitCode.BAD_INPUT)
    if args.carrier is not None and not _CARRIER.match(args.carrier):
        raise CommandError(f"--carrier {args.carrier!r} is not a carrier name", ExitCode.BAD_INPUT)
    for tid in args.tracking:
        if not _TOKEN.match(tid):
            raise CommandError(f"--tracking {tid!r} is not a tracking id", ExitCode.BAD_INPUT)
    if repeated := repeated_tracking_ids(args.tracking):
        raise CommandError(
            f"--tracking: each package needs its own tracking id ({', '.join(repeated)} "
            "given twice)",
            ExitCode.BAD_INPUT,
        )
    if bool(args.carrier) != bool(args.tracking):
        raise CommandError(
            "Self Ship needs both --carrier NAME and one --tracking ID per package",
            ExitCode.BAD_INPUT,
        )
    check_printer_address(args.printer)
    return Plan(
        sid,
        packages,
        serials,
        args.option,
        args.carrier,
        list(args.tracking),
        pieces_together=bool(getattr(args, "pieces_together", False)),
    )


def preflight_printer(url: str | None) -> None:
    """The label printer answers and is ready (paper, ribbon, head) before anything is made."""
    from printers.address import open_printer
    from printers.errors import PrinterError

    if not url:
        raise CommandError(
            "no label printer is set: pass --printer zpl://host:9100 (or set printers.label); "
            "nothing was sent to Amazon",
            ExitCode.BAD_INPUT,
        )
    try:
        with open_printer(url, connect_timeout=3.0, status_timeout=3.0) as printer:
            printer.status().check_ready()
    except PrinterError as exc:
        raise CommandError(
            f"label printer {url}: {exc}; fix it and run the same command again (nothing was "
            "sent to Amazon)",
            ExitCode.BAD_INPUT,
        ) from exc


def check_against_shipment(plan: Plan, shipment: Shipment, workflow: PackingWorkflow) -> list[str]:
    """What the shipment (one read, no change) says about the plan: exit 2 on a misfit.
    Returns notes for stderr."""
    from packstation.domain.programs import SELF_SHIP, program_of, status_rank
    from packstation.services.packing import PackingSession

    sid = plan.shipment_id
    status = str(shipment.status)
    notes: list[str] = []
    if status == "CANCELLED":
        raise CommandError(
            f"the marketplace cancelled shipment {sid}: put the items back; nothing was printed",
            ExitCode.CANCELLED,
        )
    if status_rank(status) >= status_rank("PACKAGE_CREATED"):
        count = len(shipment.packages or [])
        if count != len(plan.packages):
            notes.append(
                f"shipment {sid} already has {count} package(s) at Amazon: using those, not the "
                f"{len(plan.packages)} given"
            )
        need_packages = count
    else:
        session = PackingSession(shipment, serials=workflow)
        if plan.pieces_together:
            for line in session.lines.values():
                line.pieces_together = line.multi_piece
        scans = sum(line.remaining_scans for line in session.lines.values())
        if scans < len(plan.packages):
            raise CommandError(
                f"{len(plan.packages)} packages for {scans} unit(s) or piece(s): a package "
                "cannot be empty",
                ExitCode.BAD_INPUT,
            )
        for line_id, line in session.lines.items():
            if (
                line.multi_piece
                and not line.pieces_together
                and line.expected_pieces > len(plan.packages)
            ):
                raise CommandError(
                    f"line {line_id} ({line.sku}) ships in {line.expected_pieces} pieces "
                    f"({line.pieces} per unit), one package each: give "
                    f"{line.expected_pieces} --package, or --pieces-together to ship them "
                    "in fewer (audited)",
                    ExitCode.BAD_INPUT,
                )
        recorded = workflow.db.journal.serials(sid)
        for line_id in plan.serials:
            if line_id not in session.lines:
                raise CommandError(
                    f"--serial {line_id}=...: shipment {sid} has no line {line_id} (lines: "
                    + ", ".join(session.lines)
                    + ")",
                    ExitCode.BAD_INPUT,
                )
        for line_id, line in session.lines.items():
            given = plan.serials.get(line_id, [])
            if given and not line.serial_required:
                raise CommandError(
                    f"line {line_id} ({line.sku}) takes no serial numbers: drop its --serial",
                    ExitCode.BAD_INPUT,
                )
            for serial in given:
                owner = workflow.db.journal.serial_owner(serial)
                if owner is not None and owner != (sid, line_id):
                    raise CommandError(
                        f"serial {serial} is already on shipment {owner[0]} line {owner[1]}",
                        ExitCode.BAD_INPUT,
                    )
            if line.serial_required:
                pool = list(dict.fromkeys([*given, *recorded.get(line_id, [])]))
                if len(pool) < line.expected:
                    raise CommandError(
                        f"line {line_id} ({line.sku}) needs a serial number per unit: "
                        f"{line.expected - len(pool)} more --serial {line_id}=SN",
                        ExitCode.BAD_INPUT,
                    )
                plan.serials[line_id] = pool
        need_packages = len(plan.packages)
    if program_of(shipment) == SELF_SHIP and status_rank(status) < status_rank(
        "SHIPLABEL_GENERATED"
    ):
        if len(plan.tracking) != need_packages:
            raise CommandError(
                f"Self Ship: give --carrier NAME and {need_packages} --tracking ID (one per "
                f"package); got {len(plan.tracking)}",
                ExitCode.BAD_INPUT,
            )
        for tid in plan.tracking:
            other = workflow.db.journal.shipment_with_tracking(tid)
            if other is not None and other != sid:
                raise CommandError(
                    f"--tracking {tid} is already used on shipment {other}", ExitCode.BAD_INPUT
                )
    elif plan.tracking and program_of(shipment) != SELF_SHIP:
        raise CommandError(
            f"shipment {sid} is not Self Ship: drop --carrier and --tracking", ExitCode.BAD_INPUT
        )
    return notes


# ---------------------------------------------------------------------- the run


def run(args: argparse.Namespace) -> int:
    plan = check_input(args)
    ctx = common.bootstrap(args)
    from packstation.services.runtime import Runtime
    from printers.errors import SpoolInUse

    try:
        runtime = Runtime.from_settings(ctx.settings, ctx.paths, label_printer=args.printer)
    except SpoolInUse as exc:
        # The open bench (or another ship) runs this station's label spool: two would send the
        # same queued label twice. Refused before anything reaches Amazon.
        raise CommandError(f"{exc}; nothing was sent to Amazon", ExitCode.BAD_INPUT) from exc
    except Exception as exc:
        raise CommandError(f"cannot start: {exc}") from exc
    try:
        return _ship(runtime, plan)
    except CommandError:
        raise
    except Exception as exc:
        raise _classified(exc) from exc
    finally:
        runtime.close()


def _ship(runtime: Runtime, plan: Plan) -> int:
    workflow = runtime.workflow
    sid = plan.shipment_id
    # A crash between handing a label to the spool and journaling it: ask the spool.
    workflow.settle_prints_from_spool = True
    _purge(runtime)
    recorder = _scan_recorder(runtime, sid)
    try:
        return _ship_recorded(runtime, plan, recorder)
    finally:
        _close_scan_log(recorder)


def _ship_recorded(runtime: Runtime, plan: Plan, recorder: ScanRecorder) -> int:
    from packstation.amazon.errors import NotFoundError
    from packstation.domain.channel import RateOption
    from packstation.domain.programs import status_rank

    workflow = runtime.workflow
    sid = plan.shipment_id
    preflight_printer(runtime.label_printer_url)
    try:
        shipment = runtime.client.get_shipment(sid)
    except NotFoundError as exc:
        raise CommandError(
            f"shipment {sid} does not exist at Amazon (for this seller and location): check the id",
            ExitCode.BAD_INPUT,
        ) from exc

    earlier = workflow.finished_before(
        sid, shipped_at_amazon=status_rank(shipment.status) >= status_rank("SHIPPED")
    )
    if earlier is not None and status_rank(shipment.status) >= status_rank("SHIPLABEL_GENERATED"):
        for tid in earlier.tracking_ids:
            print(tid)
        _say(
            f"shipment {sid} was printed and confirmed by an earlier run: nothing printed "
            "again (reprint a lost label from the bench with Ctrl+P)"
        )
        return int(ExitCode.OK)
    if earlier is not None:
        _say(
            f"this station's journal has shipment {sid} printed, but Amazon has it {shipment.status}"
            ": following Amazon"
        )

    for note in check_against_shipment(plan, shipment, workflow):
        _say(note)

    session = workflow.open(sid, restore=False)
    if status_rank(session.shipment.status) < status_rank("PACKAGE_CREATED"):
        _pack(recorder, session, plan)

    tracking = list(plan.tracking)

    def self_ship(_package_id: str) -> tuple[str, str] | None:
        if not plan.carrier or not tracking:
            return None
        return plan.carrier, tracking.pop(0)

    def choose(options: list[RateOption], recommended: RateOption | None) -> RateOption | None:
        if not plan.option:
            return recommended or options[0]
        for option in options:
            if option.shipping_option_id == plan.option:
                return option
        ids = ", ".join(o.shipping_option_id for o in options)
        raise CommandError(
            f"--option {plan.option} is not offered for shipment {sid}; choose one of: {ids} "
            "(its packages are created at Amazon: run the same command with that option)",
            ExitCode.BAD_INPUT,
        )

    def progress(step: object, text: str) -> None:
        print(f"{step}: {text}", file=sys.stderr)

    result = workflow.finish(session, progress=progress, choose_option=choose, self_ship=self_ship)
    _print_result(result)
    return int(ExitCode.OK)


def _scan_recorder(runtime: Runtime, shipment_id: str) -> ScanRecorder:
    """This shipment's write-ahead scan log, with whatever an interrupted run left in it
    journaled first. One log per shipment (not the window's station log, which a running window
    may be writing): two runs for different shipments never share one."""
    from packstation.services.scan_recorder import ScanRecorder, replay_scan_log
    from packstation.services.scanlog import ScanLog

    name = re.sub(r"[^A-Za-z0-9._-]", "_", shipment_id)
    try:
        scan_log = ScanLog(runtime.paths.data_dir / "scan-logs" / f"ship-{name}.jsonl")
    except OSError as exc:
        _say(f"scan log unavailable (scans are journaled without it): {exc}")
        return ScanRecorder(runtime.workflow, None)
    try:
        added = replay_scan_log(runtime.workflow, scan_log)
    except Exception as exc:
        scan_log.keep = True
        _say(f"scan log {scan_log.path} not replayed (kept for the next run): {exc}")
    else:
        if added:
            _say(f"{added} scan(s) an interrupted run logged are journaled now")
    return ScanRecorder(runtime.workflow, scan_log)


def _close_scan_log(recorder: ScanRecorder) -> None:
    """Close the shipment's scan log; an empty one (every scan journaled) goes."""
    scan_log = recorder.scan_log
    if scan_log is None:
        return
    scan_log.close()
    try:
        if scan_log.path.stat().st_size == 0:
            scan_log.path.unlink()
    except OSError:
        pass  # left for the next run, which replays nothing from an empty log


def _pack(recorder: ScanRecorder, session: PackingSession, plan: Plan) -> None:
    """Put every unit of the fresh session in the packages, in line order, spread evenly.
    Each scan goes through the write-ahead scan log into the journal, as the window's do."""
    from packstation.devices.barcodes import ScanKind
    from packstation.services.packing import ScanClass

    workflow = recorder.workflow
    together = []
    if plan.pieces_together:
        for line in session.lines.values():
            if line.multi_piece and not line.pieces_together:
                line.pieces_together = True
                together.append(line.sku)
        session.pieces_overridden = bool(together) or session.pieces_overridden
    # One scan per unit; a multi-piece item's pieces are scanned one by one, each into a
    # package without a piece of it.
    units = [
        line_id for line_id, line in session.lines.items() for _ in range(line.remaining_scans)
    ]
    for _ in range(1, len(plan.packages)):
        session.add_package()
    serials = {line: list(pool) for line, pool in plan.serials.items()}
    for i, line_id in enumerate(units):
        session.select_package(i * len(plan.packages) // len(units))
        line = session.lines[line_id]
        out = recorder.scan(session, line.sku, ScanClass(ScanKind.ITEM, line.sku))
        if not out.accepted:
            raise CommandError(f"line {line_id}: {out.message}", ExitCode.BAD_INPUT)
        if out.awaiting_serial:
            left = serials.get(line_id, [])
            if not left:
                raise CommandError(
                    f"line {line_id} ({line.sku}) needs a serial number per unit: "
                    f"--serial {line_id}=SN",
                    ExitCode.BAD_INPUT,
                )
            serial = left.pop(0)
            out = recorder.scan(session, serial, ScanClass(ScanKind.SERIAL, serial))
            if not out.accepted:
                raise CommandError(f"--serial {line_id}={serial}: {out.message}", 2)
    for index, ((length, width, height, dim_unit), weight) in enumerate(plan.packages):
        session.set_dimensions(length, width, height, dim_unit, index=index)
        session.set_weight(weight, index=index)
    for index in range(len(session.packages)):
        surprise = session.weight_surprise(index)
        if surprise is not None:
            # Typed on the command line on purpose: a note, not a stop (the bounds held).
            _say(f"package {index + 1}: {surprise.split(':')[0]} (taken as given)")
    session.confirm_weights()
    workflow.save(session)
    if together:
        workflow.record_override(session, "pieces_together", {"skus": together})


def _print_result(result: FinishResult) -> None:
    for tid in result.tracking_ids:
        print(tid)
    for message in result.messages:
        _say(message)


def _purge(runtime: Runtime) -> None:
    """Buyer data is kept no longer than needed for reprints."""
    try:
        runtime.workflow.purge_documents(runtime.settings.printers.retention_days)
        if runtime.printer is not None:
            runtime.printer.purge(runtime.settings.printers.retention_days)
    except OSError as exc:
        _say(f"old label copies not deleted: {exc}")


def _say(text: str) -> None:
    print(" ".join(text.split()), file=sys.stderr)


def _classified(exc: Exception) -> CommandError:
    """One line and the documented exit code for what ``ship`` can meet."""
    from packstation.amazon.errors import (
        AuthError,
        EFApiError,
        MalformedResponseError,
        NetworkError,
        NotFoundError,
        ServerError,
        ThrottledError,
    )
    from packstation.services.packing import PackingError
    from packstation.services.workflow import (
        BenchError,
        ClaimProblem,
        LabelIncomplete,
        NeedsInput,
        PrintProblem,
        ShipmentCancelled,
    )

    again = "run the same command again: it resumes where it stopped"
    if isinstance(exc, PrintProblem):
        if exc.result is not None:
            _print_result(exc.result)
        return CommandError(f"{exc}; {again}", ExitCode.NOT_PRINTED)
    if isinstance(exc, ShipmentCancelled):
        return CommandError(str(exc), ExitCode.CANCELLED)
    if isinstance(exc, ClaimProblem):
        return CommandError(f"{exc}; nothing was changed at Amazon", ExitCode.BAD_INPUT)
    if isinstance(exc, NeedsInput):
        return CommandError(
            f"{exc} (Self Ship: --carrier NAME --tracking ID per package)", ExitCode.BAD_INPUT
        )
    if isinstance(exc, LabelIncomplete):
        return CommandError(str(exc), ExitCode.AMAZON_UNAVAILABLE)
    if isinstance(exc, AuthError):
        return CommandError(
            f"Amazon refused the credentials ({_short(exc)}): sign in again in Settings, then "
            f"{again}",
            ExitCode.AMAZON_UNAVAILABLE,
        )
    if isinstance(
        exc,
        (ServerError, ThrottledError, NetworkError, MalformedResponseError, json.JSONDecodeError),
    ):
        return CommandError(
            f"Amazon is unavailable ({type(exc).__name__}: {_short(exc)}); wait a few minutes, "
            f"then {again}",
            ExitCode.AMAZON_UNAVAILABLE,
        )
    if isinstance(exc, NotFoundError):
        return CommandError(f"Amazon does not know it: {_short(exc)}", ExitCode.FAILED)
    if isinstance(exc, (BenchError, PackingError, EFApiError)):
        return CommandError(f"{_short(exc)}; fix that, then {again}", ExitCode.FAILED)
    return CommandError(
        f"{type(exc).__name__}: {_short(exc)} (unexpected: run again with --debug and report it)",
        ExitCode.FAILED,
    )


def _short(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
