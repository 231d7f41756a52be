"""What a transport failure means, in words: the OS or TLS error under the httpx exception, else its kind."""

import socket
import ssl
from collections.abc import Iterator

import httpx

# What a transport error means, from the OS or TLS error under it (or its text when that is all there is).
_TRANSPORT_CAUSES: tuple[tuple[type[BaseException], tuple[str, ...], str], ...] = (
    (ssl.SSLError, ("ssl", "certificate", "tls"), "TLS handshake failed"),
    (
        socket.gaierror,
        (
            "name or service not known",
            "nodename nor servname",
            "getaddrinfo",
            "name resolution",
            "no address associated",
        ),
        "name not resolved",
    ),
    (ConnectionRefusedError, ("connection refused", "actively refused"), "connection refused"),
    (ConnectionResetError, ("connection reset",), "connection reset by the server"),
)
_TRANSPORT_ERRORS: tuple[tuple[type[httpx.TransportError], str], ...] = (
    (httpx.ConnectTimeout, "no connection within the connect timeout"),
    (httpx.ReadTimeout, "no answer within the read timeout"),
    (httpx.WriteTimeout, "could not send the request within the write timeout"),
    (httpx.PoolTimeout, "no free connection in the pool within the pool timeout"),
    (httpx.ProxyError, "the proxy refused the request"),
    (httpx.UnsupportedProtocol, "unsupported URL scheme"),
    (httpx.ConnectError, "could not connect"),
    (httpx.RemoteProtocolError, "the server closed the connection or broke the protocol"),
    (httpx.ReadError, "the connection broke while reading the answer"),
    (httpx.WriteError, "the connection broke while sending the request"),
)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def describe_transport_error(exc: httpx.TransportError) -> str:
    """What happened, in words: "connection refused", "name not resolved", "TLS handshake failed", ..."""
    causes = list(_causes(exc))
    text = " ".join(str(cause) for cause in causes).lower()
    for cause_type, phrases, meaning in _TRANSPORT_CAUSES:
        if any(isinstance(cause, cause_type) for cause in causes) or any(phrase in text for phrase in phrases):
            return meaning
    return next(
        (meaning for error_type, meaning in _TRANSPORT_ERRORS if isinstance(exc, error_type)), "transport error"
    )
