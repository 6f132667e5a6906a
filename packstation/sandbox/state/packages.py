"""The rules a package body must follow (createPackages, updatePackage): pure functions over the
shipment's line items, so the workflow in :mod:`.shipments` only decides *when* they apply."""

from __future__ import annotations

from typing import Any

from packstation.sandbox import data
from packstation.sandbox.state.errors import invalid

MIN_PACKAGE_WEIGHT_G = 5.0
_WEIGHT_TO_G = {"G": 1.0, "KG": 1000.0, "LB": 453.59237, "OZ": 28.349523125}

#: shipmentLineItemId -> the line item's JSON
Lines = dict[str, dict[str, Any]]


def validate_package(
    pkg: Any, where: str, *, shipment_id: str, lines: Lines, seed: int
) -> dict[str, Any]:
    """The package as it will be stored (without ``status``); InvalidInput naming ``where``."""
    if not isinstance(pkg, dict):
        raise invalid(f"{where} must be an object.")
    pid = pkg.get("id")
    if not isinstance(pid, str) or not pid.strip():
        raise invalid(f"{where}.id is required.")
    dims = pkg.get("dimensions")
    if not isinstance(dims, dict):
        raise invalid(f"{where}.dimensions is required.")
    for axis in ("length", "width", "height"):
        dim = dims.get(axis)
        if not isinstance(dim, dict) or dim.get("dimensionUnit") not in ("CM", "M", "IN"):
            raise invalid(f"{where}.dimensions.{axis} needs value and dimensionUnit CM, M or IN.")
        if _decimal(dim.get("value")) is None or (_decimal(dim.get("value")) or 0) <= 0:
            raise invalid(f"{where}.dimensions.{axis}.value must be a positive decimal string.")
    weight = pkg.get("weight")
    if not isinstance(weight, dict) or weight.get("weightUnit") not in _WEIGHT_TO_G:
        raise invalid(f"{where}.weight needs value and weightUnit G, KG, LB or OZ.")
    value = _decimal(weight.get("value"))
    if value is None:
        raise invalid(f"{where}.weight.value must be a decimal string.")
    grams = value * _WEIGHT_TO_G[weight["weightUnit"]]
    if grams < MIN_PACKAGE_WEIGHT_G:
        raise invalid(
            f"{where}.weight is {grams:.1f} g; a package must weigh at least 5 g.",
            "Weigh the package on the scale and send the real weight.",
        )
    items = pkg.get("packageLineItems")
    if not isinstance(items, list) or not items:
        raise invalid(f"{where}.packageLineItems must list the items in the package.")
    needs_hazmat = False
    for n, item in enumerate(items):
        at = f"{where}.packageLineItems[{n}]"
        if not isinstance(item, dict):
            raise invalid(f"{at} must be an object.")
        lid = item.get("packageLineItemId")
        if lid not in lines:
            raise invalid(
                f"{at}.packageLineItemId '{lid}' is not a line item of shipment {shipment_id}."
            )
        qty = item.get("quantity")
        if not isinstance(qty, int) or isinstance(qty, bool) or qty < 1:
            raise invalid(f"{at}.quantity must be a positive integer.")
        line = lines[lid]
        compliance = line.get("complianceAttributes", {})
        serials = item.get("serialNumbers") or []
        if not isinstance(serials, list) or not all(isinstance(s, str) and s for s in serials):
            raise invalid(f"{at}.serialNumbers must be a list of strings.")
        if compliance.get("serialNumberRequirement") == "REQUIRED":
            if len(serials) != qty:
                raise invalid(
                    f"{at}: line item '{lid}' requires {qty} serial number(s), got {len(serials)}.",
                    "Scan the serial number (IMEI) of every unit.",
                )
            if is_imei_item(line, seed):
                bad = [s for s in serials if not data.imei_valid(s)]
                if bad:
                    raise invalid(
                        f"{at}: {len(bad)} serial number(s) are not valid IMEIs (15 digits, Luhn)."
                    )
        elif serials:
            raise invalid(f"{at}: serial numbers are DISALLOWED for line item '{lid}'.")
        pieces = item.get("pieces")
        if pieces is not None and (
            not isinstance(pieces, int) or isinstance(pieces, bool) or pieces < 1
        ):
            raise invalid(f"{at}.pieces must be a positive integer.")
        per_unit = pieces_per_unit(line)
        if per_unit > 1:
            if pieces is None:
                raise invalid(
                    f"{at}: line item '{lid}' ships in {per_unit} pieces per unit: give the "
                    "pieces of it this package holds.",
                    "Each piece of a multi-piece item is a package of its own.",
                )
            if not qty <= pieces <= qty * per_unit:
                raise invalid(
                    f"{at}: {pieces} piece(s) cannot make {qty} unit(s) of line item '{lid}' "
                    f"({per_unit} pieces per unit)."
                )
        if compliance.get("hazmatLabelsRequirement") == "REQUIRED":
            needs_hazmat = True
    labels = pkg.get("hazmatLabels", [])
    if not isinstance(labels, list):
        raise invalid(f"{where}.hazmatLabels must be a list.")
    if needs_hazmat and not labels:
        raise invalid(f"{where} holds a hazmat item: hazmatLabels are required.")
    if pkg.get("packageHandlingRequirements") not in (None, "NORMAL", "FRAGILE"):
        raise invalid(f"{where}.packageHandlingRequirements must be NORMAL or FRAGILE.")
    return {k: v for k, v in pkg.items() if k != "status"}


def check_totals(
    packages: list[dict[str, Any]], *, shipment_id: str, lines: Lines, open_units: dict[str, int]
) -> None:
    """The packages together hold every open unit (or piece) once, and no serial number twice."""
    totals: dict[str, int] = {}
    pieces: dict[str, int] = {}
    serials: set[str] = set()
    for pkg in packages:
        for item in pkg["packageLineItems"]:
            lid = item["packageLineItemId"]
            totals[lid] = totals.get(lid, 0) + item["quantity"]
            pieces[lid] = pieces.get(lid, 0) + (item.get("pieces") or 0)
            for s in item.get("serialNumbers") or []:
                if s in serials:
                    raise invalid(f"Serial number {s} appears twice in shipment {shipment_id}.")
                serials.add(s)
    for lid, units in open_units.items():
        per_unit = pieces_per_unit(lines[lid])
        if per_unit > 1:
            # A multi-piece item: its pieces add up (one unit may span packages).
            if pieces.get(lid, 0) != units * per_unit:
                raise invalid(
                    f"Line item '{lid}' has {units} unit(s) of {per_unit} pieces to ship but "
                    f"the packages hold {pieces.get(lid, 0)} piece(s).",
                    "The pieces of a multi-piece line item must add up to its units' pieces.",
                )
            continue
        if totals.get(lid, 0) != units:
            raise invalid(
                f"Line item '{lid}' has {units} unit(s) to ship but the packages hold {totals.get(lid, 0)}.",
                "The package quantities of each line item must add up to its units.",
            )


def is_imei_item(line: dict[str, Any], seed: int) -> bool:
    sku = line.get("merchantSku")
    return any(it.sku == sku and it.category == "phone" for it in data.catalogue(seed))


def pieces_per_unit(line: dict[str, Any]) -> int:
    """Pieces per unit of a line item: its ``pieces`` attribute for pieceType MULTIPLE, else 1."""
    if line.get("pieceType") != "MULTIPLE":
        return 1
    for attr in line.get("customAttributes") or []:
        if attr.get("key") == "pieces" and str(attr.get("value", "")).isdigit():
            return max(1, int(attr["value"]))
    return 1


def _decimal(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None
