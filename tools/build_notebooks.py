"""Write the participant notebooks 00 to 05 and store their outputs.

The notebooks are thin (Markdown that teaches, one or two calls into ``workshop``); keeping their
text here lets a developer change a lesson in one place and re-run the outputs that nbval
compares. Run it from the repository root:

    .venv/bin/python tools/build_notebooks.py          # write and execute (outputs stored)
    .venv/bin/python tools/build_notebooks.py --no-run  # write only

Outputs are computed on the persona ``NOTEBOOK_PERSONA`` with the month pinned (``WORKSHOP_TODAY``),
exactly as the test suite runs them (see ``conftest.py``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"


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

HOW_TO = ("*How to use this page:* click into a grey code cell and press **Shift + Enter** to run "
          "it (or use **Run ▸ Run All Cells**). After that you only use the boxes and buttons. "
          "Everything you enter is saved at once in your workspace file, so you can stop at any "
          "step and come back later.")

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
use the download link below to keep your file, and load it again next time.

Facilitators: see the [facilitator guide](facilitator/facilitator_guide.md)."""),
        ("code", "%matplotlib inline\nfrom workshop.widgets import start_panel\n\nstart_panel()"),
        ("md", "## Where you stand\n\nRun this cell again at any time to see what your "
               "workspace holds."),
        ("code", "from workshop.notebook import summary\n\nprint(summary())"),
        ("md", NEXT["00"]),
    ],
    "01_list_your_jobs": [
        ("md", """# 01 List your jobs

List every role that could be worth talking about: full-time and part-time jobs, internships,
volunteering, freelance work, big projects. Don't judge them yet; the comparison comes later, and
the job you would least expect is sometimes the strongest answer.

For each role: the title, the organisation, when it started and ended (as `2019` or `2019-11`;
leave the end empty for the job you have now) and one line on what the job was.

**Importing**: you can also upload a JSON Resume file (`resume.json`) or the `Positions.csv` from
LinkedIn's "Get a copy of your data" export. Imported roles are added to the ones you already have.

""" + HOW_TO),
        ("code", "%matplotlib inline\nfrom workshop.widgets import role_editor\n\nrole_editor()"),
        ("md", "## Your roles\n\nThe table below is read from your saved file; run the cell again "
               "after a change."),
        ("code", "from workshop.notebook import roles_table\n\nroles_table()"),
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
        ("code", "%matplotlib inline\nfrom workshop.widgets import skill_growth_editor\n\n"
                 "skill_growth_editor()"),
        ("md", "## The skills you listed\n\nRead from your saved file: run the cell again "
               "after a change."),
        ("code", "from workshop.notebook import skills_table\n\nskills_table()"),
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
        ("code", "%matplotlib inline\nfrom workshop.widgets import results_editor\n\n"
                 "results_editor()"),
        ("md", "## The results you listed\n\nRead from your saved file: run the cell again "
               "after a change."),
        ("code", "from workshop.notebook import results_table\n\nresults_table()"),
        ("md", NEXT["03"]),
    ],
    "04_find_your_strongest_role": [
        ("md", """# 04 Find your strongest role

Every fully rated role gets a score out of 100, built from four parts:

- **both pillars** (60 points): skill growth and company results *together*. A role has to be
  solid on both: a 4 and a 4 beats a 5 and a 1, because a 1 on either pillar earns no pillar
  points at all.
- **relevance** (24 points): how much the role speaks to the hiring manager's goals.
- **a result with a number** (8 points) and **a grown skill used later** (8 points): evidence.

Equal scores are ordered by the more balanced role, then relevance, then the more recent role, then
your own order. **Enjoyment is never counted**: the chart shows it beside the score so you can see
whether the job you liked most is really your best answer.

Use the weight sliders to see whether your strongest role changes if something counted more or
less. The sliders do not change your saved ratings."""),
        ("code", "%matplotlib inline\nfrom workshop.widgets import strongest_role_view\n\n"
                 "strongest_role_view()"),
        ("md", "## The ranking as a table"),
        ("code", "from workshop.notebook import ranking_table\n\nranking_table()"),
        ("md", "## Why this role\n\nRun the cells below again after a change in another "
               "notebook."),
        ("code", "from workshop.notebook import explanation\n\nexplanation()"),
        ("md", "## The charts\n\nTop: skill growth against company results; each bubble is a "
               "role numbered by rank, bigger bubbles are more relevant, and the shaded corner "
               "is where strong answers live. Bottom left: each score's parts. Bottom right: how "
               "much you enjoyed each job, beside its score (never part of it)."),
        ("code", "from workshop.notebook import strongest_figure\n\nstrongest_figure()"),
        ("md", NEXT["04"]),
    ],
    "05_draft_your_answer": [
        ("md", """# 05 Draft your answer

A good answer takes 30 seconds to two minutes to say (roughly 70 to 280 words) and follows the two
pillars:

1. name the role, and the skills it grew (from what level to what level);
2. say where you used them later;
3. "I helped the company to ..." with a result and a number;
4. link it to what this hiring manager wants.

Leave out how much fun it was, the great team, the perks, the promotion and what *you* wanted, and
never criticise a past employer. The check below points these out as you type.

Click **Draft from my entries** for a first version built from what you entered, then make it
yours. When you are happy, download your answer card and practise saying it out loud."""),
        ("code", "%matplotlib inline\nfrom workshop.widgets import answer_studio\n\n"
                 "answer_studio()"),
        ("md", "## Your answer as it stands\n\nYour own text once you have written one, otherwise "
               "the draft for your strongest role, with its check."),
        ("code", "from workshop.notebook import answer_text\n\nanswer_text()"),
        ("md", "## The check"),
        ("code", "from workshop.notebook import answer_check_text\n\nanswer_check_text()"),
        ("md", NEXT["05"]),
    ],
}


def build(name: str, cells) -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                 "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for kind, source in cells:
        nb.cells.append(new_markdown_cell(source) if kind == "md" else new_code_cell(source))
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{name[:2]}-{i:02d}"
    return nb


def execute(path: Path, workspace: Path) -> None:
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    nbformat.write(nb, path)


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
    for name, cells in PAGES.items():
        if args.only and name not in args.only:
            continue
        path = NOTEBOOKS / f"{name}.ipynb"
        nbformat.write(build(name, cells), path)
        if not args.no_run:
            execute(path, workspace)
        print("wrote", path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
