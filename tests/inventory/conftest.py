"""Fixtures of the inventory tests: the real sandbox marketplace over HTTP and a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.amazon.client import EFClient
from packstation.config.settings import Settings
from packstation.sandbox.data import MARKETPLACES, catalogue
from packstation.sandbox.server import SandboxServer
from packstation.services.inventory import InventoryService
from packstation.store.database import Database

LOCATION = MARKETPLACES[0].location_id
SKUS = [item.sku for item in catalogue(7)]


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer(seed=7, shipments=20, rate_limits=True) as srv:
        yield srv


@pytest.fixture
def client(server: SandboxServer) -> Iterator[EFClient]:
    with EFClient.from_settings(Settings(), base_url=server.base_url, lwa_url=server.lwa_url) as c:
        yield c


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "station.sqlite3"


@pytest.fixture
def db(db_file: Path) -> Iterator[Database]:
    with Database.open(f"sqlite:///{db_file}") as database:
        yield database


@pytest.fixture
def service(client: EFClient, db: Database) -> InventoryService:
    return InventoryService(client, db, location_id=LOCATION, station="bench-1", packer="pat")
