import copy
import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.overlay import OverlayError, apply_overlay, validate_overlay
from generator.yaml_source import DocumentError, load_yaml_document

SPEC_DATA = Path(__file__).parent.parent / "data" / "overlay-spec"
PASS_DIR = SPEC_DATA / "tests" / "v1.1" / "pass"
FAIL_DIR = SPEC_DATA / "tests" / "v1.1" / "fail"
COMPLIANT_SETS = sorted(path for path in (SPEC_DATA / "compliant-sets").iterdir() if path.is_dir())

# Each fail document of the Overlay specification, with the JSON pointer and the words the message must carry.
FAIL_EXPECTATIONS = {
    "action-copy-invalid-type.yaml": ("/actions/0/copy", "must be of type string, not a number"),
    "action-remove-invalid-type.yaml": ("/actions/0/remove", "must be of type boolean, not a string"),
    "action-target-invalid-type.yaml": ("/actions/0/target", "must be of type string, not a number"),
    "actions-invalid-description.yaml": ("/actions/0/description", "must be of type string, not a number"),
    "actions-invalid-target.yaml": ("/actions/0/target", "it must start with '$'"),
    "actions-invalid-type.yaml": ("/actions", "must be of type array, not an object"),
    "actions-item-invalid-type.yaml": ("/actions/0", "must be of type object, not a number"),
    "actions-minimal.yaml": ("/actions", "should be non-empty"),
    "actions-missing-target.yaml": ("/actions/0", "'target' is a required property"),
    "actions-missing.yaml": ("root", "'actions' is a required property"),
    "actions-not-unique.yaml": ("/actions", "item 1 repeats item 0"),
    "extends-invalid-type.yaml": ("/extends", "must be of type string, not an object"),
    "info-description-invalid-type.yaml": ("/info/description", "must be of type string, not a number"),
    "info-invalid-type.yaml": ("/info", "must be of type object, not a string"),
    "info-missing-title.yaml": ("/info", "'title' is a required property"),
    "info-missing-version.yaml": ("/info", "'version' is a required property"),
    "info-title-invalid-type.yaml": ("/info/title", "must be of type string, not a number"),
    "info-version-invalid-type.yaml": ("/info/version", "must be of type string, not a boolean"),
    "invalid-overlay-version.yaml": ("/overlay", "unsupported overlay version 2"),
    "not-an-object.yaml": ("root", "must be of type object, not an array"),
    "overlay-invalid-pattern.yaml": ("/overlay", "unsupported overlay version '1.1'"),
    "root-invalid-property.yaml": ("/invalidProperty", "unknown field"),
}

# The specification's pass documents are checked against its JSON Schema only; this one's target
# `@.x-oai-traits` is not RFC 9535 (a member name with '-' needs brackets), which Overlay 1.1 requires.
NOT_RFC_9535 = {"actions-traits-example.yaml": "@.x-oai-traits"}

# Compliant sets whose output.yaml orders keys in a way no merge rule gives: in description-and-summary the
# added `description` sits between `operationId` and `responses`. Their data is still compared exactly.
KEY_ORDER_NOT_SPECIFIED = {"description-and-summary"}


def write_overlay(tmp_path: Path, text: str, name: str = "test.overlay.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def overlay_of(tmp_path: Path, actions: str, version: str = "1.1.0") -> Any:
    header = f"overlay: {version}\ninfo:\n  title: Test\n  version: 1.0.0\nactions:\n"
    return load_yaml_document(write_overlay(tmp_path, header + textwrap.dedent(actions)))


def key_order(value: Any) -> Any:
    """The data with every object turned into its list of (key, value) pairs, so order counts in comparisons."""
    if isinstance(value, dict):
        return [(key, key_order(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [key_order(item) for item in value]
    return value


# --- the specification's own data ----------------------------------------------------------------


def test_every_fail_document_has_an_expectation() -> None:
    assert {path.name for path in FAIL_DIR.glob("*.yaml")} == set(FAIL_EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(FAIL_EXPECTATIONS))
def test_fail_document_is_rejected_naming_the_problem(name: str) -> None:
    path = FAIL_DIR / name
    pointer, problem = FAIL_EXPECTATIONS[name]
    overlay = load_yaml_document(path)

    with pytest.raises(OverlayError) as caught:
        validate_overlay(overlay)

    message = str(caught.value)
    assert f"{overlay.where(pointer if pointer != 'root' else '')}: " in message
    assert overlay.line_of(pointer if pointer != "root" else "") is not None
    assert problem in message


@pytest.mark.parametrize("path", sorted(PASS_DIR.glob("*.yaml")), ids=lambda path: path.name)
def test_pass_document_is_accepted(path: Path) -> None:
    overlay = load_yaml_document(path)
    if path.name in NOT_RFC_9535:
        with pytest.raises(OverlayError, match="is not an RFC 9535 JSONPath query") as caught:
            validate_overlay(overlay)
        assert NOT_RFC_9535[path.name] in str(caught.value)
    else:
        validate_overlay(overlay)


def test_traits_example_is_accepted_once_written_in_rfc_9535(tmp_path: Path) -> None:
    text = (PASS_DIR / "actions-traits-example.yaml").read_text(encoding="utf-8")
    fixed = text.replace("@.x-oai-traits.paged", "@['x-oai-traits'].paged")
    assert fixed != text

    validate_overlay(load_yaml_document(write_overlay(tmp_path, fixed)))


@pytest.mark.parametrize("directory", COMPLIANT_SETS, ids=lambda path: path.name)
def test_compliant_set_gives_its_output(directory: Path) -> None:
    document = load_yaml_document(directory / "openapi.yaml").data
    pristine = copy.deepcopy(document)
    expected = load_yaml_document(directory / "output.yaml").data

    result = apply_overlay(document, load_yaml_document(directory / "overlay.yaml"))

    assert result.document == expected
    if directory.name not in KEY_ORDER_NOT_SPECIFIED:
        assert key_order(result.document) == key_order(expected)
    assert result.warnings == ()
    assert key_order(document) == key_order(pristine)


# --- merge rules ---------------------------------------------------------------------------------

BASE: dict[str, Any] = {
    "info": {"title": "T", "version": "1", "contact": {"name": "A"}},
    "tags": ["a", "b"],
    "paths": {
        "/x": {"get": {"parameters": [{"name": "p"}], "summary": "x"}},
        "/y": {"get": {"summary": "y"}},
    },
}


def apply(tmp_path: Path, actions: str, document: Any = None, **options: Any) -> Any:
    source = copy.deepcopy(BASE) if document is None else document
    return apply_overlay(source, overlay_of(tmp_path, actions), **options).document


def test_objects_merge_recursively(tmp_path: Path) -> None:
    result = apply(
        tmp_path,
        """\
        - target: $.info
          update:
            title: New
            contact: {email: a@example.com}
            license: {name: MIT}
        """,
    )

    assert result["info"] == {
        "title": "New",
        "version": "1",
        "contact": {"name": "A", "email": "a@example.com"},
        "license": {"name": "MIT"},
    }
    assert list(result["info"]) == ["title", "version", "contact", "license"]


def test_nested_arrays_concatenate(tmp_path: Path) -> None:
    result = apply(tmp_path, "- target: $\n  update:\n    tags: [c]\n")

    assert result["tags"] == ["a", "b", "c"]


def test_array_target_gets_an_object_appended(tmp_path: Path) -> None:
    result = apply(tmp_path, "- target: $.paths['/x'].get.parameters\n  update: {name: q}\n")

    assert result["paths"]["/x"]["get"]["parameters"] == [{"name": "p"}, {"name": "q"}]


def test_array_target_gets_a_primitive_appended(tmp_path: Path) -> None:
    assert apply(tmp_path, "- target: $.tags\n  update: c\n")["tags"] == ["a", "b", "c"]


def test_array_target_is_concatenated_with_an_array(tmp_path: Path) -> None:
    assert apply(tmp_path, "- target: $.tags\n  update: [c, d]\n")["tags"] == ["a", "b", "c", "d"]


def test_primitive_target_is_replaced_by_a_primitive(tmp_path: Path) -> None:
    result = apply(tmp_path, "- target: $.paths.*.get.summary\n  update: Same\n")

    assert [result["paths"][path]["get"]["summary"] for path in ("/x", "/y")] == ["Same", "Same"]


def test_primitive_array_items_are_replaced(tmp_path: Path) -> None:
    assert apply(tmp_path, "- target: $.tags[?@ == 'b']\n  update: B\n")["tags"] == ["a", "B"]


def test_object_target_with_primitive_update_is_an_error(tmp_path: Path) -> None:
    overlay = overlay_of(tmp_path, "- target: $.info\n  description: Set info\n  update: text\n")

    with pytest.raises(OverlayError) as caught:
        apply_overlay(BASE, overlay)

    message = str(caught.value)
    assert message.startswith(f"{overlay.path}:8 (/actions/0/update) ('Set info')")
    assert "cannot merge a string into an object at $['info']" in message


def test_primitive_target_with_object_update_is_an_error(tmp_path: Path) -> None:
    overlay = overlay_of(tmp_path, "- target: $.info.title\n  update: {text: x}\n")

    with pytest.raises(OverlayError, match=r"cannot merge an object into a string at \$\['info'\]\['title'\]"):
        apply_overlay(BASE, overlay)


def test_nested_conflict_names_the_update_pointer_and_line(tmp_path: Path) -> None:
    overlay = overlay_of(
        tmp_path,
        """\
        - target: $
          update:
            info:
              contact: [oops]
        """,
    )

    with pytest.raises(OverlayError) as caught:
        apply_overlay(BASE, overlay)

    message = str(caught.value)
    assert message.startswith(f"{overlay.path}:9 (/actions/0/update/info/contact)")
    assert "cannot merge an array into an object at $['info']['contact']" in message


def test_targets_of_mixed_kinds_are_an_error(tmp_path: Path) -> None:
    overlay = overlay_of(tmp_path, "- target: $['info', 'tags']\n  update: {a: 1}\n")

    with pytest.raises(OverlayError, match="must select only objects, only arrays or only primitives") as caught:
        apply_overlay(BASE, overlay)

    assert "$['info'] (an object), $['tags'] (an array)" in str(caught.value)


def test_a_node_selected_twice_is_updated_once(tmp_path: Path) -> None:
    assert apply(tmp_path, "- target: $['tags', 'tags']\n  update: c\n")["tags"] == ["a", "b", "c"]


def test_update_on_several_targets_shares_no_nodes(tmp_path: Path) -> None:
    result = apply(
        tmp_path,
        """\
        - target: $.paths.*.get
          update:
            x-meta: {tags: [t]}
        - target: $.paths['/x'].get['x-meta'].tags
          update: only-x
        """,
    )

    assert result["paths"]["/x"]["get"]["x-meta"] == {"tags": ["t", "only-x"]}
    assert result["paths"]["/y"]["get"]["x-meta"] == {"tags": ["t"]}


# --- remove, precedence, order -------------------------------------------------------------------


def test_remove_several_array_items_removes_the_right_ones(tmp_path: Path) -> None:
    document = {"list": [0, 1, 2, 3, 4, 5]}

    result = apply(tmp_path, "- target: $.list[?@ == 1 || @ == 2 || @ == 4]\n  remove: true\n", document)

    assert result == {"list": [0, 3, 5]}


def test_remove_nested_selections_deepest_first(tmp_path: Path) -> None:
    document = {"items": [{"drop": True, "items": [{"drop": True}, {"keep": 1}]}, {"keep": 2}, {"drop": True}]}

    result = apply(tmp_path, "- target: $..[?@.drop == true]\n  remove: true\n", document)

    assert result == {"items": [{"keep": 2}]}


def test_removing_the_root_is_an_error(tmp_path: Path) -> None:
    overlay = overlay_of(tmp_path, "- target: $\n  description: Wipe\n  remove: true\n")

    with pytest.raises(OverlayError, match=r"\('Wipe'\): target \$ selects the document root") as caught:
        apply_overlay(BASE, overlay)

    assert str(caught.value).startswith(f"{overlay.path}:6 (/actions/0)")


def test_remove_wins_over_update(tmp_path: Path) -> None:
    result = apply(tmp_path, "- target: $.info.contact\n  update: {email: e}\n  remove: true\n")

    assert "contact" not in result["info"]


def test_remove_false_lets_update_apply(tmp_path: Path) -> None:
    result = apply(tmp_path, "- target: $.info.contact\n  update: {email: e}\n  remove: false\n")

    assert result["info"]["contact"] == {"name": "A", "email": "e"}


def test_update_wins_over_copy(tmp_path: Path) -> None:
    result = apply(tmp_path, "- target: $.info.contact\n  update: {email: e}\n  copy: $.paths['/y'].get\n")

    assert result["info"]["contact"] == {"name": "A", "email": "e"}


def test_actions_apply_in_order_to_the_previous_result(tmp_path: Path) -> None:
    result = apply(
        tmp_path,
        """\
        - target: $.tags
          remove: true
        - target: $
          update: {tags: [z]}
        - target: $.tags
          update: y
        """,
    )

    assert result["tags"] == ["z", "y"]


# --- copy ----------------------------------------------------------------------------------------


def test_copy_merges_the_source_into_each_target(tmp_path: Path) -> None:
    result = apply(tmp_path, "- target: $.paths['/y']\n  copy: $.paths['/x']\n")

    assert result["paths"]["/y"]["get"] == {"summary": "x", "parameters": [{"name": "p"}]}
    assert result["paths"]["/x"] == BASE["paths"]["/x"]
    result["paths"]["/y"]["get"]["parameters"].append("shared?")
    assert result["paths"]["/x"]["get"]["parameters"] == [{"name": "p"}]


def test_copy_into_an_array_appends(tmp_path: Path) -> None:
    result = apply(tmp_path, "- target: $.paths['/x'].get.parameters\n  copy: $.info.contact\n")

    assert result["paths"]["/x"]["get"]["parameters"] == [{"name": "p"}, {"name": "A"}]


def test_copy_uses_the_source_as_it_was_before_the_action(tmp_path: Path) -> None:
    document = {"a": {"v": 1}}

    result = apply(tmp_path, "- target: $.a\n  copy: $\n", document)

    assert result == {"a": {"v": 1, "a": {"v": 1}}}


def test_copy_gives_every_target_the_source_as_selected(tmp_path: Path) -> None:
    document = {"a": {"list": [1]}, "b": {"list": []}}

    result = apply(tmp_path, "- target: $['a', 'b']\n  copy: $.a\n", document)

    assert result == {"a": {"list": [1, 1]}, "b": {"list": [1]}}


@pytest.mark.parametrize(("source", "count"), [("$.nothing", 0), ("$.paths.*", 2)])
def test_copy_must_select_exactly_one_node(tmp_path: Path, source: str, count: int) -> None:
    overlay = overlay_of(tmp_path, f"- target: $.info\n  copy: {source}\n")

    with pytest.raises(OverlayError, match=re.escape(f"copy {source} must select exactly one node")) as caught:
        apply_overlay(BASE, overlay)

    message = str(caught.value)
    assert message.startswith(f"{overlay.path}:7 (/actions/0/copy)")
    assert f"it selected {count}" in message


def test_copy_conflict_names_the_source(tmp_path: Path) -> None:
    overlay = overlay_of(tmp_path, "- target: $.info\n  copy: $.tags\n")

    with pytest.raises(OverlayError, match=r"cannot merge an array copied from \$\['tags'\] into an object"):
        apply_overlay(BASE, overlay)


def test_copy_is_not_part_of_overlay_1_0(tmp_path: Path) -> None:
    overlay = overlay_of(tmp_path, "- target: $.info\n  copy: $.info\n", version="1.0.0")

    with pytest.raises(OverlayError, match=r"'copy' is an Overlay 1\.1 feature") as caught:
        validate_overlay(overlay)

    assert str(caught.value).startswith(f"{overlay.path}:7 (/actions/0/copy)")


# --- versions, validation, warnings, purity ------------------------------------------------------


def test_overlay_1_0_documents_are_applied(tmp_path: Path) -> None:
    result = apply_overlay(BASE, overlay_of(tmp_path, "- target: $.info\n  update: {x-a: 1}\n", version="1.0.0"))

    assert result.document["info"]["x-a"] == 1


@pytest.mark.parametrize("version", ["1.2.0", "2.0.0", "1.0"])
def test_other_versions_are_rejected(tmp_path: Path, version: str) -> None:
    with pytest.raises(OverlayError, match="unsupported overlay version"):
        validate_overlay(overlay_of(tmp_path, "- target: $\n", version=version))


def test_invalid_target_syntax_names_the_action(tmp_path: Path) -> None:
    overlay = overlay_of(tmp_path, "- target: $\n- target: $.paths[?@.x-sdk == 1]\n  description: Mark\n")

    with pytest.raises(OverlayError) as caught:
        validate_overlay(overlay)

    message = str(caught.value)
    assert message.startswith(f"{overlay.path}:7 (/actions/1/target): ('Mark') target")
    assert "is not an RFC 9535 JSONPath query" in message
    assert "bracket notation" in message


def test_ill_typed_target_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(
        OverlayError, match=r"\(/actions/0/target\): target .* is not an RFC 9535 JSONPath query: .* at offset 3"
    ):
        validate_overlay(overlay_of(tmp_path, "- target: $[?length(@.a, 1)]\n"))


def test_invalid_copy_syntax_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match=r"\(/actions/0/copy\): copy '\$\[' is not an RFC 9535 JSONPath query"):
        validate_overlay(overlay_of(tmp_path, "- target: $\n  copy: $[\n"))


def test_validation_reports_every_problem_with_pointer_and_line(tmp_path: Path) -> None:
    overlay = overlay_of(
        tmp_path,
        """\
        - target: $
          updates: {a: 1}
        - target: 5
        """,
    )

    with pytest.raises(OverlayError) as caught:
        validate_overlay(overlay)

    assert str(caught.value).splitlines() == [
        f"{overlay.path}:7 (/actions/0/updates): unknown field; allowed: target, description, update, copy, remove "
        "and x- extensions",
        f"{overlay.path}:8 (/actions/1/target): must be of type string, not a number",
    ]


def test_apply_validates_first(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match="'target' is a required property"):
        apply_overlay(BASE, overlay_of(tmp_path, "- update: {a: 1}\n"))


def test_overlay_error_is_a_document_error() -> None:
    assert issubclass(OverlayError, DocumentError)


NO_MATCH = """\
- target: $.info
  update: {x-a: 1}
- target: $.components.schemas
  description: Add schemas
  update: {A: {}}
"""
NO_MATCH_MESSAGE = "{path}:8 (/actions/1) ('Add schemas'): target $.components.schemas selected nothing"


def test_target_selecting_nothing_is_a_warning(tmp_path: Path) -> None:
    overlay = overlay_of(tmp_path, NO_MATCH)

    result = apply_overlay(BASE, overlay)

    assert result.warnings == (NO_MATCH_MESSAGE.format(path=overlay.path),)
    assert result.document["info"]["x-a"] == 1


def test_target_selecting_nothing_is_an_error_when_strict(tmp_path: Path) -> None:
    overlay = overlay_of(tmp_path, NO_MATCH)

    with pytest.raises(OverlayError) as caught:
        apply_overlay(BASE, overlay, strict=True)

    assert str(caught.value) == NO_MATCH_MESSAGE.format(path=overlay.path)


def test_input_document_is_not_mutated(tmp_path: Path) -> None:
    document = copy.deepcopy(BASE)
    before = json.dumps(document)

    result = apply_overlay(
        document,
        overlay_of(
            tmp_path,
            """\
            - target: $.info
              update: {title: New, contact: {email: e}}
            - target: $.tags
              update: c
            - target: $.paths['/x']
              remove: true
            """,
        ),
    )

    assert json.dumps(document) == before
    result.document["paths"]["/y"]["get"]["summary"] = "changed"
    assert document["paths"]["/y"]["get"]["summary"] == "y"
