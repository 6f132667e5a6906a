"""Real documents the sandbox marketplace hands out: invoice PDFs and 4x6 shipping labels.

* :func:`invoice_pdf`: an A4 tax invoice (reportlab) with seller, buyer, lines, taxes per
  marketplace and totals. Latin text (Turkish too) is drawn with Noto Sans (falling back to
  DejaVu, then Helvetica, when a font file is missing); reportlab does not shape, so Arabic and
  Devanagari text is shaped by :mod:`printers.text` and drawn as an image at 300 dpi.
* :func:`label_zpl`: a 4x6 inch label at 203 dpi in ZPL II, UTF-8 (``^CI28``); every data field is
  sent with ``^FH`` hex escapes so no name or address can inject printer commands, and a name or
  address line the printer's font cannot draw goes as a ``^GF`` graphic of the shaped text
  (:func:`printers.zpl.text.text_field`). The tracking id is a Code 128 barcode (``^BC``).
* :func:`label_pdf` and :func:`label_png`: the same label as a PDF page or a 203 dpi PNG, for the
  channels that hand out those formats (text shaped the same way).
"""

from __future__ import annotations

import io
import logging
import struct
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from printers.text import TextRasterError, font_file, render_text, script_of
from printers.zpl.text import text_field

log = logging.getLogger(__name__)

#: Arabic and Devanagari text in PDFs: rendered at this many pixels per PDF point (300 dpi).
_PDF_TEXT_SCALE = 300 / 72


@lru_cache(maxsize=8)
def _pdf_font(script: str) -> str:
    """A registered reportlab font name for ``script`` (Helvetica when no font file exists)."""
    path = font_file(script)
    if path is None:
        log.warning("no font with %s glyphs found; invoices fall back to Helvetica", script)
        return "Helvetica"
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = f"Sbx-{script}"
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except Exception:  # a broken font file must not break the marketplace
        log.warning("cannot load font %s; falling back to Helvetica", path.name)
        return "Helvetica"
    return name


def _draw(
    canvas: Any, x: float, y: float, text: str, size: float = 9, *, right: bool = False
) -> None:
    """``text`` with its baseline at ``y``, starting (ending, ``right``) at ``x``."""
    if script_of(text) != "latin" and _draw_shaped(canvas, x, y, text, size, right=right):
        return
    canvas.setFont(_pdf_font("latin"), size)
    if right:
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)


def _draw_shaped(canvas: Any, x: float, y: float, text: str, size: float, *, right: bool) -> bool:
    """Arabic or Devanagari text as an image of the shaped text (reportlab does not shape);
    False when it cannot be rendered."""
    from reportlab.lib.utils import ImageReader

    try:
        rendered = render_text(text, round(size * _PDF_TEXT_SCALE))
    except TextRasterError as exc:
        log.warning("invoice text not shaped: %s", exc)
        return False
    image = rendered.image
    width = image.width / _PDF_TEXT_SCALE
    height = image.height / _PDF_TEXT_SCALE
    below = (image.height - rendered.baseline) / _PDF_TEXT_SCALE
    left = x - width if right else x
    # White is transparent, so the image never hides a rule or a neighbouring column.
    canvas.drawImage(
        ImageReader(image.convert("RGB")), left, y - below, width, height, mask=[250, 255] * 3
    )
    return True


def _address_lines(addr: dict[str, Any]) -> list[str]:
    lines = [addr.get("name", "")]
    lines += [addr[k] for k in ("addressLine1", "addressLine2", "addressLine3") if addr.get(k)]
    lines.append(" ".join(str(addr.get(k, "")) for k in ("postalCode", "city") if addr.get(k)))
    lines.append(", ".join(str(addr[k]) for k in ("state", "countryCode") if addr.get(k)))
    return [ln for ln in lines if ln]


# ---------------------------------------------------------------- invoice


def invoice_pdf(shipment: dict[str, Any], marketplace: str, *, packing_slip: bool = False) -> bytes:
    """A one-page (or longer) tax invoice for ``shipment`` (Amazon Shipment JSON).

    ``packing_slip``: the same page headed PACKING SLIP, for a shipment without a tax invoice.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=True)
    width, height = A4
    parties = {p.get("partyType"): p for p in shipment.get("partyInfoList", [])}
    seller = parties.get("SELLING_PARTY", {})
    buyer_addr = shipment.get("shippingInfo", {}).get("shipToAddress") or parties.get(
        "BILL_TO_PARTY", {}
    ).get("address", {})
    invoice = shipment.get("invoiceInfo", {})
    if packing_slip:
        canvas.setTitle(f"Packing slip {shipment.get('id', '')}")
    else:
        canvas.setTitle(f"Tax invoice {invoice.get('invoiceId', '')}")
    _draw(canvas, 40, height - 50, "PACKING SLIP" if packing_slip else "TAX INVOICE", 16)
    _draw(
        canvas, width - 40, height - 50, f"Invoice {invoice.get('invoiceId', '-')}", 10, right=True
    )
    _draw(
        canvas,
        width - 40,
        height - 64,
        f"Date {invoice.get('creationDateTime', '-')}",
        9,
        right=True,
    )
    _draw(
        canvas,
        width - 40,
        height - 78,
        f"Order {shipment.get('shipmentInfo', {}).get('buyerOrderId', '')}",
        9,
        right=True,
    )
    _draw(
        canvas,
        width - 40,
        height - 92,
        f"Shipment {shipment.get('id', '')} ({marketplace})",
        9,
        right=True,
    )
    y = height - 120
    _draw(canvas, 40, y, "Sold by", 10)
    _draw(canvas, 300, y, "Ship to", 10)
    seller_lines = _address_lines(seller.get("address", {}))
    tax = seller.get("taxInfo", {})
    if tax:
        seller_lines.append(f"{tax.get('type', 'VAT')} {tax.get('number', '')}")
    for n, line in enumerate(seller_lines):
        _draw(canvas, 40, y - 14 - n * 12, line)
    for n, line in enumerate(_address_lines(buyer_addr)):
        _draw(canvas, 300, y - 14 - n * 12, line)
    y -= 110
    cols = (40, 110, 300, 340, 410, 480)
    for x, title in zip(cols, ("SKU", "Item", "Qty", "Net", "Tax", "Total"), strict=True):
        _draw(canvas, x, y, title, 9)
    canvas.line(40, y - 4, width - 40, y - 4)
    y -= 18
    totals: dict[str, float] = {"net": 0.0, "tax": 0.0, "total": 0.0}
    currency = ""
    tax_by_type: dict[str, float] = {}
    for line in shipment.get("lineItems", []):
        net = tax_amount = total = 0.0
        for charge in line.get("charges", []):
            currency = charge["totalCharge"]["netAmount"]["currencyCode"]
            net += float(charge["baseCharge"]["netAmount"]["value"])
            total += float(charge["totalCharge"]["netAmount"]["value"])
            tax_amount += float(charge["totalTax"]["charge"]["netAmount"]["value"])
            for t in charge.get("taxBreakup", []):
                key = f"{t.get('type', 'TAX')} {float(t.get('rate', 0)) * 100:g}%"
                tax_by_type[key] = tax_by_type.get(key, 0.0) + float(
                    t["charge"]["netAmount"]["value"]
                )
        totals["net"] += net
        totals["tax"] += tax_amount
        totals["total"] += total
        title = next(
            (a["value"] for a in line.get("customAttributes", []) if a.get("key") == "title"),
            line.get("hsnCode", ""),
        )
        _draw(canvas, cols[0], y, str(line.get("merchantSku", ""))[:14], 8)
        _draw(canvas, cols[1], y, f"HSN {title}"[:36], 8)
        _draw(canvas, cols[2] + 20, y, str(line.get("numberOfUnits", "")), 8, right=True)
        _draw(canvas, cols[3] + 50, y, f"{net:.2f}", 8, right=True)
        _draw(canvas, cols[4] + 50, y, f"{tax_amount:.2f}", 8, right=True)
        _draw(canvas, cols[5] + 70, y, f"{total:.2f}", 8, right=True)
        y -= 14
        if y < 120:
            canvas.showPage()
            y = height - 60
    canvas.line(40, y + 4, width - 40, y + 4)
    y -= 10
    for key, amount in tax_by_type.items():
        _draw(canvas, 400, y, key, 9)
        _draw(canvas, width - 40, y, f"{amount:.2f} {currency}", 9, right=True)
        y -= 13
    _draw(canvas, 400, y, "Net total", 9)
    _draw(canvas, width - 40, y, f"{totals['net']:.2f} {currency}", 9, right=True)
    y -= 13
    _draw(canvas, 400, y, "Tax total", 9)
    _draw(canvas, width - 40, y, f"{totals['tax']:.2f} {currency}", 9, right=True)
    y -= 16
    _draw(canvas, 400, y, "Invoice total", 11)
    _draw(canvas, width - 40, y, f"{totals['total']:.2f} {currency}", 11, right=True)
    payment = shipment.get("shipmentInfo", {}).get("paymentMethod")
    if payment == "CASH_ON_DELIVERY":
        _draw(canvas, 40, y, "Cash on delivery: collect the invoice total.", 10)
    _draw(canvas, 40, 40, "Packstation sandbox marketplace: not a real tax document.", 7)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


# ---------------------------------------------------------------- labels


@dataclass(frozen=True)
class LabelInfo:
    shipment_id: str
    package_id: str
    package_number: int
    package_count: int
    carrier: str
    tracking_id: str
    ship_to: dict[str, Any]
    ship_from: dict[str, Any]
    weight: dict[str, Any]
    cod: bool = False
    priority: str = "LOW"
    hazmat: bool = False
    reprint: bool = False


_ZPL_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,-/:#()+")


def zpl_field(text: str) -> str:
    """``text`` as ^FH field data: every byte outside a small safe set becomes ``_XX`` (UTF-8)."""
    out = []
    for byte in text.encode("utf-8"):
        out.append(chr(byte) if byte in _ZPL_SAFE else f"_{byte:02X}")
    return "".join(out)


def _fd(x: int, y: int, text: str, height: int = 30, width: int | None = None) -> str:
    return text_field(text, x=x, y=y, height=height, width=width, max_width=812 - x)


def label_zpl(info: LabelInfo) -> str:
    """A 4x6 inch (812 x 1218 dots at 203 dpi) ZPL II label."""
    parts = ["^XA", "^CI28", "^PW812", "^LL1218", "^LH0,0"]
    parts.append(_fd(30, 30, info.carrier, 50))
    parts.append(_fd(560, 30, f"PKG {info.package_number} of {info.package_count}", 32))
    flags = []
    if info.priority == "HIGH":
        flags.append("PRIORITY")
    if info.cod:
        flags.append("COD")
    if info.hazmat:
        flags.append("HAZMAT")
    if info.reprint:
        flags.append("REPRINT")
    if flags:
        parts.append(_fd(30, 95, " ".join(flags), 36))
    parts.append("^FO20,145^GB772,3,3^FS")
    parts.append(_fd(30, 165, "FROM:", 24))
    for n, line in enumerate(_address_lines(info.ship_from)[:4]):
        parts.append(_fd(120, 165 + n * 28, line, 24))
    parts.append("^FO20,290^GB772,3,3^FS")
    parts.append(_fd(30, 310, "TO:", 30))
    for n, line in enumerate(_address_lines(info.ship_to)[:6]):
        parts.append(_fd(100, 310 + n * 44, line, 40, 36))
    parts.append("^FO20,590^GB772,3,3^FS")
    weight = info.weight
    parts.append(
        _fd(30, 610, f"Weight {weight.get('value', '?')} {weight.get('weightUnit', '')}", 30)
    )
    parts.append(_fd(30, 650, f"Shipment {info.shipment_id}  Package {info.package_id}", 26))
    parts.append("^FO20,700^GB772,3,3^FS")
    parts.append("^BY3,3,200")
    parts.append(f"^FO60,740^BCN,200,N,N,N^FH^FD{zpl_field(info.tracking_id)}^FS")
    parts.append(_fd(60, 960, info.tracking_id, 40))
    parts.append(_fd(30, 1150, "Packstation sandbox label", 22))
    parts.append("^PQ1")
    parts.append("^XZ")
    return "\n".join(parts) + "\n"


def label_pdf(info: LabelInfo) -> bytes:
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.units import inch
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    w, h = 4 * inch, 6 * inch
    canvas = Canvas(buf, pagesize=(w, h), invariant=True)
    canvas.setTitle(f"Label {info.tracking_id}")
    _draw(canvas, 12, h - 24, info.carrier, 14)
    _draw(
        canvas, w - 12, h - 24, f"PKG {info.package_number} of {info.package_count}", 10, right=True
    )
    y = h - 60
    _draw(canvas, 12, y, "TO:", 9)
    for n, line in enumerate(_address_lines(info.ship_to)[:6]):
        _draw(canvas, 40, y - n * 13, line, 10)
    y -= 100
    _draw(
        canvas,
        12,
        y,
        f"Weight {info.weight.get('value', '?')} {info.weight.get('weightUnit', '')}",
        9,
    )
    barcode = Code128(info.tracking_id, barWidth=1.2, barHeight=60)
    barcode.drawOn(canvas, 12, 90)
    _draw(canvas, 20, 74, info.tracking_id, 11)
    _draw(canvas, 12, 20, f"Shipment {info.shipment_id}", 7)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _code128_modules(text: str) -> list[bool]:
    """Code 128 as a list of modules (True = bar), quiet zones included."""
    from reportlab.graphics.barcode.code128 import Code128

    code = Code128(text)
    code.validate()
    code.encode()
    code.decompose()
    modules = [False] * 10
    for ch in code.decomposed:
        width = "abcd".index(ch.lower()) + 1
        modules += [ch.isupper()] * width
    return modules + [False] * 10


def _png(width: int, height: int, rows: list[bytes]) -> bytes:
    """A 1-bit grayscale PNG from packed rows (bit 1 = white)."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload))
            + kind
            + payload
            + struct.pack(">I", zlib.crc32(kind + payload))
        )

    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def label_png(info: LabelInfo) -> bytes:
    """The label as a 203 dpi PNG (812 x 1218). Text needs Pillow; without it, barcode and frame."""
    width, height = 812, 1218
    modules = _code128_modules(info.tracking_id)
    scale = max(1, min(4, (width - 40) // len(modules)))
    try:
        from PIL import Image, ImageDraw, ImageFont

        have_pil = True
    except ImportError:
        have_pil = False
    if have_pil:
        img = Image.new("1", (width, height), 1)
        draw = ImageDraw.Draw(img)

        def text(x: int, y: int, line: str, size: int) -> None:
            """``line`` shaped, its top at ``y``; a default-font fallback without fonts."""
            try:
                rendered = render_text(line, size, max_width=width - x)
            except TextRasterError:
                draw.text((x, y), line, font=ImageFont.load_default(), fill=0)
                return
            ink = rendered.image.point(lambda v: 255 if v < 128 else 0, mode="1")
            img.paste(0, (x, y), ink)

        text(30, 30, info.carrier, 48)
        text(560, 40, f"PKG {info.package_number} of {info.package_count}", 32)
        draw.rectangle((20, 140, 792, 143), fill=0)
        for n, line in enumerate(_address_lines(info.ship_to)[:6]):
            text(40, 170 + n * 48, line, 38)
        x0 = (width - len(modules) * scale) // 2
        for i, bar in enumerate(modules):
            if bar:
                draw.rectangle((x0 + i * scale, 740, x0 + (i + 1) * scale - 1, 940), fill=0)
        text(60, 960, info.tracking_id, 40)
        out = io.BytesIO()
        img.save(out, format="PNG")
        return out.getvalue()
    # Pure-Python fallback: frame and barcode only.
    row_bytes = (width + 7) // 8
    white = b"\xff" * row_bytes
    x0 = (width - len(modules) * scale) // 2
    bits = [True] * width
    for i, bar in enumerate(modules):
        for dx in range(scale):
            bits[x0 + i * scale + dx] = not bar
    packed = bytearray(row_bytes)
    for x, is_white in enumerate(bits):
        if is_white:
            packed[x // 8] |= 0x80 >> (x % 8)
    bar_row = bytes(packed)
    line_row = b"\x00" * row_bytes
    rows = []
    for y in range(height):
        if 740 <= y < 940:
            rows.append(bar_row)
        elif y in (140, 141, 142):
            rows.append(line_row)
        else:
            rows.append(white)
    return _png(width, height, rows)
