"""Entry point of the frozen Packstation bundle (the ``packstation`` / ``packstation-gui`` exe).

Besides starting the ``packstation`` command it does two things only an installed copy needs:

* **Machine-wide settings seed.** When the user has no ``settings.toml`` yet and the machine has
  one in the site config folder (``C:\\ProgramData\\Packstation\\packstation`` on Windows, written
  by the installer's ``/SETTINGS=`` option; ``/etc/xdg/packstation`` on Linux), it is copied into
  the user's config folder on first start. ``PACKSTATION_SITE_CONFIG_DIR`` overrides the folder.
* **Bundle probe.** With ``PACKSTATION_BUNDLE_PROBE=mod1,mod2`` set, it imports each module and
  runs a few smoke checks of the bundled libraries (SQLite through SQLAlchemy, TLS certificates,
  ESC/POS capabilities, GS1 tables), prints one JSON object and exits 0 or 1. ``build_bundle.py``
  uses it to prove the optional extras made it into the bundle.
"""

from __future__ import annotations

import importlib
import json
import multiprocessing
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

APP_NAME = "packstation"
APP_AUTHOR = "Packstation"
GUI_EXE_NAME = "packstation-gui"
PROBE_ENV = "PACKSTATION_BUNDLE_PROBE"
SITE_CONFIG_ENV = "PACKSTATION_SITE_CONFIG_DIR"


def site_config_dir() -> Path:
    """The machine-wide folder an installer pre-seeds ``settings.toml`` into."""
    override = os.environ.get(SITE_CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR))


def seed_user_settings(site_dir: Path, user_config_dir: Path) -> Path | None:
    """Copy the machine's ``settings.toml`` to a user who has none yet; return the new file."""
    seed = site_dir / "settings.toml"
    target = user_config_dir / "settings.toml"
    if target.exists() or not seed.is_file():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".toml.seed-tmp")
    shutil.copyfile(seed, tmp)
    os.replace(tmp, target)
    return target


def _smoke_checks() -> dict[str, Callable[[], str]]:
    def sqlite() -> str:
        import sqlalchemy

        engine = sqlalchemy.create_engine("sqlite://")
        try:
            with engine.connect() as conn:
                return f"sqlite {conn.execute(sqlalchemy.text('select sqlite_version()')).scalar()}"
        finally:
            engine.dispose()

    def tls() -> str:
        import ssl

        import certifi

        context = ssl.create_default_context(cafile=certifi.where())
        return f"{len(context.get_ca_certs())} CA certificates"

    def escpos() -> str:
        from escpos import capabilities

        return f"{len(capabilities.CAPABILITIES['profiles'])} printer profiles"

    def gs1() -> str:
        import biip

        result = biip.parse("]C101098765432109213104")
        return f"GS1 parsed ({type(result).__name__})"

    def keyring_backend() -> str:
        import keyring

        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    return {
        "sqlite": sqlite,
        "tls": tls,
        "escpos": escpos,
        "gs1": gs1,
        "keyring": keyring_backend,
    }


def probe(modules: list[str]) -> int:
    """Import ``modules`` and run the smoke checks; print a JSON report; 0 when all passed."""
    report: dict[str, dict[str, str]] = {"imports": {}, "checks": {}}
    failed = False
    for name in modules:
        try:
            importlib.import_module(name)
            report["imports"][name] = "ok"
        except Exception as exc:
            report["imports"][name] = f"FAILED {type(exc).__name__}: {exc}"
            failed = True
    for name, check in _smoke_checks().items():
        try:
            report["checks"][name] = "ok " + check()
        except Exception as exc:
            report["checks"][name] = f"FAILED {type(exc).__name__}: {exc}"
            failed = True
    print(json.dumps(report, indent=1, sort_keys=True))
    return 1 if failed else 0


def main() -> int:
    multiprocessing.freeze_support()
    wanted = os.environ.get(PROBE_ENV)
    if wanted is not None:
        return probe([m for m in wanted.split(",") if m.strip()])
    from packstation.config.paths import app_paths

    try:
        seeded = seed_user_settings(site_config_dir(), app_paths().config_dir)
    except OSError as exc:
        print(f"packstation: could not copy the machine's settings: {exc}", file=sys.stderr)
    else:
        if seeded is not None:
            print(f"packstation: settings pre-seeded into {seeded}", file=sys.stderr)
    from packstation.cli import main as cli_main

    argv = sys.argv[1:]
    if not argv and Path(sys.executable).stem.lower() == GUI_EXE_NAME:
        argv = ["gui"]
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
