"""A fault-injecting HTTP proxy on 127.0.0.1, between the client and the real server.

`proxy.fail(kind, method=None, path=None, times=1)` makes the next matching requests fail:
  500, 503 (with Retry-After), 401   answered by the proxy, not forwarded
  timeout                            held past the client's read timeout, then closed
  reset                              connection reset before forwarding
  lost                               forwarded (the server applies it), then reset: the
                                     answer never arrives
  truncate                           forwarded, body cut in half under a full Content-Length
  malformed                          forwarded, body replaced by broken JSON
  schema                             forwarded, the first upsert's data made invalid
  wrongtype                          forwarded, the answer's ids of the wrong type
  slow                               forwarded (the server applies it), the answer held
                                     past the client's read timeout
  foreign                            forwarded, a list's Paging.Next pointed at `foreign`
                                     (another origin), its path and query kept

`proxy.randomly(kinds, rate, seed, methods)` adds chaos: each matching request gets one of
`kinds` with probability `rate`, drawn from a seeded generator (the same seed, the same
faults for the same sequence of requests).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Rule:
    kind: str
    method: str | None
    path: str | None
    times: int

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (
            self.path is None or self.path in path)


class FaultProxy:
    def __init__(self, upstream: str, hold: float = 3.0) -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname, parts.port)
        self.hold = hold
        self.latency = 0.0  # seconds before each request is forwarded, as on a slow link
        self.foreign = ""  # the origin "foreign" faults point Next links at
        self.rules: list[Rule] = []
        self.chaos: tuple[list[str], float, random.Random, set[str] | None] | None = None
        self.seen: list[tuple[str, str, str]] = []  # (method, path, what happened)
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _any(self) -> None:
                proxy._handle(self)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def fail(self, kind: str, method: str | None = None, path: str | None = None,
             times: int = 1) -> None:
        with self._lock:
            self.rules.append(Rule(kind, method, path, times))

    def randomly(self, kinds: list[str], rate: float, seed: int,
                 methods: set[str] | None = None) -> None:
        with self._lock:
            self.chaos = (kinds, rate, random.Random(seed), methods)

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()
            self.chaos = None

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _take(self, method: str, path: str) -> str | None:
        with self._lock:
            for rule in self.rules:
                if rule.times > 0 and rule.matches(method, path):
                    rule.times -= 1
                    return rule.kind
            if self.chaos is not None:
                kinds, rate, draw, methods = self.chaos
                if (methods is None or method in methods) and draw.random() < rate:
                    return draw.choice(kinds)
        return None

    def _forward(self, handler: BaseHTTPRequestHandler, body: bytes) -> tuple[int, list, bytes]:
        conn = http.client.HTTPConnection(*self.upstream, timeout=30)
        # Host kept, as a reverse proxy does: the platform's own links then name the proxy.
        headers = {k: v for k, v in handler.headers.items()
                   if k.lower() not in ("connection", "content-length")}
        conn.request(handler.command, handler.path, body=body or None, headers=headers)
        response = conn.getresponse()
        data = response.read()
        kept = [(k, v) for k, v in response.getheaders()
                if k.lower() not in ("content-length", "connection", "transfer-encoding")]
        conn.close()
        return response.status, kept, data

    def _answer(self, handler, status: int, headers: list, data: bytes,
                length: int | None = None) -> None:
        handler.send_response(status)
        for k, v in headers:
            handler.send_header(k, v)
        handler.send_header("Content-Length", str(len(data) if length is None else length))
        handler.end_headers()
        handler.wfile.write(data)
        handler.wfile.flush()

    def _reset(self, handler) -> None:
        # SO_LINGER 0: close with RST, as a dropped connection looks to the client.
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                      struct.pack("ii", 1, 0))
        handler.close_connection = True
        handler.connection.close()

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        kind = self._take(handler.command, handler.path)
        time.sleep(self.latency)
        self.seen.append((handler.command, handler.path, kind or "forwarded"))
        json_type = [("Content-Type", "application/json")]
        error = {"Error": {"Code": "Injected", "Message": "injected fault", "Fields": {}}}
        if kind in ("500", "401"):
            self._answer(handler, int(kind), json_type, json.dumps(error).encode())
            return
        if kind == "503":
            self._answer(handler, 503, [*json_type, ("Retry-After", "1")],
                         json.dumps(error).encode())
            return
        if kind == "timeout":
            time.sleep(self.hold)
            self._reset(handler)
            return
        if kind == "reset":
            self._reset(handler)
            return
        status, headers, data = self._forward(handler, body)
        if kind == "lost":
            self._reset(handler)
        elif kind == "truncate":
            self._answer(handler, status, headers, data[: len(data) // 2], length=len(data))
            handler.close_connection = True
        elif kind == "malformed":
            self._answer(handler, status, headers, b'{"Items": [{"Type": ')
        elif kind == "slow":
            time.sleep(self.hold)
            with contextlib.suppress(OSError):  # the client has given up and left
                self._answer(handler, status, headers, data)
        elif kind == "foreign":
            doc = json.loads(data)
            if doc.get("Paging", {}).get("Next"):
                link = urlsplit(doc["Paging"]["Next"])
                doc["Paging"]["Next"] = f"{self.foreign}{link.path}?{link.query}"
            self._answer(handler, status, headers, json.dumps(doc).encode())
        elif kind == "wrongtype":
            self._answer(handler, status, headers, _ids_as_text(data))
        elif kind == "schema":
            doc = json.loads(data)
            for item in doc.get("Items", []):
                if item.get("Data"):
                    item["Data"] = {"Id": "not-a-number"}
                    break
            self._answer(handler, status, headers, json.dumps(doc).encode())
        else:
            self._answer(handler, status, headers, data)


def _ids_as_text(data: bytes) -> bytes:
    """Ids of an answer in the wrong type: each "Id" a list, each other "…Id" a string."""

    def wrong(key: str, ident: int):
        return [ident] if key == "Id" else str(ident)

    def turn(value):
        if isinstance(value, dict):
            return {k: (wrong(k, v) if k.endswith("Id") and isinstance(v, int) else turn(v))
                    for k, v in value.items()}
        if isinstance(value, list):
            return [turn(v) for v in value]
        return value

    try:
        return json.dumps(turn(json.loads(data))).encode()
    except ValueError:
        return data
