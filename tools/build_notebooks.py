"""The one source of the lesson text: writes notebooks 00 to 05 and the facilitator demo.

The notebooks are thin (Markdown that teaches, one call into ``workshop`` per step). They are
committed **without outputs**, so a notebook opened before it is run shows the lesson and a
"run this cell" line, never a sample person's data. Numbers the lesson states (the scoring
points, the speaking time) are read from the code here, so the text can't drift from it.

The same notebooks, run on the persona ``NOTEBOOK_PERSONA`` with the month pinned
(``WORKSHOP_TODAY``), are kept with their outputs under ``tests/golden/``: those are what nbval
compares. ``tests/test_notebook_sources.py`` checks that the committed notebooks equal what this
builder writes and that the golden copies hold the same cells. Run it from the repository root:

    .venv/bin/python tools/build_notebooks.py          # write the notebooks and the golden copies
    .venv/bin/python tools/build_notebooks.py --no-run  # write the notebooks only
"""

from __future__ import annotations

import argparse
import copy
import os
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
GOLDEN = ROOT / "tests" / "golden"
sys.path.insert(0, str(ROOT))

from workshop.check import MAX_SECONDS, MIN_SECONDS, WORDS_PER_MINUTE  # noqa: E402
from workshop.coach import OPEN_AT_ONCE  # noqa: E402
from workshop.practice import TIMERS  # noqa: E402
from workshop.scoring import DEFAULT_WEIGHTS  # noqa: E402


def _root_conftest():
    import importlib.util

    spec = importlib.util.spec_from_file_location("root_conftest", ROOT / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


NOTEBOOK_PERSONA = _root_conftest().NOTEBOOK_PERSONA
NOTEBOOK_TODAY = _root_conftest().NOTEBOOK_TODAY

NEXT = {
    "00": "[Next: 01 list your jobs](01_list_your_jobs.ipynb)",
    "01": "[Next: 02 rate skill growth](02_rate_skill_growth.ipynb)",
    "02": "[Next: 03 rate company results](03_rate_company_results.ipynb)",
    "03": "[Next: 04 find your strongest role](04_find_your_strongest_role.ipynb)",
    "04": "[Next: 05 draft your answer](05_draft_your_answer.ipynb)",
    "05": "You are done: download your answer card and your workspace file above.",
}

RUN = ("▶ **Run the cell below** (click into it, then press **Shift + Enter**) to open your "
       "workspace.")
LIVE = ("▶ **Run the cell below** to see it. It follows your changes by itself, also those made in "
        "another notebook.")
W = {part: f"{points:g}" for part, points in DEFAULT_WEIGHTS.items()}

HOW_TO = ("*How to use this page:* click into a grey code cell and press **Shift + Enter** to run "
          "it (or use **Run ▸ Run All Cells**). After that you only use the boxes and buttons. "
          "Everything you enter is kept. Ratings and your answer in 05 go into your workspace "
          "file as you make them, a form's text when you press its save button, and what you "
          "type before that is kept beside the file, even if the notebook restarts: so you can "
          "stop at any step and come back later.")

PAGES = {
    "00_start_here": [
        ("md", """# The job that gave you the most value

Sooner or later an interviewer asks: **"What job gave you the most personal value?"**

It sounds like an invitation to talk about the job you liked best: the fun projects, the great
colleagues, the promotion it led to. That is the trap. The person hiring is not really asking what
*you* got out of a job. They are asking what that job made you able to do **for them**.

A strong answer stands on two pillars:

1. **Skill growth**: what the job added to your skills, how far it moved them (from beginner
   towards professional), and, best of all, how you used those skills later and what that produced.
2. **Results for the organisation**: a sentence that begins *"I helped the company to ..."* and
   ends with what changed, ideally with a number.

The best role to talk about is the one that did both: it grew your skills *and* you turned that
growth into results. A job strong on only one pillar makes a weak answer.

In this workshop you will compare your own past roles this way, with ratings, a chart and a
drafted answer you can practise out loud."""),
        ("md", """## How the workshop runs

| step | notebook | what you do | about |
|---|---|---|---|
| 0 | 00 start here | start, load your file, or try a sample person; name the job you want | 5 min |
| 1 | 01 list your jobs | list your past roles (or import them) | 10 min |
| 2 | 02 rate skill growth | the skills each role grew, and a rating | 15 min |
| 3 | 03 rate company results | what you helped each organisation achieve, and ratings | 15 min |
| 4 | 04 find your strongest role | the ranking and charts | 10 min |
| 5 | 05 draft your answer | a draft, your edits, a check, your answer card | 15 min |

""" + HOW_TO + """

Your career details stay on this computer or server: the kit sends nothing anywhere.
If you are on **Binder**, the session is temporary and is deleted after about ten idle minutes:
press **Get my workspace file** below for a download link to keep your file, and load it again
next time.

Facilitators: see the [facilitator guide](facilitator/facilitator_guide.md)."""),
        ("md", RUN),
        ("code", "from workshop.widgets import start_panel\n\nstart_panel()"),
        ("md", "## Where you stand\n\nWhat your workspace holds. " + LIVE),
        ("code", "from workshop.notebook import summary\nfrom workshop.widgets import live_view\n\n"
                 "live_view(summary)"),
        ("md", NEXT["00"]),
    ],
    "01_list_your_jobs": [
        ("md", """# 01 List your jobs

List every role that could be worth talking about: full-time and part-time jobs, internships,
volunteering, freelance work, big projects. Don't judge them yet; the comparison comes later, and
the job you would least expect is sometimes the strongest answer.

For each role: the title, the organisation, when it started and ended (as `2019` or `2019-11`;
leave the end empty for the job you have now) and one line on what the job was. If you can, say
in **It gave me** what the job gave you personally, in your own words (what it changed in you,
or why the work mattered to you): your draft in notebook 05 opens with it. Leave out the pay,
the perks and the fun: a hiring manager hears those as the wrong reasons.

**Importing**: you can also upload a JSON Resume file (`resume.json`) or the `Positions.csv` from
LinkedIn's "Get a copy of your data" export. Imported roles are added to the ones you already have.

""" + HOW_TO),
        ("md", RUN),
        ("code", "from workshop.widgets import role_editor\n\nrole_editor()"),
        ("md", NEXT["01"]),
    ],
    "02_rate_skill_growth": [
        ("md", """# 02 Rate skill growth (pillar 1)

An employer buys skills: without them nobody can do the work. So show how a job **grew** yours.

For each role, name the skills it built and how far it moved each one, using five levels:
**novice → advanced beginner → competent → proficient → expert**. Moving a skill two levels is a
real story; moving it from novice to proficient is a strong one.

Then say where you **used that skill later** and what it produced ("planned rosters for 40 staff at
my next job"). Growth that kept paying off is the best evidence you can give.

Finally rate the role's skill growth from 1 to 5; the rubric beside the control tells you what each
number means. You can also say how much you *enjoyed* the job: it is never part of the score, and
in step 04 you will see why that matters."""),
        ("md", RUN),
        ("code", "from workshop.widgets import skill_growth_editor\n\n"
                 "skill_growth_editor()"),
        ("md", "## The skills you listed\n\nEvery skill of every role, as saved. " + LIVE),
        ("code", "from workshop.notebook import skills_table\nfrom workshop.widgets import "
                 "live_view\n\nlive_view(skills_table)"),
        ("md", NEXT["02"]),
    ],
    "03_rate_company_results": [
        ("md", """# 03 Rate company results (pillar 2)

Hiring managers care about you, but mostly they care whether hiring you will help them reach
their goals. So show what your work did **for the organisation**.

Write each result as a sentence that starts **"I helped the company to ..."** (or the team, the
department, our customers) and finish it with what changed. Add the number if you have one: a
percentage, hours saved, money, customers served. Rough but honest numbers are fine ("about 15%").

Then rate two things from 1 to 5, with the rubric beside each:

- **company results**: how much your work in this role produced for the organisation;
- **relevance**: how much this role speaks to the goals of the hiring manager you named in step 00.
"""),
        ("md", RUN),
        ("code", "from workshop.widgets import results_editor\n\n"
                 "results_editor()"),
        ("md", "## The results you listed\n\nEvery result of every role, as saved. " + LIVE),
        ("code", "from workshop.notebook import results_table\nfrom workshop.widgets import "
                 "live_view\n\nlive_view(results_table)"),
        ("md", NEXT["03"]),
    ],
    "04_find_your_strongest_role": [
        ("md", f"""# 04 Find your strongest role

Every fully rated role gets a score out of 100, built from four parts:

- **both pillars** ({W['pillars']} points): skill growth and company results *together*. A role
  has to be solid on both: a 4 and a 4 beats a 5 and a 1, because a 1 on either pillar earns no
  pillar points at all.
- **relevance** ({W['relevance']} points): how much the role speaks to the hiring manager's goals.
- **a result with a number** ({W['quantified']} points) and **a grown skill used later**
  ({W['used_later']} points): evidence. A number counts when it sits in a result for the
  organisation, said as a sentence: what changed (from, to, by), how many, how much, or the
  level reached. A count of your duties or a note such as "CSAT 4.6/5" does not count yet;
  the explanation below says which of your numbers count and why. Notebook 05's draft and
  its answer check read your numbers the same way.

Equal scores are ordered by the more balanced role, then relevance, then the more recent role, then
your own order. **Enjoyment is never counted**: the chart shows it beside the score so you can see
whether the job you liked most is really your best answer.

Below you see the charts, the ranking as a table and why the strongest role wins. They follow
your ratings by themselves: change a rating in notebook 02 or 03 and this page shows it.

Use the weight sliders to see whether your strongest role changes if something counted more or
less. The sliders do not change your saved ratings. (A facilitator can set other usual
weights for the class.)"""),
        ("md", RUN),
        ("code", "from workshop.widgets import strongest_role_view\n\n"
                 "strongest_role_view()"),
        ("md", NEXT["04"]),
    ],
    "05_draft_your_answer": [
        ("md", f"""# 05 Draft your answer

A good answer takes {MIN_SECONDS} to {MAX_SECONDS} seconds to say (at about
{WORDS_PER_MINUTE} words a minute, roughly
{MIN_SECONDS * WORDS_PER_MINUTE // 60} to {MAX_SECONDS * WORDS_PER_MINUTE // 60}
words) and follows the two pillars:

1. name the role, and the skills it grew (from what level to what level);
2. say where you used them later;
3. "I helped the company to ..." with a result and a number;
4. link it to what this hiring manager wants.

Leave out how much fun it was, the great team, the perks, the promotion and what *you* wanted, and
never criticise a past employer. The check below points these out as you type.

Click **Draft from my entries** for a first version built from what you entered (pick its
**Length**: the full answer, or a short one for when the interviewer wants it brief), then make it
yours. The page says which role your answer is about; pick another role in the list to look at
its draft, and click **Answer about this role instead** only if you want to change.

**A coach's questions** ask for what your entries leave out, from the moment the page opens,
whether you draft or write your own answer: first what the job gave you and how far you grew,
then your part in your main result and its number, {OPEN_AT_ONCE} at a time (the rest wait behind
**More questions**). Type each reply in your own words in the box right under its question and
click its button: the reply is added to your entries (or, for the hiring manager's goals, to the
end of your answer), the draft follows, and the next question comes up. A reply the draft can't
use as your reason (the pay, a perk, one word) is kept, and the coach says why and asks again.

Then **practise it out loud**: pick a timer ({', '.join(str(s) for s in TIMERS[:-1])} or
{TIMERS[-1]} seconds), press Start, say your answer without reading it, and press
**I have finished** to see your pace against the {WORDS_PER_MINUTE} words a minute the check
counts on. Below the timer are the questions an interviewer may ask next about what your answer
says: answer them aloud too. When you are happy, download your answer card."""),
        ("md", RUN),
        ("code", "from workshop.widgets import answer_studio\n\n"
                 "answer_studio()"),
        ("md", NEXT["05"]),
    ],
    "facilitator/demo": [
        ("md", """# Job Value Workshop: the facilitator demo

The whole workshop on one page, on an invented sample person: their past jobs rated for skill
growth and company results, the ranking, the charts and a drafted answer with its check. Pick
another sample person to compare; nothing here touches a participant's own workspace file."""),
        # left out of the app by the kit's Voila template (the tag): it speaks to JupyterLab users
        ("md-lab-only", "In JupyterLab, run the cell below (as an app, `workshop demo`, it runs "
                        "by itself)."),
        ("code", "from workshop.widgets import demo_app\n\ndemo_app()"),
    ],
}
# The class dashboard (hand-written before, committed with a run's outputs: a facilitator's
# JupyterLab saved their class's figures and share folder into it). Built here, it carries the
# kit's mark, so the pre-save hook keeps it as committed whatever class it shows.
PAGES["facilitator/class_dashboard"] = [
        ("md", """# Class dashboard

What the class did, from the anonymised files participants chose to share (the **Share with the
class** button in notebook 05, or `workshop share`). The files hold ratings, skill levels, counts
and check results only: no names, organisations, job titles, dates or text.

**How to use it**: collect the shared `share-....json` files in one folder (by default
`share_exports/` beside the participant notebooks, where the share button writes; the
environment variable `WORKSHOP_SHARE_DIR` changes it), then **Run ▸ Run All Cells** once. The
dashboard below is **live**: it redraws by itself within a few seconds whenever a participant
shares, in JupyterLab and in its Voila view; there is nothing to re-run. Files that are not valid
exports are skipped and listed with the reason. While the folder holds no export yet, it shows a
**sample class** made of the kit's sample personas, and says so. See the
[facilitator guide](facilitator_guide.md), *After the session*."""),
        ("code", """%matplotlib inline
from workshop.share import class_folder

# To read another folder, put its path in quotes instead, e.g. folder = "/home/me/exports"
folder = class_folder()
print(folder)"""),
        ("md", """## The class, live

At the top, the key figures and the **teaching signals**: per pillar, how many strongest roles
lack it; the most common gap in participants' own answers (the kit's untouched drafts are never
counted); the enjoyment trap; how ratings spread; where the class is. Each has a one-line
suggestion of what to discuss next (edit them in `data/teaching_signals.json`). Under them, every
chart with its numbers in a table. A skill is named on the chart only when at least three
participants grew it."""),
        ("code", """from workshop.classroom.live import class_dashboard

dashboard = class_dashboard(folder)
dashboard"""),
        ("md", """## The summary in words

The same figures as plain text, as they were when this cell ran (for notes or e-mail). The live
view above keeps itself up to date; run this cell again for a fresh copy.
`workshop class FOLDER -o OUT` writes the same summary and every chart as a PNG with a CSV of
its numbers."""),
        ("code", """from workshop.classroom import render_summary_text

print(render_summary_text(dashboard.summary))"""),
]
PARTICIPANT = [name for name in PAGES if not name.startswith("facilitator/")]

# The picture under each participant notebook's title (notebooks/images/NN.png, made by
# tools/notebook_pictures.py on the sample persona): what the notebook does, seen on GitHub or
# nbviewer before anything is run. Its text alternative says what it shows.
PICTURES = {
    "00": "Notebook 00 on a sample persona: start fresh, load a saved file or try a sample, then "
          "the job applied for and the hiring manager's goals",
    "01": "Notebook 01 on a sample persona: the list of past jobs with their dates, and the form "
          "to add, edit, reorder, remove or import them",
    "02": "Notebook 02 on a sample persona: a job's skills with their levels before and after, "
          "where each was used later, and the 1 to 5 skill growth rating beside its rubric",
    "03": "Notebook 03 on a sample persona: a job's results for the organisation with their "
          "numbers, and the company results and relevance ratings",
    "04": "Notebook 04 on a sample persona: the explanation of the strongest role and the "
          "runner-up, the chart of both pillars, each score's parts with enjoyment beside them, "
          "the ranking as a table and the weights to try",
    "05": "Notebook 05 on a sample persona: the coach's questions, the drafted answer and its "
          "check",
}


def notebook_path(name: str) -> Path:
    """Where the notebook ``name`` is committed (without outputs)."""
    return NOTEBOOKS / f"{name}.ipynb"


def golden_path(name: str) -> Path:
    """Where its run on the test persona is kept, outputs and all (what nbval compares)."""
    return GOLDEN / f"{Path(name).name}.ipynb"


def build(name: str, cells=None) -> nbformat.NotebookNode:
    """The notebook ``name`` as committed: its cells from ``PAGES``, no outputs."""
    cells = PAGES[name] if cells is None else cells
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                 "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    # The mark the kit's pre-save hook looks for (workshop/jupyter/clean_save.py): a participant's
    # JupyterLab saves this file without outputs or widget state.
    nb.metadata["job_value_workshop"] = {"kit_file": f"{Path(name).name}.ipynb"}
    if name == "facilitator/demo":
        # Voila served as a Jupyter server extension (/voila/render/... on a hub or Binder) does
        # not read the voila.json beside the notebook; it does read the template from here. The
        # theme stays in voila.json (metadata would override a facilitator's choice there).
        nb.metadata["voila"] = {"template": "workshop"}
    for kind, source in cells:
        if kind == "md-lab-only":
            nb.cells.append(new_markdown_cell(source, metadata={"tags": ["lab-only"]}))
        else:
            nb.cells.append(new_markdown_cell(source) if kind == "md" else new_code_cell(source))
    picture = NOTEBOOKS / "images" / f"{name[:2]}.png"
    if name[:2] in PICTURES and picture.is_file():
        first = next(c for c in nb.cells if c.cell_type == "markdown")
        # the words before the picture: read after it, a participant took the sample person's
        # "Your strongest answer is ..." for their own while their view was greyed out
        first.source += ("\n\n*The picture below shows this notebook on an invented sample "
                         "person, not your workspace: yours opens further down when you run "
                         f"its cell.*\n\n![{PICTURES[name[:2]]}](images/{picture.name})")
    prefix = Path(name).name[:4] if name.startswith("facilitator/") else name[:2]
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{prefix}-{i:02d}"
    return nb


def execute(nb: nbformat.NotebookNode, folder: Path) -> nbformat.NotebookNode:
    """``nb`` run top to bottom on a fresh kernel, outputs kept (widget state is not stored)."""
    from nbclient import NotebookClient

    ran = copy.deepcopy(nb)
    client = NotebookClient(ran, timeout=120, kernel_name="python3", store_widget_state=False,
                            resources={"metadata": {"path": str(folder)}})
    client.execute()
    return ran


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-run", action="store_true")
    parser.add_argument("only", nargs="*", help="notebook names to build (default: all)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    workspace = tmp / "my_workspace.json"
    shutil.copyfile(ROOT / "data" / "personas" / f"{NOTEBOOK_PERSONA}.json", workspace)
    os.environ["WORKSHOP_WORKSPACE"] = str(workspace)
    os.environ["WORKSHOP_TODAY"] = NOTEBOOK_TODAY
    os.environ["WORKSHOP_SHARE_DIR"] = str(tmp / "share")
    os.environ.pop("MPLBACKEND", None)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name in PAGES:
        if args.only and name not in args.only:
            continue
        nb = build(name)
        nbformat.write(nb, notebook_path(name))
        print("wrote", notebook_path(name).relative_to(ROOT))
        if not args.no_run:
            shutil.copyfile(ROOT / "data" / "personas" / f"{NOTEBOOK_PERSONA}.json", workspace)
            nbformat.write(execute(nb, GOLDEN), golden_path(name))
            print("wrote", golden_path(name).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
