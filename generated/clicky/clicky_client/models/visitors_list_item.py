from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _numbers
from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData
    from ..models.first_visit import FirstVisit
    from ..models.visitor_goals import VisitorGoals


T = TypeVar("T", bound="VisitorsListItem")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "time",
        "time_pretty",
        "time_total",
        "ip_address",
        "uid",
        "session_id",
        "actions",
        "total_visits",
        "first_visit",
        "landing_page",
        "web_browser",
        "operating_system",
        "screen_resolution",
        "javascript",
        "language",
        "referrer_url",
        "referrer_domain",
        "referrer_search",
        "referrer_type",
        "geolocation",
        "country_code",
        "latitude",
        "longitude",
        "hostname",
        "organization",
        "campaign",
        "goals",
        "custom",
        "stats_url",
    }
)


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

    def __repr__(self) -> str:
        return _set_fields_repr(self)

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
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        time = src_dict.get("time", UNSET)

        time_pretty = src_dict.get("time_pretty", UNSET)

        time_total = src_dict.get("time_total", UNSET)

        ip_address = src_dict.get("ip_address", UNSET)

        uid = src_dict.get("uid", UNSET)

        session_id = src_dict.get("session_id", UNSET)

        actions = src_dict.get("actions", UNSET)

        total_visits = src_dict.get("total_visits", UNSET)

        _first_visit = src_dict.get("first_visit", UNSET)
        first_visit: FirstVisit | Unset = UNSET if _first_visit is UNSET else FirstVisit.from_dict(_first_visit)

        landing_page = src_dict.get("landing_page", UNSET)

        web_browser = src_dict.get("web_browser", UNSET)

        operating_system = src_dict.get("operating_system", UNSET)

        screen_resolution = src_dict.get("screen_resolution", UNSET)

        javascript = src_dict.get("javascript", UNSET)

        language = src_dict.get("language", UNSET)

        referrer_url = src_dict.get("referrer_url", UNSET)

        referrer_domain = src_dict.get("referrer_domain", UNSET)

        referrer_search = src_dict.get("referrer_search", UNSET)

        referrer_type = src_dict.get("referrer_type", UNSET)

        geolocation = src_dict.get("geolocation", UNSET)

        country_code = src_dict.get("country_code", UNSET)

        latitude = src_dict.get("latitude", UNSET)

        longitude = src_dict.get("longitude", UNSET)

        hostname = src_dict.get("hostname", UNSET)

        organization = src_dict.get("organization", UNSET)

        campaign = src_dict.get("campaign", UNSET)

        _goals = src_dict.get("goals", UNSET)
        goals: VisitorGoals | Unset = UNSET if _goals is UNSET else VisitorGoals.from_dict(_goals)

        _custom = src_dict.get("custom", UNSET)
        custom: CustomData | Unset = UNSET if _custom is UNSET else CustomData.from_dict(_custom)

        stats_url = src_dict.get("stats_url", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.time = time
        _model.time_pretty = time_pretty
        _model.time_total = time_total
        _model.ip_address = ip_address
        _model.uid = uid
        _model.session_id = session_id
        _model.actions = actions
        _model.total_visits = total_visits
        _model.first_visit = first_visit
        _model.landing_page = landing_page
        _model.web_browser = web_browser
        _model.operating_system = operating_system
        _model.screen_resolution = screen_resolution
        _model.javascript = javascript
        _model.language = language
        _model.referrer_url = referrer_url
        _model.referrer_domain = referrer_domain
        _model.referrer_search = referrer_search
        _model.referrer_type = referrer_type
        _model.geolocation = geolocation
        _model.country_code = country_code
        _model.latitude = latitude
        _model.longitude = longitude
        _model.hostname = hostname
        _model.organization = organization
        _model.campaign = campaign
        _model.goals = goals
        _model.custom = custom
        _model.stats_url = stats_url

        _model.additional_properties = (
            {} if src_dict.keys() <= _KNOWN_KEYS else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        return _model

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
