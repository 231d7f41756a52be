"""clickapis.json_pointer: the one local-`$ref` resolver (RFC 6901 pointers) of the generator, mock and tests."""

from typing import Any

import pytest

from clickapis.json_pointer import (
    UnresolvableReference,
    display_pointer,
    escape_token,
    lookup_pointer,
    pointer,
    resolve_ref,
    walk,
)
from generator.sdk_context import SdkContext
from mockserver.schema_check import compile_schema
from mockserver.spec import SpecError, WireSpec

DOCUMENT: dict[str, Any] = {
    "paths": {"/links/{id}": {"get": {"operationId": "getLink"}}},
    "components": {
        "schemas": {
            "Link": {"type": "object"},
            "Alias": {"$ref": "#/components/schemas/Link"},
            "AliasOfAlias": {"$ref": "#/components/schemas/Alias"},
            "a~b": {"type": "string"},
            "with space": {"type": "integer"},
            "Loop": {"$ref": "#/components/schemas/Loop"},
            "PingA": {"$ref": "#/components/schemas/PingB"},
            "PingB": {"$ref": "#/components/schemas/PingA"},
        },
        "parameters": {"Both": [{"name": "first"}, {"name": "second"}]},
    },
    "": {"empty key": True},
}


def test_a_reference_chain_ends_at_the_first_node_without_one() -> None:
    assert resolve_ref(DOCUMENT, {"$ref": "#/components/schemas/AliasOfAlias"}) == {"type": "object"}


def test_a_node_without_a_reference_comes_back_as_it_is() -> None:
    node = {"type": "string"}
    assert resolve_ref(DOCUMENT, node) is node
    assert resolve_ref(DOCUMENT, ["not", "a", "mapping"]) == ["not", "a", "mapping"]


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("#/paths/~1links~1{id}/get", {"operationId": "getLink"}),  # ~1 is "/"
        ("#/components/schemas/a~0b", {"type": "string"}),  # ~0 is "~"
        ("#/components/schemas/with%20space", {"type": "integer"}),  # a URI fragment is percent-decoded (§6)
        ("#/components/parameters/Both/1", {"name": "second"}),  # array index
        ("#//empty key", True),  # an empty token is the key ""
        ("#", DOCUMENT),  # the whole document
    ],
)
def test_pointers_follow_rfc_6901(reference: str, expected: Any) -> None:
    assert resolve_ref(DOCUMENT, {"$ref": reference}) == expected


def test_unescaping_is_in_rfc_order_so_tilde_zero_one_is_a_literal_tilde_one() -> None:
    assert lookup_pointer({"~1": "tilde one", "/": "slash"}, "/~01") == "tilde one"
    assert escape_token("a/b~c") == "a~1b~0c"
    assert lookup_pointer({"a/b~c": 1}, "/" + escape_token("a/b~c")) == 1


@pytest.mark.parametrize(
    ("reference", "named"),
    [
        ("#/components/schemas/Missing", "'Missing' under /components/schemas"),
        ("#/components/parameters/Both/2", "'2' under /components/parameters/Both"),  # past the end
        ("#/components/parameters/Both/01", "'01'"),  # leading zero: not an index (§4)
        ("#/components/parameters/Both/-", "'-'"),  # the "one past the end" token names nothing to read
        ("#/components/schemas/Link/type/x", "'x' under /components/schemas/Link/type"),  # into a string
    ],
)
def test_a_pointer_to_nothing_is_an_error_naming_the_reference_and_the_missing_step(reference: str, named: str) -> None:
    with pytest.raises(UnresolvableReference) as raised:
        resolve_ref(DOCUMENT, {"$ref": reference})
    assert f"$ref {reference!r} points nowhere" in str(raised.value)
    assert named in str(raised.value)


@pytest.mark.parametrize("start", ["Loop", "PingA"])
def test_a_reference_cycle_is_an_error_not_an_endless_loop(start: str) -> None:
    with pytest.raises(UnresolvableReference, match="is a cycle: #/components/schemas/"):
        resolve_ref(DOCUMENT, {"$ref": f"#/components/schemas/{start}"})


@pytest.mark.parametrize("reference", ["other.yaml#/components/schemas/Link", "https://example.com/s.json", 42])
def test_a_reference_outside_the_document_is_an_error(reference: Any) -> None:
    with pytest.raises(UnresolvableReference, match=r"\$ref"):
        resolve_ref(DOCUMENT, {"$ref": reference})


def test_the_documents_own_uri_makes_a_reference_local() -> None:
    uri = "urn:example:spec"
    assert resolve_ref(DOCUMENT, {"$ref": f"{uri}#/components/schemas/Alias"}, document_uri=uri) == {"type": "object"}
    with pytest.raises(UnresolvableReference, match="not a local reference"):
        resolve_ref(DOCUMENT, {"$ref": "urn:other#/components/schemas/Link"}, document_uri=uri)


def test_a_pointer_without_a_leading_slash_is_an_error() -> None:
    with pytest.raises(UnresolvableReference, match="does not start with '/'"):
        lookup_pointer(DOCUMENT, "components/schemas")
    with pytest.raises(UnresolvableReference, match="points nowhere"):
        resolve_ref(DOCUMENT, {"$ref": "#components"})


def test_the_error_is_a_lookup_error() -> None:
    """Callers that caught the old resolvers' KeyError still catch it."""
    assert issubclass(UnresolvableReference, LookupError)


# Its users: the mock's spec, the mock's error messages and the generator's SDK context all resolve through it.


def spec_with_parameter(reference: str, components: dict[str, Any]) -> dict[str, Any]:
    operation = {"operationId": "a", "parameters": [{"$ref": reference}], "responses": {"200": {"description": "ok"}}}
    return {"openapi": "3.1.0", "paths": {"/a": {"get": operation}}, "components": components}


def test_the_mock_refuses_a_spec_with_a_dangling_reference_naming_the_file_and_pointer() -> None:
    document = spec_with_parameter("#/components/parameters/Gone", {"parameters": {}})
    with pytest.raises(SpecError, match=r"^my\.yaml: \$ref '#/components/parameters/Gone' points nowhere"):
        WireSpec(document, "my.yaml")


def test_the_mock_refuses_a_spec_with_a_reference_cycle() -> None:
    loop = {"parameters": {"A": {"$ref": "#/components/parameters/B"}, "B": {"$ref": "#/components/parameters/A"}}}
    with pytest.raises(SpecError, match=r"^my\.yaml: .* is a cycle"):
        WireSpec(spec_with_parameter("#/components/parameters/A", loop), "my.yaml")


def test_the_mock_follows_a_parameter_reference_chain() -> None:
    chain = {"parameters": {"A": {"$ref": "#/components/parameters/B"}, "B": {"name": "q", "in": "query"}}}
    spec = WireSpec(spec_with_parameter("#/components/parameters/A", chain), "my.yaml")
    assert [parameter.name for parameter in spec.operations["a"].parameters] == ["q"]


def test_the_mocks_messages_describe_a_schema_behind_a_reference_chain() -> None:
    schemas = {
        "Color": {"type": "string", "enum": ["red", "blue"]},
        "Shade": {"$ref": "#/components/schemas/Color"},
        "Box": {"type": "object", "properties": {"shade": {"$ref": "#/components/schemas/Shade"}}},
    }
    document = {"components": {"schemas": schemas}}
    check = compile_schema({"$ref": "#/components/schemas/Box"}, document)
    assert check.first_error({"shade": "green"}) == '/shade: expected one of "red", "blue"; got "green"'
    listed = compile_schema({"type": "array", "items": {"$ref": "#/components/schemas/Shade"}}, document)
    assert listed.first_error("green") == ': expected a list of one of "red", "blue"; got "green"'


def test_the_sdk_context_follows_references_and_names_a_dangling_one() -> None:
    context = SdkContext(DOCUMENT, "example")
    assert context.resolve({"$ref": "#/components/schemas/AliasOfAlias"}) == {"type": "object"}
    with pytest.raises(UnresolvableReference, match="'#/components/schemas/Gone' points nowhere"):
        context.resolve({"$ref": "#/components/schemas/Gone"})


def test_walk_yields_every_node_with_its_escaped_pointer() -> None:
    document = {"a/b": [1, {"m~n": None}], "c": {}}
    walked = dict(walk(document))
    assert list(walked) == ["", "/a~1b", "/a~1b/0", "/a~1b/1", "/a~1b/1/m~0n", "/c"]
    for at, node in walked.items():
        assert lookup_pointer(document, at) is node


def test_pointer_escapes_each_step_and_display_names_the_root() -> None:
    assert pointer(["paths", "/a~b", 0]) == "/paths/~1a~0b/0"
    assert pointer([]) == "" and display_pointer([]) == "/"
    assert lookup_pointer({"/a~b": [7]}, pointer(["/a~b", 0])) == 7
