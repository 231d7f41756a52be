"""Keep credentials out of URLs, messages and logs."""

import httpx

from ._settings import CREDENTIAL_QUERY_PARAMS

# Query parameters that carry credentials in this API (or in any of our APIs: defence in depth).
SECRET_QUERY_PARAMS = frozenset({*CREDENTIAL_QUERY_PARAMS, "sitekey", "api_key", "apikey", "key", "token"})
REDACTED = "***"


def redact_url(url: httpx.URL | str) -> str:
    url = httpx.URL(str(url))
    if not url.query:
        return str(url)
    params = [
        (name, REDACTED if name.lower() in SECRET_QUERY_PARAMS else value) for name, value in url.params.multi_items()
    ]
    return str(url.copy_with(params=params))


def redact_text(text: str, secrets: "tuple[str, ...]") -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text
