from enum import StrEnum


class Metric(StrEnum):
    AVG_DURATION = "avg_duration"
    AVG_SCROLL = "avg_scroll"
    BOUNCE_RATE = "bounce_rate"
    CLICKERS = "clickers"
    PAGEVIEWS = "pageviews"
    SESSIONS = "sessions"
    VIEWS_PER_VISIT = "views_per_visit"
    VISITORS = "visitors"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Metric | None":
        """Values the API added after this client was generated parse instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
