"""One scenario per API: calls every operation of its generated client the way a user would."""
