"""Generated data (check digits, determinism, languages) and the label / invoice documents."""

from __future__ import annotations

import re

from packstation.sandbox import data, documents
from packstation.sandbox.marketplace import MarketplaceState


def test_catalogue_barcodes_and_imeis_are_valid() -> None:
    items = data.catalogue(7)
    assert all(data.gtin_valid(it.gtin) for it in items)
    assert len({it.sku for it in items}) == len(items)
    phone = next(it for it in items if it.serial_required)
    state = MarketplaceState(seed=7, shipments=0)
    assert all(data.imei_valid(i) for i in state.sample_imeis(phone.sku, 20))
    assert data.imei_valid("490154203237518")
    assert not data.imei_valid("490154203237519")


def test_generator_is_deterministic_and_varied() -> None:
    epoch = 1_700_000_000.0
    a = [data.shipment_base(11, i, epoch) for i in range(300)]
    b = [data.shipment_base(11, i, epoch) for i in range(300)]
    assert a == b
    markets = {s["marketplaceAttributes"]["marketplaceId"] for s in a}
    assert len(markets) == 6
    programs = {
        (s["marketplaceAttributes"]["channelName"], s["shippingInfo"]["shippingType"]) for s in a
    }
    assert programs == {("MFN", "MARKETPLACE"), ("MFN", "SELF"), ("FBA", "MARKETPLACE")}
    names = " ".join(s["shippingInfo"]["shipToAddress"]["name"] for s in a)
    assert re.search("[\u0600-\u06ff]", names)
    assert re.search("[\u0900-\u097f]", names)
    assert re.search("[şğı]", names)
    assert {s["shipmentInfo"]["priority"] for s in a} == {"HIGH", "LOW"}
    assert any(s["shipmentInfo"]["paymentMethod"] == "CASH_ON_DELIVERY" for s in a)
    assert any(len(s["lineItems"]) > 1 for s in a)
    assert any(li.get("hazmatLabels") for s in a for li in s["lineItems"])
    assert any(
        li["giftAttributes"]["giftMessagePresence"] == "PRESENT" for s in a for li in s["lineItems"]
    )
    assert any(li["pieceType"] == "MULTIPLE" for s in a for li in s["lineItems"])
    # Amazon's timestamp quirks
    s = a[0]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ", s["earliestPackDateTime"])
    assert s["shipmentInfo"]["orderPlacedTimestamp"].isdigit()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z", s["lastUpdatedDateTime"])
    ships = [data.parse_iso(x["shippingInfo"]["expectedShippingDateTimeInUTC"]) for x in a]
    assert min(ships) < epoch < max(ships)


def _info(name: str) -> documents.LabelInfo:
    return documents.LabelInfo(
        shipment_id="S1",
        package_id="P1",
        package_number=2,
        package_count=3,
        carrier="ATSPL",
        tracking_id="IN123456789012",
        ship_to={
            "name": name,
            "addressLine1": "1 Main Rd",
            "city": "دبي",
            "postalCode": "00000",
            "countryCode": "AE",
        },
        ship_from={"name": "Seller", "postalCode": "560001"},
        weight={"value": "350", "weightUnit": "G"},
        cod=True,
        priority="HIGH",
    )


def test_zpl_label_escapes_every_field() -> None:
    evil = "Mallory ^XZ^XA^FDpwn~JR ^FS"
    zpl = documents.label_zpl(_info(evil))
    assert zpl.startswith("^XA")
    assert zpl.rstrip().endswith("^XZ")
    assert "^CI28" in zpl
    assert "^PW812" in zpl
    assert "^LL1218" in zpl
    assert zpl.count("^XA") == 1
    assert zpl.count("^XZ") == 1
    assert "~JR" not in zpl
    # every ^FD is preceded by ^FH
    assert zpl.count("^FD") == len(re.findall(r"\^FH_?\^FD", zpl))
    assert "^BCN" in zpl
    assert "IN123456789012" in zpl
    assert documents.zpl_field("دبي") == "_D8_AF_D8_A8_D9_8A"
    assert "PKG 2 of 3" in zpl


def test_pdf_and_png_labels() -> None:
    pdf = documents.label_pdf(_info("Ayşe Yılmaz"))
    assert pdf.startswith(b"%PDF-")
    png = documents.label_png(_info("राहुल शर्मा"))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    import io

    import zxingcpp
    from PIL import Image

    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)).convert("L"))
    assert "IN123456789012" in [b.text for b in found]


def test_invoice_pdf_in_every_script() -> None:
    state = MarketplaceState(seed=7, shipments=40)
    for rec in list(state.records.values())[:12]:
        doc = state.shipment_json(rec)
        pdf = documents.invoice_pdf(doc, state.marketplace_of(rec).code)
        assert pdf.startswith(b"%PDF-")
        assert len(pdf) > 1000
