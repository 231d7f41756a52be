from enum import StrEnum


class SearchesLinksType(StrEnum):
    LINKS_RECENT = "links-recent"
    LINKS_UNIQUE = "links-unique"
    SEARCHES_RECENT = "searches-recent"
    SEARCHES_UNIQUE = "searches-unique"

    def __str__(self) -> str:
        return str(self.value)
