"""Model reprs list only the fields that are set (runtime `_repr`), in every client."""

from __future__ import annotations

import importlib
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("api", "model", "data"),
    [
        ("clickmeter", "EntityUri", {"id": 3, "uri": "/datapoints/3"}),
        ("clickport", "RealtimeVisitors", {"count": 0, "visitors": []}),
        ("clicky", "TallyItem", {"value": "6"}),
    ],
)
def test_reprs_list_only_the_fields_that_are_set(api: str, model: str, data: dict[str, Any]) -> None:
    models = importlib.import_module(f"{api}_client.models")
    text = repr(getattr(models, model).from_dict(data))
    assert "Unset" not in text and " object at 0x" not in text
    assert text.startswith(f"{model}(") and all(f"{key}=" in text for key in data)
