"""Clickport's tables in SQLite: sessions, pageviews, events, goals and the event quota.

Timestamps are UTC seconds since the epoch. A session row carries the visitor's attributes (the query
dimensions other than `page` and time) and its session-level measures.
"""

from __future__ import annotations

SESSION_COLUMNS = (
    "source", "channel", "referrer_url", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term",
    "entry_page", "exit_page", "country", "region", "city", "device", "browser", "browser_version", "os",
    "os_version", "screen",
)  # fmt: skip

SCHEMA = f"""
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    visitor TEXT NOT NULL,
    started_at REAL NOT NULL,
    last_seen REAL NOT NULL,
    {", ".join(f"{column} TEXT" for column in SESSION_COLUMNS)},
    pageviews INTEGER NOT NULL DEFAULT 0,
    max_scroll INTEGER NOT NULL DEFAULT 0,
    clicked INTEGER NOT NULL DEFAULT 0,
    outbound INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_by_visitor ON sessions (visitor, last_seen);
CREATE INDEX sessions_by_last_seen ON sessions (last_seen);
CREATE TABLE pageviews (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    page_visit_id TEXT NOT NULL,
    at REAL NOT NULL,
    page TEXT NOT NULL,
    scroll INTEGER NOT NULL DEFAULT 0
);
-- Covers every query over a time window: reports read a window's pageviews from the index alone.
CREATE INDEX pageviews_by_time ON pageviews (at, session_id, page, scroll);
CREATE INDEX pageviews_by_session ON pageviews (session_id, at);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    page_visit_id TEXT NOT NULL,
    at REAL NOT NULL,
    type TEXT NOT NULL,
    name TEXT,
    page TEXT NOT NULL,
    revenue_amount REAL,
    revenue_currency TEXT,
    meta TEXT
);
CREATE INDEX events_by_time ON events (at);
CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    event_type TEXT NOT NULL,
    event_name TEXT
);
CREATE TABLE event_quota (
    ip TEXT NOT NULL,
    minute INTEGER NOT NULL,
    used INTEGER NOT NULL,
    PRIMARY KEY (ip, minute)
);
"""
