"""Printer addresses and the :func:`open_printer` factory.

``zpl://host[:9100]`` a Zebra over raw TCP; ``escpos://host[:9100]`` an ESC/POS receipt printer;
``cups://queue`` a system print queue (CUPS ``lp`` on Linux/macOS, the Windows printer of that
name on Windows). Printers are only ever added by address: there is no discovery or scanning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from printers.base import Printer
from printers.errors import AddressError

SCHEMES = ("zpl", "escpos", "cups")
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$|^\[[0-9a-fA-F:]+\]$")


@dataclass(frozen=True)
class PrinterAddress:
    scheme: str
    host: str = ""
    port: int = 9100
    queue: str = ""

    def __str__(self) -> str:
        if self.scheme == "cups":
            return f"cups://{self.queue}"
        return f"{self.scheme}://{self.host}:{self.port}"


def parse_address(url: str) -> PrinterAddress:
    """Parse and check an address; :class:`AddressError` says what is wrong with it."""
    text = url.strip()
    if "://" not in text:
        raise AddressError(
            f"printer address {url!r} has no scheme: use zpl://host:9100, escpos://host:9100 "
            "or cups://queue"
        )
    scheme = text.split("://", 1)[0].lower()
    if scheme not in SCHEMES:
        raise AddressError(
            f"unsupported printer address scheme {scheme!r} (use {', '.join(SCHEMES)})"
        )
    if scheme == "cups":
        queue = unquote(text.split("://", 1)[1]).strip("/")
        if not queue or any(c in queue for c in "\0\n\r") or queue.startswith("-"):
            raise AddressError(f"invalid print queue name in {url!r}")
        return PrinterAddress("cups", queue=queue)
    parts = urlsplit(text)
    try:
        port = parts.port or 9100
    except ValueError as exc:
        raise AddressError(f"invalid port in printer address {url!r}") from exc
    host = parts.hostname or ""
    if not host or not _HOST.match(host if ":" not in host else f"[{host}]"):
        raise AddressError(f"invalid host in printer address {url!r}")
    if parts.path not in ("", "/") or parts.query:
        raise AddressError(f"printer address {url!r} must be scheme://host:port, nothing more")
    return PrinterAddress(scheme, host=host, port=port)


def open_printer(
    url: str,
    *,
    connect_timeout: float = 2.0,
    status_timeout: float = 2.0,
    confirm_timeout: float = 20.0,
) -> Printer:
    """A printer object for ``url`` (not yet connected: use ``with`` or ``open()``)."""
    address = parse_address(url)
    if address.scheme == "zpl":
        from printers.zpl.network import ZplPrinter

        return ZplPrinter(
            address.host,
            address.port,
            connect_timeout=connect_timeout,
            status_timeout=status_timeout,
            confirm_timeout=confirm_timeout,
        )
    if address.scheme == "escpos":
        from printers.escpos import EscposPrinter

        return EscposPrinter(address.host, address.port, timeout=connect_timeout)
    from printers.system import SystemPrinter

    return SystemPrinter(address.queue, timeout=max(status_timeout, 5.0))
