"""The draft's reason: the participant's own words on why the job mattered, found where the
entries hold them, said whole, and kept in the 30-second version; a skill label is never the
opening's reason (blind raters, s17: "because that job taught me X" reads as a CV line)."""

from __future__ import annotations

import re

from workshop.draft import draft_versions
from workshop.model import SCHEMA_VERSION, Workspace
from workshop.personal_value import own_reason, say_value, summary_reason

SKILL = {"name": "route planning", "before": "novice", "after": "proficient",
         "used_later": "planned the delivery rounds for two depots at my next job"}
RESULT = {"statement": "late deliveries fell from 40 a week to 12", "scope": "team",
          "enabled_by": ["route planning"]}


def _workspace(**role) -> Workspace:
    base = {"id": "r1", "title": "Dispatcher", "organization": "Larkfield Parcels",
            "start": "2018-03", "end": "2021-06", "skills": [SKILL], "results": [RESULT]}
    base.update(role)
    return Workspace.from_dict({
        "schema_version": SCHEMA_VERSION,
        "target_role": {"title": "Logistics Coordinator", "goals": ["cut late deliveries"]},
        "roles": [base], "answer": {"role_id": None, "text": ""}})


FINDING = ("I hated the phones at the start, but within a year I realised I could calm "
           "an angry driver down in a minute")


def test_a_summary_sentence_of_finding_is_the_reason_where_no_personal_value_is_typed():
    """A first-person sentence of the summary that says what the speaker found is the
    reason; a duty sentence beside it is not, and a typed personal_value wins over both."""
    summary = f"Responsible for the night desk and the radio. {FINDING}."
    assert summary_reason(summary) == FINDING
    role = _workspace(summary=summary).roles[0]
    assert own_reason(role) == FINDING
    typed = _workspace(summary=summary, personal_value="It taught me to stay calm.").roles[0]
    assert own_reason(typed) == "It taught me to stay calm."


def test_a_duty_a_perk_or_a_third_person_line_of_the_summary_is_no_reason():
    """Summary sentences that are duties, perks or the team, or no one's feeling, give no
    reason (the answer check's pitfalls are read, not re-listed)."""
    for summary in ("Responsible for finding drivers for the weekend rota.",
                    "Great crew, free parking and I was proud of the canteen.",
                    "The depot found a cheaper fuel card."):
        assert summary_reason(summary) == "", summary


def test_the_draft_opens_with_the_summary_reason_and_keeps_it_at_30_seconds():
    """Both versions say the reason right after the opening; the 30-second one keeps the
    sentence's turn (what was found), not its set-up."""
    versions = draft_versions(_workspace(summary=f"Ran the night desk. {FINDING}."))
    for text in versions.values():
        first_three = " ".join(re.split(r"(?<=[.!?])\s+", text)[:3])
        assert "calm an angry driver" in first_three, text
    assert "hated the phones" not in versions[30] or "calm an angry driver" in versions[30]


def test_without_a_reason_the_opening_names_the_job_and_no_skill_label():
    """Where the entries hold no reason, the opening answers plainly: no "because"/"since"
    clause of a skill learned there; the skill is told in the story instead."""
    for text in draft_versions(_workspace(summary="Night desk, radio, rota.")).values():
        opening = re.split(r"(?<=[.!?])\s+", text)[0]
        assert not re.search(r"\b(?:because|since)\b", opening), text
        assert "route planning" not in opening and "route planning" in text, text


def test_a_turning_reason_keeps_its_turn_in_the_short_clause():
    """A reason that turns ("..., but ...") or goes on to what came of it in a second sentence
    ("By the end ...") is said in 30 seconds by its turn, never by its set-up alone."""
    turned = say_value("I dreaded the radio at first, but after a few months I found I was "
                       "the calm voice the drivers asked for", current=False)
    assert turned.short.startswith("After a few months I found"), turned
    story = say_value("I could hardly speak up in the morning briefings. By the end of the "
                      "year I was leading them on my own.", current=False)
    assert "leading them" in story.short, story


def test_an_event_that_changed_how_the_speaker_works_is_told_as_a_story():
    """An event with its own subject followed by what the speaker did from then on is a
    story: told as it is, never after "What I valued most was that"."""
    for text in ("A van rolled back in the yard in my first month, and after that I never "
                 "let a driver skip the handbrake check.",
                 "A parcel of insulin went missing on my shift. Since then I have checked "
                 "every cold-chain label myself."):
        said = say_value(text, current=False)
        assert said.sentence and not said.sentence.startswith("What I"), said
