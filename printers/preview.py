"""What a label looks like, for the label preview: ZPL, PDF and PNG labels as PNG images.

* ZPL is drawn by the optional ``zplkit`` (OSL-3.0, extra ``preview``) through
  :mod:`printers.zpl.render`, which works around what it lacks (printer set-up commands such as
  ``^PQ``, letters its font does not have, whole-label ``^GF`` graphics). Without zplkit, a label
  made of graphics only (a PDF/PNG label converted for the printer) is still drawn.
* PDF labels are rendered with pypdfium2 (a dependency of the app, which converts them for the
  printer), PNG and other images with Pillow.
* Where a label cannot be drawn, :class:`LabelPreview` says why and what the label holds: its
  text fields, the data of its barcode fields, and the barcodes read from its graphics (with
  zxing-cpp, when it is installed).

:func:`job_preview` previews a spool job: the original PDF/PNG label kept beside the ZPL that
was printed (``<documents>/<shipment>/<package>.pdf|.png``, named like the job
``"<shipment> <package>"``) when there is one, else the bytes the spool sent.

:func:`render_png` is the older, strict entry point: PNG images of ZPL or
:class:`~printers.errors.PreviewUnavailable`.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from printers.errors import PreviewUnavailable
from printers.spool import job_data
from printers.zpl.render import ZplRenderError, compose, read_label, render

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

INSTALL_HINT = "label preview needs the optional zplkit package: pip install 'packstation[preview]'"
#: Pages of a PDF label shown (a label has a few; a long document is not a label).
MAX_PAGES = 20
#: Labels larger than this (bytes) are not drawn: a label is a few hundred kilobytes at most.
MAX_LABEL_BYTES = 32_000_000
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


def preview_available() -> bool:
    """Whether ZPL text and barcodes can be drawn (zplkit is installed)."""
    return importlib.util.find_spec("zplkit") is not None


def render_png(zpl: bytes, *, width: int = 812, height: int = 1218, dpi: int = 203) -> list[bytes]:
    """PNG images (one per label) of ``zpl`` at ``dpi``; ``width``/``height`` in dots.

    Raises :class:`PreviewUnavailable` without zplkit or when the label cannot be drawn."""
    if not preview_available():
        raise PreviewUnavailable(INSTALL_HINT)
    try:
        rendered = render(zpl, width=width, height=height, dpi=dpi)
    except ZplRenderError as exc:
        raise PreviewUnavailable(f"this label cannot be previewed: {exc}") from exc
    return [_png(image) for image in rendered.images]


@dataclass(frozen=True)
class LabelPreview:
    """A label as images, or why not and what it holds.

    ``images``: PNG bytes, one per label (empty when it could not be drawn); ``source``: what
    was drawn ("ZPL", "PDF", "PNG", ...); ``origin``: where it came from (for the packer);
    ``notes``: what the preview changed or could not show; ``reason`` and ``contents``: why it
    was not drawn, and the label's text and barcodes as lines."""

    images: tuple[bytes, ...]
    source: str
    origin: str = ""
    notes: tuple[str, ...] = ()
    reason: str = ""
    contents: tuple[str, ...] = ()

    @property
    def drawn(self) -> bool:
        return bool(self.images)

    def fallback_text(self) -> str:
        """What the preview shows instead of a picture."""
        head = f"This label cannot be shown as a picture: {self.reason}"
        if not self.contents:
            return head + "\nIt holds no text or barcode the preview can read."
        return head + "\nWhat it holds:\n" + "\n".join(self.contents)


def sniff_format(data: bytes) -> str:
    """``PDF``, ``PNG``, ``JPEG``, ``ZPL`` or ``RAW`` (anything else, e.g. ESC/POS)."""
    head = data[:16]
    if head.startswith(b"%PDF"):
        return "PDF"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if b"^XA" in data[:65536] or b"^xa" in data[:65536]:
        return "ZPL"
    return "RAW"


def preview_label(
    data: bytes,
    label_format: str | None = None,
    *,
    width: int = 812,
    height: int = 1218,
    dpi: int = 203,
    use_zplkit: bool | None = None,
    origin: str = "",
) -> LabelPreview:
    """``data`` (a label in ``label_format``; sniffed when None) as images, or the fallback.

    Never raises for what is in the label: every problem ends in :attr:`LabelPreview.reason`.
    ``use_zplkit``: None uses it when installed."""
    kind = (label_format or sniff_format(data)).upper()
    if len(data) > MAX_LABEL_BYTES:
        return LabelPreview((), kind, origin, reason=f"the label is {len(data)} bytes long")
    if kind == "ZPL":
        zplkit = preview_available() if use_zplkit is None else use_zplkit
        return _preview_zpl(data, width, height, dpi, zplkit=zplkit, origin=origin)
    if kind == "PDF":
        return _preview_pdf(data, dpi, origin)
    if kind in ("PNG", "JPEG", "GIF", "BMP"):
        return _preview_image(data, kind, origin)
    text = _printable_lines(data)
    return LabelPreview((), kind, origin, reason="it is not a label format", contents=text)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _preview_zpl(
    zpl: bytes, width: int, height: int, dpi: int, *, zplkit: bool, origin: str
) -> LabelPreview:
    notes: list[str] = []
    reason = INSTALL_HINT
    try:
        rendered = render(zpl, width=width, height=height, dpi=dpi) if zplkit else None
    except ZplRenderError as exc:
        rendered, reason = None, str(exc)
    except Exception as exc:  # a fault inside the optional renderer must not lose the preview
        log.warning("ZPL preview failed", exc_info=True)
        rendered, reason = None, f"the renderer failed ({exc})"
    if rendered is None:
        # Graphics and boxes need no renderer: a PDF/PNG label converted to ZPL still shows.
        with contextlib.suppress(ZplRenderError):
            rendered = compose(zpl, width=width, height=height)
    if rendered is not None and rendered.images:
        notes.extend(rendered.notes)
        images = tuple(_png(image) for image in rendered.images)
        return LabelPreview(images, "ZPL", origin, tuple(notes))
    if rendered is not None:
        reason = "the ZPL holds no label"
    return LabelPreview((), "ZPL", origin, reason=reason, contents=tuple(zpl_contents(zpl)))


def zpl_contents(zpl: bytes) -> list[str]:
    """The text and barcodes of ``zpl`` as lines, top to bottom: text fields as written,
    barcode fields as "<symbology>: <data>", barcodes read from graphics (zxing-cpp, if
    installed) as "<format> (read from a graphic): <text>"."""
    try:
        label = read_label(zpl)
    except Exception:  # the fallback of the fallback: never raise from here
        log.warning("ZPL fields not read", exc_info=True)
        return []
    lines: list[tuple[int, int, int, str]] = []
    for f in label.fields:
        if f.kind == "text" and f.text.strip():
            lines.append((f.label, f.y, f.x, f.text.strip()))
        elif f.kind == "barcode":
            lines.append((f.label, f.y, f.x, f"{f.symbology}: {f.text}"))
        elif f.kind == "graphic" and f.image is not None:
            for code in read_barcodes(f.image):
                lines.append((f.label, f.y, f.x, f"{code} (read from a graphic)"))
    return [text for *_, text in sorted(lines)]


def read_barcodes(image: Image.Image) -> list[str]:
    """Barcodes in ``image`` as "<format>: <text>" (zxing-cpp); empty without it."""
    try:
        import zxingcpp
    except ImportError:
        return []
    try:
        results = zxingcpp.read_barcodes(image)
    except Exception:  # an optional reader: a failure only leaves the barcodes out
        log.warning("barcodes not read from a label image", exc_info=True)
        return []
    return [f"{result.format}: {result.text}" for result in results]


def _preview_pdf(data: bytes, dpi: int, origin: str) -> LabelPreview:
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a dependency of the app
        return LabelPreview((), "PDF", origin, reason="pypdfium2 is not installed")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        return LabelPreview((), "PDF", origin, reason=f"the PDF cannot be read ({exc})")
    images: list[bytes] = []
    notes: list[str] = []
    try:
        count = len(pdf)
        if count > MAX_PAGES:
            notes.append(f"the first {MAX_PAGES} of {count} pages")
        for index in range(min(count, MAX_PAGES)):
            page = pdf[index]
            try:
                width_pt, height_pt = page.get_size()
                # About the printer's resolution; a huge page is not drawn huge.
                scale = min(dpi / 72, 4000 / max(width_pt, height_pt, 1.0))
                bitmap = page.render(scale=scale, grayscale=True)
                images.append(_png(bitmap.to_pil()))
            finally:
                page.close()
    except pdfium.PdfiumError as exc:
        return LabelPreview((), "PDF", origin, reason=f"the PDF cannot be drawn ({exc})")
    finally:
        pdf.close()
    if not images:
        return LabelPreview((), "PDF", origin, reason="the PDF has no pages")
    return LabelPreview(tuple(images), "PDF", origin, tuple(notes))


def _preview_image(data: bytes, kind: str, origin: str) -> LabelPreview:
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    try:
        image: Image.Image = PILImage.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        return LabelPreview((), kind, origin, reason=f"the image cannot be read ({exc})")
    if image.width * image.height > 64_000_000:
        return LabelPreview((), kind, origin, reason="the image is too large for a label")
    if image.mode not in ("1", "L", "RGB", "RGBA"):
        image = image.convert("RGBA")
    return LabelPreview((_png(image),), kind, origin)


def _printable_lines(data: bytes) -> tuple[str, ...]:
    """Runs of printable text in a job that is no label format (an ESC/POS slip...)."""
    text = data[:65536].decode("latin-1")
    runs = re.findall(r"[\x20-\x7e\xa0-\xff]{3,}", text)
    return tuple(run.strip() for run in runs if run.strip())[:60]


# ---------------------------------------------------------------- print jobs


def original_label(documents_dir: Path, job_name: str) -> tuple[bytes, str] | None:
    """The PDF or PNG label a job called ``"<shipment> <package>"`` was made from, kept in
    ``documents_dir`` when it was printed (its bytes and format), or None."""
    parts = job_name.split()
    if len(parts) != 2 or not all(_SAFE_NAME.fullmatch(p) for p in parts):
        return None
    shipment, package = parts
    for ext in ("pdf", "png"):
        path = documents_dir / shipment / f"{package}.{ext}"
        try:
            return path.read_bytes(), ext.upper()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("kept label %s cannot be read: %s", path.name, exc)
    return None


def spooled_label(db_path: Path, job_id: int) -> bytes:
    """The bytes a spool sent (or will send) for job ``job_id``; KeyError if there is none."""
    return job_data(db_path, job_id)


def job_preview(
    db_path: Path,
    job_id: int,
    job_name: str,
    documents_dir: Path | None = None,
    *,
    use_zplkit: bool | None = None,
    dpi: int = 203,
) -> LabelPreview:
    """The label of spool job ``job_id``: its original PDF/PNG (see the module docstring) when
    kept, else what the spool sent. Never raises for the label's content."""
    if documents_dir is not None:
        original = original_label(documents_dir, job_name)
        if original is not None:
            data, kind = original
            shown = preview_label(data, kind, dpi=dpi, origin=f"the {kind} label as Amazon sent it")
            if shown.drawn:
                return shown
    try:
        data = spooled_label(db_path, job_id)
    except (KeyError, sqlite3.Error) as exc:
        return LabelPreview((), "", reason=f"the job's label is no longer in the spool ({exc})")
    return preview_label(
        data, dpi=dpi, use_zplkit=use_zplkit, origin=f"print job {job_id} as sent to the printer"
    )


__all__ = [
    "INSTALL_HINT",
    "LabelPreview",
    "job_preview",
    "original_label",
    "preview_available",
    "preview_label",
    "read_barcodes",
    "render_png",
    "sniff_format",
    "spooled_label",
    "zpl_contents",
]
