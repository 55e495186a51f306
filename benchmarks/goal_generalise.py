"""Does the goals match generalise? Two figures on ``make eval``'s studied sets only (the
development set and the studied probe sets, never a held-out one):

    .venv/bin/python benchmarks/goal_generalise.py

1. Where its disagreements come from: a false match whose answer the labels give no growth and
   no result (a claim the check accepted that is none), or one whose claim is real (the goal
   read in another sense); a miss where the check accepted no claim (growth, result or later
   use), or one where it did and no goal was read in it (a gap of meaning).
2. How much each set's matches rest on meaning-table entries (``goal_synonyms``,
   ``goal_kinds``, ``goal_outcomes`` of ``data/phrases.json``, the families and categories of
   ``data/goal_meanings.json``) that fire on no other studied set: the agreement each set would
   have without them estimates what the check does on a set no one has fitted it to. An entry
   that fires on one set only was, most likely, written for it.

The entry a match rests on is read by a copy of ``check_goals._met``'s order of tests (the
first that holds), so it is an estimate: a match that other words would also have made counts
as resting on the entry.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval import DEV, DEVELOPMENT, PROBES, read_corpus  # noqa: E402

from workshop import check_goals, goal_meanings  # noqa: E402
from workshop.check import check_answer  # noqa: E402

_FIRED: set[tuple[str, str]] = set()


def _met(rules, words, bases, stems, result, verbs=(), generic=frozenset()) -> bool:
    """``check_goals._met``, noting the table entry a match rests on."""
    for w in words:
        if w not in generic and (w in bases or check_goals._kin(w, stems)
                                 or check_goals.root(w, rules.grammar.lexicon.base) in bases):
            return True
        near = rules.synonyms.get(w, frozenset()) | {w}
        if w not in generic and near & bases:
            _FIRED.add(("synonyms", min(near)))
            return True
        for x in near:
            if rules.kinds.get(x, frozenset()) & bases:
                _FIRED.add(("kinds", x))
                return True
            if result and rules.outcomes.get(x, frozenset()) & bases:
                _FIRED.add(("outcomes", x))
                return True
    for v in verbs:
        if result and rules.outcomes.get(v, frozenset()) & bases:
            _FIRED.add(("outcomes", v))
            return True
    return False


def _noting(method, kind: str):
    def noted(self, first, *args):
        found = method(self, first, *args)
        if found:
            _FIRED.add((kind, getattr(first, "name", None) or ",".join(sorted(first))))
        return found
    return noted


def _studied() -> dict[str, list[dict]]:
    sets = {"dev": read_corpus(DEV)}
    for name, path, _title in PROBES:
        if name in DEVELOPMENT and path.is_file():
            sets[name] = read_corpus(path)
    return {k: [r for r in rows if r.get("goals") and isinstance(
        r.get("labels", {}).get("goals_match"), bool)] for k, rows in sets.items()}


def main() -> int:
    check_goals._met = _met
    meanings = goal_meanings.Meanings
    meanings.says = _noting(meanings.says, "families")
    meanings.names = _noting(meanings.names, "families")
    meanings.kinds_named = _noting(meanings.kinds_named, "categories")
    records, kinds = [], collections.Counter()
    for name, rows in _studied().items():
        for row in rows:
            _FIRED.clear()
            found = {f.code: f for f in check_answer(row["text"], row["goals"]).findings}
            label, said = row["labels"]["goals_match"], found["goals_match"].ok
            records.append((name, label, said, set(_FIRED)))
            if label == said:
                continue
            labels = row["labels"]
            if said:
                real = labels.get("skill_growth") or labels.get("company_result")
                kinds["false match, claim real (goal read in another sense)" if real else
                      "false match, no claim in the labels (accepted a claim that is none)"] += 1
            else:
                accepted = any(found[c].ok for c in ("skill_growth", "company_result",
                                                     "used_later"))
                kinds["miss, claim accepted (a gap of meaning)" if accepted else
                      "miss, no claim accepted"] += 1
    print("Disagreements on goals_match, studied sets:")
    for kind, n in sorted(kinds.items()):
        print(f"  {n:3d}  {kind}")
    sets_of = collections.defaultdict(set)
    for name, _label, _said, fired in records:
        for entry in fired:
            sets_of[entry].add(name)
    alone = sum(len(v) == 1 for v in sets_of.values())
    print(f"\nTable entries that fire: {len(sets_of)}; on one studied set only: {alone}")
    print(f"{'set':10s} {'n':>4s} {'agree':>7s} {'resting on its own entries':>27s} "
          f"{'agree without':>14s}")
    for name in dict.fromkeys(r[0] for r in records):
        rows = [r for r in records if r[0] == name]
        agree = sum(label == said for _n, label, said, _f in rows)
        own = sum(1 for _n, label, said, fired in rows
                  if label and said and fired and all(sets_of[e] == {name} for e in fired))
        print(f"{name:10s} {len(rows):4d} {agree / len(rows):7.1%} {own:27d} "
              f"{(agree - own) / len(rows):14.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
