"""Typed seams (issue #19 item 4): the GUI and the services reach the runtime's parts through typed
attributes, never ``getattr(runtime, "scale", None)`` or a parameter typed ``Any`` (the pattern
that once hid a scale nothing wired, with mypy green), and mypy checks both packages strictly.

Read from the source (no import, no Qt): runs in the Qt-free suite.
"""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("packstation/gui", "packstation/services")
#: mypy's --strict flags that can be set per module (``strict`` itself is global-only)
STRICT_FLAGS = (
    "disallow_any_generics",
    "disallow_subclassing_any",
    "disallow_untyped_calls",
    "disallow_untyped_defs",
    "disallow_incomplete_defs",
    "disallow_untyped_decorators",
    "check_untyped_defs",
    "warn_return_any",
    "no_implicit_reexport",
    "strict_equality",
)


def _sources(root: Path = ROOT) -> Iterator[tuple[str, str, ast.Module]]:
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            yield str(path.relative_to(root)), text, ast.parse(text)


def untold_getattrs(root: Path = ROOT) -> list[str]:
    """``getattr(...)`` calls without a ``# getattr: why`` comment on their line or above."""
    found = []
    for name, text, tree in _sources(root):
        lines = text.splitlines()
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "getattr"
            ):
                continue
            line, above = lines[node.lineno - 1], lines[node.lineno - 2].strip()
            told = "# getattr:" in line or above.startswith("# getattr:")
            if not told:
                found.append(f"{name}:{node.lineno}: {line.strip()}")
    return found


def any_parameters(root: Path = ROOT) -> list[str]:
    """Parameters annotated ``Any`` outside Qt's own overrides (camelCase names, whose PySide6
    signatures take ``Any``); ``*args``/``**kwargs`` passed on to a job are not seams."""
    found = []
    for name, _text, tree in _sources(root):
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if node.name != node.name.lower() and not node.name.startswith("_"):
                continue  # a Qt override: data(), setData(), headerData() ...
            args = node.args
            for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
                if arg.annotation is not None and ast.unparse(arg.annotation) == "Any":
                    found.append(f"{name}:{node.lineno}: {node.name}({arg.arg}: Any)")
    return found


def strict_overrides(root: Path = ROOT) -> dict[str, object]:
    """The mypy override covering both packages (empty when there is none)."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    for override in config["tool"]["mypy"].get("overrides", []):
        modules = override["module"]
        modules = [modules] if isinstance(modules, str) else modules
        if {"packstation.gui.*", "packstation.services.*"} <= set(modules):
            return dict(override)
    return {}


def test_no_getattr_on_the_runtimes_parts() -> None:
    assert untold_getattrs() == []


def test_no_parameter_typed_any() -> None:
    assert any_parameters() == []


def test_mypy_is_strict_on_services_and_gui() -> None:
    override = strict_overrides()
    assert {flag: override.get(flag) for flag in STRICT_FLAGS} == dict.fromkeys(STRICT_FLAGS, True)
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for other in config["tool"]["mypy"].get("overrides", []):
        modules = other["module"]
        modules = [modules] if isinstance(modules, str) else modules
        if any(m.startswith(("packstation.gui", "packstation.services")) for m in modules):
            # nothing loosens them again (the gui once had disallow_untyped_defs = false)
            assert all(other.get(flag, True) for flag in STRICT_FLAGS), other
