from enum import StrEnum


class TallyType(StrEnum):
    ACTIONS = "actions"
    ACTIONS_AVERAGE = "actions-average"
    ACTIONS_CLICKS = "actions-clicks"
    ACTIONS_DOWNLOADS = "actions-downloads"
    ACTIONS_OUTBOUNDS = "actions-outbounds"
    ACTIONS_PAGEVIEWS = "actions-pageviews"
    BOUNCE_RATE = "bounce-rate"
    TIME_AVERAGE = "time-average"
    TIME_AVERAGE_PRETTY = "time-average-pretty"
    TIME_TOTAL = "time-total"
    TIME_TOTAL_PRETTY = "time-total-pretty"
    VISITORS = "visitors"
    VISITORS_NEW = "visitors-new"
    VISITORS_ONLINE = "visitors-online"
    VISITORS_UNIQUE = "visitors-unique"

    def __str__(self) -> str:
        return str(self.value)
