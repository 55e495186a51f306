"""The answer card printed to PDF: pages, printed size, time and file size, as a table.

    .venv/bin/python benchmarks/card_pdf.py [--sizes]

Each card is made by ``workshop.report`` and printed by ``workshop.card_pdf`` (a headless
Chromium); the cases are the sample personas and two that push the page: a 120-second answer
with 8 ranked roles, and an answer about a role that is not the strongest. ``--sizes`` also
prints, for each case, every font size and the pages it takes (how ``report._PRINT_SIZES`` was
chosen). Not a test: the figures move with the machine's load.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop import report as R  # noqa: E402
from workshop.card_pdf import card_pdf, find_browser  # noqa: E402
from workshop.check import WORDS_PER_MINUTE  # noqa: E402
from workshop.model import Workspace  # noqa: E402
from workshop.store import read_workspace  # noqa: E402

PERSONAS = ROOT / "data" / "personas"
SIZES = (10, 9.5, 9, 8.5, 8, 7.5, 7)


def pages(pdf: bytes) -> int:
    """How many pages a PDF has (Chromium writes one ``/Type /Page`` object per page)."""
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def long_case() -> Workspace:
    """8 ranked roles and the participant's own answer of ONE_PAGE_SECONDS spoken."""
    data = read_workspace(PERSONAS / "senior_professional.json").to_dict()
    rated = [r for r in data["roles"] if all(r.get("ratings", {}).get(k) for k in
                                             ("skill_growth", "company_results", "relevance"))]
    roles = list(data["roles"])
    n = 0
    while len([r for r in roles if r in rated or r.get("id", "").startswith("copy")]) < 8:
        copy = dict(rated[n % len(rated)], id=f"copy{n}", title=f"{rated[n % len(rated)]['title']}"
                    f" (copy {n + 1})")
        roles.append(copy)
        n += 1
    data["roles"] = roles
    ws = Workspace.from_dict(data)
    draft = R.build_report(ws)["answer"]["text"].split()
    words = R.ONE_PAGE_SECONDS * WORDS_PER_MINUTE // 60
    text = " ".join((draft * (words // len(draft) + 1))[:words]).rstrip(",;:") + "."
    data["answer"] = {"role_id": data["answer"].get("role_id"), "text": text}
    return Workspace.from_dict(data)


def other_role_case() -> Workspace:
    """The answer is about the runner-up, chosen by the participant."""
    ws = read_workspace(PERSONAS / "enjoyed_trap.json")
    second = R.build_report(ws)["ranking"][1]["role_id"]
    data = ws.to_dict()
    data["answer"] = {"role_id": second, "text": ""}
    return Workspace.from_dict(data)


def cases() -> list[tuple[str, Workspace]]:
    out = [(p.stem, read_workspace(p)) for p in sorted(PERSONAS.glob("*.json"))]
    out.append(("120 s answer, 8 ranked roles", long_case()))
    out.append(("answer about the runner-up", other_role_case()))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", action="store_true", help="also try every font size")
    args = parser.parse_args()
    browser = find_browser()
    if browser is None:
        print("No Chromium on this computer: nothing to measure.")
        return 1
    print(f"browser: {browser}")
    print(f"{'case':32} {'printed chars':>13} {'size pt':>7} {'pages':>5} {'seconds':>7} "
          f"{'PDF KB':>6}")
    for name, ws in cases():
        report = R.build_report(ws)
        page = R.render_html(report)
        t0 = time.perf_counter()
        pdf = card_pdf(page, browser)
        took = time.perf_counter() - t0
        print(f"{name:32} {R.printed_chars(report):13d} {R.print_size(report):7g} "
              f"{pages(pdf):5d} {took:7.2f} {len(pdf) / 1024:6.0f}")
        if args.sizes:
            fits = []
            for size in SIZES:
                tried = re.sub(r"font-size: [0-9.]+pt; }", f"font-size: {size}pt; }}", page,
                               count=1)
                fits.append(f"{size:g}pt:{pages(card_pdf(tried, browser))}")
            print(f"{'':32} {' '.join(fits)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
