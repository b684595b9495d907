"""Session-wide fixtures: a real memcached on a free loopback port, Lambda events and context, the corpus."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "events"
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_listening(port: int, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"memcached did not start on port {port}")


@dataclass
class MemcachedServer:
    """A real memcached process the tests can kill and restart (same port)."""

    port: int
    binary: str
    process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        # -u root: memcached refuses to run as root otherwise; -U 0: no UDP
        self.process = subprocess.Popen(
            [self.binary, "-u", "root", "-l", "127.0.0.1", "-p", str(self.port), "-m", "64", "-U", "0"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_listening(self.port)

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=5)
            self.process = None

    def restart(self) -> None:
        self.kill()
        self.start()

    def flush(self) -> None:
        with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
            sock.sendall(b"flush_all\r\n")
            sock.recv(64)


@pytest.fixture(scope="session")
def memcached_server() -> Iterator[MemcachedServer]:
    binary = shutil.which("memcached") or "/usr/bin/memcached"
    if not Path(binary).exists():
        pytest.fail("memcached is not installed: run `make test` (it installs it) or `apt-get install memcached`")
    server = MemcachedServer(port=_free_port(), binary=binary)
    server.start()
    yield server
    server.kill()


@pytest.fixture
def memcached(memcached_server: MemcachedServer) -> MemcachedServer:
    """The session's memcached, running and empty."""
    if memcached_server.process is None or memcached_server.process.poll() is not None:
        memcached_server.start()
    memcached_server.flush()
    return memcached_server


@dataclass
class LambdaContext:
    function_name: str = "test-function"
    memory_limit_in_mb: int = 512
    invoked_function_arn: str = "arn:aws:lambda:eu-west-1:123456789012:function:test-function"
    aws_request_id: str = "52fdfc07-2182-154f-163f-5f0f9a621d72"
    log_group_name: str = "/aws/lambda/test-function"
    log_stream_name: str = "2026/11/25/[$LATEST]abcdef"

    def get_remaining_time_in_millis(self) -> int:
        return 30_000


@pytest.fixture
def lambda_context() -> LambdaContext:
    return LambdaContext()


@pytest.fixture
def load_event() -> Callable[[str], dict[str, Any]]:
    def load(name: str) -> dict[str, Any]:
        path = EVENTS / (name if name.endswith(".json") else f"{name}.json")
        return json.loads(path.read_text(encoding="utf-8"))

    return load


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(autouse=True)
def _no_background_predictions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Predictions run on a background thread and would change other tests' cache counts: off unless a test
    (tests/functional/test_prefetch.py) turns them on."""
    from resume_autofix.config import Settings  # noqa: PLC0415
    from resume_autofix.workflow.prefetch import prefetcher  # noqa: PLC0415

    monkeypatch.setattr(prefetcher, "_settings", Settings.from_env({"PREFETCH": "off"}))
