"""``packstation selftest``: prove an installation works, offscreen, in seconds.

Builds the main window offscreen, loads every resource the application ships, checks the
settings and the keyring backend, and exits 0; otherwise prints each problem precisely and exits 1.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from packstation.cli import common
from packstation.config.settings import Settings

_UNUSED_HOST = "http://127.0.0.1:9"  # the discard port; selftest sends nothing


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("selftest", help="check this installation offscreen and exit")
    parser.set_defaults(func=run)


def _check_credentials(settings: Settings, notes: list[str]) -> list[str]:
    """Build the profile's Amazon connection as the bench does at start (no request is sent).

    The sandbox profile needs no keyring (its credentials are fake); the production profile
    needs one, or the LWA secrets in the environment.
    """
    from packstation.amazon.client import EFClient
    from packstation.amazon.errors import AuthError
    from packstation.config import secrets

    if secrets.backend_usable():
        notes.append(f"keyring: {secrets.backend_name()}")
    elif settings.is_sandbox:
        notes.append("keyring: none available; the sandbox profile needs none")
    elif secrets.env_secrets_complete():
        notes.append("keyring: none available; LWA secrets come from the environment")
    try:
        # The host is never contacted: only the credentials are gathered and checked.
        client = EFClient.from_settings(settings, base_url=_UNUSED_HOST)
    except (AuthError, secrets.SecretsError) as exc:
        return [f"credentials ({settings.profile.value} profile): {exc}"]
    client.close()
    notes.append(f"credentials: {settings.profile.value} profile ready")
    return []


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    problems: list[str] = []
    notes: list[str] = []
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    ctx = common.bootstrap(args)
    notes.append(f"settings: {ctx.paths.settings_file} (profile {ctx.settings.profile.value})")

    problems.extend(_check_credentials(ctx.settings, notes))

    from packstation.gui import selfcheck

    problems.extend(selfcheck.check(ctx.settings, ctx.paths, notes))
    for note in notes:
        print(f"ok      {note}")
    for problem in problems:
        print(f"FAILED  {problem}", file=sys.stderr)
    elapsed = time.perf_counter() - started
    if problems:
        print(f"selftest failed: {len(problems)} problem(s) in {elapsed:.2f} s", file=sys.stderr)
        return 1
    print(f"selftest passed in {elapsed:.2f} s")
    return 0
