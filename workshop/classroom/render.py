"""The class summary in words: plain text for a terminal, an HTML fragment, a small pandas table,
and a JSON-ready dict (``summary_to_dict``, the ``workshop class --format json`` object).

The same key figures and teaching signals appear in all three (``key_figures``). Everything that
came from the folder (its path, file names, reasons quoting a field) is made safe where it is
shown: escaped as HTML, and with control characters shown visibly in the text
(``workshop.terminal.terminal_safe``), so a file name holding a newline or an escape sequence
can't forge a line of the summary or clear the screen.
"""

from __future__ import annotations

from html import escape

from ..terminal import terminal_safe
from .signals import teaching_signals
from .summary import MIN_PARTICIPANTS_PER_SKILL, SCORE_BINS, ClassSummary

__all__ = ["key_figures", "summary_frame", "render_summary_text", "render_summary_html",
           "render_signals_html", "skills_note", "summary_to_dict"]


def _pct(part: int, whole: int) -> str:
    return "n/a" if not whole else f"{part / whole * 100:.0f}% ({part} of {whole})"


def key_figures(summary: ClassSummary) -> list[tuple[str, str]]:
    """(what, value) rows: the same lines in the text, the HTML and the table."""
    s = summary
    own = s.own_answers
    return [
        ("Participants (exports read)", str(s.participants)),
        ("Files skipped", str(len(s.skipped))),
        ("Participants with a rated role", str(s.ranked_participants)),
        ("Mean score of the strongest role", "n/a" if s.mean_score is None
         else f"{s.mean_score:.1f} of 100"),
        ("Answers: own (written or edited) / still the kit's draft / none",
         f"{own} / {s.draft_answers} / {s.no_answer}"),
        (f"Own answers that passed every check (of {own} own answers)", _pct(s.passed, own)),
        (f"Mean length of own answers (of {own})",
         "n/a" if s.mean_words is None else f"{s.mean_words:.0f} words"),
        ("Strongest role is not the job enjoyed most",
         _pct(s.not_most_enjoyed, s.enjoyment_known)),
        ("Strongest role has a result with a number", _pct(s.quantified, s.ranked_participants)),
    ]


def summary_frame(summary: ClassSummary):
    """The key figures as a small pandas table (what / value), for the dashboard notebook."""
    import pandas as pd

    rows = [("Read from", summary.folder or "exports")] + key_figures(summary)
    return pd.DataFrame({"value": [v for _, v in rows]},
                        index=pd.Index([k for k, _ in rows], name="what"))


def skills_note(summary: ClassSummary) -> str:
    """The sentence under the skills chart: the privacy threshold and what was pooled."""
    s = summary
    note = (f"A skill is shown only when at least {MIN_PARTICIPANTS_PER_SKILL} participants grew "
            "it (a rare skill could single a person out).")
    if s.rare_levels_grown:
        note += f" {s.rare_levels_grown} level(s) in rarer listed skills are not shown."
    if s.levels_grown:
        note += (f" Skills outside the kit's list ('other'): {s.other_levels_grown} of "
                 f"{s.levels_grown} levels grown ({s.share_other * 100:.0f}%).")
    return note


def _ranked_lines(counts: dict[str, int], unit: str, limit: int = 10) -> list[str]:
    return [f"  {terminal_safe(name)}: {n} {unit}" for name, n in list(counts.items())[:limit]]


def render_summary_text(summary: ClassSummary) -> str:
    """The summary in plain words, for a terminal or the notebook (control characters from file
    names and the folder are shown as escapes)."""
    s = summary
    lines = [f"Class summary of {terminal_safe(s.folder or 'the exports')}"]
    if s.note:
        lines.append(terminal_safe(s.note))
    lines += [f"{what}: {value}" for what, value in key_figures(s)]
    if s.participants == 0:
        lines.append("No exports read yet: ask participants to press 'share with the class' in "
                     "notebook 05 (or run 'workshop share') and collect the files in this folder.")
    lines.append("Teaching signals (what to discuss next):")
    for sig in teaching_signals(s):
        mark = "DISCUSS" if sig.discuss else "ok"
        lines.append(f"  [{mark}] {sig.title}: {sig.value}")
        if sig.suggestion:
            lines.append(f"      {terminal_safe(sig.suggestion)}")
    if s.strongest_scores:
        lines.append("Scores of the strongest roles (participants per band):")
        lines += [f"  {lo:>3}-{hi:<3} {'#' * n} {n}"
                  for (lo, hi), n in zip(SCORE_BINS, s.score_histogram, strict=True) if n]
    if s.pitfalls:
        lines.append(f"Most common pitfalls in own answers (of {s.own_answers}):")
        lines += _ranked_lines(s.pitfalls, "answer(s)")
    if s.levels_grown:
        lines.append("Skills most grown (levels grown, all roles):")
        lines += _ranked_lines(s.skills_grown, "level(s)")
        lines.append("  " + skills_note(s))
    if s.skipped:
        lines.append("Skipped files (not valid class exports):")
        lines += [f"  {terminal_safe(name)}: {terminal_safe(reason)}"
                  for name, reason in s.skipped]
    return "\n".join(lines) + "\n"


def render_signals_html(summary: ClassSummary) -> str:
    """The teaching signals as an HTML table: what, the figure, and what to discuss next."""
    rows = []
    for sig in teaching_signals(summary):
        mark = ("<b>&#9888; Discuss</b>" if sig.discuss else "&#10004; Fine")
        rows.append(f"<tr><th scope='row' style='text-align:left'>{escape(sig.title)}</th>"
                    f"<td>{escape(sig.value)}</td><td>{mark}</td>"
                    f"<td>{escape(sig.suggestion)}</td></tr>")
    return ("<table class='workshop-teaching-signals'><caption style='text-align:left'>"
            "<b>Teaching signals</b>: what to discuss next (answer figures count own answers "
            "only, never the kit's drafts)</caption><tr><th scope='col'>Signal</th>"
            "<th scope='col'>Class</th><th scope='col'>Status</th>"
            "<th scope='col'>Suggestion</th></tr>" + "".join(rows) + "</table>")


def render_summary_html(summary: ClassSummary) -> str:
    """The key figures, teaching signals and skipped files as an HTML fragment; every file name,
    reason and the folder are escaped."""
    rows = "".join(f"<tr><th scope='row' style='text-align:left'>{escape(k)}</th>"
                   f"<td>{escape(v)}</td></tr>" for k, v in key_figures(summary))
    out = [f"<p><b>{escape(summary.note)}</b></p>"] if summary.note else []
    out += [f"<p>Exports folder: <code>{escape(summary.folder)}</code></p>",
            f"<table class='workshop-class-summary'>{rows}</table>"]
    if summary.participants == 0:
        out.append("<p>No exports read yet: ask participants to press <b>share with the "
                   "class</b> in notebook 05 and collect the files in this folder.</p>")
    out.append(render_signals_html(summary))
    if summary.skipped:
        items = "".join(f"<li><code>{escape(n)}</code>: {escape(r)}</li>"
                        for n, r in summary.skipped)
        out.append(f"<p>Skipped files (not valid class exports):</p><ul>{items}</ul>")
    return "\n".join(out)


def summary_to_dict(summary: ClassSummary) -> dict:
    """The summary as a JSON-ready dict (the ``workshop class --format json`` object)."""
    s = summary
    return {
        "folder": s.folder,
        "participants": s.participants,
        "skipped": [{"file": f, "reason": r} for f, r in s.skipped],
        "strongest_scores": list(s.strongest_scores),
        "score_histogram": [{"from": lo, "to": hi, "count": n}
                            for (lo, hi), n in zip(SCORE_BINS, s.score_histogram, strict=True)],
        "mean_score": s.mean_score,
        "ranked_participants": s.ranked_participants,
        "unranked_participants": s.unranked_participants,
        "stages": dict(s.stages),
        "answers": {"own": s.own_answers, "draft": s.draft_answers, "none": s.no_answer},
        "strongest_not_most_enjoyed": {"count": s.not_most_enjoyed, "of": s.enjoyment_known,
                                       "share": s.share_not_most_enjoyed},
        "quantified_result": {"count": s.quantified, "of": s.ranked_participants,
                              "share": s.share_quantified},
        "strongest_lacks": {"skill_grown": s.lacks_growth, "used_later": s.lacks_used_later,
                            "number": s.ranked_participants - s.quantified,
                            "of": s.ranked_participants},
        "own_answers_passed_all_checks": {"count": s.passed, "of": s.own_answers,
                                          "share": s.share_passed},
        "own_answers_mean_words": s.mean_words,
        "own_answers_pitfalls": dict(s.pitfalls),
        "own_answers_missing": dict(s.missing),
        "ratings": {k: {str(i + 1): n for i, n in enumerate(v)} for k, v in s.ratings.items()},
        "all_top_ratings": s.all_top_ratings,
        "skills_grown": dict(s.skills_grown),
        "skill_participants": dict(s.skill_participants),
        "families_grown": dict(s.families_grown),
        "family_participants": dict(s.family_participants),
        "min_participants_per_skill": MIN_PARTICIPANTS_PER_SKILL,
        "rare_levels_grown": s.rare_levels_grown,
        "other_levels_grown": s.other_levels_grown,
        "other_share": s.share_other,
        "teaching_signals": [sig.to_dict() for sig in teaching_signals(s)],
    }
