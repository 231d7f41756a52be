"""What the runtime knows about clickmeter_client's API, from the overlay's x-sdk settings.

Every other runtime module is the same in each client (generator/runtime/); this one is rendered per API.
"""

from typing import Any

from ._error_shapes import ErrorShape
from ._pacing import PacingPolicy
from .models import Error as VendorError

# Setting this environment variable to "debug" logs every request (credentials redacted).
LOG_ENV = "CLICKMETER_LOG"
# Query parameters that carry this API's credentials: redacted from URLs, messages and logs.
CREDENTIAL_QUERY_PARAMS: tuple[str, ...] = ()
# How this API's answers carry errors (status, message, error model).
ERROR_SHAPE = ErrorShape(model=VendorError.from_dict)
# The vendor limits this API is known to enforce, from the overlay's x-sdk.pacing.
DEFAULT_PACING: dict[str, PacingPolicy] = {}
# For ConcurrencyLimit policies: the credential whose value scopes the limit (Clicky: per site_id).
PACING_SCOPES: dict[str, str] = {}
# For policies that only some requests count against (the overlay's `applies_to`): {limit: {"parameter":
# wire name, "any_of": [values], "or_without_it_when_present": [wire names]}}.
PACING_APPLIES_TO: dict[str, dict[str, Any]] = {}
