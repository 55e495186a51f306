"""Which of a role's results a draft tells, and how two of them may share a sentence.

The draft (``workshop.draft``) tells one story: the skill that grew and what it produced. Its
results are chosen here: the one that shows the skill's effect first (``evidence_first``), the
further ones worth their time (``further_results``: a number or a named change, linked to a
skill or speaking to a goal), never one the participant's growth words tell already
(``told_in``). Blind raters (r17) heard "stat lists" where two unrelated results shared a
sentence ("X went down from 25 to 4, and I shipped 99.2% on time"): two results are told as
one sentence only where the participant linked them to the same skill, so the second reads as
more of what that skill did (``told_as_story``); any other result stays a sentence of its
own. A result is said to come from a skill only where the participant linked them
(``linked``).
"""

from __future__ import annotations

import re

from .check import check_answer
from .draft_compose import Piece
from .draft_compose import figures as _figures
from .draft_frame import variant_of
from .draft_later import repeats, share
from .draft_links import told_together
from .draft_read import RoleReading
from .growth_said import growth_clause, rides_on
from .model import Result, Skill, skill_key
from .spoken import clause_in_past, in_past, is_present, reads_whole
from .wording import content_stems, skill_words

__all__ = ["speaks_to_goal", "linked", "circular", "growth_on_result", "evidence_first", "told_in",
           "told_by_reason", "further_results",
           "told_as_story", "skills_of", "needs_part", "carries_growth", "same_change"]


# the most words of a part the short version adds to a result told bare: a longer one would
# push the participant's own reason out of a 30-second answer
SHORT_PART_WORDS = 20


def needs_part(said, sentence: str) -> bool:
    """True when a result is told as a sentence that says nothing of what the speaker did
    ("We cut ...", "Sales went up ...", "The orders were shipped ..."), not linked to the
    speaker's growth ("That is a big part of why ..." tells their part already): a hiring
    manager asks "what did you do?", so the speaker's part, where the entries hold one short
    enough, is told with it in the short version too (never "we" turned into "I"; without a
    part the coach asks for it)."""
    return said.shape in ("we", "clause", "clause-now") and sentence == said.told \
        and 0 < len(said.part.split()) <= SHORT_PART_WORDS


def linked(result: Result, skill: Skill | None) -> bool:
    return skill is not None and result.made_possible_by(skill)


def growth_on_result(grew: list[Piece], skill: Skill | None, result: Result, sentence: str,
                     current: bool) -> str:
    """The story's growth said in the sentence of the result the participant linked to its
    skill (``linked``), in place of a sentence of its own: the growth's clause
    (``growth_clause``: "I learned menu costing there"), which ``rides_on`` joins to the
    result's sentence ("... and GP went from 62% to 71%."); the growth's own line (``grew``,
    the pieces ``_growth_pieces`` made: the levels' plain sentence, then the participant's
    words of how far) is emptied. Blind hiring managers (r22) quoted that line ("That job
    is where I got better at X.") as the worst sentence in most drafts: it says nothing a
    listener can check, where the same growth said on what it produced does. In time order,
    never the result as the growth's cause ("..., which is how I got better at X": r22), and
    no causal lead ("Once I had learned X, ...": a stock link). Only where the levels' line
    stands alone (the participant's own words of how far tell the growth themselves), where
    the result reads as a whole sentence (a fragment is not glued to a clause of the kit's)
    told in the past (a present beside "I learned" is heard as a tense clash), that does not
    say two words of the skill's name again (``_names_again``), where its verb is not the
    skill's own ("train new drivers" -> "I trained 23 new
    drivers": the doing would be said twice), and where the answer check reads the growth
    and the result in the joined sentence as it reads them apart. "" where the growth is not
    said on the result (the line then stays as it was)."""
    if skill is None or not linked(result, skill) or len(grew) < 2 or grew[1].text \
            or not grew[0].text or not sentence or not reads_whole(sentence):
        return ""
    said = sentence.strip()
    if re.match(r"^(?:I|[Ww]e)\s", said) and _own_doing(said, skill) or _present_told(said) \
            or _names_again(said, skill):
        return ""  # the doing twice; a present beside "I learned" (a tense clash); the name twice
    clause = growth_clause(skill, current, variant_of(skill.name, result.statement or ""))
    if not clause:
        return ""
    joined = check_answer(rides_on(clause, said))
    if not joined.finding("skill_growth").ok or joined.finding("company_result").ok != \
            check_answer(said).finding("company_result").ok:
        return ""
    grew[0].text = ""
    return clause


def carries_growth(result: Result, skill: Skill | None, sentence: str) -> bool:
    """True when ``sentence`` (the result as told) may carry the growth of ``skill`` said
    before it (``draft_compose.stock_folded``): the participant linked the result to that
    skill, it is told in the past (a present beside "I learned" is a tense clash), and it is
    not the skill's own doing ("training adults" -> "I trained 212 teachers": joined, the
    doing is heard twice, tests/test_draft_growth_shown.py)."""
    said = sentence.strip()
    if skill is None or not linked(result, skill) or not said or circular(result, skill):
        return False  # a result that only counts the skill's own doing is its evidence
    own = re.match(r"^(?:I|[Ww]e)\s", said) and _own_doing(said, skill)
    return not own and not _present_told(said)


def _present_told(sentence: str) -> bool:
    """True for a result told in the present ("we ship 99% on time", "our lab passes ..."):
    the kit's past of it differs from it (``in_past``, ``clause_in_past``), or it reads as
    present (``is_present``)."""
    lead = re.sub(r"^[Ww]e\s", "I ", sentence)
    return is_present(sentence) or in_past(lead) != lead or \
        clause_in_past(sentence) != sentence


def _names_again(sentence: str, skill: Skill) -> bool:
    """True when the sentence holds two words of the skill's name side by side ("med rec"
    of "med rec and discharge"): joined to the growth's clause, the name would be said twice
    in one sentence."""
    def words(text: str) -> list[str]:
        return [w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower())]
    name, said = words(skill_words(skill).topic), words(sentence)
    pairs = {(a, b) for a, b in zip(name, name[1:], strict=False)}
    return any(pair in pairs for pair in zip(said, said[1:], strict=False))


def _own_doing(sentence: str, skill: Skill) -> bool:
    """True when the sentence's verb (the words after its "I" or "we") is a word of the
    skill's name ("recruited" of "volunteer recruitment", "trained" of "training adults")."""
    words = sentence.split()[1:3]
    return share(content_stems(" ".join(words)), content_stems(skill_words(skill).topic))


def circular(result: Result, skill: Skill | None) -> bool:
    """True when the result only says again what the skill is, its doing opening the result
    ("training adults" -> "I trained 212 teachers"): telling it as made possible by that skill
    is circular, so the two are told side by side."""
    if skill is None:
        return False
    words = skill_words(skill)
    topic = words.topic
    doing = content_stems(" ".join(topic.split()[:1]))
    # the skill's doing ("training adults") opening the result; a skill named by a noun
    # ("press maintenance") has no doing: "I cut press downtime" is its effect
    if words.activity and doing & content_stems(" ".join(result.statement.split()[:3])):
        return True
    # "precepting new grads" -> "I trained 14 new graduate nurses": a count of the doing
    # (not a change: "stock control" -> "I cut stock write-offs" is an effect) that holds half
    # the skill's words (of two or more) says the skill again, whatever the verb
    if result.from_value is not None or re.search(r"\bfrom\b.+\bto\b", result.statement):
        return False
    said, stems = content_stems(result.statement), content_stems(topic)
    return len(stems) >= 2 and 2 * sum(share({stem}, said) for stem in stems) >= len(stems)


def evidence_first(results: list[Result], skill: Skill | None,
                    read: RoleReading) -> list[Result]:
    """The results with the one that shows the skill's effect first: where the first only
    counts the skill's own doing ("precepting new grads" -> "I trained 14 new graduate
    nurses", ``_circular``), a result the participant linked to the same skill that states a
    number the check counts ("turnover went down from 30% to 11%") leads instead; the count
    follows in the 90-second version."""
    if not results or skill is None or not circular(results[0], skill):
        return results
    better = next((r for r in results[1:] if linked(r, skill) and not circular(r, skill)
                   and read.said(r).counted), None)
    return results if better is None else [better, *(r for r in results if r is not better)]


def told_in(result: Result, growth: str) -> bool:
    """True when the participant's growth words already tell this result: its numbers, or
    most of its meaningful words (it is not said twice)."""
    if not growth:
        return False
    numbers = _figures(result.statement)
    numbers |= {float(v) for v in (result.value, result.from_value) if v is not None}
    if numbers and numbers <= _figures(growth):
        return True
    return repeats(result.statement, [content_stems(growth)])


def told_by_reason(told: str, reason: str) -> bool:
    """True when the participant's reason, said at the start, tells the result ``told`` (as
    the draft would say it) already: 70% of its meaningful words (four or more), and no
    number the reason leaves out ("When we started the music the residents were calmer" and
    "Residents were calmer in the evening since we started the music session": one fact, told
    once, in the reason; "I trained 23 new drivers" after "I train the new drivers" is still
    told, for its count)."""
    stems = content_stems(told)
    if not reason or len(stems) < 4 or not _figures(told) <= _figures(reason):
        return False
    return len(stems & content_stems(reason)) >= 0.7 * len(stems)


_SPLICE = re.compile(r",\s*(?:now|then|so|and now)?\s*\w+\s+(?:is|are|was|were)\b", re.IGNORECASE)


def _specific(result: Result, read: RoleReading) -> bool:
    """A further result worth its time in the longer version: a number said, or a sentence
    that names what changed (three meaningful words), and not two notes run together with a
    comma ("I set the same system up, now recalls is 60 a week")."""
    said = read.said(result)
    if _SPLICE.search(result.statement):
        return False
    return said.number_said or len(content_stems(said.sentence)) >= 3


def _relevant(result: Result, skills: list[Skill], goals: list[str]) -> bool:
    """A further result worth telling: one the participant linked to a skill, or one that
    speaks to a goal of the hiring manager (a meaningful word in common); anything else is a
    fact tacked on ("I also invoiced 84,000 euros"), however the check reads its number ("I
    won the staff raffle twice" reads as a multiple)."""
    if result.enabled_by and any(linked(result, s) for s in skills):
        return True
    return not skills or speaks_to_goal(result, goals)


def speaks_to_goal(result: Result, goals: list[str]) -> bool:
    """True when ``result`` speaks to a goal of the hiring manager's: its statement or metric
    shares a meaningful word with one ("shipped 99.2% on time" and "on-time shipping"). A
    result nothing else in the entries joins to the story (no skill, not the thread's topic)
    is told in the 90-second version only so (issue 20, r28: "a budget line tacked on")."""
    about = content_stems(f"{result.statement} {result.metric}")
    return any(share(about, content_stems(goal)) for goal in goals)


def further_results(read: RoleReading, results: list[Result], skills: list[Skill],
                     goals: list[str], long: bool) -> list[Result]:
    """The results told after the main one: those that read as the participant's own
    sentence and say something (a number, or four meaningful words: "I also kept everything
    running" is a bolt-on), are linked to a skill or speak to a goal (in the long version also
    one that says its number as what it is: a number is evidence of its own; or an outcome
    with no number, ``_outcome``), and are not what
    a later use tells; one clause at most. The short version keeps one only to hold a number
    the check counts when the main result has none."""
    more = [r for r in results[1:] if read.said(r).shape in ("own", "we", "clause")
            and _specific(r, read)
            and (read.said(r).number_said or _figures(read.said(r).sentence)
                 or len(content_stems(read.said(r).sentence)) >= 4)
            and (_relevant(r, skills, goals) or long and (read.said(r).number_said
                                                         or read.said(r).counted
                                                         or _outcome(read.said(r))))]
    notes = [content_stems(sk.used_later) for sk in skills]
    more = [r for r in more if not any(content_stems(r.statement) <= note for note in notes)]
    more = [r for r in more if not any(read.told_within(r, other) for other in more
                                       if other is not r)
            and not (results and read.told_within(r, results[0]))]
    # one change told once: of two results that say the same change (the same meaningful
    # words of what moved), the one with less evidence is left out (blind raters, r25: "fact
    # twice", the same sales growth said as a from-to and again as a percentage)
    more = [r for r in more if not any(
        same_change(r, other) and _evidence(other) >= _evidence(r)
        for other in [*results[:1], *(o for o in more if o is not r)]
        if other is results[0] or _evidence(other) > _evidence(r)
        or more.index(other) < more.index(r))]
    clauses = [r for r in more if read.said(r).shape == "clause"]
    more = [r for r in more if r not in clauses[1:]]
    if not long:
        first_counted = bool(results) and read.said(results[0]).counted
        more = [] if first_counted else [r for r in more if read.said(r).counted][:1]
    return more[:3]


def _outcome(said) -> bool:
    """A result with no number that still tells what changed: one the answer check reads as
    a result for the organisation ("My first class had the lowest attrition"), or a clause
    about someone else's change ("Two of the girls went on to coach") -- never the
    speaker's own doing alone ("I filed the invoices", a duty). Told in the 90-second
    version's story where something joins it to it, else only as the one loose fact of a
    draft still too thin without it (``draft_compose.compose``): the entries' own claim,
    where a stock line or nothing would stand (blind raters: a thin draft beside richer
    entries)."""
    return said.result or said.shape in ("clause", "clause-now")


def _evidence(result: Result) -> int:
    """How much a result shows: a from-to (2), a number (1), words alone (0)."""
    if result.value is not None and result.from_value is not None:
        return 2
    return 1 if result.value is not None or _figures(result.statement) else 0


def same_change(one: Result, other: Result) -> bool:
    """True when two results say the same change: the meaningful words of what moved
    (statement and metric) of one are nearly all the other's ("grew my territory sales" and
    "grew sales in my territory by 50%"), at least two of them, so that two results about one
    thing are told once, the one with the most evidence (``further_results``)."""
    mine = content_stems(f"{one.statement} {one.metric}")
    theirs = content_stems(f"{other.statement} {other.metric}")
    small = min(len(mine), len(theirs))
    return small >= 2 and len(mine & theirs) >= max(2, 0.75 * small)


def skills_of(result: Result) -> frozenset[str]:
    """The skills the participant linked to ``result``, by their key."""
    return frozenset(skill_key(name) for name in result.enabled_by)


def told_as_story(text: str, pieces: list[Piece]) -> str:
    """``text`` with two results in a row told as one sentence only where the participant
    linked both to one skill (``draft_links.told_together`` for that pair): the second is
    more of what that skill did ("I trained 14 new nurses, and first-year turnover went down
    ..." of precepting). Any other two stay sentences of their own: two results of different
    skills, or of none, joined by "and" are a stat list (blind raters, r17), whatever their
    subjects ("I opened 85 accounts and stopped a fraud check", "X went down, and I ...")."""
    facts = sorted(((text.find(p.text), p) for p in pieces
                    if p.fact and p.text and text.find(p.text) >= 0), key=lambda item: item[0])
    for (start, one), (nxt, two) in zip(facts, facts[1:], strict=False):
        if nxt == start + len(one.text) + 1 and one.skills & two.skills:
            text = told_together(text, {one.text, two.text})
    return text
