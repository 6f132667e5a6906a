"""``packstation returns``: list returns.

    packstation returns list [--status S] [--rma ID] [--tracking ID] [--location ID] [--json]

Prints one line per return (id, status, RMA, SKU x units, reason, reverse tracking id), or a
JSON array with ``--json``. No customer data is printed.
"""

from __future__ import annotations

import argparse
import json

from packstation.cli import common


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("returns", help="list returns")
    actions = parser.add_subparsers(dest="returns_command", metavar="ACTION", required=True)
    lst = actions.add_parser("list", help="list returns (every page)")
    lst.add_argument("--status", metavar="S", help="e.g. DELIVERED, IN_TRANSIT, CREATED")
    lst.add_argument("--rma", metavar="ID", help="RMA id")
    lst.add_argument("--tracking", metavar="ID", help="reverse tracking id")
    lst.add_argument("--location", metavar="ID", help="return location id")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ctx = common.bootstrap(args)
    from packstation.amazon.errors import EFApiError
    from packstation.domain.returns import ReturnStatus
    from packstation.services.returns import ReturnFilter, ReturnSummary
    from packstation.services.runtime import Runtime

    status = (args.status or "").strip().upper() or None
    known = {s.value for s in ReturnStatus}
    if status and status not in known:
        raise common.CommandError(
            f"--status {args.status}: not a return status; use one of {', '.join(sorted(known))}",
            exit_code=2,
        )
    try:
        runtime = Runtime.from_settings(ctx.settings, ctx.paths, printing=False)
    except Exception as exc:
        raise common.CommandError(f"cannot start: {exc}") from exc
    try:
        service = runtime.returns
        filters = ReturnFilter(
            status=status,
            rma_id=args.rma,
            reverse_tracking_id=args.tracking,
            location_id=args.location,
        )
        try:
            rows = [ReturnSummary.of(r) for r in service.all(filters)]
        except EFApiError as exc:
            raise common.CommandError(f"cannot list returns: {exc}") from exc
    finally:
        runtime.close()
    if args.json:
        print(json.dumps([r.to_json() for r in rows], indent=2))
        return 0
    for r in rows:
        print(
            f"{r.id}  {r.status:<24}  RMA {r.rma_id or '-':<12}  {r.sku} x{r.units}  "
            f"{r.reason}  {r.reverse_tracking_id or '-'}"
        )
    print(f"{len(rows)} return(s)")
    return 0
