"""The clicky_client client: configuration, credentials and the underlying httpx clients."""

import os
import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._clock import Clock, SystemClock
from ._pacing import (
    DEFAULT_PACING,
    NO_PACING,
    PACING_SCOPES,
    ConcurrencyLimit,
    ConcurrencyPacer,
    Pacer,
    PacingPolicy,
    RateLimit,
    RatePacer,
)
from ._transport import AsyncCredentialTransport, CredentialTransport, CredentialValues

DEFAULT_BASE_URL = "https://api.clicky.com"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
BASE_URL_ENV = "CLICKY_BASE_URL"
# (argument, environment variable, location, wire name, secret)
CREDENTIALS: tuple[tuple[str, str, str, str, bool], ...] = (
    ("site_id", "CLICKY_SITE_ID", "query", "site_id", False),
    ("sitekey", "CLICKY_SITEKEY", "query", "sitekey", True),
)


class MissingCredentialError(ValueError):
    pass


@define
class Client:
    """Client for the Clicky Analytics API.

    Pass it as `client=` to any operation in `clicky_client.api`: `.sync()` / `.asyncio()` return the
    parsed answer or raise a typed error, `.sync_detailed()` / `.asyncio_detailed()` return the whole response.

    Args:
        site_id: credential sent as query `site_id`; default: $CLICKY_SITE_ID.
        sitekey: secret credential sent as query `sitekey`; default: $CLICKY_SITEKEY.
        base_url: default $CLICKY_BASE_URL, else https://api.clicky.com.
        timeout: seconds or an httpx.Timeout for every request (default 30 s, 5 s to connect).
        max_retries: retries of failed requests that are safe to repeat (connection errors, timeouts,
            408, 429, 5xx), with exponential backoff and jitter, honouring Retry-After (default 2).
        pacing: per-limit overrides of the vendor limits the client paces itself to
            (site); map a name to None to turn it off.
        clock: time source for backoff and pacing (tests pass a fake one).
        headers, cookies, verify_ssl, follow_redirects, httpx_args: passed to the httpx clients
            (`httpx_args={"transport": ...}` replaces the network transport).
    """

    base_url: str | None = field(default=None)
    site_id: str | None = field(default=None, kw_only=True)
    sitekey: str | None = field(default=None, kw_only=True, repr=False)
    timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    pacing: dict[str, PacingPolicy | None] = field(factory=dict, kw_only=True)
    clock: Clock = field(factory=SystemClock, kw_only=True, repr=False)
    headers: dict[str, str] = field(factory=dict, kw_only=True, repr=False)
    cookies: dict[str, str] = field(factory=dict, kw_only=True, repr=False)
    verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, repr=False)
    follow_redirects: bool = field(default=False, kw_only=True, repr=False)
    httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)
    _pacers: dict[str, Pacer] = field(factory=dict, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self.base_url = (self.base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        for argument, env, _location, _wire_name, _secret in CREDENTIALS:
            value = getattr(self, argument) or os.environ.get(env)
            if not value:
                raise MissingCredentialError(f"{argument} is required: pass {argument}=... or set ${env}")
            setattr(self, argument, str(value))

    def _credential_values(self) -> CredentialValues:
        return tuple(
            (location, wire_name, getattr(self, argument)) for argument, _, location, wire_name, _ in CREDENTIALS
        )

    def secrets(self) -> tuple[str, ...]:
        """Credential values to scrub from any text the client produces."""
        return tuple(getattr(self, argument) for argument, _, _, _, secret in CREDENTIALS if secret)

    def with_options(self, **changes: Any) -> Self:
        """A copy with other settings (e.g. `client.with_options(max_retries=0, timeout=5)` for one call)."""
        copy = evolve(self, **changes)
        copy._pacers = self._pacers  # the vendor's limits count every call, whichever copy makes it
        return copy

    def pacer(self, name: str | None) -> Pacer:
        """The pacer of the vendor limit `name` (shared by every call through this client)."""
        if name is None:
            return NO_PACING
        if name not in self._pacers:
            policy = self.pacing.get(name, DEFAULT_PACING.get(name))
            if isinstance(policy, RateLimit):
                self._pacers[name] = RatePacer(policy, self.clock)
            elif isinstance(policy, ConcurrencyLimit):
                scope = getattr(self, PACING_SCOPES[name]) if name in PACING_SCOPES else ""
                self._pacers[name] = ConcurrencyPacer(policy, key=f"{name}|{self.base_url}|{scope}")
            else:
                self._pacers[name] = NO_PACING
        return self._pacers[name]

    def _httpx_settings(self) -> dict[str, Any]:
        settings = {
            "base_url": self.base_url,
            "cookies": self.cookies,
            "headers": self.headers,
            "timeout": self.timeout,
            "verify": self.verify_ssl,
            "follow_redirects": self.follow_redirects,
            **self.httpx_args,
        }
        settings.pop("transport", None)
        return settings

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use your own httpx.Client (credentials are then yours to add)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            inner = self.httpx_args.get("transport") or httpx.HTTPTransport(verify=self.verify_ssl)
            transport = CredentialTransport(inner, self._credential_values())
            self._client = httpx.Client(transport=transport, **self._httpx_settings())
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use your own httpx.AsyncClient (credentials are then yours to add)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            inner = self.httpx_args.get("transport") or httpx.AsyncHTTPTransport(verify=self.verify_ssl)
            transport = AsyncCredentialTransport(inner, self._credential_values())
            self._async_client = httpx.AsyncClient(transport=transport, **self._httpx_settings())
        return self._async_client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)


# Upstream's generated endpoints name the client of secured operations AuthenticatedClient.
AuthenticatedClient = Client
