"""Run the sandbox marketplace on uvicorn in a background thread (in-process use, tests, GUI).

    with SandboxServer(seed=7, shipments=60) as server:
        client = httpx.Client(base_url=server.base_url)
        ...

``stop()`` releases hanging fault requests, stops uvicorn and joins its thread.

With ``state_file=Path`` the marketplace survives restarts: the file is loaded at construction
when it exists (its seed and shipments win over the arguments), written after every
state-changing call before the answer is sent, and on ``stop()`` (see
:mod:`packstation.sandbox.persistence`). ``reset=True`` ignores an existing file and starts a fresh
marketplace from ``seed``/``shipments`` (written at once). An unreadable file is renamed
``<name>.damaged``, a warning is logged and a fresh marketplace starts (``state_origin`` says
which of ``"memory"``, ``"new"``, ``"loaded"``, ``"reset"``, ``"replaced-damaged"`` happened).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn

from packstation.sandbox.app import ADMIN, LWA_PATH, SandboxApp
from packstation.sandbox.faults import Faults
from packstation.sandbox.marketplace import MarketplaceState
from packstation.sandbox.persistence import StateFile, StateFileError

log = logging.getLogger(__name__)

START_TIMEOUT_S = 15.0


class SandboxError(RuntimeError):
    """The sandbox server could not start or stop; the message says why."""


class SandboxServer:
    """The built-in marketplace as a real HTTP server on ``host``:``port`` (0 = a free port)."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int = 7,
        shipments: int = 60,
        rate_limits: bool = True,
        faults: Faults | Mapping[str, Any] | None = None,
        clock: Callable[[], float] | None = None,
        pinned_credentials: tuple[str, str, str] | Mapping[str, str] | None = None,
        state_file: str | Path | None = None,
        reset: bool = False,
        batch_limit: int = 10,
    ) -> None:
        self.host = host
        self.port = port
        self.store = StateFile(state_file) if state_file is not None else None
        self.state_origin = "memory"
        if self.store is not None and self.store.exists() and not reset:
            # The file decides the marketplace; generating one first would only be thrown away.
            self.state = MarketplaceState(seed=seed, shipments=0, clock=clock)
            try:
                self.store.load_into(self.state)
                self.state_origin = "loaded"
                log.info(
                    "sandbox marketplace loaded from %s (seed %s, %d shipments)",
                    self.store.path,
                    self.state.seed,
                    len(self.state.records),
                )
            except StateFileError as exc:
                aside = self.store.set_aside()
                log.warning(
                    "sandbox state unreadable (%s); kept as %s, starting a fresh marketplace",
                    exc,
                    aside,
                )
                self.state = MarketplaceState(seed=seed, shipments=shipments, clock=clock)
                self.state_origin = "replaced-damaged"
        else:
            self.state = MarketplaceState(seed=seed, shipments=shipments, clock=clock)
            if self.store is not None:
                self.state_origin = "reset" if reset and self.store.exists() else "new"
        self.sandbox = SandboxApp(
            self.state,
            rate_limits=rate_limits,
            faults=Faults.from_json(faults),
            pinned_credentials=pinned_credentials,
            batch_limit=batch_limit,
        )
        if self.store is not None:
            self.store.save(self.state)
            self.sandbox.on_change = self.save
            self.sandbox.state_file_info = {
                "path": str(self.store.path),
                "origin": self.state_origin,
            }
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._failure: BaseException | None = None

    # ------------------------------------------------------------ addresses

    @property
    def base_url(self) -> str:
        if self._socket is None:
            raise SandboxError("the sandbox server is not running; call start() first")
        return f"http://{self.host}:{self.port}"

    @property
    def lwa_url(self) -> str:
        return self.base_url + LWA_PATH

    @property
    def admin_url(self) -> str:
        return self.base_url + ADMIN

    @property
    def faults(self) -> Faults:
        return self.sandbox.faults

    @faults.setter
    def faults(self, value: Faults | Mapping[str, Any]) -> None:
        self.sandbox.faults = Faults.from_json(value)

    def save(self) -> None:
        """Write the state file now (no-op without ``state_file``)."""
        if self.store is not None:
            self.store.save(self.state)

    # ------------------------------------------------------------ life cycle

    def start(self) -> SandboxServer:
        if self._thread is not None:
            raise SandboxError("the sandbox server is already running")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.bind((self.host, self.port))
            sock.listen(512)
        except OSError as exc:
            sock.close()
            raise SandboxError(f"cannot listen on {self.host}:{self.port}: {exc}") from exc
        self._socket = sock
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.sandbox.app,
            log_config=None,
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
            timeout_keep_alive=30,
        )
        self._server = uvicorn.Server(config)
        started = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(sock, started), name=f"sandbox-{self.port}", daemon=True
        )
        self._thread.start()
        if not started.wait(START_TIMEOUT_S) or self._failure is not None:
            self.stop()
            raise SandboxError(f"the sandbox server did not start: {self._failure!r}")
        log.info("sandbox marketplace listening on %s", self.base_url)
        return self

    def _run(self, sock: socket.socket, started: threading.Event) -> None:
        assert self._server is not None
        loop = asyncio.new_event_loop()
        self._loop = loop
        server = self._server

        async def main() -> None:
            self.sandbox.closing = asyncio.Event()
            serve = asyncio.ensure_future(server.serve(sockets=[sock]))
            while not server.started and not serve.done():
                await asyncio.sleep(0.005)
            started.set()
            await serve

        try:
            loop.run_until_complete(main())
        except BaseException as exc:  # reported to start() / stop()
            self._failure = exc
            log.exception("sandbox server thread failed")
        finally:
            started.set()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def stop(self) -> None:
        server, thread, loop = self._server, self._thread, self._loop
        if server is not None:
            server.should_exit = True
            closing = self.sandbox.closing
            if loop is not None and closing is not None and not loop.is_closed():
                with contextlib.suppress(RuntimeError):  # the loop closed in between
                    loop.call_soon_threadsafe(closing.set)
        if thread is not None:
            thread.join(timeout=10)
            if thread.is_alive():
                raise SandboxError("the sandbox server thread did not stop within 10 s")
        if self._socket is not None:
            self._socket.close()
        was_running = self._thread is not None
        self._server = self._thread = self._loop = None
        self._socket = None
        if was_running:
            try:
                self.save()
            except StateFileError:
                log.exception("sandbox state could not be written on stop")

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
