from pathlib import Path

import pytest

from generator.yaml_source import DocumentError, SourceDocument, load_yaml_document


def write(tmp_path: Path, text: str, name: str = "doc.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_loads_data_in_document_order(tmp_path: Path) -> None:
    document = load_yaml_document(write(tmp_path, "b: 1\na:\n  - x\n  - {y: true}\n"))

    assert document.data == {"b": 1, "a": ["x", {"y": True}]}
    assert list(document.data) == ["b", "a"]


def test_line_of_mapping_members_is_the_line_of_their_key(tmp_path: Path) -> None:
    document = load_yaml_document(write(tmp_path, "info:\n  title: T\n\npaths:\n  /a:\n    get: {}\n"))

    assert document.line_of("") == 1
    assert document.line_of("/info") == 1
    assert document.line_of("/info/title") == 2
    assert document.line_of("/paths") == 4
    assert document.line_of("/paths/~1a/get") == 6
    assert document.line_of("/missing") is None


def test_line_of_sequence_items(tmp_path: Path) -> None:
    document = load_yaml_document(write(tmp_path, "actions:\n  - target: $\n\n  - target: $.x\n    remove: true\n"))

    assert document.line_of("/actions/0") == 2
    assert document.line_of("/actions/1") == 4
    assert document.line_of("/actions/1/remove") == 5


def test_pointer_tokens_are_escaped(tmp_path: Path) -> None:
    document = load_yaml_document(write(tmp_path, "a:\n  'x/y~z': 1\n"))

    assert document.line_of("/a/x~1y~0z") == 2


def test_where_names_file_line_and_pointer(tmp_path: Path) -> None:
    path = write(tmp_path, "info:\n  title: T\n")
    document = load_yaml_document(path)

    assert document.where("/info/title") == f"{path}:2 (/info/title)"
    assert document.where("/nowhere") == f"{path} (/nowhere)"
    assert document.where("") == f"{path}:1 (root)"


def test_source_document_without_lines_still_names_the_file() -> None:
    document = SourceDocument(path=Path("inline.yaml"), data={"a": 1})

    assert document.where("/a") == "inline.yaml (/a)"


def test_dates_stay_strings_as_in_json(tmp_path: Path) -> None:
    document = load_yaml_document(write(tmp_path, "example: 2024-01-31\nwhen: 2024-01-31T10:00:00Z\n"))

    assert document.data == {"example": "2024-01-31", "when": "2024-01-31T10:00:00Z"}


def test_merge_keys_are_resolved(tmp_path: Path) -> None:
    document = load_yaml_document(write(tmp_path, "base: &b {k: 1, j: 1}\nm:\n  <<: *b\n  j: 2\n"))

    assert document.data["m"] == {"k": 1, "j": 2}
    assert document.line_of("/m/j") == 4


def test_empty_file_has_no_data(tmp_path: Path) -> None:
    assert load_yaml_document(write(tmp_path, "# nothing\n")).data is None


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "a: 1\nb: [1, 2\nc: 3\n", name="broken.yaml")

    with pytest.raises(DocumentError) as caught:
        load_yaml_document(path)

    message = str(caught.value)
    assert message.startswith(f"{path}:3:")
    assert "invalid YAML" in message


def test_duplicate_key_is_an_error_naming_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "info:\n  title: A\n  version: 1\n  title: B\n")

    with pytest.raises(DocumentError, match=r"duplicate key \(first on line 2\)") as caught:
        load_yaml_document(path)

    assert str(caught.value).startswith(f"{path}:4 (/info/title)")


def test_non_string_key_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "responses:\n  200:\n    description: OK\n")

    with pytest.raises(DocumentError, match=r"mapping key '200' is not a string") as caught:
        load_yaml_document(path)

    assert str(caught.value).startswith(f"{path}:2 (/responses)")


def test_recursive_alias_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "a: &x\n  - *x\n")

    with pytest.raises(DocumentError, match="recursive YAML alias") as caught:
        load_yaml_document(path)

    assert str(path) in str(caught.value)


def test_missing_file_is_a_document_error(tmp_path: Path) -> None:
    path = tmp_path / "absent.yaml"

    with pytest.raises(DocumentError, match="cannot read the file") as caught:
        load_yaml_document(path)

    assert str(caught.value).startswith(str(path))
