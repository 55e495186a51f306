"""What a participant's typed reply means to the coach's question it answers.

A reply to a question is elliptical: it leans on the question for its subject and its verb.
"Only here still." answers "Have you used X beyond this job yet?"; "All of it." answers "What
was your own part in 'we'?"; "Not yet", "No idea", "nope" answer with a no. Pasted into the
draft as a line of its own, such a reply is heard as the kit not listening (r25 raters: "Only
here still.", "All of it.", a run-on "Not really theres no job after this one yet I do ...").
``reply_meaning`` reads the reply in the light of its question (``code``, the field it asks
about) and gives what it means:

- ``"none"``: a no, a "not yet", a "don't know", a "only here": the draft says nothing of it
  (the field keeps the reply as typed where it says nothing by ``empty_reply.says_nothing``,
  else it is kept beside the field, and the question stays open);
- ``"fact"``: a "no ... but ..." answer (or "not really, ... I do X tho") that holds a real
  fact after the no: ``words`` are that fact, the no and the trailing "tho" left off;
- ``"all"`` / ``"most"``: to the question on the speaker's own part, "All of it", "everything",
  "just me", "most of it": ``words`` are that answer as a sentence, "I did all of it
  myself.", in the participant's sense and no more;
- ``"as typed"``: any other reply, said by the field's own rules.

The words are structural (the shape of a short answer), written here, not a list of topics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .empty_reply import says_nothing

__all__ = ["ReplyMeaning", "reply_meaning", "TYPED_KEY", "UNKNOWN_KEY", "ENDED_KEY", "NONE_KEY",
           "period_unit_missing", "period_said", "figure_unknown", "use_ended"]

# Where a record keeps a reply as typed when its field holds what the reply means in other
# words ("All of it." stored as "I did all of it myself."): nothing typed is lost.
TYPED_KEY = "reply_as_typed"
# Where a result keeps a reply to the number question that says the figure is not known ("no
# idea", "we never measured it"): kept, never said, and the number is not asked again.
UNKNOWN_KEY = "number_unknown"
# Where a skill keeps a reply that says its use ended with the job ("none", "it ended there",
# "not yet", "only here"): kept, never said, and "where did you use it later?" not asked again.
ENDED_KEY = "later_use_none"
# Where a result keeps a reply that no skill of the role made it possible ("none of them: the
# team did it", "luck"): kept, never said, and "which skill made it possible?" not asked again.
NONE_KEY = "enabled_by_none"


@dataclass(frozen=True)
class ReplyMeaning:
    """What a reply means to its question: ``kind`` ("none", "fact", "all", "most", "as
    typed") and ``words``, the words the field holds for it ("" for "none")."""

    kind: str
    words: str = ""


# A reply that opens on a no: "no", "nope", "nah", "not really", "not yet", "not as such",
# "not outside work", "never", "none", "no idea", "not that I know of", "I haven't"
_NO_LEAD = re.compile(
    r"^(?:no+|nope|nah|naw|never|none|nothing(?:\s+(?:yet|really|much))?|no\s+idea|no\s+not\s+(?:really|yet)|not(?:\s+(?:really|yet|"
    r"as\s+such|much|exactly|quite|that\s+I\s+(?:know|can\s+think)\s+of|(?:outside|beyond)\s+"
    r"(?:of\s+)?(?:work|this\s+(?:job|role)|here)))?|I\s+(?:haven['’]?t|havent|have\s+not|"
    r"don['’]?t|dont|do\s+not)(?:\s+(?:really|yet))?(?=\s*[,.;:!-]|\s+(?:but|tho|though|"
    r"although|however|yet)\b|$))\b(?P<stop>[\s]*[,.;:!-][\s,.;:!-]*)?\s*", re.IGNORECASE)
# a yes to a yes-or-no question ("Have you used X beyond this job yet?"), said before the
# answer itself: "Yes, at my new job I ..." is "At my new job I ..."
_YES_LEAD = re.compile(r"^(?:yes+|yeah|yep|yup|sure|definitely|of\s+course|absolutely)\b"
                       r"[\s,.;:!-]*", re.IGNORECASE)
_PLACE_LEAD = re.compile(r"^(?:at|in|on|with|for|when|as|during|outside|since|now|every|"
                         r"all|I|we|my|our)\b", re.IGNORECASE)
# where the fact after the no starts: after "but", "though", "however", "except", a sentence
# break, or a new clause opened by "I" after a time word ("... yet I do ...", "... now I ...")
_FACT_START = re.compile(
    r"(?:\b(?:but|though|tho|although|however|except(?:\s+that)?|apart\s+from\s+that|"
    r"that\s+said)\b[\s,]*|[.;!?]+\s*|,\s*(?=I\b)|\b(?:yet|now|atm|currently|still)\s+(?=I\b)|"
    r"\s(?=I\s+(?:do|did|use|used|run|ran|help|helped|train|trained|teach|taught|cover|"
    r"covered|still|also|now|sometimes|often|lead|led|handle|handled)\b))",
    re.IGNORECASE)
# a clause that denies or says the job has no after yet: "there's no job after this one yet",
# "haven't moved on", "not outside work": no fact of its own
_DENIAL = re.compile(r"\b(?:no|not|never|nothing|none|haven['’]?t|havent|hasn['’]?t|"
                     r"didn['’]?t|don['’]?t|dont|isn['’]?t|wasn['’]?t|n['’]t)\b", re.IGNORECASE)
_CONNECTOR = re.compile(r"^(?:but|though|tho|although|however|except(?:\s+that)?|that\s+said)"
                        r"\b[\s,]*", re.IGNORECASE)
_WISH = re.compile(r"\b(?:I['’]?d\s+like|I\s+would\s+like|(?:I\s+)?(?:want|hope|plan|wish)(?:ing)?"
                   r"\s+to|planning\s+to|going\s+to|gonna|one\s+day|someday|some\s+day|would\s+love|"
                   r"next\s+(?:week|month|year|term|time)|soon)\b",
                   re.IGNORECASE)
_TRAILING = re.compile(r"[\s,]*\b(?:tho|though|lol|haha|really|i\s+guess|i\s+think|tbh|"
                       r"honestly|so\s+far|yet)\b[\s.!?]*$", re.IGNORECASE)
# a later use kept where the job is: "only here", "just in this job so far", "still only
# here", "same place", "nowhere else yet", "only at this job still"
_ONLY_HERE = re.compile(
    r"^(?:(?:only|just|still|so\s+far|yet|not|nowhere|anywhere|else|elsewhere|really|"
    r"here|there|in|at|on|this|that|the|same|my|current|job|role|place|team|company|one|"
    r"for|now|atm|work|workplace|working|i|i['’]m|im|am|was|it|use|used|using|tbh|lol|haha|"
    r"honestly|centre|center|office|site|branch|store|shop)\b[\s,.!?]*)+$",
    re.IGNORECASE)
# to "what was your own part?": all or most of it was theirs
_ALL = re.compile(r"^(?:(?:honestly|basically|pretty\s+much|well|um+|yeah|yes)[\s,]+)?"
                  r"(?:all\s+of\s+it|all\s+(?:me|mine)|everything|the\s+whole\s+(?:thing|lot)|"
                  r"i\s+did\s+(?:it\s+all|all\s+of\s+it|everything|the\s+whole\s+thing)|"
                  r"just\s+me|only\s+me|me|myself|me\s+alone|(?:it\s+was\s+)?all\s+my\s+"
                  r"(?:own\s+)?(?:work|idea|doing)|100\s*%|all)"
                  r"(?:\s+(?:really|basically|tbh|honestly|to\s+be\s+honest|myself|of\s+it|"
                  r"lol))*[\s.!?]*$", re.IGNORECASE)
_MOST = re.compile(r"^(?:(?:honestly|basically|well|yeah|yes)[\s,]+)?(?:i\s+did\s+)?"
                   r"(?:most\s+of\s+it|the\s+most|most|the\s+bulk(?:\s+of\s+it)?|"
                   r"the\s+main\s+part|a\s+lot\s+of\s+it|(?:mostly|mainly|largely|"
                   r"primarily)\s+(?:me|mine|myself)|(?:me|mine)\s+(?:mostly|mainly|largely))"
                   r"(?:\s+(?:really|basically|tbh|honestly|myself|of\s+it|lol))*[\s.!?]*$",
                   re.IGNORECASE)
# to the own part: the team did it, with no part of the speaker's named ("yes, the whole team",
# "we all did", "team effort"): nothing of theirs to say
_TEAM_ONLY = re.compile(r"^(?:(?:yes|yeah|yep|well|honestly|it\s+was)[\s,]+)*(?:the\s+whole\s+"
                        r"(?:team|crew|shift|unit|department|group|lab|ward|kitchen|office)|"
                        r"(?:a\s+)?team\s+effort|we\s+all\s+did(?:\s+it)?|all\s+of\s+us|"
                        r"everyone|everybody|the\s+team|together)(?:\s+(?:really|did\s+it|"
                        r"together|tbh|honestly|lol))*[\s.!?]*$", re.IGNORECASE)
# to the own part: the speaker and someone else ("me and the deputy manager", "my boss and
# me", "me with Sam"): said "I did it with <them>."; the other is a person or a few words
_WITH_ME = re.compile(r"^(?:(?:yes|yeah|yep|well|honestly|it\s+was)[\s,]+)*(?:(?:me|myself|I)"
                      r"\s+(?:and|with|\+|&)\s+(?P<after>[^,.;!?]{2,40}?)|(?P<before>[^,.;!?]{2,40}?)"
                      r"\s+(?:and|\+|&)\s+(?:me|myself|I))[\s.!?]*$", re.IGNORECASE)
# the text fields a reply is a sentence of the answer for
_TEXT_FIELDS = ("used_later", "my_part", "how_far", "personal_value", "statement", "period")


def reply_meaning(code: str, reply: str) -> ReplyMeaning:
    """What ``reply`` (as typed) means to the question ``code`` asks (see the module
    docstring). Only the text fields are read; a number's or a choice's reply is "as typed"."""
    text = " ".join(str(reply or "").split())
    if code not in _TEXT_FIELDS or not text:
        return ReplyMeaning("as typed", text)
    part = _own_part(text) if code == "my_part" else None
    if part is not None:
        return part
    if says_nothing(text) or code == "used_later" and _ONLY_HERE.match(text):
        return ReplyMeaning("none")
    yes = _YES_LEAD.match(text) if code in ("used_later", "how_far", "my_part") else None
    if yes and yes.end() < len(text):
        return _after_yes(code, text[yes.end():])
    lead = _NO_LEAD.match(text)
    if lead and code != "statement":
        rest = text[lead.end():]
        fact = _fact_after_no(rest, bool(lead.group("stop")))
        if fact:
            return ReplyMeaning("fact", fact)
        if not rest or says_nothing(rest) or _DENIAL.search(rest) or _WISH.search(rest) or (
                code == "used_later" and _ONLY_HERE.match(rest)):
            return ReplyMeaning("none")
    return ReplyMeaning("as typed", text)


def _own_part(text: str) -> ReplyMeaning | None:
    """To "what was your own part?": all of it, most of it, or the whole team's with no
    part of theirs named; None for any other reply."""
    if _ALL.match(text):
        return ReplyMeaning("all", "I did all of it myself.")
    if _MOST.match(text):
        return ReplyMeaning("most", "I did most of it myself.")
    if _TEAM_ONLY.match(text):
        return ReplyMeaning("none")
    both = _WITH_ME.match(text)
    if both:
        who = (both.group("after") or both.group("before")).strip()
        if len(who.split()) <= 5 and not re.match(r"(?i)(?:i|we|it|they)\b", who):
            return ReplyMeaning("fact", f"I did it with {who}.")
    return None


def _after_yes(code: str, rest: str) -> ReplyMeaning:
    """A yes to "have you used it since?" and what follows it: the answer itself, without the
    yes; nothing where it names no place and no doing ("Yes, the whole team")."""
    if says_nothing(rest) or code == "used_later" and _ONLY_HERE.match(rest):
        return ReplyMeaning("none")
    if len(rest.split()) <= 3 and not _PLACE_LEAD.match(rest):
        return ReplyMeaning("none")
    return ReplyMeaning("fact", rest[:1].upper() + rest[1:])


def _fact_after_no(rest: str, stopped: bool) -> str:
    """The fact a "no ... but ..." answer holds after its no: the first part that is not
    itself a denial, a "still only here" or empty, its trailing "tho" left off; "" for none.
    ``stopped``: the no ended on a stop or a comma ("No, I ..."), so what follows it is a
    part of its own; else it goes on with the no ("not really there's no job after ...")."""
    if not rest:
        return ""
    found = list(_FACT_START.finditer(rest))
    starts = ([0] if stopped else []) + [m.end() for m in found]
    for start in starts:
        part = rest[start:].strip(" ,.;:!-")
        if not part:
            continue
        ends = [m.start() - start for m in found if m.start() > start]
        head = part[:min(ends)] if ends else part
        if _DENIAL.search(head) or says_nothing(head) or _ONLY_HERE.match(head):
            continue
        part = _CONNECTOR.sub("", part)
        if len(part.split()) < 3 or _WISH.search(part):
            continue  # "I'd like to", "hope to one day": a wish is no use of it
        part = _TRAILING.sub("", part).strip(" ,")
        return part if len(part.split()) >= 3 else ""
    return ""


# a reply that says it does not know (not that the use ended): "dunno", "no idea", a shrug
_NOT_KNOWN = re.compile(r"^(?:no\s+(?:idea|clue)|dunno|idk|not\s+sure|who\s+knows|see\s+above|"
                        r"same\s+as\s+(?:above|before))\b", re.IGNORECASE)
# a plain no to "where did you use it later?": "no", "none", "n/a", "it ended there", "didn't"
_ENDED = re.compile(
    r"^(?:no+|none|nope|nah|never|nowhere|nothing|n/?a|not\s+(?:applicable|yet)|"
    r"(?:it|that|this|the\s+skill|use)\s+(?:ended|stopped|finished)|ended|stopped|"
    r"only\s+(?:there|then|in\s+that\s+job)|(?:i\s+)?(?:didn['’]?t|did\s+not|never)\s+use)\b",
    re.IGNORECASE)


def use_ended(reply: str) -> bool:
    """True for a reply to "where did you use X later?" that says the use ended with the job, or
    has not come yet: a no, "it ended there", "not yet", "only here" (``reply_meaning`` "none",
    or a plain "none", "n/a"); False for a reply that does not know ("dunno", "no idea", a
    shrug: the question stays open) and for any reply that names a use."""
    text = " ".join(str(reply or "").split())
    if not text or _NOT_KNOWN.match(text):
        return False
    kind = reply_meaning("used_later", text).kind
    if kind == "fact" and _ENDED.match(text) and not _USE_TOLD.search(text):
        # "None, the press was scrapped when I left": why it ended, no use after the no
        return not _USE_AFTER.search(text)
    if kind == "none":
        return not says_nothing(text) or bool(_ENDED.match(text))
    # "It ended with the job, the machine was scrapped": said in a sentence of its own, with
    # no use after it ("never used it again until my new job, where I ..." names one)
    return kind == "as typed" and bool(_ENDED.match(text)) and not _USE_AFTER.search(text)


# a doing of the speaker's after the no ("No, I train the new starters on it now")
_USE_TOLD = re.compile(r"\b(?:I|i)\s+(?:still\s+|now\s+|also\s+)?(?:use|used|using|train|trained|"
                       r"teach|taught|run|ran|apply|applied|do|did|lead|led|show|showed|handle|"
                       r"handled|set|plan|planned|help|helped|coach|coached|built|build)\b")
_USE_AFTER = re.compile(r"\b(?:but|until|till|except|apart\s+from|although|though|however|"
                        r"now\s+I|at\s+my|in\s+my)\b", re.IGNORECASE)


_TIME_UNIT = re.compile(r"\b(?:second|sec|minute|min|hour|hr|day|week|wk|fortnight|month|"
                        r"mo|mth|quarter|qtr|year|yr|term|semester|season|shift|sprint|"
                        r"summer|winter|spring|autumn|fall|weekend)s?\b|\d\s*(?:y|m|w|d|h|mos?|mths?|yrs?|wks?|"
                        r"hrs?|days?|weeks?|months?|years?)\b",
                        re.IGNORECASE)


def period_unit_missing(reply: str) -> bool:
    """True for a reply to "in what time?" that is a number alone, or numbers with no time
    in words ("6", "about 18", "3-4"): 6 of what is not known, so the draft would say "in
    6"."""
    text = " ".join(str(reply or "").split())
    return bool(re.search(r"\d", text)) and not _TIME_UNIT.search(text) and not re.search(
        r"\b(?:since|by|until|till|from|in|between|during)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\b",
        text)


_UNKNOWN_FIGURE = re.compile(
    r"\b(?:no\s+(?:idea|clue)|(?:don['’]?t|dont|do\s+not|didn['’]?t|did\s+not)\s+(?:really\s+)?"
    r"(?:know|remember|recall|measure|track|count|have)|dunno|idk|no\s+(?:exact\s+|real\s+|"
    r"hard\s+)?(?:numbers?|figures?|data|stats)|never\s+(?:measured|tracked|counted|had)|"
    r"(?:wasn['’]?t|was\s+not|not)\s+(?:measured|tracked|counted)|can['’]?t\s+say|"
    r"not\s+sure|no\s+clue|who\s+knows|n/a)(?!\w)",
    re.IGNORECASE)


def figure_unknown(reply: str) -> bool:
    """True for a reply to "can you put a number on it?" that gives no figure and says it
    is not known ("no idea", "we never measured it", "dunno", "no numbers sorry"); False for
    one that gives a figure, or words such as "quite a lot", "about the same" (the coach asks
    for the number)."""
    text = " ".join(str(reply or "").split())
    if not text or re.search(r"\d", text):
        return False
    return not re.search(r"[^\W\d_]", text) or bool(_UNKNOWN_FIGURE.search(text))


_SOFT_END = re.compile(r"[\s,]*\b(?:i\s+think|i\s+guess|i\s+reckon|roughly|or\s+so|give\s+or\s+"
                       r"take|maybe|probably|don['’]?t\s+quote\s+me|not\s+sure|ish)\b"
                       r"[\s.!?]*$", re.IGNORECASE)
_NOISE_END = re.compile(r"[\s,]*\b(?:tbh|lol|haha|honestly)\b[\s.!?]*$", re.IGNORECASE)
_SOFT_START = re.compile(r"^(?:about|around|roughly|approx(?:imately)?|maybe|probably|nearly|"
                         r"almost|just\s+(?:under|over)|close\s+to|~)\b",
                         re.IGNORECASE)


def period_said(reply: str) -> str:
    """A reply to "in what time?" as the draft says it: a softener typed after the time ("about
    a year i think", "6 months or so") left off, its doubt kept as "about" before the time
    where nothing there hedges it ("6 months or so" -> "about 6 months")."""
    text = " ".join(str(reply or "").split())
    soft = False
    while True:
        text = _NOISE_END.sub("", text) or text
        cut = _SOFT_END.sub("", text)
        if cut == text or not cut:
            break
        text, soft = cut, True
    if soft and not _SOFT_START.match(text) and not re.match(
            r"^(?:in|over|within|after|by|for|during|across)\s+(?:about|around|roughly)\b", text,
            re.IGNORECASE):
        lead = re.match(r"^(?:in|over|within|after|for|during|across)\s+", text, re.IGNORECASE)
        text = f"{lead.group(0)}about {text[lead.end():]}" if lead else f"about {text}"
    return text
