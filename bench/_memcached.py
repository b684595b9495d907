"""A throwaway memcached on a free loopback port for the benchmarks (the same way the tests start one)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def memcached(port: int | None = None) -> Iterator[subprocess.Popen[bytes]]:
    binary = shutil.which("memcached")
    if binary is None:
        raise SystemExit("memcached is not installed (make dev installs it)")
    port = port or free_port()
    proc = subprocess.Popen([binary, "-u", "root", "-l", "127.0.0.1", "-p", str(port), "-U", "0"])
    proc.port = port  # type: ignore[attr-defined]
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.02)
    try:
        yield proc
    finally:
        proc.kill()
        proc.wait()
