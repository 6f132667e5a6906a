"""PDF and PNG shipping labels as ZPL for a thermal printer.

Some marketplaces (the US and UK among them) hand out their shipping labels as PDF or PNG. A
Zebra on raw TCP 9100 prints ZPL only, so each page is rendered at the printer's resolution,
fitted to the label without changing its proportions, turned into black and white with a hard
threshold (dithering would blur barcode bars) and sent as one ``^GFA`` graphic per label. The
dots travel Z64-encoded by default (zlib, then base64, then a CRC-16 the printer checks: less than
half the bytes of ZPL's ASCII hex run-length encoding, made in C in about half a millisecond);
``hex`` keeps the run-length encoding for ZPL-emulating printers that do not
read Z64 (setting ``printers.label_graphics``).

Rendering PDF needs ``pypdfium2``; images need Pillow. Both are imported only when a label needs
them; :class:`LabelConversionError` says what is missing or wrong.
"""

from __future__ import annotations

import base64
import binascii
import functools
import io
import re
import time
import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from printers.errors import PrinterError

if TYPE_CHECKING:
    from PIL import Image

#: The label most carriers print: 4 x 6 inches.
DEFAULT_SIZE_IN = (4.0, 6.0)
#: Thermal printers come in 203 and 300 dots per inch (8 and 12 dots per mm).
DEFAULT_DPI = 203
MAX_PAGES = 50
#: How a graphic's dots are written: ``z64`` (compressed, CRC-checked by the printer; Zebra
#: firmware has read it since x.14, about 2006) or ``hex`` (ASCII hex run-length, every ZPL printer).
GRAPHIC_ENCODINGS = ("z64", "hex")


class LabelConversionError(PrinterError):
    """A PDF or image label could not be turned into ZPL."""


def _repeat(count: int, char: str) -> str:
    """ZPL's repeat prefix and the hex digit: count characters add up (``z`` 400, ``g``..``y``
    20..380, ``G``..``Y`` 1..19), so 827 zeros are ``zzgH0``."""
    prefix = "z" * (count // 400)
    rest = count % 400
    if rest >= 20:
        prefix += chr(ord("f") + rest // 20)  # g = 20, h = 40, ... y = 380
    if rest % 20 > 1 or (rest % 20 == 1 and prefix):
        prefix += chr(ord("F") + rest % 20)  # G = 1 ... Y = 19
    return prefix + char


def _compress_row(hex_row: str) -> str:
    """Run-length encode one row of hex digits; ``,`` fills the rest of the row with 0, ``!``
    with F."""
    body, tail = hex_row, ""
    zeros = hex_row.rstrip("0")
    if not zeros:
        return ","
    if len(zeros) < len(hex_row):
        body, tail = zeros, ","
    else:
        ones = hex_row.rstrip("F")
        if not ones:
            return "!"
        if len(ones) < len(hex_row):
            body, tail = ones, "!"
    # Only runs of two or more change (a single digit stands for itself), found by the regex
    # engine: a loop over every character was most of a PDF/PNG label's conversion time.
    return _RUNS.sub(_run_code, body) + tail


_RUNS = re.compile(r"([0-9A-F])\1+")


def _run_code(match: re.Match[str]) -> str:
    return _repeat_cached(len(match.group(0)), match.group(1))


_repeat_cached = functools.lru_cache(maxsize=4096)(_repeat)


def image_to_zpl(
    image: Image.Image,
    *,
    dpi: int = DEFAULT_DPI,
    size_in: tuple[float, float] = DEFAULT_SIZE_IN,
    threshold: int = 160,
    encoding: str = "z64",
) -> bytes:
    """One label format (``^XA``..``^XZ``) printing ``image`` fitted to the label; its dots
    written as ``encoding`` (:data:`GRAPHIC_ENCODINGS`)."""
    from PIL import Image as PILImage

    width = round(size_in[0] * dpi)
    height = round(size_in[1] * dpi)
    img = image
    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        white = PILImage.new("RGBA", img.size, (255, 255, 255, 255))
        img = PILImage.alpha_composite(white, img)
    if img.mode != "L":
        img = img.convert("L")
    if img.width > img.height and width < height:
        img = img.rotate(90, expand=True)  # a landscape page on a portrait label
    scale = min(width / img.width, height / img.height)
    if abs(1 - scale) <= 0.03:
        # Already the label's size (give or take a margin): resampling would only shift bar
        # edges, so crop or pad instead.
        left = max(0, (img.width - width) // 2)
        top = max(0, (img.height - height) // 2)
        img = img.crop((left, top, left + min(img.width, width), top + min(img.height, height)))
    else:
        fitted = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
        # Area averaging keeps the bars' proportions when shrinking; no ringing when growing.
        resample = PILImage.Resampling.BOX if scale < 1 else PILImage.Resampling.BICUBIC
        img = img.resize(fitted, resample)
    x = (width - img.width) // 2
    y0 = (height - img.height) // 2
    field = graphic_field(img, threshold=threshold, encoding=encoding)
    zpl = f"^XA^PW{width}^LL{height}^LH0,0^FO{x},{y0}{field}^FS^XZ\n"
    return zpl.encode("ascii")


def graphic_field(image: Image.Image, *, threshold: int = 160, encoding: str = "hex") -> str:
    """``image`` as a compressed ``^GFA,...`` command (no ``^FO``/``^FS``): a dot is black
    where the pixel is darker than ``threshold``. After the four numbers come only hex digits
    and ZPL's run-length characters (``hex``), or ``:Z64:``, base64 and ``:`` with the CRC
    (``z64``): never a ``^`` or ``~`` that a printer would read as a command."""
    from PIL import Image as PILImage

    if encoding not in GRAPHIC_ENCODINGS:
        raise LabelConversionError(
            f"unknown graphic encoding {encoding!r} (use {' or '.join(GRAPHIC_ENCODINGS)})"
        )

    img = image
    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        white = PILImage.new("RGBA", img.size, (255, 255, 255, 255))
        img = PILImage.alpha_composite(white, img)
    if img.mode != "L":
        img = img.convert("L")
    # Hard threshold: a dot is black (1 in ^GF) where the pixel is darker than ``threshold``.
    bw = img.point(lambda v: 255 if v < threshold else 0, mode="1")
    row_bytes = (bw.width + 7) // 8
    packed = bw.tobytes()  # mode "1": 1 bit per pixel, rows padded to whole bytes, 1 = set
    total = row_bytes * bw.height
    if encoding == "z64":
        return f"^GFA,{total},{total},{row_bytes},{z64(packed)}"
    rows = []
    previous = None
    for y in range(bw.height):
        hex_row = packed[y * row_bytes : (y + 1) * row_bytes].hex().upper()
        rows.append(":" if hex_row == previous else _compress_row(hex_row))
        previous = hex_row
    return f"^GFA,{total},{total},{row_bytes},{''.join(rows)}"


def z64(data: bytes) -> str:
    """``data`` as a ZB64 body: ``:Z64:``, the base64 of its zlib stream, ``:`` and the CRC the
    printer checks (a mismatch aborts the graphic): CRC-16/CCITT over the base64 text, starting
    at 0 (XMODEM), as four upper-case hex digits."""
    encoded = base64.b64encode(zlib.compress(data))
    return f":Z64:{encoded.decode('ascii')}:{zb64_crc(encoded)}"


def zb64_crc(encoded: bytes) -> str:
    """The CRC of a ZB64 (``:Z64:`` / ``:B64:``) body's base64 text ``encoded``: CRC-16/CCITT
    starting at 0 (XMODEM), four upper-case hex digits, as Zebra's tools write it."""
    return f"{binascii.crc_hqx(encoded, 0):04X}"


def images_to_zpl(images: Iterable[Image.Image], **options: object) -> bytes:
    out = b"".join(image_to_zpl(img, **options) for img in images)  # type: ignore[arg-type]
    if not out:
        raise LabelConversionError("the label has no pages")
    return out


def pdf_to_zpl(
    data: bytes,
    *,
    dpi: int = DEFAULT_DPI,
    size_in: tuple[float, float] = DEFAULT_SIZE_IN,
    encoding: str = "z64",
) -> bytes:
    """Each page of a PDF label as one ZPL label."""
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:  # pragma: no cover - a dependency of the app
        raise LabelConversionError("pypdfium2 is not installed (it renders PDF labels)") from exc
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise LabelConversionError(f"the PDF label cannot be read: {exc}") from exc
    try:
        if len(pdf) > MAX_PAGES:
            raise LabelConversionError(f"the PDF has {len(pdf)} pages; a label has a few")
        images = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                width_pt, height_pt = page.get_size()
                landscape = width_pt > height_pt and size_in[0] < size_in[1]
                long_side_in = max(width_pt, height_pt) / 72
                # Render at about the printer's resolution for the fitted size (never below 1x).
                target_in = max(size_in) if landscape else size_in[1]
                scale = max(1.0, dpi * target_in / max(long_side_in * 72, 1))
                scale = min(scale, 8.0)
                images.append(page.render(scale=scale, grayscale=True).to_pil())
            finally:
                page.close()
    finally:
        pdf.close()
    return images_to_zpl(images, dpi=dpi, size_in=size_in, encoding=encoding)


def png_to_zpl(
    data: bytes,
    *,
    dpi: int = DEFAULT_DPI,
    size_in: tuple[float, float] = DEFAULT_SIZE_IN,
    encoding: str = "z64",
) -> bytes:
    """A PNG (or other raster) label as one ZPL label."""
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    try:
        img = PILImage.open(io.BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise LabelConversionError(f"the image label cannot be read: {exc}") from exc
    return image_to_zpl(img, dpi=dpi, size_in=size_in, encoding=encoding)


def warm_up(*, dpi: int = DEFAULT_DPI, encoding: str = "z64") -> float:
    """Convert a blank PDF page and a blank image once, so the day's first PDF or PNG label
    costs what every later one does: importing pypdfium2 and Pillow's PNG plugin and starting
    PDFium took about 100 ms on the first label. For a worker thread at start-up; the seconds
    it took. Raises :class:`LabelConversionError` when pypdfium2 is missing."""
    started = time.perf_counter()
    try:
        import pypdfium2 as pdfium
        from PIL import Image as PILImage
        from PIL import PngImagePlugin  # noqa: F401 - the plugin a PNG label is read with
    except ImportError as exc:  # pragma: no cover - dependencies of the app
        raise LabelConversionError(f"label conversion cannot start: {exc}") from exc
    pdf = pdfium.PdfDocument.new()
    try:
        page = pdf.new_page(*(72 * side for side in DEFAULT_SIZE_IN))
        try:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        finally:
            page.close()
    finally:
        pdf.close()
    image_to_zpl(image, dpi=dpi, encoding=encoding)
    image_to_zpl(PILImage.new("1", (8, 8), 1), dpi=dpi, encoding=encoding)
    return time.perf_counter() - started


def label_to_zpl(
    data: bytes,
    label_format: str,
    *,
    dpi: int = DEFAULT_DPI,
    size_in: tuple[float, float] = DEFAULT_SIZE_IN,
    encoding: str = "z64",
) -> bytes:
    """ZPL for a label in ``label_format`` (``ZPL`` passes through, ``PDF``, ``PNG``), its
    graphics written as ``encoding`` (:data:`GRAPHIC_ENCODINGS`)."""
    kind = label_format.upper()
    if kind == "ZPL":
        return data
    if kind == "PDF":
        return pdf_to_zpl(data, dpi=dpi, size_in=size_in, encoding=encoding)
    if kind == "PNG":
        return png_to_zpl(data, dpi=dpi, size_in=size_in, encoding=encoding)
    raise LabelConversionError(f"labels in {label_format} cannot be printed on a ZPL printer")
