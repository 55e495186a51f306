"""The story's results as a version tells them (``workshop.draft``): a further result as a
beat of its own, the speaker's part kept where it holds the number, a result beside the second
skill it came from, and the short version's next pieces of the story's thread.

- ``more_result``: a further result, linked to the story's skill in its link, else as typed;
- ``kept``: the result with the speaker's part (``Said.part``), the number said as read;
- ``beside_its_skill`` and ``grown_for_result``: a further result the participant linked to a
  second grown skill, told after that skill's growth as its doing, not as a fact tacked on;
- ``short_fill``: the short version's further pieces of the thread, only while it falls short;
- ``unjoined``: a result nothing in the entries joins to the story, told nowhere unless it
  speaks to a goal (issue 20, B).
"""

from __future__ import annotations

from .draft_compose import Piece
from .draft_frame import variant_of
from .draft_links import linked_sentence
from .draft_read import RoleReading, Said
from .draft_results import (
    carries_growth,
    circular,
    further_results,
    linked,
    needs_part,
    speaks_to_goal,
)
from .model import Result, Skill
from .result_number import holds_number
from .skill_story import also_grew_sentence, also_with
from .story_thread import on_thread, thread_keys

__all__ = ["beside_its_skill", "grown_for_result", "kept", "more_result", "short_fill",
           "unjoined"]


def more_result(result: Result, read: RoleReading, top: Skill | None, used: set[str]) -> str:
    """A further result, told as a beat of its own: one the participant linked to the skill
    the story told names that skill in its link (``draft_links``: "With my Workday skills, I
    ..."); any other in the participant's sentence as it is, with no "I also ..." or "And ..."
    glue that would tie it to what came before."""
    said = read.said(result)
    sentence = said.told
    if linked(result, top) and not circular(result, top) and said.shape in ("own", "we", "clause"):
        sentence = linked_sentence(said, result, top, used)
    return kept(sentence, said, True)


def kept(sentence: str, said: Said, long: bool, elsewhere: bool = False) -> str:
    """The result with its lead and the speaker's part (``said.part``, in the past for a job
    that is over); the sentence as read (``said.told``) where a lead would change whether it
    holds its number, so that the draft says the number 04 scores exactly where the reading
    found one. The short version tells the part only where it holds that number."""
    part = said.part
    if not long and not elsewhere and not needs_part(said, sentence) and (holds_number(said.told)
                                               or not holds_number(said.told + part)):
        part = ""  # the short version: the part only where the number is in it
    if sentence != said.told and bool(holds_number(sentence + part)) != \
            bool(holds_number(said.told + part)):
        sentence = said.told
    return sentence + part


def beside_its_skill(more: list[Result], further: list[Piece],
                      later: list[tuple[Skill, str]], top: Skill | None,
                      read: RoleReading, used: set[str]) -> dict[int, str]:
    """Further results the participant linked to a second skill the story tells (grown there,
    then used later), by that skill (``id``): each is told right after the skill's growth line,
    as its doing ("I knew nothing about Workday when I started, ... From there, I cut
    onboarding calls by half."), not before the skill is named; its own piece is emptied."""
    beside: dict[int, str] = {}
    for result, piece in zip(more, further, strict=True):
        said = read.said(result)
        if linked(result, top) or said.shape not in ("own", "we"):
            continue
        for skill, _sentence in later:
            if skill is not top and linked(result, skill) and not circular(result, skill):
                told = kept(linked_sentence(said, result, skill, used), said, True)
                beside[id(skill)] = f"{beside.get(id(skill), '')} {told}".strip()
                piece.text = ""
                break
    return beside


def grown_for_result(more: list[Result], further: list[Piece], told: list[Skill | None],
                      grown: list[Skill], read: RoleReading, used: set[str],
                      links: set[str]) -> None:
    """The long version: a further result the participant linked to a grown skill the story
    tells nowhere else is told after that skill's growth, as its doing (where it started,
    where it got to, then the result: a second short story, not a fact tacked on); its
    piece's text is replaced."""
    for result, piece in zip(more, further, strict=False):  # the short version: no pieces
        said = read.said(result)
        if not piece.text or any(linked(result, sk) for sk in told if sk is not None):
            continue
        skill = next((sk for sk in grown if sk not in told and linked(result, sk)
                      and not circular(result, sk)), None)
        if skill is None:
            continue
        grew = also_grew_sentence(skill, read.role.current, variant_of(skill.name), used)
        link = linked_sentence(said, result, skill, links)
        piece.text = also_with(grew, kept(link, said, True))
        piece.fact = False  # a skill and its result: a beat of its own
        told.append(skill)


def short_fill(read: RoleReading, results: list[Result], skills: list[Skill], goals: list[str],
          more: list[Result], top: Skill | None, links: set[str],
          one: bool = False) -> list[Piece]:
    """The short version's next pieces, for a story under the check's shortest answer: the
    further results the 90-second version tells that the participant linked to the story's
    skill (each with its own number or context as typed: more of what that skill did, told
    with the main result, ``draft_results.told_as_story``), in story order, taken only while
    the draft falls short (``draft_compose``: ``fill``), never padding; in the one draft of
    entries too thin for 90 seconds (``one``, offered at both lengths) after the story's later
    use. A result of another skill, or of none, is taken only as a loose fact (``loose``): two
    unrelated results in 30 seconds are heard as a list of figures (blind hiring managers, r17
    and r20), so it is told only where the draft is under the check's shortest answer without
    it, one at most (draft44: typed results left out of 13-second drafts)."""
    further = [r for r in further_results(read, results, skills, goals, True) if r not in more]
    # only more of what the story's skill did: a peer result of no skill's is a second fact
    # told beside the story, heard as a list (blind hiring managers, r20)
    extra = [r for r in further if on_thread(r, top)]  # linked, or on its topic
    # a result off the thread is a loose fact: told only in a draft still under the check's
    # shortest answer, one at most, after the thread's own (``draft_compose.compose``)
    # (the one draft only: the short version's own thread is never traded for it)
    off = [r for r in further if r not in extra] if one else []
    told = extra + off
    pieces = [Piece(5 + n / 10, 2 if one else 1, more_result(result, read, top, set(links)),
                    fill=True, fact=True, skills=thread_keys(result, top),
                    loose=result not in extra)
              for n, result in enumerate(told, start=1)]
    for piece, result in zip(pieces, told, strict=True):
        piece.carries = carries_growth(result, top, piece.text)
    return pieces


def unjoined(result: Result, top: Skill | None, goals: list[str]) -> bool:
    """True for a result nothing in the entries joins to the story: linked to no skill, not of
    the thread's topic (``on_thread``), and speaking to no goal of the hiring manager's
    (``draft_results.speaks_to_goal``). Such a result stays out of every version, even as the
    90-second one's one aside (``draft_compose.one_aside``): blind hiring managers (r28) heard
    it as "a budget line tacked on", "a list of results". With no goals in the workspace there
    is nothing to speak to: the result may be the one aside, as before."""
    return bool(goals) and not result.enabled_by and not on_thread(result, top) and \
        not speaks_to_goal(result, goals)
