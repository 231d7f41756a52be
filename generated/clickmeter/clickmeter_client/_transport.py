"""Credentials are added here, at the last moment, to a copy of the request, and only for the base URL's origin.

The request object that httpx logs, that responses point back to and that errors carry never holds a
key, so nothing downstream can leak one. A redirect (or any request) to another scheme, host or port
goes out without credentials.
"""

import ipaddress
import urllib.request

import httpx

CredentialValues = tuple[tuple[str, str, str], ...]  # (location, wire name, value)
DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: httpx.URL | str) -> tuple[str, str, int | None]:
    if not isinstance(url, httpx.URL):
        url = httpx.URL(url)
    return url.scheme, url.host, url.port or DEFAULT_PORTS.get(url.scheme)


def _with_credentials(request: httpx.Request, credentials: CredentialValues) -> httpx.Request:
    url = request.url
    for location, name, value in credentials:
        if location == "query":
            url = url.copy_set_param(name, value)
    # The new request copies the headers, so adding the credential headers to them leaves the original alone.
    sent = httpx.Request(
        request.method, url, headers=request.headers, stream=request.stream, extensions=request.extensions
    )
    for location, name, value in credentials:
        if location == "header":
            sent.headers[name] = value
    return sent


class CredentialTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, credentials: CredentialValues, base_url: str) -> None:
        self._inner = inner
        self._credentials = credentials
        self._origin = origin(base_url)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if origin(request.url) == self._origin:
            request = _with_credentials(request, self._credentials)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()

    def __repr__(self) -> str:
        return f"CredentialTransport({self._inner!r})"


class AsyncCredentialTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, credentials: CredentialValues, base_url: str) -> None:
        self._inner = inner
        self._credentials = credentials
        self._origin = origin(base_url)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if origin(request.url) == self._origin:
            request = _with_credentials(request, self._credentials)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()

    def __repr__(self) -> str:
        return f"AsyncCredentialTransport({self._inner!r})"


def environment_proxies() -> dict[str, str | None]:
    """httpx's reading of HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY, as mount patterns.

    httpx reads them only when it builds its own transport; the client builds its transports (to add
    credentials), so it reads them the same way: a None value means "no proxy" for that pattern.
    """
    proxies = urllib.request.getproxies()
    mounts: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        url = proxies.get(scheme)
        if url:
            mounts[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for host in (part.strip() for part in proxies.get("no", "").split(",")):
        if host == "*":
            return {}
        if not host:
            continue
        if "://" in host:
            mounts[host] = None
        elif _ip_version(host) == 4:
            mounts[f"all://{host}"] = None
        elif _ip_version(host) == 6:
            mounts[f"all://[{host}]"] = None
        elif host.lower() == "localhost":
            mounts[f"all://{host}"] = None
        else:
            mounts[f"all://*{host}"] = None
    return mounts


def _ip_version(host: str) -> int | None:
    try:
        return ipaddress.ip_address(host.split("/")[0]).version
    except ValueError:
        return None
