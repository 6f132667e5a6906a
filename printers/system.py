"""PDFs to the operating system's printers.

Linux and macOS: CUPS ``lp -d QUEUE -t TITLE -- FILE`` (an argument list, never a shell).
Windows: SumatraPDF (``-print-to QUEUE -silent``) when installed, else ``os.startfile(path,
"print")`` on the default PDF handler. ``lpstat -p QUEUE`` is the status query.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from printers.base import Printer
from printers.errors import PrinterError, PrinterNotReady, PrinterOffline, StatusUnknown
from printers.status import JobResult, PrinterStatus

log = logging.getLogger(__name__)


class SystemPrinter(Printer):
    """``cups://queue``: a print queue of the operating system."""

    def __init__(self, queue: str, *, timeout: float = 10.0) -> None:
        self.queue = queue
        self.timeout = timeout
        self.url = f"cups://{queue}"

    def _run(self, argv: list[str]) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(  # noqa: S603 - fixed program, argument list, no shell
                argv, capture_output=True, text=True, timeout=self.timeout, check=False
            )
        except FileNotFoundError as exc:
            raise PrinterOffline(
                f"{argv[0]} is not installed: printing to {self.url} needs CUPS "
                "(apt install cups-client)"
            ) from exc
        except subprocess.TimeoutExpired as exc:
            raise StatusUnknown(f"{argv[0]} did not finish within {self.timeout:g} s") from exc

    def _raw(self, data: bytes) -> None:
        with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as handle:
            handle.write(data)
        try:
            self.print_file(Path(handle.name))
        finally:
            Path(handle.name).unlink(missing_ok=True)

    def status(self) -> PrinterStatus:
        if sys.platform == "win32":
            return PrinterStatus(source="windows")
        result = self._run(["lpstat", "-p", self.queue])
        text = (result.stdout + result.stderr).strip()
        if result.returncode != 0:
            raise PrinterOffline(f"no print queue {self.queue!r}: {text or 'lpstat failed'}")
        disabled = "disabled" in text.lower()
        return PrinterStatus(
            source="lpstat",
            paused=disabled,
            other_errors=(),
            raw=text.encode(),
        )

    def print_job(self, data: bytes, *, confirm: bool = True) -> JobResult:
        started = time.monotonic()
        self._raw(data)
        return JobResult(len(data), False, None, time.monotonic() - started)

    def print_file(self, path: Path, *, title: str = "") -> str:
        """Queue the PDF ``path``; the system's job id (or "" when it gives none)."""
        if not path.is_file():
            raise PrinterError(f"nothing to print: {path} does not exist")
        if sys.platform == "win32":
            return self._print_windows(path)
        argv = ["lp", "-d", self.queue]
        if title:
            argv += ["-t", title]
        argv += ["--", str(path)]
        result = self._run(argv)
        if result.returncode != 0:
            message = (
                result.stderr or result.stdout
            ).strip() or f"lp exit code {result.returncode}"
            raise PrinterNotReady(f"{self.url} refused the document: {message}")
        log.info("queued %s on %s", path.name, self.url)
        # "request id is QUEUE-42 (1 file(s))"
        words = result.stdout.split()
        return words[3] if len(words) > 3 and words[0] == "request" else ""

    def _print_windows(self, path: Path) -> str:
        sumatra = shutil.which("SumatraPDF") or shutil.which("SumatraPDF.exe")
        if sumatra:
            result = self._run([sumatra, "-print-to", self.queue, "-silent", str(path)])
            if result.returncode != 0:
                raise PrinterNotReady(f"SumatraPDF could not print to {self.queue}")
            return ""
        startfile = getattr(os, "startfile", None)
        if startfile is None:
            raise PrinterOffline("no way to print PDFs on this system")
        startfile(str(path), "print")  # the default PDF handler prints to the default printer
        return ""
