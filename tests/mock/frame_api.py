"""A tiny API that exercises the frame alone: typed parameters, a writing handler that can fail, a broken answer."""

import sqlite3
from collections.abc import Mapping
from pathlib import Path

from mockserver.behaviour import ApiBehaviour, StoreSetup
from mockserver.context import RequestContext
from mockserver.registry import Handler, HandlerRegistry, HandlerTable
from mockserver.responses import ApiError, MockResponse

DEMO_KEY = "frame-secret-key"
SPEC = """
openapi: 3.1.0
info: {title: Frame test API, version: "1"}
security: [{key: []}]
paths:
  /items/{item_id}:
    get:
      operationId: getItem
      parameters:
        - {name: item_id, in: path, required: true, schema: {type: integer, minimum: 1}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
  /search:
    get:
      operationId: search
      parameters:
        - {name: limit, in: query, required: true, schema: {type: integer, maximum: 50}}
        - {name: active, in: query, schema: {type: boolean}}
        - {name: tags, in: query, explode: false, schema: {type: array, items: {type: string}}}
        - {name: ids, in: query, schema: {type: array, items: {type: integer}}}
        - name: filter
          in: query
          style: deepObject
          explode: true
          schema: {type: object, properties: {color: {type: string}, size: {type: integer}}}
        - {name: X-Trace, in: header, schema: {type: integer}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
        "400": {$ref: "#/components/responses/Problem"}
  /notes:
    get:
      operationId: countNotes
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, required: [count], properties: {count: {type: integer}}}
    post:
      operationId: createNote
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, required: [text], properties: {text: {type: string, maxLength: 20}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
        "409": {$ref: "#/components/responses/Problem"}
  /broken:
    get:
      operationId: brokenAnswer
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, required: [count], properties: {count: {type: integer}}}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  responses:
    Problem:
      description: problem
      content: {application/json: {schema: {type: object, required: [problem], properties: {problem: {type: string}}}}}
"""


class NoteStore:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def count(self) -> int:
        return int(self.connection.execute("SELECT COUNT(*) FROM notes").fetchone()[0])


def open_store(setup: StoreSetup) -> NoteStore:
    setup.connection.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT)")
    return NoteStore(setup.connection)


def render_error(error: ApiError, query: Mapping[str, str]) -> MockResponse:
    return MockResponse({"problem": error.message}, status=error.status)


def build_behaviour(skip: str | None = None, replace: HandlerTable[NoteStore] | None = None) -> ApiBehaviour[NoteStore]:
    """`skip`: leave that operation without a handler; `replace`: these handlers instead of the usual ones."""

    def get_item(ctx: RequestContext[NoteStore]) -> MockResponse:
        return MockResponse({"id": ctx.path_params["item_id"]})

    def search(ctx: RequestContext[NoteStore]) -> MockResponse:
        return MockResponse({"query": dict(ctx.query), "headers": dict(ctx.header_params)})

    def count_notes(ctx: RequestContext[NoteStore]) -> MockResponse:
        return MockResponse({"count": ctx.store.count()})

    def create_note(ctx: RequestContext[NoteStore]) -> MockResponse:
        text = ctx.body["text"]
        ctx.store.connection.execute("INSERT INTO notes (text) VALUES (?)", (text,))
        if text == "conflict":
            raise ApiError(409, "note written, then refused")
        if text == "crash":
            raise RuntimeError("handler bug after writing")
        return MockResponse({"stored": text})

    def broken_answer(ctx: RequestContext[NoteStore]) -> MockResponse:
        return MockResponse({"count": "many"})

    table: dict[str, Handler[NoteStore]] = {
        "getItem": get_item,
        "search": search,
        "countNotes": count_notes,
        "createNote": create_note,
        "brokenAnswer": broken_answer,
        **(replace or {}),
    }
    table.pop(skip or "", None)
    return ApiBehaviour(
        name="frame",
        handlers=HandlerRegistry(table),
        open_store=open_store,
        render_error=render_error,
        credentials={"key": DEMO_KEY},
    )


def write_spec(directory: Path) -> Path:
    path = directory / "frame.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path
