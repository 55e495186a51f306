"""How many of the coach's questions fall in the classes of wrong question a blind participant
session found (issue 20, round 25), over the dev workspaces (``tests/eval/drafts_dev``, the
draft the kit would make for each, its chosen role): a table of counts, one row a class.

1. later use: "Have you used X beyond this job yet?" of a job held now with no later job;
2. own part: "your own part in 'we'" of a result with no team words ("we", "our", "my",
   "team", "crew", "class"), or an own-part question of a result that says "I" (not "my");
3. pitfall word: a reason flagged as a pitfall whose flagged words the sentence uses in
   another sense (``reason_found.meant_pitfalls`` drops them all); "-" on a checkout that has
   no such reading (compare the reason questions themselves there);
4. thin reason, no follow-up: a typed reason of three meaningful words or fewer that the draft
   says, with no question on it;
5. one sentence: a question asking for a note "as one (whole) sentence" or "as a sentence".

Run from a checkout: ``python benchmarks/coach_classes.py`` (dev only: it never reads a
held-out folder).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop.answer_choice import answer_role_id  # noqa: E402
from workshop.check import pitfall_phrases  # noqa: E402
from workshop.draft import coach_questions  # noqa: E402
from workshop.personal_value import role_value  # noqa: E402
from workshop.store import read_workspace  # noqa: E402
from workshop.wording import content_stems  # noqa: E402

DEV = ROOT / "tests" / "eval" / "drafts_dev"
_TEAM = re.compile(r"\b(?:we|we've|we'd|we're|us|our|ours|my|team|crew|class|together|and I)\b",
                   re.I)
_SPEAKER = re.compile(r"\b(?:I|I'm|I've|I'd|me|myself)\b")

CLASSES = ("1 later use of a job held now", "2 own part with no 'we' / says 'I'",
           "3 pitfall on a word in another sense", "4 thin reason, no follow-up",
           "5 asked as one sentence")


def _later_job(ws, role) -> bool:
    return any(r.id != role.id and (r.start or "") > (role.start or "") for r in ws.roles)


def _other_sense(role) -> int | str:
    try:
        from workshop.reason_found import meant_pitfalls
    except ImportError:
        return "-"
    parts = re.split(r"(?<=[.!?])\s+", " ".join(role.personal_value.split()))
    found = [(p, pitfall_phrases(p)) for p in parts if pitfall_phrases(p)]
    return int(bool(found) and all(not meant_pitfalls(f, p) for p, f in found))


def count(ws) -> dict[str, int | str]:
    role_id = answer_role_id(ws)
    role = ws.role(role_id)
    qs = coach_questions(ws, role_id)
    out: dict[str, int | str] = dict.fromkeys(CLASSES, 0)
    out["questions"] = len(qs)
    for q in qs:
        if q.code == "used_later" and "beyond this job yet" in q.text and role.current and \
                not _later_job(ws, role):
            out[CLASSES[0]] += 1
        if q.code == "my_part" and q.result is not None:
            statement = role.results[q.result].statement
            if ("'we'" in q.text and not _TEAM.search(statement)) or \
                    (not _TEAM.search(statement) and _SPEAKER.search(statement)):
                out[CLASSES[1]] += 1
        if re.search(r"one (?:whole )?sentence|Say it as a sentence", q.text):
            out[CLASSES[4]] += 1
    value = [q for q in qs if q.code == "personal_value"]
    sense = _other_sense(role)
    out[CLASSES[2]] = sense if sense == "-" or not value or "pitfall" not in value[0].text \
        else sense
    typed = " ".join(role.personal_value.split())
    if typed and len(content_stems(typed)) <= 3 and role_value(role).sentence and not value:
        out[CLASSES[3]] += 1
    return out


def main() -> None:
    rows = {path.name: count(read_workspace(path)) for path in sorted(DEV.glob("*.json"))}
    total: dict[str, int | str] = {}
    for row in rows.values():
        for key, n in row.items():
            total[key] = "-" if n == "-" else int(total.get(key, 0)) + int(n)
    print(f"dev workspaces: {len(rows)}, coach's questions: {total['questions']}")
    for name in CLASSES:
        hits = [f for f, row in rows.items() if row[name] not in (0, "-")]
        print(f"{name:40} {total[name]!s:>4}  {' '.join(h.removesuffix('.json') for h in hits)}")


if __name__ == "__main__":
    main()
