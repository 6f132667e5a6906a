"""The resources folder and its manifest agree, and the paths module honours overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.config.paths import app_paths
from packstation.config.resources import ResourceError, manifest, resource_path, resources_dir


def test_manifest_lists_exactly_the_shipped_files() -> None:
    root = resources_dir()
    on_disk = {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and p.name != "MANIFEST.txt" and "__pycache__" not in p.parts
    }
    assert set(manifest()) == on_disk


def test_missing_resource_is_a_clear_error() -> None:
    with pytest.raises(ResourceError, match=r"icons/nope\.svg is missing"):
        resource_path("icons", "nope.svg")


def test_folders_follow_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PACKSTATION_HOME", str(tmp_path / "h"))
    monkeypatch.setenv("PACKSTATION_LOG_DIR", str(tmp_path / "elsewhere"))
    paths = app_paths().ensure()
    assert paths.settings_file == tmp_path / "h" / "config" / "settings.toml"
    assert paths.log_dir == tmp_path / "elsewhere"
    assert paths.data_dir.is_dir()
