"""What every subcommand needs: settings, folders, logging, the keyring backend, exit codes."""

from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass
from enum import IntEnum

from packstation.config import secrets
from packstation.config.logs import setup_logging
from packstation.config.paths import AppPaths, app_paths
from packstation.config.settings import Settings, SettingsError, load_settings

log = logging.getLogger(__name__)


class ExitCode(IntEnum):
    """The exit codes of ``packstation ship``; :data:`EXIT_CODES` says what each means (README
    "Command line" holds the same table, and a test compares them)."""

    OK = 0
    FAILED = 1
    BAD_INPUT = 2
    NOT_PRINTED = 3
    CANCELLED = 4
    AMAZON_UNAVAILABLE = 5


def _describe(member: ExitCode) -> str:
    return {
        ExitCode.OK: "printed (or printed by an earlier run: nothing printed again)",
        ExitCode.FAILED: "any other problem; the message says what to do",
        ExitCode.BAD_INPUT: (
            "bad input, or refused before any change at Amazon (unknown shipment, printer not "
            "ready, the station's label spool in use by the open window)"
        ),
        ExitCode.NOT_PRINTED: (
            "labels made but not confirmed printed (kept in the spool); the same command resumes"
        ),
        ExitCode.CANCELLED: "cancelled by the marketplace: put the items back",
        ExitCode.AMAZON_UNAVAILABLE: (
            "Amazon unavailable (retries exhausted, broken answers) or credentials refused"
        ),
    }[member]


#: code -> its meaning, as README, ``ship --help`` and the ship module docstring say it
EXIT_CODES: dict[int, str] = {int(code): _describe(code) for code in ExitCode}


def exit_code_table() -> str:
    """The exit-code table as text (``ship --help``)."""
    return "\n".join(f"  {code}  {text}" for code, text in EXIT_CODES.items())


class CommandError(Exception):
    """A subcommand failed in a way the user can act on; the message says how."""

    def __init__(self, message: str, exit_code: int = ExitCode.FAILED) -> None:
        super().__init__(message)
        self.exit_code = int(exit_code)


@dataclass
class Context:
    settings: Settings
    paths: AppPaths


def bootstrap(args: argparse.Namespace, *, console_log: bool = False) -> Context:
    """Load settings, create the folders, start logging and select the keyring backend."""
    paths = app_paths().ensure()
    try:
        settings = load_settings()
    except SettingsError as exc:
        raise CommandError(str(exc), exit_code=ExitCode.BAD_INPUT) from exc
    level = getattr(args, "log_level", None) or settings.log_level
    setup_logging(paths.log_dir, level, console=console_log)
    try:
        secrets.use_backend(settings.keyring_backend)
    except secrets.SecretsError as exc:
        raise CommandError(str(exc), exit_code=ExitCode.BAD_INPUT) from exc
    return Context(settings, paths)
