"""Packer and station figures from the audit log, and a forecast of today's pickup.

Everything here is computed from the audit records :class:`~packstation.services.workflow.PackingWorkflow`
leaves (Qt-free, synchronous; the GUI runs :meth:`StatsService.snapshot` off the GUI thread):

* ``scan`` records: ``detail["accepted"]`` and, when refused, ``detail["reason"]`` (wrong item,
  over-scan, unknown barcode ...): refused scans are the *scan errors caught*;
* ``weight`` records: one per package weighing;
* finish records (kind ``print_job`` or ``api_call`` with ``detail["event"] == "finish"``):
  ``outcome`` (``printed`` is a finished order), ``wait_s`` (the packer's wait from Finish to the
  label confirmed), ``items``, ``program``, ``sla_miss`` (shipped after
  ``expectedShippingDateTimeInUTC``).

Rates are per *active hour*: ``orders / active_hours``, where the active hours of a packer (a
station, a program) are the clock hours in which it left at least one scan, weight or finish
record. A packer who worked two hours of an eight-hour window is not shown at a quarter pace.

The forecast (:func:`forecast`) takes the open orders due today, each due by the earlier of its
expected ship time and today's pickup, and the current pace (orders per hour over the last hour,
or the window's rate when nothing finished in the last hour); it works through them most urgent
first at that pace and counts those that would finish after they are due.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from packstation.domain.shipments import Shipment
    from packstation.store.audit import AuditLog, AuditRecord

#: ``detail["event"]`` of finish records (same value as ``bench.FINISH_EVENT``)
FINISH_EVENT = "finish"
#: the audit kinds that count as work (sign-ins, overrides do not make a packer "active")
WORK_KINDS = ("scan", "weight", "print_job", "api_call")


class AuditSource(Protocol):
    """What the figures need from the store (``packstation.store.Database``)."""

    @property
    def audit(self) -> AuditLog: ...


@dataclass
class Figures:
    """The figures of one group (a packer, a station, a program, an hour, or everyone)."""

    key: str
    orders: int = 0
    items: int = 0
    scans: int = 0
    scan_errors: int = 0
    weighings: int = 0
    #: finishes that ended without a printed label (failed, not printed, cancelled ...)
    unfinished: int = 0
    #: seconds the packer waited on the system (Finish pressed to label confirmed), all finishes
    wait_s: float = 0.0
    finishes: int = 0
    sla_misses: int = 0
    hours: set[datetime] = field(default_factory=set, repr=False)
    #: refused scans by reason (wrong_item, over_scan, unknown_barcode ...)
    errors_by_reason: dict[str, int] = field(default_factory=dict)

    @property
    def active_hours(self) -> int:
        return len(self.hours)

    @property
    def orders_per_hour(self) -> float:
        return self.orders / self.active_hours if self.hours else 0.0

    @property
    def items_per_hour(self) -> float:
        return self.items / self.active_hours if self.hours else 0.0

    @property
    def mean_wait_s(self) -> float:
        return self.wait_s / self.finishes if self.finishes else 0.0


@dataclass
class Stats:
    """Figures for a window ``[since, until)``; hours are clock hours in ``tz``."""

    since: datetime
    until: datetime
    tz: tzinfo
    total: Figures
    per_packer: dict[str, Figures]
    per_station: dict[str, Figures]
    per_program: dict[str, Figures]
    #: every hour of the window in order, empty hours included
    per_hour: list[Figures]
    #: the finish times of orders (for the pace over the last hour)
    order_times: list[datetime] = field(default_factory=list, repr=False)

    def pace(self, now: datetime, last: timedelta = timedelta(hours=1)) -> float:
        """Orders per hour now: over the ``last`` hour, else the window's rate per active hour."""
        recent = sum(1 for at in self.order_times if now - last <= at <= now)
        if recent:
            return recent / (last.total_seconds() / 3600)
        return self.total.orders_per_hour


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def hour_of(at: datetime, tz: tzinfo) -> datetime:
    """The start of the clock hour of ``at`` in ``tz``."""
    return _aware(at).astimezone(tz).replace(minute=0, second=0, microsecond=0)


def _hours(since: datetime, until: datetime, tz: tzinfo) -> list[datetime]:
    out = []
    hour = hour_of(since, tz)
    while hour < until:
        out.append(hour)
        # via UTC: a day with a clock change has 23 or 25 hours
        hour = (hour.astimezone(UTC) + timedelta(hours=1)).astimezone(tz)
    return out


def is_finish(kind: str, detail: Mapping[str, Any]) -> bool:
    return kind in ("print_job", "api_call") and detail.get("event") == FINISH_EVENT


def compute(
    records: Iterable[AuditRecord], since: datetime, until: datetime, tz: tzinfo = UTC
) -> Stats:
    """Figures from audit records (:class:`~packstation.store.AuditRecord`) in ``[since, until)``.

    Records outside the window or of other kinds are ignored.
    """
    since, until = _aware(since), _aware(until)
    total = Figures("all")
    packers: dict[str, Figures] = {}
    stations: dict[str, Figures] = {}
    programs: dict[str, Figures] = {}
    hours = {h: Figures(h.strftime("%H:00")) for h in _hours(since, until, tz)}
    order_times: list[datetime] = []
    for rec in records:
        at = _aware(rec.at)
        if rec.kind not in WORK_KINDS or not since <= at < until:
            continue
        detail: Mapping[str, Any] = rec.detail or {}
        if rec.kind in ("print_job", "api_call") and not is_finish(rec.kind, detail):
            continue  # other API / print records: not a packer's work item
        hour = hour_of(at, tz)
        groups = [total, packers.setdefault(rec.who, Figures(rec.who))]
        groups.append(stations.setdefault(rec.station, Figures(rec.station)))
        program = str(detail.get("program") or "")
        if program:
            groups.append(programs.setdefault(program, Figures(program)))
        if hour in hours:
            groups.append(hours[hour])
        printed = is_finish(rec.kind, detail) and detail.get("outcome") == "printed"
        if printed:
            order_times.append(at)
        for fig in groups:
            fig.hours.add(hour)
            if rec.kind == "scan":
                fig.scans += 1
                if not detail.get("accepted", True):
                    fig.scan_errors += 1
                    reason = str(detail.get("reason") or "refused")
                    fig.errors_by_reason[reason] = fig.errors_by_reason.get(reason, 0) + 1
            elif rec.kind == "weight":
                fig.weighings += 1
            else:
                fig.finishes += 1
                fig.wait_s += float(detail.get("wait_s") or 0.0)
                if printed:
                    fig.orders += 1
                    fig.items += int(detail.get("items") or 0)
                    fig.sla_misses += 1 if detail.get("sla_miss") else 0
                else:
                    fig.unfinished += 1
    for start, fig in hours.items():
        fig.hours = {start}  # an hour's figures are per that one hour
    return Stats(
        since=since,
        until=until,
        tz=tz,
        total=total,
        per_packer=dict(sorted(packers.items())),
        per_station=dict(sorted(stations.items())),
        per_program=dict(sorted(programs.items())),
        per_hour=list(hours.values()),
        order_times=sorted(order_times),
    )


# ---------------------------------------------------------------------- forecast


@dataclass(frozen=True)
class Forecast:
    """How today's open orders fare at the current pace (see the module docstring)."""

    #: open orders due today (expected ship time today or already past)
    open_orders: int
    #: of those, how many would be finished after they are due
    will_miss: int
    #: of the misses, those already late now (due before ``now``)
    already_late: int
    pace_per_hour: float
    cutoff: datetime
    #: when the last of today's open orders would be done at this pace (None: pace is 0)
    done_at: datetime | None

    def message(self) -> str:
        """ "N of M open orders will miss today's 16:00 pickup at the current pace of X/h"."""
        when = self.cutoff.strftime("%H:%M")
        pace = f"{self.pace_per_hour:.1f}".removesuffix(".0")
        if not self.open_orders:
            return f"No open orders due for today's {when} pickup"
        return (
            f"{self.will_miss} of {self.open_orders} open orders will miss today's {when} "
            f"pickup at the current pace of {pace}/h"
        )


def forecast(
    deadlines: Iterable[datetime],
    *,
    now: datetime,
    cutoff: datetime,
    pace_per_hour: float,
) -> Forecast:
    """Which of the open orders miss today's pickup at ``cutoff``.

    ``deadlines`` are the open orders' expected ship times. An order counts when it is due by the
    end of ``cutoff``'s day (in ``cutoff``'s time zone); it must be done by the earlier of its
    expected ship time and ``cutoff``. Orders are packed most urgent first, one every
    ``1 / pace_per_hour`` hours from ``now``.
    """
    now, cutoff = _aware(now), _aware(cutoff)
    day_end = cutoff.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    due = sorted(min(_aware(d), cutoff) for d in deadlines if _aware(d) < day_end)
    late_now = sum(1 for d in due if d < now)
    if pace_per_hour <= 0:
        return Forecast(len(due), len(due), late_now, 0.0, cutoff, None)
    step = timedelta(hours=1 / pace_per_hour)
    misses = 0
    done = now
    for n, deadline in enumerate(due, start=1):
        done = now + step * n
        if done > deadline:
            misses += 1
    return Forecast(len(due), misses, late_now, pace_per_hour, cutoff, done if due else now)


def deadlines_of(shipments: Iterable[Shipment]) -> list[datetime]:
    """Expected ship times of open shipments (``domain.shipments.Shipment``)."""
    out = []
    for shipment in shipments:
        expected = shipment.shipping_info.expected_shipping_date_time_in_utc
        if expected is not None:
            out.append(_aware(expected))
    return out


def pickup_today(now: datetime, hour: int = 16, minute: int = 0) -> datetime:
    """Today's pickup time (``hour:minute`` on ``now``'s date, in ``now``'s time zone)."""
    return now.replace(hour=hour, minute=minute, second=0, microsecond=0)


# ---------------------------------------------------------------------- service


@dataclass(frozen=True)
class Snapshot:
    """What the dashboard shows: the window's figures and the forecast."""

    stats: Stats
    forecast: Forecast
    now: datetime


class StatsService:
    """Figures and forecast over a :class:`~packstation.store.Database`. *I/O* (reads)."""

    def __init__(self, db: AuditSource) -> None:
        self.db = db

    def _records(self, since: datetime, until: datetime) -> Iterable[AuditRecord]:
        # AuditLog.iter_records passes its filters on as they are: name every one of them.
        return self.db.audit.iter_records(
            since=_aware(since),
            until=_aware(until),
            kind=None,
            station=None,
            who=None,
            shipment_id=None,
        )

    def stats(self, since: datetime, until: datetime, tz: tzinfo = UTC) -> Stats:
        return compute(self._records(since, until), since, until, tz)

    def snapshot(
        self,
        since: datetime,
        until: datetime,
        *,
        cutoff: datetime,
        shipments: Iterable[Shipment] = (),
        now: datetime | None = None,
        tz: tzinfo = UTC,
    ) -> Snapshot:
        """Figures for ``[since, until)`` and the forecast for the open ``shipments``.

        The pace counts the last hour before ``now`` (reading the log since then when the
        window starts later).
        """
        now = _aware(now) if now is not None else datetime.now(UTC)
        stats = self.stats(since, until, tz)
        if _aware(since) > now - timedelta(hours=1):
            start, end = now - timedelta(hours=1), now + timedelta(seconds=1)
            recent = compute(self._records(start, end), start, end, tz)
            pace = recent.pace(now) or stats.total.orders_per_hour
        else:
            pace = stats.pace(now)
        pace = 0.0 if math.isnan(pace) else pace
        fc = forecast(deadlines_of(shipments), now=now, cutoff=cutoff, pace_per_hour=pace)
        return Snapshot(stats, fc, now)
