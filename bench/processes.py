"""Servers the benchmarks start as separate processes, so they never share a core's time with the load."""

from __future__ import annotations

import contextlib
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx

from mockserver.launcher import free_port


class ServerStartupError(RuntimeError):
    pass


def wait_until_answering(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    """Any HTTP answer counts: the probe may lack credentials, the server is up all the same."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerStartupError(f"{url}: server exited with {process.returncode}:\n{log.read_text()[-2000:]}")
        with contextlib.suppress(httpx.TransportError):
            httpx.get(url, timeout=1.0)
            return
        time.sleep(0.1)
    raise ServerStartupError(f"{url}: no answer after {timeout:.0f}s:\n{log.read_text()[-2000:]}")


@contextlib.contextmanager
def serving(command: Sequence[str], probe_path: str, port: int, timeout: float = 60.0) -> Iterator[str]:
    """Run `command` (which must listen on 127.0.0.1:`port`) and yield its base URL until the block ends."""
    base_url = f"http://127.0.0.1:{port}"
    with tempfile.NamedTemporaryFile(prefix="bench-server-", suffix=".log") as log:
        process = subprocess.Popen(list(command), stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until_answering(base_url + probe_path, process, Path(log.name), timeout)
            yield base_url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


__all__ = ["ServerStartupError", "free_port", "serving"]
