"""The marketplace and the label printer in processes of their own, as in production.

Amazon and a Zebra are not in the packer's process, so their servers must not compete for
this process's GIL in a benchmark. ``packstation sandbox serve`` and ``packstation printer
serve`` run as children on free loopback ports; each context manager yields the address
and stops its child (SIGTERM, then SIGKILL) however the block ends.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def _child(args: list[str], log: Path, prefix: str) -> Iterator[str]:
    with log.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "packstation", *args],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        try:
            assert child.stdout is not None
            address = child.stdout.readline().strip()  # the first line is the address alone
            if not address.startswith(prefix):
                child.kill()
                child.wait(timeout=30)
                pytest.fail(f"{args[0]} did not start: {address!r}; {log.read_text()[-2000:]}")
            yield address
        finally:
            if child.poll() is None:
                child.terminate()
                try:
                    child.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    child.kill()
                    child.wait(timeout=15)
            if child.stdout is not None:
                child.stdout.close()


@contextmanager
def sandbox_process(
    log: Path, *, seed: int, shipments: int, rate_limits: bool = True
) -> Iterator[str]:
    """``packstation sandbox serve`` on 127.0.0.1: its base URL."""
    args = ["sandbox", "serve", "--host", "127.0.0.1", "--port", "0"]
    args += ["--seed", str(seed), "--shipments", str(shipments)]
    if not rate_limits:
        args.append("--no-rate-limits")
    with _child(args, log, "http://127.0.0.1:") as url:
        yield url


@contextmanager
def printer_process(log: Path, out: Path) -> Iterator[str]:
    """``packstation printer serve`` (the virtual Zebra) on 127.0.0.1: its zpl:// address."""
    out.mkdir(parents=True, exist_ok=True)
    with _child(
        ["printer", "serve", "--port", "0", "--out", str(out)], log, "zpl://127.0.0.1:"
    ) as url:
        yield url
