"""One window per user and data folder: a second launch asks the first to come forward and
exits. A local socket (named pipe on Windows) named after the user and the folder."""

from __future__ import annotations

import getpass
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from services.domain import digest

log = logging.getLogger(__name__)
RAISE, DONE = b"raise\n", b"ok\n"
WAIT_MS = 1000


def server_name(data_dir: Path) -> str:
    key = f"{getpass.getuser()}\0{data_dir.expanduser().resolve()}"
    # The same name in every version: a window an older one opened is found by the new one.
    return "carnet-" + digest.sha256_hex(key)[:20]


def hand_over(name: str, timeout_ms: int = WAIT_MS) -> bool:
    """True when a running Carnet answered and is coming forward (this launch can exit)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(timeout_ms)
    answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll()).startswith(DONE)
    socket.disconnectFromServer()
    return answered


def claim(name: str) -> InstanceServer | None:
    """This launch's server, or None when a running Carnet took the hand-over (exit then)."""
    if hand_over(name):
        return None
    server = InstanceServer(name)
    return None if server.lost else server


class InstanceServer(QObject):
    """Listens for later launches; `raised` asks the window to come forward."""

    raised = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.lost = False  # another launch got there first and answered
        if not self.server.listen(name):
            if hand_over(name):
                self.lost = True
                return
            QLocalServer.removeServer(name)  # left behind by a crash: nobody answers on it
            self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (connection := self.server.nextPendingConnection()) is not None:
            connection.readyRead.connect(lambda c=connection: self._read(c))
            if connection.bytesAvailable():  # arrived with the connection: no readyRead
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll()).startswith(RAISE):
            connection.write(DONE)
            connection.flush()
            log.info("another launch asked this window to come forward")
            self.raised.emit()
        connection.disconnectFromServer()

    def close(self) -> None:
        self.server.close()
