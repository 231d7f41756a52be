from enum import StrEnum


class ChronologicalType(StrEnum):
    ACTIONS_LIST = "actions-list"
    LINKS_RECENT = "links-recent"
    LINKS_UNIQUE = "links-unique"
    SEARCHES_RECENT = "searches-recent"
    SEARCHES_UNIQUE = "searches-unique"
    UPTIME = "uptime"
    UPTIME_LIST = "uptime-list"
    VISITORS_LIST = "visitors-list"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChronologicalType | None":
        """Values the API added after this client was generated parse instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
