"""The client our templates render from openapi-python-client's own end-to-end document (the second golden record)
works where our specs never go: every module imports, and a multipart body travels with the boundary its
Content-Type header announces."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from types import ModuleType

import httpx
import pytest

EXPECTED = Path(__file__).resolve().parents[1] / "golden" / "upstream-baseline" / "expected"


@pytest.fixture(scope="module")
def client_package() -> Iterator[ModuleType]:
    sys.path.insert(0, str(EXPECTED))
    try:
        yield importlib.import_module("upstream_baseline_client")
    finally:
        sys.path.remove(str(EXPECTED))
        for name in [name for name in sys.modules if name.split(".")[0] == "upstream_baseline_client"]:
            del sys.modules[name]


def test_every_module_of_the_client_imports(client_package: ModuleType) -> None:
    names = [info.name for info in pkgutil.walk_packages(client_package.__path__, "upstream_baseline_client.")]
    for name in names:
        importlib.import_module(name)
    assert len(names) > 150  # the api/ and models/ trees of upstream's document, not an empty package


def test_a_multipart_body_carries_the_boundary_its_header_names(client_package: ModuleType) -> None:
    module = importlib.import_module("upstream_baseline_client.api.bodies.post_bodies_multiple")
    files_body = importlib.import_module("upstream_baseline_client.models.post_bodies_multiple_files_body")
    kwargs = module._get_kwargs(body=files_body.PostBodiesMultipleFilesBody(a="one"))
    request = httpx.Request(url=f"http://test{kwargs.pop('url')}", **kwargs)
    content_type = request.headers["Content-Type"]
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.read()
    )
    parts = list(message.iter_parts())
    assert [(part.get_param("name", header="content-disposition"), part.get_content()) for part in parts] == [
        ("a", "one")
    ]
