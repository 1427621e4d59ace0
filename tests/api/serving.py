"""Run `python -m lagebild.api` in a subprocess on a free port (concurrency and browser tests)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(db: Path, *, token: str | None = None, timeout: float = 30.0) -> Iterator[str]:
    """Serve db from a separate process; yields the base URL and stops the process afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "lagebild.api", "--db", str(db), "--port", str(port)]
    if token:
        command += ["--token", token]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"server exited: {process.stdout.read()}")
            try:
                httpx.get(f"{base}/api/meta", timeout=1.0, params={"token": token} if token else None)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
