"""ClickMeter's handlers, one module per kind of entity, each ending with its `HANDLERS` table; `TABLES` lists them
all (the package's registry is built from it and refuses an operation answered twice)."""

from mockserver.apis.clickmeter.handlers import account, conversions, datapoints, domains, groups, stats, tags

TABLES = (
    account.HANDLERS,
    conversions.HANDLERS,
    datapoints.HANDLERS,
    domains.HANDLERS,
    groups.HANDLERS,
    stats.HANDLERS,
    tags.HANDLERS,
)
