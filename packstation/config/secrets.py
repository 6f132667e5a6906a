"""Secrets: the LWA client secret, the LWA refresh token and database passwords.

They live in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service on
Linux) under the service name ``packstation``. For automation and CI the environment may supply
them instead (``PACKSTATION_LWA_CLIENT_SECRET``, ``PACKSTATION_LWA_REFRESH_TOKEN``); the
environment wins over the keyring. Secrets are never written to the settings file or a log: every
value read here is registered with the log redaction filter.

A machine without any keyring backend (a fresh Linux box, CI images, kiosks: keyring selects
``keyring.backends.fail.Keyring``) holds no secrets: :func:`get_secret` answers None there, so
the sandbox profile (whose credentials are fake) starts as anywhere else, and whoever needs real
credentials says :data:`NO_KEYRING` (:func:`keyring_problem`). A keyring that exists but refuses
(locked, access denied) still raises :class:`SecretsError`.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import keyring
import keyring.backend
import keyring.errors
from jaraco.classes import properties
from keyring.backends import fail

from packstation.config import logs

log = logging.getLogger(__name__)

SERVICE = "packstation"
LWA_CLIENT_SECRET = "lwa_client_secret"  # noqa: S105 - a key name, not a secret
LWA_REFRESH_TOKEN = "lwa_refresh_token"  # noqa: S105 - a key name, not a secret
ENV_NAMES = {
    LWA_CLIENT_SECRET: "PACKSTATION_LWA_CLIENT_SECRET",
    LWA_REFRESH_TOKEN: "PACKSTATION_LWA_REFRESH_TOKEN",
}
NO_KEYRING = (
    "No OS keyring is available to hold the Amazon credentials: install and unlock GNOME Keyring "
    "or KWallet (any Secret Service), or set PACKSTATION_LWA_CLIENT_SECRET and "
    "PACKSTATION_LWA_REFRESH_TOKEN in this station's environment."
)


class SecretsError(Exception):
    """The keyring cannot be used (no backend, locked, or refused)."""


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A process-local keyring for tests and demos: nothing leaves memory."""

    @properties.classproperty
    def priority(cls) -> float:
        # Raising marks the backend as not viable, so keyring never picks it by itself: on a
        # machine without an OS keyring, secrets must fail loudly, not vanish at exit.
        raise RuntimeError("the in-memory keyring is only used when selected explicitly")

    def __init__(self) -> None:
        super().__init__()
        self._data: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self._data.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError(username)


def use_backend(name: str) -> None:
    """Select the keyring backend named in the settings ('' keeps the OS default)."""
    if name == "memory":
        if not isinstance(keyring.get_keyring(), MemoryKeyring):
            keyring.set_keyring(MemoryKeyring())
    elif name:
        raise SecretsError(f"unknown keyring backend {name!r}; use '' (the OS keyring) or 'memory'")


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def backend_usable() -> bool:
    """False when no real keyring is available (e.g. a headless Linux box without Secret Service)."""
    return not isinstance(keyring.get_keyring(), fail.Keyring)


def env_secrets_complete() -> bool:
    """True when the environment supplies every LWA secret (the keyring is then not needed)."""
    return all(os.environ.get(env) for env in ENV_NAMES.values())


def keyring_problem() -> str | None:
    """:data:`NO_KEYRING` when real credentials cannot be had for want of a keyring, else None."""
    if backend_usable() or env_secrets_complete():
        return None
    return NO_KEYRING


def get_secret(name: str) -> str | None:
    """The secret ``name`` from the environment or the keyring, or None when it is not stored.

    Without any keyring backend nothing can be stored, so the answer is None (not an error).
    """
    env = ENV_NAMES.get(name)
    if env and os.environ.get(env):
        value: str | None = os.environ[env]
    elif not backend_usable():
        log.debug("no keyring backend (%s): %s is not stored", backend_name(), name)
        return None
    else:
        try:
            value = keyring.get_password(SERVICE, name)
        except keyring.errors.NoKeyringError:
            log.debug("no keyring backend (%s): %s is not stored", backend_name(), name)
            return None
        except keyring.errors.KeyringError as exc:
            raise SecretsError(
                f"the keyring ({backend_name()}) refused to read {name}: {exc}"
            ) from exc
    if value:
        logs.register_secret(value)
    return value


def set_secret(name: str, value: str) -> None:
    """Store a secret in the keyring (never in a file)."""
    if not backend_usable():
        raise SecretsError(NO_KEYRING)
    logs.register_secret(value)
    try:
        keyring.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise SecretsError(
            f"the keyring ({backend_name()}) refused to store {name}: {exc}"
        ) from exc
    log.info("secret %s stored in the keyring", name)


def delete_secret(name: str) -> None:
    # Without a keyring backend there is nothing to delete (NoKeyringError).
    with suppress(keyring.errors.PasswordDeleteError, keyring.errors.NoKeyringError):
        keyring.delete_password(SERVICE, name)


@contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Use a fresh in-memory keyring inside the block (tests)."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(previous)
