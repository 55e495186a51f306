"""The story figures of ``benchmarks/draft_eval.py``: whether a draft answers with the
participant's reason and tells one story, not a list of results (blind raters r17: "no
personal value", "reason never supported", stat lists, "I helped the X to ..." frames).

Read with the benchmark's own short patterns and ``content_stems`` (the meaningful words of a
text), never the draft code's choices, so a rule taken out of the kit still shows:

- ``no reason``: drafts whose role holds a reason of the participant's (``personal_value``)
  but whose text carries none of its meaningful words;
- ``reason unsupported``: drafts whose opening (the first sentence, and the next where
  most of its meaningful words are the reason's) names one of the
  role's skills (most of its meaningful words) that the rest of the draft never tells: not
  the skill's words, nor a result the participant linked to it, nor its later use;
- ``listed``: sentences that tell two of the role's results (each by its figures, or most of
  its meaningful words) that share no skill the participant linked them to: a stat list;
- ``helped frame``: sentences with "I helped the/our/my X to ...";
- ``payoff lost``: drafts that tell a story of the entries (a text of two sentences or more,
  25 words or more: the reason, the summary, a result, its part, a growth or a later-use
  note) by one of its sentences before the last, but not its last (its payoff: a trailing
  aside such as "Anyway." or "Good times." is none, by the benchmark's own short list):
  the scene told, the outcome lost (blind raters, r31);
- ``pointer dangles``: sentences of a draft that open on a pointer to the sentence before
  them ("Since then", "Three weeks later", "That's when", "After that", "Instead", "It was
  the moment", "That's how": the benchmark's own short list) where the participant typed
  that pointer after a clause the draft does not tell (blind raters, r25: "'Since then'
  dangles", "refers to a story never told");
- ``made-up growth``: sentences that tell a skill's growth as a scene the participant never
  wrote, made from the levels set in 02 ("I had no background in X at first", "I started
  out a complete beginner", "soon I was the one colleagues asked", "grew confident in X",
  "the X side of the job", "doing it without supervision", "what I learned about building
  when ..."): the benchmark's own short list of the shapes (``_SCENES``), each counted only
  where the role's own words do not hold it;
- ``tacked on``: drafts (three sentences or more) whose last sentence tells a result of the
  role that the participant linked to no skill the draft names, after the story was told: a
  sentence before it, after the opening, names a skill of the role (half its meaningful
  words) or tells a skill's later use (half of its note's). The answer ends on a CV line
  ("... which I use today at my new job. I also shipped 98% on time."), not on its payoff
  (draft64: hiring managers' "a list, not one story").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_grammar import sentences  # noqa: E402

from workshop.model import Result, Role, Skill  # noqa: E402
from workshop.wording import content_stems, skill_words  # noqa: E402

__all__ = ["no_reason", "reason_unsupported", "listed", "helped_frames", "made_up_growth",
           "reason_cut", "list_ninety", "payoff_lost", "pointer_dangles", "tacked_on"]

_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_HELPED = re.compile(r"\bI helped (?:the|our|my) (?:[\w'-]+ ){1,4}?to\b", re.IGNORECASE)


def _figures(text: str) -> set[str]:
    return {f.replace(",", "") for f in _FIGURE.findall(text or "")}


def _most(stems: set[str], said: set[str], share: float = 0.6) -> bool:
    return bool(stems) and len(stems & said) >= share * len(stems)


def no_reason(text: str, role: Role | None) -> bool:
    """True when the role holds a reason and the draft says none of its meaningful words."""
    reason = content_stems(role.personal_value) if role is not None else set()
    return bool(text) and bool(reason) and not reason & content_stems(text)


def _told(skill: Skill, role: Role, said: set[str]) -> bool:
    """True when ``said`` (a text's meaningful words) tells the skill: its own words, a result
    the participant linked to it, or its later use."""
    if _most(content_stems(skill_words(skill).topic), said, 0.5):
        return True
    linked = [r for r in role.results if r.made_possible_by(skill)]
    return any(_most(content_stems(r.statement), said) for r in linked) or \
        _most(content_stems(skill.used_later), said)


def reason_unsupported(text: str, role: Role | None) -> bool:
    """True when the opening names a skill of the role the rest of the draft never tells."""
    said = sentences(text)
    if role is None or not said:
        return False
    reason = content_stems(role.personal_value)
    # the opening: the first sentence, and the next where it says the participant's reason
    ends = 2 if len(said) > 1 and _most(content_stems(said[1]), reason, 0.5) else 1
    opening = content_stems(" ".join(said[:ends]))
    rest = content_stems(" ".join(said[ends:]))
    named = [s for s in role.skills
             if _most(content_stems(skill_words(s).topic), opening, 0.5)]
    return any(not _told(s, role, rest) for s in named)


def _result_in(result: Result, sentence: str, said: set[str]) -> bool:
    figures = _figures(result.statement) | {
        f"{v:g}" for v in (result.value, result.from_value) if v is not None}
    figures = {f for f in figures if f not in ("0", "1")}
    if figures and figures <= _figures(sentence):
        return True
    return _most(content_stems(result.statement), said, 0.7)


def listed(text: str, role: Role | None) -> int:
    """Sentences that tell two or more of the role's results sharing no linked skill."""
    if role is None:
        return 0
    count = 0
    for sentence in sentences(text):
        said = content_stems(sentence)
        told = [r for r in role.results if r.statement and _result_in(r, sentence, said)]
        skills = [{n.lower() for n in r.enabled_by} for r in told]
        count += any(not a & b for i, a in enumerate(skills) for b in skills[i + 1:])
    return count


def helped_frames(text: str) -> int:
    """Sentences with the frame "I helped the/our/my X to ..."."""
    return sum(bool(_HELPED.search(s)) for s in sentences(text))


# The scenes of a start and an end a kit can make from levels (blind raters, r18), and a doing
# cut to its bare gerund ("what I learned about building when ...").
_SCENES = re.compile(
    r"\b(?:no background in|(?:a )?complete beginner|knew nothing about|knowing nothing about|"
    r"no experience with|only knew the basics|just enough about|still green at|"
    r"already (?:fairly )?good at|the one (?:colleagues|people|others) (?:asked|ask)|"
    r"came to me for advice|teaching it to|training others in it|teach(?:es)? it to|"
    r"trains? others in it|without (?:anyone checking|supervision|help)|confidently on my own|"
    r"grew confident in|became (?:confident|good) (?:in|at)|side of the job|built up real|"
    r"got really good at|routine side of|on arrival|"
    r"what I learned about \w+ing(?= when\b| to\b| on\b|[,.]))", re.IGNORECASE)


def _own_words(role: Role) -> str:
    """Everything the participant wrote for the role, in lower case."""
    texts = [role.summary, role.personal_value]
    texts += [t for s in role.skills for t in (s.name, s.used_later, s.how_far)]
    texts += [r.statement for r in role.results]
    return " ".join(str(t or "") for t in texts).lower()


def made_up_growth(text: str, role: Role | None) -> int:
    """Sentences that tell a level-made growth scene the role's own words do not hold."""
    if role is None:
        return 0
    own = _own_words(role)
    return sum(any(m.group(0).lower() not in own for m in _SCENES.finditer(s))
               for s in sentences(text))


# What a cut reason leaves unsaid when it ends mid-thought: the rest goes on with the same
# subject or a contrast ("... an actual accountant | and not just someone ...", "... belonged
# here | and was not just the new guy ..."); ", and seeing them ..." is a clause of its own.
_GOES_ON = re.compile(r"^\s*[,;]?\s*(?:(?:and|but|or)\s+(?:not|never|was|were|is|are|had|has|"
                      r"have|also|then|still)\b|not\b|instead\b|which\b)", re.IGNORECASE)


def reason_cut(text: str, role: Role | None) -> bool:
    """True when a sentence of the draft's opening (its first four) is the start of a sentence
    of the participant's reason (``personal_value``) cut off where the reason goes on with
    the same thought: every meaningful word of the draft's sentence, four or more, is in the
    reason's sentence before the cut, and what the reason says after it (three meaningful
    words or more) opens on a link or a contrast (``_GOES_ON``)."""
    if role is None or not role.personal_value:
        return False
    said = [content_stems(s) for s in sentences(text)[:4]]
    for part in re.split(r"(?<=[.!?])\s+", role.personal_value):
        words = part.split()
        for n in range(4, len(words)):
            head, rest = " ".join(words[:n]), " ".join(words[n:])
            if not _GOES_ON.match(rest) or len(content_stems(rest)) < 3:
                continue
            stems = content_stems(head)
            if any(len(s) >= 4 and s <= stems and s & content_stems(words[n - 1]) and
                   not content_stems(rest) <= s for s in said):
                return True
    return False


def list_ninety(text: str, role: Role | None) -> bool:
    """True for a draft with more than two unlinked facts after its thread: sentences after
    the first that names a skill of the role (the thread's) that tell a result the
    participant linked to no skill the thread names, or name another skill of the role."""
    if role is None:
        return False
    said = sentences(text)
    named = [next((sk for sk in role.skills
                   if _most(content_stems(skill_words(sk).topic), content_stems(s), 0.99)),
                  None) for s in said]
    first = next((n for n, sk in enumerate(named) if sk is not None), None)
    if first is None:
        return False
    thread = named[first]
    facts = 0
    for n in range(first + 1, len(said)):
        stems = content_stems(said[n])
        other = named[n] is not None and named[n] is not thread
        told = [r for r in role.results if r.statement and _result_in(r, said[n], stems)]
        unlinked = any(not r.made_possible_by(thread) for r in told)
        facts += other or unlinked
    return facts > 2


def tacked_on(text: str, role: Role | None) -> bool:
    """True when the draft's last sentence tells a result linked to no skill the draft names,
    said after a sentence that names a skill of the role or tells its later use (see above)."""
    said = sentences(text)
    if role is None or len(said) < 3:
        return False
    last, stems = said[-1], content_stems(said[-1])
    before = content_stems(" ".join(said[:-1]))  # a skill the last sentence names is no story
    named = [sk for sk in role.skills
             if _most(content_stems(skill_words(sk).topic), before, 0.5)]
    told = [r for r in role.results if r.statement and _result_in(r, last, stems)]
    if not told or any(r.made_possible_by(sk) for r in told for sk in named):
        return False
    story = [content_stems(s) for s in said[1:-1]]
    return any(_most(content_stems(skill_words(sk).topic), s, 0.5)
               or _most(content_stems(sk.used_later), s, 0.5)
               for sk in role.skills for s in story)


# A story's last sentence that only comments on it, never its payoff: the benchmark's own list.
_ASIDE = re.compile(r"^\W*(?:anyway|anyways|so yeah|but yeah|yeah|haha|lol|good times|fun times|"
                    r"what a (?:night|day|week)|those were the days|crazy|never a dull moment)"
                    r"\W*(?:haha|lol)?\W*$", re.IGNORECASE)


def _stories(role: Role) -> list[list[str]]:
    """The role's texts told as stories: two sentences or more, 25 words or more."""
    texts = [role.summary, role.personal_value]
    texts += [t for s in role.skills for t in (s.used_later, s.how_far)]
    texts += [t for r in role.results for t in (r.statement, r.my_part)]
    out = []
    for text in texts:
        told = [s for s in re.split(r"(?<=[.!?])\s+", " ".join(str(text or "").split())) if s]
        while told and _ASIDE.match(told[-1]):
            told.pop()
        if len(told) >= 2 and len(" ".join(told).split()) >= 25:
            out.append(told)
    return out


def payoff_lost(text: str, role: Role | None) -> bool:
    """True when the draft tells a story of the entries by a sentence before its last (two
    in three of its meaningful words, three or more) but not its payoff, the last (half of
    its meaningful words)."""
    if role is None or not text:
        return False
    said = content_stems(text)
    for story in _stories(role):
        payoff = content_stems(story[-1])
        begun = any(len(st := content_stems(s)) >= 3 and len(st & said) >= 2 / 3 * len(st)
                    for s in story[:-1])
        if begun and payoff and len(payoff & said) < 0.5 * len(payoff):
            return True
    return False


# A sentence that opens on a time or a sequence it counts from the one before it, or on the
# moment of a story ("Since then", "Three weeks later", "That's when", "After that",
# "Instead", "It was the moment ..."): the benchmark's own short list.
_LEANS = re.compile(
    r"^(?:since then|ever since|after that|afterwards|from then on|by then|that's when|"
    r"that is when|that was when|this was when|instead(?! of)|later|soon after|"
    r"(?:a|an|one|two|three|four|five|six|a few|several|some|\d+) (?:days?|weeks?|months?|"
    r"years?|hours?) later|the (?:next|following) (?:day|morning|week|month)|"
    r"(?:it|that|this) (?:was|is) the moment|the moment|that's how|that was how|"
    r"this is how|that's why)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"(?<=[.!?;])\s+|,\s+")


def _entry_texts(role: Role) -> list[str]:
    texts = [role.summary, role.personal_value]
    texts += [t for s in role.skills for t in (s.used_later, s.how_far)]
    texts += [t for r in role.results for t in (r.statement, r.my_part)]
    return [" ".join(str(t or "").split()) for t in texts if t]


def pointer_dangles(text: str, role: Role | None) -> int:
    """Sentences of the draft (after its first) that open on a pointer to the one before it
    (``_LEANS``) where the participant typed that pointer after a clause (in the same entry)
    that the draft does not tell (under half of its meaningful words, three or more, in the
    draft): a kept sentence leaning on a cut one."""
    if role is None or not text:
        return 0
    said = sentences(text)
    told = content_stems(text)
    count = 0
    for sentence in said[1:]:
        lead = _LEANS.match(sentence)
        if not lead:
            continue
        start = " ".join(sentence.lower().split()[:4])
        for entry in _entry_texts(role):
            clauses = [c.strip() for c in _CLAUSE_END.split(entry) if c.strip()]
            at = next((k for k, c in enumerate(clauses)
                       if " ".join(c.lower().split()[:4]).rstrip(".!?,;") ==
                       start.rstrip(".!?,;")), None)
            if not at:
                continue
            before = content_stems(clauses[at - 1])
            if len(before) >= 3 and len(before & told) < 0.5 * len(before):
                count += 1
                break
    return count
