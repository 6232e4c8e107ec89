"""`accord serve` in a process of its own on a free port of 127.0.0.1, for the load test and the web
tests: a real uvicorn server, as a user starts it."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from ..errors import ConfigError, Errors

# how long a server may take to answer its first request (it opens the knowledge base, imports FastAPI)
STARTUP_SECONDS = 60.0
_POLL_SECONDS = 0.2


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(db: Path | str, startup: float = STARTUP_SECONDS) -> Iterator[str]:
    """`accord serve` over ``db``: its base URL once it answers, the server stopped on leaving."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # its output goes to a file, not a pipe nobody reads while it runs (a full pipe would block it)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as output:
        proc = subprocess.Popen([sys.executable, "-m", "accord", "serve", "--db", str(db), "--port", str(port)],
                                stdout=output, stderr=subprocess.STDOUT, text=True)
        try:
            deadline = time.monotonic() + startup
            while not _answers(base):
                if proc.poll() is not None or time.monotonic() > deadline:
                    output.seek(0)
                    raise ConfigError(Errors.E230, base=base, seconds=startup, output=output.read().strip())
                time.sleep(_POLL_SECONDS)
            yield base
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def _answers(base: str) -> bool:
    try:
        return httpx.get(base + "/api/countries", timeout=2).status_code == httpx.codes.OK
    except httpx.TransportError:
        return False
