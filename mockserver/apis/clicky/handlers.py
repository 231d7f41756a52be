"""`getStats`, the one operation; the frame has already checked the credentials and the parameter types."""

from __future__ import annotations

from mockserver.apis.clicky import answers
from mockserver.apis.clicky.report import Report
from mockserver.apis.clicky.request import read_request
from mockserver.apis.clicky.store import ClickyStore
from mockserver.apis.clicky.tallies import TALLIES
from mockserver.context import RequestContext
from mockserver.registry import HandlerTable
from mockserver.responses import MockResponse


def get_stats(ctx: RequestContext[ClickyStore]) -> MockResponse:
    return ctx.store.answers.answer(ctx.query, int(ctx.clock.timestamp()), lambda: _compute_stats(ctx))


def _compute_stats(ctx: RequestContext[ClickyStore]) -> MockResponse:
    query = ctx.query
    types = tuple(dict.fromkeys(query.get("type", ())))  # a type asked twice is answered once
    session_id = query.get("session_id")
    if not types:
        if "alert_id" not in query:
            return answers.error_response(query, answers.NO_TYPE)
        # As if the request were type=visitors-list&session_id=<the alert's session> (vendor).
        types = ("visitors-list",)
        alert_session = ctx.store.alert_session(query["alert_id"])
        session_id = str(alert_session) if alert_session is not None else "0"
    request = read_request(query, types, session_id)
    report = Report(ctx.store, request)
    result = [(name, answers.finished_groups(report.groups(name), request.null_values)) for name in types]
    daily_tallies = request.daily and all(name in TALLIES for name in types)
    return answers.result_response(query, result, daily_tallies)


HANDLERS: HandlerTable[ClickyStore] = {
    "getStats": get_stats,
}
