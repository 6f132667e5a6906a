"""The ``packstation`` command.

``packstation`` with no arguments starts the GUI. Subcommands live in their own modules in this
package; each has ``register(subparsers)`` that adds its parser and sets ``func`` (a callable
taking the parsed arguments and returning the exit code).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from packstation import __version__
from packstation.cli import common

log = logging.getLogger(__name__)

# Subcommand modules, in the order ``--help`` lists them.
COMMAND_MODULES = [
    "packstation.cli.api",
    "packstation.cli.inventory",
    "packstation.cli.printer",
    "packstation.cli.returns",
    "packstation.cli.sandbox",
    "packstation.cli.selftest",
    "packstation.cli.ship",
    "packstation.cli.scale",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="packstation",
        description="Packing-bench software for Amazon External Fulfillment. "
        "Without a command, starts the application window.",
    )
    parser.add_argument("--version", action="version", version=f"packstation {__version__}")
    parser.add_argument(
        "--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="override the log level"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="start the application window (the default)")
    gui.set_defaults(func=_run_gui)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    ctx = common.bootstrap(args)
    from packstation.gui import app

    return app.run(ctx.settings, ctx.paths)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", _run_gui)
    try:
        return int(func(args) or 0)
    except common.CommandError as exc:
        print(f"packstation: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


def gui_main() -> int:
    """Entry point of the windowed launcher (``packstation-gui``)."""
    return main(["gui"])
