from enum import StrEnum


class Period(StrEnum):
    REALTIME = "realtime"
    TODAY = "today"
    VALUE_3 = "7d"
    VALUE_4 = "14d"
    VALUE_5 = "30d"
    VALUE_6 = "90d"
    VALUE_7 = "12m"
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
