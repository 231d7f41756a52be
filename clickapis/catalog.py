"""The APIs this repository holds: one entry each, and where its spec, overlay, client and mock live.

Every tool that lists the APIs or names one of their paths, packages or demo credentials reads them here
(tests/unit/test_catalog.py fails when a directory of the repository holds an API this list lacks, or the
reverse). Paths are relative to the repository root. Standard library only (noxfile.py loads it by path).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Literal


@dataclass(frozen=True, slots=True)
class Credential:
    """One credential of the mock's demo account: how a client takes it and how it travels on the wire."""

    scheme: str
    """The spec's security scheme (`components.securitySchemes`) it satisfies."""
    argument: str
    """The generated `Client`'s keyword argument (`api_key`, `site_id`, `sitekey`)."""
    location: Literal["header", "query"]
    """Where the spec's security scheme sends it."""
    wire_name: str
    """The header or query parameter name, spelled as in the spec's security scheme."""
    demo_value: str = field(repr=False)
    """What the mock accepts (its seeded account; a public demo value, still kept out of reprs)."""


@dataclass(frozen=True, slots=True)
class Api:
    name: str
    title: str
    """The vendor's spelling, for reports."""
    credentials: tuple[Credential, ...]
    mock_port: int
    """The port `python -m mockserver.launcher` (`nox -s mock`) serves it on."""

    @property
    def spec(self) -> PurePosixPath:
        """The hand-written wire spec."""
        return PurePosixPath("specs", self.name, "openapi.yaml")

    @property
    def overlay(self) -> PurePosixPath:
        return PurePosixPath("overlays", f"{self.name}.overlay.yaml")

    @property
    def generator_config(self) -> PurePosixPath:
        """openapi-python-client's settings for this client."""
        return PurePosixPath("generator", "configs", f"{self.name}.yaml")

    @property
    def releases(self) -> PurePosixPath:
        """Release history: versions and changelog."""
        return PurePosixPath("releases", f"{self.name}.yaml")

    @property
    def generated(self) -> PurePosixPath:
        """The generated distribution's directory (`pip install ./generated/<api>`)."""
        return PurePosixPath("generated", self.name)

    @property
    def effective_spec(self) -> PurePosixPath:
        """The spec after its overlay, as the client was generated from it."""
        return self.generated / "openapi.yaml"

    @property
    def package(self) -> str:
        """The generated client's import package."""
        return f"{self.name}_client"

    @property
    def distribution(self) -> str:
        """The generated client's distribution name (`pip install <distribution>`)."""
        return f"{self.name}-client"

    @property
    def mock_module(self) -> str:
        """The mock's package for this API; its `API` is the `ApiBehaviour`."""
        return f"mockserver.apis.{self.name}"

    def credential(self, argument: str) -> Credential:
        for credential in self.credentials:
            if credential.argument == argument:
                return credential
        raise KeyError(f"{self.name} has no credential {argument!r}: {', '.join(self.client_arguments)}")

    @property
    def client_arguments(self) -> dict[str, str]:
        """The demo credentials as keyword arguments of the generated `Client`."""
        return {credential.argument: credential.demo_value for credential in self.credentials}

    @property
    def by_scheme(self) -> dict[str, str]:
        """The demo credentials by the spec's security scheme names (what the mock checks)."""
        return {credential.scheme: credential.demo_value for credential in self.credentials}

    @property
    def headers(self) -> dict[str, str]:
        """The demo credentials the wire carries in headers."""
        return {item.wire_name: item.demo_value for item in self.credentials if item.location == "header"}

    @property
    def query(self) -> dict[str, str]:
        """The demo credentials the wire carries in the query string."""
        return {item.wire_name: item.demo_value for item in self.credentials if item.location == "query"}

    def environment_variable(self, credential: Credential) -> str:
        """The variable the generated client reads the credential from when not given (`CLICKY_SITEKEY`)."""
        return f"{self.name}_{credential.argument}".upper()

    @property
    def environment(self) -> dict[str, str]:
        """The demo credentials as the generated clients' environment variables."""
        return {self.environment_variable(item): item.demo_value for item in self.credentials}

    def describe_credentials(self) -> str:
        """How a request carries the demo credentials, for people: `x-api-key: ck_demo_key`, `site_id=101&...`."""
        headers = "; ".join(f"{name}: {value}" for name, value in self.headers.items())
        query = "&".join(f"{name}={value}" for name, value in self.query.items())
        return "; ".join(part for part in (headers, query) if part)


APIS: Mapping[str, Api] = {
    api.name: api
    for api in (
        Api(
            name="clickmeter",
            title="ClickMeter",
            credentials=(Credential("apiKey", "api_key", "header", "X-Clickmeter-AuthKey", "cm-demo-key"),),
            mock_port=8081,
        ),
        Api(
            name="clickport",
            title="Clickport",
            credentials=(Credential("apiKey", "api_key", "header", "x-api-key", "ck_demo_key"),),
            mock_port=8082,
        ),
        Api(
            name="clicky",
            title="Clicky",
            credentials=(
                Credential("siteId", "site_id", "query", "site_id", "101"),
                Credential("sitekey", "sitekey", "query", "sitekey", "5a7e0c1d9b3f4e21"),
            ),
            mock_port=8083,
        ),
    )
}
API_NAMES: tuple[str, ...] = tuple(APIS)


class UnknownApiError(ValueError):
    pass


def api(name: str) -> Api:
    """The catalog entry for `name`; an unknown name is an error that lists the known ones."""
    try:
        return APIS[name]
    except KeyError:
        raise UnknownApiError(f"unknown API {name!r}: expected one of {', '.join(API_NAMES)}") from None
