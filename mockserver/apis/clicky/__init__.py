"""Clicky mock behaviour (`GET /api/stats/4`)."""
