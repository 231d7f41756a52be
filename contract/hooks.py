"""The Schemathesis hooks of the contract matrix, named by `schemathesis.toml` (`hooks = "contract.hooks"`).

- `positive_data`: positive cases keep the rules JSON Schema cannot state (end after start, real time zones).
- `in_band_errors`: Clicky's errors arrive in HTTP 200 bodies; the checks read them as the statuses they mean.
- `wire_integers`: integers in text parameters are sent as ASCII digits (`233`, never `233.0`).
"""

from contract import in_band_errors, positive_data, wire_integers

__all__ = ["in_band_errors", "positive_data", "wire_integers"]
