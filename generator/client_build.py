"""Run openapi-python-client (pinned) on an effective spec, with our templates and the `sdk` context.

The generator is driven through its Python API rather than its CLI so the templates can read overlay
extensions (see sdk_context) and so the runtime modules in templates/runtime/ are rendered beside the
endpoints. Both rely on openapi-python-client 0.29.1 internals; the exact pin in pyproject.toml guards them.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import PythonIdentifier

from generator.apis import TEMPLATES_DIR, ClientSources
from generator.errors import ClientGenerationError
from generator.sdk_context import SdkContext

RUNTIME_TEMPLATES = TEMPLATES_DIR / "runtime"
# Format the same bytes wherever the output is staged: no cache, and no .gitignore of an enclosing repository
# (whose `reports/` once hid ClickMeter's api/reports/ from ruff).
_RUFF_ISOLATION = ("--no-cache", "--no-respect-gitignore", "--quiet")


class SdkProject(Project):
    """Upstream's Project plus our runtime modules; everything else stays upstream's."""

    def __init__(self, *, sdk: SdkContext, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.env.globals["sdk"] = sdk
        self.env.filters["py"] = repr  # renders overlay values as Python literals, never as code
        self.env.filters["attribute_path"] = self._attribute_path

    def _attribute_path(self, wire_path: str) -> list[str]:
        """`lastKey` -> `last_key`: overlays name fields as on the wire, models as Python attributes."""
        return [
            step if step == "*" else str(PythonIdentifier(step, self.config.field_prefix))
            for step in wire_path.split(".")
        ]

    def _build_api(self) -> None:
        super()._build_api()
        for template_path in sorted(RUNTIME_TEMPLATES.glob("*.jinja")):
            template = self.env.get_template(f"runtime/{template_path.name}")
            target = self.package_dir / template_path.name.removesuffix(".jinja")
            target.write_text(template.render(), encoding=self.config.file_encoding)


def render_client(document: dict[str, Any], sources: ClientSources, project_dir: Path) -> None:
    config = Config.from_sources(
        ConfigFile.load_from_path(sources.config),
        MetaType.UV,
        document_source=sources.spec,
        file_encoding="utf-8",
        overwrite=True,
        output_path=project_dir,
    )
    try:
        openapi = GeneratorData.from_dict(with_sdk_defaults(document), config=config)
    except Exception as error:  # upstream raises bare exceptions on some malformed inputs
        raise ClientGenerationError(
            f"{sources.spec}: openapi-python-client could not parse the effective spec: {type(error).__name__}: {error}"
        ) from error
    if isinstance(openapi, GeneratorError):
        raise ClientGenerationError(f"{sources.spec}: {_describe([openapi])}")
    project = SdkProject(
        openapi=openapi, config=config, custom_template_path=TEMPLATES_DIR, sdk=SdkContext(document, sources.api)
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
