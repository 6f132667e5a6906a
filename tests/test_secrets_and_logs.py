"""Secrets stay in the keyring and never reach a log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from packstation.config import logs, secrets


def test_secret_round_trip_in_the_test_keyring() -> None:
    assert secrets.get_secret(secrets.LWA_REFRESH_TOKEN) is None
    secrets.set_secret(secrets.LWA_REFRESH_TOKEN, "Atzr|IwEBIExample")
    assert secrets.get_secret(secrets.LWA_REFRESH_TOKEN) == "Atzr|IwEBIExample"
    secrets.delete_secret(secrets.LWA_REFRESH_TOKEN)
    assert secrets.get_secret(secrets.LWA_REFRESH_TOKEN) is None


def test_environment_wins_over_the_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    secrets.set_secret(secrets.LWA_CLIENT_SECRET, "from-keyring")
    monkeypatch.setenv("PACKSTATION_LWA_CLIENT_SECRET", "from-env")
    assert secrets.get_secret(secrets.LWA_CLIENT_SECRET) == "from-env"


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(secrets.SecretsError, match="unknown keyring backend"):
        secrets.use_backend("plaintext")


def test_log_file_never_holds_secrets_or_personal_data(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path / "logs", "DEBUG")
    secret = "s3cr3t-client-value-123"
    secrets.set_secret(secrets.LWA_CLIENT_SECRET, secret)
    logs.register_personal("Ayşe Yılmaz")
    logs.register_personal("12 MG Road, Bengaluru")
    log = logging.getLogger("packstation.test")
    log.info("token refresh with client_secret=%s", secret)
    log.info("label for Ayşe Yılmaz at 12 MG Road, Bengaluru")
    log.info("headers: {'x-amz-access-token': 'Atza|IwEBIJunk'}")
    log.info("buyer mail someone@example.com phone +91 98765 43210")
    log.info("order 403-1234567-1234567 item 4006381333931")
    try:
        raise ValueError(f"bad secret {secret}")
    except ValueError:
        log.exception("failure")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    for leaked in (secret, "Ayşe", "MG Road", "Atza|", "someone@example.com", "98765"):
        assert leaked not in text
    # What support needs stays readable.
    assert "403-1234567-1234567" in text
    assert "4006381333931" in text
    assert text.count("[redacted]") >= 6
    logs.setup_logging(tmp_path / "other", "INFO")  # replaces, does not duplicate handlers
    assert sum(getattr(h, "_packstation", False) for h in logging.getLogger().handlers) == 1
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_packstation", False):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_the_memory_keyring_is_never_chosen_automatically() -> None:
    from keyring.backend import get_all_keyring

    assert not any(isinstance(ring, secrets.MemoryKeyring) for ring in get_all_keyring())
