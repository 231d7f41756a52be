"""Credentials are added here, at the last moment, to a copy of the request.

The request object that httpx logs, that responses point back to and that errors carry never holds a
key, so nothing downstream can leak one.
"""

import httpx

CredentialValues = tuple[tuple[str, str, str], ...]  # (location, wire name, value)


def _with_credentials(request: httpx.Request, credentials: CredentialValues) -> httpx.Request:
    url = request.url
    headers = httpx.Headers(request.headers)
    for location, name, value in credentials:
        if location == "query":
            url = url.copy_set_param(name, value)
        elif location == "header":
            headers[name] = value
    return httpx.Request(request.method, url, headers=headers, stream=request.stream, extensions=request.extensions)


class CredentialTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, credentials: CredentialValues) -> None:
        self._inner = inner
        self._credentials = credentials

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(_with_credentials(request, self._credentials))

    def close(self) -> None:
        self._inner.close()

    def __repr__(self) -> str:
        return f"CredentialTransport({self._inner!r})"


class AsyncCredentialTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, credentials: CredentialValues) -> None:
        self._inner = inner
        self._credentials = credentials

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(_with_credentials(request, self._credentials))

    async def aclose(self) -> None:
        await self._inner.aclose()

    def __repr__(self) -> str:
        return f"AsyncCredentialTransport({self._inner!r})"
