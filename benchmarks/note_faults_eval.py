"""How well ``workshop/note_faults.py`` reads a typed sentence, on the labelled sentences of
``tests/data/note_sentences.json`` (written by the draft29 session: notes, CV bullets,
second-language English and correct informal sentences; halves A, studied, and B).

    .venv/bin/python benchmarks/note_faults_eval.py [--show]

Prints, per half, precision and recall of "this sentence is not said as typed" and how many
flagged sentences got their labelled class; ``--show`` lists every miss.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop.note_faults import fault  # noqa: E402


def measure(pairs: list[list[str]], show: bool = False) -> dict:
    hit = wrong = missed = right_class = 0
    for sentence, label in pairs:
        got = fault(sentence)
        bad = label != "ok"
        hit += bool(got) and bad
        wrong += bool(got) and not bad
        missed += bad and not got
        right_class += bool(got) and got == label
        if show and (bool(got) != bad or got and got != label):
            print(f"  {label:>9} -> {got or 'ok':<9} {sentence}")
    return {"sentences": len(pairs), "precision": hit / max(1, hit + wrong),
            "recall": hit / max(1, hit + missed), "class right": f"{right_class}/{hit}"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    data = json.loads((ROOT / "tests" / "data" / "note_sentences.json").read_text())
    for half in ("A", "B"):
        figures = measure(data[half], args.show)
        print(f"half {half}: {figures['sentences']} sentences, precision "
              f"{figures['precision']:.2f}, recall {figures['recall']:.2f}, class right "
              f"{figures['class right']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
