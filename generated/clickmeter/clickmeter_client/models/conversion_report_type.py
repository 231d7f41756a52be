from enum import StrEnum


class ConversionReportType(StrEnum):
    BROWSERS = "browsers"
    BROWSERSFAMILIES = "browsersfamilies"
    CITIES = "cities"
    CONVPARAMETERS = "convparameters"
    COUNTRIES = "countries"
    DATAPOINTS = "datapoints"
    DESTINATIONS = "destinations"
    GROUPS = "groups"
    KEYWORDS = "keywords"
    LANGUAGES = "languages"
    PARAMS = "params"
    PLATFORMS = "platforms"
    REFERRERS = "referrers"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ConversionReportType | None":
        """Values the API added after this client was generated parse instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
