"""What Clickport derives from a hit: browser and OS from the User-Agent, source and channel from the
referrer and UTM tags, device from the screen width, a location from the IP.

The vendor does not publish its rules; these are plausible stand-ins that keep the mock's dimensions filled.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

_BOT = re.compile(r"bot|crawl|spider|slurp|headless|lighthouse", re.IGNORECASE)
# A bare `product/version` (curl/8.5, python-httpx/0.28.1) is an HTTP library, never a browser: browsers
# always add a platform comment. It is also what a client sends when the caller passes no User-Agent.
_LIBRARY = re.compile(r"^[\w.+-]+/[\w.+-]+$")
_BROWSERS = (
    ("Edge", re.compile(r"Edg(?:e|A|iOS)?/(\d+(?:\.\d+)?)")),
    ("Opera", re.compile(r"OPR/(\d+(?:\.\d+)?)")),
    ("Firefox", re.compile(r"Firefox/(\d+(?:\.\d+)?)")),
    ("Chrome", re.compile(r"(?:Chrome|CriOS)/(\d+(?:\.\d+)?)")),
    ("Safari", re.compile(r"Version/(\d+(?:\.\d+)?).*Safari/")),
)
_SYSTEMS = (
    ("iOS", re.compile(r"(?:iPhone|iPad|iPod).*? OS (\d+(?:_\d+)?)")),
    ("Android", re.compile(r"Android (\d+(?:\.\d+)?)")),
    ("Windows", re.compile(r"Windows NT (\d+(?:\.\d+)?)")),
    ("macOS", re.compile(r"Mac OS X (\d+(?:[_.]\d+)?)")),
    ("Linux", re.compile(r"Linux()")),
)
_SEARCH_ENGINES = {"google", "bing", "duckduckgo", "yahoo", "ecosia", "yandex", "baidu", "startpage"}
_SOCIAL_NETWORKS = {"twitter", "t", "x", "facebook", "linkedin", "reddit", "instagram", "youtube", "mastodon"}
_PAID_MEDIA = {"cpc", "ppc", "paid", "paidsearch", "display", "cpm"}
LOCATIONS = (
    ("DE", "Berlin", "Berlin"),
    ("DE", "Bavaria", "Munich"),
    ("US", "California", "San Francisco"),
    ("US", "New York", "New York"),
    ("GB", "England", "London"),
    ("FR", "Île-de-France", "Paris"),
    ("NL", "North Holland", "Amsterdam"),
    ("AT", "Vienna", "Vienna"),
    ("CH", "Zurich", "Zurich"),
    ("IN", "Karnataka", "Bengaluru"),
)


@dataclass(frozen=True, slots=True)
class Agent:
    browser: str
    browser_version: str | None
    os: str
    os_version: str | None
    mobile: bool


@dataclass(frozen=True, slots=True)
class Acquisition:
    source: str | None
    channel: str
    referrer_url: str | None


def is_bot(user_agent: str) -> bool:
    return bool(_BOT.search(user_agent) or _LIBRARY.match(user_agent.strip()))


def parse_user_agent(user_agent: str) -> Agent:
    browser, browser_version = _first_match(_BROWSERS, user_agent)
    system, system_version = _first_match(_SYSTEMS, user_agent)
    mobile = "Mobile" in user_agent or system in ("iOS", "Android")
    return Agent(browser, browser_version, system, system_version.replace("_", ".") if system_version else None, mobile)


def _first_match(patterns: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> tuple[str, str | None]:
    for name, pattern in patterns:
        found = pattern.search(text)
        if found:
            return name, found.group(1) or None
    return "Other", None


def device_class(screen_width: int | None, agent: Agent) -> str:
    if screen_width is None:
        return "Mobile" if agent.mobile else "Desktop"
    if screen_width < 768:
        return "Mobile"
    if screen_width < 1024:
        return "Tablet"
    return "Desktop"


def acquisition(referrer: str | None, utm_source: str | None, utm_medium: str | None) -> Acquisition:
    """Source is the UTM source, else the referrer's site name (`https://www.google.com/` -> `google`)."""
    referrer_url = referrer or None
    site = _site_name(referrer_url) if referrer_url else None
    source = utm_source or site
    medium = (utm_medium or "").lower()
    if medium in _PAID_MEDIA:
        channel = "Paid Search" if (source or "") in _SEARCH_ENGINES else "Paid Other"
    elif medium in ("email", "newsletter"):
        channel = "Email"
    elif source is None:
        channel = "Direct"
    elif source in _SEARCH_ENGINES:
        channel = "Organic Search"
    elif source in _SOCIAL_NETWORKS:
        channel = "Social"
    else:
        channel = "Referral"
    return Acquisition(source, channel, referrer_url)


def _site_name(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").lower()
    labels = [label for label in host.split(".") if label and label != "www"]
    if not labels:
        return None
    return labels[-2] if len(labels) >= 2 else labels[0]


def locate(ip: str) -> tuple[str, str, str]:
    """A stable pseudo-location per IP; the mock has no GeoIP database."""
    digest = hashlib.sha256(ip.encode()).digest()
    return LOCATIONS[digest[0] % len(LOCATIONS)]


def page_path(url: str) -> str:
    return urlsplit(url).path or "/"
