from enum import StrEnum


class ModelWithMergedPropertiesStringToEnum(StrEnum):
    A = "a"
    B = "b"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ModelWithMergedPropertiesStringToEnum | None":
        """Values the API added after this client was generated parse instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
