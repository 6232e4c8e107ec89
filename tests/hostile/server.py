"""Hostile web servers on 127.0.0.1: each path misbehaves in one way a real site might."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .cases import NEUTRAL_PARAGRAPH

GIGABYTE = 1 << 30
SLOW_FEED_ITEMS = 12
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>
"""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        route = ROUTES.get(self.path.split("?")[0])
        try:
            if route is None:
                self._answer(404, b"not here")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the client gave up, as it should

    def _answer(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
                headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, chunks: Iterator[bytes], content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Connection", "close")
        self.end_headers()
        for chunk in chunks:
            self.wfile.write(chunk)
            self.wfile.flush()

    def log_message(self, format: str, *args: object) -> None:
        pass


def _slow_headers(h: _Handler) -> None:
    """A status line and headers one byte a second, never done within any sane deadline."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Pad: " + b"a" * 400 + b"\r\n\r\n"
    for byte in head:
        h.wfile.write(bytes([byte]))
        h.wfile.flush()
        time.sleep(1)


def _slow_body(h: _Handler) -> None:
    body = f"<html><body><p>{NEUTRAL_PARAGRAPH}</p></body></html>".encode()
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    for byte in body:
        h.wfile.write(bytes([byte]))
        h.wfile.flush()
        time.sleep(1)


def _gzip_gzip(h: _Handler) -> None:
    """Two gzip layers: 10 MB of zeros, gzipped twice, is a few kilobytes; inflated in full it is far past any limit."""
    inner = gzip.compress(b"\0" * (64 << 20), 9)
    h._answer(200, gzip.compress(inner, 9), headers={"Content-Encoding": "gzip, gzip"})


def _redirect_loop(h: _Handler) -> None:
    h.send_response(302)
    h.send_header("Location", "/redirect-loop-b" if h.path == "/redirect-loop" else "/redirect-loop")
    h.send_header("Content-Length", "0")
    h.end_headers()


def _gigabyte_declared(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(GIGABYTE))
    h.end_headers()
    block = b"<p>" + b"x" * 65533
    for _ in range(GIGABYTE // len(block)):
        h.wfile.write(block)


def _gigabyte_streamed(h: _Handler) -> None:
    block = b"<p>" + b"x" * 65533
    h._stream((block for _ in range(GIGABYTE // len(block))), "text/html")


def _endless_feed(h: _Handler) -> None:
    def items() -> Iterator[bytes]:
        yield b'<?xml version="1.0"?><rss version="2.0"><channel><title>Endless</title>'
        n = 0
        while True:
            n += 1
            yield f"<item><title>Item {n}</title><link>/nowhere/{n}</link></item>".encode() * 50

    h._stream(items(), "application/rss+xml")


def _slow_feed(h: _Handler) -> None:
    items = "".join(f"<item><title>Item {n}</title><link>/slow-body?item={n}</link></item>"
                    for n in range(SLOW_FEED_ITEMS))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title>{items}</channel></rss>'
    h._answer(200, body.encode(), "application/rss+xml")


def _laughs(h: _Handler) -> None:
    h._answer(200, BILLION_LAUGHS, "application/rss+xml")


ROUTES: dict[str, Callable[[_Handler], None]] = {
    "/slow-headers": _slow_headers,
    "/slow-body": _slow_body,
    "/gzip-gzip": _gzip_gzip,
    "/redirect-loop": _redirect_loop,
    "/redirect-loop-b": _redirect_loop,
    "/gigabyte-declared": _gigabyte_declared,
    "/gigabyte-streamed": _gigabyte_streamed,
    "/endless-feed": _endless_feed,
    "/slow-feed": _slow_feed,
    "/billion-laughs": _laughs,
}


@contextmanager
def hostile_web() -> Iterator[str]:
    """The base URL of the hostile server, serving until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
