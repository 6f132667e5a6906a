"""``packstation selftest`` and ``--version`` as a user or a bundle smoke test runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from packstation import __version__


def _run(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("PACKSTATION_")}
    environ.update({"PACKSTATION_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **env})
    return subprocess.run(
        [sys.executable, "-m", "packstation", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
        check=False,
    )


def test_selftest_passes_offscreen(isolated_home: Path) -> None:
    result = _run(["selftest"], isolated_home, PACKSTATION_KEYRING_BACKEND="memory")
    assert result.returncode == 0, result.stderr
    assert "selftest passed" in result.stdout
    assert "7 sections built" in result.stdout
    assert (isolated_home / "logs" / "packstation.log").exists()


def test_selftest_reports_a_broken_settings_file(isolated_home: Path) -> None:
    (isolated_home / "config").mkdir(parents=True)
    (isolated_home / "config" / "settings.toml").write_text("profile = [")
    result = _run(["selftest"], isolated_home)
    assert result.returncode == 2
    assert "settings.toml is not valid TOML" in result.stderr


def test_version(isolated_home: Path) -> None:
    result = _run(["--version"], isolated_home)
    assert result.stdout.strip() == f"packstation {__version__}"


NO_KEYRING = "keyring.backends.fail.Keyring"  # what keyring selects when no backend is viable


def test_selftest_passes_without_a_keyring_in_the_sandbox_profile(isolated_home: Path) -> None:
    result = _run(["selftest"], isolated_home, PYTHON_KEYRING_BACKEND=NO_KEYRING)
    assert result.returncode == 0, result.stderr
    assert "the sandbox profile needs none" in result.stdout
    assert "credentials: sandbox profile ready" in result.stdout


def test_selftest_fails_without_a_keyring_in_the_production_profile(isolated_home: Path) -> None:
    result = _run(
        ["selftest"],
        isolated_home,
        PYTHON_KEYRING_BACKEND=NO_KEYRING,
        PACKSTATION_PROFILE="production",
        PACKSTATION_AMAZON__LWA_CLIENT_ID="amzn1.application-oa2-client.example",
    )
    assert result.returncode == 1
    assert "FAILED  credentials (production profile): No OS keyring is available" in result.stderr
    assert "GNOME Keyring" in result.stderr
    assert "selftest failed: 1 problem(s)" in result.stderr
