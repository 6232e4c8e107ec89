"""A real HTTP server on 127.0.0.1 (port 0) serving canned pages and feeds to the web reader."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before answering
    drip: float = 0.0  # between body chunks of 64 bytes
    header_drip: float = 0.0  # between the bytes of the status line and headers


class _Server(ThreadingHTTPServer):
    routes: dict[str, Route]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        route = self.server.routes.get(self.path)
        if route is None:
            route = Route(b"<html><body>not here</body></html>", status=404)
        time.sleep(route.delay)
        if route.header_drip:
            self._drip_headers(route)
            return
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(route.body)))
        for name, value in route.headers.items():
            self.send_header(name, value)
        self.end_headers()
        step = 64 if route.drip else len(route.body) or 1
        try:
            for start in range(0, len(route.body), step):
                self.wfile.write(route.body[start:start + step])
                self.wfile.flush()
                time.sleep(route.drip)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should on a dripping server

    def _drip_headers(self, route: Route) -> None:
        head = f"HTTP/1.1 {route.status} OK\r\nContent-Type: {route.content_type}\r\n" + "X-Pad: " + "a" * 200
        try:
            for byte in head.encode():
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(route.header_drip)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class LocalWeb:
    base: str
    routes: dict[str, Route]

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.routes = {}
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield LocalWeb(f"http://127.0.0.1:{server.server_address[1]}", server.routes)
    finally:
        server.shutdown()
        server.server_close()
