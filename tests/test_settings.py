"""Settings: sources in order, the TOML file, validation and saving."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.config.paths import app_paths
from packstation.config.settings import (
    Profile,
    Region,
    SettingsError,
    load_settings,
    save_settings,
)


def test_first_run_is_the_sandbox_profile(isolated_home: Path) -> None:
    settings = load_settings()
    assert settings.profile is Profile.SANDBOX
    assert settings.is_sandbox
    assert settings.station_name
    assert not app_paths().settings_file.exists()


def test_file_then_environment_then_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    path = app_paths().settings_file
    path.parent.mkdir(parents=True)
    path.write_text(
        'profile = "production"\nstation_name = "bench-7"\n[amazon]\nregion = "EU"\n'
        'marketplace_id = "A1F83G8C2ARO7P"\n[printers]\nlabel = "zpl://127.0.0.1:9100"\n'
    )
    settings = load_settings()
    assert settings.profile is Profile.PRODUCTION
    assert settings.amazon.region is Region.EU
    assert settings.printers.label == "zpl://127.0.0.1:9100"

    monkeypatch.setenv("PACKSTATION_STATION_NAME", "from-env")
    monkeypatch.setenv("PACKSTATION_AMAZON__REGION", "FE")
    monkeypatch.setenv("PACKSTATION_SPAPI_ENDPOINT", "http://127.0.0.1:5000")
    settings = load_settings()
    assert settings.station_name == "from-env"
    assert settings.amazon.region is Region.FE
    assert settings.amazon.marketplace_id == "A1F83G8C2ARO7P"  # file value kept
    assert settings.spapi_endpoint == "http://127.0.0.1:5000"

    assert load_settings(station_name="from-args").station_name == "from-args"


def test_broken_file_gives_a_precise_error() -> None:
    path = app_paths().settings_file
    path.parent.mkdir(parents=True)
    path.write_text("profile = \n")
    with pytest.raises(SettingsError, match=r"settings\.toml is not valid TOML"):
        load_settings()


def test_invalid_value_names_the_field() -> None:
    path = app_paths().settings_file
    path.parent.mkdir(parents=True)
    path.write_text('profile = "staging"\n')
    with pytest.raises(SettingsError, match="profile"):
        load_settings()


def test_newer_schema_is_refused() -> None:
    path = app_paths().settings_file
    path.parent.mkdir(parents=True)
    path.write_text("schema_version = 99\n")
    with pytest.raises(SettingsError, match="newer Packstation"):
        load_settings()


def test_save_writes_only_changes_and_round_trips() -> None:
    settings = load_settings()
    settings.profile = Profile.PRODUCTION
    settings.amazon.location_id = "LOC-1"
    path = save_settings(settings)
    text = path.read_text()
    assert 'profile = "production"' in text
    assert 'location_id = "LOC-1"' in text
    assert "scale" not in text  # untouched sections stay out of the file
    again = load_settings()
    assert again.profile is Profile.PRODUCTION
    assert again.amazon.location_id == "LOC-1"


def test_every_field_is_described() -> None:
    from pydantic import BaseModel

    from packstation.config.settings import Settings

    def walk(model: type[BaseModel], prefix: str) -> list[str]:
        missing = []
        for name, field in model.model_fields.items():
            annotation = field.annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                missing += walk(annotation, f"{prefix}{name}.")
            elif not field.description:
                missing.append(prefix + name)
        return missing

    assert walk(Settings, "") == []
