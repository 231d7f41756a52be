"""Run openapi-python-client (pinned) on an effective spec, with our templates and the `sdk` context.

The generator is driven through its Python API rather than its CLI so the templates can read overlay
extensions (see sdk_context) and so the runtime (generator/runtime/, copied as it is, plus the API's settings
module rendered from templates/runtime/) and the resource layer are written beside the endpoints, after
upstream's public `Project.build()` (no private method is overridden). Upstream's parsed data is read through
generator/upstream.py; the exact pin in pyproject.toml guards the rest.
"""

from __future__ import annotations

import ast
import contextlib
import io
import keyword
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.apis import RUNTIME_DIR, TEMPLATES_DIR, ClientSources
from generator.errors import ClientGenerationError
from generator.releases import Release
from generator.sdk_context import SdkContext

RUNTIME_TEMPLATES = TEMPLATES_DIR / "runtime"  # the per-API runtime modules (_settings.py)
RESOURCES_PACKAGE = "resources"  # <package>/resources/: the resource-style Client and AsyncClient
# Format the same bytes wherever the output is staged: no cache, and no .gitignore of an enclosing repository
# (whose `reports/` once hid ClickMeter's api/reports/ from ruff).
_RUFF_ISOLATION = ("--no-cache", "--no-respect-gitignore", "--quiet")


class _ProcessBytecodeCache(jinja2.BytecodeCache):
    """Templates compiled once per process instead of once per client: upstream builds a new Environment for
    every Project, and compiling the templates was a fifth of a regeneration. Jinja checks each entry against
    the template's source checksum, so an edited template is compiled afresh."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_BYTECODE = _ProcessBytecodeCache()


class SdkProject(Project):
    """Upstream's Project plus our runtime modules and resource layer; everything else stays upstream's."""

    def __init__(self, *, sdk: SdkContext, release: Release | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sdk = sdk
        # Our templates can import upstream's under "upstream/" and override a single macro of a file.
        upstream = jinja2.PrefixLoader({"upstream": jinja2.PackageLoader("openapi_python_client")})
        self.env.loader = jinja2.ChoiceLoader([self.env.loader, upstream]) if self.env.loader else upstream
        self.env.bytecode_cache = _BYTECODE
        self.env.globals["sdk"] = sdk
        self.env.globals["release"] = release
        self.env.filters["py"] = repr  # renders overlay values as Python literals, never as code
        self.env.filters["attribute_path"] = self._attribute_path

    def _attribute_path(self, wire_path: str) -> list[str]:
        """`lastKey` -> `last_key`: overlays name fields as on the wire, models as Python attributes."""
        return [
            step if step == "*" else str(PythonIdentifier(step, self.config.field_prefix))
            for step in wire_path.split(".")
        ]

    def build(self) -> Sequence[GeneratorError]:
        """Upstream's public build(), then the files its templates have no place for (no private hook overridden)."""
        problems = super().build()
        if not problems:
            self.write_runtime()
            self.write_resources()
        return problems

    def write_runtime(self) -> None:
        """The runtime modules byte for byte, then the ones rendered for this API in their place."""
        for module in runtime_modules():
            (self.package_dir / module.name).write_bytes(module.read_bytes())
        for template_path in sorted(RUNTIME_TEMPLATES.glob("*.jinja")):
            template = self.env.get_template(f"runtime/{template_path.name}")
            target = self.package_dir / template_path.name.removesuffix(".jinja")
            target.write_text(template.render(), encoding=self.config.file_encoding)

    def write_resources(self) -> None:
        """One module per operation group (`client.<group>`), and the clients that hold them."""
        tags = [str(tag) for tag in self.openapi.endpoint_collections_by_tag]
        self._refuse_name_clashes(tags)
        resources_dir = self.package_dir / RESOURCES_PACKAGE
        resources_dir.mkdir()
        group_template = self.env.get_template("resources/group.py.jinja")
        for tag, collection in self.openapi.endpoint_collections_by_tag.items():
            self._check_short_names(tag, collection.endpoints)
            (resources_dir / f"{tag}.py").write_text(
                group_template.render(tag=tag, collection=collection), encoding=self.config.file_encoding
            )
        init_template = self.env.get_template("resources/__init__.py.jinja")
        (resources_dir / "__init__.py").write_text(init_template.render(), encoding=self.config.file_encoding)

    def _check_short_names(self, tag: str, endpoints: list[Any]) -> None:
        """An `x-sdk-name` alias must be a new identifier in its group: never a keyword or another method."""
        taken = {"with_raw_response"}
        for endpoint in endpoints:
            name = str(PythonIdentifier(endpoint.name, self.config.field_prefix))
            taken |= {name, f"iterate_{name}"}
        for endpoint in endpoints:
            alias = self.sdk.short_name(endpoint)
            if alias is None:
                continue
            if not alias.isidentifier() or keyword.iskeyword(alias) or alias.startswith("_") or alias in taken:
                raise ClientGenerationError(
                    f"x-sdk-name {alias!r} of operation {endpoint.name!r} (group {tag!r}) is not a free method name"
                )
            taken |= {alias, f"iterate_{alias}"}

    def _refuse_name_clashes(self, tags: list[str]) -> None:
        """A group named like a Client setting or method, or a model named like a resource class, would shadow it."""
        client_module = ast.parse((self.package_dir / "client.py").read_text(encoding=self.config.file_encoding))
        client_class = next(
            node for node in client_module.body if isinstance(node, ast.ClassDef) and node.name == "Client"
        )
        client_names = {
            target.id if isinstance(target, ast.Name) else getattr(target, "name", "")
            for node in client_class.body
            for target in ([node.target] if isinstance(node, ast.AnnAssign) else [node])
        }
        models = {str(model.class_info.name) for model in [*self.openapi.models, *self.openapi.enums]}
        for tag in tags:
            if tag in client_names:
                raise ClientGenerationError(f"operation group {tag!r} would shadow Client.{tag}: rename the tag")
            resource = str(ClassName(tag, self.config.field_prefix))
            flavours = (f"{resource}Resource", f"Async{resource}Resource")
            clashes = {*flavours, *(f"{name}WithRawResponse" for name in flavours)} & models
            if clashes:
                raise ClientGenerationError(
                    f"model {sorted(clashes)[0]} has the name of operation group {tag!r}'s resource class"
                )


def runtime_modules() -> list[Path]:
    """The runtime modules every client carries unchanged: the `_settings.py` of the repository's runtime (an
    API with no special facts) and its `__init__.py` stay behind, each client renders its own settings."""
    rendered = {path.name.removesuffix(".jinja") for path in RUNTIME_TEMPLATES.glob("*.jinja")}
    return sorted(path for path in RUNTIME_DIR.glob("_*.py") if path.name not in {"__init__.py", *rendered})


def render_client(
    document: dict[str, Any], sources: ClientSources, project_dir: Path, release: Release | None = None
) -> None:
    """Render the client; `release` (the newest of its history) sets the version and the release metadata."""
    config = client_config(sources, project_dir, release)
    project = SdkProject(
        openapi=parse_document(document, sources, config),
        config=config,
        custom_template_path=TEMPLATES_DIR,
        sdk=SdkContext(document, sources.api),
        release=release,
    )
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            problems = project.build()
    except jinja2.TemplateError as error:
        where = f"{error.filename}:{error.lineno}" if isinstance(error, jinja2.TemplateSyntaxError) else "a template"
        raise ClientGenerationError(f"{sources.spec}: rendering {where} failed: {error}") from error
    if problems:
        raise ClientGenerationError(f"{sources.spec}: openapi-python-client reported:\n{_describe(problems)}")
    format_python(project_dir)


def client_config(sources: ClientSources, project_dir: Path, release: Release | None = None) -> Config:
    """Upstream's Config from the API's config file (the release, if any, sets the package version)."""
    config_file = ConfigFile.load_from_path(sources.config)
    if release is not None:
        config_file.package_version_override = release.version
    return Config.from_sources(
        config_file,
        MetaType.UV,
        document_source=sources.spec,
        file_encoding="utf-8",
        overwrite=True,
        output_path=project_dir,
    )


def parse_document(document: dict[str, Any], sources: ClientSources, config: Config) -> GeneratorData:
    """Upstream's parse of the effective spec (with the SDK's defaults); any problem is a ClientGenerationError."""
    try:
        openapi = GeneratorData.from_dict(with_sdk_defaults(document), config=config)
    except Exception as error:  # upstream raises bare exceptions on some malformed inputs
        raise ClientGenerationError(
            f"{sources.spec}: openapi-python-client could not parse the effective spec: {type(error).__name__}: {error}"
        ) from error
    if isinstance(openapi, GeneratorError):
        raise ClientGenerationError(f"{sources.spec}: {_describe([openapi])}")
    return openapi


def with_sdk_defaults(node: Any) -> Any:
    """The document as the Python client sees it: `x-sdk-default` replaces a schema's wire `default`.

    The effective spec keeps the wire default (overlays never change wire facts); only the generated
    function's parameter default, which the client then sends, follows the SDK's choice.
    """
    if isinstance(node, list):
        return [with_sdk_defaults(item) for item in node]
    if not isinstance(node, dict):
        return node
    copied = {key: with_sdk_defaults(value) for key, value in node.items()}
    if "x-sdk-default" in copied:
        copied["default"] = copied["x-sdk-default"]
    return copied


def format_python(project_dir: Path) -> None:
    """ruff (pinned) with the generated pyproject's settings, as upstream's post-hooks would."""
    for command in (["check", "--fix-only", *_RUFF_ISOLATION, "."], ["format", *_RUFF_ISOLATION, "."]):
        subprocess.run([sys.executable, "-m", "ruff", *command], cwd=project_dir, check=True)


def _describe(problems: list[GeneratorError] | Any) -> str:
    lines = []
    for problem in problems:
        detail = f": {problem.detail}" if problem.detail else ""
        lines.append(f"  - [{problem.level.value}] {problem.header}{detail}")
    return "\n".join(lines)
