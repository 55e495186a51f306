"""What a participant typed to themselves, read before a note is said (issue 20, draft65).

People fill the workspace's boxes the way they write notes: a reminder of what to say
("- mention I still do FIFO at the supermarket"), of what to do ("check this figure with Sam",
"ask Dave for the dates", "need to double check", "NB: add the bakery one later"), a doubt about
a figure ("rough number, don't want to quote it", "(estimate)", "I think? maybe 7"), a box left
to fill in ("TBC", "more here"), a form's stand-in for no answer ("n/a", "Various", "self
employed / various clients"), and a sentence typed half ("... for all 4 clients and"). None of
it is said to an interviewer. Each reading here turns such a note into what it says, or
leaves it out:

- ``self_cut``: a sentence without its remarks to self: a reminder of what to say told as
  what it says where that is a clause of its own ("mention I still do FIFO ..." -> "I still do
  FIFO ..."), else left out; a reminder of a task left out whole or where it stands apart (after
  a comma, a dash, a colon or in brackets); a doubt about a figure left out and reported, so the
  caller says the figure "about" (``typed.coach_dropped``);
- ``form_value``: an organisation or a title typed as a form's stand-in ("n/a", "Various /
  unpaid", "for self employed / various clients"): nothing to say as a name;
- ``finished``: a sentence typed half said up to its last whole part ("I made the calendar for
  all 4 clients and" -> "... for all 4 clients", "it went up because of" -> "it went up"), ""
  where what is left still waits for its end ("My own part was");
- ``self_cut`` also reads, each sentence of an entry on its own (round 32): a remark about
  the entry itself ("both numbers are right, the second one is newer", "sorry, typo above",
  "see below", "ignore the first date", ``about_entry``), a question typed to oneself ("was it
  2019?", "(or 45?)"), a gap handed on to someone or to memory ("the QA team would know", "Dana
  can confirm", "I'd have to look it up", "can't remember exactly": a doubted figure), a to-do
  typed mid-sentence with all after it ("... todo get exact ms"), a task's verb alone
  ("reword", "pls check");
- ``label_said``: a note's label said as speech ("Start: could do the sums" -> "At the start
  I could do the sums", "End - running payroll" -> "By the end I was running payroll") or
  left out ("Result: ...").

The words are data (``data/typed.json``, ``to_self``); every pattern runs in linear time.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .abbreviations import ends_in_abbreviation
from .resources import load_json, per_data_folder

__all__ = ["self_cut", "brackets_cut", "form_value", "finished", "label_said"]


class _ToSelf(NamedTuple):
    say: re.Pattern
    task: re.Pattern
    objects: re.Pattern
    unsure: re.Pattern
    later: re.Pattern
    lead: re.Pattern
    entry: re.Pattern
    alone: re.Pattern
    forms: frozenset
    titles: frozenset


def _alternatives(words) -> str:
    words = sorted({" ".join(str(w).lower().split()) for w in words if str(w).strip()},
                   key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['\u2019]?")
                    for w in words) or "(?!)"


@per_data_folder
def _to_self() -> _ToSelf:
    data = load_json("typed.json").get("to_self", {})
    data = data if isinstance(data, dict) else {}

    def of(key: str) -> str:
        return _alternatives(data.get(key, ()))

    lead = rf"(?:(?:{of('task_leads')})(?![\w'\u2019])[\s:,.-]*)"
    return _ToSelf(
        # "Mention of the award came later" is no reminder: a say word before "of", "was" ...
        re.compile(rf"^{lead}?(?:{of('say')})(?![\w'\u2019])(?!\s+(?:of|in|was|is|from|by|"
                   r"has|had)\b)[\s:,-]*", re.IGNORECASE),
        re.compile(rf"^(?P<lead>{lead})?(?P<verb>{of('tasks')})(?![\w'\u2019])",
                   re.IGNORECASE),
        re.compile(rf"(?<![\w'\u2019])(?:{of('task_objects')})(?![\w'\u2019])|"
                   r"\b(?:with|ask|from|by)\s+(?-i:[A-Z][A-Za-z]+)\b", re.IGNORECASE),
        re.compile(rf"^(?:(?:just|this\s+is|it's|its|a|very|only|but)\s+)?(?:{of('unsure')})"
                   r"[\s?!.]*$|^(?:maybe|or|could\s+be|might\s+be|possibly|perhaps|more\s+like)\s+"
                   r"(?:more\s+like\s+)?[$\u00a3\u20ac]?\d[\d,.]*%?[\s?!.]*$|"
                   # the real figure kept elsewhere: "exact figure in my emails"
                   r"^(?:the\s+)?(?:exact|real|actual|right)\s+(?:figures?|numbers?|totals?|amounts?)"
                   r"\s+(?:is\s+|are\s+)?(?:on|in|at|somewhere)\b", re.IGNORECASE),
        re.compile(rf"^(?:{of('later')})[\s?!.]*$", re.IGNORECASE),
        re.compile(rf"^{lead}$", re.IGNORECASE),
        # a remark about the entry itself: "sorry, typo above", "both numbers are right"
        re.compile(rf"^(?:{of('about_entry')})(?![\w'\u2019])", re.IGNORECASE),
        # a task's verb with nothing it acts on but the note: "reword", "pls check this"
        re.compile(rf"^(?:(?:pls|plz|please|maybe|must|then|and|to|todo|{of('task_leads')})"
                   rf"(?![\w'\u2019])[\s:,.-]*)*(?P<verb>{of('tasks')})(?:\s+(?:this|it|that|"
                   r"later|again|up|here|pls|please|asap|first|wording|this\s+(?:bit|part|one)|"
                   r"the\s+wording))*$", re.IGNORECASE),
        frozenset(" ".join(str(w).lower().split()) for w in data.get("form_values", ())),
        frozenset(" ".join(str(w).lower().split()) for w in data.get("title_values", ())))


# a note's own lead, never a sentence's ("will", "must" open a clause a person says)
_NOTE_LEAD = re.compile(r"(?:need|needs|still\s+need|pending|awaiting|nb|n\.b\.)\b[\s:,-]*",
                        re.IGNORECASE)
_CHECKING = re.compile(r"(?:double[\s-]?|re-?)?(?:check|confirm|verify|look\s+up)\b",
                       re.IGNORECASE)
# a question its writer typed to themselves: "was it 2019?", "(or was that Q4?)", "which year?"
_OWN_QUESTION = re.compile(r"^(?:(?:or\s+)?(?:(?:was|were|is)\s+(?:it|that|this)|did\s+(?:i|we)|"
                           r"(?:which|what)\s+(?:year|month|date|quarter|number|figure|one)|"
                           r"when\s+(?:was|did)|how\s+(?:many|much|long))\b[^?]*|"
                           r"or\s+(?:maybe\s+|possibly\s+|perhaps\s+)?[\w$\u00a3\u20ac%.,-]+)\?+$",
                           re.IGNORECASE)
# which of two figures typed holds: "the second one is newer", "2nd figure is the right one"
_WHICH_ONE = re.compile(r"^(?:the\s+)?(?:first|second|third|1st|2nd|3rd|last|latest|newer|"
                        r"older|new|old|top|bottom|other|earlier|later|lower|higher)(?:\s+(?:one|"
                        r"figure|number|date|answer|entry|version|amount|value|total)s?)?\s+"
                        r"(?:is|are)\s+(?:the\s+)?(?:right|correct|newer|newest|latest|more\s+"
                        r"recent|most\s+recent|up\s+to\s+date|older|wrong|out\s+of\s+date|"
                        r"outdated|accurate|real|current|one\s+to\s+use)\b|"
                        # the reply to the coach's "which is right?": "the sentence is right",
                        # "both is right", "my figures are correct", before the result said again
                        r"^(?:(?:yes|yeah|ok|okay)[\s,]+)?(?:the\s+|my\s+|your\s+)?(?:sentence|"
                        r"statement|text|wording|words|figures?|numbers?|both(?:\s+of\s+(?:them|"
                        r"these|those))?|both\s+(?:figures|numbers|sentences))\s+(?:is|are)\s+"
                        r"(?:both\s+)?(?:right|correct|true|fine|ok|okay|accurate)$", re.IGNORECASE)
# a gap handed on, to someone who knows or to the writer's memory: "the QA team would know",
# "Dana can confirm", "can't remember exactly", "don't know the exact %", "not 100% on this"
_HANDED_ON = re.compile(
    r"^(?!(?:so|and|but|then|because|that|which|who|i|we|you|they|everyone|everybody|"
    r"people|nobody|no\s+one)\b)(?:(?:the\s+|my\s+|our\s+)?[\w'\u2019]+(?:\s+[\w'\u2019]+)"
    r"{0,2})\s+(?:would|will|should|might|could|can|may)\s+(?:know|confirm|tell\s+you)"
    r"(?:\s+(?:better|for\s+sure|exactly|this|that|it|the\s+(?:exact|real|actual|right|true)\b.*|(?:the\s+)?(?:figures?|"
    r"numbers?|dates?|years?|amounts?|details?|sums?|totals?|costs?|savings?)|how\s+(?:much|"
    r"many|long)\b.*|(?:when|which|what)\b.*))?$|"
    r"^(?:i\s+)?(?:can'?t|cannot|can\s+not|don'?t|do\s+not|dont|cant)\s+(?:remember|recall|"
    r"know)(?:\s+(?:exactly|offhand|off\s+hand|for\s+sure|now|(?:the\s+)?(?:exact|real|actual|"
    r"precise|right)\b.*|(?:when|which|if|whether|what|how\s+(?:many|much|long))\b.*))?$|"
    r"^(?:the\s+)?(?:exact|real|actual|right)\s+(?:figures?|numbers?|dates?|sums?)\s+i\s+"
    r"(?:must|need\s+to|have\s+to|should|will|'ll|'d\s+have\s+to)\b.*$|"
    r"^(?:the\s+|my\s+|our\s+)?[\w'\u2019]+(?:\s+[\w'\u2019]+)?\s+(?:has|have|keeps?)\s+"
    r"(?:the|all\s+the)\s+(?:exact\s+|real\s+)?(?:figures|numbers|data|details)$|"
    r"^(?:(?:but|and)\s+)?(?:i\s+am|i'?m)\s+not\s+(?:100\s*%\s+|really\s+|totally\s+)?sure"
    r"(?:\s+(?:of|about|if|whether|on)\b(?!.*\bbut\b).*)?$|"
    r"^not\s+(?:100\s*%|(?:totally\s+|entirely\s+|really\s+|completely\s+)?sure(?:\s+(?:if|"
    r"whether|that|it|this|what|how|of|on|about)\b(?!.*\bbut\b).*)?$)", re.IGNORECASE)
_BUT = re.compile(r"\bbut\b", re.IGNORECASE)
# a remark typed in the middle of a sentence, with all after it: "... todo get exact ms"
_TODO_IN = re.compile(r"(?<=[\w%)])[\s,]+(?:todo|to-do|tbc|tbd|tba)\b[\s:,.-]*(?P<rest>.*)$",
                      re.IGNORECASE)
# a doubt typed at the end with no break before it: "... it was 2021 not sure", "... idk"
_DOUBT_END = re.compile(r"(?<=[\w%)])(?<!\bam)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bis)(?<!\bare)"
                        r"(?<!'m)[\s,]+(?:not\s+(?:100\s*%\s+)?sure|idk|dunno|not\s+100\s*%)"
                        r"[\s?!.]*$", re.IGNORECASE)
_FIGURE_WORD = re.compile(r"\b(?:exact|real|actual|figures?|numbers?|amount|total|dates?|"
                          r"year|%|percent)\b|\d", re.IGNORECASE)
# a clause of its own after "mention": a subject first ("I still do", "we had", "the team won")
_CLAUSE = re.compile(r"^(?:that\s+)?(?:I|I'm|I've|I'd|we|we're|we've|my|our|they|he|she|it|"
                     r"there|everyone|nobody|no\s+one|all|every|the\s+\w+\s+(?:was|were|is|are|"
                     r"had|has|went|got|won))\b", re.IGNORECASE)
# where a remark stands apart: a comma, a semicolon, a colon, a spaced dash
_BREAK = re.compile(r"\s*(?:[,;:]|\s[-\u2013\u2014]+)\s+")
_BRACKET = re.compile(r"\s*\(([^()]*)\)")
_LIST_MARK = re.compile(r"^\s*(?:[-*\u2022\u2013]+|\d+[.)])\s+")


def _kind(part: str) -> str:
    """What a part of a note is to its writer: "unsure" (a doubt about a figure), "task" (a
    reminder to do something, or a box left to fill in), "say:<clause>" (a reminder of what to
    say, with a clause to say), "" (words to say)."""
    t = _to_self()
    bare = " ".join(_LIST_MARK.sub("", part).split()).strip(" .!,")
    bare = re.sub(r"(?<![\w/])w/(?=\s|[A-Za-z])\s*", "with ", bare)  # "check w/ HR"
    if not bare:
        return ""
    if t.unsure.match(bare) or _OWN_QUESTION.match(bare) or _HANDED_ON.match(bare):
        return "unsure"
    joined = re.match(r"(?:but|and)\s+(?=\S)", bare, re.IGNORECASE)  # "..., but I don't know
    if joined and (_HANDED_ON.match(bare[joined.end():]) or  # the exact number"
                   t.entry.match(bare[joined.end():])):
        return "unsure"
    if t.later.match(bare) or t.lead.match(bare) or _WHICH_ONE.match(bare) or (
            t.entry.match(bare) and not _BUT.search(bare)):  # "..., but I ran it": said
        return "task"
    m = t.alone.match(bare)  # "reword", "pls check": a figure still to be checked is doubted
    if m:
        return "unsure" if _CHECKING.match(m.group("verb")) else "task"
    m = t.say.match(bare)
    if m:
        rest = bare[m.end():]
        if _CLAUSE.match(rest):
            return "say:" + re.sub(r"^that\s+", "", rest, flags=re.IGNORECASE)
        return "task"
    m = t.task.match(bare)
    if m and (m.group("lead") or t.objects.search(bare)):
        # a figure still to be checked is one its writer doubts ("I'd have to check")
        return "unsure" if _CHECKING.match(bare[m.start("verb"):]) else "task"
    m = _NOTE_LEAD.match(bare)  # "need exact number of sites", "pending HR's OK"
    return "task" if m and t.objects.search(bare[m.end():]) else ""


# where a bracket that doubted a figure stood, for the sentence's own reading (``self_cut``)
_DOUBTED = "\u2063"


def brackets_cut(text: str) -> str:
    """``text`` without its brackets of remarks to self ("(check with Sam)", "(I think? maybe
    7)"), read before the text is split into sentences, so a "?" inside one ends none; a bracket
    that doubted a figure leaves a mark ``self_cut`` reads."""
    if "(" not in text:
        return text

    def bracket(m: re.Match) -> str:
        kinds = [_kind(p) for p in _BREAK.split(re.sub(r"\?+", r"\g<0>,", m.group(1)))
                 if p.strip(" ?!.,")]  # "i think??": its second "?" no part of its own
        if kinds and all(k in ("unsure", "task") for k in kinds):
            return _DOUBTED if "unsure" in kinds else ""
        return m.group(0)
    return _BRACKET.sub(bracket, text)


_STOP = re.compile(r"(?<=[.!?])\s+(?=\S)")


def self_cut(text: str) -> tuple[str, bool]:
    """``text`` without what its writer typed to themselves (see the module docstring), each
    of its sentences read on its own ("cut waste by 20%. the 2nd figure is the right one"),
    and whether one of those remarks doubted a figure (the caller says it "about")."""
    text = brackets_cut(text)
    pieces: list[str] = []
    for piece in _STOP.split(text.strip()):
        if pieces and ends_in_abbreviation(pieces[-1], len(pieces[-1])):
            pieces[-1] += " " + piece  # "approx. 30", "St. Luke's": no sentence ends there
        elif piece:
            pieces.append(piece)
    if len(pieces) < 2:
        return _sentence_cut(text)
    said = [_sentence_cut(p) for p in pieces]
    return " ".join(s for s, _u in said if s), any(u for _s, u in said)


def _sentence_cut(sentence: str) -> tuple[str, bool]:
    """One sentence without what its writer typed to themselves (``self_cut``)."""
    sentence = brackets_cut(sentence)
    doubt = _DOUBT_END.search(sentence)
    if doubt and len(sentence[:doubt.start()].split()) >= 3:
        stop = re.search(r"[.!?]+$", sentence)
        sentence = sentence[:doubt.start()] + _DOUBTED + (
            stop.group(0).lstrip("?") or "." if stop else "")
    todo = _TODO_IN.search(sentence)  # "... todo get exact ms": the rest of it is the note
    if todo and len(sentence[:todo.start()].split()) >= 2:
        doubted = bool(_FIGURE_WORD.search(todo.group("rest")) or
                       _CHECKING.search(todo.group("rest")))
        stop = re.search(r"[.!?]+$", sentence)
        sentence = sentence[:todo.start()] + (_DOUBTED if doubted else "") + (
            stop.group(0).lstrip("?") or "." if stop else "")
    unsure = _DOUBTED in sentence
    sentence = re.sub(r"\s+(?=[.!?,;:](?:\s|$))", "",
                      " ".join(sentence.replace(_DOUBTED, " ").split()))
    parts = _BREAK.split(sentence.strip())
    seps = _BREAK.findall(sentence.strip())
    whole = len(parts)
    kind = _kind(parts[0])
    while kind in ("unsure", "task"):
        unsure = unsure or kind == "unsure"
        if len(parts) < 2:
            return "", unsure  # the whole sentence is a remark: nothing to say
        # "TBC - we cut waste by 20%", "roughly, we doubled it": the rest is said
        parts, seps = parts[1:], seps[1:]
        kind = _kind(parts[0])
    if len(parts) < whole:  # a remark cut before: "Both are
        # right, but the launch is the result" is said "The launch is the result"
        parts[0] = re.sub(r"^(?:but|and|so|though)\s+(?=\S)", "", parts[0], flags=re.IGNORECASE)
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    if kind.startswith("say:"):
        parts[0] = kind[4:]
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    while len(parts) > 1:
        kind = _kind(parts[-1])
        if kind not in ("unsure", "task"):
            break
        unsure = unsure or kind == "unsure"
        parts.pop()
        seps.pop()
    out = parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True))
    out = out.rstrip(" ,;:-\u2013\u2014")
    stop = re.search(r"[.!?]+$", sentence)
    if stop and out and not re.search(r"[.!?]$", out):  # the remark ended the sentence: its
        out += stop.group(0).lstrip("?") or "."  # stop stays, never run into the next one
    return out, unsure


_FORM_SPLIT = re.compile(r"\s*(?:/|\\|,|;|&|\+|\s[-\u2013\u2014]+\s|\bor\b|\band\b)\s*",
                         re.IGNORECASE)


def form_value(text: str, title: bool = False) -> bool:
    """True when an organisation or a title is a form's stand-in for no answer: each of its
    parts, a preposition typed before it aside ("for self employed / various clients", "N/A -
    agency", "Various / unpaid"), is one of ``form_values``."""
    bare = re.sub(r"^\s*(?:for|at|with|in|via|through)\s+", "", " ".join(str(text).split()),
                  flags=re.IGNORECASE)
    bare = re.sub(r"[()\[\]]", " / ", re.sub(r"\bn\s*/\s*a\b", "na", bare, flags=re.IGNORECASE))
    parts = [" ".join(p.lower().strip(" .").split()) for p in _FORM_SPLIT.split(bare)]
    parts = [p for p in parts if p]
    forms = _to_self().titles if title else _to_self().forms  # "Volunteer" is a title
    return bool(parts) and all(p in forms or p.strip("?") in forms for p in parts)


# a sentence typed half: a joining word at its end; what still waits for more after it
# only words that never end a sentence: not "so", "then", "also" ("doing so", "back then")
_JOINER_END = re.compile(r"(?:,?\s+(?:and|or|but|plus|including|as\s+well\s+as|"
                         r"because|which|who|while|whereas|&|\+)|,\s*(?:with|like|such\s+as|"
                         r"for|to|from|where|when))\s*$", re.IGNORECASE)
# determiners that wait for their noun; not the ones that are also pronouns and end a
# sentence as typed ("because of her", "not like this", "a pound each")
_WAITS_END = re.compile(r"\s(?:the|a|an|my|our|their|its|your|than|very|every)\s*$",
                        re.IGNORECASE)
_PREPOSITION_END = re.compile(r"\s(?:with|for|to|of|from|at|in|on|by|about|into|like)\s*$",
                              re.IGNORECASE)
# a lead that waits for what it names: "because of", "thanks to", "such as" with nothing after
_LEAD_PREP_END = re.compile(r"[\s,]*\b(?:because\s+of|thanks\s+to|due\s+to|owing\s+to|"
                            r"instead\s+of|such\s+as|as\s+well\s+as|rather\s+than|"
                            r"apart\s+from|along\s+with|together\s+with)\s*$", re.IGNORECASE)
# a preposition with nothing it governs, where no word before it opens a clause it ends (a
# relative, a wh-word, a second subject: "the one I'm proudest of", "the team I worked with")
_BARE_PREP_END = re.compile(r"\s(?:of|with|for|from|at|by|about|into|during|without|between|"
                            r"among|via|per|towards?)\s*$", re.IGNORECASE)
_PREP_GAP = re.compile(r"\b(?:who|whom|what|where|which|that|one|ones|something|anything|"
                       r"everything|nothing|someone|whatever|how)\b|"
                       r"\w\s+(?:I|we|you|they|he|she|I'm|we're|I've|we've|I'd)\s|"
                       # "great to work with", "a lot to be thankful for": an infinitive's
                       r"\bto\s+(?:\w+\s+){0,3}\w+\s+\w+\s*$|"
                       # "proud of", "known for", "paid for", "dealt with": its own phrase
                       r"\b(?:proud|proudest|fond|sure|aware|afraid|scared|capable|famous|known|"
                       r"responsible|grateful|thankful|keen|interested|paid|dealt|cared|heard|"
                       r"thought|sorted|\w+ed|\w+en)\s+\w+\s*$",
                       re.IGNORECASE)
# "am" after a number is a time of day ("by 3 am"), never a "was" left waiting
_BE_END = re.compile(r"(?:(?<!\d)\sam|\s(?:was|were|is|are|be|been))\s*$", re.IGNORECASE)
_WH = re.compile(r"\b(?:who|what|where|how|which|that|than|as|whoever|whatever)\b",
                 re.IGNORECASE)


def finished(sentence: str) -> str:
    """``sentence`` said up to its last whole part where it was typed half (a joining word
    at its end: "..., and", "... with"), "" where what is left still waits for its end (an
    article, "than", a "was" with nothing it describes: "My own part was"). Its final stop
    as typed."""
    m = re.search(r"[.!?]*[\"'\u201d\u2019)]*$", sentence)
    body, end = sentence[:m.start()], sentence[m.start():]
    cut = body
    for _ in range(4):
        waits = _LEAD_PREP_END.sub("", cut)
        if waits == cut and _BARE_PREP_END.search(cut) and not _PREP_GAP.search(cut):
            waits = _BARE_PREP_END.sub("", cut)  # "I learned a lot from" -> "I learned a lot"
        waits = _WAITS_END.sub("", waits)
        if waits != cut:  # a preposition before the determiner waited too ("with the")
            waits = _PREPOSITION_END.sub("", waits)
        trimmed = _JOINER_END.sub("", waits).rstrip(" ,;:-")
        if trimmed == cut:
            break
        cut = trimmed
    if cut == body.rstrip(" ,;:-"):
        if _BE_END.search(cut) and not _WH.search(cut):
            return ""
        return sentence
    if len(cut.split()) < 3 or _BE_END.search(cut):
        return ""
    return cut + (end or ".")


# a note's label before what it says: when ("Start:", "End -"), or what the box was for
_LABEL = re.compile(r"^(?:(?P<start>start|starting\s+out|beginning|before|at\s+(?:the\s+)?start|"
                    r"at\s+first)|(?P<end>end|after|at\s+the\s+end|by\s+the\s+end)|"
                    r"(?P<now>now|today)|(?:result|outcome|impact|context|situation|task|action|"
                    r"role|why|notes?|summary))\s*(?::|\s[-\u2013\u2014]+)\s*(?P<rest>\S.*)$",
                    re.IGNORECASE)
_LEADS = {"start": "At the start", "end": "By the end", "now": "Now"}
# what a label's note opens on with its "I" dropped: a modal, "be"/"have", an -ing
_DROPPED_I = re.compile(r"^(?:could|couldn['\u2019]?t|can|can['\u2019]?t|cannot|would|was|had|"
                        r"have|knew|did|didn['\u2019]?t|wasn['\u2019]?t|hadn['\u2019]?t|"
                        r"am|needed|used\s+to)\b", re.IGNORECASE)


def label_said(sentence: str, has_verb=bool) -> str:
    """``sentence`` without a note's label read out: a time's said as a person leads with it
    ("Start: could do the maths myself" -> "At the start I could do the maths myself", "End -
    running payroll alone" -> "By the end I was running payroll alone"), any other left out
    ("Result: we kept the contract" -> "We kept the contract"); "" where what the label
    leads has no verb (``has_verb``: "Start - basic Excel"); as it is without a label."""
    m = _LABEL.match(sentence.strip())
    if not m:
        return sentence
    rest = m.group("rest")
    kind = next((k for k in _LEADS if m.group(k)), "")
    if not kind:
        return rest[:1].upper() + rest[1:] if has_verb(rest) else ""
    if _DROPPED_I.match(rest):
        rest = "I " + rest
    elif re.match(r"^\w+ing\b", rest) and not re.match(r"^(?:nothing|something|everything|"
                                                         r"anything)\b", rest, re.IGNORECASE):
        rest = ("I am " if kind == "now" else "I was ") + rest
    elif not re.match(r"^(?:I|I'm|I've|I'd)\b", rest):
        rest = rest[:1].lower() + rest[1:]
    if not has_verb(rest):
        return ""
    return f"{_LEADS[kind]} {rest}" if rest.startswith("I") else f"{_LEADS[kind]}, {rest}"
