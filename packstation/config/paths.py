"""Where Packstation keeps its files.

The platformdirs folders are used unless overridden by environment variables, which tests and
portable installs use:

``PACKSTATION_HOME``
    one folder holding ``config/``, ``data/``, ``logs/`` and ``cache/``.
``PACKSTATION_CONFIG_DIR``, ``PACKSTATION_DATA_DIR``, ``PACKSTATION_LOG_DIR``, ``PACKSTATION_CACHE_DIR``
    each folder on its own (they win over ``PACKSTATION_HOME``).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "packstation"
#: folders holding buyer data (labels, invoices, the spool): owner only
PRIVATE_DIR_MODE = 0o700
APP_AUTHOR = "Packstation"


@dataclass(frozen=True)
class AppPaths:
    """The folders of one Packstation installation."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def settings_file(self) -> Path:
        """The TOML settings file."""
        return self.config_dir / "settings.toml"

    @property
    def ui_state_file(self) -> Path:
        """Window geometry and other view state (not settings)."""
        return self.config_dir / "ui-state.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "packstation.log"

    @property
    def database_file(self) -> Path:
        """The station's SQLite database (journal, claims, audit) when no server is configured."""
        return self.data_dir / "packstation.sqlite3"

    @property
    def spool_dir(self) -> Path:
        return self.data_dir / "spool"

    @property
    def documents_dir(self) -> Path:
        """Downloaded labels and invoices, kept for reprints."""
        return self.data_dir / "documents"

    def ensure(self) -> AppPaths:
        for folder in (self.config_dir, self.data_dir, self.log_dir, self.cache_dir):
            folder.mkdir(parents=True, exist_ok=True)
        # Labels, invoices and the spool hold buyer names and addresses: this user's only.
        for folder in (self.data_dir, self.documents_dir, self.spool_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
            if os.name == "posix" and folder.stat().st_mode & 0o777 != PRIVATE_DIR_MODE:
                # a folder someone else owns (a shared install): leave it
                with contextlib.suppress(OSError):
                    folder.chmod(PRIVATE_DIR_MODE)
        return self


def app_paths() -> AppPaths:
    """The folders in force now (environment overrides first, then platformdirs)."""
    env = os.environ
    home = env.get("PACKSTATION_HOME")

    def pick(var: str, sub: str, default: str) -> Path:
        if env.get(var):
            return Path(env[var]).expanduser()
        if home:
            return Path(home).expanduser() / sub
        return Path(default)

    return AppPaths(
        config_dir=pick(
            "PACKSTATION_CONFIG_DIR", "config", platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)
        ),
        data_dir=pick(
            "PACKSTATION_DATA_DIR", "data", platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)
        ),
        log_dir=pick(
            "PACKSTATION_LOG_DIR", "logs", platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)
        ),
        cache_dir=pick(
            "PACKSTATION_CACHE_DIR", "cache", platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)
        ),
    )
