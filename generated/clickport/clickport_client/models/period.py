from enum import StrEnum


class Period(StrEnum):
    LAST_12_MONTHS = "12m"
    LAST_14_DAYS = "14d"
    LAST_30_DAYS = "30d"
    LAST_7_DAYS = "7d"
    LAST_90_DAYS = "90d"
    REALTIME = "realtime"
    TODAY = "today"
    YESTERDAY = "yesterday"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Period | None":
        """Values the API added after this client was generated parse instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
