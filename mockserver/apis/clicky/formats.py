"""Clicky's four output formats (`output=json|xml|csv|php`), encoded from one neutral result.

A result is the answer to one request: for each requested type, in request order, its date groups; for
each date label (`YYYY-MM-DD` or `YYYY-MM-DD,YYYY-MM-DD`), its items. An item maps field names to
strings, to nested groups (mappings) or to repeated values (sequences): Clicky sends every scalar as a
string, and the encoders refuse anything else.

JSON (seen in real use)
    `[{"type": t, "dates": [{"date": d, "items": [item, ...]}]}]`; error `[{"error": message}]`.
XML (one weak source for the nesting)
    `<response status="ok"><type type="t"><date date="d"><item><field>text</field>...`. A nested group
    becomes child elements; a sequence repeats its key once per value (the vendor's description of
    `custom` with `custom_keys_multi_values=1`). Not documented by the vendor, our design: the error
    answer `<response status="fail"><error>message</error></response>`.
CSV
    Vendor rule: when every requested type is a tally and `daily=1`, each line is `date,value`; the
    types follow one another in request order. Not documented by the vendor, our design for every
    other answer: one block per type, blocks separated by an empty line; a block is a line holding the
    type name, a header line `date,<field>,...` (fields in first-seen order) and one line per item.
    A nested value fills one cell as compact JSON (the vendor only says such values are "crammed into a
    single column"). Error: a header line `error` and one line with the message.
PHP (seen in real use)
    `serialize()` of an array keyed by type, then by date label, holding the list of items. Not
    documented by the vendor, our design: the error answer mirrors JSON, `array(0 => array("error" =>
    message))`.
"""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Literal, TypeAlias

ItemValue: TypeAlias = "str | Mapping[str, ItemValue] | Sequence[ItemValue]"
Item: TypeAlias = Mapping[str, ItemValue]
DateGroup: TypeAlias = tuple[str, Sequence[Item]]
TypeGroup: TypeAlias = tuple[str, Sequence[DateGroup]]
StatsResult: TypeAlias = Sequence[TypeGroup]

OutputFormat: TypeAlias = Literal["json", "xml", "csv", "php"]

MEDIA_TYPES: Mapping[OutputFormat, str] = {
    "json": "application/json",
    "xml": "text/xml",
    "csv": "text/csv",
    "php": "application/vnd.php.serialized",
}
"""Media type per output; the vendor documents none of them except JSON's (see the spec)."""


def _not_a_string(where: str, value: object) -> TypeError:
    return TypeError(f"{where} holds {type(value).__name__}; Clicky sends every scalar as a string")


def _plain(value: ItemValue, where: str) -> object:
    """The JSON form of an item value, checked to hold strings only."""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return {key: _plain(inner, f"{where}.{key}") for key, inner in value.items()}
    if isinstance(value, Sequence):
        return [_plain(inner, f"{where}[{index}]") for index, inner in enumerate(value)]
    raise _not_a_string(where, value)


def _json_answer(result: StatsResult) -> list[object]:
    return [
        {
            "type": type_name,
            "dates": [
                {"date": date, "items": [_plain(item, f"{type_name}/{date}/item {n}") for n, item in enumerate(items)]}
                for date, items in dates
            ],
        }
        for type_name, dates in result
    ]


def to_json(result: StatsResult) -> str:
    return json.dumps(_json_answer(result), separators=(",", ":"))


def json_error(message: str) -> str:
    return json.dumps([{"error": message}], separators=(",", ":"))


_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
# Letters (any script), digits, "_", "." and "-"; never a leading digit, and no ":" (namespaces).
_XML_NAME = re.compile(r"[^\W\d][\w.-]*")


def _append_xml(parent: ET.Element, key: str, value: ItemValue, where: str) -> None:
    if not _XML_NAME.fullmatch(key):
        raise ValueError(f"{where}: field name {key!r} cannot be an XML element name")
    if isinstance(value, str):
        ET.SubElement(parent, key).text = value
    elif isinstance(value, Mapping):
        group = ET.SubElement(parent, key)
        for inner_key, inner in value.items():
            _append_xml(group, inner_key, inner, f"{where}.{inner_key}")
    elif isinstance(value, Sequence):
        for index, inner in enumerate(value):
            _append_xml(parent, key, inner, f"{where}[{index}]")
    else:
        raise _not_a_string(where, value)


# Characters XML 1.0 forbids even as references (control characters, surrogates, U+FFFE/U+FFFF).
# ElementTree writes them as they are, and a parser then rejects the whole answer.
_NOT_XML_CHARACTER = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_document(root: ET.Element) -> str:
    """The document; a character XML cannot carry (from echoed request text) becomes U+FFFD, so the answer
    is well-formed whatever the request held. Element names are checked before (`_XML_NAME`)."""
    return _XML_DECLARATION + _NOT_XML_CHARACTER.sub("\ufffd", ET.tostring(root, encoding="unicode"))


def to_xml(result: StatsResult) -> str:
    response = ET.Element("response", status="ok")
    for type_name, dates in result:
        type_element = ET.SubElement(response, "type", type=type_name)
        for date, items in dates:
            date_element = ET.SubElement(type_element, "date", date=date)
            for n, item in enumerate(items):
                item_element = ET.SubElement(date_element, "item")
                for key, value in item.items():
                    _append_xml(item_element, key, value, f"{type_name}/{date}/item {n}.{key}")
    return _xml_document(response)


def xml_error(message: str) -> str:
    response = ET.Element("response", status="fail")
    ET.SubElement(response, "error").text = message
    return _xml_document(response)


def _csv_cell(value: ItemValue, where: str) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(_plain(value, where), separators=(",", ":"), ensure_ascii=False)


def _date_value_rows(result: StatsResult) -> Iterator[list[str]]:
    for type_name, dates in result:
        for date, items in dates:
            value = items[0].get("value") if len(items) == 1 else None
            if not isinstance(value, str):
                raise ValueError(
                    f"{type_name}/{date}: the date,value layout needs exactly one item with a string 'value'"
                )
            yield [date, value]


def _block_rows(result: StatsResult) -> Iterator[list[str]]:
    for block, (type_name, dates) in enumerate(result):
        if block:
            yield []
        fields = list(dict.fromkeys(key for _, items in dates for item in items for key in item))
        yield [type_name]
        yield ["date", *fields]
        for date, items in dates:
            for n, item in enumerate(items):
                where = f"{type_name}/{date}/item {n}"
                yield [date, *(_csv_cell(item.get(field, ""), f"{where}.{field}") for field in fields)]


def _csv_document(rows: Iterable[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def to_csv(result: StatsResult, *, daily_tallies: bool = False) -> str:
    """CSV answer; `daily_tallies` is True when every requested type is a tally and `daily=1`."""
    return _csv_document(_date_value_rows(result) if daily_tallies else _block_rows(result))


def csv_error(message: str) -> str:
    return _csv_document([["error"], [message]])


# PHP turns a string key that is a canonical decimal integer into an integer key; serialize() shows that.
_PHP_INTEGER_KEY = re.compile(r"0|-?[1-9][0-9]*")
_PHP_INT_MAX = 2**63 - 1


def _php_key(key: int | str) -> str:
    if isinstance(key, str) and _PHP_INTEGER_KEY.fullmatch(key) and -_PHP_INT_MAX - 1 <= int(key) <= _PHP_INT_MAX:
        key = int(key)
    if isinstance(key, int):
        return f"i:{key};"
    return _php_string(key)


def _php_string(text: str) -> str:
    # The length is in bytes, not characters.
    return f's:{len(text.encode("utf-8"))}:"{text}";'


def _php_array(pairs: Sequence[tuple[int | str, str]]) -> str:
    return f"a:{len(pairs)}:{{{''.join(_php_key(key) + value for key, value in pairs)}}}"


def _php_value(value: ItemValue, where: str) -> str:
    if isinstance(value, str):
        return _php_string(value)
    if isinstance(value, Mapping):
        return _php_array([(key, _php_value(inner, f"{where}.{key}")) for key, inner in value.items()])
    if isinstance(value, Sequence):
        return _php_array([(index, _php_value(inner, f"{where}[{index}]")) for index, inner in enumerate(value)])
    raise _not_a_string(where, value)


def _php_keyed(pairs: Sequence[tuple[str, str]], what: str) -> str:
    keys = [key for key, _ in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ValueError(f"{what} {duplicates} repeated; a PHP array keyed by {what} holds each key once")
    return _php_array(list(pairs))


def _php_items(type_name: str, date: str, items: Sequence[Item]) -> str:
    return _php_array([(n, _php_value(item, f"{type_name}/{date}/item {n}")) for n, item in enumerate(items)])


def to_php(result: StatsResult) -> str:
    return _php_keyed(
        [
            (type_name, _php_keyed([(date, _php_items(type_name, date, items)) for date, items in dates], "date"))
            for type_name, dates in result
        ],
        "type",
    )


def php_error(message: str) -> str:
    return _php_value([{"error": message}], "error")


_ERROR_ENCODERS: Mapping[OutputFormat, Callable[[str], str]] = {
    "json": json_error,
    "xml": xml_error,
    "csv": csv_error,
    "php": php_error,
}


def encode_result(output: OutputFormat, result: StatsResult, *, daily_tallies: bool = False) -> str:
    """The answer body in `output`; `daily_tallies` only changes CSV (see the module docstring)."""
    match output:
        case "json":
            return to_json(result)
        case "xml":
            return to_xml(result)
        case "csv":
            return to_csv(result, daily_tallies=daily_tallies)
        case "php":
            return to_php(result)


def encode_error(output: OutputFormat, message: str) -> str:
    """The error body in `output`; Clicky sends it with HTTP 200."""
    return _ERROR_ENCODERS[output](message)
