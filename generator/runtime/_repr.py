"""Model reprs that show what the answer held: fields left unset are not listed."""

from typing import Any

import attrs

from ._unset import Unset


def set_fields_repr(instance: Any) -> str:
    parts = []
    for field in attrs.fields(type(instance)):
        value = getattr(instance, field.name)
        if not field.repr or isinstance(value, Unset) or (field.name == "additional_properties" and not value):
            continue
        parts.append(f"{field.name}={value!r}")
    return f"{type(instance).__name__}({', '.join(parts)})"
