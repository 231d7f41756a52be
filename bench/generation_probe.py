"""`python -m bench.generation_probe`: regenerate every client of the repository in the cwd, print the outcomes.

Run as its own process so its wall time is what `python -m generator generate` costs a user (interpreter
start and imports included), while the `regenerated` flags come from the pipeline itself, not from its output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from clickapis.catalog import API_NAMES
from generator.apis import client_sources, find_repo_root
from generator.pipeline import generate_client


def main() -> int:
    root = find_repo_root(Path.cwd())
    outcomes = {api: generate_client(client_sources(api, root)).regenerated for api in API_NAMES}
    json.dump(outcomes, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
