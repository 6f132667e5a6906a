"""The exceptions raised by :mod:`printers`.

Every one carries a message a packer can act on. The tree::

    PrinterError                      anything that went wrong talking to a printer
    ├── AddressError                  a printer address (``zpl://host:9100``) that cannot be used
    ├── PrinterOffline                cannot connect, or the connection broke before sending
    ├── PrinterNotReady(reason)       the printer answered and refuses: paper out, head open ...
    ├── StatusUnknown                 no usable status answer: treat as "possibly faulted"
    │   └── StatusTimeout             the printer did not answer within the status timeout
    ├── JobInDoubt                    bytes may have reached the printer: never resend silently
    │   ├── PartialWriteError         the connection broke while (or right after) sending
    │   ├── ConfirmTimeout            sent, but not confirmed printed within the deadline
    │   └── JobStalled(reason)        sent and held by the printer, which stopped (paper out)
    ├── TemplateError                 a label template is missing or a field is not filled
    └── PreviewUnavailable            label preview needs the optional ``zplkit`` (extra ``preview``)
"""

from __future__ import annotations


class PrinterError(Exception):
    """Base of every error of this library."""


class AddressError(PrinterError, ValueError):
    """A printer address that cannot be parsed or is not supported."""


class SpoolInUse(PrinterError):
    """Another process runs this spool's workers: two would send the same queued label twice."""


class PrinterOffline(PrinterError):
    """The printer cannot be reached (connection refused, timed out, or lost before sending)."""


class PrinterNotReady(PrinterError):
    """The printer answered and is not ready to print; ``reason`` says why (e.g. "paper out")."""

    def __init__(self, reason: str, status: object | None = None) -> None:
        super().__init__(f"printer not ready: {reason}")
        self.reason = reason
        self.status = status


class StatusUnknown(PrinterError):
    """No usable status answer: the printer may be faulted. Never read this as "ok"."""


class StatusTimeout(StatusUnknown):
    """The printer did not answer a status query in time: unknown, possibly faulted."""


class JobInDoubt(PrinterError):
    """Bytes of the job may have reached the printer; the operator decides whether to reprint."""


class PartialWriteError(JobInDoubt):
    """The connection broke while sending (``sent`` of ``total`` bytes) or before confirmation."""

    def __init__(self, sent: int, total: int, detail: str = "") -> None:
        what = (
            f"connection lost after sending {sent} of {total} bytes"
            if sent < total
            else f"connection lost after sending all {total} bytes, before the printer confirmed"
        )
        message = (
            f"{what}; the label may be partly printed - check the printer, then reprint or cancel"
        )
        if detail:
            message += f" ({detail})"
        super().__init__(message)
        self.sent = sent
        self.total = total


class ConfirmTimeout(JobInDoubt):
    """The printer took the job but did not report it printed within the deadline."""


class JobStalled(JobInDoubt):
    """The printer took the job and then stopped (``reason``); it prints when the fault is fixed."""

    def __init__(self, reason: str, status: object | None = None) -> None:
        super().__init__(
            f"label sent, printer stopped: {reason}; it will print once that is fixed (do not resend)"
        )
        self.reason = reason
        self.status = status


class TemplateError(PrinterError):
    """A label template is missing, or a field it needs was not given."""


class PreviewUnavailable(PrinterError):
    """Label preview needs the optional zplkit package (``pip install packstation[preview]``)."""
