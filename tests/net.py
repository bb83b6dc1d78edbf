"""A listening socket on loopback that counts what reaches it: where a test must show that
nothing was sent (a token to another origin, a request to a refused server address)."""

from __future__ import annotations

import socket
import threading


class Listener:
    """Accepts every connection and counts it and its bytes; answers nothing."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.received = 0
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.settimeout(1.0)
                try:
                    while chunk := conn.recv(4096):
                        self.received += len(chunk)
                except OSError:
                    pass

    def close(self) -> None:
        self.sock.close()
