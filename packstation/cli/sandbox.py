"""``packstation sandbox serve``: run the built-in marketplace as a standalone HTTP server.

The first line printed is the base URL alone (``http://127.0.0.1:PORT``), flushed at once, so a
script or test can read it; the server then runs until SIGINT or SIGTERM.

``--state FILE`` keeps the marketplace in FILE across restarts (loaded when it exists: its seed
and shipments win; written after every change); ``--reset`` starts a fresh one from ``--seed``
and ``--shipments`` and overwrites FILE. ``--batch-limit 9`` refuses a batch of 10 inventory
requests like Amazon's static sandbox (the model allows 10).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from packstation.cli import common


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("sandbox", help="the built-in sandbox marketplace")
    actions = parser.add_subparsers(dest="sandbox_command", metavar="ACTION", required=True)
    serve = actions.add_parser("serve", help="serve the EF API on 127.0.0.1 until stopped")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    serve.add_argument("--seed", type=int, default=7, help="seed of the generated data (default 7)")
    serve.add_argument(
        "--shipments", type=int, default=60, help="shipments created at start (default 60)"
    )
    serve.add_argument(
        "--no-rate-limits", action="store_true", help="do not enforce Amazon's rate limits"
    )
    serve.add_argument(
        "--state",
        metavar="FILE",
        help="keep the marketplace in FILE across restarts (loaded if it exists)",
    )
    serve.add_argument(
        "--reset",
        action="store_true",
        help="with --state: start a fresh marketplace and overwrite FILE",
    )
    serve.add_argument(
        "--batch-limit",
        type=int,
        default=10,
        metavar="N",
        help="inventory requests per batch (default 10 as the model; 9 = Amazon's static sandbox)",
    )
    serve.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from packstation.sandbox.server import SandboxError, SandboxServer

    if args.shipments < 0:
        raise common.CommandError("--shipments must be 0 or more", exit_code=2)
    if args.reset and not args.state:
        raise common.CommandError("--reset needs --state FILE (without it nothing is kept)", 2)
    if not 1 <= args.batch_limit <= 10:
        raise common.CommandError("--batch-limit must be 1..10", exit_code=2)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server = SandboxServer(
            host=args.host,
            port=args.port,
            seed=args.seed,
            shipments=args.shipments,
            rate_limits=not args.no_rate_limits,
            state_file=args.state,
            reset=args.reset,
            batch_limit=args.batch_limit,
        )
        try:
            server.start()
        except SandboxError as exc:
            raise common.CommandError(str(exc)) from exc
        try:
            print(server.base_url, flush=True)
            kept = f"; state in {args.state} ({server.state_origin})" if args.state else ""
            print(
                f"sandbox marketplace: seed {server.state.seed}, "
                f"{len(server.state.records)} shipments{kept}, "
                f"rate limits {'off' if args.no_rate_limits else 'on'}; admin at {server.admin_url}; "
                "Ctrl+C stops it",
                file=sys.stderr,
                flush=True,
            )
            while not stop.wait(0.5):
                pass
        finally:
            server.stop()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
