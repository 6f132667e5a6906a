"""Build the PyInstaller bundle and prove it works: ``make bundle``.

1. stamps the version for the Windows installer (installer/build/windows/version.iss);
2. runs PyInstaller on installer/packstation.spec into installer/dist/packstation/;
3. reports the bundle size;
4. on Linux, checks with ``ldd`` that no Qt/PySide library a bundled plugin needs is missing;
5. runs the bundle's ``packstation selftest`` offscreen with a throw-away PACKSTATION_HOME, the
   in-memory keyring and a machine-wide settings seed (which must reach the user's folder);
6. runs the bundle's probe: the optional extras installed here (psycopg, hidapi, zplkit), the
   dynamically imported uvicorn and SQLAlchemy modules, plus smoke checks (SQLite, TLS CA file,
   ESC/POS and GS1 tables) must work inside the bundle;
7. with ``--runs N``, times ``packstation selftest`` N times from the bundle and from the venv.

Exits non-zero, naming the step, when anything fails. Figures go to installer/build/bundle-report.json
(or ``--json PATH``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg

BUNDLE_DIR = cfg.DIST_DIR / cfg.APP_NAME
REPORT = cfg.BUILD_DIR / "bundle-report.json"
SEED_STATION = "bundle-selftest"
_QT_LIB = re.compile(r"^(libQt6|libpyside6|libshiboken6|libicu)", re.IGNORECASE)


class BundleError(Exception):
    """One step of the bundle build or check failed; the message says which and why."""


def bundle_exe(bundle: Path = BUNDLE_DIR) -> Path:
    return bundle / (f"{cfg.APP_NAME}.exe" if cfg.is_windows() else cfg.APP_NAME)


def check_source_tree() -> None:
    """Fail fast (before a minutes-long build) when the package itself does not start."""
    proc = subprocess.run(
        [sys.executable, "-c", "from packstation.cli import build_parser; build_parser()"],
        capture_output=True,
        text=True,
        cwd=cfg.ROOT,
        check=False,
    )
    if proc.returncode != 0:
        raise BundleError(
            f"the packstation command does not start from the source tree:\n{proc.stderr}"
        )


def run_pyinstaller(clean: bool, dist: Path, work: Path) -> float:
    work.mkdir(parents=True, exist_ok=True)
    log_file = work / "pyinstaller.log"
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(cfg.INSTALLER_DIR / "packstation.spec"),
    ]
    if clean:
        cmd.insert(3, "--clean")
    started = time.perf_counter()
    with log_file.open("w", encoding="utf-8") as log:
        proc = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, check=False)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        tail = "\n".join(log_file.read_text(encoding="utf-8").splitlines()[-30:])
        raise BundleError(f"PyInstaller failed (exit {proc.returncode}); see {log_file}:\n{tail}")
    return elapsed


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def biggest_parts(bundle: Path, count: int = 8) -> list[tuple[str, float]]:
    """The largest files of the bundle, in MB (what to look at when it grows)."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    files.sort(key=lambda p: p.stat().st_size, reverse=True)
    return [(str(p.relative_to(bundle)), p.stat().st_size / 1e6) for p in files[:count]]


def check_shared_libraries(bundle: Path) -> list[str]:
    """Linux: ``ldd`` every bundled library; return the system libraries it cannot find.

    A missing Qt/PySide/ICU library is a broken bundle (raises); a missing system library
    (e.g. libxcb-cursor0 for the xcb plugin) is what installer/system-deps.sh installs and is
    only reported.
    """
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return []
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    broken: list[str] = []
    system_missing: set[str] = set()
    for lib in sorted(internal.rglob("*.so*")):
        if not lib.is_file() or lib.is_symlink():
            continue
        out = subprocess.run(
            ["ldd", str(lib)], capture_output=True, text=True, env=env, check=False
        ).stdout
        for line in out.splitlines():
            if "not found" not in line:
                continue
            name = line.split("=>")[0].strip()
            if _QT_LIB.match(name):
                broken.append(f"{lib.relative_to(bundle)} needs {name}")
            else:
                system_missing.add(name)
    if broken:
        raise BundleError("bundled libraries are missing:\n  " + "\n  ".join(broken))
    return sorted(system_missing)


def selftest_env(home: Path, site: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACKSTATION_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PACKSTATION_HOME=str(home),
        PACKSTATION_KEYRING_BACKEND="memory",
        PACKSTATION_SITE_CONFIG_DIR=str(site),
    )
    return env


def run_selftest(cmd: list[str], scratch: Path, *, seed: bool) -> tuple[float, float, str]:
    """Run ``cmd selftest`` in a fresh home; return (wall s, selftest's own s, output)."""
    home = Path(tempfile.mkdtemp(prefix="home-", dir=scratch))
    site = Path(tempfile.mkdtemp(prefix="site-", dir=scratch))
    if seed:
        (site / "settings.toml").write_text(f'station_name = "{SEED_STATION}"\n', encoding="utf-8")
    started = time.perf_counter()
    proc = subprocess.run(
        [*cmd, "selftest"],
        capture_output=True,
        text=True,
        env=selftest_env(home, site),
        timeout=300,
        check=False,
    )
    wall = time.perf_counter() - started
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise BundleError(f"`{' '.join(cmd)} selftest` failed (exit {proc.returncode}):\n{output}")
    match = re.search(r"selftest passed in ([0-9.]+) s", output)
    inner = float(match[1]) if match else float("nan")
    if seed:
        seeded = home / "config" / "settings.toml"
        if not seeded.is_file() or SEED_STATION not in seeded.read_text(encoding="utf-8"):
            raise BundleError(
                f"the machine-wide settings seed did not reach {seeded} (launcher seeding broken)"
            )
    return wall, inner, output


def probe_modules() -> list[str]:
    """What must import inside the bundle: extras and dynamic imports present in this venv."""
    wanted = [
        "packstation.cli.selftest",
        "packstation.gui.app",
        "PySide6.QtPdf",
        "PySide6.QtPdfWidgets",
        "PySide6.QtSvg",
        "uvicorn.loops.auto",
        "uvicorn.protocols.http.auto",
        "uvicorn.lifespan.on",
        "starlette.applications",
        "sqlalchemy.dialects.sqlite.pysqlite",
        "alembic.command",
        "serial",
        "escpos.printer",
        "reportlab.pdfgen.canvas",
        "biip",
        "httpx",
        "keyring",
        "printers",
        *cfg.OPTIONAL_EXTRAS,
    ]
    if cfg.present("psycopg"):
        wanted.append("sqlalchemy.dialects.postgresql.psycopg")
    for name in ("packstation.sandbox", "packstation.store", "packstation.devices"):
        if cfg.present(name):
            wanted.append(name)
    return [m for m in wanted if cfg.present(m)]


def run_probe(exe: Path, scratch: Path) -> dict[str, dict[str, str]]:
    env = selftest_env(scratch / "probe-home", scratch / "probe-site")
    env["PACKSTATION_BUNDLE_PROBE"] = ",".join(probe_modules())
    proc = subprocess.run(
        [str(exe)], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    try:
        report: dict[str, dict[str, str]] = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise BundleError(
            f"bundle probe printed no report ({exc}):\n{proc.stdout}{proc.stderr}"
        ) from exc
    if proc.returncode != 0:
        failed = [
            f"{kind} {name}: {result}"
            for kind, results in report.items()
            for name, result in results.items()
            if not result.startswith("ok")
        ]
        raise BundleError("inside the bundle:\n  " + "\n  ".join(failed))
    return report


def check_data(bundle: Path) -> None:
    internal = bundle / "_internal"
    resources = internal / "packstation" / "resources"
    if not (resources / "MANIFEST.txt").is_file():
        raise BundleError(f"{resources}/MANIFEST.txt is missing: resources were not bundled")
    migrations = cfg.ROOT / "packstation" / "store" / "migrations"
    if migrations.is_dir():
        for script in migrations.rglob("*.py"):
            if "__pycache__" in script.parts:
                continue
            frozen = internal / script.relative_to(cfg.ROOT)
            if not frozen.is_file():
                raise BundleError(f"migration script {frozen.relative_to(bundle)} is missing")


def timing(exe: Path, runs: int, scratch: Path) -> dict[str, object]:
    venv_cmd = [sys.executable, "-m", "packstation"]
    figures: dict[str, object] = {"runs": runs}
    for label, cmd in (("bundle", [str(exe)]), ("venv", venv_cmd)):
        run_selftest(cmd, scratch, seed=False)  # warm the file cache once, not measured
        walls, inners = [], []
        for _ in range(runs):
            wall, inner, _out = run_selftest(cmd, scratch, seed=False)
            walls.append(wall)
            inners.append(inner)
        figures[label] = {
            "wall_s_median": round(statistics.median(walls), 3),
            "wall_s_min": round(min(walls), 3),
            "wall_s_max": round(max(walls), 3),
            "selftest_s_median": round(statistics.median(inners), 3),
            "startup_s_median": round(statistics.median(walls) - statistics.median(inners), 3),
        }
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="check the existing bundle")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--runs", type=int, default=0, help="time N selftests bundle vs venv")
    parser.add_argument("--json", type=Path, default=REPORT, help="where to write the figures")
    parser.add_argument("--dist", type=Path, default=cfg.DIST_DIR, help="PyInstaller's distpath")
    parser.add_argument(
        "--work", type=Path, default=cfg.BUILD_DIR / "pyinstaller", help="PyInstaller's workpath"
    )
    args = parser.parse_args(argv)
    bundle = args.dist / cfg.APP_NAME

    report: dict[str, object] = {"version": cfg.app_version()}
    try:
        iss = cfg.write_iss_version()
        print(f"version {report['version']} stamped into {iss.relative_to(cfg.ROOT)}")
        if not args.skip_build:
            check_source_tree()
            report["build_s"] = round(run_pyinstaller(args.clean, args.dist, args.work), 1)
            print(f"built {bundle} in {report['build_s']} s")
        exe = bundle_exe(bundle)
        if not exe.is_file():
            raise BundleError(f"{exe} does not exist; build without --skip-build")
        size = folder_size(bundle)
        report["size_mb"] = round(size / 1e6, 1)
        report["biggest_mb"] = [(n, round(s, 1)) for n, s in biggest_parts(bundle)]
        print(f"bundle size: {report['size_mb']} MB")
        for name, mb in report["biggest_mb"]:  # type: ignore[attr-defined]
            print(f"  {mb:6.1f} MB  {name}")
        check_data(bundle)
        missing = check_shared_libraries(bundle)
        report["system_libs_missing_here"] = missing
        if missing:
            print(
                "note: system libraries not installed on this machine (installer/system-deps.sh):"
            )
            print("  " + " ".join(missing))
        with tempfile.TemporaryDirectory(prefix="packstation-bundle-") as tmp:
            scratch = Path(tmp)
            wall, _inner, output = run_selftest([str(exe)], scratch, seed=True)
            report["selftest_wall_s"] = round(wall, 2)
            print(output.rstrip())
            print(f"bundle selftest passed: {wall:.2f} s wall, settings seed applied")
            probe = run_probe(exe, scratch)
            report["probe"] = probe
            print(
                f"bundle probe passed: {len(probe['imports'])} modules, "
                f"checks {', '.join(f'{k}: {v[3:]}' for k, v in probe['checks'].items())}"
            )
            if args.runs > 0:
                report["timing"] = timing(exe, args.runs, scratch)
                print(f"selftest timing over {args.runs} runs (seconds):")
                print(json.dumps(report["timing"], indent=1))
    except (BundleError, subprocess.TimeoutExpired) as exc:
        print(f"build_bundle: FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
