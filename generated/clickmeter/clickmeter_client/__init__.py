"""A client library for accessing ClickMeter API"""

from ._clock import Clock, SystemClock
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._pacing import ConcurrencyLimit, RateLimit
from .client import (
    AuthenticatedClient,  # upstream's name for Client, kept so existing imports work
    MissingCredentialError,
    __version__,
)
from .resources import AsyncClient, Client

__all__ = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "Clock",
    "ConcurrencyLimit",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "SystemClock",
    "UnprocessableEntityError",
    "__version__",
)
