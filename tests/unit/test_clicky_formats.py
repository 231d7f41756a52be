"""Clicky's output encoders: each answer is parsed back with an independent parser."""

import csv
import io
import json
import xml.etree.ElementTree as ET
from typing import Any

import phpserialize
import pytest

from mockserver.apis.clicky.formats import (
    MEDIA_TYPES,
    StatsResult,
    encode_error,
    encode_result,
    to_csv,
    to_json,
    to_php,
    to_xml,
)

VISITOR = {
    "time": "1730224440",
    "ip_address": "65.23.11.0",
    "first_visit": {"time": "1729962000", "session_id": "318102456"},
    "custom": {"username": ["billy", "bill"], "email": "b@example.com"},
    "referrer_search": 'caf\u00e9 "cookies", <fresh> & warm',
}
RESULT: StatsResult = [
    ("visitors", [("2024-10-29", [{"value": "6"}]), ("2024-10-28", [{"value": "11"}])]),
    (
        "pages",
        [
            (
                "2024-10-28,2024-10-29",
                [
                    {"title": "Home", "value": "8", "value_percent": "66.7", "url": "https://example.com/"},
                    {"title": "Contact", "value": "4", "value_percent": "33.3"},
                ],
            )
        ],
    ),
    ("visitors-list", [("2024-10-29", [VISITOR])]),
]
DAILY_TALLIES: StatsResult = [
    RESULT[0],
    ("actions", [("2024-10-29", [{"value": "17"}]), ("2024-10-28", [{"value": "30"}])]),
]
ERROR = 'Invalid sitekey. <&> "quoted" \u00e9'


def test_json_round_trip() -> None:
    answer = json.loads(to_json(RESULT))
    assert [entry["type"] for entry in answer] == ["visitors", "pages", "visitors-list"]
    assert answer[0]["dates"] == [
        {"date": "2024-10-29", "items": [{"value": "6"}]},
        {"date": "2024-10-28", "items": [{"value": "11"}]},
    ]
    assert answer[1]["dates"][0]["items"][1] == {"title": "Contact", "value": "4", "value_percent": "33.3"}
    assert answer[2]["dates"][0]["items"][0] == VISITOR


def test_json_error() -> None:
    assert json.loads(encode_error("json", ERROR)) == [{"error": ERROR}]


def test_xml_round_trip() -> None:
    root = ET.fromstring(to_xml(RESULT))
    assert (root.tag, root.attrib) == ("response", {"status": "ok"})
    assert [element.get("type") for element in root.findall("type")] == ["visitors", "pages", "visitors-list"]
    visitors, pages, visitors_list = root.findall("type")
    assert [(d.get("date"), d.findtext("item/value")) for d in visitors.findall("date")] == [
        ("2024-10-29", "6"),
        ("2024-10-28", "11"),
    ]
    assert [item.findtext("title") for item in pages.findall("date/item")] == ["Home", "Contact"]
    assert pages.find("date/item[2]/url") is None
    visitor = visitors_list.find("date/item")
    assert visitor is not None
    assert visitor.findtext("referrer_search") == VISITOR["referrer_search"]
    assert visitor.findtext("first_visit/session_id") == "318102456"
    # A multi-valued custom key repeats its element, as the vendor describes.
    assert [e.text for e in visitor.findall("custom/username")] == ["billy", "bill"]
    assert visitor.findtext("custom/email") == "b@example.com"


def test_xml_error() -> None:
    root = ET.fromstring(encode_error("xml", ERROR))
    assert (root.tag, root.attrib, root.findtext("error")) == ("response", {"status": "fail"}, ERROR)


@pytest.mark.parametrize("key", ["1st", "user name", "a:b", ""])
def test_xml_refuses_field_names_that_are_not_element_names(key: str) -> None:
    with pytest.raises(ValueError, match=r"visitors-list/2024-10-29/item 0\.custom") as raised:
        to_xml([("visitors-list", [("2024-10-29", [{"custom": {key: "x"}}])])])
    assert repr(key) in str(raised.value)


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_csv_daily_tallies_are_date_value_lines() -> None:
    assert csv_rows(to_csv(DAILY_TALLIES, daily_tallies=True)) == [
        ["2024-10-29", "6"],
        ["2024-10-28", "11"],
        ["2024-10-29", "17"],
        ["2024-10-28", "30"],
    ]


def test_csv_daily_tallies_refuse_items_without_a_single_value() -> None:
    with pytest.raises(ValueError, match="pages/2024-10-28,2024-10-29"):
        to_csv(RESULT[1:2], daily_tallies=True)


def test_csv_blocks() -> None:
    rows = csv_rows(to_csv(RESULT))
    assert rows[:9] == [
        ["visitors"],
        ["date", "value"],
        ["2024-10-29", "6"],
        ["2024-10-28", "11"],
        [],
        ["pages"],
        ["date", "title", "value", "value_percent", "url"],
        ["2024-10-28,2024-10-29", "Home", "8", "66.7", "https://example.com/"],
        ["2024-10-28,2024-10-29", "Contact", "4", "33.3", ""],
    ]
    assert rows[9:12] == [[], ["visitors-list"], ["date", *VISITOR]]
    visitor = dict(zip(rows[11], rows[12], strict=True))
    assert visitor["referrer_search"] == VISITOR["referrer_search"]
    assert json.loads(visitor["custom"]) == VISITOR["custom"]
    assert json.loads(visitor["first_visit"]) == VISITOR["first_visit"]
    assert len(rows) == 13


def test_csv_error() -> None:
    assert csv_rows(encode_error("csv", ERROR)) == [["error"], [ERROR]]


def php_loads(text: str) -> Any:
    return phpserialize.loads(text.encode("utf-8"), decode_strings=True)


def test_php_round_trip() -> None:
    answer = php_loads(to_php(RESULT))
    assert list(answer) == ["visitors", "pages", "visitors-list"]
    assert answer["visitors"] == {"2024-10-29": {0: {"value": "6"}}, "2024-10-28": {0: {"value": "11"}}}
    assert answer["pages"]["2024-10-28,2024-10-29"][1] == {"title": "Contact", "value": "4", "value_percent": "33.3"}
    visitor = answer["visitors-list"]["2024-10-29"][0]
    # Multi-byte text only parses back if lengths are counted in bytes.
    assert visitor["referrer_search"] == VISITOR["referrer_search"]
    assert visitor["custom"] == {"username": {0: "billy", 1: "bill"}, "email": "b@example.com"}


def test_php_turns_integer_like_keys_into_integers_as_php_does() -> None:
    text = to_php([("custom", [("2024-10-29", [{"42": "x", "042": "y", "-7": "z"}])])])
    assert php_loads(text)["custom"]["2024-10-29"][0] == {42: "x", "042": "y", -7: "z"}
    assert 'i:42;s:1:"x";s:3:"042";' in text


def test_php_refuses_a_repeated_type() -> None:
    with pytest.raises(ValueError, match=r"type \['visitors'\] repeated"):
        to_php(RESULT[:1] * 2)


def test_php_error() -> None:
    assert php_loads(encode_error("php", ERROR)) == {0: {"error": ERROR}}


@pytest.mark.parametrize("output", sorted(MEDIA_TYPES))
def test_every_format_refuses_non_string_scalars(output: str) -> None:
    bad: Any = [("visitors", [("2024-10-29", [{"value": 6}])])]
    with pytest.raises(TypeError, match=r"visitors/2024-10-29/item 0.value holds int"):
        encode_result(output, bad)  # type: ignore[arg-type]


def test_encode_result_dispatches_on_output() -> None:
    assert encode_result("json", RESULT) == to_json(RESULT)
    assert encode_result("xml", RESULT) == to_xml(RESULT)
    assert encode_result("php", RESULT) == to_php(RESULT)
    assert encode_result("csv", DAILY_TALLIES) == to_csv(DAILY_TALLIES)
    assert encode_result("csv", DAILY_TALLIES, daily_tallies=True) == to_csv(DAILY_TALLIES, daily_tallies=True)
    assert set(MEDIA_TYPES) == {"json", "xml", "csv", "php"}
