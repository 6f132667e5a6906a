"""Text fields in any script on a ZPL label.

A field the printer's resident font draws (Latin-1: :func:`~printers.zpl.escape.resident_font_draws`)
stays text, ``^FO..^A0N,h,w^FH_^FD<escaped>^FS``. Any other (Arabic, Devanagari, Turkish
``İıŞşĞğ``) is shaped and rendered here (:mod:`printers.text`) at the font's height and placed at
the same ``^FO`` as a ``^GFA`` graphic: the graphic carries only hex image data, so no text of
the customer reaches the printer's command parser either way. Where nothing can render it (no
font, no shaping engine) the field falls back to :func:`~printers.zpl.escape.fold_to_ascii` text.
"""

from __future__ import annotations

import logging

from printers.text import TextRasterError, render_text
from printers.zpl.escape import ESCAPE_INDICATOR, escape_field, field_data, resident_font_draws
from printers.zpl.graphic import graphic_field

log = logging.getLogger(__name__)

#: Where a resident scalable font's baseline sits in its character cell (``^A0`` height ``h``:
#: about 0.8 h below the field origin); rendered text is placed on the same baseline.
BASELINE = 0.8


def raster_field(
    text: str, *, x: int, y: int, height: int, max_width: int | None = None
) -> str | None:
    """``^FO..^GFA,..^FS`` printing ``text`` shaped, ``height`` dots per em, its baseline where
    a resident font of that height puts it; None when it cannot be rendered."""
    try:
        rendered = render_text(text, height, max_width=max_width)
    except TextRasterError as exc:
        log.warning("label text printed with the fallback font: %s", exc)
        return None
    image = rendered.image
    top = y + round(BASELINE * height) - rendered.baseline
    if top < 0:
        image = image.crop((0, -top, image.width, image.height))
        top = 0
    return f"^FO{x},{top}{graphic_field(image, threshold=128)}^FS"


def text_field(
    text: str,
    *,
    x: int,
    y: int,
    height: int,
    width: int | None = None,
    max_width: int | None = None,
    unicode_font: bool = False,
    max_chars: int = 200,
) -> str:
    """One complete, safe text field at ``x``, ``y`` in font 0 of ``height`` (``width``) dots:
    text the resident font draws as ``^FD`` text, other text as a graphic (module docstring).
    ``unicode_font``: the printer has a Unicode font, send every text as text."""
    value = text[:max_chars]
    font = f"^FO{x},{y}^A0N,{height},{width or height}"
    if unicode_font:
        return font + field_data(value, unicode_font=True)
    if resident_font_draws(value):
        return font + latin_field_data(value)
    return raster_field(value, x=x, y=y, height=height, max_width=max_width) or (
        font + field_data(value)
    )


def latin_field_data(text: str) -> str:
    """``^FH_^FD..^FS`` for text the resident font draws (Latin-1, sent as UTF-8 under ``^CI28``;
    control characters as spaces)."""
    from printers.text import one_line

    return f"^FH{ESCAPE_INDICATOR}^FD{escape_field(one_line(text))}^FS"
