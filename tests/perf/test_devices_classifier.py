"""Scan classifier throughput: scans per second over a realistic mix."""

from __future__ import annotations

import time
from typing import Any

from packstation.devices.barcodes import ScanKind, classify

MIX = [
    "]C101095011010209172112345\x1d10LOT1\x1d17251231",  # GS1-128 with serial, lot, expiry
    "5901234123457",  # EAN-13
    "490154203237518",  # IMEI
    "X001ABC123",  # FNSKU
    "171-5555555-1234567",  # order id
    "D51ExWpdp",  # shipment id shape
    "PS:FINISH",  # action
    "1Z999AA10123456784",  # UPS tracking
    "garbage-code!",  # unknown
    "5901234123458",  # wrong check digit
]


def test_devices_classifier_throughput(record: Any) -> None:
    shipment_ids = {f"S{n:02d}ExWpdp" for n in range(100)}
    item_codes = {f"SKU-{n}" for n in range(5000)}
    for code in MIX:  # warm-up (imports, regex compilation)
        classify(code)
    rounds = 2000
    started = time.perf_counter()
    for _ in range(rounds):
        for code in MIX:
            classify(code, shipment_ids=shipment_ids, item_codes=item_codes)
    elapsed = time.perf_counter() - started
    scans = rounds * len(MIX)
    record["scans"] = scans
    record["scans_per_second"] = round(scans / elapsed)
    record["mean_us_per_scan"] = round(elapsed / scans * 1e6, 1)
    for code in MIX:
        started = time.perf_counter()
        for _ in range(500):
            result = classify(code)
        per = (time.perf_counter() - started) / 500 * 1e6
        record[f"us[{result.detail or result.kind.value}]"] = round(per, 1)
    assert classify(MIX[0]).kind is ScanKind.ITEM
