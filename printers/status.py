"""What a printer says about itself, in one typed shape for every kind of printer."""

from __future__ import annotations

from dataclasses import dataclass, field

from printers.errors import PrinterNotReady


@dataclass(frozen=True)
class PrinterStatus:
    """A printer's state. ``None`` means the printer's answer did not say.

    ``source`` names the query that produced it (``~HS``, ``~HQES``, ``getvar``, ``escpos``,
    ``lpstat``, ``virtual``).
    """

    source: str
    paper_out: bool | None = None
    paused: bool | None = None
    head_open: bool | None = None
    ribbon_out: bool | None = None
    buffer_full: bool | None = None
    over_temperature: bool | None = None
    under_temperature: bool | None = None
    corrupt_ram: bool | None = None
    other_errors: tuple[str, ...] = ()
    formats_in_buffer: int | None = None
    labels_remaining: int | None = None
    partial_format: bool | None = None
    raw: bytes = field(default=b"", repr=False, compare=False)

    @property
    def problems(self) -> list[str]:
        """Why the printer cannot print, most urgent first; empty when it can."""
        checks = [
            (self.head_open, "head open"),
            (self.paper_out, "paper out"),
            (self.ribbon_out, "ribbon out"),
            (self.paused, "paused"),
            (self.buffer_full, "buffer full"),
            (self.over_temperature, "head over temperature"),
            (self.under_temperature, "head under temperature"),
            (self.corrupt_ram, "corrupt RAM (configuration lost)"),
        ]
        return [text for flag, text in checks if flag] + list(self.other_errors)

    @property
    def ready(self) -> bool:
        return not self.problems

    @property
    def reason(self) -> str:
        """One line for a packer: "ready" or the problems joined."""
        return ", ".join(self.problems) or "ready"

    @property
    def idle(self) -> bool | None:
        """True when nothing is left to print; ``None`` when the answer does not say."""
        if self.formats_in_buffer is None or self.labels_remaining is None:
            return None
        return (
            self.formats_in_buffer == 0 and self.labels_remaining == 0 and not self.partial_format
        )

    def check_ready(self) -> None:
        """Pre-flight: raise :class:`PrinterNotReady` with the specific reason, or return."""
        if self.problems:
            raise PrinterNotReady(self.reason, self)

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "ready": self.ready,
            "reason": self.reason,
            "problems": self.problems,
            "paper_out": self.paper_out,
            "paused": self.paused,
            "head_open": self.head_open,
            "ribbon_out": self.ribbon_out,
            "buffer_full": self.buffer_full,
            "over_temperature": self.over_temperature,
            "under_temperature": self.under_temperature,
            "formats_in_buffer": self.formats_in_buffer,
            "labels_remaining": self.labels_remaining,
        }


@dataclass(frozen=True)
class PrinterInfo:
    """Identity of a printer (``~HI`` on Zebra)."""

    model: str
    firmware: str
    dots_per_mm: int | None = None
    memory: str = ""


@dataclass(frozen=True)
class JobResult:
    """What happened to a job sent with ``Printer.print_job``."""

    bytes_sent: int
    confirmed: bool
    status: PrinterStatus | None
    seconds: float
