from enum import StrEnum


class PopularType(StrEnum):
    CAMPAIGNS = "campaigns"
    CITIES = "cities"
    COUNTRIES = "countries"
    CUSTOM = "custom"
    DOWNLOADS = "downloads"
    ENGAGEMENT_ACTIONS = "engagement-actions"
    ENGAGEMENT_TIMES = "engagement-times"
    EVENTS = "events"
    GOALS = "goals"
    HARDWARE = "hardware"
    HOSTNAMES = "hostnames"
    LANGUAGES = "languages"
    LINKS = "links"
    LINKS_DOMAINS = "links-domains"
    LINKS_OUTBOUND = "links-outbound"
    OPERATING_SYSTEMS = "operating-systems"
    ORGANIZATIONS = "organizations"
    PAGES = "pages"
    PAGES_ENTRANCE = "pages-entrance"
    PAGES_EXIT = "pages-exit"
    REGIONS = "regions"
    SCREEN_RESOLUTIONS = "screen-resolutions"
    SEARCHES = "searches"
    SEARCHES_ENGINES = "searches-engines"
    SEARCHES_KEYWORDS = "searches-keywords"
    SEARCHES_LOCAL = "searches-local"
    SEARCHES_RANKINGS = "searches-rankings"
    SHORTURLS = "shorturls"
    SITE_DOMAINS = "site-domains"
    SPLIT_TESTS = "split-tests"
    TRAFFIC_SOURCES = "traffic-sources"
    VIDEO = "video"
    VISITORS_MOST_ACTIVE = "visitors-most-active"
    WEB_BROWSERS = "web-browsers"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PopularType | None":
        """Values the API added after this client was generated parse instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
