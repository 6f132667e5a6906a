"""The built-in sandbox keeps its marketplace in a file across restarts (issue 18, item 5)."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import httpx

from packstation.sandbox.persistence import StateFile
from packstation.sandbox.server import SandboxServer
from tests.sandbox.conftest import token_for
from tests.sandbox.flow import S, find, packages_for, to_labels

INV = "/externalFulfillment/inventory/2024-09-11/inventories"
RET = "/externalFulfillment/2024-09-11/returns"


def _comparable(dump: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in dump.items() if k not in ("now", "requests", "stateFile")}


def test_state_survives_a_stop_and_start(tmp_path: Path) -> None:
    path = tmp_path / "data" / "sandbox-state.json"
    with SandboxServer(seed=5, shipments=40, rate_limits=False, state_file=path) as srv:
        token = token_for(srv.base_url)
        api = httpx.Client(base_url=srv.base_url, headers={"x-amz-access-token": token})
        admin = httpx.Client(base_url=srv.admin_url)
        with api, admin:
            labelled = find(admin, "SELLER_FLEX")
            labels = to_labels(api, admin, labelled)
            confirmed = find(admin, "EASY_SHIP")
            assert api.post(f"{S}/{confirmed}", params={"operation": "CONFIRM"}).status_code == 204
            packed = find(admin, "SELF_SHIP")
            assert api.post(f"{S}/{packed}", params={"operation": "CONFIRM"}).status_code == 204
            shipment = api.get(f"{S}/{packed}").json()
            pkgs = packages_for(admin, shipment)
            assert api.post(f"{S}/{packed}/packages", json={"packages": pkgs}).status_code == 204
            inv = admin.get("/state").json()["inventory"][0]
            update = {
                "method": "POST",
                "uri": f"/inventory/update?locationId={inv['locationId']}&skuId={inv['skuId']}",
                "body": {"quantity": 77, "clientSequenceNumber": 4242},
            }
            assert api.post(INV, json={"requests": [update]}).status_code == 207
            assert admin.post("/clock", json={"seconds": 3 * 86400}).status_code == 200
            api.headers["x-amz-access-token"] = token_for(srv.base_url)  # 3 days later
            returns = api.get(RET, params={"maxResults": 100}).json()
            assert returns["returns"]
            before = _comparable(admin.get("/state", params={"full": 1}).json())
            label_url = labels["packageShipLabelList"][0]["fileData"]["url"]
    assert before["statusCounts"]["DELIVERED"] >= 1  # the labelled one, moved on by the clock

    with SandboxServer(seed=5, shipments=40, rate_limits=False, state_file=path) as again:
        assert again.state_origin == "loaded"
        # (The access token of the first run expired with the 3 days the clock moved.)
        fresh = token_for(again.base_url)
        api = httpx.Client(base_url=again.base_url, headers={"x-amz-access-token": fresh})
        admin = httpx.Client(base_url=again.admin_url)
        with api, admin:
            after = _comparable(admin.get("/state", params={"full": 1}).json())
            assert after == before
            assert again.state.tokens[token] < again.state.now()  # kept, and expired
            got = api.get(f"{S}/{labelled}").json()
            assert got["packages"][0]["status"] in ("SHIPLABEL_GENERATED", "SHIPPED", "DELIVERED")
            assert api.get(f"{S}/{packed}").json()["status"] == "PACKAGE_CREATED"
            assert api.get(f"{S}/{confirmed}").json()["status"] == "CONFIRMED"
            assert api.get(RET, params={"maxResults": 100}).json() == returns
            fetched = {**update, "uri": update["uri"].replace("update", "fetch"), "body": {}}
            body = api.post(INV, json={"requests": [fetched]}).json()["responses"][0]["body"]
            assert body["clientSequenceNumber"] == 4242
            # The label of the first run is still at its URL (same signing key, same token).
            label = httpx.get(label_url.replace(label_url.split("/labels/")[0], again.base_url))
            assert label.status_code in (200, 403)  # 403 only once the URL's 300 s expired


def test_the_state_file_is_private_and_replaced_atomically(tmp_path: Path) -> None:
    path = tmp_path / "new-folder" / "sandbox-state.json"
    with SandboxServer(seed=1, shipments=5, rate_limits=False, state_file=path) as srv:
        token_for(srv.base_url)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert sorted(p.name for p in path.parent.iterdir()) == ["sandbox-state.json"]
    assert json.loads(path.read_text())["format"] == "packstation-sandbox-state"


def test_reset_is_explicit_and_clears_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sandbox-state.json"
    with SandboxServer(seed=2, shipments=10, rate_limits=False, state_file=path) as srv:
        headers = {"x-amz-access-token": token_for(srv.base_url)}
        admin = httpx.Client(base_url=srv.admin_url)
        with admin:
            sid = find(admin, "SELLER_FLEX")
            r = httpx.post(
                srv.base_url + f"{S}/{sid}", params={"operation": "CONFIRM"}, headers=headers
            )
            assert r.status_code == 204
            assert admin.post("/reset", json={}).status_code == 200
    # The admin reset was written: a restart meets the fresh marketplace.
    with SandboxServer(seed=2, shipments=10, rate_limits=False, state_file=path) as srv:
        assert srv.state.records[sid].status != "CONFIRMED"
        headers = {"x-amz-access-token": token_for(srv.base_url)}
        r = httpx.post(
            srv.base_url + f"{S}/{sid}", params={"operation": "CONFIRM"}, headers=headers
        )
        assert r.status_code == 204
    with SandboxServer(seed=2, shipments=10, rate_limits=False, state_file=path, reset=True) as srv:
        assert srv.state_origin == "reset"
        assert srv.state.records[sid].status != "CONFIRMED"
    loaded = SandboxServer(seed=99, shipments=1, rate_limits=False, state_file=path)
    assert loaded.state.seed == 2  # the file wins over the arguments
    assert loaded.state.records[sid].status != "CONFIRMED"


def test_a_damaged_file_is_set_aside_loudly(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sandbox-state.json"
    path.write_text('{"format": "packstation-sandbox-state", "vers')
    srv = SandboxServer(seed=3, shipments=4, rate_limits=False, state_file=path)
    assert srv.state_origin == "replaced-damaged"
    assert (tmp_path / "sandbox-state.json.damaged").exists()
    assert StateFile(path).exists()
    assert any("unreadable" in r.getMessage() for r in caplog.records)


def _serve(path: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PACKSTATION_HOME": str(path.parent / "home")}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "packstation",
            "sandbox",
            "serve",
            "--seed",
            "4",
            "--shipments",
            "30",
            "--no-rate-limits",
            "--state",
            str(path),
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def test_kill_9_mid_traffic_leaves_a_loadable_file_with_every_answered_change(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sandbox-state.json"
    proc = _serve(path)
    confirmed: list[str] = []
    try:
        assert proc.stdout is not None
        base = proc.stdout.readline().strip()
        assert base.startswith("http://127.0.0.1:"), base
        headers = {"x-amz-access-token": token_for(base)}
        state = httpx.get(base + "/_sandbox/state").json()
        ids = [s["id"] for s in state["shipments"] if s["status"] in ("CREATED", "ACCEPTED")]
        assert len(ids) >= 6
        killed = threading.Event()

        def traffic() -> None:
            with httpx.Client(base_url=base, headers=headers, timeout=5) as client:
                for sid in ids:
                    if killed.is_set():
                        return
                    try:
                        r = client.post(f"{S}/{sid}", params={"operation": "CONFIRM"})
                    except httpx.HTTPError:
                        return
                    if r.status_code == 204:
                        confirmed.append(sid)

        worker = threading.Thread(target=traffic)
        worker.start()
        # Kill once a few changes have been answered, while the others are in flight.
        while len(confirmed) < 3 and worker.is_alive():
            worker.join(0.01)
        proc.send_signal(signal.SIGKILL)
        killed.set()
        worker.join(10)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()
    assert len(confirmed) >= 3
    loaded = SandboxServer(seed=4, shipments=30, rate_limits=False, state_file=path)
    assert loaded.state_origin == "loaded"
    for sid in confirmed:  # what a client was told is on disk
        assert loaded.state.records[sid].status == "CONFIRMED"
    assert not list(tmp_path.glob(".sandbox-state.json.*.tmp")) or True  # a kill may leave one


def test_serve_reset_starts_fresh(tmp_path: Path) -> None:
    path = tmp_path / "sandbox-state.json"
    with SandboxServer(seed=4, shipments=30, rate_limits=False, state_file=path) as srv:
        sid = next(r.id for r in srv.state.records.values() if r.status == "ACCEPTED")
        headers = {"x-amz-access-token": token_for(srv.base_url)}
        r = httpx.post(
            srv.base_url + f"{S}/{sid}", params={"operation": "CONFIRM"}, headers=headers
        )
        assert r.status_code == 204
    proc = _serve(path, "--reset")
    try:
        assert proc.stdout is not None
        base = proc.stdout.readline().strip()
        state = httpx.get(base + "/_sandbox/state", params={"full": 1}).json()
        assert next(s for s in state["shipments"] if s["id"] == sid)["status"] == "ACCEPTED"
        assert state["stateFile"]["origin"] == "reset"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()
