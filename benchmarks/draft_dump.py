"""``draft_eval.py --dump FILE``: every set's drafts written for a reader who rates them as a
hiring manager (the held-out drafts too: the rater never tunes the kit)."""

from __future__ import annotations

from pathlib import Path


def dump(sets: dict[str, list[dict]], path: Path) -> None:
    out = ["# Drafts to rate", ""]
    for name, rows in sets.items():
        for r in rows:
            # a role too thin for 90 s has no 90-second draft to rate: its text is empty (the
            # rating kit skips empty drafts); its one draft is the 30-second one
            text = "" if r["too_thin"] else r["text"]
            out += [f"## {name} {r['file']} ({r['length']} s)", "", text, ""]
    path.write_text("\n".join(out), encoding="utf-8")
