"""The shape every printer has (like python-escpos's ``Escpos`` and httpx's transports).

A printer is created unopened from its address, opened explicitly or with ``with``, and has one
raw-I/O method, :meth:`Printer._raw`, that subclasses implement. Timeouts are explicit
constructor arguments; nothing waits forever.
"""

from __future__ import annotations

import abc
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
