"""The memory of a process tree, for `make class-sim`: resident (RSS) and proportional (Pss).

RSS counts every page a process maps, so the shared libraries and the interpreter's files that
every kernel and server of a class map once in RAM are counted once per process: a sum of RSS
over a hub's processes is more than the machine holds for them. Pss divides each shared page
among the processes that map it, so a sum of Pss is what the tree really holds. Linux gives
both in ``/proc/PID/smaps_rollup`` (one read per process); ``tree_memory`` sums them over a
process and its descendants only (never another program's kernels on the same machine) and
splits them by the kind of process (hub, proxy, single-user server, kernel).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

import psutil

__all__ = ["Memory", "process_kind", "read_rollup", "tree_memory"]

MIB = 2**20


@dataclass
class Memory:
    """Memory of a set of processes, in MiB.

    Attributes:
        rss: resident memory, summed (shared pages counted once per process).
        pss: proportional memory, summed (each shared page split among its processes).
        by_kind: per kind of process (``hub``, ``proxy``, ``server``, ``kernel``, ``other``):
            ``[processes, rss, pss]``.
    """

    rss: float = 0.0
    pss: float = 0.0
    by_kind: dict[str, list[float]] = field(default_factory=dict)


def read_rollup(text: str) -> tuple[int, int]:
    """The ``Rss`` and ``Pss`` lines of a ``smaps_rollup`` text, in bytes."""
    found = {"Rss:": 0, "Pss:": 0}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in found:
            found[parts[0]] = int(parts[1]) * 1024
    return found["Rss:"], found["Pss:"]


def process_kind(cmdline: list[str]) -> str:
    """Which part of a hub a command line is."""
    cmd = " ".join(cmdline)
    if "ipykernel_launcher" in cmd:
        return "kernel"
    if "configurable-http-proxy" in cmd:
        return "proxy"
    if "jupyterhub-singleuser" in cmd:
        return "server"
    if "jupyterhub" in cmd:
        return "hub"
    return "other"


def _rss_pss(process: psutil.Process) -> tuple[int, int]:
    try:
        with open(f"/proc/{process.pid}/smaps_rollup", encoding="ascii") as fh:
            return read_rollup(fh.read())
    except OSError:  # no smaps_rollup (an older kernel, not Linux): RSS for both
        rss = process.memory_info().rss
        return rss, rss


def tree_memory(pid: int) -> Memory:
    """Memory of the process ``pid`` and all its descendants (processes that end meanwhile are
    left out)."""
    memory = Memory()
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return memory
    for process in processes:
        with contextlib.suppress(psutil.Error, OSError):
            kind = process_kind(process.cmdline())
            rss, pss = _rss_pss(process)
            row = memory.by_kind.setdefault(kind, [0, 0.0, 0.0])
            row[0] += 1
            row[1] += rss / MIB
            row[2] += pss / MIB
            memory.rss += rss / MIB
            memory.pss += pss / MIB
    return memory
