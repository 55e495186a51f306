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

A second table (issue 20, round 29) reads every role of every dev workspace and of
``tests/eval/questions_own`` (workspaces written to hold these classes, in other words), by its
own reading, apart from ``workshop.question_fit``:

6. number of an outcome: "by how much, from what to what" of a result with no figure that is a
   pass, an award, a rating or a yes/no outcome;
7. question of a situation: "which skill made it possible?", a number or an own-part question
   of an entry that tells a problem or a situation, not what changed;
8. link options: a "which skill?" question whose options name one skill twice, or leave out a
   skill of another job that the result's sentence names or whose later-use note tells it;
9. later use named or planned: "where did you use it later?" of a skill whose note names a
   later job (its employer's name, "now", "at my current job") or that a later job lists again
   (asked without naming it), or a plan ("I want to use it ...") asked as a use;
10. skill typed twice: the same skill's question asked twice in one role;
11. size said in words: "by how much" of a result that says it ("by half", "a third",
    "doubled").

Run from a checkout: ``python benchmarks/coach_classes.py`` (dev and own workspaces only: it
never reads a held-out folder).
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
OWN = ROOT / "tests" / "eval" / "questions_own"
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


FIT = ("6 number of a pass/award/rating", "7 question of a situation", "8 link options",
       "9 later use named or planned", "10 skill typed twice", "11 size said in words")
_WORDS_SIZE = re.compile(r"\b(?:half|third|quarter|doubled|tripled|halved|twice)\b", re.I)
_OUTCOME = re.compile(r"\b(?:passed|passes|certified|certification|accredited|award|awarded|of the "
                      r"(?:year|month)|top rated|rated|rating|stars?|best|kept the|won the|nobody|"
                      r"no one|brought all|on time|on schedule)\b", re.I)
_SIZE = re.compile(r"\d|\b(?:by|from|more|fewer|up|down|half|third|twice|doubled)\b", re.I)
_SITUATION = re.compile(r"\b(?:was|were|is|are)\s+(?:always\s+|constantly\s+)?(?:short|under"
                        r"staffed|losing|rising|sky high|behind|late|a mess)|\bthere\s+(?:was|were)"
                        r"\b|\bwhen I (?:joined|started)\b", re.I)
_DONE = re.compile(r"\b(?:cut|reduced|fixed|cleared|improved|so|until|now|brought|rebuilt|set up|"
                   r"went down|fell|dropped)\b", re.I)
_NOW = re.compile(r"\b(?:now|at my current|in my current|these days)\b", re.I)
_PLAN = re.compile(r"\b(?:want to|hope to|hoping|planning|plan to|would like|'d like|someday|"
                   r"one day|would love)\b", re.I)
_WORD = re.compile(r"[a-z]{4,}")
_PLAIN = ("company", "services", "group", "limited", "centre", "center", "clients", "various")


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _PLAIN}


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _later_roles(ws, role) -> list:
    return [r for r in ws.roles if r.id != role.id and (r.start or "") > (role.start or "")]


def _link_fault(ws, role, q) -> int:
    names = [o for o in q.options if not o.startswith(("Both of", "All of", "None of"))]
    if len({_key(n) for n in names}) < len(names):
        return 1
    statement = role.results[q.result].statement
    offered = {_key(n) for n in names}
    for other in ws.roles:
        for s in other.skills if other.id != role.id else ():
            said = _words(s.name) and _words(s.name) <= _words(statement)
            note = _words(statement) and len(_words(statement) & _words(s.used_later)) >= 2
            if (said or note) and _key(s.name) not in offered:
                return 1
    return 0


def _later_fault(ws, role, q) -> int:
    skill = role.skills[q.skill]
    note = skill.used_later
    if _PLAN.search(note):
        return int("plan" not in q.text)
    later = _later_roles(ws, role)
    if not later or role.current:
        return 0
    asks_where = bool(re.search(r"\b(?:Where did you use|Have you used|Where else)", q.text))
    named = asks_where and (any(_words(note) & _words(f"{r.organization} {r.title}")
                                for r in later) or bool(_NOW.search(note)))
    listed = [r for r in later if any(_key(s.name) == _key(skill.name) for s in r.skills)]
    return int(named or bool(listed) and not any(r.title in q.text for r in listed))


def fit_count(ws, role) -> dict[str, int]:
    """The second table's classes in the coach's questions of one role."""
    from workshop.draft import coach_questions  # noqa: PLC0415
    qs = coach_questions(ws, role.id)
    out = dict.fromkeys(FIT, 0)
    out["questions"] = len(qs)
    seen: set[tuple[str, str]] = set()
    for q in qs:
        statement = role.results[q.result].statement if q.result is not None else ""
        if q.code == "number" and _OUTCOME.search(statement) and not _SIZE.search(statement):
            out[FIT[0]] += 1
        if q.code in ("number", "enabled_by", "my_part") and _SITUATION.search(statement) and \
                not _DONE.search(statement):
            out[FIT[1]] += 1
        if q.code == "enabled_by" and q.options:
            out[FIT[2]] += _link_fault(ws, role, q)
        if q.code == "used_later" and q.skill is not None:
            out[FIT[3]] += _later_fault(ws, role, q)
        if q.code == "number" and "by how much" in q.text and _WORDS_SIZE.search(statement):
            out[FIT[5]] += 1
        if q.skill is not None:
            key = (q.code, _key(role.skills[q.skill].name))
            out[FIT[4]] += key in seen
            seen.add(key)
    return out


def fit_table() -> None:
    """Print the second table: each class's count over every role, dev and own, with the
    workspaces it falls in."""
    total: dict[str, int] = {}
    hits: dict[str, list[str]] = {name: [] for name in FIT}
    for folder in (DEV, OWN):
        for path in sorted(folder.glob("*.json")):
            ws = read_workspace(path)
            for role in ws.roles:
                row = fit_count(ws, role)
                for key, n in row.items():
                    total[key] = total.get(key, 0) + n
                    if n and key in hits:
                        hits[key].append(f"{path.stem}/{role.id}")
    print(f"\nevery role, dev + own: coach's questions: {total['questions']}")
    for name in FIT:
        print(f"{name:40} {total[name]:>4}  {' '.join(hits[name])}")


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
    fit_table()


if __name__ == "__main__":
    main()
