"""``packstation inventory push|fetch`` end to end on the sandbox profile's built-in marketplace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from packstation.cli import main
from packstation.sandbox.data import MARKETPLACES, catalogue

SKUS = [item.sku for item in catalogue(7)]
LOCATION = MARKETPLACES[0].location_id


@pytest.fixture(autouse=True)
def sandbox_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACKSTATION_SANDBOX__SEED", "7")
    monkeypatch.setenv("PACKSTATION_SANDBOX__SHIPMENTS", "10")


def test_push_refuses_a_file_with_bad_rows_and_prints_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "stock.csv"
    path.write_text(f"sku,quantity\n{SKUS[0]},5\n{SKUS[1]},-3\n,4\n")
    assert main(["inventory", "push", str(path)]) == 2
    err = capsys.readouterr().err
    assert "row 3:" in err
    assert "row 4:" in err
    assert "nothing was applied" in err


def test_push_with_skip_bad_rows_pushes_the_valid_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "stock.csv"
    rows = "\n".join(f"{sku},{10 + i}" for i, sku in enumerate(SKUS[:11]))
    path.write_text(f"sku,quantity\n{rows}\n{SKUS[12]},lots\n")
    assert main(["inventory", "push", str(path), "--skip-bad-rows"]) == 0
    out, err = capsys.readouterr()
    assert "(skipped)" in err
    assert "11 pushed, 0 refused, 2 call(s)" in out


def test_push_reports_refused_items_with_exit_code_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "stock.csv"
    path.write_text(f"sku,quantity,location\n{SKUS[0]},5,{LOCATION}\nNOPE-1,4,{LOCATION}\n")
    assert main(["inventory", "push", str(path)]) == 3
    out, err = capsys.readouterr()
    assert "1 pushed, 1 refused" in out
    assert "refused: NOPE-1" in err


def test_fetch_prints_sellable_reserved_and_total(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inventory", "fetch", SKUS[0], SKUS[1], "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["sku"] for r in rows] == SKUS[:2]
    for r in rows:
        assert r["total"] == r["sellable"] + r["reserved"]
    assert main(["inventory", "fetch", SKUS[0], "--location", LOCATION]) == 0
    out = capsys.readouterr().out
    assert "sellable" in out
    assert SKUS[0] in out


def test_inventory_and_returns_run_beside_the_open_bench(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """They print nothing, so they leave the station's label spool to the open window."""
    from packstation.config.paths import app_paths
    from packstation.config.settings import Settings
    from packstation.services.runtime import Runtime

    bench = Runtime.from_settings(Settings(), app_paths())  # holds the label spool
    try:
        assert main(["inventory", "fetch", SKUS[0], "--json"]) == 0
        assert [r["sku"] for r in json.loads(capsys.readouterr().out)] == [SKUS[0]]
        assert main(["returns", "list"]) == 0, capsys.readouterr().err
    finally:
        bench.close()
