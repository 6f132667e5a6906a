"""The runtime owns every part a page or a command uses (issue #19 item 4): inventory and returns
are built with the rest, on the same client, store and label printer, at the station's location."""

from __future__ import annotations

from packstation.config.paths import app_paths
from packstation.config.settings import Settings
from packstation.sandbox.data import MARKETPLACES
from packstation.services.runtime import Runtime


def _settings(**amazon: object) -> Settings:
    return Settings(
        sandbox={"seed": 3, "shipments": 4, "rate_limits": False},
        amazon=amazon,
        station_name="bench-7",
    )


def test_inventory_and_returns_share_the_runtimes_parts() -> None:
    with Runtime.from_settings(_settings(), app_paths(), packer="Ann") as rt:
        assert rt.sandbox is not None
        inventory, returns = rt.inventory, rt.returns
        assert inventory.client is rt.client
        assert inventory.db is rt.db
        # no location set: the sandbox's first one, as the pages and commands used before
        assert inventory.location_id == MARKETPLACES[0].location_id
        assert (inventory.station, inventory.packer) == ("bench-7", "Ann")
        assert returns.inventory is inventory
        assert returns.printer is rt.printer is not None
        assert (returns.station, returns.packer) == ("bench-7", "Ann")
        # one store: a quantity set through the runtime's inventory is the one returns restock on
        inventory.set_quantity("SKU-RT", 4)
        seen = {(p.sku, p.quantity) for p in returns.inventory.positions()}
        assert ("SKU-RT", 4) in seen


def test_inventory_at_another_location_keeps_the_rest() -> None:
    with Runtime.from_settings(_settings(location_id="LOC-9"), app_paths()) as rt:
        assert rt.inventory.location_id == "LOC-9"
        assert rt.returns.location_id == "LOC-9"
        assert rt.inventory.at(None) is rt.inventory
        assert rt.inventory.at("LOC-9") is rt.inventory
        other = rt.inventory.at("LOC-2")
        assert other.location_id == "LOC-2"
        assert (other.client, other.db, other.station) == (rt.client, rt.db, rt.inventory.station)
        assert rt.inventory.location_id == "LOC-9"  # the runtime's own is unchanged
