"""``packstation api``: call any EF API operation and print the JSON answer.

For people who integrate and debug::

    packstation api getShipments --status ACCEPTED --all
    packstation api getShipment --shipmentId X
    packstation api createPackages --shipmentId X --body packages.json
    packstation api listReturns --returnLocationId L --all

Parameters are named as in Amazon's model. ``--body FILE`` (``-`` for standard input) sends a
JSON body, validated against the operation's model first. ``--all`` follows pagination and prints
one JSON object per item, one per line. Errors print Amazon's error list (with the request id) on
standard error and exit 1.

The connection is the current profile's: production (Amazon, credentials from the keyring or the
``PACKSTATION_LWA_*`` variables), ``PACKSTATION_SPAPI_ENDPOINT`` / ``PACKSTATION_LWA_ENDPOINT``
overrides, or, for the sandbox profile without an endpoint, a built-in sandbox marketplace
started for this one command.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from packstation.cli import common

USAGE_EXIT = 2


def register(sub: Any) -> None:
    from packstation.amazon.client import OPERATIONS

    ops = ", ".join(sorted(OPERATIONS))
    parser = sub.add_parser(
        "api",
        help="call an EF API operation and print the JSON result",
        description=__doc__.split("\n\n")[0] + f" Operations: {ops}.",
        epilog="Parameters: --NAME value as in Amazon's model, e.g. --shipmentId X. "
        "--body FILE sends a JSON body; --all follows pagination (one JSON item per line).",
    )
    parser.add_argument("operation", metavar="OPERATION", help="e.g. getShipments")
    parser.add_argument(
        "params",
        nargs=argparse.REMAINDER,
        metavar="--NAME value",
        help="parameters named as in the model; --body FILE; --all",
    )
    parser.set_defaults(func=run)


def parse_params(items: list[str]) -> tuple[dict[str, str], str | None, bool]:
    """``--NAME value`` / ``--NAME=value`` pairs, the ``--body`` file and ``--all``."""
    params: dict[str, str] = {}
    body: str | None = None
    follow = False
    i = 0
    while i < len(items):
        item = items[i]
        if not item.startswith("--") or len(item) == 2:
            raise common.CommandError(f"expected --NAME value, got {item!r}", exit_code=USAGE_EXIT)
        name, eq, value = item[2:].partition("=")
        if name == "all" and not eq:
            follow = True
            i += 1
            continue
        if not eq:
            if i + 1 >= len(items):
                raise common.CommandError(f"--{name} needs a value", exit_code=USAGE_EXIT)
            value = items[i + 1]
            i += 1
        i += 1
        if name == "body":
            body = value
        elif name in params:
            raise common.CommandError(f"--{name} given twice", exit_code=USAGE_EXIT)
        else:
            params[name] = value
    return params, body, follow


def _read_body(path: str) -> Any:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise common.CommandError(f"cannot read the body file {path}: {exc}") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise common.CommandError(
            f"the body file {path} is not JSON: {exc}", exit_code=USAGE_EXIT
        ) from exc


@contextlib.contextmanager
def _client(settings: Any) -> Iterator[Any]:
    from packstation.amazon.client import EFClient

    if settings.is_sandbox and not settings.spapi_endpoint:
        try:
            # Imported by name: the sandbox is optional for this command.
            sandbox_server: Any = importlib.import_module("packstation.sandbox.server")
        except ImportError as exc:
            raise common.CommandError(
                "the built-in sandbox is not available; set PACKSTATION_SPAPI_ENDPOINT or use "
                "the production profile"
            ) from exc
        with (
            sandbox_server.SandboxServer(
                seed=settings.sandbox.seed,
                shipments=settings.sandbox.shipments,
                rate_limits=settings.sandbox.rate_limits,
            ) as srv,
            EFClient.from_settings(settings, base_url=srv.base_url, lwa_url=srv.lwa_url) as client,
        ):
            yield client
        return
    with EFClient.from_settings(settings) as client:
        yield client


def run(args: argparse.Namespace) -> int:
    from packstation.amazon.client import OPERATIONS
    from packstation.amazon.errors import EFApiError, InvalidInputError

    operation = args.operation
    if operation not in OPERATIONS:
        matches = [op for op in OPERATIONS if op.lower() == operation.lower()]
        if len(matches) != 1:
            raise common.CommandError(
                f"unknown operation {operation!r}; one of: {', '.join(sorted(OPERATIONS))}",
                exit_code=USAGE_EXIT,
            )
        operation = matches[0]
    params, body_path, follow = parse_params(list(args.params or []))
    op = OPERATIONS[operation]
    if follow and op.paginated_by is None:
        raise common.CommandError(f"{operation} is not paginated: --all does not apply", USAGE_EXIT)
    body = _read_body(body_path) if body_path else None
    ctx = common.bootstrap(args)
    try:
        with _client(ctx.settings) as client:
            if follow:
                for item in client.iter_call(operation, params):
                    print(json.dumps(item.to_wire(), ensure_ascii=False), flush=True)
                return 0
            result = client.call(operation, params, body)
    except InvalidInputError as exc:
        if getattr(exc, "status", None) is None:  # refused locally: nothing was sent
            raise common.CommandError(str(exc), exit_code=USAGE_EXIT) from exc
        print(json.dumps(exc.to_dict(), indent=2, ensure_ascii=False), file=sys.stderr)
        return 1
    except EFApiError as exc:
        print(json.dumps(exc.to_dict(), indent=2, ensure_ascii=False), file=sys.stderr)
        return 1
    if result is None:
        print(json.dumps({"status": "done", "operation": operation}))
    else:
        print(json.dumps(result.to_wire(), indent=2, ensure_ascii=False))
    return 0
