"""``packstation sandbox serve`` as a real subprocess."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import httpx


def test_serve_prints_its_url_then_serves_until_terminated(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PACKSTATION_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "packstation",
            "sandbox",
            "serve",
            "--port",
            "0",
            "--seed",
            "3",
            "--shipments",
            "12",
            "--no-rate-limits",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()
        assert first.startswith("http://127.0.0.1:"), first
        token = httpx.post(
            first + "/auth/o2/token",
            data={
                "grant_type": "refresh_token",
                "client_id": "c",
                "client_secret": "s",
                "refresh_token": "r",
            },
        ).json()
        answer = httpx.get(
            first + "/externalFulfillment/2024-09-11/shipments",
            params={"status": "ACCEPTED", "maxResults": 100},
            headers={"x-amz-access-token": token["access_token"]},
        )
        assert answer.status_code == 200
        assert 0 < len(answer.json()["shipments"]) <= 12
        assert httpx.get(first + "/_sandbox/state").json()["seed"] == 3
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
