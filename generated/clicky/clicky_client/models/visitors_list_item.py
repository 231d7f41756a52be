from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _numbers
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData
    from ..models.first_visit import FirstVisit
    from ..models.visitor_goals import VisitorGoals


T = TypeVar("T", bound="VisitorsListItem")


@_attrs_define
class VisitorsListItem:
    """One visit, newest first. Every field is optional: empty fields are left out (unless
    `null_values=1`) and `visitor-details` may ask for a few fields only. `uid`, `landing_page` and
    `country_code` are seen in real answers but missing from the vendor's list.

        Attributes:
            time (str | Unset): Seconds since the Unix epoch, as a decimal string.
            time_pretty (str | Unset): The visit time formatted like `Tue Oct 29 2024, 5:44p`.
            time_total (str | Unset): Seconds this visitor was (or has been) on the site.
            ip_address (str | Unset):
            uid (str | Unset): The visitor's ID.
            session_id (str | Unset):
            actions (str | Unset): Actions performed (page views, downloads, outbound links clicked).
            total_visits (str | Unset): How many times this visitor has visited the site.
            first_visit (FirstVisit | Unset):
            landing_page (str | Unset):
            web_browser (str | Unset):
            operating_system (str | Unset):
            screen_resolution (str | Unset):
            javascript (str | Unset): `1` if JavaScript is enabled, `0` if not.
            language (str | Unset):
            referrer_url (str | Unset):
            referrer_domain (str | Unset):
            referrer_search (str | Unset):
            referrer_type (str | Unset): The kind of referrer (search, advertising, social media, ...); only with a
                referrer.
            geolocation (str | Unset): `City, Country`, or `City, State, Country` in the US.
            country_code (str | Unset):
            latitude (str | Unset):
            longitude (str | Unset):
            hostname (str | Unset): Top and second level domain of the visitor's host (premium accounts).
            organization (str | Unset): The visitor's organization (premium accounts).
            campaign (str | Unset): The campaign the visitor arrived by (Pro accounts).
            goals (VisitorGoals | Unset): Goals the visitor completed or whose funnel they went through (Pro accounts):
                `goals_completed` and
                `goals_incompleted`, each a list of goal names, with `revenue` and `cost`. The vendor documents the
                hierarchy but not its JSON rendering; see `x-decision` for why these key names, and why the
                `completed`/`incompleted` spelling of one weak source is still accepted.
            custom (CustomData | Unset): Custom data logged for the visitor or action, one key per variable. With
                `custom_keys_multi_values=1` each key holds every logged value as an array.
            stats_url (str | Unset):
    """

    time: str | Unset = UNSET
    time_pretty: str | Unset = UNSET
    time_total: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    uid: str | Unset = UNSET
    session_id: str | Unset = UNSET
    actions: str | Unset = UNSET
    total_visits: str | Unset = UNSET
    first_visit: FirstVisit | Unset = UNSET
    landing_page: str | Unset = UNSET
    web_browser: str | Unset = UNSET
    operating_system: str | Unset = UNSET
    screen_resolution: str | Unset = UNSET
    javascript: str | Unset = UNSET
    language: str | Unset = UNSET
    referrer_url: str | Unset = UNSET
    referrer_domain: str | Unset = UNSET
    referrer_search: str | Unset = UNSET
    referrer_type: str | Unset = UNSET
    geolocation: str | Unset = UNSET
    country_code: str | Unset = UNSET
    latitude: str | Unset = UNSET
    longitude: str | Unset = UNSET
    hostname: str | Unset = UNSET
    organization: str | Unset = UNSET
    campaign: str | Unset = UNSET
    goals: VisitorGoals | Unset = UNSET
    custom: CustomData | Unset = UNSET
    stats_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def time_number(self) -> int | None:
        """`time` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_int(self.time)

    @property
    def time_total_number(self) -> int | None:
        """`time_total` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_int(self.time_total)

    @property
    def session_id_number(self) -> int | None:
        """`session_id` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_int(self.session_id)

    @property
    def actions_number(self) -> int | None:
        """`actions` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_int(self.actions)

    @property
    def total_visits_number(self) -> int | None:
        """`total_visits` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_int(self.total_visits)

    @property
    def latitude_number(self) -> float | None:
        """`latitude` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_float(self.latitude)

    @property
    def longitude_number(self) -> float | None:
        """`longitude` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_float(self.longitude)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        time_pretty = self.time_pretty

        time_total = self.time_total

        ip_address = self.ip_address

        uid = self.uid

        session_id = self.session_id

        actions = self.actions

        total_visits = self.total_visits

        first_visit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_visit, Unset):
            first_visit = self.first_visit.to_dict()

        landing_page = self.landing_page

        web_browser = self.web_browser

        operating_system = self.operating_system

        screen_resolution = self.screen_resolution

        javascript = self.javascript

        language = self.language

        referrer_url = self.referrer_url

        referrer_domain = self.referrer_domain

        referrer_search = self.referrer_search

        referrer_type = self.referrer_type

        geolocation = self.geolocation

        country_code = self.country_code

        latitude = self.latitude

        longitude = self.longitude

        hostname = self.hostname

        organization = self.organization

        campaign = self.campaign

        goals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.goals, Unset):
            goals = self.goals.to_dict()

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        stats_url = self.stats_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not UNSET:
            field_dict["time"] = time
        if time_pretty is not UNSET:
            field_dict["time_pretty"] = time_pretty
        if time_total is not UNSET:
            field_dict["time_total"] = time_total
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if uid is not UNSET:
            field_dict["uid"] = uid
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if actions is not UNSET:
            field_dict["actions"] = actions
        if total_visits is not UNSET:
            field_dict["total_visits"] = total_visits
        if first_visit is not UNSET:
            field_dict["first_visit"] = first_visit
        if landing_page is not UNSET:
            field_dict["landing_page"] = landing_page
        if web_browser is not UNSET:
            field_dict["web_browser"] = web_browser
        if operating_system is not UNSET:
            field_dict["operating_system"] = operating_system
        if screen_resolution is not UNSET:
            field_dict["screen_resolution"] = screen_resolution
        if javascript is not UNSET:
            field_dict["javascript"] = javascript
        if language is not UNSET:
            field_dict["language"] = language
        if referrer_url is not UNSET:
            field_dict["referrer_url"] = referrer_url
        if referrer_domain is not UNSET:
            field_dict["referrer_domain"] = referrer_domain
        if referrer_search is not UNSET:
            field_dict["referrer_search"] = referrer_search
        if referrer_type is not UNSET:
            field_dict["referrer_type"] = referrer_type
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if organization is not UNSET:
            field_dict["organization"] = organization
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if goals is not UNSET:
            field_dict["goals"] = goals
        if custom is not UNSET:
            field_dict["custom"] = custom
        if stats_url is not UNSET:
            field_dict["stats_url"] = stats_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the common, cheap check
            # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        time = d.pop("time", UNSET)

        time_pretty = d.pop("time_pretty", UNSET)

        time_total = d.pop("time_total", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        uid = d.pop("uid", UNSET)

        session_id = d.pop("session_id", UNSET)

        actions = d.pop("actions", UNSET)

        total_visits = d.pop("total_visits", UNSET)

        _first_visit = d.pop("first_visit", UNSET)
        first_visit: FirstVisit | Unset
        if isinstance(_first_visit, Unset):
            first_visit = UNSET
        else:
            first_visit = FirstVisit.from_dict(_first_visit)

        landing_page = d.pop("landing_page", UNSET)

        web_browser = d.pop("web_browser", UNSET)

        operating_system = d.pop("operating_system", UNSET)

        screen_resolution = d.pop("screen_resolution", UNSET)

        javascript = d.pop("javascript", UNSET)

        language = d.pop("language", UNSET)

        referrer_url = d.pop("referrer_url", UNSET)

        referrer_domain = d.pop("referrer_domain", UNSET)

        referrer_search = d.pop("referrer_search", UNSET)

        referrer_type = d.pop("referrer_type", UNSET)

        geolocation = d.pop("geolocation", UNSET)

        country_code = d.pop("country_code", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        hostname = d.pop("hostname", UNSET)

        organization = d.pop("organization", UNSET)

        campaign = d.pop("campaign", UNSET)

        _goals = d.pop("goals", UNSET)
        goals: VisitorGoals | Unset
        if isinstance(_goals, Unset):
            goals = UNSET
        else:
            goals = VisitorGoals.from_dict(_goals)

        _custom = d.pop("custom", UNSET)
        custom: CustomData | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = CustomData.from_dict(_custom)

        stats_url = d.pop("stats_url", UNSET)

        visitors_list_item = cls(
            time=time,
            time_pretty=time_pretty,
            time_total=time_total,
            ip_address=ip_address,
            uid=uid,
            session_id=session_id,
            actions=actions,
            total_visits=total_visits,
            first_visit=first_visit,
            landing_page=landing_page,
            web_browser=web_browser,
            operating_system=operating_system,
            screen_resolution=screen_resolution,
            javascript=javascript,
            language=language,
            referrer_url=referrer_url,
            referrer_domain=referrer_domain,
            referrer_search=referrer_search,
            referrer_type=referrer_type,
            geolocation=geolocation,
            country_code=country_code,
            latitude=latitude,
            longitude=longitude,
            hostname=hostname,
            organization=organization,
            campaign=campaign,
            goals=goals,
            custom=custom,
            stats_url=stats_url,
        )

        visitors_list_item.additional_properties = d
        return visitors_list_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once at the bottom rather than inside every from_dict/to_dict call as upstream does: models that
# refer to each other still resolve (each class exists before the cycle comes back to it).
from ..models.custom_data import CustomData
from ..models.first_visit import FirstVisit
from ..models.visitor_goals import VisitorGoals
