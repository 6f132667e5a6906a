"""Access to the files in ``resources/`` (icons, styles, sounds, templates, demo data).

In a wheel they are installed as ``packstation/resources``; in a source checkout or an
editable install they are the top-level ``resources/`` folder; in a PyInstaller bundle they sit
under the bundle's data folder. :func:`resources_dir` finds whichever applies.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import packstation


class ResourceError(FileNotFoundError):
    """A resource file the application needs is missing from the installation."""


@cache
def resources_dir() -> Path:
    package_dir = Path(packstation.__file__).resolve().parent
    candidates = [
        package_dir / "resources",
        package_dir.parent / "resources",
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "packstation" / "resources")
    for candidate in candidates:
        if (candidate / "MANIFEST.txt").is_file():
            return candidate
    raise ResourceError(
        "Packstation's resources folder is missing (looked in "
        + ", ".join(str(c) for c in candidates)
        + "); reinstall the application"
    )


def resource_path(*parts: str) -> Path:
    """The path of a resource file, e.g. ``resource_path("icons", "app.svg")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise ResourceError(f"resource {'/'.join(parts)} is missing from {resources_dir()}")
    return path


def manifest() -> list[str]:
    """Every resource the application ships, relative to the resources folder.

    ``resources/MANIFEST.txt`` lists them; the selftest loads each one.
    """
    text = (resources_dir() / "MANIFEST.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
