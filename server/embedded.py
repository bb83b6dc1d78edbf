"""Run the reference server inside this process: a background thread on a free loopback port.

The desktop demo and the tests use it; `with start(dataset) as server: server.url`.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn

from server.app import create_app
from server.db import make_engine, reset
from server.loader import load, replace
from server.settings import Settings
from services.domain.dataset import Dataset


@dataclass
class RunningServer:
    url: str  # http://127.0.0.1:PORT
    settings: Settings
    _server: uvicorn.Server
    _thread: threading.Thread
    engine: object = field(repr=False, default=None)

    @property
    def admin_token(self) -> str:
        return self.settings.admin_token

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and not self._server.should_exit

    def api(self, lang: str = "en") -> str:
        return f"{self.url}/api/v3/{lang}"

    def replace(self, dataset: Dataset) -> None:
        """Serve `dataset` instead, as a fresh start would (a new epoch: old cursors get 410),
        without a new port, thread or schema: what the tests do between two tests."""
        replace(self.engine, dataset, self.settings.password_hashing,
                demo_keys=self.settings.demo)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        if self.engine is not None:
            self.engine.dispose()

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def start(dataset: Dataset | None = None, database: str | None = None,
          folder: Path | None = None, port: int = 0, **settings) -> RunningServer:
    """Start on 127.0.0.1 (a free port unless given); returns once it answers."""
    if database is None:
        if folder is None:
            raise ValueError("give a database URL or a folder for the SQLite file")
        folder.mkdir(parents=True, exist_ok=True)
        database = f"sqlite:///{folder / 'carnet-server.sqlite3'}"
    config = Settings(database=database, **settings)
    engine = make_engine(database)
    reset(engine)
    app = create_app(config, engine)
    if dataset is not None:
        load(engine, dataset, config.password_hashing, demo_keys=config.demo)
    sock = _listener(port)
    # log_config=None: uvicorn leaves logging alone, and its errors reach the root logger (the
    # app's log file, the tests' check of logged errors) instead of a stderr handler of its own.
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                           lifespan="off", log_config=None))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name="carnet-server")
    thread.start()
    _wait_started(server, thread)
    sock_port = sock.getsockname()[1]
    return RunningServer(f"http://127.0.0.1:{sock_port}", config, server, thread, engine)


def _listener(port: int) -> socket.socket:
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on such sockets, and without
    # it every keep-alive response waits ~40 ms for a delayed ACK. Set it on the listener too
    # (accepted sockets inherit it).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", port))
    return sock


def _wait_started(server: uvicorn.Server, thread: threading.Thread) -> None:
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the embedded server did not start")
        time.sleep(0.01)
