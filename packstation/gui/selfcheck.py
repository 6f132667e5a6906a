"""The GUI half of ``packstation selftest``: window, resources, Qt plugins."""

from __future__ import annotations

import wave

from PySide6 import QtGui

from packstation.config.paths import AppPaths
from packstation.config.resources import ResourceError, manifest, resource_path
from packstation.config.settings import Settings


def _check_resource(name: str) -> str | None:
    path = resource_path(*name.split("/"))
    suffix = path.suffix.lower()
    if suffix in {".svg", ".png", ".ico"}:
        if QtGui.QImage(str(path)).isNull():
            return f"resource {name}: Qt cannot load this image"
    elif suffix == ".wav":
        try:
            with wave.open(str(path)) as w:
                if w.getnframes() == 0:
                    return f"resource {name}: empty sound"
        except (wave.Error, EOFError) as exc:
            return f"resource {name}: unreadable sound ({exc})"
    elif path.stat().st_size == 0:
        return f"resource {name}: empty file"
    else:
        path.read_bytes()
    return None


def check(settings: Settings, paths: AppPaths, notes: list[str]) -> list[str]:
    """Build the window offscreen and load every resource; return the problems found."""
    problems: list[str] = []
    try:
        names = manifest()
    except ResourceError as exc:
        return [str(exc)]
    from packstation.gui import app as gui_app

    gui = gui_app.build(settings, paths)
    try:
        for name in names:
            try:
                problem = _check_resource(name)
            except (ResourceError, OSError) as exc:
                problem = f"resource {name}: {exc}"
            if problem:
                problems.append(problem)
        notes.append(f"resources: {len(names) - len(problems)} of {len(names)} loaded")
        window = gui.window
        window.show()
        gui.app.processEvents()
        for section in window.sections:
            window.show_section(section.key)
            gui.app.processEvents()
        if window.grab().isNull():
            problems.append("main window: could not be drawn")
        else:
            notes.append(
                f"main window: {len(window.sections)} sections built on platform "
                f"{gui.app.platformName()}"
            )
    finally:
        gui.close()
    return problems
