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


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("selftest", help="check this installation offscreen and exit")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    problems: list[str] = []
    notes: list[str] = []
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    ctx = common.bootstrap(args)
    notes.append(f"settings: {ctx.paths.settings_file} (profile {ctx.settings.profile.value})")

    from packstation.config import secrets

    if secrets.backend_usable():
        notes.append(f"keyring: {secrets.backend_name()}")
    elif ctx.settings.is_sandbox or all(os.environ.get(v) for v in secrets.ENV_NAMES.values()):
        notes.append(
            f"keyring: none available ({secrets.backend_name()}); fine for the sandbox profile"
        )
    else:
        problems.append(
            "keyring: no OS keyring is available and the production profile needs one for the "
            "LWA client secret and refresh token (or set PACKSTATION_LWA_CLIENT_SECRET and "
            "PACKSTATION_LWA_REFRESH_TOKEN)"
        )

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
