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


def test_a_sentence_with_a_pitfall_keeps_its_own_clause_of_reason():
    """A long sentence that ends on a perk keeps the clause that says what the job meant,
    never the perk."""
    said = say_value("Covering the whole county on my own was hard at the start, and fixing "
                     "my first boiler alone was the moment I felt like a real engineer, plus "
                     "the free parking was handy", current=False)
    assert "felt like a real engineer" in said.sentence, said
    assert "parking" not in said.sentence and said.problem == "pitfall", said


def test_after_a_pitfall_a_turn_away_from_it_is_said_and_more_of_it_is_not():
    """After a pitfall sentence, one that turns to a reason ("But ... taught me ...") is said
    without its "But"; one that points back ("that is why") or only adds to the pitfall is
    not."""
    turned = say_value("The pay was great, that is why I took it. But running the night audit "
                       "alone taught me to trust my own checks.", current=False)
    assert turned.sentence.startswith("Running the night audit alone taught me"), turned
    assert "took it" not in turned.sentence, turned
    more = say_value("The pay was great. Also got a parking space.", current=False)
    assert more.sentence == "" and more.problem == "pitfall", more


def test_the_30_second_reason_is_the_sentence_that_carries_the_meaning():
    """Where a reply's first sentence only names a thing and a later one says why it
    mattered, the 30-second clause says the later one (with the first where both are short),
    never the bare naming alone: not even its briefest form (``brief``), which is the later
    sentence whole (blind raters, r21: a slogan kept while the real reason is dropped)."""
    said = say_value("Fixing boilers. Seeing an old man warm in his own flat again is what I "
                     "am proudest of.", current=False)
    assert "proudest" in said.short, said
    assert said.brief.startswith("Seeing an old man") and "proudest" in said.brief, said


def test_the_coach_asks_why_the_job_matters_and_says_where_the_draft_took_its_words():
    """Without a personal_value the coach asks for one in a sentence; where the draft took
    the reason from the summary, the question quotes those words, so the participant knows
    what the draft says and that a reply of theirs takes its place."""
    from workshop.draft import coach_questions

    def value_question(ws: Workspace) -> str:
        return next(q.text for q in coach_questions(ws, "r1") if q.code == "personal_value")

    assert "why does this job matter to you" in value_question(
        _workspace(summary="Night desk, radio, rota."))
    found = value_question(_workspace(summary=f"Ran the night desk. {FINDING}."))
    assert "from the job's summary" in found and "I hated the phones" in found, found
