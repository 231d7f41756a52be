"""The visits and actions of one period: what every tally, popular and segmentation type is computed from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mockserver.apis.clicky.periods import Period
from mockserver.apis.clicky.store import Action, ClickyStore, Visit

ONLINE_SECONDS = 15 * 60
"""A visitor counts as online while their last activity is at most this old."""


@dataclass(frozen=True, slots=True)
class Sample:
    visits: Sequence[Visit]
    actions: Sequence[Action]
    now: int

    def only(self, keep: Callable[[Visit], bool]) -> Sample:
        """The visits `keep` accepts, with their actions only."""
        visits = [visit for visit in self.visits if keep(visit)]
        sessions = {visit.session_id for visit in visits}
        return Sample(visits, [action for action in self.actions if action.session_id in sessions], self.now)


def load(store: ClickyStore, period: Period) -> Sample:
    now = int(store.clock.timestamp())
    return Sample(store.visits_between(period.start, period.end), store.actions_between(period.start, period.end), now)


def is_online(visit: Visit, now: int) -> bool:
    return visit.started_at <= now and visit.ended_at >= now - ONLINE_SECONDS
