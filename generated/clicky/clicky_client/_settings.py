"""What the runtime knows about clicky_client's API, from the overlay's x-sdk settings.

Every other runtime module is the same in each client (generator/runtime/); this one is rendered per API.
"""

from typing import Any

from ._error_shapes import BodyErrors
from ._pacing import ConcurrencyLimit, PacingPolicy

# Setting this environment variable to "debug" logs every request (credentials redacted).
LOG_ENV = "CLICKY_LOG"
# Query parameters that carry this API's credentials: redacted from URLs, messages and logs.
CREDENTIAL_QUERY_PARAMS: tuple[str, ...] = ("sitekey",)
# How this API's answers carry errors (status, message, error model).
# Errors it reports inside a successful answer, mapped to the status they mean.
ERROR_SHAPE = BodyErrors(
    statuses={"Invalid sitekey.": 401, "Invalid site_id.": 401, "Too many simultaneous requests for this site.": 429},
    default_status=400,
    model=None,
)
# The vendor limits this API is known to enforce, from the overlay's x-sdk.pacing.
DEFAULT_PACING: dict[str, PacingPolicy] = {
    "site": ConcurrencyLimit(max_in_flight=1),
}
# For ConcurrencyLimit policies: the credential whose value scopes the limit (Clicky: per site_id).
PACING_SCOPES: dict[str, str] = {
    "site": "site_id",
}
# For policies that only some requests count against (the overlay's `applies_to`): {limit: {"parameter":
# wire name, "any_of": [values], "or_without_it_when_present": [wire names]}}.
PACING_APPLIES_TO: dict[str, dict[str, Any]] = {
    "site": {
        "parameter": "type",
        "any_of": ["visitors-list", "actions-list", "segmentation"],
        "or_without_it_when_present": ["alert_id"],
    },
}
