"""A process's CPU time to the nanosecond, for the tools and benchmarks that measure a change.

psutil's ``cpu_times`` counts in the kernel's 10 ms ticks: a rating change costs a few ms of
kernel CPU, so a tick is as coarse as the thing measured. Linux keeps every thread's run time in
nanoseconds in ``/proc/PID/task/TID/schedstat`` (its first field); ``process_cpu`` sums them and
falls back to psutil where Linux does not say.
"""

from __future__ import annotations

import os

__all__ = ["process_cpu"]


def process_cpu(pid: int) -> float:
    """CPU seconds the process ``pid`` used so far, summed over its threads."""
    try:
        total = 0
        for task in os.scandir(f"/proc/{pid}/task"):
            with open(f"{task.path}/schedstat", encoding="ascii") as fh:
                total += int(fh.read().split()[0])
        return total / 1e9
    except (OSError, ValueError, IndexError):
        import psutil

        t = psutil.Process(pid).cpu_times()
        return t.user + t.system
