"""A participant's reply to a coach's question, read in the light of the question and put
into the workspace (``apply_reply``, for ``Session.change``).

``workshop.coach`` asks (``Question``); this module reads what comes back: a number or a
change ("by 20%", "from about 30 to maybe 20"), a choice, or words for a note (a later use,
the speaker's own part, how far a skill grew, the reason), each stored on the field the
question asked about. A reply is read as the answer to its question, never as a sentence on
its own (``workshop.reply_meaning``), and the draft says what the field holds as a sentence
of the answer, or nothing. The reply as typed always stays in the workspace.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Protocol

from .check import growth_arc
from .draft_read import clean
from .edits import with_answer, with_item, with_role
from .empty_reply import says_nothing
from .errors import ValidationError
from .model import Result, Role, Skill, Workspace, skill_key
from .numbers import quantities
from .personal_value import thin_reason
from .question_fit import brought_skill
from .reason_short import value_data
from .reply_meaning import (
    ENDED_KEY,
    NONE_KEY,
    TYPED_KEY,
    UNKNOWN_KEY,
    figure_unknown,
    period_said,
    period_unit_missing,
    reply_meaning,
    use_ended,
)
from .spoken import wording_data
from .typed import QUESTION, coach_dropped
from .typed_said import (
    HEDGE_KEY,
    NOT_QUOTED,
    QUOTED_KEY,
    SAID_KEY,
    figure_note,
    hedge_said,
    reply_hedge,
    reply_told,
    without_figures,
)
from .wording import content_stems

__all__ = ["apply_reply", "joined_note", "written_as_sentences"]


class Asked(Protocol):
    """What a reply needs of the question it answers (``coach.Question``)."""

    code: str
    skill: int | None
    result: int | None


def joined_note(note: str, reply: str) -> str:
    """A typed reply added to what the participant wrote before (half a growth arc, the
    answer): the reply after it as a sentence of its own; a reply that says the note again
    (most of the note's words are in it) takes its place; a note that holds the reply already
    stays as it is."""
    note, reply = " ".join(note.split()), " ".join(reply.split())
    if not note:
        return reply
    old, new = content_stems(note), content_stems(reply)
    if reply.lower() in note.lower():
        return note
    if not old or len(old & new) * 5 >= len(old) * 3:
        return reply
    end = "" if note[-1] in ".!?" else "."
    return f"{note}{end} {reply[:1].upper()}{reply[1:]}"



def _reply_quantities(reply: str) -> list:
    """The numbers a reply gives ("by 20%", "from 40 to 22 hours"), years, dates and ratings
    left out."""
    return [q for q in quantities(reply) if q.kind not in ("year", "date", "rating")]


def _reply_quantity(reply: str):
    """The first number a reply gives, or None."""
    found = _reply_quantities(reply)
    return found[0] if found else None


def _stored(value: float) -> float | int:
    """A figure as the workspace stores it: a whole number as an int."""
    return int(value) if float(value).is_integer() else value


def _extra_unsaid(result: Result) -> dict:
    """The result's extra fields less the words a former reply had the draft say."""
    return {k: v for k, v in result.extra.items() if k not in (HEDGE_KEY, SAID_KEY)}


def _put(role: Role, old: Result | Skill, new: Result | Skill) -> Role:
    """The role with its result or skill ``old`` (this very record) replaced by ``new``."""
    field_name = "skills" if isinstance(old, Skill) else "results"
    items = getattr(role, field_name)
    i = next(i for i, item in enumerate(items) if item is old)
    return replace(role, **{field_name: with_item(items, i, new)})


def _from_hedge(reply: str) -> str:
    """The hedge of a change typed hedged from its start ("from about 30% to 27%", "~30 ->
    27"): "about ", said before its first figure; "" for none."""
    m = re.search(r"\d[\d,.]*%?", reply)
    words = reply_hedge(reply, m.start(), m.group(0)) if m else ""
    return words if words and not re.search(r"\d", words) else ""


_HEDGE = (r"(?:(?:maybe|perhaps|about|around|roughly|approx(?:imately)?\.?|nearly|almost|"
          r"probably|close\s+to|just\s+under|just\s+over|under|over|circa|some|like)\s+|[~≈]\s*)*")
# a change typed with a hedge on its end figure: "from about 30 to maybe 20", "30 a week, maybe
# 18 by the end", "from 40 to 25ish", "from 40 to around 25 i think"
_CHANGE_TYPED = re.compile(
    rf"(?P<h1>{_HEDGE})(?P<a>[$£€]?\d[\d,.]*\s*%?)(?P<ish1>\s*-?\s*ish\b|\s+or\s+so\b)?"
    rf".{{0,40}}?(?:\bto\b|->|\u2192|,\s*)\s*(?P<h2>{_HEDGE})(?P<b>[$£€]?\d[\d,.]*\s*%?)"
    r"(?P<ish2>\s*-?\s*ish\b|\s+or\s+so\b)?", re.IGNORECASE)
# words that disown a figure typed plain: "10%, don't quote me", "18 I think", "ballpark"
_DISOWNED = re.compile(r"\b(?:don['’]?t\s+quote\s+me|i\s+think|i\s+guess|not\s+(?:100%\s+)?sure|"
                       r"ball\s*park|guesstimate|rough(?:ly)?|give\s+or\s+take|or\s+so|"
                       r"from\s+memory|if\s+i\s+remember|iirc|approx(?:imately)?)\b",
                       re.IGNORECASE)


def _change_words(reply: str) -> str:
    """A from-to reply said as typed where its end figure is hedged ("from about 30 to maybe
    20", "from 40 to 25ish"), both hedges kept; "" where the end is plain (its start's hedge
    is kept as ``HEDGE_KEY``)."""
    m = _CHANGE_TYPED.search(reply)
    if not m:
        return ""
    disowned = bool(_DISOWNED.search(reply[m.end():]))
    h2 = hedge_said(m.group("h2")) or ("about " if m.group("ish2") or disowned else "")
    if not h2:
        return ""
    h1 = hedge_said(m.group("h1")) or ("about " if m.group("ish1") or disowned else "")
    return f"from {h1}{m.group('a').strip()} to {h2}{m.group('b').strip()}".lower()


def _unit_untyped(result: Result, reply_unit: str, first: float, last: float) -> str | None:
    """The unit a from-to reply stores where it types none: never the entry's "%" of a
    relative change ("dropped by 40%": "from 30 to 18" are tickets, not percent), unless
    the two figures are that many points apart; None: the entry's unit stays."""
    if reply_unit or result.unit != "%" or result.from_value is not None:
        return None
    if result.value is not None and abs(abs(last - first) - abs(result.value)) < 0.5:
        return None
    return ""


def _quotable(role: Role, result: Result) -> tuple[Role, Result]:
    """A result whose figure the participant asked not to be quoted, before a reply gives one
    they are happy to say: its statement as the draft tells it (the note and its figures left
    out, "Cut overtime by 18%, don't quote me" -> "Cut overtime"), the one typed kept in
    ``QUOTED_KEY``, and no fields' figure left beside the reply's; else as it is."""
    said, note = figure_note(result.statement, True)
    if note != NOT_QUOTED or not without_figures(said):
        return role, result
    new = replace(result, statement=without_figures(said), value=None, from_value=None,
                  extra={**result.extra, QUOTED_KEY: result.statement})
    return _put(role, result, new), new


def _reply_number(role: Role, result: Result, skill: Skill, reply: str) -> Role:
    if figure_unknown(reply):  # "no idea", "we never measured it": kept, never said as a
        # figure, and the number is not asked again
        return _put(role, result, replace(result, extra={**result.extra, UNKNOWN_KEY: reply}))
    role, result = _quotable(role, result)  # a figure they are happy to say, in its place
    reply = hedge_said(reply)  # "c.15%", "~25%": "about 15%", "about 25%"
    extra = _extra_unsaid(result)
    told = reply_told(reply)
    if told is not None:  # "about a third", "1 in 5 to 1 in 20": its figure, said as typed
        fields = {"value": told.value, "unit": "%", "extra": {**extra, SAID_KEY: told.words}}
        if told.before is not None:
            fields.update(from_value=told.before, kind="change")
        return _put(role, result, replace(result, **fields))
    if _period_only(result, reply):  # "about 3 months" to "how much?": the time it took
        period = re.sub(r"^(?:it\s+)?took\s+", "in ", reply.strip(), flags=re.IGNORECASE)
        return _put(role, result, replace(result, period=period_said(period) or period))
    q = _reply_quantity(reply)
    if q is None:
        raise ValidationError("that reply has no number in it: write it the way you would "
                              "say it, for example 'by 20%' or 'from 40 to 22 hours'.",
                              field="value")
    fields = {"value": _stored(q.value)}
    if q.unit and q.unit not in ("x",):  # the reply's own unit ("from 400 to 328 hours")
        fields["unit"] = q.unit
    # a figure given only hedged ("maybe 20-30%", "about 40"): its words before the number are
    # kept with it, so the draft says it as typed, never "by 30%" (issue 20, r24-r29)
    hedge = reply_hedge(reply, q.start, q.text) if q.before is None else _from_hedge(reply)
    if q.unit == "%" and not re.search(r"\d", q.text):  # "a third of the time": its words
        fields["extra"] = {**extra, SAID_KEY: f"{hedge}{q.text}"}
        fields["unit"] = "%"
        return _put(role, result, replace(result, **fields))
    if not hedge and _DISOWNED.search(reply):  # "10%, don't quote me": never said bare
        hedge = "about "
    fields["extra"] = {**extra, HEDGE_KEY: hedge} if hedge else extra
    if q.before is not None:
        fields.update(_change_fields(result, reply, q, fields["extra"]))
    return _put(role, result, replace(result, **fields))


_PERIOD_LEAD = re.compile(r"^(?:in|over|within|after|for|during|took|it\s+took)\b", re.IGNORECASE)


def _period_only(result: Result, reply: str) -> bool:
    """True for a reply to the number question that gives only a length of time ("about 3
    months", "over 2 years") about a result that measures no time ("I cut agency spend"): it
    says in what time, not how much, so it is the result's period (the draft says "in about 3
    months") and the number is asked again; never where a period is typed already, nor about a
    time measured ("I cut the waiting time": "about 3 days" is how much)."""
    found = _reply_quantities(reply)
    if not found or any(q.kind != "duration" for q in found) or result.period:
        return False
    if _PERIOD_LEAD.match(reply.strip()):
        return True
    times = frozenset(wording_data()["time_measures"])
    said = re.findall(r"[a-z]+", f"{result.statement} {result.metric}".lower())
    return not any(w in times for w in said)


def _change_fields(result: Result, reply: str, q, extra: dict) -> dict:
    """The fields of a change a reply gives from and to (``q``): its start, the end's hedge
    kept too ("from about 30 to maybe 20"; the start's hedge stays beside it, for a sentence
    that says the change in its own words), no "%" the reply did not type."""
    fields: dict = {"from_value": _stored(q.before), "kind": "change"}
    said = _change_words(reply)
    if said:
        fields["extra"] = {**extra, SAID_KEY: said}
    unit = _unit_untyped(result, q.unit or "", q.before, q.value)
    if unit is not None:
        fields["unit"] = unit
    return fields


def apply_reply(workspace: Workspace, role_id: str, question: Asked, reply: str) -> Workspace:
    """The workspace with the participant's reply to ``question`` put in its entries (for
    ``Session.change``). Raises ``ValidationError`` with what to fix for an empty or unusable
    reply, and for a question whose entry is no longer there."""
    reply = " ".join(str(reply).split())
    if not reply:
        raise ValidationError("the reply is empty: type your answer in the box first.",
                              field="reply")
    if says_nothing(reply) and question.code in _KEPT_FIELDS:
        # a throwaway reply would take the place of (or be added to) the participant's own
        # words: refused, their entry stays as it is, and the question stays open
        raise ValidationError(f"'{reply[:60]}' doesn't give the draft anything it can say, "
                              f"so your entry stays as it was. {_KEPT_FIELDS[question.code]}",
                              field="reply")
    if question.code == "goal_evidence":  # added to the end of the answer, about its role
        text = joined_note(workspace.answer.text, _said_to_interviewer(
            question.code, reply, getattr(question, "text", "")))
        return with_answer(workspace, text, workspace.answer.role_id or role_id)
    if question.code == "enabled_by":  # a skill of another job offered for this result
        offered = tuple(getattr(question, "options", ()))  # a question made by hand has none
        picked = offered if _LINK_ALL.match(reply) else (reply,)  # ("all": each offered)
        workspace = brought_skill(workspace, role_id, picked)  # (``question_fit.link_options``)
    role = workspace.role(role_id)
    try:
        result = role.results[question.result] if question.result is not None else None
        skill = role.skills[question.skill] if question.skill is not None else None
    except IndexError:
        raise ValidationError("that entry has changed since the question was asked: look at "
                              "the new questions.", field="reply") from None
    handler = _REPLIES[question.code]
    said = _said_to_interviewer(question.code, reply, getattr(question, "text", ""))
    if said != reply:  # the words to the coach left out; the reply as typed kept beside
        handler = functools.partial(handler, typed=reply)
    return with_role(workspace, role_id, lambda role: handler(role, result, skill, said))


# The questions whose reply takes the place of, or is added to, words the participant typed
# (a result's sentence, the answer itself): a throwaway reply ("dunno") is refused, with what
# would help. Elsewhere it is kept in the entries, never said, and the question stays open.
_KEPT_FIELDS = {"statement": "Say the result as you would aloud: what you did, and what "
                             "changed for the organisation.",
                "meaning": "Say what it meant for the organisation: what it let them keep, "
                           "win or do.",
                "goal_evidence": "Say what you did in this job that shows you can meet the "
                                 "goal, and what changed."}


def _reply_from_to(role: Role, result: Result, skill: Skill, reply: str) -> Role:
    reply = hedge_said(reply)
    told = reply_told(reply)
    found = _reply_quantities(reply)
    ends = [q for q in found[1:] if not q.unit or q.unit == found[0].unit] if found else []
    if ends and all(q.before is None for q in found) and (told is None or told.before is None):
        # the start and the end told apart, in a sentence ("about 90 loaves back a day ..., by
        # the end it was about 70", "from around 20 corrections each month to 13"): the first
        # figure is where it started and the last of its unit (or of none) where it got to,
        # never the first said as the size of the change ("down by about 90", r32 raters);
        # a figure of another unit ("30% across the 3 shops") is no end
        return _reply_pair(role, result, reply, found[0], ends[-1])
    q = found[0] if found else None
    if told is not None or q is not None and q.before is None and (re.sub(
            r"[\d,.%\s-]|\b(?:to|or|and|between)\b", "", reply_hedge(reply, q.start, q.text))
            or _DISOWNED.search(reply)):
        # "1 in 5 to 1 in 20", "about a third", "maybe 20 to 30 percent": taken as typed, the
        # figure they know, never refused for want of two exact numbers
        return _reply_number(role, result, skill, reply)
    if q is not None and q.before is None and re.search(r"\d\S*\s*(?:to|->|\u2192)\s*\S*\d",
                                                         reply):
        q = _reply_quantity("from " + reply)  # "30% to 27%": both numbers, "from" unsaid
        reply = "from " + reply
    if q is None or q.before is None:
        raise ValidationError("write both numbers, for example 'from 40 to 22'.",
                              field="from_value")
    return _reply_number(role, result, skill, reply)


def _reply_pair(role: Role, result: Result, reply: str, first, last) -> Role:
    """A from-to reply whose two figures stand apart in the sentence: from ``first`` to
    ``last``, the hedge typed before the first kept, a rate ("1 in 4") said in its words."""
    extra = _extra_unsaid(result)
    fields = {"value": _stored(last.value), "from_value": _stored(first.value), "kind": "change"}
    if _RATE_TEXT.fullmatch(first.text) and _RATE_TEXT.fullmatch(last.text):
        fields["unit"] = "%"
        extra[SAID_KEY] = f"from {first.text} to {last.text}"
    else:
        unit = next((q.unit for q in (first, last) if q.unit and q.unit != "x"), None)
        if unit:
            fields["unit"] = unit
        elif _unit_untyped(result, "", first.value, last.value) is not None:
            fields["unit"] = ""
        hedge = reply_hedge(reply, first.start, first.text)
        said = _change_words(reply)
        if said:  # "about 30 a week, maybe 18 by the end": both hedges kept
            extra[SAID_KEY] = said
        elif hedge and not re.search(r"\d", hedge):
            extra[HEDGE_KEY] = hedge
    fields["extra"] = extra
    return _put(role, result, replace(result, **fields))


_RATE_TEXT = re.compile(r"\d+\s+in\s+\d+")  # a rate read as a figure: "1 in 4"


# The typed replies that are sentences the draft says (the rest are choices, a time, numbers).
_SENTENCE_FIELDS = ("how_far", "used_later", "my_part", "statement")


def written_as_sentences(reply: str) -> str:
    """A typed reply written as sentences, its words kept: "i" as "I", a contraction typed
    without its apostrophe with it ("didnt" -> "didn't", ``contractions`` in
    data/personal_value.json), each sentence's first letter a capital and a stop at the end
    ("first time i ran the shift" -> "First time I ran the shift.")."""
    text = " ".join(reply.split())
    if not text:
        return text
    table = {k.lower(): v for k, v in value_data()["contractions"].items()}
    text = re.sub(r"\b(?:i|" + "|".join(map(re.escape, table)) + r")\b",
                  lambda m: "I" if m.group(0) == "i" else table.get(m.group(0).lower(),
                                                                    m.group(0)), text)
    text = re.sub(r"(^|(?<!\b[a-z]\.[a-z])[.!?]\s+)([a-z])",
                  lambda m: m.group(1) + m.group(2).upper(), text)
    return text if text[-1] in ".!?" else text + "."


# What a reply to each question that is said as a sentence should hold, for one the draft can't
# say: a remark to the coach ("ask my manager", "don't quote me") or a question typed back.
_SAY_INSTEAD = {"my_part": "Say what you did yourself, in a sentence: 'I set up ...'.",
                "used_later": "Say where you used it later and what it produced, in a sentence.",
                "how_far": "Say where you started and where you got to: 'At first I ...; by "
                           "the end I ...'.",
                "statement": _KEPT_FIELDS["statement"],
                "personal_value": "Say what the job gave you, in a sentence of your own.",
                "goal_evidence": _KEPT_FIELDS["goal_evidence"]}


def _asked_back(sentence: str, asked: str) -> bool:
    """True for a sentence of a reply that types the coach's question back ("what was my
    part?", "where did I use it?": a question sharing a word of substance with ``asked``) or
    asks the coach what it means ("you mean the rota?"); a question of the participant's own
    ("Did it work? It did, ...") is theirs to say."""
    if not QUESTION.match(sentence):
        return False
    return bool(re.match(r"(?i)(?:what\s+)?(?:do\s+)?you\s+mean\b", sentence) or
                content_stems(sentence) & content_stems(asked))


def _said_to_interviewer(name: str, reply: str, asked: str = "") -> str:
    """A typed reply without what it says to the coach rather than to an interviewer: the
    question typed back (``_asked_back``, ``asked`` the question's text), and the remarks of
    ``typed.coach_dropped`` ("dunno, ...", "..., if that makes sense", a "?" of doubt): the
    words the field keeps. Raises ``ValidationError`` saying what to write where nothing is
    left of a reply that said something ("ask my manager"). A reply that says nothing, or
    that ``reply_meaning`` reads as a no, a yes or "all of it", is read by it as typed."""
    if name not in _SAY_INSTEAD or says_nothing(reply) or reply_meaning(
            name, reply).kind != "as typed":
        return reply
    kept = [s for s in re.split(r"(?<=[.!?])\s+", reply) if not _asked_back(s, asked)]
    said = coach_dropped(" ".join(kept))
    if not said or says_nothing(said):
        raise ValidationError(f"'{reply[:60]}' reads as a word to the coach, not something "
                              "you would say to an interviewer, so the draft can't use it and "
                              f"your entry stays as it was. {_SAY_INSTEAD[name]}", field=name)
    return said


def _reply_field(name: str):
    def reply_to(role: Role, result: Result, skill: Skill, reply: str, typed: str = "") -> Role:
        cut = bool(typed) and typed != reply  # words to the coach left out of the reply
        typed = typed or reply
        if name == "period":
            reply = _period_reply(reply)
        meaning = reply_meaning(name, reply)
        record = role if name in ("organization_kind", "personal_value") else (
            skill if name in ("used_later", "how_far") else result)
        if meaning.kind == "none" and not says_nothing(reply):
            # a no, said in words the draft could paste ("Only here still."): kept beside the
            # field, never said, and the question stays open
            return _put_field(role, record, {"extra": {**record.extra, TYPED_KEY: typed}})
        if meaning.kind in ("fact", "all", "most"):
            reply = meaning.words  # what it means to the question, said as an answer
        if name in _SENTENCE_FIELDS:  # the reason is said by its own rules (personal_value)
            reply = written_as_sentences(reply)
        if name == "personal_value" and thin_reason(role):  # the moment the follow-up asked
            reply = joined_note(role.personal_value, reply)  # for, added to the thin words
        if name == "how_far" and _half_arc(record.how_far):  # a start or an end, added to
            if says_nothing(reply):  # never "At first I ... Dunno really."
                raise ValidationError(f"'{reply[:60]}' doesn't give the draft anything it can "
                                      "say, so your note stays as it was. Add the half it "
                                      "lacks: where you started ('at first I ...') or where "
                                      "you got to ('by the end I ...').", field="how_far")
            reply = joined_note(record.how_far, reply)
        fields = {name: reply}
        if meaning.kind in ("fact", "all", "most") or cut:  # the reply as typed kept beside it
            fields["extra"] = {**record.extra, TYPED_KEY: typed}
        return _put_field(role, record, fields)
    return reply_to


def _reply_used_later(role: Role, result: Result, skill: Skill, reply: str,
                      typed: str = "") -> Role:
    """A later use; or "none", "it ended there", "not yet" (``use_ended``): the participant's
    answer, kept as typed and never said; the draft leaves the later use out and the coach
    does not ask again."""
    if use_ended(reply):
        return _put_field(role, skill, {"extra": {**skill.extra, TYPED_KEY: reply,
                                                  ENDED_KEY: reply}})
    return _reply_field("used_later")(role, result, skill, reply, typed)


def _period_reply(reply: str) -> str:
    """A reply to "in what time?" as the draft says it ("about a year i think": "about a
    year"); a number alone ("6") is refused, saying what it needs."""
    if period_unit_missing(reply):
        raise ValidationError(f"'{reply[:40]}' of what? Say the time with its unit, as you "
                              "would aloud, for example 'over 6 months' or 'in about 2 "
                              "weeks'.", field="period")
    return period_said(reply)


def _put_field(role: Role, record: Role | Result | Skill, fields: dict) -> Role:
    """The role with ``fields`` changed on ``record`` (the role itself, or one of its results
    or skills)."""
    if record is role:
        return replace(role, **fields)
    return _put(role, record, replace(record, **fields))


def _half_arc(note: str) -> bool:
    """True for a growth note that tells a start or an end but not both (the check's
    reading): a reply to the coach's question is added to it, not put in its place. Any
    other note the question quoted as one the draft cannot say, and the reply says it anew
    (the widget shows what it read before, and Undo brings it back)."""
    if not clean(note):
        return False
    arc = growth_arc(note)
    return not arc.told and bool(arc.start or arc.end)


# To "which of your skills made it possible?": all the skills named ("both", "all of them"), or
# none of them, the result coming from elsewhere ("none", "neither", "the team", "luck")
_LINK_ALL = re.compile(r"^(?:both|all|every\s+one|each)\b(?:\s+of\s+(?:them|these|those))?",
                       re.IGNORECASE)
_LINK_NONE = re.compile(r"^(?:none|neither|nothing|no\s+(?:skill|one\s+skill)|not\s+(?:a\s+)?"
                        r"skill|(?:it\s+was\s+)?(?:(?:pure|just|mostly)\s+)?(?:luck|timing)|"
                        r"(?:the\s+(?:whole\s+)?)?team(?:\s+effort)?|a\s+team\s+effort)\b",
                        re.IGNORECASE)


def _reply_enabled_by(role: Role, result: Result, skill: Skill, reply: str) -> Role:
    """A skill named, two or more named ("Excel and costing", "both"), or none of them ("none
    of these skills", kept beside the result, never said, not asked again)."""
    names = [s.name for s in role.skills]
    if _LINK_NONE.match(reply):
        return _put(role, result, replace(result, extra={**result.extra, NONE_KEY: reply}))
    if _LINK_ALL.match(reply) and len(names) > 1:
        named = names
    else:
        key = skill_key(reply)
        named = [n for n in names if skill_key(n) == key] or [
            n for n in names if re.search(r"(?<!\w)" + re.escape(skill_key(n)) + r"(?!\w)", key)]
    if not named:
        listed = ", ".join(names[:6]) or "none yet"
        raise ValidationError(f"'{reply[:60]}' is not one of this role's skills ({listed}): pick "
                              "one or more of them, or 'none' if it came from elsewhere (the "
                              "team, luck), or add it as a skill in notebook 02 first.",
                              field="enabled_by")
    linked = (*result.enabled_by, *(n for n in named if n not in result.enabled_by))
    return _put(role, result, replace(result, enabled_by=linked))


def _reply_meant(role: Role, result: Result, skill: Skill, reply: str) -> Role:
    """What a pass, an award, a rating or a yes/no outcome meant for the organisation (the
    coach's "meaning" question): added to the result's sentence as a sentence of its own, so
    the outcome typed stays; a reply that says the result again (most of its words) takes its
    place, as a reply to "say it again" does."""
    typed = content_stems(result.statement)
    if typed and len(typed & content_stems(reply)) * 2 >= len(typed):
        return _reply_field("statement")(role, result, skill, reply)
    said = joined_note(result.statement, written_as_sentences(reply))
    return _put(role, result, replace(result, statement=said))


_REPLIES = {"number": _reply_number, "meaning": _reply_meant, "from_to": _reply_from_to,
            "number_kind": _reply_field("kind"), "period": _reply_field("period"),
            "my_part": _reply_field("my_part"), "used_later": _reply_used_later,
            "statement": _reply_field("statement"), "how_far": _reply_field("how_far"),
            "organization_kind": _reply_field("organization_kind"),
            "personal_value": _reply_field("personal_value"),
            "enabled_by": _reply_enabled_by}
