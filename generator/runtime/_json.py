"""Decoding of JSON answers: orjson when it is installed (the `fast` extra), else the standard library.

orjson builds the same objects several times faster on large answers. Whatever it refuses (NaN and
Infinity, text that is not UTF-8, lone surrogates) is handed to the standard library, which accepts or rejects
it as it always did; errors are ValueError either way. One difference remains: orjson reads an integer
beyond the 64-bit range as a float, where the standard library keeps it exact.
"""

import json
from typing import Any

try:
    import orjson
except ImportError:  # optional dependency
    orjson = None  # type: ignore[assignment]


def _standard_loads(content: bytes) -> Any:
    return json.loads(content)


def _fast_loads(content: bytes) -> Any:
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return json.loads(content)


loads = _standard_loads if orjson is None else _fast_loads
