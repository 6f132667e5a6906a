"""Product titles on the Pack page's lines: from the line's custom attributes or a catalogue."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6 import QtCore

from packstation.domain.shipments import ShipmentLineItem
from packstation.gui.models.pack_lines import PackLine, PackLinesModel

pytestmark = pytest.mark.gui

_DISPLAY = QtCore.Qt.ItemDataRole.DisplayRole


def line_item(line_id: str, sku: str, **attributes: str) -> ShipmentLineItem:
    return ShipmentLineItem.model_validate(
        {
            "shipmentLineItemId": line_id,
            "merchantSku": sku,
            "numberOfUnits": 2,
            "charges": [],
            "complianceAttributes": {
                "serialNumberRequirement": "DISALLOWED",
                "hazmatLabelsRequirement": "DISALLOWED",
                "countryOfOriginRequirement": "DISALLOWED",
                "itemValueRequirement": "DISALLOWED",
            },
            "customAttributes": [
                {"key": key, "type": "STRING", "value": value} for key, value in attributes.items()
            ],
        }
    )


def test_the_title_attribute_is_shown_under_the_sku() -> None:
    item = line_item("1", "SBX-GEN-001", gtin="8901234567897", title="Steel  water bottle\n750 ml")
    line = PackLine.from_line_item(item)
    assert line.title == "Steel water bottle 750 ml"  # one line: the cell has room for two
    assert line.barcode == "8901234567897"
    model = PackLinesModel()
    model.set_lines([line])
    index = model.index(0, PackLinesModel.COL_ITEM)
    assert index.data(_DISPLAY) == "SBX-GEN-001\nSteel water bottle 750 ml"
    # the full name also in the tooltip (an elided cell) and for screen readers
    assert "Steel water bottle 750 ml" in index.data(QtCore.Qt.ItemDataRole.ToolTipRole)
    assert "Steel water bottle 750 ml" in index.data(QtCore.Qt.ItemDataRole.AccessibleTextRole)


@pytest.mark.parametrize("key", ["productName", "item_name", "Title"])
def test_other_channels_title_keys(key: str) -> None:
    line = PackLine.from_line_item(line_item("1", "SKU-1", **{key: "Yoga mat 6 mm"}))
    assert line.title == "Yoga mat 6 mm"


def test_a_catalogue_title_when_the_shipment_has_none() -> None:
    bare = line_item("1", "SKU-1", gtin="8901234567897")
    assert PackLine.from_line_item(bare).title == ""
    assert PackLine.from_line_item(bare, title="Yoga mat 6 mm").title == "Yoga mat 6 mm"
    named = line_item("1", "SKU-1", title="Backpack 25 L")
    assert PackLine.from_line_item(named, title="old name").title == "Backpack 25 L"


def test_multidata_serves_the_title_and_the_model_passes_qtmodeltester(
    qtmodeltester: Any,
) -> None:
    model = PackLinesModel()
    model.set_lines(
        [
            PackLine.from_line_item(line_item("1", "SKU-1", title="Ceramic coffee mug")),
            PackLine.from_line_item(line_item("2", "SKU-2")),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    roles = [
        QtCore.QModelRoleData(int(r.value)) for r in (_DISPLAY, QtCore.Qt.ItemDataRole.FontRole)
    ]
    model.multiData(model.index(0, PackLinesModel.COL_ITEM), roles)  # type: ignore[arg-type]
    assert roles[0].data() == "SKU-1\nCeramic coffee mug"
    model.multiData(model.index(1, PackLinesModel.COL_ITEM), roles)  # type: ignore[arg-type]
    assert roles[0].data() == "SKU-2"  # no title: the SKU alone, no empty second line
