"""The one way GUI code runs blocking work: off the GUI thread, results back by signal.

Modelled on Anki's ``aqt/taskman.py``. A job is a plain callable from the Qt-free layers; it
never touches widgets. Its result (or exception) is delivered on the GUI thread to ``on_done`` /
``on_error``. Jobs submitted with the same ``lane`` (one per physical device: ``"printer:label"``,
``"scale"``) run one after another on their own thread, so jobs for one device never interleave;
jobs without a lane share a small pool.

When the widget that asked for a job (``owner``) has been deleted by the time the job ends, its
callbacks are skipped instead of crashing on a dead C++ object.

A job starts after the repaint that the GUI code submitting it has asked for (the jobs submitted
while handling one event start together, once that frame is on screen). A worker that started at
once would take Python's GIL in the middle of the frame, and the GUI thread would wait for it at
every call that releases the lock (signals, events, painting): 15-40 ms stalls when Finish or
opening a shipment started two workers. The job waits for one frame (a few ms) instead.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6 import QtCore

from packstation.gui.widgets import AfterPaint

log = logging.getLogger(__name__)

#: what a job returns (``on_done`` receives it)
T = TypeVar("T")


@dataclass
class _Job(Generic[T]):
    executor: ThreadPoolExecutor
    future: Future[T]
    fn: Callable[..., T]
    #: the job's own arguments, whatever ``fn`` takes (``run`` cannot name them: see there)
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def start(self) -> None:
        started = self.executor.submit(self.run)
        # A shutdown that cancels the queued work cancels the job's own future too.
        started.add_done_callback(lambda inner: inner.cancelled() and self.future.cancel())

    def run(self) -> None:
        if not self.future.set_running_or_notify_cancel():
            return  # cancelled before it started
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


@dataclass
class _Delivery(Generic[T]):
    future: Future[T]
    on_done: Callable[[T], None] | None
    on_error: Callable[[BaseException], None] | None
    owner: QtCore.QObject | None
    name: str


class TaskRunner(QtCore.QObject):
    """Runs jobs off the GUI thread and hands their results back on it.

    Signals:
        busy_changed(bool): emitted when the first job starts and when the last one ends.
        job_failed(str, object): a job without its own ``on_error`` raised; (job name, exception).
    """

    busy_changed = QtCore.Signal(bool)
    job_failed = QtCore.Signal(str, object)
    _delivered = QtCore.Signal(object)
    _progressed = QtCore.Signal(object, object)

    def __init__(self, parent: QtCore.QObject | None = None, max_workers: int = 4) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="task")
        self._lanes: dict[str, ThreadPoolExecutor] = {}
        self._lock = threading.Lock()
        self._pending: set[Future[Any]] = set()
        self._waiting: list[_Job[Any]] = []  # submitted, to start after the repaint
        self._start_later = AfterPaint(self.start_waiting, self)
        self._closed = False
        self._delivered.connect(self._on_delivered, QtCore.Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._on_progressed, QtCore.Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ public
    def run(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        lane: str | None = None,
        owner: QtCore.QObject | None = None,
        name: str | None = None,
        **kwargs: Any,
    ) -> Future[T]:
        """Run ``fn(*args, **kwargs)`` off the GUI thread; ``on_done`` gets what ``fn`` returns.

        With ``on_progress``, ``fn`` receives a ``progress`` keyword: a callable it may call
        from its thread with any value; ``on_progress(value)`` then runs on the GUI thread.

        ``fn``'s arguments stay ``Any``: a ParamSpec cannot type them next to this method's own
        keyword arguments (PEP 612); ``T`` ties ``fn``'s result to ``on_done`` and the future.
        """
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        # getattr: a functools.partial or a callable object has no __qualname__
        job_name: str = name or getattr(fn, "__qualname__", None) or repr(fn)
        if on_progress is not None:

            def progress(value: object) -> None:
                self._progressed.emit(on_progress, (owner, value))

            kwargs["progress"] = progress
        executor = self._executor(lane)
        future: Future[T] = Future()
        with self._lock:
            was_idle = not self._pending
            self._pending.add(future)
            self._waiting.append(_Job(executor, future, fn, args, kwargs))
        self._start_later.post()
        if was_idle:
            self.busy_changed.emit(True)
        delivery = _Delivery(future, on_done, on_error, owner, job_name)
        future.add_done_callback(lambda _f: self._delivered.emit(delivery))
        return future

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._pending)

    def start_waiting(self) -> None:
        """Start the jobs waiting for the repaint (in the order they were submitted)."""
        with self._lock:
            jobs, self._waiting = self._waiting, []
        for job in jobs:
            job.start()

    def shutdown(self, wait: bool = True, timeout: float = 10.0) -> None:
        """Stop accepting jobs, cancel queued ones and (by default) wait for running ones.

        Jobs still waiting for the repaint are handed to their threads first, as if the frame
        had been painted: a lane that is free runs its next job, as before shutdown.
        """
        self.start_waiting()
        self._closed = True
        executors = [self._pool, *self._lanes.values()]
        for executor in executors:
            executor.shutdown(wait=False, cancel_futures=True)
        if wait:
            deadline = threading.Event()
            timer = threading.Timer(timeout, deadline.set)
            timer.start()
            try:
                for executor in executors:
                    # getattr: ThreadPoolExecutor's threads are private (no public way to join)
                    for thread in list(getattr(executor, "_threads", ())):
                        remaining = timeout if not deadline.is_set() else 0
                        thread.join(remaining)
            finally:
                timer.cancel()

    # ------------------------------------------------------------------ internals
    def _executor(self, lane: str | None) -> ThreadPoolExecutor:
        if lane is None:
            return self._pool
        with self._lock:
            executor = self._lanes.get(lane)
            if executor is None:
                executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"lane-{lane}")
                self._lanes[lane] = executor
            return executor

    @staticmethod
    def _owner_alive(owner: QtCore.QObject | None) -> bool:
        return owner is None or shiboken6.isValid(owner)

    @QtCore.Slot(object, object)
    def _on_progressed(self, callback: Callable[[Any], None], payload: tuple[Any, Any]) -> None:
        owner, value = payload
        if self._owner_alive(owner):
            callback(value)

    @QtCore.Slot(object)
    def _on_delivered(self, delivery: _Delivery[Any]) -> None:
        future = delivery.future
        with self._lock:
            self._pending.discard(future)
            now_idle = not self._pending
        try:
            if future.cancelled() or not self._owner_alive(delivery.owner):
                return
            error = future.exception()
            if error is None:
                if delivery.on_done is not None:
                    delivery.on_done(future.result())
            elif delivery.on_error is not None:
                delivery.on_error(error)
            else:
                log.error("background job %s failed", delivery.name, exc_info=error)
                self.job_failed.emit(delivery.name, error)
        finally:
            if now_idle:
                self.busy_changed.emit(False)
