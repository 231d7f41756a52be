from enum import StrEnum


class Dimension(StrEnum):
    BROWSER = "browser"
    BROWSER_VERSION = "browser_version"
    CHANNEL = "channel"
    CITY = "city"
    COUNTRY = "country"
    DATE = "date"
    DEVICE = "device"
    ENTRY_PAGE = "entry_page"
    EXIT_PAGE = "exit_page"
    HOUR = "hour"
    MONTH = "month"
    OS = "os"
    OS_VERSION = "os_version"
    PAGE = "page"
    REFERRER_URL = "referrer_url"
    REGION = "region"
    SCREEN = "screen"
    SOURCE = "source"
    UTM_CAMPAIGN = "utm_campaign"
    UTM_CONTENT = "utm_content"
    UTM_MEDIUM = "utm_medium"
    UTM_SOURCE = "utm_source"
    UTM_TERM = "utm_term"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Dimension | None":
        """Values the API added after this client was generated parse instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
