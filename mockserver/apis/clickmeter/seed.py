"""The seeded account: domains, groups, conversions, tags, scripts, datapoints, guests, lists, then traffic.

Deterministic: entity data is fixed, dates are relative to the clock, traffic comes from `--seed`.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from mockserver.apis.clickmeter import datapoints, traffic
from mockserver.apis.clickmeter.store import ClickmeterStore
from mockserver.apis.clickmeter.wire import day_of, day_start, timestamp

ACCOUNT_AGE_DAYS = 400
DOMAINS = (
    (1, "9nl.it", "System"),
    (2, "trk.as", "System"),
    (3, "go.clickmeter.test", "Go"),
    (4, "links.example.com", "Personal"),
)
GROUPS = ((1, "Spring campaign", 1, 0), (2, "Newsletter", 0, 0), (3, "Social", 0, 0), (4, "Archive", 0, 1))
CONVERSIONS = ((1, "Purchase", 25.5, 0), (2, "Signup", 0.0, 0), (3, "Lead", 5.0, 0), (4, "Old goal", 1.0, 1))
TAGS = ((1, "campaign"), (2, "spring"), (3, "email"), (4, "social"), (5, "evergreen"))
SCRIPTS = (
    (1, "Ad network pixel", '<script src="https://ads.example.com/rt.js"></script>'),
    (2, "Analytics", "<script>window.analytics = true;</script>"),
)
# name, type, status, group, favourite, tags, conversions, url, popularity (mean daily hits)
DATAPOINTS: tuple[tuple[str, str, str, int | None, bool, tuple[int, ...], tuple[int, ...], str, int], ...] = (
    ("spring-sale", "TrackingLink", "Active", 1, True, (1, 2), (1, 2), "https://shop.example.com/spring", 9),
    ("spring-banner", "TrackingLink", "Active", 1, False, (1, 2), (1,), "https://shop.example.com/banner", 5),
    ("spring-pixel", "TrackingPixel", "Active", 1, False, (2,), (), "https://shop.example.com/thanks", 6),
    ("newsletter-march", "TrackingLink", "Active", 2, True, (3,), (2, 3), "https://blog.example.com/march", 4),
    ("newsletter-open", "TrackingPixel", "Active", 2, False, (3,), (), "https://mail.example.com/open", 8),
    ("twitter-bio", "TrackingLink", "Active", 3, False, (4,), (3,), "https://www.example.com/about", 3),
    ("instagram-story", "TrackingLink", "Paused", 3, False, (4,), (), "https://www.example.com/story", 2),
    ("docs-home", "TrackingLink", "Active", None, False, (5,), (2,), "https://docs.example.com/", 4),
    ("pricing-page", "TrackingLink", "Active", None, True, (5,), (1, 3), "https://www.example.com/pricing", 5),
    ("landing-pixel", "TrackingPixel", "Active", None, False, (), (), "https://www.example.com/landing", 3),
    ("free-gift", "TrackingLink", "Abuse", None, False, (), (), "https://free-gift.example.net/", 1),
    ("winter-sale", "TrackingLink", "Deleted", 4, False, (), (), "https://shop.example.com/winter", 2),
)
GUESTS = ((1, "Ada Agency", "ada@agency.example", "ada"), (2, "Bo Client", "bo@client.example", "bo"))
PERMISSIONS = ((1, "group", 1, "w"), (1, "datapoint", 8, "r"), (2, "datapoint", 1, "r"))
WHITELIST = ((1, "shop.example.com"), (2, "blog.example.com"))
BLACKLIST = ((1, traffic.OFFICE_IP),)


def seed_account(store: ClickmeterStore) -> None:
    now = store.now()
    registered = day_start(day_of(now) - timedelta(days=ACCOUNT_AGE_DAYS))
    account = {
        "firstName": "Demo",
        "lastName": "User",
        "email": "demo@clickmeter.test",
        "companyName": "Demo Shop",
        "companyRole": "Marketing",
        "phone": "+1 555 0100",
        "redirectOnly": False,
        "bonusClicks": 0,
        "registrationDate": timestamp(registered),
        "timeframeMinDate": timestamp(registered),
        "timezone": 0,
        "timezonename": "UTC",
        "boGoVal": "0",
    }
    db = store.db
    db.execute("INSERT INTO account VALUES (1, ?)", (json.dumps(account),))
    for domain_id, name, kind in DOMAINS:
        doc: dict[str, Any] = {"custom404": f"https://{name}/404", "customHomepage": f"https://{name}/"}
        db.execute("INSERT INTO domains VALUES (?, ?, ?, ?)", (domain_id, name, kind, json.dumps(doc)))
    for index, (group_id, name, favourite, deleted) in enumerate(GROUPS):
        db.execute(
            "INSERT INTO groups (id, name, created, preferred, deleted, doc) VALUES (?, ?, ?, ?, ?, ?)",
            (group_id, name, registered + index * 86_400, favourite, deleted, json.dumps({"isPublic": False})),
        )
    for index, (conversion_id, name, value, deleted) in enumerate(CONVERSIONS):
        doc = {"code": f"conv-{conversion_id}", "description": f"{name} goal", "protocol": "Https"}
        db.execute(
            "INSERT INTO conversions (id, name, created, deleted, value, doc) VALUES (?, ?, ?, ?, ?, ?)",
            (conversion_id, name, registered + index * 86_400, deleted, value, json.dumps(doc)),
        )
    db.executemany("INSERT INTO tags (id, name) VALUES (?, ?)", TAGS)
    for script_id, name, script in SCRIPTS:
        db.execute(
            "INSERT INTO retargeting_scripts VALUES (?, ?, ?)", (script_id, name, json.dumps({"script": script}))
        )
    _seed_datapoints(store, registered)
    for guest_id, name, email, user_name in GUESTS:
        doc = {
            "language": "en",
            "timeFormat": "H24",
            "dateFormat": "dd/MM/yyyy",
            "loginCount": guest_id * 3,
            "apiKey": f"guest-key-{store.seed}-{guest_id}",
            "hitOptions": {"hideReferrer": False},
        }
        db.execute(
            "INSERT INTO guests VALUES (?, ?, ?, ?, ?, ?)",
            (guest_id, name, email, user_name, registered + 30 * 86_400, json.dumps(doc)),
        )
    db.executemany("INSERT INTO guest_permissions VALUES (?, ?, ?, ?)", PERMISSIONS)
    db.executemany("INSERT INTO domain_whitelist VALUES (?, ?)", WHITELIST)
    db.executemany("INSERT INTO ip_blacklist VALUES (?, ?)", BLACKLIST)
    traffic.seed_hits(store, {index + 1: entry[8] for index, entry in enumerate(DATAPOINTS)})


def _seed_datapoints(store: ClickmeterStore, registered: int) -> None:
    for index, (name, kind, status, group, favourite, tags, conversions, url, _) in enumerate(DATAPOINTS):
        state: dict[str, Any] = {
            "name": name,
            "title": name.replace("-", " ").title(),
            "type": kind,
            "status": "Active",
            "preferred": favourite,
            "groupId": group,
            "tags": [{"id": tag} for tag in tags],
            "isPublic": False,
            "encodeIp": False,
            "lightTracking": False,
            "redirectOnly": False,
            "trackingCode": f"https://9nl.it/{name}",
        }
        for slot, conversion_id in zip(datapoints.SLOTS, conversions, strict=False):
            state[f"{slot}ConversionId"] = conversion_id
        if kind == "TrackingLink":
            state["typeTL"] = {
                "url": url,
                "domainId": 1,
                "redirectType": "TemporaryRedirect",
                "destinationMode": "Simple",
                "appendQuery": True,
            }
            if index < 2:
                state["typeTL"]["scripts"] = [{"id": 1}]
        else:
            state["typeTP"] = {"parameterNote": f"placed on {url}"}
        datapoint_id = datapoints.save(store, state, None)
        store.db.execute(
            "UPDATE datapoints SET created = ?, status = ? WHERE id = ?",
            (registered + (3 + index * 2) * 86_400, status, datapoint_id),
        )
