from enum import IntEnum


class AnIntEnum(IntEnum):
    VALUE_NEGATIVE_1 = -1
    VALUE_1 = 1
    VALUE_2 = 2

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AnIntEnum | None":
        """Values the API added after this client was generated parse instead of failing."""
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
