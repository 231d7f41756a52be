"""Contains all the data models used in inputs/outputs"""

from .actions_list_date_group import ActionsListDateGroup
from .actions_list_item import ActionsListItem
from .actions_list_result import ActionsListResult
from .chronological_type import ChronologicalType
from .custom_data import CustomData
from .date_group import DateGroup
from .error_item import ErrorItem
from .first_visit import FirstVisit
from .flag import Flag
from .generic_item import GenericItem
from .get_stats_action_type import GetStatsActionType
from .get_stats_custom import GetStatsCustom
from .get_stats_output import GetStatsOutput
from .item_field_map import ItemFieldMap
from .popular_date_group import PopularDateGroup
from .popular_item import PopularItem
from .popular_result import PopularResult
from .popular_type import PopularType
from .searches_links_date_group import SearchesLinksDateGroup
from .searches_links_item import SearchesLinksItem
from .searches_links_result import SearchesLinksResult
from .searches_links_type import SearchesLinksType
from .segmentation_date_group import SegmentationDateGroup
from .segmentation_item import SegmentationItem
from .segmentation_result import SegmentationResult
from .segmentation_type import SegmentationType
from .tally_date_group import TallyDateGroup
from .tally_item import TallyItem
from .tally_result import TallyResult
from .tally_type import TallyType
from .type_result import TypeResult
from .uptime_date_group import UptimeDateGroup
from .uptime_item import UptimeItem
from .uptime_list_date_group import UptimeListDateGroup
from .uptime_list_item import UptimeListItem
from .uptime_list_result import UptimeListResult
from .uptime_result import UptimeResult
from .visitor_goals import VisitorGoals
from .visitors_list_date_group import VisitorsListDateGroup
from .visitors_list_item import VisitorsListItem
from .visitors_list_result import VisitorsListResult

__all__ = (
    "ActionsListDateGroup",
    "ActionsListItem",
    "ActionsListResult",
    "ChronologicalType",
    "CustomData",
    "DateGroup",
    "ErrorItem",
    "FirstVisit",
    "Flag",
    "GenericItem",
    "GetStatsActionType",
    "GetStatsCustom",
    "GetStatsOutput",
    "ItemFieldMap",
    "PopularDateGroup",
    "PopularItem",
    "PopularResult",
    "PopularType",
    "SearchesLinksDateGroup",
    "SearchesLinksItem",
    "SearchesLinksResult",
    "SearchesLinksType",
    "SegmentationDateGroup",
    "SegmentationItem",
    "SegmentationResult",
    "SegmentationType",
    "TallyDateGroup",
    "TallyItem",
    "TallyResult",
    "TallyType",
    "TypeResult",
    "UptimeDateGroup",
    "UptimeItem",
    "UptimeListDateGroup",
    "UptimeListItem",
    "UptimeListResult",
    "UptimeResult",
    "VisitorGoals",
    "VisitorsListDateGroup",
    "VisitorsListItem",
    "VisitorsListResult",
)
