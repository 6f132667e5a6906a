"""Stations and packers: badge sign-in, typed names, audit of logins."""

from __future__ import annotations

import pytest

from packstation.store import Database, StoreError, UnknownBadge


def test_badge_sign_in_and_out(db: Database) -> None:
    station = db.people.register_station("bench-1")
    assert station.name == "bench-1"
    ann = db.people.add_packer("Ann", badge="B-100")
    with pytest.raises(StoreError, match="already belongs"):
        db.people.add_packer("Other", badge="B-100")
    signed = db.people.sign_in("bench-1", badge="B-100")
    assert signed.packer == ann
    current = db.people.signed_in("bench-1")
    assert current is not None
    assert current.packer.name == "Ann"
    # Another packer at the same bench signs the first one out.
    bob = db.people.sign_in("bench-1", badge="B-200", name="Bob")
    assert bob.packer.badge == "B-200"
    assert db.people.find_badge("B-200") == bob.packer
    assert db.people.sign_out("bench-1") == 1
    assert db.people.signed_in("bench-1") is None
    assert [r.kind for r in db.audit.records(station="bench-1")] == [
        "login",
        "logout",
        "login",
        "logout",
    ]
    with pytest.raises(UnknownBadge, match="B-999"):
        db.people.sign_in("bench-1", badge="B-999")
    with pytest.raises(StoreError, match="scan a badge or type a name"):
        db.people.sign_in("bench-1")


def test_typed_name_sign_in_reuses_the_packer(db: Database) -> None:
    first = db.people.sign_in("bench-2", name="Chandra")
    again = db.people.sign_in("bench-3", name="Chandra")
    assert first.packer.id == again.packer.id
    assert [p.name for p in db.people.packers()] == ["Chandra"]
    assert {s.name for s in db.people.stations()} == {"bench-2", "bench-3"}
