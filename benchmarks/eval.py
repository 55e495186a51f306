"""How far the answer check agrees with careful human labels: ``make eval``.

    make eval                      # or: .venv/bin/python benchmarks/eval.py
    .venv/bin/python benchmarks/eval.py --json    # the figures as JSON

Reads the labelled corpus in ``tests/eval/`` (one JSON object a line: ``id``, ``text``,
``goals``, ``labels`` with one value per code and a ``verdict``). For each code it prints how
many answers were compared, the agreement, precision and recall (a "positive" is an answer the
label says has it: skill growth, a result, ..., a pitfall) and Cohen's kappa.

- ``answers_dev.jsonl``, the development set: the figures and every disagreement, with the
  message the check gave (which quotes the sentence it is about).
- ``answers_holdout.jsonl``, the held-out set: the figures and the ids of disagreements only.
  Its texts are never printed, so tuning on what this script shows can't reach them.

Targets on the development set: at least 95% agreement on every code and no kappa under 0.8.
A label of ``null`` (``goals_match`` for an answer without goals) is not compared.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVAL_DIR = ROOT / "tests" / "eval"
DEV = EVAL_DIR / "answers_dev.jsonl"
HOLDOUT = EVAL_DIR / "answers_holdout.jsonl"
CODES = ("skill_growth", "company_result", "quantified", "used_later", "goals_match",
         "pitfalls", "verdict")
TARGET_AGREEMENT = 0.95
TARGET_KAPPA = 0.8


def read_corpus(path: Path) -> list[dict]:
    """The labelled answers of one file (blank lines skipped)."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}, line {number}: not JSON ({exc.msg})") from None
    return rows


def predictions(check) -> dict[str, tuple[bool, str]]:
    """What the check says per code, as (positive?, message): a pitfall found is positive."""
    out = {}
    for f in check.findings:
        if f.code == "length":
            continue
        positive = (not f.ok) if f.code == "pitfalls" else f.ok
        out[f.code] = (positive, f.message)
    verdict = getattr(check, "verdict", None)
    if verdict is not None:
        out["verdict"] = (verdict.strong, verdict.message)
    else:  # the check before verdicts: an answer passed when every finding was ok
        out["verdict"] = (check.passed, "passed" if check.passed else "not passed")
    return out


def _label(row: dict, code: str) -> bool | None:
    value = row.get("labels", {}).get(code)
    if code == "verdict":
        return None if value is None else value == "strong"
    return value if isinstance(value, bool) else None


def kappa(tp: int, fp: int, fn: int, tn: int) -> float:
    """Cohen's kappa of two yes/no raters (1.0 when both always give the same single answer)."""
    n = tp + fp + fn + tn
    if n == 0:
        return float("nan")
    observed = (tp + tn) / n
    yes = ((tp + fp) / n) * ((tp + fn) / n)
    no = ((fn + tn) / n) * ((fp + tn) / n)
    expected = yes + no
    if expected >= 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1 - expected)


def evaluate(rows: list[dict]) -> dict:
    """Per-code figures and the disagreements for a list of labelled answers."""
    from workshop.check import check_answer

    counts = {code: [0, 0, 0, 0] for code in CODES}  # tp, fp, fn, tn
    disagreements = []
    for row in rows:
        check = check_answer(row.get("text", ""), row.get("goals") or [])
        said = predictions(check)
        for code in CODES:
            label = _label(row, code)
            if label is None or code not in said:
                continue
            got, message = said[code]
            cell = (0 if label else 1) if got else (2 if label else 3)
            counts[code][cell] += 1
            if got != label:
                disagreements.append({"id": row.get("id"), "code": code, "label": label,
                                      "check": got, "message": message})
    figures = {}
    for code, (tp, fp, fn, tn) in counts.items():
        n = tp + fp + fn + tn
        figures[code] = {
            "n": n,
            "agreement": (tp + tn) / n if n else float("nan"),
            "precision": tp / (tp + fp) if tp + fp else float("nan"),
            "recall": tp / (tp + fn) if tp + fn else float("nan"),
            "kappa": kappa(tp, fp, fn, tn),
        }
    return {"answers": len(rows), "figures": figures, "disagreements": disagreements}


def meets_targets(figures: dict) -> bool:
    return all(f["agreement"] >= TARGET_AGREEMENT and f["kappa"] >= TARGET_KAPPA
               for f in figures.values() if f["n"])


def _pct(x: float) -> str:
    return "  -  " if x != x else f"{x * 100:5.1f}%"


def table(title: str, result: dict) -> str:
    lines = [f"{title}: {result['answers']} answers",
             f"{'code':<16}{'n':>4} {'agree':>7} {'prec':>7} {'recall':>7} {'kappa':>6}"]
    for code, f in result["figures"].items():
        k = "  -" if f["kappa"] != f["kappa"] else f"{f['kappa']:6.2f}"
        lines.append(f"{code:<16}{f['n']:>4} {_pct(f['agreement']):>7} {_pct(f['precision']):>7}"
                     f" {_pct(f['recall']):>7} {k:>6}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--holdout", type=Path, default=HOLDOUT)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.dev.exists():
        print(f"No development corpus at {args.dev}.", file=sys.stderr)
        return 2
    dev = evaluate(read_corpus(args.dev))
    holdout = evaluate(read_corpus(args.holdout)) if args.holdout.exists() else None
    if args.json:
        out = {"dev": dev}
        if holdout is not None:
            out["holdout"] = {"answers": holdout["answers"], "figures": holdout["figures"],
                              "disagreements": [{"id": d["id"], "code": d["code"]}
                                                for d in holdout["disagreements"]]}
        print(json.dumps(out, indent=2))
        return 0
    print(table("Development set (tests/eval/answers_dev.jsonl)", dev))
    print("targets: agreement >= 95% and kappa >= 0.80 on every code:",
          "met" if meets_targets(dev["figures"]) else "NOT met")
    if dev["disagreements"]:
        print(f"\nDisagreements on the development set ({len(dev['disagreements'])}):")
        for d in dev["disagreements"]:
            said = "yes" if d["check"] else "no"
            print(f"  {d['id']} {d['code']}: label {'yes' if d['label'] else 'no'}, check "
                  f"{said}: {d['message']}")
    if holdout is not None:
        print()
        print(table("Held-out set (tests/eval/answers_holdout.jsonl)", holdout))
        ids = [f"{d['id']}:{d['code']}" for d in holdout["disagreements"]]
        print(f"held-out disagreements ({len(ids)}): " + (", ".join(ids) or "none"))
    else:
        print(f"\n(no held-out set at {args.holdout})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
