"""An answer as people TYPE it, read as the same answer said aloud.

Answers typed into a form's free-text box, into notes or a chat carry the typed register: short
forms ("w/", "mgr", "approx", "YoY"), numbers with glued units ("40pc", "8kg/wk", "~25 min"),
a change drawn with an arrow ("waste 20kg/wk -> 8kg/wk", "onboarding: 3 wks → 1 wk"), a change as
a multiple ("traffic x2"), a sign for a rise ("repeat orders +18%"), and an arrow joining two
clauses ("set up reminder texts → no-shows down"). The check reads speech: a change needs a verb
("went from 20kg a week to 8kg a week") and a number its unit in words. ``spoken(text)`` gives
the text in those spoken words and a map from each of its characters back to the typed text,
so the check quotes what the participant typed (``Reading.quote``).

The lists are data (``data/typed.json``): the short forms, the units glued to a number, and what a
typed "x2" may measure ("traffic x2" is a change; "employee of the month x2", "nights x2" are
counts). Every pattern runs in linear time: no nested repetition, each scanned once.

The draft reads the same lists (issue 20, draft58): ``short_forms_said`` spells the short forms
out in a sentence the draft says (as typed in lower case, never one of ``draft_kept``), and
``coach_dropped`` leaves out what a typed reply says to the coach rather than to an interviewer
(``to_the_coach``: "as I said above, ...", "see my earlier note"); ``chat_dropped`` leaves out
chat noise (``personal_value.json``'s ``chat_noise``).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .empty_reply import says_nothing
from .errors import ValidationError
from .resources import data_file, load_json, per_data_folder, read_data_json
from .to_self import brackets_cut, self_cut

__all__ = ["TYPED_FILE", "HEDGE_WORDS", "QUESTION", "spoken", "multiplied", "short_forms_said",
           "title_forms_said", "coach_dropped", "chat_dropped", "plain_word"]

TYPED_FILE = "typed.json"

# the words that hedge a figure where they stand before it ("about 40", "maybe 20-30%")
HEDGE_WORDS = (r"maybe|perhaps|about|around|roughly|approx(?:imately)?\.?|nearly|almost|some|"
               r"somewhere|over|under|circa|ca\.|c\.|~|≈|give or take|close to|up to|at least|"
               r"more than|less than|just under|just over|probably")

_ARROW = r"(?:-+>|=+>|\u2192|\u27f6|\u21d2)"
_NUMBER = r"(?:[~\u2248]\s?)?[$\u00a3\u20ac\u20b9R]?\d[\d,.]*[%\w/]*"
# a quantity, then an arrow, then a quantity: "20kg/wk -> 8kg/wk", "10 days -> 3", "3 wks → 1 wk"
_CHANGE = re.compile(r"(?<![\w/.,-])(" + _NUMBER + r"(?:[ \t]+[A-Za-z]+\.?){0,2})[ \t]*" + _ARROW
                     + r"[ \t]*(" + _NUMBER + r")")
# any other arrow: between clauses ("reminder texts -> no-shows down"), or in a list of steps
_OTHER_ARROW = re.compile(r"[ \t]*" + _ARROW + r"[ \t]*")
_RISE = re.compile(r"(?<![\w+])\+[ \t]?(?=\d[\d,.]*[ \t]?(?:%|pc\b|pct\b|percent\b))")
_TILDE = re.compile(r"[~\u2248][ \t]?(?=\d)")
_MULTIPLE = re.compile(r"(?<![\w-])([A-Za-z][\w-]{0,30})[ \t]+(?:x|\u00d7)[ \t]?(\d{1,2})\b"
                       r"(?![ \t]*(?:a|per|an|each)\b)", re.IGNORECASE)
# what must be in a text for a pass to find anything: most answers hold no arrow, "+", "~" or
# "x2", and those passes are then skipped (a 300-word answer is read again at each keystroke)
_ARROW_SEEN = re.compile(_ARROW)
_TIMES_SEEN = re.compile(r"(?:x|\u00d7)[ \t]?\d", re.IGNORECASE)
_TIMES = {"2": "doubled", "3": "tripled", "4": "quadrupled"}


@functools.lru_cache(maxsize=8)
def _lists(path: str) -> tuple:
    data = read_data_json(path, "the typed forms file")
    data = data if isinstance(data, dict) else {}
    for key, kind in (("words", dict), ("after_number", dict), ("multiplied", list),
                      ("progressive", dict), ("levels", list), ("dropped_subject", list)):
        value = data.get(key, kind())
        if not isinstance(value, kind) or not all(
                isinstance(k, str) and k.strip() for k in value) or (kind is dict and not all(
                isinstance(v, str) or key == "progressive" and isinstance(v, list)
                and len(v) == 3 and all(isinstance(f, str) for f in v)
                for v in value.values())):
            raise ValidationError("it must hold 'words' and 'after_number' (a typed form and "
                                  "its words) and 'multiplied' (a list of words); "
                                  "data/README.md says more.", file=path, field=key)
    words = {k.lower(): v for k, v in data.get("words", {}).items()}
    glued = {k.lower(): v for k, v in data.get("after_number", {}).items()}
    ordered = sorted(words, key=lambda w: (-len(w), w))
    word_pattern = re.compile(r"(?<![\w/&+])(" + ("|".join(map(re.escape, ordered)) or "(?!)")
                              + r")(?![\w/.])", re.IGNORECASE)
    units = sorted(glued, key=lambda w: (-len(w), w))
    glued_pattern = re.compile(r"(?<=\d)(" + ("|".join(map(re.escape, units)) or "(?!)")
                               + r")(?![\w])",
                               re.IGNORECASE)
    states = {k.lower(): v for k, v in data.get("progressive", {}).items()}
    progressive = re.compile(r"\b(am|is|are|was|were|'m|\u2019m|'re|\u2019re)[ \t]+"
                             r"((?:not[ \t]+)?)(" + ("|".join(map(re.escape, states)) or "(?!)")
                             + r")\b", re.IGNORECASE)
    levels = "|".join(map(re.escape, sorted({w.lower() for w in data.get("levels", [])},
                                            key=lambda w: (-len(w), w)))) or "(?!)"
    # "Excel: basic -> advanced", "SQL - beginner → confident": a skill, then two levels
    label = r"[A-Za-z][\w#+]{0,30}"
    level_change = re.compile(r"(?:(?<![\w#+])(" + label + r"(?:[ \t]" + label + r"){0,3})"
                              r"[ \t]*[:\u2013-][ \t]*)?(?<![\w-])(" + levels + r")[ \t]*"
                              + _ARROW + r"[ \t]*(" + levels + r")(?![\w-])", re.IGNORECASE)
    verbs = "|".join(map(re.escape, sorted({w.lower() for w in data.get("dropped_subject", [])},
                                           key=lambda w: (-len(w), w)))) or "(?!)"
    # a sentence, a line or a bullet that opens on the speaker's verb: "Went from ...",
    # "- was terrified of ...": the subject "I" is dropped
    dropped = re.compile(r"(^|[.!?][ \t]+|\n[ \t]*)((?:[-*\u2022][ \t]*)?)(" + verbs
                         + r")(?![\w'\u2019])", re.IGNORECASE)
    return word_pattern, words, glued_pattern, glued, frozenset(
        w.lower() for w in data.get("multiplied", [])), progressive, states, level_change, dropped


class _Text:
    """A text rewritten in steps, each character keeping where it came from in the typed text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.back: list[int] = []  # made at the first change: most texts have none

    def sub(self, pattern: re.Pattern, replace, group: int | None = None) -> None:
        """Each match replaced by ``replace(match)`` (None: left as it is); with ``group``,
        what ``replace`` gives is put in before that group, the match kept."""
        out, back, at = [], [], 0
        for m in pattern.finditer(self.text):
            new = replace(m)
            if new is None:
                continue
            if not self.back:
                self.back = list(range(len(self.text)))
            lo, hi = (m.start(group), m.start(group)) if group else (m.start(), m.end())
            out.append(self.text[at:lo])
            back.extend(self.back[at:lo])
            out.append(new)
            origin = self.back[lo] if lo < len(self.back) else len(self.back)
            back.extend([origin] * len(new))
            at = hi
        if not out:
            return
        out.append(self.text[at:])
        back.extend(self.back[at:])
        self.text, self.back = "".join(out), back


def _multiple(m: re.Match, multiplied: frozenset) -> str | None:
    if m.group(1).lower() not in multiplied:
        return None  # "employee of the month x2": a count, left as typed
    return f"{m.group(1)} " + _TIMES.get(m.group(2), f"went up {m.group(2)} times")


def _simple(m: re.Match, states: dict) -> str:
    """"am wanting" -> "want", "is needing" -> "needs", "was not knowing" -> "did not know"."""
    be, negated, verb = m.group(1).lower(), m.group(2), m.group(3).lower()
    base, third, past = states[verb]
    if be[0] in "'\u2019":  # "I'm wanting": the subject keeps its own word
        return " " + _simple(re.match(r"(am|are)[ \t]+((?:not[ \t]+)?)(\S+)",
                                      f"{'am' if be[1:] == 'm' else 'are'} {negated}{verb}"),
                             states)
    if be in ("was", "were"):
        return f"did not {base}" if negated else past
    if negated:
        return f"{'does' if be == 'is' else 'do'} not {base}"
    return third if be == "is" else base


def multiplied() -> frozenset:
    """The words a typed "x2" after them measures as a change ("traffic x2"); after any other
    word ("top seller x3") an "x3" is a count of times."""
    return _lists(str(data_file(TYPED_FILE)))[4]


def spoken(text: str) -> tuple[str, list[int] | None]:
    """The typed text in spoken words, and each character's offset in ``text`` (``None`` when
    nothing typed was found: the text is its own spoken form)."""
    if not text:
        return text, None
    (word_pattern, words, glued_pattern, glued, multiplied, progressive, states, level_change,
     dropped) = _lists(str(data_file(TYPED_FILE)))
    t = _Text(text)
    arrows = _ARROW_SEEN.search(text) is not None
    if arrows:
        t.sub(level_change, lambda m: (f"my {m.group(1)} " if m.group(1) else "")
              + f"went from {m.group(2)} to {m.group(3)}")
    t.sub(dropped, lambda m: "I ", group=3)
    if arrows:
        t.sub(_CHANGE, lambda m: f" went from {m.group(1)} to {m.group(2)}")
        t.sub(_OTHER_ARROW, lambda m: ", so ")
    if "+" in text:
        t.sub(_RISE, lambda m: "up ")
    if "~" in text or "\u2248" in text:
        t.sub(_TILDE, lambda m: "about ")
    if _TIMES_SEEN.search(text):
        t.sub(_MULTIPLE, lambda m: _multiple(m, multiplied))
    # a pass whose forms stand nowhere in the text, even inside a word, can find nothing: a
    # plain substring test per form is far cheaper than the pattern's scan of a long paste
    low = text.lower()
    for forms, pattern, said in ((glued, glued_pattern, lambda m: glued[m.group(1).lower()]),
                                 (words, word_pattern, lambda m: words[m.group(1).lower()]),
                                 (states, progressive, lambda m: _simple(m, states))):
        if any(form in low for form in forms):
            t.sub(pattern, said)
    if t.text == text:
        return text, None
    return t.text, t.back


@functools.lru_cache(maxsize=8)
def _draft_kept(path: str) -> frozenset:
    data = read_data_json(path, "the typed forms file")
    kept = data.get("draft_kept", []) if isinstance(data, dict) else []
    if not isinstance(kept, list) or not all(isinstance(k, str) and k.strip() for k in kept):
        raise ValidationError("'draft_kept' must be a list of typed forms of 'words'; "
                              "data/README.md says more.", file=path, field="draft_kept")
    return frozenset(k.lower() for k in kept)


@functools.lru_cache(maxsize=8)
def _spelled(path: str, key: str) -> tuple[re.Pattern, dict[str, str | None]]:
    """The pattern and the words of one of ``typed.json``'s lists of short forms said in full
    in any case (``any_case``, ``title_words``; ``words`` with them for a title): a form
    matched whole, in any case, its plural in "s" too ("Sgts", "QMs"), a full stop after it
    taken with it only in a title ("Asst. Manager")."""
    data = read_data_json(path, "the typed forms file")
    data = data if isinstance(data, dict) else {}
    keys = ("words", "any_case", "title_words") if key == "title" else (key,)
    forms: dict[str, str] = {}
    for name in keys:
        value = data.get(name, {})
        if not isinstance(value, dict) or not all(
                isinstance(k, str) and k.strip() and isinstance(v, str) for k, v in value.items()):
            raise ValidationError(f"'{name}' must map a typed short form to its words; "
                                  "data/README.md says more.", file=path, field=name)
        forms.update({k.lower(): v for k, v in value.items()})
    if key == "title":  # a title's own marks are read by ``draft_frame``; a form of
        # ``draft_kept`` ("Ops") is matched to be kept, never read as another's plural
        kept = _draft_kept(path)
        forms = {k: None if k in kept else v for k, v in forms.items()
                 if any(c.isalpha() for c in k)}
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    # its full stop: in a title always the short form's ("Asst. Manager"); in a sentence only
    # before a word in lower case ("approx. 20", "the Sgt. in charge"), else the sentence's
    stop = r"\.?" if key == "title" else r"(?-i:(?:\.(?=[ \t]+[a-z0-9]))?(?![.][ \t]+[A-Z]))"
    pattern = re.compile(r"(?<![\w/&+'’-])(" + ("|".join(map(re.escape, ordered)) or "(?!)")
                         + r")(s?)" + stop + r"(?![\w/&'’-])", re.IGNORECASE)
    return pattern, forms


def _in_case(typed: str, words: str, opens: bool) -> str:
    """``words`` in the case ``typed`` was typed in: capitalised where it opens a sentence or
    was typed capitalised ("Sgt Kerr" -> "Sergeant Kerr"), else as the list gives them (an
    initialism typed in capitals, "QM", is said in words in lower case)."""
    if len(typed.split()) > 1 and all(w[:1].isupper() for w in typed.split()):
        return " ".join(w[:1].upper() + w[1:] for w in words.split())  # "Det Sgt"
    if opens or typed[:1].isupper() and not typed.isupper():
        return words[:1].upper() + words[1:]
    return words


def _forms_said(text: str, key: str, title: bool = False) -> str:
    """``text`` with the forms of one list said in full (``_spelled``); in a title, a form
    typed all in capitals as typed unless it is one of ``any_case`` ("OPS", "HR" are
    initialisms, "SGT" a rank)."""
    path = str(data_file(TYPED_FILE))
    pattern, forms = _spelled(path, key)
    low = text.lower()
    if not any(form in low for form in forms):
        return text
    any_case = _spelled(path, "any_case")[1] if title else forms

    def said(m: re.Match) -> str | None:
        typed, plural = m.group(1), m.group(2)
        form = typed.lower()
        if forms[form] is None or plural and (form + plural) in forms:
            return None  # kept as typed; the list's own plural is matched as itself
        if title and typed.isupper() and len(typed) > 1 and form not in any_case:
            return None
        if plural.isupper():
            return None  # "SGTS", "OPS": an initialism, no plural typed so
        opens = _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]) is not None
        words = _in_case(typed, forms[form], opens)
        return words + ("s" if plural and not words.endswith("s") else "")

    t = _Text(text)
    t.sub(pattern, said)
    return t.text


def title_forms_said(title: str) -> str:
    """A job's title with its short forms said in full, in any case ("Office Mgr" -> "Office
    Manager", "Warehouse op" -> "Warehouse operative", "Cpl" -> "Corporal", "Snr Eng" ->
    "Senior Engineer"): ``typed.json``'s ``words``, ``any_case`` and ``title_words``, none of
    ``draft_kept``; an initialism typed in capitals ("HGV", "A&E", "OPS") as typed."""
    return _forms_said(title, "title", title=True) if title else title


_LOWER_WORD_BEFORE = re.compile(r"(?:^|[^\w])[a-z][a-z'\u2019-]*[ \t]*$")
_LOWER_WORD_AFTER = re.compile(r"[ \t]*[a-z]")
_SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+)$")


def short_forms_said(text: str) -> str:
    """``text`` with the typed short forms of ``data/typed.json``'s ``words`` spelled out as
    a person says them in an interview ("ppl" people, "b/c" because, "mgmt" management,
    "approx." about), for the draft: a form only as typed in lower case ("HR" is no "hr";
    capitalised only where it opens a sentence), none of ``draft_kept`` ("mom", "401k"), and
    "&" only between two lower-case words ("Harbor Grill & Oyster Bar" is a name)."""
    if not text:
        return text
    path = str(data_file(TYPED_FILE))
    word_pattern, words = _lists(path)[:2]
    kept = _draft_kept(path)
    low = text.lower()
    if not any(form in low for form in words if form not in kept):
        return _forms_said(text, "any_case")

    def said(m: re.Match) -> str | None:
        typed = m.group(1)
        form = typed.lower()
        if form in kept:
            return None
        if form == "&":
            before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 2]
            return words[form] if _LOWER_WORD_BEFORE.search(before) and \
                _LOWER_WORD_AFTER.match(after) else None
        if typed.islower() or not any(c.isalpha() for c in typed):
            return words[form]
        if typed[:1].isupper() and typed[1:] == typed[1:].lower() and \
                _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]):
            return words[form][:1].upper() + words[form][1:]
        return None  # "HR", "OPS": a name or an initialism, as typed

    t = _Text(text)
    t.sub(word_pattern, said)
    if "." in t.text:  # "... for goods-in and pick face replen.": a form ending its sentence
        t.sub(_sentence_end(path), said)
    return _forms_said(t.text, "any_case")


@functools.lru_cache(maxsize=8)
def _sentence_end(path: str) -> re.Pattern:
    """``words``'s pattern for a form whose full stop ends its sentence (the word pattern takes
    no form before a full stop: "approx. 20", "e.g." are the abbreviation's)."""
    word_pattern = _lists(path)[0]
    return re.compile(word_pattern.pattern.replace(r"(?![\w/.])", r"(?=\.(?:\s+(?-i:[A-Z])|\s*$))"),
                      re.IGNORECASE)


# when a remark puts the answer off to ("happy to explain more in the interview")
_LATER = (r"(?:\s+(?:more|further))?(?:\s+(?:in\s+(?:the\s+|an\s+)?(?:interview|person)|later|"
          r"on\s+the\s+day))?")


class _Remarks(NamedTuple):
    """The patterns of a remark a reply makes to the coach (``to_the_coach``'s ``remarks`` and
    ``disowning``): the whole sentence, at its head or at its tail after a comma or a dash,
    and a disowning one found anywhere."""

    whole: re.Pattern
    head: re.Pattern
    tail: re.Pattern
    disowning: re.Pattern


@per_data_folder
def _coach() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, _Remarks]:
    """The patterns of what a reply says to the coach (``data/typed.json``, ``to_the_coach``)
    and of chat noise (``data/personal_value.json``, ``chat_noise``)."""
    said = load_json(TYPED_FILE).get("to_the_coach", {})
    said = said if isinstance(said, dict) else {}

    def one_of(*keys: str) -> str:
        words = sorted({" ".join(str(w).lower().split()) for key in keys
                        for w in said.get(key, ()) if str(w).strip()},
                       key=lambda w: (-len(w), w))
        return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['\u2019]?")
                        for w in words) or "(?!)"

    lead = re.compile(r"^(?:(?:" + one_of("leads") + r")(?![\w'\u2019])[\s,;:.!-]*"
                      r"(?:(?:but|and|so|anyway)\b[\s,]*)?)+", re.IGNORECASE)
    # "you asked about the rota - I ran it": the topic up to the first comma, colon or dash
    asked = re.compile(r"^(?:" + one_of("asked") + r")\b\s*([^,;:.!?\u2013\u2014]{0,80}?)"
                       r"\s*(?:[,;:.!?\u2013\u2014]|\s-\s)\s*", re.IGNORECASE)
    pointer = re.compile(r"^(?:" + one_of("pointers") + r")(?![\w'\u2019])", re.IGNORECASE)
    noise = [str(w) for w in load_json("personal_value.json").get("chat_noise", ())]
    chat = re.compile(r"(?:(?<=\s)|^)(?:" + ("|".join(map(re.escape, noise)) or "(?!)")
                      + r")(?=[\s.,!?]|$)", re.IGNORECASE)
    # a remark stands apart from the sentence it ends or opens: a comma, a dash, a bracket
    remark = r"(?:" + one_of("remarks", "disowning") + r")(?![\w'\u2019])"
    remarks = _Remarks(
        re.compile(rf"^{remark}{_LATER}[\s.!?)]*$", re.IGNORECASE),
        re.compile(rf"^{remark}\s*[,;:\u2013\u2014-]\s*(?:(?:but|and|so|anyway)\b[\s,]*)?",
                   re.IGNORECASE),
        re.compile(rf"(?:\s*[,;:(\u2013\u2014]|\s+-)\s*{remark}{_LATER}[\s.!?)]*$",
                   re.IGNORECASE),
        re.compile(r"(?<![\w'\u2019])(?:" + one_of("disowning") + r")(?![\w'\u2019])",
                   re.IGNORECASE))
    return lead, asked, pointer, chat, remarks


def plain_word(text: str) -> bool:
    """Whether ``text``'s first word is a plain lower-case word (not "eBay", "iPhone",
    "bol.com", "3m"): one a capital may open."""
    m = re.match(r"\S+", text)
    word = m.group(0).rstrip(",.;:!?") if m else ""
    bare = word.replace("'", "").replace("\u2019", "").replace("-", "")
    return bool(bare) and bare.isalpha() and word.islower()


def chat_dropped(text: str) -> str:
    """``text`` without chat noise ("lol", ":)", "tbh": ``personal_value.json``'s
    ``chat_noise``), its spaces closed up."""
    return " ".join(_coach()[3].sub("", text).split()) if text else text


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# a question ("did it work?", "what was my part?"): a question word or an auxiliary first, "?"
# last; said as typed here (a reply that types the coach's question back loses it where the
# question is known: ``reply_read``)
QUESTION = re.compile(r"^(?:what|where|when|how|which|who|whom|whose|why|did|do|does|was|"
                      r"were|is|are|am|have|has|had|can|could|should|would|will|shall|"
                      r"you\s+mean)\b[^?]*\?[\s\"'\u201d\u2019)]*$", re.IGNORECASE)
_DOUBT = re.compile(r"(?<=[\w%)])\?(?=[\s\"'\u201d\u2019)]*$)")
_HEDGED_BEFORE = re.compile(rf"\b(?:{HEDGE_WORDS}|between|from|to)\s*$", re.IGNORECASE)


def _remarks_cut(sentence: str, remarks: _Remarks, unsure: bool = False) -> str:
    """``sentence`` without what it says to the coach around the answer: a remark that is
    the whole sentence ("ask my manager", "don't quote me"), opens it or ends it after a
    comma or a dash ("..., if that makes sense"); a "?" typed after a statement ("roughly
    half?") is a doubt, said with a full stop. A figure the sentence disowned ("12, don't
    quote me", "40?") is said "about 12", never bare; so is one its writer doubted in a note
    to themselves (``unsure``: "(rough number)", ``to_self.self_cut``)."""
    # one "?" after a word: "??" is a note's mark of its own (``note_marks``), kept
    doubt = bool(_DOUBT.search(sentence)) and not QUESTION.match(sentence)
    disowned = doubt or bool(remarks.disowning.search(sentence))
    if remarks.whole.match(sentence):
        return ""
    rest = remarks.tail.sub("", remarks.head.sub("", sentence, count=1)).strip()
    if doubt:
        rest = _DOUBT.sub(".", rest)
    if disowned and rest != sentence.strip() or doubt or unsure:
        at = _first_amount(rest)
        if at is not None and not _HEDGED_BEFORE.search(rest[:at]) and \
                not remarks.disowning.search(rest):
            lead = re.match(r"(?:from|between)\s+", rest[at:], re.IGNORECASE)
            at += lead.end() if lead else 0  # "from about 12 to 3", never "about from 12"
            if not (unsure and not re.match(r"[$£€¥]?\d", rest[at:])) and \
                    not re.match(r"[$£€¥]?\d[\d,.]*\+", rest[at:]):  # "about doubled", "about 40+"
                rest = f"{rest[:at]}about {rest[at:]}"
    return rest


def _first_amount(sentence: str) -> int | None:
    """Where the sentence's first amount starts, as the number reader reads one: a number
    that names or labels something ("NVQ level 2", "Year 9", "in 2019") is no figure to
    hedge ("I passed my NVQ level about 2")."""
    from .numbers import quantities  # the number reader reads typed notes: imported late

    found = quantities(sentence)
    return found[0].start if found else None


def coach_dropped(text: str) -> str:
    """``text`` said to an interviewer, not to the coach (``data/typed.json``,
    ``to_the_coach``): a sentence's lead said to the coach left out ("As I said above, I
    trained ..." -> "I trained ..."; "not sure what you mean but ..."), a lead that names the
    question's topic said to the interviewer ("you asked about the rota - I ran it" -> "As
    for the rota, I ran it"), a remark to the coach left out where it stands apart
    (``remarks``, ``disowning``: "..., if that makes sense", "ask my manager"; a figure so
    disowned said "about"), a "?" of doubt after a statement said with a full stop, and a
    sentence that only points to another note ("see my earlier note") or says nothing
    ("n/a", ``empty_reply.says_nothing``) left out, and what the writer typed to themselves
    (``to_self.self_cut``); "" where nothing is left."""
    if not text:
        return text
    lead, asked, pointer, _, remarks = _coach()
    kept = []
    for sentence in _SENTENCE_END.split(brackets_cut(text).strip()):
        # a note about the entry read before a lead to the coach is taken off it ("Sorry
        # for the long answer" never "For the long answer")
        said, unsure_before = self_cut(sentence)
        rest = lead.sub("", said, count=1).strip()
        m = asked.match(rest)
        if m:
            topic = re.sub(r"^(?:about|for|on|me\s+about|me)\s+", "", m.group(1).strip(),
                           flags=re.IGNORECASE)
            rest = (f"As for {topic}, " if topic and rest[m.end():] else "") + rest[m.end():]
        rest, unsure = self_cut(rest)  # "- mention I ...", "(check this with Sam)": to self
        unsure = unsure or unsure_before
        rest = lead.sub("", _remarks_cut(rest, remarks, unsure), count=1).strip()
        if not rest or pointer.match(rest) or says_nothing(rest):
            continue
        if rest != sentence.strip() and plain_word(rest) and \
                not sentence.strip().startswith(rest.split()[0] + " "):  # its head was cut
            rest = rest[:1].upper() + rest[1:]
        kept.append(rest)
    return " ".join(kept)
