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
    parser.add_argument(
        "--debug",
        action="store_true",
        help="show the Python traceback of an unexpected failure (support)",
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
        if getattr(args, "debug", False) and exc.__cause__ is not None:
            log.error("command failed", exc_info=exc)
            import traceback

            traceback.print_exception(exc.__cause__, file=sys.stderr)
        print(f"packstation: error: {_one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if getattr(args, "debug", False):
            raise
        # One line, never a traceback: the log file has the details.
        log.error("unexpected failure", exc_info=exc)
        print(
            f"packstation: error: {_one_line(f'{type(exc).__name__}: {exc}')} "
            "(unexpected: run again with --debug and report it)",
            file=sys.stderr,
        )
        return int(common.ExitCode.FAILED)


def _one_line(text: str) -> str:
    """A message on one line (an error from a library may hold newlines)."""
    return " ".join(text.split())


def gui_main() -> int:
    """Entry point of the windowed launcher (``packstation-gui``)."""
    return main(["gui"])
