"""Errors about the generator's inputs, kept apart from the heavy modules that raise them (so the CLI can
catch them without importing openapi-python-client on a run that has nothing to do)."""

from __future__ import annotations


class SpecValidationError(Exception):
    """The effective spec is not valid OpenAPI 3.1; `problems` lists each one with its location."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        listed = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"{source}: not a valid OpenAPI 3.1 document ({len(problems)} problem(s)):\n{listed}")


class ClientGenerationError(Exception):
    """openapi-python-client reported errors or warnings (the pipeline runs as if --fail-on-warning)."""


class GitRevisionError(ValueError):
    """A git revision to compare with cannot be read (unknown ref, not a repository)."""


class SdkExtensionError(Exception):
    """An `x-sdk*` extension of the effective spec is unknown, misplaced or malformed; `problems` name each one."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        listed = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(
            f"{source}: {len(problems)} x-sdk extension problem(s) (schema: generator/schemas/x-sdk.schema.yaml):\n"
            f"{listed}"
        )
