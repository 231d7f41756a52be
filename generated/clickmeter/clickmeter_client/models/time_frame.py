from enum import StrEnum


class TimeFrame(StrEnum):
    BEGINNING = "beginning"
    CURRENTMONTH = "currentmonth"
    CURRENTYEAR = "currentyear"
    CUSTOM = "custom"
    LAST120 = "last120"
    LAST12MONTHS = "last12months"
    LAST180 = "last180"
    LAST30 = "last30"
    LAST7 = "last7"
    LAST90 = "last90"
    LASTMONTH = "lastmonth"
    LASTYEAR = "lastyear"
    PREVIOUSMONTH = "previousmonth"
    TODAY = "today"
    YESTERDAY = "yesterday"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TimeFrame | None":
        """Values the API added after this client was generated parse instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
