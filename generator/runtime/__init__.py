"""The runtime every generated client carries: plain modules, copied byte for byte into each `<api>_client/`.

Only `_settings.py` differs between clients: the generator renders it from the API's overlay
(generator/templates/runtime/_settings.py.jinja). The `_settings.py` here describes an API with no special
facts, so the runtime imports, type-checks and unit-tests on its own in the repository. This `__init__.py`
is not copied.
"""
