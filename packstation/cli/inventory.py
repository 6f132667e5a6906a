"""``packstation inventory``: push stock positions from a CSV, fetch Amazon's quantities.

    packstation inventory push FILE.csv [--location ID] [--skip-bad-rows]
    packstation inventory fetch SKU... [--location ID] [--json]

``push`` reads a WMS/ERP export (header ``sku,quantity``, optional ``location`` column), sets the
wanted quantities and pushes only the positions that changed, in batches of 9 at the plan's rate.
A file with bad rows is refused (each row's error printed, nothing applied) unless
``--skip-bad-rows``. Exit codes: 0 all pushed; 3 Amazon refused some items (each printed);
2 bad input; 1 any other problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from packstation.cli import common

if TYPE_CHECKING:
    from packstation.services.inventory import InventoryService


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("inventory", help="push stock from a CSV, fetch Amazon's quantities")
    actions = parser.add_subparsers(dest="inventory_command", metavar="ACTION", required=True)

    push = actions.add_parser(
        "push",
        help="set stock from a CSV (sku,quantity[,location]) and push what changed",
        description="Set absolute quantities from a CSV and push only the changed positions.",
    )
    push.add_argument("file", type=Path, metavar="FILE.csv")
    push.add_argument("--location", metavar="ID", help="location for rows without one")
    push.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="apply the valid rows of a file that has bad rows (each bad row is still printed)",
    )
    push.set_defaults(func=run)

    fetch = actions.add_parser(
        "fetch", help="print Amazon's sellable, reserved and total quantity per SKU"
    )
    fetch.add_argument("skus", nargs="+", metavar="SKU")
    fetch.add_argument("--location", metavar="ID", help="location (default: the settings')")
    fetch.add_argument("--json", action="store_true", help="print JSON")
    fetch.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ctx = common.bootstrap(args)
    from packstation.services.runtime import Runtime

    try:
        runtime = Runtime.from_settings(ctx.settings, ctx.paths, printing=False)
    except Exception as exc:
        raise common.CommandError(f"cannot start: {exc}") from exc
    try:
        service = runtime.inventory.at(args.location)
        if args.inventory_command == "push":
            return _push(service, args)
        return _fetch(service, args)
    finally:
        runtime.close()


def _push(service: InventoryService, args: argparse.Namespace) -> int:
    from packstation.services.inventory import CsvRowErrors, InventoryError
    from packstation.services.inventory_csv import CsvFormatError

    if not args.file.is_file():
        raise common.CommandError(f"{args.file}: no such file", exit_code=2)
    try:
        result = service.import_csv(args.file, skip_bad_rows=args.skip_bad_rows)
    except CsvRowErrors as exc:
        for error in exc.errors:
            print(f"{args.file.name}: {error}", file=sys.stderr)
        raise common.CommandError(
            f"{exc} (--skip-bad-rows applies the valid rows)", exit_code=2
        ) from exc
    except (CsvFormatError, InventoryError) as exc:
        raise common.CommandError(f"{args.file.name}: {exc}", exit_code=2) from exc
    for error in result.errors:
        print(f"{args.file.name}: {error} (skipped)", file=sys.stderr)
    locations = sorted({r.location_id for r in result.rows})
    accepted = refused = calls = 0
    failures = []
    for location in locations:
        report = service.push(location)
        accepted += len(report.accepted)
        refused += len(report.errors)
        calls += report.calls
        failures.extend(report.errors)
        print(f"{location}: {report.summary()}")
    for err in failures:
        print(f"refused: {err}", file=sys.stderr)
    print(f"{accepted} pushed, {refused} refused, {calls} call(s)")
    return 3 if refused else 0


def _fetch(service: InventoryService, args: argparse.Namespace) -> int:
    from packstation.services.inventory import InventoryError

    try:
        levels = service.fetch(args.skus)
    except InventoryError as exc:
        raise common.CommandError(str(exc)) from exc
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "sku": lv.sku,
                        "location": lv.location_id,
                        "sellable": lv.sellable,
                        "reserved": lv.reserved,
                        "total": lv.total,
                    }
                    for lv in levels
                ],
                indent=2,
            )
        )
        return 0
    width = max([len("SKU"), *(len(lv.sku) for lv in levels)])
    print(f"{'SKU':<{width}}  {'sellable':>8}  {'reserved':>8}  {'total':>8}")
    for lv in levels:
        print(f"{lv.sku:<{width}}  {lv.sellable:>8}  {lv.reserved:>8}  {lv.total:>8}")
    return 0
