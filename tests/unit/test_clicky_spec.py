"""The Clicky spec: faithful to the vendor's parameter list, strings-only answers, and a generated client that
sorts each answer into the right item family (the conventions of every spec: test_spec_conventions.py)."""

import importlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from clickapis.json_pointer import escape_token
from clickapis.yaml_files import read_yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "clicky" / "openapi.yaml"
SPEC: dict[str, Any] = read_yaml(SPEC_PATH)
OPERATION: dict[str, Any] = SPEC["paths"]["/api/stats/4"]["get"]
PARAMETERS: dict[str, dict[str, Any]] = {parameter["name"]: parameter for parameter in OPERATION["parameters"]}
JSON_EXAMPLES: dict[str, Any] = SPEC["components"]["responses"]["Stats"]["content"]["application/json"]["examples"]
BASE_URI = "urn:clicky-spec"
REGISTRY: Registry[Any] = Registry().with_resource(
    BASE_URI, Resource.from_contents(SPEC, default_specification=DRAFT202012)
)

# Every parameter the vendor's document names (site_id and sitekey are security schemes).
VENDOR_PARAMETERS = {
    "type", "output", "limit", "page", "date", "daily", "hourly", "trends", "item", "heatmap_url",
    "visitor-details", "visitors-details", "time_offset", "segments",
    "ip_address", "uid", "new_visitors", "returning_visitors", "online", "heatmap", "actions", "time", "href",
    "landing", "exit", "search", "search-local", "domain", "link", "browser", "os", "resolution", "country",
    "city", "language", "hostname", "org", "source", "shorturl", "custom", "goal", "campaign", "split",
    "session_id", "action_type", "custom_keys_multi_values", "video_meta", "filter", "json_callback",
    "json_var", "null_values", "app", "alert_id",
}  # fmt: skip
# `visitors-details`: the spelling of the vendor's alert example (seed 002 line 54), an alias of visitor-details.


def validator_at(pointer: str) -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator({"$ref": f"{BASE_URI}#{pointer}"}, registry=REGISTRY)


def test_operation_is_described() -> None:
    assert list(SPEC["paths"]) == ["/api/stats/4"]
    assert OPERATION["operationId"] == "getStats"
    assert OPERATION["tags"] == ["Stats"]
    assert OPERATION["summary"]
    assert OPERATION["description"]
    assert SPEC["servers"][0]["url"] == "https://api.clicky.com"


def test_parameters_are_exactly_the_vendors() -> None:
    assert len(OPERATION["parameters"]) == len(PARAMETERS), "a parameter is declared twice"
    assert set(PARAMETERS) == VENDOR_PARAMETERS
    for name, parameter in PARAMETERS.items():
        assert parameter["in"] == "query", name
        assert parameter["description"].strip(), name
        assert "schema" in parameter, name
        assert parameter["required"] is False, name


def test_site_id_and_sitekey_are_required_together_in_the_query() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    assert SPEC["security"] == [{"siteId": [], "sitekey": []}]
    assert {(s["type"], s["in"], s["name"]) for s in schemes.values()} == {
        ("apiKey", "query", "site_id"),
        ("apiKey", "query", "sitekey"),
    }


def test_list_parameters_travel_comma_separated() -> None:
    for name in ("type", "visitor-details", "segments"):
        assert (PARAMETERS[name]["style"], PARAMETERS[name]["explode"]) == ("form", False), name
    assert (PARAMETERS["custom"]["style"], PARAMETERS["custom"]["explode"]) == ("deepObject", True)


def parameter_schema_validator(name: str) -> jsonschema.protocols.Validator:
    index = OPERATION["parameters"].index(PARAMETERS[name])
    return validator_at(f"/paths/{escape_token('/api/stats/4')}/get/parameters/{index}/schema")


@pytest.mark.parametrize(
    ("name", "good", "bad"),
    [
        ("type", [["visitors", "countries"], ["some-future-type"]], [[], "visitors", [3]]),
        ("limit", [1, 1000, "all"], [0, 1001, "ALL", "50"]),
        ("page", [1, 99], [0, -1]),
        ("daily", [0, 1], [2, True, "1"]),
        ("time_offset", [1, 86400], [0, 86401]),
        ("json_callback", ["my_callback", "jQuery.cb_1"], ["my-callback", "a()", "?"]),
        ("app", ["x" * 128], ["x" * 129]),
        ("action_type", ["pageview", "video"], ["click", "video_play"]),
        ("alert_id", ["123"], ["abc", ""]),
        ("custom", [{"username": "billy", "email": "billy@example.com"}], [{"username": 1}]),
    ],
)
def test_parameter_schemas(name: str, good: list[Any], bad: list[Any]) -> None:
    validator = parameter_schema_validator(name)
    for value in good:
        assert validator.is_valid(value), (name, value)
    for value in bad:
        assert not validator.is_valid(value), (name, value)


# The vendor's table, plus forms with other numbers; `X` is any whole number.
@pytest.mark.parametrize(
    "expression",
    [
        "2024-10-29", "2024-09-01,2024-09-30", "2024-10", "2023", "today", "yesterday", "3-days-ago",
        "last-3-days", "previous-3-days", "this-month", "last-month", "3-months-ago", "this-week",
        "last-week", "3-weeks-ago", "0-days-ago", "last-365-days", "12-weeks-ago",
    ],
)  # fmt: skip
def test_date_pattern_admits_every_vendor_form(expression: str) -> None:
    assert parameter_schema_validator("date").is_valid(expression)


@pytest.mark.parametrize(
    "expression",
    [
        "", "tomorrow", "Today", "2024-13-01", "2024-10-32", "2024-1-5", "24-10-29", "2024-10-29,",
        "2024-10,2024-11", "last-week-days", "x-days-ago", "last--3-days", "3-day-ago", "next-week",
        "this-year", "2024-10-29 ", "20245",
    ],
)  # fmt: skip
def test_date_pattern_rejects_other_text(expression: str) -> None:
    assert not parameter_schema_validator("date").is_valid(expression)


def scalars(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for inner in value.values():
            yield from scalars(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from scalars(inner)
    else:
        yield value


@pytest.mark.parametrize("name", sorted(JSON_EXAMPLES))
def test_json_examples_hold_strings_only(name: str) -> None:
    assert {type(v) for v in scalars(JSON_EXAMPLES[name]["value"])} == {str}


STATS_RESPONSE = "/components/schemas/StatsResponse"


@pytest.mark.parametrize(
    "answer",
    [
        [{"type": "visitors", "dates": [{"date": "2024-10-29", "items": [{"value": 6}]}]}],
        [{"type": "new-type", "dates": [{"date": "2024-10-29", "items": [{"count": 6}]}]}],
        [{"type": "visitors-list", "dates": [{"date": "2024-10-29", "items": [{"first_visit": {"time": 1}}]}]}],
        [{"type": "visitors"}],
        [{"error": 404}],
        {"error": "Invalid sitekey."},
    ],
)
def test_stats_response_rejects_numbers_and_broken_shapes(answer: Any) -> None:
    assert not validator_at(STATS_RESPONSE).is_valid(answer)


def test_unknown_types_and_fields_are_accepted() -> None:
    answer = [
        {"type": "new-type", "dates": [{"date": "2024-10-29", "items": [{"count": "6", "extra": {"a": ["b"]}}]}]},
        {"type": "visitors", "dates": [{"date": "2024-10-29", "items": [{"value": "6", "unknown": "x"}]}]},
    ]
    assert validator_at(STATS_RESPONSE).is_valid(answer)


def test_non_200_answers_are_marked_undocumented() -> None:
    responses = OPERATION["responses"]
    assert set(responses) == {"200", "404", "503"}
    for status in ("404", "503"):
        target = SPEC["components"]["responses"][responses[status]["$ref"].rsplit("/", 1)[1]]
        assert target["x-undocumented"] is True
        assert "Not documented by the vendor" in target["description"]
    media = SPEC["components"]["responses"]["Stats"]["content"]
    assert next(iter(media)) == "application/json"
    assert all(media[name]["x-undocumented"] for name in media if name != "application/json")


@pytest.fixture(scope="module")
def generated_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The client openapi-python-client generates from the raw spec (no overlay), imported."""
    root = tmp_path_factory.mktemp("clicky_spec_client")
    package = "clicky_spec_client"
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    run = subprocess.run(
        [bin_dir / "openapi-python-client", "generate", "--path", SPEC_PATH, "--output-path", root / package,
         "--fail-on-warning", "--overwrite", "--meta", "none"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert not re.search(r"warning|error", output, re.IGNORECASE), output
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(f"{package}.api.stats.get_stats")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[name]


def parse_answer(module: ModuleType, answer: Any) -> Any:
    client_module = importlib.import_module(module.__name__.split(".")[0] + ".client")
    client = client_module.Client(base_url="https://api.clicky.com")
    return module._parse_response(client=client, response=httpx.Response(200, json=answer))


@pytest.mark.parametrize(
    ("example", "families"),
    [
        ("tallies", [("TallyResult", "TallyItem"), ("TallyResult", "TallyItem")]),
        ("dailyTallies", [("TallyResult", "TallyItem")]),
        ("popular", [("PopularResult", "PopularItem")]),
        ("goals", [("PopularResult", "PopularItem")]),
        ("visitorsList", [("VisitorsListResult", "VisitorsListItem")]),
        ("actionsList", [("ActionsListResult", "ActionsListItem")]),
        ("searchesRecent", [("SearchesLinksResult", "SearchesLinksItem")]),
        ("uptime", [("UptimeResult", "UptimeItem"), ("UptimeListResult", "UptimeListItem")]),
    ],
)
def test_generated_client_sorts_results_by_family(
    generated_client: ModuleType, example: str, families: list[tuple[str, str]]
) -> None:
    parsed = parse_answer(generated_client, JSON_EXAMPLES[example]["value"])
    assert [(type(r).__name__, {type(i).__name__ for d in r.dates for i in d.items}) for r in parsed] == [
        (result, {item}) for result, item in families
    ]


def test_generated_client_keeps_unknown_types_and_errors(generated_client: ModuleType) -> None:
    parsed = parse_answer(
        generated_client,
        [
            {"type": "brand-new", "dates": [{"date": "2024-10-29", "items": [{"count": "3", "nested": {"a": "b"}}]}]},
            {"type": "visitors", "dates": [{"date": "2024-10-29", "items": [{"hour": "13"}]}]},
        ],
    )
    assert [type(r).__name__ for r in parsed] == ["TypeResult", "TypeResult"]
    assert parsed[0].dates[0].items[0]["count"] == "3"
    [error] = parse_answer(generated_client, JSON_EXAMPLES["error"]["value"])
    assert (type(error).__name__, error.error) == ("ErrorItem", "Invalid sitekey.")
