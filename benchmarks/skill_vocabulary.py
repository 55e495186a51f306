"""How often a skill ends up as "other" in the class export (``make eval-skills``).

Prints three tables: the sample personas' exports and the ten invented class workspaces of the
tests (share of levels grown and of skill entries outside the vocabulary), and a held-out list of
skills written the way people write them, which was not used to tune the vocabulary (share
matched, and what each became). Target from issue 16: "other" under 20% of skill levels on the
personas' exports.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers_class import invented_workspaces  # noqa: E402

from workshop.resources import persona_paths  # noqa: E402
from workshop.share import export_dict, skill_mappings  # noqa: E402
from workshop.skills import OTHER_SKILL, canonical_skill  # noqa: E402
from workshop.store import read_workspace  # noqa: E402

# Written once, before measuring; never used to add synonyms.
HELD_OUT = [
    "MS Excel", "advanced excel formulas", "Pivot Tables", "data analysis in Python",
    "writing reports for the board", "Tableau dashboards", "statistical modelling", "R",
    "customer complaints handling", "de-escalating conflict", "cold calling", "B2B sales",
    "account management", "upselling", "stakeholder engagement", "presenting to senior leaders",
    "public speaking at events", "training new starters", "mentoring junior staff",
    "line managing 4 people", "leading a team of 10", "team leading", "people leadership",
    "recruiting volunteers", "interview skills", "scheduling staff rotas", "shift scheduling",
    "stock control", "inventory management", "warehouse operations", "picking and packing",
    "HGV driving", "route planning", "fleet management", "procurement", "supplier management",
    "contract negotiation", "budget management", "financial forecasting", "bookkeeping (Xero)",
    "invoice processing", "credit control", "payroll processing", "VAT returns",
    "project management (PRINCE2)", "agile / scrum", "running sprints", "product roadmaps",
    "UX research", "user interviews", "wireframing in Figma", "graphic design (Adobe)",
    "video editing", "photography", "social media management", "content creation",
    "SEO/SEM", "Google Ads", "email marketing", "copywriting for the web", "brand strategy",
    "event organisation", "fundraising", "grant writing", "lesson planning",
    "classroom management", "marking and assessment", "safeguarding", "patient care",
    "first aid", "food hygiene",
    "cooking for 200 covers", "barista skills", "cash handling", "till work",
    "visual merchandising", "customer service on the phone", "help desk support",
    "fixing laptops", "Linux administration",
    "AWS", "Docker and Kubernetes", "CI/CD pipelines", "Java development", "C#/.NET",
    "writing unit tests", "API integrations", "machine learning models", "data cleaning",
    "GDPR compliance", "health and safety audits", "risk assessments", "quality control checks",
    "continuous improvement (Kaizen)", "process mapping", "change management", "time management",
    "prioritising my workload", "working under pressure", "problem-solving", "teamwork",
    "attention to detail", "being patient with people", "keeping calm", "thinking on my feet",
    "speaking Spanish", "translation", "sign language (BSL)", "running my own Etsy shop",
]


def _share(part: int, whole: int) -> str:
    return f"{part / whole * 100:5.1f}%" if whole else "  n/a"


def _export_rows(label: str, workspaces) -> str:
    levels = other_levels = entries = other_entries = 0
    for ws in workspaces:
        for role in export_dict(ws)["roles"]:
            for skill in role["skills"]:
                entries += 1
                levels += skill["levels_grown"]
                if skill["skill"] == OTHER_SKILL:
                    other_entries += 1
                    other_levels += skill["levels_grown"]
    return (f"| {label:<34} | {entries:>6} | {_share(other_entries, entries)} | {levels:>6} | "
            f"{_share(other_levels, levels)} |")


def main() -> None:
    personas = [read_workspace(p) for p in persona_paths().values()]
    invented = invented_workspaces()
    print("| exports                            | skills | other  | levels | other  |")
    print("|------------------------------------|--------|--------|--------|--------|")
    print(_export_rows(f"sample personas ({len(personas)})", personas))
    print(_export_rows(f"invented class workspaces ({len(invented)})", invented))
    print()
    start = time.perf_counter()
    matched = [(name, canonical_skill(name)) for name in HELD_OUT]
    took = (time.perf_counter() - start) / len(HELD_OUT) * 1e6
    hits = sum(1 for _, c in matched if c != OTHER_SKILL)
    n = len(HELD_OUT)
    print(f"held-out skill names: {hits} of {n} matched ({_share(hits, n).strip()}; 'other' "
          f"{_share(n - hits, n).strip()}), {took:.0f} microseconds a name (cold cache)")
    print()
    print("| held-out name                         | shared as                       |")
    print("|---------------------------------------|---------------------------------|")
    for name, canonical in matched:
        print(f"| {name:<37} | {canonical:<31} |")
    unmapped = [m.name for ws in invented for m in skill_mappings(ws)
                if m.shared_as == OTHER_SKILL]
    print()
    print(f"invented workspaces' skills still 'other': {', '.join(unmapped) or 'none'}")


if __name__ == "__main__":
    main()
