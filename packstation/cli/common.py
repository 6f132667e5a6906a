"""What every subcommand needs: settings, folders, logging and the keyring backend."""

from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass

from packstation.config import secrets
from packstation.config.logs import setup_logging
from packstation.config.paths import AppPaths, app_paths
from packstation.config.settings import Settings, SettingsError, load_settings

log = logging.getLogger(__name__)


class CommandError(Exception):
    """A subcommand failed in a way the user can act on; the message says how."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


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
        raise CommandError(str(exc), exit_code=2) from exc
    level = getattr(args, "log_level", None) or settings.log_level
    setup_logging(paths.log_dir, level, console=console_log)
    try:
        secrets.use_backend(settings.keyring_backend)
    except secrets.SecretsError as exc:
        raise CommandError(str(exc), exit_code=2) from exc
    return Context(settings, paths)
