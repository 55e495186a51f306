"""Write the facilitator guide, docs/facilitator_guide.md, with every figure taken from the code.

    .venv/bin/python tools/build_guide.py            # write it
    .venv/bin/python tools/build_guide.py --check    # exit 1 if the committed guide is stale

The guide's prose is `tools/facilitator_guide.in.md`, with `{{name}}` where a figure or a
generated block goes; the episodes (minutes, questions, objectives, key points) are data here.
Figures come from the modules that own them (the scoring weights, the answer check's pace and
limits, the class dashboard's constants, the sample personas), and the model answer is the
kit's own draft for a sample persona, so the guide cannot drift from the kit.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEMPLATE = ROOT / "tools" / "facilitator_guide.in.md"
GUIDE = ROOT / "docs" / "facilitator_guide.md"

MODEL_PERSONA = "enjoyed_trap"   # the model answer, and the demo shown in the opening
SECOND_PERSONA = "career_changer"

# One episode per notebook, with the opening and the close around them. Minutes are
# (teaching, exercises) for the 60-minute and the 90-minute schedule.
EPISODES = [
    {
        "title": "Opening: the trap", "notebook": None,
        "minutes": {60: (3, 2), 90: (5, 5)},
        "questions": ["What is the interviewer really asking?"],
        "objectives": ["Tell the enjoyment answer apart from the value answer.",
                       "Name the two pillars of a strong answer: skill growth and results "
                       "for the organisation."],
        "talk": [
            "\"This question is friendly on the surface. It invites you to talk about what "
            "*you* got. The interviewer is listening for what you can now do for *them*.\"",
            "\"Two things make a strong answer: how the job grew your skills, and what your "
            "work did for the organisation. We will rate every job you've had on both.\"",
            "\"Enjoyment matters for your life, not for this answer. We'll record it anyway, so "
            "you can see whether your favourite job is really your best story.\"",
            "Demo (2 minutes, the demo app on **{demo}**): point at the ranking. The favourite "
            "job is near the bottom; a job liked less is the strongest answer, because it grew "
            "skills *and* shows a result with a number. Then scroll to the drafted answer and "
            "its check.",
        ],
        "exercises": ["*\"Think of the job you'd instinctively talk about. Keep it in mind; "
                      "we'll see where it lands.\"* (90 minutes: collect two answers from the "
                      "room first.)"],
        "keypoints": ["The question is about value for the next employer, not enjoyment.",
                      "A strong answer stands on skill growth *and* results."],
    },
    {
        "title": "00 start here", "notebook": "00_start_here",
        "minutes": {60: (2, 3), 90: (2, 5)},
        "questions": ["Which job am I answering for?"],
        "objectives": ["Start a workspace (fresh, from a saved file, or a sample persona).",
                       "Name the target job and paste the hiring manager's goals from a real "
                       "job ad."],
        "talk": [
            "\"The goals are what your answer must connect to. Copy them from the job ad: the "
            "verbs and outcomes, not the list of perks.\"",
            "A sample persona is a full way through the method for anyone who can't or won't "
            "use their own history.",
        ],
        "exercises": ["*\"Read your job ad: what problem is this manager trying to solve by "
                      "hiring someone?\"*"],
        "keypoints": ["The workspace is saved after every change; notebook 00 says where.",
                      "The hiring manager's goals steer relevance and the goals the answer "
                      "check looks for evidence of."],
    },
    {
        "title": "01 list your jobs", "notebook": "01_list_your_jobs",
        "minutes": {60: (2, 8), 90: (3, 10)},
        "questions": ["Which of my roles could count?"],
        "objectives": ["List every role that could be the answer, paid or not.",
                       "Import roles from LinkedIn's `Positions.csv` or a JSON Resume where "
                       "available."],
        "talk": [
            "\"List every role that could count: part-time jobs, internships, volunteering, "
            "freelance work, a big project. Don't judge yet.\"",
            "\"One line each on what the job was. Dates as 2019 or 2019-11; leave the end "
            "empty for your current job.\"",
            "Imported roles are added to what is already there; the importer says what it "
            "read and what it skipped.",
        ],
        "exercises": ["*\"Which role on your list would you never have thought of talking "
                      "about?\"*"],
        "keypoints": ["More roles listed means a fairer comparison.",
                      "Nothing is rated yet: listing is not judging."],
    },
    {
        "title": "02 rate skill growth (pillar 1)", "notebook": "02_rate_skill_growth",
        "minutes": {60: (3, 7), 90: (4, 11)},
        "questions": ["Which skills did each job grow, and how far?"],
        "objectives": ["Name skills with a level before and after on the {levels}-step scale.",
                       "Say where a grown skill was used later, and what it produced.",
                       "Rate skill growth from 1 to 5 against the rubric beside the rating."],
        "talk": [
            "\"For each role, name the skills it built and move them on the scale: {level_names}. "
            "Be honest: two steps is a real story.\"",
            "\"Then the best evidence of all: where did you *use* that skill later, and what did "
            "it produce?\"",
            "\"Read the rubric beside the rating before you choose a number.\"",
        ],
        "exercises": ["*\"Which skill do you use today that you didn't have before that job?\"*",
                      "Pair check (90 minutes, 3 minutes): each partner asks *\"where did you "
                      "use that later?\"*"],
        "keypoints": ["Growth is a move between levels, not a list of duties.",
                      "A skill used later is the strongest evidence of growth."],
    },
    {
        "title": "03 rate company results (pillar 2)", "notebook": "03_rate_company_results",
        "minutes": {60: (3, 7), 90: (4, 11)},
        "questions": ["What did my work change for the organisation?"],
        "objectives": ["Write results that start \"I helped the company to ...\" and say what "
                       "changed, with a number where there is one.",
                       "Say which skill made each result possible.",
                       "Rate company results and relevance to the hiring manager's goals."],
        "talk": [
            "\"Start each result with *I helped the company to ...* (or the team, the "
            "department, our customers) and finish it with what changed.\"",
            "\"A rough honest number beats no number: about 15%, two hours a week, 40 customers "
            "a day.\"",
            "\"Relevance is about *this* hiring manager's goals, the ones you pasted in step "
            "00.\"",
        ],
        "exercises": ["*\"How would your old manager know you did a good job? What did they "
                      "measure?\"*",
                      "Pair check (90 minutes, 3 minutes): *\"how would you know it worked? "
                      "what changed?\"*"],
        "keypoints": ["A duty is not a result; a change is.",
                      "A number makes a result memorable, even an estimate."],
    },
    {
        "title": "04 find your strongest role", "notebook": "04_find_your_strongest_role",
        "minutes": {60: (3, 4), 90: (4, 6)},
        "questions": ["Which job makes my strongest answer, and why?"],
        "objectives": ["Read the ranking and the explanation of the winner and the runner-up.",
                       "Notice whether the job enjoyed most is the strongest answer.",
                       "Test the choice by moving the weight sliders."],
        "talk": [
            "\"The score rewards being solid on *both* pillars ({w_pillars} of the 100 points). "
            "A 4 and a 4 beats a 5 and a 1.\"",
            "\"Evidence adds points: relevance to the goals ({w_relevance}), a result with a "
            "number ({w_quantified}) and a skill you used later ({w_used_later}).\"",
            "\"Enjoyment is shown beside the score but never counted.\"",
            "\"Move the weight sliders: if your top role stays on top, it's a robust choice.\"",
        ],
        "exercises": ["*\"Whose top role surprised you? Why did it win?\"*",
                      "*\"Whose favourite job is not at the top? What does the runner-up "
                      "lack?\"*",
                      "*\"If your top two are close, which one fits this hiring manager's goals "
                      "better?\"*"],
        "keypoints": ["Both pillars together make the answer; one alone is thin.",
                      "The ranking is a prompt for judgement, not a verdict."],
    },
    {
        "title": "05 draft your answer", "notebook": "05_draft_your_answer",
        "minutes": {60: (3, 7), 90: (4, 11)},
        "questions": ["How do I say it in {min_seconds} seconds to {max_minutes} minutes?"],
        "objectives": ["Draft an answer from the entries and make it sound like oneself.",
                       "Edit it until the check finds both pillars and no pitfall.",
                       "Say it aloud within {min_seconds} to {max_seconds} seconds."],
        "talk": [
            "\"The draft is built from your own entries. It is a starting point: make it sound "
            "like you.\"",
            "\"Aim for {min_seconds} seconds to {max_minutes} minutes spoken, roughly "
            "{min_words} to {max_words} words.\"",
            "\"The check follows your edits: a skill that grew, a result for the organisation, a "
            "number, a skill used later, a link to the goals, no pitfalls, and the length.\"",
            "\"Say it aloud. Reading and saying are different.\"",
        ],
        "exercises": ["Pair practice: one speaks (a {max_minutes}-minute timer), the other "
                      "listens for three things: *which skill grew, what result, which "
                      "number*. Then swap."],
        "keypoints": ["The answer is the participant's; the draft only starts it.",
                      "Spoken length is part of the answer."],
    },
    {
        "title": "Close: share and take away", "notebook": None,
        "minutes": {60: (1, 2), 90: (2, 3)},
        "questions": ["What do I take home, and what do I share?"],
        "objectives": ["Download the workspace file and the answer card.",
                       "Choose whether to share the anonymised export with the class."],
        "talk": [
            "Invite, never require, **Share with the class (anonymised)**: the file holds only "
            "ratings, levels, counts and check results.",
            "90 minutes: open the class dashboard on the screen and read out two or three "
            "figures (see [Reading the class dashboard](#reading-the-class-dashboard)).",
            "Homework: rehearse the answer three times out loud; adapt the last sentence to each "
            "new job ad.",
        ],
        "exercises": [],
        "keypoints": ["The workspace file carries everything to the next session.",
                      "Sharing is a choice, and it carries no names or text."],
    },
]


def figures() -> dict[str, str]:
    """Every figure the guide states, from the module that owns it."""
    from workshop import skills
    from workshop.charts import FONT
    from workshop.check import MAX_SECONDS, MIN_SECONDS, WORDS_PER_MINUTE
    from workshop.classroom.charts import _COLOURS, CHART_FILES
    from workshop.classroom.live import DEFAULT_INTERVAL
    from workshop.classroom.summary import MIN_PARTICIPANTS_PER_SKILL
    from workshop.resources import load_json, persona_label, persona_paths
    from workshop.scoring import DEFAULT_WEIGHTS
    from workshop.store import beside

    def num(x: float) -> str:
        return f"{x:g}"

    personas = {k: persona_label(k, p) for k, p in persona_paths().items()}
    levels = [lv["name"] for lv in load_json("levels.json")["levels"]]
    out = {f"w_{k}": num(v) for k, v in DEFAULT_WEIGHTS.items()}
    out.update({
        "wpm": str(WORDS_PER_MINUTE), "min_seconds": str(MIN_SECONDS),
        "max_seconds": str(MAX_SECONDS), "max_minutes": num(MAX_SECONDS / 60),
        "min_words": str(MIN_SECONDS * WORDS_PER_MINUTE // 60),
        "max_words": str(MAX_SECONDS * WORDS_PER_MINUTE // 60),
        "levels": str(len(levels)), "level_names": ", ".join(levels),
        "skills": str(len(skills.skill_names())), "families": str(len(skills.skill_families())),
        "min_per_skill": str(MIN_PARTICIPANTS_PER_SKILL), "live_interval": num(DEFAULT_INTERVAL),
        "chart_names": ", ".join(f"`{v}`" for v in CHART_FILES.values()),
        "colours": str(len(_COLOURS)), "min_chart_points": num(FONT),
        "new_workspace": beside(Path("my_workspace.json")).name,
        "demo_persona": personas[MODEL_PERSONA],
        "second_persona": personas[SECOND_PERSONA],
        "personas": ", ".join(personas.values()),
    })
    out.update({f"persona_{k}": v for k, v in personas.items()})
    return out


def schedule(values: dict[str, str]) -> str:
    rows = ["| episode | 60 min: teaching | exercises | start | 90 min: teaching | exercises "
            "| start |", "|---|---|---|---|---|---|---|"]
    clock = {60: 0, 90: 0}
    for ep in EPISODES:
        cells = []
        for plan in (60, 90):
            teach, ex = ep["minutes"][plan]
            cells += [str(teach), str(ex), f"{clock[plan] // 60}:{clock[plan] % 60:02d}"]
            clock[plan] += teach + ex
        rows.append(f"| {ep['title']} | " + " | ".join(cells) + " |")
    for plan in (60, 90):
        assert clock[plan] == plan, f"the {plan}-minute schedule adds up to {clock[plan]}"
    rows.append(f"| **total** | | | {clock[60]} min | | | {clock[90]} min |")
    return "\n".join(rows)


def episodes(values: dict[str, str]) -> str:
    out = []
    for ep in EPISODES:
        fill = lambda text: text.format(demo=values["demo_persona"], **values)  # noqa: E731
        m60, m90 = ep["minutes"][60], ep["minutes"][90]
        where = f" (`notebooks/{ep['notebook']}.ipynb`)" if ep["notebook"] else ""
        out.append(f"### {ep['title']}{where}\n")
        out.append(f"> Teaching {m60[0]} min, exercises {m60[1]} min in the 60-minute schedule;"
                   f" teaching {m90[0]} min, exercises {m90[1]} min in the 90-minute one.\n")
        out.append("**Questions**\n")
        out += [f"- {fill(q)}" for q in ep["questions"]]
        out.append("\n**Objectives**: by the end of this episode, participants can\n")
        out += [f"- {fill(o)}" for o in ep["objectives"]]
        out.append("\n**Talking points**\n")
        out += [f"- {fill(t)}" for t in ep["talk"]]
        if ep["exercises"]:
            out.append("\n**Exercises**\n")
            out += [f"- {fill(x)}" for x in ep["exercises"]]
        out.append("\n**Key points**\n")
        out += [f"- {fill(k)}" for k in ep["keypoints"]]
        out.append("")
    return "\n".join(out).rstrip()


def model_answer(values: dict[str, str]) -> dict[str, str]:
    """The kit's draft for the model persona, with its check."""
    from workshop.answer_choice import answer_for
    from workshop.check import check_answer
    from workshop.resources import persona_paths
    from workshop.store import read_workspace

    ws = read_workspace(persona_paths()[MODEL_PERSONA])
    choice = answer_for(ws)
    check = check_answer(choice.text, ws.target_role.goals)
    quoted = "\n".join(f"> {line}" if line else ">" for line in choice.text.splitlines())
    return {"model_answer": "*An example:*\n\n" + quoted,
            "model_persona": values["demo_persona"], "model_target": ws.target_role.title,
            "model_verdict": check.verdict.message if check.verdict else "",
            "model_words": str(check.words), "model_seconds": str(check.seconds)}


def build() -> str:
    values = figures()
    values["schedule"] = schedule(values)
    values["episodes"] = episodes(values)
    values.update(model_answer(values))
    text = TEMPLATE.read_text(encoding="utf-8")

    def put(match: re.Match) -> str:
        name = match.group(1)
        if name not in values:
            raise KeyError(f"{TEMPLATE.name}: no figure named {{{{{name}}}}}")
        return values[name]

    return re.sub(r"\{\{([a-z0-9_]+)\}\}", put, text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args()
    text = build()
    if args.check:
        same = GUIDE.is_file() and GUIDE.read_text(encoding="utf-8") == text
        print("docs/facilitator_guide.md is " + ("up to date." if same else
                                                "stale: run tools/build_guide.py"))
        return 0 if same else 1
    GUIDE.write_text(text, encoding="utf-8")
    print(f"wrote {GUIDE.relative_to(ROOT)} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
