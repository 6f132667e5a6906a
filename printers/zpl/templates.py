"""Our own small labels from ZPL templates, with every data field escaped.

A template is a ``.zpl`` file with placeholders where field data goes (each replaces a whole
``^FD...^FS``)::

    ^FO40,270^A0N,48,48{{recipient}}              text: escaped, or a graphic (see below)
    ^FO80,510^BY3^BCN,200,Y,N,N{{barcode:package_id}}   Code 128 data: checked, escaped
    ^FO80,620^BQN,2,8{{qr:code}}                  QR data: any text, escaped

A text field whose text the resident font cannot draw (Arabic, Devanagari, Turkish ``ş``...)
is printed as a ``^GF`` graphic of the shaped text at the field's ``^FO`` and font height
(:mod:`printers.zpl.text`); Latin-1 text stays ``^FD`` text.

Templates shipped with Packstation: ``package-id-4x6``, ``return-tag-4x6``, ``sku-2x1``,
``test-4x6`` (203 dpi). Unused fields are an error; missing text fields are an error too, except
those listed in :data:`OPTIONAL_FIELDS`.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from printers.errors import TemplateError
from printers.zpl.escape import (
    ESCAPE_INDICATOR,
    barcode_data,
    escape_field,
    field_data,
    resident_font_draws,
)
from printers.zpl.text import latin_field_data, raster_field

# A placeholder, with the ^FO and scalable-font command written right before it (a text field's
# position and height, where a graphic of its text goes).
_PLACEHOLDER = re.compile(
    r"(?:\^FO(\d+),(\d+)\^A[0-9A-Z]?[NRIB]?,(\d+)(?:,\d+)?)?"
    r"\{\{(?:(barcode|qr):)?([a-z_][a-z0-9_]*)\}\}"
)
_PRINT_WIDTH = re.compile(r"\^PW(\d+)")
OPTIONAL_FIELDS = frozenset({"note", "city", "customer", "reason", "station", "sku"})
TEMPLATE_DIR_ENV = "PRINTERS_TEMPLATE_DIR"
#: text fields are cut to this many characters
MAX_CHARS = 200


def template_dir() -> Path:
    """The folder holding the ``.zpl`` templates.

    ``$PRINTERS_TEMPLATE_DIR`` if set; else the application's ``resources/templates`` next to
    this package (source checkout, wheel or PyInstaller bundle).
    """
    env = os.environ.get(TEMPLATE_DIR_ENV)
    if env:
        return Path(env)
    here = Path(__file__).resolve().parents[2]
    candidates = [
        here / "resources" / "templates",
        here / "packstation" / "resources" / "templates",
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "packstation" / "resources" / "templates")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise TemplateError(
        "no label template folder found (looked in "
        + ", ".join(str(c) for c in candidates)
        + f"); set {TEMPLATE_DIR_ENV} or pass directory="
    )


def template_names(directory: Path | None = None) -> list[str]:
    folder = directory or template_dir()
    return sorted(p.stem for p in folder.glob("*.zpl"))


def render_label(
    template_name: str,
    fields: Mapping[str, object],
    *,
    directory: Path | None = None,
    unicode_font: bool = False,
) -> bytes:
    """Fill template ``template_name`` with ``fields``; the ZPL bytes to send.

    Raises :class:`TemplateError` for a missing template, a missing required field, a field the
    template does not use, or a barcode value a barcode cannot hold.
    """
    folder = directory or template_dir()
    path = folder / f"{template_name}.zpl"
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", template_name) or not path.is_file():
        raise TemplateError(f"no label template {template_name!r} in {folder}")
    text = path.read_text(encoding="utf-8")
    width_match = _PRINT_WIDTH.search(text)
    label_width = int(width_match.group(1)) if width_match else None
    used: set[str] = set()

    def substitute(match: re.Match[str]) -> str:
        kind, name = match.group(4), match.group(5)
        placed = match.group(0)[: match.start(4 if kind else 5) - 2 - match.start(0)]
        used.add(name)
        value = fields.get(name)
        if value is None:
            if kind is None and name in OPTIONAL_FIELDS:
                return placed + "^FD^FS"
            raise TemplateError(f"label {template_name!r} needs field {name!r}")
        value_text = str(value)
        if kind == "barcode":
            try:
                return placed + barcode_data(value_text)
            except ValueError as exc:
                raise TemplateError(f"label {template_name!r}: {exc}") from None
        if kind == "qr":
            return placed + f"^FH{ESCAPE_INDICATOR}^FDQA,{escape_field(value_text)}^FS"
        value_text = value_text[:MAX_CHARS]
        if unicode_font:
            return placed + field_data(value_text, unicode_font=True)
        if resident_font_draws(value_text):
            return placed + latin_field_data(value_text)
        if match.group(1):
            x, y, height = int(match.group(1)), int(match.group(2)), int(match.group(3))
            room = label_width - x if label_width else None
            graphic = raster_field(value_text, x=x, y=y, height=height, max_width=room)
            if graphic is not None:
                return graphic
        return placed + field_data(value_text)

    rendered = _PLACEHOLDER.sub(substitute, text)
    unused = sorted(set(fields) - used)
    if unused:
        raise TemplateError(f"label {template_name!r} has no field(s) {', '.join(unused)}")
    lines = [line.strip() for line in rendered.splitlines() if line.strip()]
    return ("\n".join(lines) + "\n").encode("ascii")
