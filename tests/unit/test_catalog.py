"""clickapis.catalog is the one list of the APIs: the repository's per-API directories, the generator's
configs, the generated distributions, the specs' security schemes and the mock all agree with it."""

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from clickapis.catalog import API_NAMES, APIS, Api, UnknownApiError, api
from clickapis.yaml_files import read_yaml
from generator.apis import client_sources
from generator.sdk_context import SdkContext
from mockserver.app import load_behaviour

REPO = Path(__file__).resolve().parents[2]
ENTRIES = list(APIS.values())


def load(path: Path) -> Any:
    return read_yaml(path)


@pytest.mark.parametrize(
    ("where", "names"),
    [
        ("specs/<api>/openapi.yaml", lambda: {path.parent.name for path in (REPO / "specs").glob("*/openapi.yaml")}),
        ("overlays/<api>.overlay.yaml", lambda: {p.name.split(".")[0] for p in (REPO / "overlays").glob("*.yaml")}),
        ("generator/configs/<api>.yaml", lambda: {path.stem for path in (REPO / "generator/configs").glob("*.yaml")}),
        ("releases/<api>.yaml", lambda: {path.stem for path in (REPO / "releases").glob("*.yaml")}),
        ("generated/<api>/", lambda: {path.name for path in (REPO / "generated").iterdir() if path.is_dir()}),
        ("mockserver/apis/<api>/", lambda: {path.parent.name for path in (REPO / "mockserver/apis").glob("*/*.py")}),
    ],
)  # fmt: skip
def test_every_per_api_directory_holds_exactly_the_catalogs_apis(where: str, names: Any) -> None:
    found = names()
    assert found - set(API_NAMES) == set(), f"{where}: APIs missing from clickapis/catalog.py"
    assert set(API_NAMES) - found == set(), f"{where}: catalog APIs without one"


@pytest.mark.parametrize("entry", ENTRIES, ids=API_NAMES)
def test_the_catalogs_paths_exist(entry: Api) -> None:
    for path in (entry.spec, entry.overlay, entry.generator_config, entry.releases, entry.effective_spec):
        assert (REPO / path).is_file(), path
    assert (REPO / entry.generated / entry.package / "__init__.py").is_file()


@pytest.mark.parametrize("entry", ENTRIES, ids=API_NAMES)
def test_the_generator_builds_the_catalogs_package_and_distribution(entry: Api) -> None:
    sources = client_sources(entry.name, REPO)
    assert (sources.spec, sources.overlay, sources.config, sources.output, sources.releases) == (
        REPO / entry.spec,
        REPO / entry.overlay,
        REPO / entry.generator_config,
        REPO / entry.generated,
        REPO / entry.releases,
    )
    assert sources.package_name == entry.package
    config = load(REPO / entry.generator_config)
    assert (config["project_name_override"], config["package_name_override"]) == (entry.distribution, entry.package)
    project = tomllib.loads((REPO / entry.generated / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == entry.distribution


@pytest.mark.parametrize("entry", ENTRIES, ids=API_NAMES)
def test_the_demo_credentials_travel_as_the_wire_spec_says(entry: Api) -> None:
    schemes = load(REPO / entry.spec)["components"]["securitySchemes"]
    api_keys = {name for name, scheme in schemes.items() if scheme["type"] == "apiKey"}
    assert {credential.scheme for credential in entry.credentials} == api_keys
    for credential in entry.credentials:
        scheme = schemes[credential.scheme]
        assert (scheme["in"], scheme["name"]) == (credential.location, credential.wire_name), credential.scheme


@pytest.mark.parametrize("entry", ENTRIES, ids=API_NAMES)
def test_the_generated_client_takes_the_credentials_under_the_catalogs_names(entry: Api) -> None:
    """The client's keyword arguments and environment variables come from the effective spec (x-sdk-param,
    x-sdk-env, the env prefix): the catalog must name the same ones."""
    context = SdkContext(load(REPO / entry.effective_spec), entry.name)
    generated = {(item.param, item.env, item.location, item.wire_name) for item in context.credentials}
    listed = {
        (item.argument, entry.environment_variable(item), item.location, item.wire_name) for item in entry.credentials
    }
    assert generated == listed


@pytest.mark.parametrize("entry", ENTRIES, ids=API_NAMES)
def test_the_mock_accepts_the_catalogs_demo_credentials(entry: Api) -> None:
    behaviour = load_behaviour(entry.name)
    assert behaviour.name == entry.name
    assert dict(behaviour.credentials) == entry.by_scheme


def test_each_api_has_its_own_mock_port() -> None:
    ports = [entry.mock_port for entry in ENTRIES]
    assert len(set(ports)) == len(ports)


def test_an_unknown_api_is_an_error_naming_the_known_ones() -> None:
    with pytest.raises(UnknownApiError, match="unknown API 'clickmetre': expected one of clickmeter, clickport"):
        api("clickmetre")
    with pytest.raises(UnknownApiError):
        client_sources("clickmetre", REPO)
    with pytest.raises(UnknownApiError):
        load_behaviour("clickmetre")


def test_the_demo_credentials_are_not_in_reprs() -> None:
    for entry in ENTRIES:
        for credential in entry.credentials:
            if credential.argument != "site_id":  # the site id is no secret
                assert credential.demo_value not in repr(entry)


def test_credentials_are_described_as_they_travel() -> None:
    assert api("clickport").describe_credentials() == "x-api-key: ck_demo_key"
    assert api("clicky").describe_credentials() == "site_id=101&sitekey=5a7e0c1d9b3f4e21"
    assert api("clicky").environment == {"CLICKY_SITE_ID": "101", "CLICKY_SITEKEY": "5a7e0c1d9b3f4e21"}
    assert api("clickmeter").headers == {"X-Clickmeter-AuthKey": "cm-demo-key"} and api("clickmeter").query == {}


# Hand-written code that spells out the API list or a demo credential instead of reading the catalog. Not scanned:
# code written as a user writes it (the pytest plugin's outside test file, the typing samples under tests/data).
_NAMED = [re.compile(rf"""["']{name}["']""") for name in API_NAMES]
_CREDENTIAL = re.compile(
    "|".join(re.escape(c.demo_value) for e in ENTRIES for c in e.credentials if len(c.demo_value) > 3)
)
_SCANNED = ("clickapis", "generator", "mockserver", "contract", "demo", "bench", "tests")
_USERS_CODE = {REPO / "tests" / "mock" / "test_pytest_plugin.py", REPO / "tests" / "data"}


def _repeats(line: str) -> bool:
    """A line that lists every API by name, or spells out a demo credential (the site id "101" is too common)."""
    return all(name.search(line) for name in _NAMED) or bool(_CREDENTIAL.search(line))


def test_no_hand_written_module_repeats_the_list_or_a_demo_credential() -> None:
    files = [REPO / "noxfile.py", *(path for top in _SCANNED for path in (REPO / top).rglob("*.py"))]
    skipped = {REPO / "clickapis" / "catalog.py", Path(__file__)}
    offenders = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for path in files
        if path not in skipped and "golden" not in path.parts and not _USERS_CODE & {path, *path.parents}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _repeats(line)
    ]
    assert offenders == []


def test_the_scan_finds_a_repeated_list_and_a_spelled_out_credential() -> None:
    assert _repeats('APIS = ("clicky", "clickport", "clickmeter")')
    assert _repeats("KEY = {'x-api-key': 'ck_demo_key'}")
    assert not _repeats('for api in ("clickport", "clicky"):')
