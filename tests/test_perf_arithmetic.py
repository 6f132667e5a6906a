"""The benchmarks' arithmetic (``make perf`` runs them; their sums are checked here).

The finish benchmarks divide the packer's wait by the unavoidable round trips. A label download
that succeeded is inside its ``label_fetch`` and must count once: the benchmarks subtracted every
client download, so the successful one was not counted at all (one label download per package
was taken for overhead).
"""

from __future__ import annotations

import pytest

from tests.perf.test_finish_wait import FAILED, TimedClient, round_trips


class _Client:
    def download_label(self, url: str) -> bytes:
        if url == "gone":
            raise OSError("403")
        return b"^XA^XZ"

    def create_packages(self) -> None:
        return None


def test_a_successful_download_counts_once_in_its_label_fetch() -> None:
    calls = [
        ("create_packages", 0.100),
        ("download_label", 0.010),
        ("label_fetch", 0.010),
        ("printer_job", 0.008),
    ]
    assert round_trips(calls) == pytest.approx(0.110)


def test_a_failed_download_before_the_fetch_that_worked_is_not_counted() -> None:
    calls = [
        (FAILED + "download_label", 0.004),
        ("download_label", 0.010),
        ("label_fetch", 0.015),
    ]
    assert round_trips(calls) == pytest.approx(0.011)


def test_the_timed_client_names_a_call_that_raised() -> None:
    timed = TimedClient(_Client())
    timed.create_packages()
    timed.download_label("fine")
    with pytest.raises(OSError, match="403"):
        timed.download_label("gone")
    assert [name for name, _ in timed.calls] == [
        "create_packages",
        "download_label",
        FAILED + "download_label",
    ]
