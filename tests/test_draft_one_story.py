"""A draft a hiring manager believes (issue 20, blind raters r21): the participant's reason
kept whole, the 90-second version one story with at most one beat beside it, and a result
credited only to the skill the participant linked it to.

- a reason that opens on a slogan keeps the sentence that says what it means, in both
  versions (never "It gave me a purpose." alone), and a sentence is never cut before a
  thought it goes on with ("... and not just ...");
- the 90-second version tells the thread (growth, result, later use) and at most one other
  skill or result, never a list of them, and never one tacked on after the thread's close;
- a result the participant linked to another skill is told with what they did for it, and a
  link back ("That is a big part of why ...") never follows words that end on a later step.
"""

from __future__ import annotations

import re

from helpers_sample import one_role_workspace

from workshop.draft import plan_draft
from workshop.personal_value import say_value


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if s]


# --- A: the reason kept whole ------------------------------------------------------------------


def test_a_slogan_keeps_the_sentence_behind_it_even_in_the_briefest_version():
    """A short slogan followed by a long sentence that says what it meant: the 30-second
    reason is both (up to about seventeen seconds), and its briefest form is the meaning
    sentence whole, never the slogan alone."""
    said = say_value("It kept me sane. Watching the allotment plots go from bare clay to "
                     "feeding about twenty families every autumn, with the kids from the "
                     "estate digging beside their grandparents, is why I gave it every "
                     "Saturday.", current=False)
    assert said.short.startswith("It kept me sane.") and "every Saturday" in said.short, said
    assert "every Saturday" in said.brief and "It kept me sane" not in said.brief, said


def test_a_sentence_is_not_cut_before_the_thought_it_goes_on_with():
    """A reason of twenty words whose "and" carries on the same thought (no new subject) is
    said whole in 30 seconds: a cut there leaves a contrast half said."""
    words = ("This is where I stopped being the spare pair of hands on the rota and became "
             "the one people asked")
    assert say_value(words, current=True).short == words + ".", say_value(words, True)


def test_a_clause_kept_past_a_pitfall_is_said_to_the_end_of_its_thought():
    """A sentence that ends on a perk keeps its clause of reason, and that clause goes on to
    what it contrasts ("... and was not just ..."), never stopping before it."""
    said = say_value("Opening the second shop was the first time I felt trusted and was not "
                     "just the owner's nephew, plus the free parking was handy", current=False)
    assert said.sentence.endswith("was not just the owner's nephew."), said
    assert "parking" not in said.sentence, said


def test_a_later_sentence_that_says_what_it_was_worth_is_kept_with_the_first():
    """A first sentence with a meaning of its own and a second that says in so many words
    what mattered: the 30-second reason says both, not the first alone."""
    said = say_value("For the first time I ran a depot on my own. When the backlog cleared "
                     "and the drivers got home on time, that was what mattered most to me.",
                     current=False)
    assert "first time" in said.short and "mattered most" in said.short, said


def test_a_feeling_said_in_the_present_is_the_reason_not_the_duty_before_it():
    """"I feel ..." is a feeling, as "I felt" is: after a sentence of duties, the 30-second
    reason says it."""
    said = say_value("I handled the export paperwork and spoke French every day. I feel I am "
                     "a real professional, not only a clerk.", current=True)
    assert "real professional" in said.short, said


# --- B: the 90-second version tells one story --------------------------------------------------

RANGER = {
    "title": "Ranger", "organization": "Glenmore Forest Park",
    "personal_value": "Looking after the trails. Seeing families on paths I rebuilt myself "
                      "is the thing I am proudest of.",
    "skills": [
        {"name": "trail maintenance", "before": "novice", "after": "expert",
         "how_far": "At first I could only clear fallen branches; by the end I planned the "
                    "drainage for every upland path.",
         "used_later": "At Cairn Outdoors I plan the path repairs for three estates"},
        {"name": "volunteer briefings", "before": "novice", "after": "proficient",
         "used_later": "At Cairn Outdoors I brief the weekend volunteers"},
        {"name": "wildlife surveys", "before": "novice", "after": "proficient",
         "used_later": "I still run the bat counts for the county trust"},
    ],
    "results": [
        {"statement": "I cut path closures from 14 to 3 a year", "scope": "customers",
         "enabled_by": ["trail maintenance"],
         "my_part": "I surveyed every culvert after the winter storms, rebuilt the worst "
                    "drains with the weekend crew and logged each repair on the park map"},
        {"statement": "Visitor complaints fell from 40 to 12 a season", "metric": "complaints",
         "from_value": 40, "value": 12, "kind": "change", "scope": "customers"},
        {"statement": "I recruited 30 new volunteers for the spring planting", "scope": "team",
         "enabled_by": ["volunteer briefings"]},
    ],
}
ASIDES = ("complaints", "volunteer", "bat counts")


def _ranger(seconds: int = 90) -> str:
    ws = one_role_workspace(RANGER, "Countryside Manager", ("keep the paths open",),
                            start="2016-04", end="2022-09")
    return plan_draft(ws, "r1", seconds).text


def test_the_90_second_version_tells_one_other_beat_at_most():
    """Beside a thread that makes a full answer (growth, result and their part, later use)
    the entries hold two more skills and a result of none: the 90-second version tells one
    of them at most, not a list (a thread too thin for a full answer is not made thinner:
    ``draft_compose.one_aside``)."""
    text = _ranger()
    assert "14 to 3" in text and "three estates" in text, text
    told = [a for a in ASIDES if a in text.lower()]
    assert len(told) <= 1, (told, text)


def test_nothing_is_tacked_on_after_the_thread_closes():
    """The thread's own later use is its close: no other skill's story follows it."""
    text = _ranger()
    after = text[text.index("three estates"):]
    assert not any(a in after.lower() for a in ASIDES), text


# --- C: a result credited to its own skill -----------------------------------------------------

POTTER = {
    "title": "Studio Assistant", "organization": "Redclay Pottery",
    "personal_value": "Wheel throwing. I found out I could make things people use every "
                      "morning, and that still makes me proud.",
    "skills": [
        {"name": "wheel throwing", "before": "novice", "after": "expert",
         "how_far": "At first I could barely centre the clay; by the end I threw the whole "
                    "mug range, and then I got the job of running the evening classes.",
         "used_later": "I still throw the tableware orders at my own studio"},
        {"name": "glaze testing", "before": "novice", "after": "proficient"},
    ],
    "results": [
        {"statement": "I cut kiln losses on the throwing line from 18% to 4%",
         "metric": "kiln losses",
         "from_value": 18, "value": 4, "unit": "%", "kind": "change", "scope": "company",
         "enabled_by": ["glaze testing"],
         "my_part": "I tested each new glaze on tiles before a full firing"},
    ],
}


def test_a_result_of_another_skill_is_told_with_what_the_speaker_did_for_it():
    """The only result is linked to a skill other than the story's: both versions tell the
    participant's part with it, so it is not heard as the story skill's result."""
    ws = one_role_workspace(POTTER, "Ceramics Technician", (), start="2018-01",
                            end="2021-12")
    for seconds in (90, 30):
        text = plan_draft(ws, "r1", seconds).text
        assert "18% to 4%" in text and "tested each new glaze" in text, (seconds, text)
        assert "wheel throwing" in text.lower(), text  # the story is the throwing


def test_no_link_back_follows_growth_words_that_end_on_a_later_step():
    """Growth words ending on a later step ("..., and then I got the job of ..."): a link
    back after them would make that later step the cause; the result is told with no link,
    or after the growth line alone."""
    role = {**POTTER, "results": [{**POTTER["results"][0],
                                   "enabled_by": ["wheel throwing"]}]}
    ws = one_role_workspace(role, "Ceramics Technician", (), start="2018-01", end="2021-12")
    for seconds in (90, 30):
        said = _sentences(plan_draft(ws, "r1", seconds).text)
        for before, sentence in zip(said, said[1:], strict=False):
            if re.match(r"(?:That is|That's) (?:a big part of )?(?:why|what|how)", sentence):
                assert "and then" not in before, (seconds, said)
