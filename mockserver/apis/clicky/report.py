"""One answer: for each requested type, in request order, its date groups and their items."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TypeVar
from urllib.parse import quote

from mockserver.apis.clicky import filters, lists, periods, popular, tallies
from mockserver.apis.clicky.dates import DateRange, format_clicky_date
from mockserver.apis.clicky.lists import Item
from mockserver.apis.clicky.periods import Period
from mockserver.apis.clicky.request import StatsRequest
from mockserver.apis.clicky.sample import Sample, load
from mockserver.apis.clicky.store import SITE_ID, ClickyStore

T = TypeVar("T")
DateGroups = list[tuple[str, list[Item]]]

CHRONOLOGICAL_TYPES = frozenset(
    {"visitors-list", "actions-list", "searches-recent", "searches-unique", "links-recent", "links-unique",
     "uptime", "uptime-list"}
)  # fmt: skip
KNOWN_TYPES = frozenset(tallies.TALLIES) | frozenset(popular.POPULAR) | CHRONOLOGICAL_TYPES | {"segmentation"}


def heatmap_link(url: str) -> str:
    """`heatmap_url=1`: the page's URL with heatmap viewing authentication in its fragment (form undocumented).

    The token is derived from the site and the page, never the sitekey itself: the link is meant to be shared.
    """
    if not url:
        return url
    token = hashlib.sha256(f"{SITE_ID}|{url}".encode()).hexdigest()[:20]
    return f"{url.split('#', 1)[0]}#_heatmap={token}"


class Report:
    """Computes the date groups of each type of one request against the store."""

    def __init__(self, store: ClickyStore, request: StatsRequest) -> None:
        self.store = store
        self.request = request
        self.now = int(store.clock.timestamp())
        self.today = datetime.fromtimestamp(self.now, UTC).date()

    def groups(self, type_name: str) -> DateGroups:
        if type_name in tallies.TALLIES:
            return [(p.label, [self._tally(type_name, p)]) for p in self._periods(type_name)]
        if type_name in popular.POPULAR:
            return [(p.label, self._popular(type_name, p)) for p in self._periods(type_name)]
        whole = periods.whole(self.request.range_for(type_name, self.today))
        if type_name == "visitors-list":
            return self._visitors_list()
        if type_name == "actions-list":
            return self._actions_list()
        if type_name == "segmentation":
            return [(whole.label, self._segmentation(whole))]
        if type_name in CHRONOLOGICAL_TYPES:
            return [(whole.label, self._page(type_name, self._chronological(type_name, whole)))]
        # Not documented by the vendor: an unknown type answers an empty group for today.
        return [(format_clicky_date(DateRange(self.today, self.today)), [])]

    def _periods(self, type_name: str) -> list[Period]:
        date_range = self.request.range_for(type_name, self.today)
        if self.request.hourly:
            return periods.hours_newest_first(date_range, self.now)
        if self.request.daily:
            return periods.days_newest_first(date_range)
        return [periods.whole(date_range)]

    def _page(self, type_name: str, items: Sequence[T]) -> list[T]:
        offset = self.request.offset_for(type_name)
        return list(items[offset : offset + self.request.limit_for(type_name)])

    def _tally(self, type_name: str, period: Period) -> Item:
        number = tallies.TALLIES[type_name](load(self.store, period))
        item: Item = {"value": tallies.tally_text(type_name, number)}
        if self.request.trends:
            before = tallies.TALLIES[type_name](load(self.store, period.previous()))
            item["trend"] = tallies.trend(number, before)
        return item

    def _popular(self, type_name: str, period: Period, sample: Sample | None = None) -> list[Item]:
        compute = popular.POPULAR[type_name]
        rows = popular.ranked(compute(sample or load(self.store, period)))
        total = sum(row.value for row in rows)
        keep = filters.title_filter(self.request.filter, self.request.item)
        chosen = self._page(type_name, [row for row in rows if keep(row.title)])
        previous = {}
        if self.request.trends and sample is None:
            previous = {row.title: row.value for row in compute(load(self.store, period.previous()))}
        items = []
        for row in chosen:
            item: Item = {
                "title": row.title,
                "value": tallies.tally_text(type_name, row.value),
                "value_percent": popular.percent(row.value, total),
                "url": heatmap_link(row.url) if self.request.heatmap_url and type_name == "pages" else row.url,
                "stats_url": f"https://clicky.com/stats/{type_name}?site_id={SITE_ID}&date={period.label}"
                f"&item={quote(row.title, safe='')}",
                **row.extra,
            }
            if self.request.trends and sample is None:
                item["trend"] = tallies.trend(row.value, previous.get(row.title, 0.0))
            items.append(item)
        return items

    def _list_period(self, type_name: str) -> Period:
        if self.request.time_offset is not None:
            return periods.recent(self.request.time_offset, self.now)
        return periods.whole(self.request.range_for(type_name, self.today))

    def _visitors_list(self) -> DateGroups:
        period = self._list_period("visitors-list")
        if self.request.session_id is not None:
            found = self.store.visit(int(self.request.session_id))
            visits = [found] if found else []
        else:
            sample = load(self.store, period)
            test = self._visit_test(sample)
            visits = [v for v in sample.visits if test is None or test(v)]
        visits.sort(key=lambda v: (-v.started_at, -v.session_id))
        items = [
            lists.only_details(lists.visitor_item(v, self.request.multi_values), self.request.visitor_details)
            for v in self._page("visitors-list", visits)
        ]
        return [(period.label, items)]

    def _visit_test(self, sample: Sample) -> filters.VisitTest | None:
        pages_of: dict[int, list[str]] = {}
        for action in sample.actions:
            if action.action_type == "pageview":
                pages_of.setdefault(action.session_id, []).append(action.url)
        test = filters.visit_filter(self.request.query, self.now)
        return filters.with_pages(test, self.request.query.get("href"), pages_of)

    def _actions_list(self) -> DateGroups:
        period = self._list_period("actions-list")
        keep = filters.action_filter(self.request.query)
        actions = [a for a in self.store.actions_between(period.start, period.end) if keep(a)]
        actions.sort(key=lambda a: (-a.at, -a.id))
        items = [lists.action_item(a, self.request.multi_values) for a in self._page("actions-list", actions)]
        return [(period.label, items)]

    def _chronological(self, type_name: str, period: Period) -> list[Item]:
        if type_name == "uptime":
            return lists.uptime(self.store, period, self.now)
        if type_name == "uptime-list":
            return lists.uptime_events(self.store, period, self.now)
        visits = self.store.visits_between(period.start, period.end)
        unique = type_name.endswith("-unique")
        if type_name.startswith("searches-"):
            return lists.searches(visits, self.store, unique)
        return lists.links(visits, self.store, unique)

    def _segmentation(self, period: Period) -> list[Item]:
        """Our design (the vendor does not document the shape): one item per requested segment, in order.

        `{"segment": <tally>, "value": ...}`, `{"segment": <popular>, "items": [<popular item>, ...]}`,
        `{"segment": "summary", "visitors": ..., "actions": ..., ...}`; an unknown segment is left out.
        """
        sample = load(self.store, period)
        test = self._visit_test(sample)
        chosen = sample.only(test) if test is not None else sample
        items: list[Item] = []
        for segment in self.request.segments:
            if segment == "summary":
                summary = {
                    name.replace("-", "_"): tallies.tally_text(name, tallies.TALLIES[name](chosen))
                    for name in ("visitors", "visitors-unique", "actions", "actions-average", "time-average",
                                 "time-average-pretty", "bounce-rate")
                }  # fmt: skip
                items.append({"segment": segment, **summary})
            elif segment in tallies.TALLIES:
                items.append(
                    {"segment": segment, "value": tallies.tally_text(segment, tallies.TALLIES[segment](chosen))}
                )
            elif segment in popular.POPULAR:
                items.append({"segment": segment, "items": self._popular(segment, period, chosen)})
        return items
