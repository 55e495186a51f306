"""What a kernel killed outright (SIGKILL: out of memory, a hub's culler, a crash) loses of what
a participant typed into notebook 05's answer box, and what keeping it costs per keystroke.

    .venv/bin/python benchmarks/kill_loss.py [--kills N] [--seed S]     # also in `make bench`

The box keeps its text beside the workspace through ``drafts.Typing`` (``answer_keep``), the
write coalesced so that a key costs at most one write per ``drafts.GAP`` seconds. A kill lands
between two writes and loses what was typed since the last one. Each run here starts a child
process that types an invented answer into ``KeptAnswer`` at a person's pace (keys 120 to
300 ms apart, a little longer after a word, up to 2 s after a sentence), on an asyncio loop as
in a kernel, telling the parent each key it typed (a byte on a pipe, which outlives the kill);
the parent kills it with SIGKILL at a random moment and reads the drafts file: the characters
typed and not in the file are lost. Two ways are measured on the same kill moments: ``gap``
(a write at most every ``GAP``, the kit before) and ``word`` (the kit now: a key that ends a
word, ``answer_keep.ends_word``, is written at once in place of the gap's next write).

The cost: the same typing, 3 x 600 keys, on a pretend clock (``simulate``: time moves only
when told, so the writes are counted exactly, however loaded the machine), and 2,000 kills
at random moments on it; each write priced at the median of the kit's write measured here
(``DraftFile.put``: the file re-read under a lock, to keep other notebooks' keys, written
beside and renamed, the file and its folder fsynced), against the floor, one ``fsync`` of a
file the answer's size.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# An invented answer, typed key by key (the kit's own words).
TEXT = ("If I pick one job, it is the two years I ran the evening desk at a small hotel. I "
        "started knowing nothing about bookings; by the end I planned the rota for six people "
        "and trained the new starters. I helped the hotel cut late check-ins that went wrong "
        "from about ten a week to two, by writing a short checklist the whole desk used. I "
        "still use that habit of writing down what works: at my next job I wrote the guide "
        "that new staff read in their first week. ") * 3
POLICIES = ("gap", "word")
BURST_PAUSE = 0.7  # seconds after a word, in a test's burst: longer than ``drafts.GAP``


def schedule(seed: int, text: str = TEXT) -> list[float]:
    """Seconds to wait before each key of ``text``: a person's pace, the same for a seed."""
    rng = random.Random(seed)
    waits = []
    for i in range(len(text)):
        wait = rng.uniform(0.12, 0.30)
        before = text[i - 1] if i else ""
        if before == " ":
            wait += rng.uniform(0.0, 0.3)
        if before in ".!?":
            wait += rng.uniform(0.5, 2.0)
        waits.append(wait)
    return waits


def _child(workspace: str, policy: str, seed: int, burst: bool) -> None:
    """Type ``TEXT`` into a ``KeptAnswer`` of ``workspace`` at the pace of ``schedule(seed)``
    (with ``burst``: a word's keys 20 ms apart, faster than the gap, and a pause longer than
    the gap after each word), writing a byte to stdout after each key, until killed."""
    from workshop.widgets.answer_keep import KeptAnswer

    kept = KeptAnswer(workspace)
    waits = schedule(seed)

    async def typing() -> None:
        os.write(1, b"R")
        for k, wait in enumerate(waits, start=1):
            pause = BURST_PAUSE if k > 1 and TEXT[k - 2] == " " else 0.02
            await asyncio.sleep(pause if burst else wait)
            text = TEXT[:k]
            if policy == "word":
                kept.keep(text, "r1", "")
            else:
                kept.typing.put({"text": text, "role": "r1", "baseline": ""})
            os.write(1, b".")
        await asyncio.sleep(3600)

    asyncio.run(typing())


def kept_text(workspace: Path) -> str:
    """The answer text the drafts file beside ``workspace`` holds ("" when none)."""
    from workshop.drafts import drafts_path

    try:
        found = json.loads(drafts_path(workspace).read_text(encoding="utf-8"))["drafts"]
    except FileNotFoundError:
        return ""
    answer = found.get("answer")
    return answer["text"] if isinstance(answer, dict) else ""


def start_child(workspace: Path, policy: str, seed: int, *, burst: bool = False):
    """The typing child, started and ready (its first byte read)."""
    command = [sys.executable, __file__, "--child", str(workspace), policy, str(seed)]
    if burst:
        command.append("--burst")
    child = subprocess.Popen(command, stdout=subprocess.PIPE, cwd=str(workspace.parent))
    assert child.stdout.read(1) == b"R", "the typing child did not start"
    return child


def killed(child) -> int:
    """SIGKILL the child; the keys it told of before it died."""
    child.send_signal(signal.SIGKILL)
    child.wait()
    return child.stdout.read().count(b".")


def kill_once(folder: Path, seed: int, after: float) -> dict[str, tuple[int, int]]:
    """One child per way, typing the same keys at the same pace for ``after`` seconds, then
    SIGKILL: per way, (characters typed, characters kept in the drafts file)."""
    children = {p: start_child(folder / f"{p}-{seed}.json", p, seed) for p in POLICIES}
    time.sleep(after)
    typed = {p: killed(child) for p, child in children.items()}
    return {p: (typed[p], len(kept_text(folder / f"{p}-{seed}.json"))) for p in POLICIES}


def measure_loss(kills: int, seed: int) -> dict[str, list[int]]:
    """Characters lost per kill, for each way, on the same kill moments."""
    rng = random.Random(seed)
    moments = [(rng.randrange(10**6), rng.uniform(1.0, 8.0)) for _ in range(kills)]
    lost: dict[str, list[int]] = {p: [] for p in POLICIES}
    with tempfile.TemporaryDirectory(prefix="kill-loss-") as tmp:
        for typing_seed, after in moments:
            for policy, (typed, kept) in kill_once(Path(tmp), typing_seed, after).items():
                lost[policy].append(max(0, typed - kept))
    return lost


class _Clock:
    """A pretend clock and event loop for ``drafts.Typing``: time moves only when told, so the
    writes of a person's typing are counted exactly, however loaded the machine."""

    def __init__(self) -> None:
        self.now = 0.0
        self._timers: list = []
        self._seq = 0

    def monotonic(self) -> float:
        return self.now

    def get_running_loop(self):
        return self

    def call_later(self, delay: float, callback):
        import heapq

        class Handle:
            cancelled = False

            def cancel(self) -> None:
                self.cancelled = True

        handle = Handle()
        self._seq += 1
        heapq.heappush(self._timers, (self.now + delay, self._seq, handle, callback))
        return handle

    def advance(self, to: float) -> None:
        import heapq

        while self._timers and self._timers[0][0] <= to:
            when, _seq, handle, callback = heapq.heappop(self._timers)
            self.now = when
            if not handle.cancelled:
                callback()
        self.now = to


def simulate(policy: str, seed: int, keys: int = 600, kills: int = 2000) -> dict[str, float]:
    """The typing of ``schedule(seed)`` through ``KeptAnswer`` on a pretend clock: writes per
    key, and the characters a kill at ``kills`` random moments loses (typed, not yet written)."""
    from types import SimpleNamespace
    from unittest import mock

    from workshop import drafts
    from workshop.widgets.answer_keep import KeptAnswer

    clock = _Clock()
    written: list[tuple[float, int]] = [(0.0, 0)]  # (when, characters in the file)
    typed: list[tuple[float, int]] = []

    class Memory:
        def put(self, key, value) -> None:
            written.append((clock.now, len(value["text"]) if value else 0))

    fake_time = SimpleNamespace(monotonic=clock.monotonic)
    fake_asyncio = SimpleNamespace(get_running_loop=clock.get_running_loop)
    with mock.patch.object(drafts, "time", fake_time), \
            mock.patch.object(drafts, "asyncio", fake_asyncio):
        kept = KeptAnswer.__new__(KeptAnswer)
        kept.typing = drafts.Typing(Memory(), "answer")
        text = (TEXT * 3)[:keys]
        for k, wait in enumerate(schedule(seed, text), start=1):
            clock.advance(clock.now + wait)
            if policy == "word":
                kept.keep(text[:k], "r1", "")
            else:
                kept.typing.put({"text": text[:k], "role": "r1", "baseline": ""})
            typed.append((clock.now, k))
        end = clock.now
        clock.advance(end + 10)
    rng = random.Random(seed)
    lost = []
    for _ in range(kills):
        at = rng.uniform(1.0, end)
        chars = max((n for t, n in typed if t <= at), default=0)
        kept_chars = max(n for t, n in written if t <= at)
        lost.append(chars - kept_chars)
    return {"writes per key": (len(written) - 1) / keys, "mean lost": statistics.mean(lost),
            "max lost": max(lost)}


def measure_cost(repeat: int = 60) -> dict[str, float]:
    """One write of the kit (``DraftFile.put`` of an answer of 500 characters) and the floor,
    one ``fsync`` of a file that size: medians in ms, measured alternately."""
    from workshop.drafts import DraftFile

    writes, syncs = [], []
    with tempfile.TemporaryDirectory(prefix="kill-cost-") as tmp:
        kept = DraftFile(Path(tmp) / "my_workspace.json")
        fd = os.open(Path(tmp) / "floor", os.O_WRONLY | os.O_CREAT)
        try:
            for k in range(repeat):
                value = {"text": TEXT[:500 - k % 2], "role": "r1", "baseline": ""}
                t0 = time.perf_counter()
                kept.put("answer", value)
                writes.append(time.perf_counter() - t0)
                os.pwrite(fd, TEXT[:500 - k % 2].encode(), 0)
                t0 = time.perf_counter()
                os.fsync(fd)
                syncs.append(time.perf_counter() - t0)
        finally:
            os.close(fd)
    return {"write": statistics.median(writes) * 1e3, "fsync": statistics.median(syncs) * 1e3}


def report(kills: int, seed: int) -> None:
    cost = measure_cost()
    print("05's answer box: what a SIGKILL of the kernel loses, and the writes that keep it")
    print(f"  one write of the kit {cost['write']:.3f} ms; the floor, one fsync of 500 bytes, "
          f"{cost['fsync']:.3f} ms")
    print("  a person's typing on a pretend clock (3 x 600 keys, 2,000 kills each):")
    print(f"  {'way':<6} {'writes/key':>10} {'ms/keystroke':>13} {'x fsync':>8} "
          f"{'mean lost':>10} {'max lost':>9}")
    for policy in POLICIES:
        runs = [simulate(policy, s) for s in (1, 2, 3)]
        per_key = statistics.mean(r["writes per key"] for r in runs)
        print(f"  {policy:<6} {per_key:>10.3f} {per_key * cost['write']:>13.3f} "
              f"{per_key * cost['write'] / cost['fsync']:>8.1f} "
              f"{statistics.mean(r['mean lost'] for r in runs):>10.2f} "
              f"{max(r['max lost'] for r in runs):>9}")
    lost = measure_loss(kills, seed)
    print(f"  real kernels' stand-ins killed with SIGKILL ({kills} kills at random moments; "
          "characters lost):")
    print(f"  {'way':<6} {'mean':>6} {'p95':>5} {'max':>5} {'none lost':>10}")
    for policy in POLICIES:
        values = sorted(lost[policy])
        p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
        print(f"  {policy:<6} {statistics.mean(values):>6.2f} {p95:>5} {max(values):>5} "
              f"{sum(v == 0 for v in values):>6}/{len(values)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--child", nargs=3, metavar=("WORKSPACE", "POLICY", "SEED"))
    parser.add_argument("--burst", action="store_true")
    args = parser.parse_args()
    if args.child:
        workspace, policy, seed = args.child
        _child(workspace, policy, int(seed), args.burst)
        return 0
    report(args.kills, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
