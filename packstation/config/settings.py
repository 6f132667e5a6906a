"""Application settings.

Sources, highest priority first: keyword arguments, ``PACKSTATION_*`` environment variables
(nested fields with ``__``, e.g. ``PACKSTATION_PRINTERS__LABEL=zpl://127.0.0.1:9100``), the TOML
file ``settings.toml`` in the config folder (see :mod:`packstation.config.paths`), defaults.

Secrets (the LWA client secret and refresh token) are never settings: they live in the OS
keyring (:mod:`packstation.config.secrets`).
"""

from __future__ import annotations

import logging
import os
import socket
import tomllib
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar, Literal

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from packstation.config.paths import app_paths

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1


class SettingsError(Exception):
    """The settings file or environment holds a value that cannot be used."""


class Profile(StrEnum):
    SANDBOX = "sandbox"
    PRODUCTION = "production"


class Region(StrEnum):
    NA = "NA"
    EU = "EU"
    FE = "FE"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class AmazonSettings(_Section):
    """Connection to Amazon's Selling Partner API (production profile)."""

    region: Region = Field(Region.NA, description="Selling Partner API region: NA, EU or FE.")
    marketplace_id: str = Field(
        "", description="Amazon marketplace id the station works for, e.g. A21TJRUUN4KGV (IN)."
    )
    location_id: str = Field(
        "", description="External Fulfillment location (warehouse) id of this station."
    )
    lwa_client_id: str = Field(
        "", description="Login with Amazon client id of the SP-API application (not secret)."
    )
    use_amazon_sandbox: bool = Field(
        False, description="Call Amazon's own sandbox hosts instead of production."
    )
    shipping_option: Literal["recommended", "ask"] = Field(
        "recommended",
        description="Where the channel offers several shipping options (carrier, pickup or "
        "drop-off): take Amazon's recommendation, or ask the packer at Finish.",
    )


class PrinterSettings(_Section):
    """Printers, each given by address: zpl://host:9100, escpos://host:9100, cups://queue."""

    label: str = Field(
        "",
        description="Label printer address. Empty: the built-in virtual printer (sandbox profile).",
    )
    slip: str = Field(
        "",
        description="Packing-slip printer: an ESC/POS receipt printer (escpos://host:9100, the "
        "slip printed as text) or a document printer (cups://queue, Amazon's slip). Empty: the "
        "invoice printer, else none (sandbox profile: a virtual receipt printer).",
    )
    virtual_slip: bool = Field(
        True,
        description="Sandbox profile with no slip or invoice printer: print the packing slips "
        "a shipment requires on a virtual receipt printer (files under the data folder).",
    )
    invoice: str = Field(
        "", description="System printer for invoices (cups://queue); empty: preview only."
    )
    invoice_auto: bool = Field(
        False,
        description="Print each finished shipment's invoice on the invoice printer by itself "
        "(otherwise Ctrl+I or the Print invoice button).",
    )
    connect_timeout_s: float = Field(2.0, gt=0, le=30, description="TCP connect timeout.")
    status_timeout_s: float = Field(
        2.0, gt=0, le=30, description="Time to wait for a status answer."
    )
    confirm_timeout_s: float = Field(
        20.0, gt=0, le=300, description="Deadline for a printer to confirm a printed label."
    )
    retention_days: int = Field(
        30,
        ge=1,
        le=3650,
        description="Label and invoice copies and finished print jobs (they hold buyer names and "
        "addresses) are deleted after this many days.",
    )
    label_dpi: Literal[203, 300, 600] = Field(
        203, description="Label printer resolution; PDF and PNG labels are rendered for it."
    )
    label_graphics: Literal["z64", "hex"] = Field(
        "z64",
        description="How PDF and PNG labels travel to a ZPL printer: z64 (compressed and "
        "CRC-checked, less than half the bytes; Zebra firmware since about 2006) or hex "
        "(ASCII hex run-length, for ZPL-emulating printers that do not read Z64).",
    )


class ScaleSettings(_Section):
    """The bench scale."""

    url: str = Field(
        "",
        description="Scale address for pyserial (COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT) or hid://VID:PID; empty for none.",
    )
    protocol: str = Field("mt-sics", description="mt-sics, nci, cas or hid-pos.")
    baudrate: int = Field(9600, description="Serial speed.")
    unit: str = Field("kg", description="Unit shown to the packer: g, kg, oz or lb.")
    virtual: bool = Field(
        True,
        description="Sandbox profile without a scale url: start the virtual scale (set its weight "
        "on the Devices page).",
    )


class PackingSettings(_Section):
    """Plausibility of packages and the finish at the bench."""

    max_weight_kg: float = Field(
        70.0, gt=0, le=1000, description="Heaviest package the carriers take (kg)."
    )
    max_side_cm: float = Field(274.0, gt=0, le=1000, description="Longest side of a package (cm).")
    max_length_girth_cm: float = Field(
        419.0, gt=0, le=2000, description="Longest side + 2 × width + 2 × height at most (cm)."
    )
    weight_tolerance_pct: float = Field(
        25.0,
        ge=1,
        le=500,
        description="A weight further than this from the expected one (item weights, or what "
        "the SKU weighed on this bench before) must be confirmed with PS:CONFIRM.",
    )
    auto_finish: bool = Field(
        False,
        description="Finish by itself once every line is verified, the box is set and a fresh "
        "stable weight is read (after a short countdown that Esc or any scan stops).",
    )
    self_ship_carrier: str = Field(
        "",
        max_length=60,
        description="The carrier this bench hands Self Ship parcels to (e.g. Delhivery): filled "
        "in for each Self Ship shipment; a numbers-only tracking id scanned (no prefix naming "
        "its carrier) is taken only when it fits this carrier's formats.",
    )
    label_check: Literal["sandbox", "on", "off"] = Field(
        "sandbox",
        description="Closed-loop print: a label scanned off the box after it printed is checked "
        "against the shipment just finished (another shipment's label is refused loudly and "
        "audited). sandbox: on in the sandbox profile only.",
    )
    auto_finish_delay_s: float = Field(
        2.0, ge=0.5, le=10, description="The auto-finish countdown (seconds)."
    )


class ScannerSettings(_Section):
    """Barcode scanners (keyboard wedge and serial)."""

    wedge_max_interval_ms: float = Field(
        30.0, gt=0, description="Longest gap between keys of one scan; slower keys are typing."
    )
    wedge_min_length: int = Field(3, ge=1, description="Shortest burst that counts as a scan.")
    prefix: str = Field("", description="Characters the scanner sends before each scan.")
    suffix: str = Field(
        "", description="Characters the scanner sends after each scan (besides Enter)."
    )
    blanking_ms: float = Field(
        300.0, ge=0, description="The same code again within this time is a double read."
    )
    serial_url: str = Field("", description="Serial (USB-COM) scanner port; empty for none.")


class DatabaseSettings(_Section):
    """Where the journal, claims and audit log live."""

    url: str = Field(
        "",
        description="SQLAlchemy URL; empty: the station's own SQLite file. "
        "Shared: postgresql+psycopg://user@host/db (password in the keyring).",
    )
    audit_retention_days: int = Field(
        400, ge=1, description="Audit rows older than this are removed."
    )
    shared_rate_limits: bool = Field(
        True,
        description="On a shared PostgreSQL database every station keeps to Amazon's rate limits "
        "together (one budget in the database); off: each station limits only itself.",
    )
    rate_budget: str = Field(
        "",
        max_length=64,
        description="Name of the shared rate budget; empty: one per LWA application and region. "
        "Every station of one seller must use the same name.",
    )


class SandboxSettings(_Section):
    """The built-in sandbox marketplace used by the sandbox profile."""

    seed: int = Field(7, description="Seed of the generated catalogue and shipments.")
    shipments: int = Field(60, ge=0, le=200_000, description="Shipments created at start.")
    rate_limits: bool = Field(True, description="Enforce Amazon's rate limits like production.")
    keep_state: bool = Field(
        True,
        description="Keep the marketplace (shipments, labels, stock, returns) in the data "
        "folder across restarts, as Amazon does; off: a fresh marketplace at every start.",
    )
    reset: bool = Field(
        False, description="Start the kept marketplace afresh once (set for one start)."
    )


class Settings(BaseSettings):
    """Everything a station is configured with."""

    model_config = SettingsConfigDict(
        env_prefix="PACKSTATION_",
        env_nested_delimiter="__",
        extra="ignore",
        validate_assignment=True,
    )
    _SECTIONS: ClassVar[tuple[str, ...]] = (
        "amazon",
        "printers",
        "scale",
        "packing",
        "scanner",
        "database",
        "sandbox",
    )

    schema_version: int = Field(
        SCHEMA_VERSION, description="Version of the settings layout, for migrations."
    )
    profile: Profile = Field(
        Profile.SANDBOX,
        description="sandbox: the built-in marketplace and virtual printer; production: Amazon.",
    )
    station_name: str = Field(
        default_factory=lambda: socket.gethostname().split(".")[0][:40] or "station",
        description="Name of this bench, shown to other stations and in the audit log.",
    )
    language: str = Field(
        "", description="User-interface language (e.g. en, ar, hi, tr); empty: system."
    )
    log_level: str = Field("INFO", description="DEBUG, INFO, WARNING or ERROR.")
    spapi_endpoint: str = Field(
        "",
        description="Override of the Selling Partner API base URL (testing against any server).",
    )
    lwa_endpoint: str = Field(
        "", description="Override of the Login with Amazon token URL (testing against any server)."
    )
    keyring_backend: str = Field(
        "",
        description="Keyring backend override: empty for the OS keyring, 'memory' for a process-local one (tests, demos).",
    )
    amazon: AmazonSettings = Field(default_factory=AmazonSettings)
    printers: PrinterSettings = Field(default_factory=PrinterSettings)
    scale: ScaleSettings = Field(default_factory=ScaleSettings)
    packing: PackingSettings = Field(default_factory=PackingSettings)
    scanner: ScannerSettings = Field(default_factory=ScannerSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    sandbox: SandboxSettings = Field(default_factory=SandboxSettings)

    @field_validator("log_level")
    @classmethod
    def _check_level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("log_level must be DEBUG, INFO, WARNING or ERROR")
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=app_paths().settings_file)
        return (init_settings, env_settings, toml)

    @property
    def is_sandbox(self) -> bool:
        return self.profile is Profile.SANDBOX


def load_settings(**overrides: Any) -> Settings:
    """Load the settings in force, with a clear error for a broken file or variable."""
    path = app_paths().settings_file
    if path.exists():
        try:
            tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{path} is not valid TOML: {exc}") from exc
    try:
        settings = Settings(**overrides)
    except ValueError as exc:
        raise SettingsError(
            f"invalid settings (file {path} or PACKSTATION_* variables): {exc}"
        ) from exc
    if settings.schema_version > SCHEMA_VERSION:
        raise SettingsError(
            f"{path} was written by a newer Packstation (settings version {settings.schema_version}, "
            f"this one understands {SCHEMA_VERSION}); update Packstation"
        )
    return settings


def _non_defaults(model: BaseModel) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            nested = _non_defaults(value)
            if nested:
                out[name] = nested
            continue
        default = field.get_default(call_default_factory=True)
        if value != default:
            out[name] = value.value if isinstance(value, StrEnum) else value
    return out


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the values that differ from the defaults to the TOML file, atomically."""
    path = path or app_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    data = _non_defaults(settings)
    data["schema_version"] = settings.schema_version
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(tomli_w.dumps(data), encoding="utf-8")
    os.replace(tmp, path)
    log.info("settings saved to %s", path)
    return path
