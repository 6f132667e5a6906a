"""The shape every printer has (like python-escpos's ``Escpos`` and httpx's transports).

A printer is created unopened from its address, opened explicitly or with ``with``, and has one
raw-I/O method, :meth:`Printer._raw`, that subclasses implement. Timeouts are explicit
constructor arguments; nothing waits forever.
"""

from __future__ import annotations

import abc
from collections.abc import Callable
from types import TracebackType
from typing import Self

from printers.status import JobResult, PrinterInfo, PrinterStatus


class Printer(abc.ABC):
    """A printer reached at :attr:`url`."""

    url: str = ""

    def open(self) -> None:  # noqa: B027 - optional hook, like escpos's
        """Connect. Subclasses that hold a connection override this."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Disconnect; safe to call twice."""

    @property
    def is_open(self) -> bool:
        return True

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @abc.abstractmethod
    def _raw(self, data: bytes) -> None:
        """Send ``data`` to the printer as-is: the one raw-I/O method."""

    @abc.abstractmethod
    def status(self) -> PrinterStatus:
        """Ask the printer how it is. Raises ``StatusUnknown`` when it cannot tell."""

    def info(self) -> PrinterInfo | None:
        """Model and firmware when the printer reports them."""
        return None

    @abc.abstractmethod
    def print_job(self, data: bytes, *, confirm: bool = True) -> JobResult:
        """Pre-flight, send ``data`` and (where the printer can tell) confirm it printed."""

    def label_count(self) -> int | None:
        """Labels printed over the printer's life (a Zebra's odometer), or None when it keeps
        no such count (the default)."""
        return None

    def print_journaled(self, data: bytes, journal: Callable[[int, int], None]) -> JobResult:
        """:meth:`print_job`, calling ``journal(count, labels)`` after the pre-flight and before
        the first byte is sent: the label odometer read then, and how many labels ``data``
        adds to it. A caller that writes both down first (write-ahead) can settle a send cut
        short by a crash from the printer's own count. A printer without an odometer never
        calls ``journal`` (the default)."""
        return self.print_job(data)
