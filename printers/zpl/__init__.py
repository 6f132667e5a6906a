"""Zebra ZPL: status parsing, field escaping, label templates and the raw TCP 9100 printer."""

from printers.zpl.escape import escape_field, field_data, fold_to_ascii
from printers.zpl.network import ZplPrinter
from printers.zpl.status import (
    HOST_STATUS_GETVAR,
    HostStatusParser,
    parse_getvar_host_status,
    parse_hi,
    parse_hqes,
    parse_hs,
)
from printers.zpl.templates import render_label, template_names

__all__ = [
    "HOST_STATUS_GETVAR",
    "HostStatusParser",
    "ZplPrinter",
    "escape_field",
    "field_data",
    "fold_to_ascii",
    "parse_getvar_host_status",
    "parse_hi",
    "parse_hqes",
    "parse_hs",
    "render_label",
    "template_names",
]
