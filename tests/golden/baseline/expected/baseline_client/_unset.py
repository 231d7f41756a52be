"""The marker of an argument or field left out, as opposed to one set to None."""

from typing import Literal


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
