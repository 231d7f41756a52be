from enum import StrEnum


class ReportTimeframe(StrEnum):
    BEGINNING = "beginning"
    CURRENTMONTH = "currentmonth"
    CUSTOM = "custom"
    LAST120 = "last120"
    LAST180 = "last180"
    LAST30 = "last30"
    LAST7 = "last7"
    LAST90 = "last90"
    LASTMONTH = "lastmonth"
    PREVIOUSMONTH = "previousmonth"
    YESTERDAY = "yesterday"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ReportTimeframe | None":
        """Values the API added after this client was generated parse instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
