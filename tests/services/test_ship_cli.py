"""``packstation ship`` end to end: the in-process sandbox and virtual printer of the sandbox
profile, the whole finish chain, tracking ids on stdout."""

from __future__ import annotations

import random

import pytest

from packstation.cli import main
from packstation.sandbox import data

SEED = 7
ZPL = {"IN", "AE", "SA", "TR"}


def find(program: str, *, serial: bool) -> tuple[str, list[tuple[str, bool, str]]]:
    for index in range(200):
        mk_i, prog_i = data.shipment_key(SEED, index)
        if data.PROGRAMS[prog_i] != program or data.MARKETPLACES[mk_i].code not in ZPL:
            continue
        doc = data.shipment_base(SEED, index, 0.0)
        if doc["status"] != "ACCEPTED":
            continue
        if any(ln.get("pieceType") == "MULTIPLE" for ln in doc["lineItems"]):
            continue  # one package per piece: see the multi-piece tests below
        lines = [
            (
                ln["shipmentLineItemId"],
                ln["complianceAttributes"]["serialNumberRequirement"] == "REQUIRED",
                ln["merchantSku"],
            )
            for ln in doc["lineItems"]
        ]
        if any(s for _, s, _ in lines) == serial:
            return data.shipment_id(SEED, index), lines
    pytest.skip("no such generated shipment")


@pytest.fixture(autouse=True)
def sandbox_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACKSTATION_SANDBOX__SEED", str(SEED))
    monkeypatch.setenv("PACKSTATION_SANDBOX__SHIPMENTS", "200")
    monkeypatch.setenv("PACKSTATION_SANDBOX__RATE_LIMITS", "false")
    monkeypatch.setenv("PACKSTATION_KEYRING_BACKEND", "memory")


def test_ship_prints_the_tracking_ids(capsys: pytest.CaptureFixture[str]) -> None:
    sid, _ = find("EASY_SHIP", serial=False)
    code = main(["ship", sid, "--package", "30x20x10 cm 1.25 kg"])
    out, err = capsys.readouterr()
    assert code == 0, err
    tracking = out.split()
    assert len(tracking) == 1
    assert tracking[0].isalnum()
    assert "generateShipLabels" in err


def test_ship_self_ship_with_serials(capsys: pytest.CaptureFixture[str]) -> None:
    sid, lines = find("SELF_SHIP", serial=True)
    args = ["ship", sid, "--package", "20x15x5 cm 300 g", "--carrier", "BlueDart"]
    args += ["--tracking", "BD0000000001"]
    rng = random.Random(1)
    for line_id, serial, sku in lines:
        if serial:
            item = next(it for it in data.catalogue(SEED) if it.sku == sku)
            args += ["--serial", f"{line_id}={data.make_imei(rng, item.tac)}"]
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.split() == ["BD0000000001"]


def test_ship_explains_a_bad_package(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ship", "X", "--package", "big box"]) == 2
    assert "30x20x10 cm 1.25 kg" in capsys.readouterr().err


def test_ship_refuses_a_tracking_id_given_for_two_packages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["ship", "X", "--package", "20x15x5 cm 300 g", "--package", "20x15x5 cm 300 g"]
    args += ["--carrier", "BlueDart", "--tracking", "BD1", "--tracking", "BD1"]
    assert main(args) == 2
    assert "each package needs its own tracking id (BD1 given twice)" in capsys.readouterr().err


def test_ship_needs_the_serials(capsys: pytest.CaptureFixture[str]) -> None:
    sid, _ = find("EASY_SHIP", serial=True)
    assert main(["ship", sid, "--package", "20x15x5 cm 300 g"]) == 2
    assert "--serial" in capsys.readouterr().err


def _furniture(program: str = "EASY_SHIP") -> tuple[str, int]:
    """A one-line shipment of a multi-piece item: its id and its pieces in all."""
    for index in range(200):
        mk_i, prog_i = data.shipment_key(SEED, index)
        if data.PROGRAMS[prog_i] != program or data.MARKETPLACES[mk_i].code not in ZPL:
            continue
        doc = data.shipment_base(SEED, index, 0.0)
        if doc["status"] != "ACCEPTED" or len(doc["lineItems"]) != 1:
            continue
        (line,) = doc["lineItems"]
        attrs = {a["key"]: a["value"] for a in line.get("customAttributes", [])}
        if line.get("pieceType") == "MULTIPLE" and not line.get("cancellations"):
            return data.shipment_id(SEED, index), line["numberOfUnits"] * int(attrs["pieces"])
    pytest.skip("no one-line multi-piece shipment")


def test_ship_a_multi_piece_item_one_package_per_piece(capsys: pytest.CaptureFixture[str]) -> None:
    sid, pieces = _furniture()
    # Fewer packages than pieces: refused before anything changes at Amazon.
    assert main(["ship", sid, "--package", "60x40x20 cm 9 kg"]) == 2
    err = capsys.readouterr().err
    assert f"ships in {pieces} pieces" in err
    assert "--pieces-together" in err
    args = ["ship", sid]
    for _ in range(pieces):
        args += ["--package", "60x40x20 cm 9 kg"]
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert len(out.split()) == pieces  # one label per piece


def test_ship_a_multi_piece_item_together_is_an_override(
    capsys: pytest.CaptureFixture[str],
) -> None:
    sid, _ = _furniture()
    code = main(["ship", sid, "--package", "120x60x40 cm 25 kg", "--pieces-together"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert len(out.split()) == 1


def test_ship_beside_the_open_bench_is_refused_before_amazon(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Two processes on one station's label spool would send a queued label twice (and each
    would take the other's labels in flight for a crash's): the second is refused, exit 2, one
    line, nothing at Amazon; once the bench is closed the same command prints one label."""
    from packstation.config.paths import app_paths
    from packstation.config.settings import Settings
    from packstation.services.runtime import Runtime
    from printers.errors import SpoolInUse

    sid, _ = find("EASY_SHIP", serial=False)
    bench = Runtime.from_settings(Settings(), app_paths())  # the open window's runtime
    try:
        code = main(["ship", sid, "--package", "30x20x10 cm 1.25 kg"])
        out, err = capsys.readouterr()
        assert code == 2, err
        assert out == ""
        (line,) = err.strip().splitlines()
        assert "in use by another Packstation" in line
        assert "nothing was sent to Amazon" in line
        assert "Traceback" not in err
        # Nothing changed at the marketplace: the bench's own sandbox still has it untouched.
        assert bench.sandbox is not None
        assert bench.sandbox.state.get_shipment(sid)["status"] == "ACCEPTED"
        with pytest.raises(SpoolInUse):
            Runtime.from_settings(Settings(), app_paths())
    finally:
        bench.close()
    code = main(["ship", sid, "--package", "30x20x10 cm 1.25 kg"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert len(out.split()) == 1
