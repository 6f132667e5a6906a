"""Label printing for the bench through the persistent spool of :mod:`printers`.

:class:`SpoolPrinter` submits a label to the spool and waits until the printer confirms it, or
until the spool holds it ("waiting: paper out"): then the label stays queued and prints by itself
once the fault is fixed, and the packer is told. A job in doubt (sent, not confirmed) is never
resent silently: the packer decides (reprint). A job a crash cut short while it was being sent
is settled by the spool from the printer's own label count when it starts again (printed: done;
nothing printed: sent once more); only what the count cannot settle reaches the packer.
"""

from __future__ import annotations

from pathlib import Path

from packstation.services.workflow import PrintReport
from printers.spool import FINAL, JobState, Spool

_SETTLED = FINAL | {JobState.WAITING}


class SpoolPrinter:
    """A :class:`packstation.services.workflow.LabelPrinter` on one printer of a spool."""

    def __init__(self, spool: Spool, url: str, *, confirm_timeout: float = 30.0) -> None:
        self.spool = spool
        self.url = url
        self.confirm_timeout = confirm_timeout

    @classmethod
    def start(cls, spool_file: Path, url: str, *, confirm_timeout: float = 30.0) -> SpoolPrinter:
        spool_file.parent.mkdir(parents=True, exist_ok=True)
        return cls(Spool(spool_file).start(), url, confirm_timeout=confirm_timeout)

    def print_label(self, data: bytes, name: str) -> PrintReport:
        job_id = self.spool.submit(self.url, data, name)
        return self._report(job_id)

    def reprint(self, job: str) -> PrintReport:
        return self._report(self.spool.reprint(int(job)))

    def settle(self, name: str) -> PrintReport | None:
        """What became of the label job called ``name`` that a crash left unrecorded: None when
        the spool never took it (safe to print), else the job as it settles (a queued job
        prints by itself when the spool starts again)."""
        job = self.spool.find(name, self.url)
        if job is None:
            return None
        return self.settle_job(str(job.id))

    def settle_job(self, job: str) -> PrintReport:
        """Wait (up to the confirm timeout) until the job is printed, failed or in doubt: a
        job a stopped spool left queued or waiting is sent again when this spool starts, and
        the pre-flight saw the printer ready; one cut short while sending is settled from the
        printer's label count first (see :mod:`printers.spool`)."""
        job_id = int(job)
        settled = self.spool.wait(job_id, self.confirm_timeout, FINAL)
        return self._describe(settled.state, job_id)

    def purge(self, older_than_days: float) -> int:
        """Forget finished jobs (and their label bytes) older than ``older_than_days``."""
        return self.spool.purge(older_than_days)

    def status_of(self, job: str) -> PrintReport:
        """The job as it is now (a label left waiting may have printed since)."""
        return self._describe(self.spool.job(int(job)).state, int(job))

    def _report(self, job_id: int) -> PrintReport:
        job = self.spool.wait(job_id, self.confirm_timeout, _SETTLED)
        return self._describe(job.state, job_id)

    def _describe(self, state: JobState, job_id: int) -> PrintReport:
        job = self.spool.job(job_id)
        if state is JobState.DONE:
            return PrintReport(str(job_id), True, "printed")
        if state is JobState.WAITING:
            return PrintReport(
                str(job_id),
                False,
                f"kept in the spool, {job.text}; it prints by itself once that is fixed",
                pending=True,
            )
        if state is JobState.ATTENTION:
            return PrintReport(str(job_id), False, job.text, in_doubt=True)
        if state in FINAL:
            return PrintReport(str(job_id), False, job.text)
        return PrintReport(
            str(job_id),
            False,
            f"not confirmed within {self.confirm_timeout:g} s ({job.text})",
            pending=True,
        )

    def close(self) -> None:
        self.spool.stop()
