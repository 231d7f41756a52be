"""Errors raised by the client.

    APIError                       base class: .message, .request
    ├── APIConnectionError         the server could not be reached, or the connection broke; the message says
    │   │                          what happened ("connection refused", ...), __cause__ is the httpx error
    │   └── APITimeoutError        no answer within the timeout
    ├── APIResponseValidationError a success answer whose body does not match the spec
    └── APIStatusError             the API answered with an error: .status_code (the status the error stands
                                   for, even when reported inside an HTTP 200 answer), .response (the real
                                   HTTP answer), .body, .error
        ├── BadRequestError            400
        ├── AuthenticationError        401
        ├── PermissionDeniedError      403
        ├── NotFoundError              404
        ├── ConflictError              409
        ├── UnprocessableEntityError   422
        ├── RateLimitError             429
        └── InternalServerError        500 and above, any code (520 too)

Every error carries the request that caused it, with credentials already removed from its URL.
"""

from typing import Any

import httpx

from ._redaction import redact_url

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


class APIError(Exception):
    message: str
    request: httpx.Request

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request

    @property
    def method(self) -> str:
        return self.request.method

    @property
    def url(self) -> str:
        """The request URL with credentials redacted."""
        return redact_url(self.request.url)


class APIConnectionError(APIError):
    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(f"{message} ({request.method} {redact_url(request.url)})", request=request)


class APITimeoutError(APIConnectionError):
    def __init__(self, *, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(request=request, message=message)


class APIResponseValidationError(APIError):
    response: httpx.Response

    def __init__(self, *, response: httpx.Response, cause: BaseException) -> None:
        request = response.request
        super().__init__(
            f"{request.method} {redact_url(request.url)} answered {response.status_code} with a body that does not "
            f"match the spec: {type(cause).__name__}: {cause}",
            request=request,
        )
        self.response = response


class APIStatusError(APIError):
    """The API answered with an error. `error` is the vendor's error model when the body parses into it.

    `status_code` is the status the error stands for; an API that reports errors inside HTTP 200 answers
    still raises e.g. AuthenticationError with status_code 401, and `response.status_code` stays 200.
    """

    response: httpx.Response
    status_code: int
    body: Any
    error: Any

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any, error: Any = None, status_code: int | None = None
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code if status_code is None else status_code
        self.body = body
        self.error = error


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


ERROR_CLASSES_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return ERROR_CLASSES_BY_STATUS.get(status_code, APIStatusError)
