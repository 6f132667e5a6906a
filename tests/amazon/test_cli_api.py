"""``packstation api`` against the built-in sandbox marketplace (a real HTTP server)."""

from __future__ import annotations

import importlib.util
import json

import pytest

from packstation.cli import main
from packstation.cli.api import parse_params
from packstation.cli.common import CommandError

needs_sandbox = pytest.mark.skipif(
    importlib.util.find_spec("packstation.sandbox.server") is None,
    reason="the built-in sandbox (packstation.sandbox.server) is not available",
)


def test_parameters_are_parsed_as_named_in_the_model() -> None:
    params, body, follow = parse_params(
        ["--status", "ACCEPTED", "--maxResults=5", "--all", "--body", "b.json"]
    )
    assert params == {"status": "ACCEPTED", "maxResults": "5"}
    assert body == "b.json"
    assert follow
    with pytest.raises(CommandError, match="needs a value"):
        parse_params(["--status"])
    with pytest.raises(CommandError, match="expected --NAME"):
        parse_params(["ACCEPTED"])


def test_unknown_operation_and_parameter_are_usage_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["api", "getEverything"]) == 2
    assert "getShipments" in capsys.readouterr().err
    assert main(["api", "getShipment", "--all"]) == 2


@needs_sandbox
def test_get_shipments_all_prints_one_json_object_per_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PACKSTATION_SANDBOX__SHIPMENTS", "40")
    monkeypatch.setenv("PACKSTATION_SANDBOX__RATE_LIMITS", "false")
    assert main(["api", "getShipments", "--status", "ACCEPTED", "--maxResults", "3", "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    items = [json.loads(line) for line in lines]
    assert items
    assert all(item["status"] == "ACCEPTED" for item in items)

    assert main(["api", "getShipment", "--shipmentId", items[0]["id"]]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == items[0]["id"]


@needs_sandbox
def test_errors_print_amazons_error_list_and_exit_non_zero(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PACKSTATION_SANDBOX__SHIPMENTS", "5")
    assert main(["api", "getShipment", "--shipmentId", "NO-SUCH-SHIPMENT"]) == 1
    err = json.loads(capsys.readouterr().err)
    assert err["error"] == "NotFoundError"
    assert err["status"] == 404
    assert err["errors"]
