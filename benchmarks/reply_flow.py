"""How many of the coach's questions a participant answers in 05 before the draft holds their
own reason and their growth in their own words (``make eval``).

For each set of workspaces whose folder holds ``replies/replies.json`` (replies written blind
to the coach's questions, by file and question key), a participant is played through 05: the
draft is made, the first open question is answered with the reply written for it (a question
with no reply, or a reply the kit refuses, is passed over: it still counts as met), the draft
follows, and so on, until the 90-second draft holds

- the reason: a sentence of the role's own reason in the draft's first three sentences
  (``draft_eval._value_said``), and
- the growth in the participant's words: three meaningful words (all, when fewer) of a
  sentence of a skill's "how far" note, or no question on it left (the draft tells the
  growth its entries hold).

Two orders are played: the kit's (the draft's questions as the draft lists them, every one
open) and the studio's (``coach.studio_order``: the reason, the "how far", the headline
result's part and number first, ``OPEN_AT_ONCE`` open at a time). Printed per set, totals
only: the mean number of questions met before the draft holds the reason, the growth, and
both (in brackets: the workspaces whose replies get there), and, after all the replies, the
drafts that say the value, those whose reason is cut, and those the check calls strong
(``draft_eval``'s figures of the "+replies" columns). Held-out sets print totals only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from draft_eval import SETS, _value_said, measure, summarise  # noqa: E402

from workshop.answer_choice import answer_role_id  # noqa: E402
from workshop.coach import studio_order  # noqa: E402
from workshop.draft import apply_reply, offered_draft, plan_draft  # noqa: E402
from workshop.errors import ValidationError  # noqa: E402
from workshop.model import Workspace  # noqa: E402
from workshop.store import read_workspace  # noqa: E402
from workshop.wording import content_stems  # noqa: E402

_MOST = 20  # no participant meets more questions than this


def growth_in_own_words(text: str, ws: Workspace, role_id: str) -> bool:
    """True when the draft says a sentence of a skill's "how far" note: three of its
    meaningful words (all, when fewer)."""
    said = content_stems(text)
    for skill in ws.role(role_id).skills:
        for part in re.split(r"(?<=[.!?;])\s+", " ".join(skill.how_far.split())):
            stems = content_stems(part)
            if stems and len(stems & said) >= min(3, len(stems)):
                return True
    return False


def _holds(ws: Workspace, role_id: str, questions) -> tuple[bool, bool]:
    """(the draft says the reason, the draft says the growth in the participant's words);
    ``questions``: the coach's questions of the role's 90-second plan."""
    draft = offered_draft(ws, role_id, 90)
    asks_growth = any(q.code == "how_far" for q in questions)
    return _value_said(draft.text, ws, role_id), (
        growth_in_own_words(draft.text, ws, role_id) or not asks_growth)


def questions_met(ws: Workspace, role_id: str, replies: dict[str, str],
                  studio: bool) -> dict[str, int | None]:
    """The questions a participant meets before the draft holds the reason, the growth, and
    both, in the kit's order or the studio's (``studio``); None where all the replies do not
    get there."""
    met: set[str] = set()
    at: dict[str, int | None] = {"reason": None, "growth": None, "both": None}
    while len(met) < _MOST:
        questions = plan_draft(ws, role_id, 90).questions  # once per state of the workspace
        reason, growth = _holds(ws, role_id, questions)
        for key, held in (("reason", reason), ("growth", growth), ("both", reason and growth)):
            if held and at[key] is None:
                at[key] = len(met)
        if at["both"] is not None:
            break
        asked = [q for q in questions if not q.where and q.key not in met]
        if not asked:
            break
        question = (studio_order(asked) if studio else asked)[0]
        met.add(question.key)
        reply = (replies.get(question.key) or "").strip()
        if reply:
            try:
                ws = apply_reply(ws, role_id, question, reply)
            except ValidationError:
                pass
    return at


def flow(folder: Path, replies: dict[str, dict[str, str]]) -> dict:
    runs: dict[str, list[dict]] = {"kit": [], "studio": []}
    for path in sorted(folder.glob("*.json")):
        ws = read_workspace(path)
        role_id = answer_role_id(ws)
        if role_id is None:
            continue
        for order in runs:
            runs[order].append(questions_met(ws, role_id, replies.get(path.name, {}),
                                             order == "studio"))
    out = {}
    for key in ("reason", "growth", "both"):
        for order, found in runs.items():
            got = [r[key] for r in found if r[key] is not None]
            mean = round(sum(got) / len(got), 1) if got else "-"
            out[f"to {key} ({order})"] = f"{mean} ({len(got)}/{len(found)})"
    return out


def main() -> int:
    table: dict[str, dict] = {}
    for name, folder in SETS.items():
        answers = folder / "replies" / "replies.json"
        if not answers.is_file():
            continue
        replies = json.loads(answers.read_text(encoding="utf-8"))
        figures = flow(folder, replies)
        after = summarise([row for f in sorted(folder.glob("*.json"))
                           for row in measure(f, replies.get(f.name, {}))])
        for key in ("value said", "reason cut", "strong"):
            figures[f"+replies {key}"] = after[key]
        table[name] = figures
    print("The coach's questions met in 05 before the draft holds the participant's reason and "
          "growth in their words")
    keys = list(next(iter(table.values()))) if table else []
    print(f"  {'figure':<24}" + "".join(f"{name:>16}" for name in table))
    for key in keys:
        print(f"  {key:<24}" + "".join(f"{str(t[key]):>16}" for t in table.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
