"""ESC/POS receipt printers for packing slips, through python-escpos.

``escpos://host:9100`` uses ``escpos.printer.Network``; tests pass ``device=escpos.printer.Dummy()``.

A receipt printer's code pages hold Latin letters only, and no printer shapes Arabic or joins
Devanagari: a line the code page cannot print (:func:`code_page_prints`) is shaped by
:mod:`printers.text` and sent as a raster image (python-escpos ``image()``), so a name in Hindi or
Arabic prints as written.
"""

from __future__ import annotations

import contextlib
import io
import logging
import socket
import time
from dataclasses import dataclass, field
from typing import Any

from printers.base import Printer
from printers.errors import PartialWriteError, PrinterOffline, StatusUnknown
from printers.status import JobResult, PrinterStatus
from printers.text import TextRasterError, render_text

log = logging.getLogger(__name__)

#: The code page every ESC/POS printer has (page 0).
CODE_PAGE = "cp437"
#: Font A: 12 x 24 dots a character; rendered lines use the same height.
_CHAR_WIDTH, _LINE_HEIGHT = 12, 24


@dataclass(frozen=True)
class SlipLine:
    sku: str
    title: str
    quantity: int


@dataclass(frozen=True)
class PackingSlip:
    """What a packing slip shows. No addresses or phone numbers: a slip needs none."""

    order_id: str
    lines: tuple[SlipLine, ...]
    header: str = "Packing slip"
    footer: str = ""
    barcode: str = ""
    extra: dict[str, str] = field(default_factory=dict)


class EscposPrinter(Printer):
    """``escpos://host:port``; ``device`` replaces the network device (python-escpos Dummy)."""

    def __init__(
        self, host: str = "", port: int = 9100, *, timeout: float = 5.0, device: Any = None
    ) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout
        self.url = f"escpos://{host}:{port}" if device is None else "escpos://dummy"
        self._device = device
        self._opened = device is not None

    def open(self) -> None:
        if self._opened:
            return
        from escpos.printer import Network

        # WORKAROUND: Network.open() leaks its socket when the connection is refused
        # (python-escpos 3.1), so connect here and hand it the socket.
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            raise PrinterOffline(
                f"cannot reach the slip printer at {self.host}:{self.port}: {exc.strerror or exc}"
            ) from exc
        device = Network(self.host, self.port, timeout=self.timeout)
        device.device = sock
        self._device = device
        self._opened = True

    def close(self) -> None:
        if self._opened and self._device is not None and self.host:
            try:
                self._device.close()
            except OSError:
                log.debug("closing %s failed", self.url, exc_info=True)
            self._device = None
            self._opened = False

    @property
    def device(self) -> Any:
        if not self._opened:
            self.open()
        return self._device

    def _raw(self, data: bytes) -> None:
        try:
            self.device._raw(data)
        except OSError as exc:
            raise PartialWriteError(0, len(data), str(exc)) from exc

    def status(self) -> PrinterStatus:
        """``DLE EOT`` status (online, paper). Dummy devices cannot answer: StatusUnknown."""
        try:
            online = bool(self.device.is_online())
            paper = int(self.device.paper_status())
        except (NotImplementedError, OSError, IndexError) as exc:
            raise StatusUnknown(
                f"{self.url} did not report its status: {exc or 'no answer'}"
            ) from exc
        return PrinterStatus(source="escpos", paper_out=paper == 0, paused=not online)

    def print_job(self, data: bytes, *, confirm: bool = True) -> JobResult:
        started = time.monotonic()
        self._raw(data)
        return JobResult(len(data), False, None, time.monotonic() - started)

    def print_packing_slip(self, slip: PackingSlip, *, width: int = 42) -> None:
        """Print ``slip`` with python-escpos's text, barcode and cut commands."""
        p = self.device
        try:
            p.set(align="center", bold=True, double_height=True)
            _textln(p, slip.header, width, scale=2)
            p.set(align="left", bold=False, normal_textsize=True)
            _textln(p, f"Order {slip.order_id}", width)
            p.textln("-" * width)
            for line in slip.lines:
                qty = f"{line.quantity:>3} x "
                _textln(p, qty + line.sku, width)
                _textln(p, "      " + line.title, width)
            p.textln("-" * width)
            for key, value in slip.extra.items():
                _textln(p, f"{key}: {value}", width)
            if slip.barcode:
                # python-escpos wants Code 128 data prefixed with its code set ("{B").
                p.barcode("{B" + slip.barcode, "CODE128", function_type="B", pos="BELOW")
            if slip.footer:
                _textln(p, slip.footer, width)
            p.cut()
        except OSError as exc:
            raise PartialWriteError(0, 0, str(exc)) from exc


def code_page_prints(text: str) -> bool:
    """Whether the printer's code page (:data:`CODE_PAGE`) holds every character of ``text``."""
    try:
        text.encode(CODE_PAGE)
    except UnicodeEncodeError:
        return False
    return True


def _textln(p: Any, text: str, width: int, *, scale: int = 1) -> None:
    """One line: as text when the code page holds it, else as a raster image of the shaped
    text (or, when it cannot be rendered, as text the printer replaces with ``?``)."""
    line = _clean(text, width)
    if not code_page_prints(line):
        try:
            rendered = render_text(
                " ".join(line.split()), _LINE_HEIGHT * scale, max_width=width * _CHAR_WIDTH
            )
        except TextRasterError as exc:
            log.warning("slip line printed in the code page: %s", exc)
        else:
            # WORKAROUND: python-escpos 3.1 print()s a notice about centring on stdout for a
            # profile without a paper width, even with center=False.
            with contextlib.redirect_stdout(io.StringIO()):
                p.image(rendered.bitmap(), center=False)
            return
    p.textln(line)


def _clean(text: str, width: int) -> str:
    """One printable line: control characters (ESC/POS commands) become spaces."""
    return "".join(c if c.isprintable() else " " for c in text)[:width]
