"""Deterministic traffic for the demo site: ~400 days of visits with their actions, uptime outages, alerts.

Everything derives from the frame's seed and the mock clock, so a frozen clock gives identical answers.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from mockserver.apis.clicky.store import Action, ClickyStore, Outage, UptimeCheck, Visit

HISTORY_DAYS = 400
SITE = "https://example.com"
FIRST_SESSION_ID = 318_000_000
NEW_VISITOR_SHARE = 0.35
ALERT_EVERY = 97
"""Every 97th visit raised an alert (alert ids from 5001)."""

PAGES = (
    ("/", "Home"), ("/pricing", "Pricing"), ("/contact.php", "Contact"), ("/blog/", "Blog"),
    ("/blog/portland-homes", "Homes in Portland"), ("/blog/seattle-condos", "Condos in Seattle"),
    ("/docs/api", "API docs"), ("/about", "About us"), ("/signup", "Sign up"), ("/checkout", "Checkout"),
)  # fmt: skip
SITE_HOSTS = ("example.com", "www.example.com", "blog.example.com")
DOWNLOADS = ("/files/brochure.pdf", "/files/price-list.xlsx", "/files/app-setup.exe")
OUTBOUND = ("https://twitter.com/example", "https://github.com/example", "https://partner.org/offer")
EVENTS = ("Play tour", "Open chat", "Newsletter signup", "Copy coupon")
VIDEOS = ("Product tour", "Customer story", "Setup walkthrough")
LOCAL_SEARCHES = ("pricing", "api key", "portland", "refund", "export csv")
SEARCH_TERMS = (
    "portland homes", "oatmeal cookies", "homes for sale portland", "seattle condos", "example pricing",
    "unique visitor versus visitor", "cheap condos seattle", "portland real estate",
)  # fmt: skip
SEARCH_ENGINES = (("google.com", "https://www.google.com/"), ("bing.com", "https://www.bing.com/search"),
                  ("duckduckgo.com", "https://duckduckgo.com/"))  # fmt: skip
LINKS = (
    ("news.ycombinator.com", "https://news.ycombinator.com/item?id=4242", "link"),
    ("reddit.com", "https://www.reddit.com/r/realestate/", "social media"),
    ("facebook.com", "https://www.facebook.com/", "social media"),
    ("partner.org", "https://partner.org/friends", "link"),
    ("ads.example-network.com", "https://ads.example-network.com/click?id=9", "advertising"),
)
# (country code, country, region, city, latitude, longitude, language)
LOCATIONS = (
    ("us", "United States", "Oregon", "Portland", "45.5235", "-122.6762", "English"),
    ("us", "United States", "Washington", "Seattle", "47.6062", "-122.3321", "English"),
    ("us", "United States", "New York", "New York", "40.7128", "-74.0060", "English"),
    ("de", "Germany", "Berlin", "Berlin", "52.5200", "13.4050", "German"),
    ("gb", "United Kingdom", "England", "London", "51.5074", "-0.1278", "English"),
    ("fr", "France", "Ile-de-France", "Paris", "48.8566", "2.3522", "French"),
    ("br", "Brazil", "Sao Paulo", "Sao Paulo", "-23.5505", "-46.6333", "Portuguese"),
    ("jp", "Japan", "Tokyo", "Tokyo", "35.6762", "139.6503", "Japanese"),
)
BROWSERS = (("Chrome", "124"), ("Firefox", "125"), ("Safari", "17.4"), ("Edge", "124"), ("Opera", "109"))
SYSTEMS = ("Windows", "macOS", "Linux", "iOS", "Android")
SCREENS = (("1920x1080", "desktop"), ("1366x768", "desktop"), ("2560x1440", "desktop"), ("390x844", "mobile"),
           ("412x915", "mobile"), ("820x1180", "tablet"))  # fmt: skip
NETWORKS = (("comcast.net", "Comcast Cable"), ("verizon.net", "Verizon"), ("t-online.de", "Deutsche Telekom"),
            ("bt.com", "British Telecom"), ("", ""), ("microsoft.com", "Microsoft Corp"))  # fmt: skip
CAMPAIGNS = ("spring-sale", "newsletter-may", "retargeting")
SPLIT_TESTS = ("Homepage A", "Homepage B")
SHORTURLS = ("exmpl.co/sale", "exmpl.co/tour")
# (goal, revenue per conversion, cost per conversion)
GOALS = (("Signup", 10.0, 1.25), ("Purchase", 49.99, 4.5), ("Newsletter", 0.0, 0.0))
USERNAMES = ("billy", "sarah", "tom", "ana", "kenji")
PLANS = ("free", "pro", "team")

T = TypeVar("T")


def _pick(rng: random.Random, options: Sequence[T], weights: Sequence[float] | None = None) -> T:
    return rng.choices(options, weights=weights)[0]


@dataclass(frozen=True, slots=True)
class _Visitor:
    uid: str
    ip_address: str
    location: tuple[str, str, str, str, str, str, str]
    browser: tuple[str, str]
    system: str
    screen: tuple[str, str]
    network: tuple[str, str]
    username: str


def _new_visitor(rng: random.Random) -> _Visitor:
    return _Visitor(
        uid=str(rng.randrange(1_000_000_000, 4_000_000_000)),
        ip_address=f"{rng.randrange(24, 220)}.{rng.randrange(256)}.{rng.randrange(256)}.0",
        location=_pick(rng, LOCATIONS, (30, 12, 10, 12, 10, 8, 9, 9)),
        browser=_pick(rng, BROWSERS, (50, 18, 20, 9, 3)),
        system=_pick(rng, SYSTEMS, (40, 20, 6, 18, 16)),
        screen=_pick(rng, SCREENS, (35, 15, 10, 20, 12, 8)),
        network=_pick(rng, NETWORKS),
        username=_pick(rng, USERNAMES) if rng.random() < 0.25 else "",
    )


class _TrafficBuilder:
    """Builds visits day by day, oldest first, so visit numbers and first visits are known as it goes."""

    def __init__(self, rng: random.Random, now: datetime) -> None:
        self.rng = rng
        self.now = int(now.timestamp())
        self.today = now.astimezone(UTC).date()
        self.people: list[_Visitor] = []
        self.history: dict[str, tuple[int, int, int]] = {}  # uid -> (visits so far, first time, first session)
        self.visits: list[Visit] = []
        self.actions: list[Action] = []

    def build(self) -> None:
        for back in range(HISTORY_DAYS - 1, -1, -1):
            day = self.today - timedelta(days=back)
            start = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())
            end = min(start + 86_400, self.now)
            weekday_boost = 8 if day.weekday() < 5 else 0
            count = self.rng.randrange(14, 30) + weekday_boost
            if end <= start + 600:
                continue
            times = sorted(self.rng.randrange(start, end - 300) for _ in range(count * (end - start) // 86_400))
            for started_at in times:
                self._visit(started_at, min(start + 86_399, self.now))

    def _person(self) -> _Visitor:
        """A third of the visits come from someone new; of the others, earlier (regular) visitors more often."""
        if not self.people or self.rng.random() < NEW_VISITOR_SHARE:
            self.people.append(_new_visitor(self.rng))
            return self.people[-1]
        return self.people[int(len(self.people) * self.rng.random() ** 2)]

    def _visit(self, started_at: int, latest_end: int) -> None:
        rng = self.rng
        person = self._person()
        session_id = FIRST_SESSION_ID + len(self.visits) + 1
        seen, first_time, first_session = self.history.get(person.uid, (0, started_at, session_id))
        self.history[person.uid] = (seen + 1, first_time, first_session)
        action_count = min(1 + int(rng.expovariate(0.45)), 15)
        gaps = [rng.randrange(5, 240) for _ in range(action_count - 1)]
        budget = latest_end - started_at  # a visit ends before midnight (and before now)
        if sum(gaps) > budget:
            gaps = [gap * budget // sum(gaps) for gap in gaps]
        duration = min(sum(gaps) + (rng.randrange(0, 60) if action_count > 1 else 0), budget)
        kind = _pick(rng, ("direct", "search", "link"), (40, 35, 25))
        referrer_url = referrer_domain = referrer_search = referrer_type = search_rank = ""
        if kind == "search":
            referrer_domain, engine_url = _pick(rng, SEARCH_ENGINES, (70, 20, 10))
            referrer_search = _pick(rng, SEARCH_TERMS)
            referrer_url = f"{engine_url}?q={referrer_search.replace(' ', '+')}"
            referrer_type, search_rank = "search", str(rng.randrange(1, 25))
        elif kind == "link":
            referrer_domain, referrer_url, referrer_type = _pick(rng, LINKS)
        campaign = _pick(rng, CAMPAIGNS) if rng.random() < 0.1 else ""
        completed = (
            tuple(sorted({_pick(rng, GOALS)[0] for _ in range(rng.randrange(1, 3))})) if rng.random() < 0.15 else ()
        )
        incompleted = ("Purchase",) if not completed and rng.random() < 0.05 else ()
        goal_values = {name: (revenue, cost) for name, revenue, cost in GOALS}
        custom: dict[str, tuple[str, ...]] = {}
        if person.username:
            custom["username"] = (person.username,)
            if rng.random() < 0.3:
                custom["plan"] = tuple(rng.sample(PLANS, 2))
        pages = [_pick(rng, PAGES, (30, 12, 8, 10, 6, 5, 7, 5, 9, 8)) for _ in range(action_count)]
        at = started_at
        for index in range(action_count):
            if index:
                at += gaps[index - 1]
            self.actions.append(self._action(session_id, at, pages[index], index, referrer_url, referrer_domain,
                                             referrer_search, custom))  # fmt: skip
        location = person.location
        self.visits.append(
            Visit(
                session_id=session_id, uid=person.uid, ip_address=person.ip_address, started_at=started_at,
                duration=max(duration, 0), actions=action_count, visit_number=seen + 1, first_time=first_time,
                first_session=first_session, landing_page=pages[0][0], exit_page=pages[-1][0],
                web_browser=person.browser[0], browser_version=person.browser[1], operating_system=person.system,
                screen_resolution=person.screen[0], hardware=person.screen[1],
                javascript="1" if rng.random() < 0.95 else "0", language=location[6], referrer_url=referrer_url,
                referrer_domain=referrer_domain, referrer_search=referrer_search, referrer_type=referrer_type,
                search_rank=search_rank, country_code=location[0], country=location[1], region=location[2],
                city=location[3], latitude=location[4], longitude=location[5], hostname=person.network[0],
                organization=person.network[1], campaign=campaign,
                split_test=_pick(rng, SPLIT_TESTS) if pages[0][0] == "/" else "",
                shorturl=_pick(rng, SHORTURLS) if rng.random() < 0.04 else "", goals_completed=completed,
                goals_incompleted=incompleted, revenue=round(sum(goal_values[g][0] for g in completed), 2),
                cost=round(sum(goal_values[g][1] for g in completed), 2), custom=custom,
                heatmap=1 if rng.random() < 0.3 else 0,
            )
        )  # fmt: skip

    def _action(
        self,
        session_id: int,
        at: int,
        page: tuple[str, str],
        index: int,
        referrer_url: str,
        referrer_domain: str,
        referrer_search: str,
        custom: dict[str, tuple[str, ...]],
    ) -> Action:
        rng = self.rng
        action_id = len(self.actions) + 1
        kind = "pageview" if index == 0 else _pick(
            rng, ("pageview", "download", "outbound", "click", "search", "video_play"), (70, 6, 6, 8, 5, 5)
        )  # fmt: skip
        host = _pick(rng, SITE_HOSTS, (70, 20, 10))
        title, url = page[1], f"https://{host}{page[0]}"
        if kind == "download":
            path = _pick(rng, DOWNLOADS)
            title, url = path.rsplit("/", 1)[1], f"{SITE}{path}"
        elif kind == "outbound":
            url = _pick(rng, OUTBOUND)
            title = url.split("//", 1)[1]
        elif kind == "click":
            title = _pick(rng, EVENTS)
        elif kind == "search":
            title = _pick(rng, LOCAL_SEARCHES)
            url = f"{SITE}/search?q={title.replace(' ', '+')}"
        elif kind == "video_play":
            title = _pick(rng, VIDEOS)
        first = index == 0
        return Action(
            id=action_id, session_id=session_id, at=at, action_type=kind, title=title, url=url,
            referrer_url=referrer_url if first else "", referrer_domain=referrer_domain if first else "",
            referrer_search=referrer_search if first else "", custom=custom if first else {},
        )  # fmt: skip


def _uptime(rng: random.Random, now: int) -> tuple[list[UptimeCheck], list[Outage]]:
    checks = [
        UptimeCheck(1, "Homepage", f"{SITE}/", "60", "http"),
        UptimeCheck(2, "API", "https://api.example.com/health", "300", "http"),
        UptimeCheck(3, "Mail", "mail.example.com:25", "300", "smtp"),
    ]
    outages: list[Outage] = []
    for check in checks:
        moment = now - HISTORY_DAYS * 86_400
        while True:
            moment += rng.randrange(3 * 86_400, 20 * 86_400)
            length = rng.randrange(60, 3_600)
            if moment + length >= now:
                break
            outages.append(Outage(check.id, moment, moment + length))
    outages.append(Outage(2, now - 600, None))  # the API check is down right now
    return checks, outages


def seed_site(store: ClickyStore, seed: int) -> None:
    rng = random.Random(f"clicky:{seed}")
    now = store.clock.now()
    builder = _TrafficBuilder(rng, now)
    builder.build()
    store.insert_visits(builder.visits)
    store.insert_actions(builder.actions)
    store.insert_uptime(*_uptime(rng, int(now.timestamp())))
    store.insert_alerts(
        (str(5000 + n), visit.session_id) for n, visit in enumerate(builder.visits[::ALERT_EVERY], start=1)
    )
