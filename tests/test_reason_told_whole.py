"""The reason where the participant said it only as a liking, with no pointer left pointing
at nothing, and the job held now told as held (``workshop.reason_found``,
``workshop.reason_short``, ``workshop.personal_value``): issue 20, draft35. Written in
other words than the evaluation workspaces."""

from __future__ import annotations

import re

from workshop.check import pitfall_phrases
from workshop.draft import draft_versions
from workshop.model import SCHEMA_VERSION, Workspace
from workshop.personal_value import own_reason, say_value
from workshop.reason_found import OPENING_JOIN, downside, liked_thing
from workshop.reason_short import pointers_said


def _workspace(summary: str, current: bool = False) -> Workspace:
    return Workspace.from_dict({
        "schema_version": SCHEMA_VERSION,
        "target_role": {"title": "Workshop Manager", "goals": ["keep the bikes on the road"]},
        "roles": [{"id": "r1", "title": "Bike Mechanic", "organization": "Spokes Cooperative",
                   "start": "2016-03", "end": None if current else "2021-09",
                   "summary": summary,
                   "skills": [{"name": "wheel truing", "before": "novice",
                               "after": "proficient"}],
                   "results": [{"statement": "repair turnaround fell from 6 days to 2",
                                "scope": "team", "enabled_by": ["wheel truing"]}]}],
        "answer": {"role_id": "r1", "text": ""}})


def test_a_liking_with_the_doing_it_points_back_to_gives_that_doing_as_the_reason():
    """"<a clause of mine>, I love it" and "<a clause>. I really enjoy this work": what was
    liked is the speaker's own doing, said as the reason without the liking (the check's
    enjoyment trap) in both versions; the doing in the past is read as its plain verb."""
    assert liked_thing("Small co-op shop. I rebuild donated bikes for refugees, I love it") \
        == "rebuilding donated bikes for refugees"
    assert liked_thing("I coached the under-twelves on Saturdays. I really enjoyed this work") \
        == "coaching the under-twelves on Saturdays"
    assert liked_thing("I love teaching kids to fix a puncture") == \
        "teaching kids to fix a puncture"
    ws = _workspace("Busy city shop. I rebuild donated bikes for refugees, I love it")
    assert own_reason(ws.roles[0]) == "rebuilding donated bikes for refugees"
    for text in draft_versions(ws, "r1").values():
        assert "rebuilding donated bikes for refugees" in text
        assert not pitfall_phrases(text)


def test_a_liking_that_says_no_more_or_likes_a_perk_gives_no_reason():
    """"I loved it", "I was the boss and I loved it", a liking of a thing not a doing, or a
    doing that is a pitfall of its own: no reason is made of it."""
    for summary in ("I loved it", "I was the boss and I loved it", "I loved my regulars!!",
                    "I enjoyed the free lunches", "I had a great crew, I loved it"):
        assert liked_thing(summary) == "", summary


def test_a_pointer_to_a_story_the_reason_never_tells_is_said_as_a_first_mention():
    """"Fixing that leaking roof" with nothing before it is "fixing a leaking roof"; "those"
    with nothing before it is "the"; a pointer whose thing the words before it name, or
    that a clause after it defines, is said as typed."""
    said = say_value("Fixing that leaking clinic roof.", True).sentence
    assert "a leaking clinic roof" in said and "that leaking" not in said
    assert pointers_said("What I valued most was calming those frightened horses.") == \
        "What I valued most was calming the frightened horses."
    kept = "I ran the late ferry crossing. Working that late crossing taught me calm."
    assert pointers_said(kept) == kept
    assert pointers_said("I liked helping those tenants who had nowhere else to go.") == \
        "I liked helping those tenants who had nowhere else to go."
    assert pointers_said("What I valued most was seeing that the tenants were safe.") == \
        "What I valued most was seeing that the tenants were safe."
    idiom = "It was exactly the shift pattern I needed at that stage of my training."
    assert pointers_said(idiom) == idiom  # after a preposition: an idiom, or the place named


def test_the_job_held_now_is_never_told_as_over():
    """For a current job, "It gave me ..." is "It has given me ...", "That job taught me"
    is "This job has taught me", "This was the place where" is "This is the place where";
    a job that is over keeps its past, and an event in the current job stays past."""
    assert say_value("It gave me a voice in the planning meetings.", True).sentence == \
        "It has given me a voice in the planning meetings."
    assert say_value("That job taught me to say no.", True).sentence == \
        "This job has taught me to say no."
    assert say_value("This was the place where I found my feet.", True).sentence == \
        "This is the place where I found my feet."
    assert say_value("It gave me a voice in the planning meetings.", False).sentence == \
        "It gave me a voice in the planning meetings."
    assert say_value("It was the first time I ran the stores alone.", True).sentence == \
        "It was the first time I ran the stores alone."


def test_one_reading_of_an_opening_join_for_the_reason_and_the_downside():
    """A sentence's opening "but", "and", "so" or "yet" is read one way: left out of a
    reason's first sentence, and no cover for a downside ("So the worst part was ...")."""
    assert OPENING_JOIN.sub("", "So it turned out I could teach") == "it turned out I could teach"
    assert downside("So the worst part was the night bus home")
    assert downside("Yet the drawback was the weekend rota")
    assert not downside("So the worst part was hard, but it taught me patience")


def test_no_draft_sentence_keeps_a_pointer_to_an_untold_story():
    """The short and the long reason alike: no "that <thing>" the reason never named."""
    for current in (True, False):
        value = say_value("Catching that forged delivery note. I still think about it.", current)
        for text in (value.sentence, value.short, value.brief):
            assert not re.search(r"\bthat forged\b", text), text
