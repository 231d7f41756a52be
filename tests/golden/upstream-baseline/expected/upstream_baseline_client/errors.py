"""Errors raised by API functions (see `_exceptions` for the hierarchy)."""

from ._exceptions import *  # noqa: F403
from ._exceptions import __all__ as __all__
