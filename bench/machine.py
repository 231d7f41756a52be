"""What the figures were measured on: without it they cannot be compared with another run."""

from __future__ import annotations

import os
import platform
from pathlib import Path

import attrs

CPUINFO = Path("/proc/cpuinfo")


@attrs.frozen
class Machine:
    cpus: int
    cpu_model: str
    python: str
    system: str

    def describe(self) -> str:
        return f"{self.cpus} CPUs ({self.cpu_model}), Python {self.python}, {self.system}"


def cpu_model(cpuinfo: str) -> str:
    for line in cpuinfo.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "model name":
            return value.strip()
    return "unknown CPU"


def this_machine() -> Machine:
    cpuinfo = CPUINFO.read_text() if CPUINFO.exists() else ""
    return Machine(
        cpus=len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0,
        cpu_model=cpu_model(cpuinfo),
        python=platform.python_version(),
        system=f"{platform.system()} {platform.release()}",
    )
