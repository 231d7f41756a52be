"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .aggregated_result import AggregatedResult
from .aggregated_result_entity_data import AggregatedResultEntityData
from .aggregated_result_hourly_break_down import AggregatedResultHourlyBreakDown
from .aggregated_result_list import AggregatedResultList
from .aggregated_summary_result import AggregatedSummaryResult
from .batch_request import BatchRequest
from .batch_result import BatchResult
from .browser_destination_item import BrowserDestinationItem
from .click_stream_filter import ClickStreamFilter
from .click_stream_list import ClickStreamList
from .conversion import Conversion
from .conversion_options import ConversionOptions
from .conversion_patch_body import ConversionPatchBody
from .conversion_patch_body_action import ConversionPatchBodyAction
from .conversion_protocol import ConversionProtocol
from .conversion_report_type import ConversionReportType
from .count import Count
from .data_point import DataPoint
from .data_point_report_type import DataPointReportType
from .data_point_retargeting_info import DataPointRetargetingInfo
from .data_point_status import DataPointStatus
from .data_point_status_filter import DataPointStatusFilter
from .data_point_type import DataPointType
from .data_point_type_filter import DataPointTypeFilter
from .delete_batch_request import DeleteBatchRequest
from .destination_mode import DestinationMode
from .domain import Domain
from .domain_type import DomainType
from .domain_type_filter import DomainTypeFilter
from .domain_whitelist_entry import DomainWhitelistEntry
from .domain_whitelist_entry_list import DomainWhitelistEntryList
from .entity_status_filter import EntityStatusFilter
from .entity_uri import EntityUri
from .entity_uri_list import EntityUriList
from .error import Error
from .extended_grants import ExtendedGrants
from .group import Group
from .group_by import GroupBy
from .guest import Guest
from .hit import Hit
from .hit_browser_info import HitBrowserInfo
from .hit_conversion_info import HitConversionInfo
from .hit_data_point_info import HitDataPointInfo
from .hit_filter import HitFilter
from .hit_list import HitList
from .hit_location_info import HitLocationInfo
from .hit_options import HitOptions
from .hit_os_info import HitOsInfo
from .hit_source import HitSource
from .hits_timeframe import HitsTimeframe
from .ip_blacklist_entry import IpBlacklistEntry
from .ip_blacklist_entry_list import IpBlacklistEntryList
from .multiple_destination_item import MultipleDestinationItem
from .patch_body import PatchBody
from .patch_body_action import PatchBodyAction
from .patch_body_batch import PatchBodyBatch
from .permission import Permission
from .permission_entity_type import PermissionEntityType
from .permission_level_filter import PermissionLevelFilter
from .permission_list import PermissionList
from .permission_patch_request import PermissionPatchRequest
from .permission_patch_request_action import PermissionPatchRequestAction
from .permission_patch_request_verb import PermissionPatchRequestVerb
from .plan import Plan
from .redirect_type import RedirectType
from .referrer_clean import ReferrerClean
from .report_hit_type import ReportHitType
from .report_timeframe import ReportTimeframe
from .retargeting_script import RetargetingScript
from .sort_direction import SortDirection
from .tag import Tag
from .tag_entity_type_filter import TagEntityTypeFilter
from .text_patch import TextPatch
from .time_format import TimeFormat
from .time_frame import TimeFrame
from .top_report import TopReport
from .top_report_item import TopReportItem
from .top_report_item_entity_data import TopReportItemEntityData
from .tracking_link_specifics import TrackingLinkSpecifics
from .tracking_pixel_specifics import TrackingPixelSpecifics
from .unique_destination_item import UniqueDestinationItem
from .url_by_language_item import UrlByLanguageItem
from .url_by_nation_item import UrlByNationItem
from .validation_failure import ValidationFailure
from .weighted_destination_item import WeightedDestinationItem

__all__ = (
    "Account",
    "AggregatedResult",
    "AggregatedResultEntityData",
    "AggregatedResultHourlyBreakDown",
    "AggregatedResultList",
    "AggregatedSummaryResult",
    "BatchRequest",
    "BatchResult",
    "BrowserDestinationItem",
    "ClickStreamFilter",
    "ClickStreamList",
    "Conversion",
    "ConversionOptions",
    "ConversionPatchBody",
    "ConversionPatchBodyAction",
    "ConversionProtocol",
    "ConversionReportType",
    "Count",
    "DataPoint",
    "DataPointReportType",
    "DataPointRetargetingInfo",
    "DataPointStatus",
    "DataPointStatusFilter",
    "DataPointType",
    "DataPointTypeFilter",
    "DeleteBatchRequest",
    "DestinationMode",
    "Domain",
    "DomainType",
    "DomainTypeFilter",
    "DomainWhitelistEntry",
    "DomainWhitelistEntryList",
    "EntityStatusFilter",
    "EntityUri",
    "EntityUriList",
    "Error",
    "ExtendedGrants",
    "Group",
    "GroupBy",
    "Guest",
    "Hit",
    "HitBrowserInfo",
    "HitConversionInfo",
    "HitDataPointInfo",
    "HitFilter",
    "HitList",
    "HitLocationInfo",
    "HitOptions",
    "HitOsInfo",
    "HitSource",
    "HitsTimeframe",
    "IpBlacklistEntry",
    "IpBlacklistEntryList",
    "MultipleDestinationItem",
    "PatchBody",
    "PatchBodyAction",
    "PatchBodyBatch",
    "Permission",
    "PermissionEntityType",
    "PermissionLevelFilter",
    "PermissionList",
    "PermissionPatchRequest",
    "PermissionPatchRequestAction",
    "PermissionPatchRequestVerb",
    "Plan",
    "RedirectType",
    "ReferrerClean",
    "ReportHitType",
    "ReportTimeframe",
    "RetargetingScript",
    "SortDirection",
    "Tag",
    "TagEntityTypeFilter",
    "TextPatch",
    "TimeFormat",
    "TimeFrame",
    "TopReport",
    "TopReportItem",
    "TopReportItemEntityData",
    "TrackingLinkSpecifics",
    "TrackingPixelSpecifics",
    "UniqueDestinationItem",
    "UrlByLanguageItem",
    "UrlByNationItem",
    "ValidationFailure",
    "WeightedDestinationItem",
)
