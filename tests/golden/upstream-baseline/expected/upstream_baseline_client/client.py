"""The upstream_baseline_client client: configuration, credentials and the underlying httpx clients."""

import os
import ssl
from collections.abc import Callable
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._clock import Clock, SystemClock
from ._pacing import (
    NO_PACING,
    ConcurrencyLimit,
    ConcurrencyPacer,
    Pacer,
    PacingPolicy,
    RateLimit,
    RatePacer,
)
from ._settings import DEFAULT_PACING, PACING_SCOPES
from ._transport import AsyncCredentialTransport, CredentialTransport, CredentialValues, environment_proxies

DEFAULT_BASE_URL = "http://localhost"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
BASE_URL_ENV = "UPSTREAM-BASELINE_BASE_URL"
# The release writes the version (releases/<api>.yaml); `generator diff` leaves `__version__` out of the API.
__version__ = "0.1.0"
USER_AGENT = f"upstream-baseline-client/{__version__} python-httpx/{httpx.__version__}"
# (argument, environment variable, location, wire name, secret)
CREDENTIALS: tuple[tuple[str, str, str, str, bool], ...] = ()
# Settings the connections are built from: a copy that changes one gets connections of its own.
POOL_SETTINGS = frozenset({"base_url", "cookies", "verify_ssl", "proxy", "httpx_args"})
# Settings the pacers are built from: a copy that changes one gets pacers of its own.
PACER_SETTINGS = frozenset({"base_url", "pacing", "clock"})


class MissingCredentialError(ValueError):
    pass


@define
class _Pool:
    """The connections a client shares with its copies (`with_options`)."""

    sync: httpx.Client | None = None
    async_: httpx.AsyncClient | None = None


@define
class Client:
    """Client for the My Test API.

    Pass it as `client=` to any operation in `upstream_baseline_client.api`: `.sync()` / `.asyncio()` return the
    parsed answer or raise a typed error, `.sync_detailed()` / `.asyncio_detailed()` return the whole response.

    Args:
        base_url: default $UPSTREAM-BASELINE_BASE_URL, else http://localhost.
        timeout: seconds or an httpx.Timeout for every request (default 30 s, 5 s to connect).
        max_retries: retries of failed requests (default 2): connection errors, timeouts, 408 and 5xx for
            requests that are safe to repeat; 429 for every request (it was not processed); with
            exponential backoff and jitter, honouring Retry-After.
        pacing: per-limit overrides of the vendor limits the client paces itself to
            (none for this API); map a name to None to turn it off.
        clock: time source for backoff and pacing (tests pass a fake one).
        proxy: proxy URL for every request; without it HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY apply
            as in httpx (unless `httpx_args={"trust_env": False}`).
        headers, cookies, verify_ssl, follow_redirects, httpx_args: passed to the httpx clients
            (`httpx_args={"transport": ...}` replaces the network transport).
    """

    base_url: str | None = field(default=None)
    timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    pacing: dict[str, PacingPolicy | None] = field(factory=dict, kw_only=True)
    clock: Clock = field(factory=SystemClock, kw_only=True, repr=False)
    headers: dict[str, str] = field(factory=dict, kw_only=True, repr=False)
    cookies: dict[str, str] = field(factory=dict, kw_only=True, repr=False)
    verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, repr=False)
    follow_redirects: bool = field(default=False, kw_only=True, repr=False)
    proxy: str | httpx.Proxy | None = field(default=None, kw_only=True, repr=False)
    httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, repr=False)
    _pool: _Pool = field(factory=_Pool, init=False, repr=False)
    _owns_pool: bool = field(default=True, init=False, repr=False)
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
        """A copy with other settings (e.g. `client.with_options(max_retries=0, timeout=5)` for one call).

        The copy shares this client's connections and pacers, and closing them stays this client's job,
        unless a change needs connections of its own (base_url, credentials, cookies, verify_ssl, proxy,
        httpx_args): then the copy owns new ones, and closing it closes them.
        """
        copy = evolve(self, **changes)
        if POOL_SETTINGS.isdisjoint(changes):
            copy._pool, copy._owns_pool = self._pool, False
        if PACER_SETTINGS.isdisjoint(changes):
            copy._pacers = self._pacers  # the vendor's limits count every call, whichever copy makes it
        return copy

    def pacer(self, name: str | None) -> Pacer:
        """The pacer of the vendor limit `name` (shared by every call through this client, sync or async)."""
        if name is None:
            return NO_PACING
        pacers = self._pacers
        if name not in pacers:
            policy = self.pacing.get(name, DEFAULT_PACING.get(name))
            if isinstance(policy, RateLimit):
                pacers[name] = RatePacer(policy, self.clock)
            elif isinstance(policy, ConcurrencyLimit):
                scope = getattr(self, PACING_SCOPES[name]) if name in PACING_SCOPES else ""
                pacers[name] = ConcurrencyPacer(policy, key=f"{name}|{self.base_url}|{scope}")
            else:
                pacers[name] = NO_PACING
        return pacers[name]

    def request_options(self) -> dict[str, Any]:
        """What each request carries from this client's settings (so copies may differ on a shared pool)."""
        return {"timeout": self.timeout, "follow_redirects": self.follow_redirects, "headers": self.headers}

    def _httpx_settings(self) -> dict[str, Any]:
        settings = {
            "base_url": self.base_url,
            "cookies": self.cookies,
            "headers": {"User-Agent": USER_AGENT},
            "timeout": self.timeout,
            "verify": self.verify_ssl,
            "follow_redirects": self.follow_redirects,
            **self.httpx_args,
        }
        for built_here in ("transport", "mounts", "proxy"):
            settings.pop(built_here, None)
        return settings

    def _transports(self, network: Callable[..., Any], wrap: Callable[[Any], Any]) -> tuple[Any, dict[str, Any]]:
        """The credential-adding transport and the proxy mounts, as httpx would build them from the environment."""
        custom = self.httpx_args.get("transport")
        if custom is not None:
            return wrap(custom), {}
        proxy = self.proxy or self.httpx_args.get("proxy")
        default = wrap(network(verify=self.verify_ssl, proxy=proxy))
        mounts: dict[str, Any] = {}
        if proxy is None and self.httpx_args.get("trust_env", True):
            for pattern, url in environment_proxies().items():
                mounts[pattern] = None if url is None else wrap(network(verify=self.verify_ssl, proxy=url))
        return default, {**mounts, **self.httpx_args.get("mounts", {})}

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use your own httpx.Client (credentials are then yours to add)."""
        self._pool.sync = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._pool.sync is None:
            credentials, base_url = self._credential_values(), str(self.base_url)
            transport, mounts = self._transports(
                httpx.HTTPTransport, lambda inner: CredentialTransport(inner, credentials, base_url)
            )
            self._pool.sync = httpx.Client(transport=transport, mounts=mounts, **self._httpx_settings())
        return self._pool.sync

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use your own httpx.AsyncClient (credentials are then yours to add)."""
        self._pool.async_ = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._pool.async_ is None:
            credentials, base_url = self._credential_values(), str(self.base_url)
            transport, mounts = self._transports(
                httpx.AsyncHTTPTransport, lambda inner: AsyncCredentialTransport(inner, credentials, base_url)
            )
            self._pool.async_ = httpx.AsyncClient(transport=transport, mounts=mounts, **self._httpx_settings())
        return self._pool.async_

    def close(self) -> None:
        """Close the connections (a copy that shares its parent's leaves them to the parent)."""
        if self._owns_pool and self._pool.sync is not None:
            self._pool.sync.close()

    async def aclose(self) -> None:
        if self._owns_pool and self._pool.async_ is not None:
            await self._pool.async_.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.aclose()


# Upstream's name for a client with credentials; every client here carries them, so it is this one class.
# Kept so that `from <package>.client import AuthenticatedClient` (upstream's usual import) still works.
AuthenticatedClient = Client
