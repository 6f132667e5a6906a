"""``packstation ship``: finish one shipment headless (automation and support).

    packstation ship SHIPMENT_ID --package "30x20x10 cm 1.25 kg" [--package ...]
        [--serial LINE=SN ...] [--printer URL] [--option ID] [--carrier NAME --tracking ID ...]

Opens (claims, confirms) the shipment, puts every unit in the packages in line order (spread
evenly over several packages), takes serial numbers from ``--serial``, then runs the whole
finish chain of :class:`packstation.services.bench.BenchService` and prints one tracking id per
line. Exit codes: 0 printed; 3 labels made but not confirmed printed (kept in the spool);
4 cancelled by the marketplace; 1 any other problem (the message says what to do).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from decimal import Decimal

from packstation.cli import common

_PACKAGE = re.compile(
    r"^\s*(?P<l>[\d.,]+)\s*[xX×]\s*(?P<w>[\d.,]+)\s*[xX×]\s*(?P<h>[\d.,]+)\s*(?P<du>cm|m|in)\s+"
    r"(?P<wt>[\d.,]+)\s*(?P<wu>g|kg|lb|oz)\s*$",
    re.IGNORECASE,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "ship",
        help="pack and finish a shipment headless; prints the tracking ids",
        description="Run the whole finish chain (packages, shipping option, invoice, labels, "
        "print) for one shipment and print its tracking ids, one per line.",
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
    parser.set_defaults(func=run)


def parse_package(text: str) -> tuple[tuple[Decimal, Decimal, Decimal, str], tuple[Decimal, str]]:
    match = _PACKAGE.match(text)
    if match is None:
        raise common.CommandError(
            f'--package {text!r}: write it like "30x20x10 cm 1.25 kg" (cm, m or in; g, kg, lb, oz)',
            exit_code=2,
        )

    def num(key: str) -> Decimal:
        return Decimal(match.group(key).replace(",", "."))

    dims = (num("l"), num("w"), num("h"), match.group("du").upper())
    return dims, (num("wt"), match.group("wu").upper())


def parse_serials(items: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in items:
        line, sep, serial = item.partition("=")
        if not sep or not line.strip() or not serial.strip():
            raise common.CommandError(f"--serial {item!r}: write it as LINE=SERIAL", exit_code=2)
        out.setdefault(line.strip(), []).append(serial.strip())
    return out


def run(args: argparse.Namespace) -> int:
    packages = [parse_package(p) for p in args.package]
    serials = parse_serials(args.serial)
    ctx = common.bootstrap(args)

    from packstation.domain.shipments import ShippingOptions
    from packstation.services.bench import (
        BenchError,
        NeedsInput,
        PrintProblem,
        ShipmentCancelled,
    )
    from packstation.services.packing import PackingError, ScanClass, ScanKind
    from packstation.services.runtime import Runtime

    try:
        runtime = Runtime.from_settings(ctx.settings, ctx.paths, label_printer=args.printer)
    except Exception as exc:
        raise common.CommandError(f"cannot start: {exc}") from exc
    try:
        bench = runtime.bench
        session = bench.open(args.shipment_id)
        units = [line_id for line_id, line in session.lines.items() for _ in range(line.remaining)]
        for _ in range(1, len(packages)):
            session.add_package()
        if len(units) < len(packages):
            raise common.CommandError(
                f"{len(packages)} packages for {len(units)} unit(s): a package cannot be empty",
                exit_code=2,
            )
        for i, line_id in enumerate(units):
            session.select_package(i * len(packages) // len(units))
            line = session.lines[line_id]
            out = bench.scan(session, line.sku, ScanClass(ScanKind.ITEM, line.sku))
            if not out.accepted:
                raise common.CommandError(out.message)
            if out.awaiting_serial:
                left = serials.get(line_id, [])
                if not left:
                    raise common.CommandError(
                        f"line {line_id} ({line.sku}) needs a serial number per unit: "
                        f"--serial {line_id}=SN",
                        exit_code=2,
                    )
                serial = left.pop(0)
                out = bench.scan(session, serial, ScanClass(ScanKind.SERIAL, serial))
                if not out.accepted:
                    raise common.CommandError(out.message, exit_code=2)
        for index, ((length, width, height, dim_unit), (weight, weight_unit)) in enumerate(
            packages
        ):
            session.set_dimensions(length, width, height, dim_unit, index=index)
            session.set_weight(weight, weight_unit, index=index)
        bench.save(session)
        tracking = list(args.tracking)

        def self_ship(_package_id: str) -> tuple[str, str] | None:
            if not args.carrier or not tracking:
                return None
            return args.carrier, tracking.pop(0)

        def choose(
            options: list[ShippingOptions], recommended: ShippingOptions | None
        ) -> ShippingOptions | None:
            if not args.option:
                return recommended or options[0]
            for option in options:
                if option.shipping_option_id == args.option:
                    return option
            ids = ", ".join(o.shipping_option_id for o in options)
            raise common.CommandError(f"--option {args.option} is not offered; choose: {ids}", 2)

        def progress(step: object, text: str) -> None:
            print(f"{step}: {text}", file=sys.stderr)

        result = bench.finish(
            session,
            progress=progress,
            choose_option=choose,
            self_ship=self_ship,
        )
        for tid in result.tracking_ids:
            print(tid)
        for message in result.messages:
            print(message, file=sys.stderr)
        return 0
    except PrintProblem as exc:
        if exc.result is not None:
            for tid in exc.result.tracking_ids:
                print(tid)
        raise common.CommandError(str(exc), exit_code=3) from exc
    except ShipmentCancelled as exc:
        raise common.CommandError(str(exc), exit_code=4) from exc
    except NeedsInput as exc:
        raise common.CommandError(
            f"{exc} (Self Ship: --carrier NAME --tracking ID per package)", exit_code=2
        ) from exc
    except (BenchError, PackingError) as exc:
        raise common.CommandError(str(exc)) from exc
    finally:
        runtime.close()
