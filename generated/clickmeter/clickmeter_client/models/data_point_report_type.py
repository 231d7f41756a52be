from enum import StrEnum


class DataPointReportType(StrEnum):
    BROWSERS = "browsers"
    BROWSERSFAMILIES = "browsersfamilies"
    CITIES = "cities"
    COUNTRIES = "countries"
    DESTINATIONS = "destinations"
    IPS = "ips"
    ISPS = "isps"
    KEYWORDS = "keywords"
    LANGUAGES = "languages"
    OSS = "oss"
    OSSFAMILIES = "ossfamilies"
    PARAMS = "params"
    PLATFORMS = "platforms"
    REFERRERS = "referrers"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DataPointReportType | None":
        """Values the API added after this client was generated parse instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
