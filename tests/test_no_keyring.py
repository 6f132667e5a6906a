"""First run on a machine without an OS keyring backend (fresh Linux box, CI image, kiosk).

The sandbox profile's credentials are fake: it starts and syncs a full queue without touching
a keyring. The production profile refuses with one sentence that says what to install or set.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from packstation.amazon.client import EFClient
from packstation.amazon.errors import AuthError
from packstation.config import secrets
from packstation.config.paths import app_paths
from packstation.config.settings import Settings
from packstation.services.runtime import Runtime


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """What keyring selects when no backend is viable."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.mark.usefixtures("no_keyring")
def test_the_sandbox_runtime_starts_and_syncs_a_full_queue_without_a_keyring() -> None:
    settings = Settings(sandbox={"seed": 7, "shipments": 12, "rate_limits": False})
    runtime = Runtime.from_settings(settings, app_paths())
    try:
        runtime.queue.sync()
        assert len(runtime.queue.shipments) == 12
    finally:
        runtime.close()


@pytest.mark.usefixtures("no_keyring")
def test_production_without_a_keyring_says_what_to_install() -> None:
    settings = Settings(profile="production", amazon={"lwa_client_id": "amzn1.application-oa2"})
    with pytest.raises(AuthError) as caught:
        EFClient.from_settings(settings)
    assert str(caught.value) == secrets.NO_KEYRING
    assert "GNOME Keyring" in secrets.NO_KEYRING
    assert "keyring.backends.fail" not in str(caught.value)


@pytest.mark.usefixtures("no_keyring")
def test_production_without_a_keyring_runs_on_secrets_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PACKSTATION_LWA_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("PACKSTATION_LWA_REFRESH_TOKEN", "Atzr|env-refresh")
    settings = Settings(profile="production", amazon={"lwa_client_id": "amzn1.application-oa2"})
    assert secrets.keyring_problem() is None
    with EFClient.from_settings(settings) as client:
        assert client.auth is not None


@pytest.mark.usefixtures("no_keyring")
def test_nothing_is_stored_without_a_keyring_and_storing_says_why() -> None:
    assert secrets.get_secret(secrets.LWA_REFRESH_TOKEN) is None
    assert secrets.keyring_problem() == secrets.NO_KEYRING
    with pytest.raises(secrets.SecretsError) as caught:
        secrets.set_secret(secrets.LWA_REFRESH_TOKEN, "Atzr|never-stored")
    assert str(caught.value) == secrets.NO_KEYRING
    secrets.delete_secret(secrets.LWA_REFRESH_TOKEN)  # nothing to delete: no error


def test_a_keyring_that_refuses_still_raises() -> None:
    class LockedKeyring(secrets.MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringLocked("locked")

    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        with pytest.raises(secrets.SecretsError, match="refused to read"):
            secrets.get_secret(secrets.LWA_CLIENT_SECRET)
    finally:
        keyring.set_keyring(previous)
