"""`Client` and `AsyncClient`: every operation as `client.<group>.<operation>(...)`."""

from attrs import define

from .. import client as _configuration
from .account import AccountResource, AsyncAccountResource
from .aggregated import AggregatedResource, AsyncAggregatedResource
from .click_stream import AsyncClickStreamResource, ClickStreamResource
from .conversions import AsyncConversionsResource, ConversionsResource
from .data_points import AsyncDataPointsResource, DataPointsResource
from .domain_whitelist import AsyncDomainWhitelistResource, DomainWhitelistResource
from .domains import AsyncDomainsResource, DomainsResource
from .groups import AsyncGroupsResource, GroupsResource
from .guests import AsyncGuestsResource, GuestsResource
from .hits import AsyncHitsResource, HitsResource
from .ip_blacklist import AsyncIpBlacklistResource, IpBlacklistResource
from .me import AsyncMeResource, MeResource
from .plan import AsyncPlanResource, PlanResource
from .reports import AsyncReportsResource, ReportsResource
from .retargeting import AsyncRetargetingResource, RetargetingResource
from .tags import AsyncTagsResource, TagsResource


@define
class Client(_configuration.Client):
    """Client for the ClickMeter API: every operation as `client.<group>.<operation>(...)`.

    `client.<group>.<operation>(...)` returns the parsed answer or raises a typed error,
    `client.<group>.with_raw_response.<operation>(...)` returns the whole `Response`, and paged operations
    have `client.<group>.iterate_<operation>(...)`. The same object can be passed as `client=` to the module
    functions in `clickmeter_client.api`. Constructor and settings (credentials, base_url, timeout,
    max_retries, pacing, ...): see `clickmeter_client.client.Client`.
    """

    @property
    def account(self) -> AccountResource:
        """The account operations: get_account, update_account."""
        return AccountResource(self)

    @property
    def plan(self) -> PlanResource:
        """The plan operations: get_account_plan."""
        return PlanResource(self)

    @property
    def me(self) -> MeResource:
        """The me operations: get_me, get_me_plan."""
        return MeResource(self)

    @property
    def guests(self) -> GuestsResource:
        """The guests operations: list_guests, create_guest, count_guests, get_guest, update_guest,
        delete_guest, list_guest_permissions, count_guest_permissions, patch_guest_permission_with_put,
        patch_guest_permission."""
        return GuestsResource(self)

    @property
    def domain_whitelist(self) -> DomainWhitelistResource:
        """The domain_whitelist operations: list_domain_whitelist, create_domain_whitelist_entry,
        delete_domain_whitelist_entry."""
        return DomainWhitelistResource(self)

    @property
    def ip_blacklist(self) -> IpBlacklistResource:
        """The ip_blacklist operations: list_ip_blacklist, create_ip_blacklist_entry,
        delete_ip_blacklist_entry."""
        return IpBlacklistResource(self)

    @property
    def data_points(self) -> DataPointsResource:
        """The data_points operations: list_datapoints, create_datapoint, get_datapoints_aggregated,
        list_datapoints_aggregated, create_datapoints_batch, update_datapoints_batch,
        delete_datapoints_batch, count_datapoints, get_datapoint, update_datapoint, delete_datapoint,
        get_datapoint_aggregated, list_datapoint_aggregated, toggle_datapoint_favourite,
        list_datapoint_hits, update_datapoint_notes, get_datapoint_report."""
        return DataPointsResource(self)

    @property
    def groups(self) -> GroupsResource:
        """The groups operations: list_groups, create_group, get_groups_aggregated, list_groups_aggregated,
        count_groups, get_group, update_group, delete_group, get_group_aggregated, list_group_aggregated,
        get_group_datapoints_summary, list_group_datapoints, create_group_datapoint, count_group_datapoints,
        toggle_group_favourite, list_group_hits, update_group_notes, get_group_report."""
        return GroupsResource(self)

    @property
    def conversions(self) -> ConversionsResource:
        """The conversions operations: list_conversions, create_conversion, list_conversions_aggregated,
        count_conversions, get_conversion, update_conversion, delete_conversion, get_conversion_aggregated,
        list_conversion_aggregated, list_conversion_datapoints, patch_conversion_datapoints_batch,
        count_conversion_datapoints, patch_conversion_datapoint, list_conversion_hits,
        update_conversion_notes, get_conversion_report."""
        return ConversionsResource(self)

    @property
    def tags(self) -> TagsResource:
        """The tags operations: list_tags, create_tag, count_tags, get_tag, delete_tag, list_tag_datapoints,
        remove_tag_from_all_datapoints, count_tag_datapoints, patch_tag_datapoint, list_tag_groups,
        remove_tag_from_all_groups, count_tag_groups, patch_tag_group, rename_tag."""
        return TagsResource(self)

    @property
    def domains(self) -> DomainsResource:
        """The domains operations: list_domains, create_domain, count_domains, get_domain, update_domain,
        delete_domain."""
        return DomainsResource(self)

    @property
    def retargeting(self) -> RetargetingResource:
        """The retargeting operations: list_retargeting_scripts, create_retargeting_script,
        count_retargeting_scripts, get_retargeting_script, update_retargeting_script,
        delete_retargeting_script, list_retargeting_script_datapoints, count_retargeting_script_datapoints."""
        return RetargetingResource(self)

    @property
    def aggregated(self) -> AggregatedResource:
        """The aggregated operations: get_account_aggregated, list_account_aggregated, get_conversions_summary,
        get_datapoints_summary, get_groups_summary."""
        return AggregatedResource(self)

    @property
    def reports(self) -> ReportsResource:
        """The reports operations: get_report."""
        return ReportsResource(self)

    @property
    def hits(self) -> HitsResource:
        """The hits operations: list_hits."""
        return HitsResource(self)

    @property
    def click_stream(self) -> ClickStreamResource:
        """The click_stream operations: get_clickstream."""
        return ClickStreamResource(self)


@define
class AsyncClient(_configuration.Client):
    """Async client for the ClickMeter API: `await client.<group>.<operation>(...)`.

    Same constructor and settings as `Client`; every operation method is awaitable, paged operations give async
    iterators (`async for item in client.<group>.iterate_<operation>(...)`), and
    `async with AsyncClient(...) as client:` closes its connection pool on exit (else `await client.aclose()`).
    """

    @property
    def account(self) -> AsyncAccountResource:
        """The account operations: get_account, update_account."""
        return AsyncAccountResource(self)

    @property
    def plan(self) -> AsyncPlanResource:
        """The plan operations: get_account_plan."""
        return AsyncPlanResource(self)

    @property
    def me(self) -> AsyncMeResource:
        """The me operations: get_me, get_me_plan."""
        return AsyncMeResource(self)

    @property
    def guests(self) -> AsyncGuestsResource:
        """The guests operations: list_guests, create_guest, count_guests, get_guest, update_guest,
        delete_guest, list_guest_permissions, count_guest_permissions, patch_guest_permission_with_put,
        patch_guest_permission."""
        return AsyncGuestsResource(self)

    @property
    def domain_whitelist(self) -> AsyncDomainWhitelistResource:
        """The domain_whitelist operations: list_domain_whitelist, create_domain_whitelist_entry,
        delete_domain_whitelist_entry."""
        return AsyncDomainWhitelistResource(self)

    @property
    def ip_blacklist(self) -> AsyncIpBlacklistResource:
        """The ip_blacklist operations: list_ip_blacklist, create_ip_blacklist_entry,
        delete_ip_blacklist_entry."""
        return AsyncIpBlacklistResource(self)

    @property
    def data_points(self) -> AsyncDataPointsResource:
        """The data_points operations: list_datapoints, create_datapoint, get_datapoints_aggregated,
        list_datapoints_aggregated, create_datapoints_batch, update_datapoints_batch,
        delete_datapoints_batch, count_datapoints, get_datapoint, update_datapoint, delete_datapoint,
        get_datapoint_aggregated, list_datapoint_aggregated, toggle_datapoint_favourite,
        list_datapoint_hits, update_datapoint_notes, get_datapoint_report."""
        return AsyncDataPointsResource(self)

    @property
    def groups(self) -> AsyncGroupsResource:
        """The groups operations: list_groups, create_group, get_groups_aggregated, list_groups_aggregated,
        count_groups, get_group, update_group, delete_group, get_group_aggregated, list_group_aggregated,
        get_group_datapoints_summary, list_group_datapoints, create_group_datapoint, count_group_datapoints,
        toggle_group_favourite, list_group_hits, update_group_notes, get_group_report."""
        return AsyncGroupsResource(self)

    @property
    def conversions(self) -> AsyncConversionsResource:
        """The conversions operations: list_conversions, create_conversion, list_conversions_aggregated,
        count_conversions, get_conversion, update_conversion, delete_conversion, get_conversion_aggregated,
        list_conversion_aggregated, list_conversion_datapoints, patch_conversion_datapoints_batch,
        count_conversion_datapoints, patch_conversion_datapoint, list_conversion_hits,
        update_conversion_notes, get_conversion_report."""
        return AsyncConversionsResource(self)

    @property
    def tags(self) -> AsyncTagsResource:
        """The tags operations: list_tags, create_tag, count_tags, get_tag, delete_tag, list_tag_datapoints,
        remove_tag_from_all_datapoints, count_tag_datapoints, patch_tag_datapoint, list_tag_groups,
        remove_tag_from_all_groups, count_tag_groups, patch_tag_group, rename_tag."""
        return AsyncTagsResource(self)

    @property
    def domains(self) -> AsyncDomainsResource:
        """The domains operations: list_domains, create_domain, count_domains, get_domain, update_domain,
        delete_domain."""
        return AsyncDomainsResource(self)

    @property
    def retargeting(self) -> AsyncRetargetingResource:
        """The retargeting operations: list_retargeting_scripts, create_retargeting_script,
        count_retargeting_scripts, get_retargeting_script, update_retargeting_script,
        delete_retargeting_script, list_retargeting_script_datapoints, count_retargeting_script_datapoints."""
        return AsyncRetargetingResource(self)

    @property
    def aggregated(self) -> AsyncAggregatedResource:
        """The aggregated operations: get_account_aggregated, list_account_aggregated, get_conversions_summary,
        get_datapoints_summary, get_groups_summary."""
        return AsyncAggregatedResource(self)

    @property
    def reports(self) -> AsyncReportsResource:
        """The reports operations: get_report."""
        return AsyncReportsResource(self)

    @property
    def hits(self) -> AsyncHitsResource:
        """The hits operations: list_hits."""
        return AsyncHitsResource(self)

    @property
    def click_stream(self) -> AsyncClickStreamResource:
        """The click_stream operations: get_clickstream."""
        return AsyncClickStreamResource(self)


__all__ = ("AsyncClient", "Client")
