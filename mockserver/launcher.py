"""Start mock servers as separate processes on free ports, for the demo, contract runs and benchmarks."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from typing import IO

import httpx

from clickapis.catalog import APIS

STARTUP_TIMEOUT_SECONDS = 30.0
START_ATTEMPTS = 3
ADDRESS_IN_USE = "address already in use"


class MockStartupError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_healthy(base_url: str, process: subprocess.Popen[bytes], api: str, log: IO[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            output = log.read().decode(errors="replace")
            raise MockStartupError(f"mock server for {api} exited with {process.returncode}:\n{output}")
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{base_url}/_mock/health", timeout=1.0).status_code == 200:
                return
        time.sleep(0.05)
    raise MockStartupError(f"mock server for {api} not healthy at {base_url} after {STARTUP_TIMEOUT_SECONDS:.0f}s")


@contextlib.contextmanager
def running_mock_servers(apis: Sequence[str], *extra_arguments: str) -> Iterator[dict[str, str]]:
    """Yield {api: base URL} while one `python -m mockserver` process per API serves; stop them afterwards."""
    processes: list[subprocess.Popen[bytes]] = []
    urls: dict[str, str] = {}
    with contextlib.ExitStack() as cleanup:
        cleanup.callback(_stop, processes)

        def start(api: str) -> tuple[str, subprocess.Popen[bytes], IO[bytes]]:
            port = free_port()
            command = [sys.executable, "-m", "mockserver", "--api", api, "--port", str(port), *extra_arguments]
            # A file, not a pipe: nobody reads a pipe while the server runs, and a full one blocks its writes.
            log = cleanup.enter_context(tempfile.TemporaryFile())
            processes.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT))
            return f"http://127.0.0.1:{port}", processes[-1], log

        starting = {api: start(api) for api in apis}  # all at once: they seed their stores in parallel
        for api in apis:
            for attempt in range(1, START_ATTEMPTS + 1):
                url, process, log = starting[api]
                try:
                    wait_until_healthy(url, process, api, log)
                    break
                except MockStartupError as error:
                    # The free port can be taken between the probe and the server's bind (parallel test
                    # workers start mocks too): only that failure is worth another port.
                    if attempt == START_ATTEMPTS or ADDRESS_IN_USE not in str(error):
                        raise
                    starting[api] = start(api)
            urls[api] = url
        yield urls


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def serve_all(extra_arguments: Sequence[str]) -> int:
    """`python -m mockserver.launcher [mock options]`: every API on its default port until interrupted."""
    processes = []
    for api in APIS.values():
        port = str(api.mock_port)
        command = [sys.executable, "-m", "mockserver", "--api", api.name, "--port", port, *extra_arguments]
        processes.append(subprocess.Popen(command))
        print(f"{api.name:<11} http://127.0.0.1:{api.mock_port}  ({api.describe_credentials()})", flush=True)
    try:
        for process in processes:
            process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        for process in processes:
            process.terminate()
    return max((process.returncode or 0) for process in processes)


if __name__ == "__main__":
    sys.exit(serve_all(sys.argv[1:]))
