"""Turn the PyInstaller bundle into an AppDir, the input of ``appimagetool``.

    python installer/linux/build_appdir.py            # -> installer/dist/Packstation.AppDir
    ARCH=x86_64 appimagetool installer/dist/Packstation.AppDir \\
        installer/dist/Packstation-<version>-x86_64.AppImage

Layout (AppImage specification, type 2)::

    Packstation.AppDir/
      AppRun                      starts usr/lib/packstation/packstation with the given arguments
      packstation.desktop         the desktop entry (installer/linux/packstation.desktop)
      packstation.png, .DirIcon   the 256 px icon
      usr/lib/packstation/        the bundle (installer/dist/packstation)
      usr/share/applications/packstation.desktop
      usr/share/icons/hicolor/256x256/apps/packstation.png
      usr/share/icons/hicolor/scalable/apps/packstation.svg

appimagetool cannot be downloaded on the build machines, so this script stops at the AppDir; the
AppDir itself runs (``Packstation.AppDir/AppRun selftest``), which the tests check.
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import sys
from pathlib import Path

LINUX_DIR = Path(__file__).resolve().parent
INSTALLER_DIR = LINUX_DIR.parent
ROOT = INSTALLER_DIR.parent
BUNDLE = INSTALLER_DIR / "dist" / "packstation"
APPDIR = INSTALLER_DIR / "dist" / "Packstation.AppDir"
DESKTOP_FILE = LINUX_DIR / "packstation.desktop"
ICON_PNG = ROOT / "resources" / "icons" / "app-256.png"
ICON_SVG = ROOT / "resources" / "icons" / "app.svg"

APPRUN = """#!/bin/sh
# AppRun of the Packstation AppImage: run the bundled executable with the given arguments.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/packstation/packstation" "$@"
"""


def appimage_desktop_entry(text: str) -> str:
    """The desktop entry for inside the AppImage (AppRun is the program; no TryExec)."""
    lines = [line for line in text.splitlines() if not line.startswith("TryExec=")]
    return "\n".join(lines) + "\n"


def build_appdir(bundle: Path = BUNDLE, appdir: Path = APPDIR) -> Path:
    """Build ``appdir`` from the one-folder ``bundle``; return the AppDir path."""
    exe = bundle / "packstation"
    if not exe.is_file():
        raise FileNotFoundError(f"{exe} is missing: run `make bundle` first")
    if appdir.exists():
        shutil.rmtree(appdir)
    lib = appdir / "usr" / "lib" / "packstation"
    shutil.copytree(bundle, lib, symlinks=True)

    apprun = appdir / "AppRun"
    apprun.write_text(APPRUN, encoding="utf-8")
    apprun.chmod(apprun.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)

    desktop = appimage_desktop_entry(DESKTOP_FILE.read_text(encoding="utf-8"))
    (appdir / "packstation.desktop").write_text(desktop, encoding="utf-8")
    apps = appdir / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "packstation.desktop").write_text(desktop, encoding="utf-8")

    icons = appdir / "usr" / "share" / "icons" / "hicolor"
    (icons / "256x256" / "apps").mkdir(parents=True)
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(ICON_PNG, icons / "256x256" / "apps" / "packstation.png")
    shutil.copyfile(ICON_SVG, icons / "scalable" / "apps" / "packstation.svg")
    shutil.copyfile(ICON_PNG, appdir / "packstation.png")
    os.symlink("packstation.png", appdir / ".DirIcon")
    return appdir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Packstation AppDir from the bundle.")
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    parser.add_argument("--appdir", type=Path, default=APPDIR)
    args = parser.parse_args(argv)
    try:
        appdir = build_appdir(args.bundle, args.appdir)
    except FileNotFoundError as exc:
        print(f"build_appdir: {exc}", file=sys.stderr)
        return 1
    print(f"AppDir ready: {appdir}")
    print(f"next: ARCH=x86_64 appimagetool {appdir} Packstation-x86_64.AppImage")
    return 0


if __name__ == "__main__":
    sys.exit(main())
