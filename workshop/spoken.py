"""Notes said as speech: what a participant typed in note grammar, as a person says it.

The draft's wording under ``workshop.wording`` and ``workshop.skill_story``, on top of
``workshop.verbs`` (the word lists, a verb's forms, the rules of tense, whose names it passes
on): a note said aloud (brackets left out,
"200+" as "over 200", "hrs" as "hours", "2 wks" as "two weeks"), a note's parts told as
sentences (``speech``), a present verb put in the past for a job that is over (``in_past``),
and the small tests of a phrase's grammar the rest asks (does it open with a past verb, is it
a clause of its own, does its main clause hold a subject and a finite verb: ``note_clause``,
see ``docs/draft_sentences.md``). A note the draft cannot say as speech reads as "": the draft
leaves it out and the coach asks for it as a sentence.
"""

from __future__ import annotations

import re

from .empty_reply import says_nothing
from .note_grammar import VOICE_FAULTS, mended, opens_on_predicate, slip
from .typed import coach_dropped, multiplied
from .verbs import (
    _MAIN_END,
    _NOT_SUBJECT_END,
    _PERSONS,
    _WORD,
    _base_of,
    _data,
    _main_present,
    _past_form,
    _present_of,
    _present_third,
    _tense,
    _words,
    clause_in_past,
    in_past,
    one_tense,
    past_of_present,
    past_tense,
)

__all__ = ["said_aloud", "slashes_said", "latin_said", "SUBORDINATE_HEAD", "asides_dropped",
           "chatter_dropped",
           "note_marks", "names_change",
           "figure_verb", "speech",
           "in_past", "past_tense",
           "strip_end", "lower_first", "upper_first", "spelled_initials", "starts_with_past_verb",
           "starts_with_base_verb",
           "is_clause", "is_present", "clause_in_past", "past_of_present", "first_word",
           "word_list", "wording_data", "WORD", "SUBJECTS", "note_clause", "reads_whole",
           "given_thing", "part_has_verb"]


def _first_word(text: str) -> str:
    m = _WORD.search(text)
    return m.group(0).lower() if m and m.start() <= 1 else ""


def strip_end(text: str) -> str:
    return " ".join(str(text).split()).rstrip(" .!;:,")


_ALOUD = ((re.compile(r"\s*\([^)]*\)"), ""), (re.compile(r"(?<![\w.])(\d[\d,.]*)\+"), r"over \1"),
          (re.compile(r"(?<![\w.])(?:~|≈|ca?\.|circa\b)\s*(?=[$£€¥]?\d)",
                      re.IGNORECASE), "about "),
          (re.compile(r"\bapprox\.?(?=\s+(?:[$£€¥]?\d|a\b|an\b|one\b|half\b|two\b|"
                      r"three\b))", re.IGNORECASE), "about"),
          (re.compile(r"\bapprox\.?(?=\s)", re.IGNORECASE), "roughly"),  # "approx halved"
          (re.compile(r"\bhrs\b"), "hours"), (re.compile(r"\bmins\b"), "minutes"),
          (re.compile(r"\bw/\s*"), "with "), (re.compile(r"\s&\s"), " and "),
          (re.compile(r"(?<![\w'’])i(?=\s|['’](?:m|ve|d|ll)\b)"), "I"),
          (re.compile(r"(?<=\d)(\S*)\s*(?:->|→|=>|⟶)\s*(?=[^\w\s]?\d)"), r"\1 to "),
          (re.compile(r"(?<=\d)\s*mins?\b\.?"), " minutes"),
          (re.compile(r"(?<=\d|%)\s+v\.?\s+(?=\w)"), " against "),
          (re.compile(r"(?<!,)\s\+\s"), " and "),
          (re.compile(r"(?<=\d)\s*h\b"), " hours"),
          (re.compile(r"(?<![\w#])#\s*(?=\d)"), "number "),
          (re.compile(r"\bvs\.?(?=\s)", re.IGNORECASE), "against"))

# "samples/day", "10 hours/wk", "picks/hr" (after the short forms are said in full): "a day",
# "a week", "an hour".
_PER = re.compile(r"(?<=[^\W_])(\s*)/\s*(day|week|month|year|hour|hr|shift)\b", re.IGNORECASE)
# a "%" after a word, not a number ("labour cost % reduced"): the measure as a percentage
_PERCENT_NAMED = re.compile(r"(?<=[A-Za-z])\s*%(?=\s+[A-Za-z])")


def _per_said(m: re.Match) -> str:
    period = "hour" if m.group(2).lower() in ("hour", "hr") else m.group(2).lower()
    return f" {'an' if period == 'hour' else 'a'} {period}"


# Short forms of common words, said in full ("2 wks" -> "2 weeks", "assoc" -> "associates"):
# read from data/wording.json ("short_forms"), whole words only.
_SHORT = re.compile(r"(?<![\w'’.-])([A-Za-z]+)\.?(?![\w'’-])")


# A note's aside to its writer, not words to say: "see X", "ask (me) about ...", "TBC", "to
# check", "??" at the start of a part (after a comma, a semicolon, a colon or a dash).
_ASIDE = re.compile(r"(?:^|[,;:]\s*|\s[-–—]\s*)(?:see\s+(?!that\b|how\b|it\b|them\b)\w|"
                    r"ask\s+(?:me\s+|them\s+|him\s+|her\s+)?about\b|tb[cda]\b|to be confirmed\b|"
                    r"(?:need\s+to\s+|to\s+)?check\s+(?:the\s+)?(?:figures?|numbers?|data)\b|"
                    r"\?\?)", re.IGNORECASE)
# What still marks a note after its asides are taken off the end: a bracket left open, an
# arrow between words, an aside inside it.
_NOTE_MARK = re.compile(r"[(\[\]]|->|→|=>|\?\?|\btb[cda]\b", re.IGNORECASE)


def asides_dropped(text: str) -> str:
    """A note without its writer's asides: what stands in square brackets, and an aside that
    ends it ("..., see pass rate", "... (ask about ..." with the bracket left open, "... - TBC")
    left out; an aside with more words after it stays, and ``note_marks`` then finds it."""
    text = re.sub(r"\s*\[[^\]]*\]", "", text)
    text = re.sub(r"\s*[(\[][^)\]]*$", "", text)  # a bracket opened and never closed
    while True:
        found = list(_ASIDE.finditer(text))
        m = found[-1] if found else None
        if m is None or re.search(r"[,;:]|\s[-–—]\s", text[m.end():]):
            return text
        text = text[:m.start()].rstrip()


def note_marks(text: str) -> bool:
    """True when a note still holds a mark of note grammar the draft cannot say (a bracket, an
    arrow between words, "TBC", "??", an aside inside it): the note is not said as it stands."""
    return bool(_NOTE_MARK.search(text) or _ASIDE.search(text))


# A change drawn with an arrow between two figures, with no "from" before it ("cut waits 25 ->
# 15 min", "no-shows 1 in 5 -> 1 in 10"): said "from 25 to 15", the "from" a speaker says.
_ARROW_CHANGE = re.compile(r"(?<![\w.,$£€¥])((?:[$£€¥]?\d[\d,.]*\s+(?:in|out\s+of)\s+)?"
                           r"[$£€¥]?\d[\d,.]*[%\w/]*)(?=\s*(?:->|→|=>|⟶)\s*[$£€¥]?\d)")
# two rates told as a change with no "from" ("reduced falls 1 in 5 to 1 in 20"): a rate's range
# is rare, so in a doing it is a change, said "from 1 in 5 to 1 in 20"
_RATE_CHANGE = re.compile(r"(?<![\w.,])(\d{1,3}\s+(?:in|out\s+of)\s+\d{1,4})(?=\s+to\s+\d{1,3}\s+"
                          r"(?:in|out\s+of)\s+\d)", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)

# Chatter typed into a note, never said: "tbh", "lol", "tbf", "ngl", "imo", "haha", anywhere;
# "to be fair", "to be honest", "if I'm honest" where they stand as an aside at a part's start or
# end ("at home with my lad to be fair", "to be fair, the market helped").
_CHATTER = re.compile(r"[,;]?\s*\b(?:tbh|tbf|lol|lmao|ngl|imo|fwiw|haha+|hehe)\b[.!]*",
                      re.IGNORECASE)
# a later part that opens on such an aside is the writer's concession, not the result: left out
# whole ("grew sales 20%, to be fair the market helped" -> "grew sales 20%")
_CHATTER_PART = re.compile(r"[,;]\s*(?:to be (?:fair|honest)|tb[hf]|if i'?m (?:being )?honest)\b"
                           r"[^,;.!?]*", re.IGNORECASE)
_CHATTER_EDGE = re.compile(r"(?:[,;]\s*|\s+|^)(?:to be (?:fair|honest)|if i'?m (?:being )?honest)"
                           r"(?=\s*(?:[,;.!?]|$))|(?:^|(?<=[,;.]\s))(?:to be (?:fair|honest)|if "
                           r"i'?m (?:being )?honest),?\s*", re.IGNORECASE)


# words after which "to be honest" is what is said, not an aside ("I learned to be honest")
_TAKES_TO = frozenset("learn learned learnt learning had have has need needed needs want wanted "
                      "try tried trying how able going chance asked told taught like liked hard "
                      "important easy wanting meant means got used".split())


def _edge_dropped(m: re.Match) -> str:
    before = _WORD.findall(m.string[:m.start()][-30:])
    if not m.group(0).lstrip().startswith((",", ";")) and before and \
            before[-1].lower() in _TAKES_TO:
        return m.group(0)
    return ""


def chatter_dropped(text: str) -> str:
    """A note without its chatter ("tbh", "lol", "to be fair" as an aside): the words a
    participant typed to themselves, never said in the draft; the rest as typed."""
    if not re.search(r"\b(?:tb[hf]|lol|lmao|ngl|imo|fwiw|hah|heh|fair|honest)", text,
                     re.IGNORECASE):
        return text
    out = _CHATTER_EDGE.sub(_edge_dropped, _CHATTER.sub("", _CHATTER_PART.sub("", text)))
    return " ".join(out.split()).strip(" ,;") if out != text else text


# "top seller x3", "employee of the month ×2": a count of times, said "three times", "twice";
# after a word a typed "x2" measures ("sales x2": ``typed.multiplied``) it is left as typed
_TIMES_TYPED = re.compile(r"(?<=[A-Za-z])\s+[x×]\s?([2-9])\b(?!\s*(?:a|per|an|each)\b)",
                          re.IGNORECASE)
_TIMES_SAID = {"2": "twice", "3": "three times", "4": "four times", "5": "five times",
               "6": "six times", "7": "seven times", "8": "eight times", "9": "nine times"}


# "+20%" typed as a rise: after a verb of change "by 20%" ("grew bookings +20%"), after "up" or
# "down" the sign left out; elsewhere (a note with no verb) left as typed, and not said
_SIGNED = re.compile(r"(?<![\w+])\+\s?(?=\d[\d,.]*\s?(?:%|percent\b|pc\b))", re.IGNORECASE)
_RISE_VERB = re.compile(r"\b(?:grew|grow|increased|increase|raised|raise|rose|boosted|lifted|"
                        r"improved|improve|pushed|took|got)\b[^,;.]*$", re.IGNORECASE)
# a simple fraction typed with a slash after a word of size or change ("cut waste by 1/3",
# "~2/3 of calls"): said in words; "24/7", "1/2/2020", "A/B" are no such fraction
_FRACTIONS = {"1/2": "a half", "1/3": "a third", "2/3": "two thirds", "1/4": "a quarter",
              "3/4": "three quarters", "1/5": "a fifth", "1/10": "a tenth"}
_SLASH_FRACTION = re.compile(r"\b((?:by|about|around|roughly|nearly|almost|over|under|maybe|"
                             r"cut|reduced|saved|lost|gained)\s+)(1/2|1/3|2/3|1/4|3/4|1/5|"
                             r"1/10)(?![\w/.])", re.IGNORECASE)
def _signed(m: re.Match) -> str:
    before = m.string[:m.start()]
    if re.search(r"\b(?:up|down)\s*$", before, re.IGNORECASE):
        return ""
    return "by " if _RISE_VERB.search(before) else m.group(0)


def _times_said(m: re.Match) -> str:
    word = _WORD.findall(m.string[:m.start()])
    if word and word[-1].lower() in multiplied():
        return m.group(0)
    return " " + _TIMES_SAID[m.group(1)]


def _arrow_from(m: re.Match) -> str:
    """"from" before a change drawn with an arrow in a doing ("cut waits 25 -> 15", "we took
    no-shows 1 in 5 -> 1 in 10"); a note with no doing before its figures ("waits 25 -> 15")
    keeps its note shape, which the draft does not say as it stands (the coach asks)."""
    before = m.string[:m.start()]
    words = [w.lower() for w in _WORD.findall(before)]
    doing = bool(words) and (words[0] in ("i", "we") or starts_with_past_verb(before))
    return f"from {m.group(1)}" if doing and not _FROM_BEFORE.search(before) else m.group(1)


# Latin short forms a form invites and nobody says: "e.g." said "such as", "i.e." left out (what
# follows names the same thing again: "3 juniors, i.e. the new hires" -> "3 juniors, the new
# hires"), "etc." left out with the list before it closed by "and" ("stock, invoices, returns
# etc." -> "stock, invoices and returns"), "re:" said "about". "e.g" and "i.e" with or without
# their stops, "eg"/"ie" only with a stop after them (the word "ie" is no name in a note).
_EG = re.compile(r"(?<![\w.])e\.\s?g\.?(?=\s|,)|(?<![\w.])eg\.(?=\s)", re.IGNORECASE)
_IE = re.compile(r"(?:,\s*)?(?<![\w.])(?:i\.\s?e\.?|ie\.)(?=\s|,),?", re.IGNORECASE)
_ETC = re.compile(r",?\s*(?<![\w.])(?:etc|et cetera|and so on)\b\.*(?=(\s+[^\W\d_])?)",
                  re.IGNORECASE)
_RE = re.compile(r"(?<![\w.])re:\s*", re.IGNORECASE)
_LIST_END = re.compile(r",\s+(?=[^,;.!?]*$)")


def _etc_dropped(m: re.Match) -> str:
    """"etc." left out; the list it ends closed with "and" where it has no "and" (its last
    comma of the clause); a stop kept where a new sentence follows."""
    return "." if m.group(1) and m.group(1).strip()[:1].isupper() else ""


# after "e.g." a clause or a place, not a thing: "for example" ("e.g. in Leeds", "e.g. when")
_EG_CLAUSE = frozenset("in at on by for with during when if where while to from i we they he "
                       "she it after before".split())


def _eg_said(m: re.Match) -> str:
    nxt = _WORD.findall(m.string[m.end():][:30])
    return "for example" if nxt and nxt[0].lower() in _EG_CLAUSE else "such as"


def latin_said(text: str) -> str:
    """``text`` with "e.g.", "i.e.", "etc." and "re:" said as a person says them (see above)."""
    if not re.search(r"(?i)\b(?:e\.?\s?g|i\.?\s?e|etc|et cetera|and so on|re:)", text):
        return text
    text = _RE.sub("about ", _EG.sub(_eg_said, text))
    text = _IE.sub(lambda m: ", " if m.string[:m.start()].strip() else "", text)
    out, start = [], 0
    for m in _ETC.finditer(text):
        head = text[start:m.start()]
        clause = re.split(r"[;.!?]|\b(?:and|or)\b", head)[-1]
        last = clause.rsplit(",", 1)[-1].strip().lower()
        if clause.count(",") >= 1 and not re.search(r"\b(?:and|or)\b[^,]*$", head) and \
                not last.startswith(("such as", "like ", "including", "especially", "mostly",
                                     "mainly", "for example", "for instance")):
            head = head[:len(head) - len(clause)] + _LIST_END.sub(" and ", clause)
        out.append(head + _etc_dropped(m))
        start = m.end()
    text = "".join(out) + text[start:]
    return " ".join(re.sub(r"\s+([,.])", r"\1", re.sub(r",\s*,", ",", text)).split())


def said_aloud(text: str) -> str:
    """A note as a person says it: its asides left out (``asides_dropped``), what stands in
    brackets left out, "200+" as "over 200",
    "7/month -> 3/month" as "7 a month to 3 a month", " + " as " and " (a part with no verb
    after it left out),
    "~40", "c. 40" and "ca. 40" as "about 40", a change drawn "25 -> 15" as "from 25 to 15",
    "8% v 6%" as "8% against 6%", "15 min" as "15 minutes", chatter ("tbh", "lol", "to be
    fair" as an aside, ``chatter_dropped``) left out, "hrs" as "hours", "w/" as "with", " & "
    as " and ", "samples/day" as "samples a day", "24h" as "24 hours", "#2" as "number 2",
    "vs" as "against", and the short forms of common words in full ("2 wks" -> "2 weeks", "6
    mo" -> "6 months", "assoc" -> "associates"); what a reply says to the coach, not to an
    interviewer ("as I said above, ...", "see my earlier note": ``typed.coach_dropped``),
    left out."""
    text = latin_said(chatter_dropped(asides_dropped(coach_dropped(text))))
    text = _ARROW_CHANGE.sub(_arrow_from, text)
    text = _RATE_CHANGE.sub(_arrow_from, text)
    text = _TIMES_TYPED.sub(_times_said, text)
    text = _SIGNED.sub(_signed, text) if "+" in text else text
    text = _PERCENT_NAMED.sub(" percentage", text)
    for pattern, words in _ALOUD:
        text = pattern.sub(words, text)
    text = _PLUS.sub(_plus_said, text)
    short = _data()["short_forms"]
    text = _SHORT.sub(lambda m: _short_said(m, short), text)
    text = _PER.sub(_per_said, text)
    text = slashes_said(text)
    text = _SLASH_FRACTION.sub(lambda m: m.group(1) + _FRACTIONS[m.group(2)], text) \
        if "/" in text else text
    return " ".join(mended(text).split())  # "12 staffs" -> "12 staff" (``note_grammar``)


# ", + " starting a part of its own: up to the next comma, semicolon or the end (" + " inside a
# part joins a list: "morale + retention" is "morale and retention").
_PLUS = re.compile(r",\s*\+\s([^,;]*)")
# words typed as a list with slashes ("ordering/stock/rota", "chased suppliers / did
# invoices"): plain lower-case words of four letters or more, so never "w/", "and/or",
# "his/her", a date, a path or an address
# (three letters will do where the slash stands spaced, as between two clauses)
_SLASH_WORD = r"[a-z][a-z'\u2019-]{3,}"
_SLASH_SPACED = r"[a-z][a-z'\u2019-]{2,}"
_SLASH_LIST = re.compile(rf"(?<![\w/.:@-])(?:{_SLASH_WORD}(?:/{_SLASH_WORD})+|"
                         rf"{_SLASH_SPACED}(?:[ \t]+/[ \t]+{_SLASH_SPACED})+)(?![\w/@]|\.\w)")


def slashes_said(text: str) -> str:
    """A list typed with slashes said as a person says a list: "planning/budgets" ->
    "planning and budgets", "ordering/stock/rota" -> "ordering, stock and rota", "chased
    suppliers / did invoices" -> "chased suppliers and did invoices"."""
    if "/" not in text:
        return text

    def said(m: re.Match) -> str:
        items = [w.strip() for w in m.group(0).split("/")]
        return ", ".join(items[:-1]) + " and " + items[-1]
    return _SLASH_LIST.sub(said, text)


def _plus_said(m: re.Match) -> str:
    """", + saved 10 hours" said " and saved 10 hours"; a part with no verb of its own
    (", + new supplier": what was done with it the note does not say) is left out rather
    than said half repaired ("..., and new supplier")."""
    part = m.group(1).strip()
    first = _first_word(part)
    verb = _past_form(first) or first in _words("base_verbs") or first in ("i", "we")
    return f" and {part}" if verb else ""


_COUNT_BEFORE = re.compile(r"(\d[\d,.]*)\s*$")


def _short_said(m: re.Match, short: dict[str, str]) -> str:
    """A short form said in full, in the plural after a count other than one ("6 mo" ->
    "6 months", "1 wk" -> "1 week")."""
    word = short.get(m.group(1).lower())
    if word is None:
        return m.group(0)
    count = _COUNT_BEFORE.search(m.string[:m.start()])
    if count and count.group(1) not in ("1", "1.0") and word + "s" in short.values():
        return word + "s"  # "6 mo" -> "6 months"; "12 ppl" stays "12 people"
    return word


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is "I", a name or an acronym."""
    if not text:
        return text
    first = text.split()[0]
    if first == "I" or first.startswith(("I'", "I’")) or any(c.isupper() for c in first[1:]):
        return text
    return text[0].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def starts_with_base_verb(text: str) -> bool:
    """True for a phrase that opens with a verb's plain form ("reduce costs", "lead a team")."""
    words = text.split()
    return bool(words) and words[0].lower() in _words("base_verbs")



# --- notes said as speech -------------------------------------------------------------------------

_JOINERS = frozenset("""and but so or nor yet which who whose whom when where while because as
    then though although if until unless since after before with without from to for in on at
    by using used including especially mostly mainly about around over nearly almost not like
    plus than via per each every both either""".split())
_TIME_LEAD = re.compile(r"^(?:by the (?:end|time)|at the end|in the end|now|today|later|after|"
                        r"then|since|within|a year later|months later|soon|every|each|last|"
                        r"this|next|once|twice)\b", re.IGNORECASE)
_SUBJECT_LEAD = frozenset("i i'm i've i'd we they he she it it's everyone everybody nobody "
                          "people most all".split())


def _has_verb(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text)]
    if words and words[0] in _SUBJECT_LEAD:
        return True
    # a present "-s" verb the kit knows is a verb too ("data only matters when ...")
    return any(w in _words("finite_verbs") or w in _words("irregular_past")
               or w in _words("base_verbs") or w in _tense() or _present_third(w)
               or (w.endswith("ed") and len(w) > 3) for w in words)


# a clause that leans on the one after its comma ("When the power tripped, I ...", "If a
# driver was off sick, I ..."): the comma closes it, it is no sentence of its own
SUBORDINATE_HEAD = re.compile(r"(?:when|whenever|while|if|because|although|though|once|until|"
                               r"as soon as|even though|even when|every time|the moment|"
                               r"after|before|since)\b", re.IGNORECASE)


def _splice_joined(text: str) -> str:
    """Two clauses run together with a comma, as in a note ("I automated the template,
    everyone uses it now"), joined as a person says them ("..., and everyone uses it now");
    the last such comma only, so a list of clauses reads "A, B, and C"."""
    commas = [m for m in re.finditer(r",\s+", text)]
    for k in range(len(commas) - 1, -1, -1):
        m = commas[k]
        tail = re.split(r"[,;.]", text[m.end():], maxsplit=1)[0]
        first = _first_word(tail)
        if not first or first in _JOINERS or not _has_verb(text[:m.start()]):
            continue
        if SUBORDINATE_HEAD.match(text[commas[k - 1].end() if k else 0:m.start()].strip()):
            continue  # "When the power tripped one night, I kept calm and ...": the comma
            # closes a clause that leans on the next one, never a splice of two sentences
        if first.endswith("ing") or first in _words("base_verbs") or starts_with_past_verb(tail):
            continue  # "..., made sure ...", "..., matching ...": one subject, a list of doings
        if first in _SUBJECT_LEAD or _is_clause(tail):
            rest = text[m.end():]
            if re.search(r"\band\b", rest):  # an "and" of its own: a new sentence
                return text[:m.start()] + ". " + upper_first(rest)
            return text[:m.start()] + ", and " + rest
    return text


# A comma before the end of a growth told as a start and an end ("at first I ..., by the end
# I ..."): two sentences when said.
_THEN_BREAK = re.compile(r",\s+(?=(?:by the end|by the time|at the end|in the end|now|today|"
                         r"a year later|after a year|months later)\b[^,]*\b(?:i|i'm|we)\b)",
                         re.IGNORECASE)


# a past form straight before "by" and a doer ("praised by the area manager", "picked by my
# boss"), not a measure ("cut by 20%", "grew by a third", "reduced by half")
_PASSIVE_BY = re.compile(r"^[A-Za-z]+\s+by\s+(?![$£€¥~]?\d|(?:a|an|about|around|over|nearly|"
                         r"almost|roughly|half|more|less|much|far|some|up|one|two|three|"
                         r"four|five|ten|the end|the time)\b)", re.IGNORECASE)


# a reason that opens on a doing named as a thing ("Working with the night team", "Seeing the
# new starters grow"): a gerund and two words or more, a noun phrase a frame can take
_GERUND_HEAD = re.compile(r"^[A-Za-z]{2,}ing\s+\S+\s+\S+", re.IGNORECASE)


def speech(note: str, own_voice: bool = False) -> str:
    """A note as a person would say it, without its final stop: said aloud (``said_aloud``),
    parts written with a semicolon or a dash told as sentences of their own ("at first I ...;
    by the end I ..." -> "at first I .... By the end I ..."; a part that starts with a past
    verb gets "I"), two clauses run together with a comma joined with "and". "" for note
    grammar the draft cannot turn into speech: a part after the first that is a fragment with
    no verb, or of one or two words ("led rota; cut overtime"), a list of bare doings
    ("spotted it, escalated, admitted same night"), or a head with no verb before a clause
    ("inventory control at my job, we went to cycle counts"). The coach then asks for a
    sentence. A note that carries no content ("dunno really", ``empty_reply.says_nothing``) is
    "" too. ``own_voice``: the participant's reason for the job, kept in their own voice
    though a tense, an agreement or a spelling slips (``note_grammar.VOICE_FAULTS``): said
    aloud, it is how they talk, and leaving it out loses what a listener remembers most."""
    if says_nothing(note):  # "dunno really", "same as above": nothing to say (asked again)
        return ""
    text = strip_end(said_aloud(note or ""))
    if not text or note_marks(text) or slip(text, VOICE_FAULTS if own_voice else frozenset()):
        return ""  # a slip no rule mends ("made guide"): the coach asks for a full sentence
    parts = [p.strip() for p in re.split(r"\s*;\s*|\s+[-–—]\s+(?=[^\W\d_])|"
                                         + _THEN_BREAK.pattern, text, flags=re.IGNORECASE)
             if p and p.strip()]
    if len(parts) > 1 and any(len(p.split()) < 3 for p in parts):
        return ""
    out = []
    for i, part in enumerate(parts):
        moved = moved_note(strip_end(part))
        part, noted = moved, moved != strip_end(part)
        if i and not noted and starts_with_past_verb(part) and \
                _first_word(part) not in _SUBJECTS:
            # "praised by the area manager": a passive, the speaker its subject ("I was ...")
            part = ("I was " if _PASSIVE_BY.match(part) else "I ") + lower_first(part)
        elif len(parts) > 1 and not _part_has_verb(part) and not (
                own_voice and i == 0 and _GERUND_HEAD.match(part)):
            return ""  # "at first basic Excel; by the end macros": parts with no verb
        if _telegraphic(part):
            return ""
        head = re.split(r",\s+", part, maxsplit=1)
        if own_voice and i == 0 and len(head) > 1 and _GERUND_HEAD.match(head[0]) and \
                _starts_clause(head[1]):  # "Working with the night team, they trusted me":
            part = f"{head[0]}. {upper_first(head[1])}"  # the thing, then why: two sentences
            head = [part]
        if len(head) > 1 and not _has_verb(head[0]) and not _PLACE_LEAD.match(head[0]) \
                and not _TIME_LEAD.match(head[0]) and _starts_clause(head[1]):
            return ""  # "inventory control at my current job, we went from ...": a fragment
        part = one_tense(_splice_joined(part))
        out.append(upper_first(part) if i else part)
    return ". ".join(out)


# A note of a measure that moved, typed with no verb ("unfilled BSL bookings down from about 1
# in 5 to around 1 in 20", "missed shifts down from 12 to 3"): its first word a participle
# used as an adjective, not the speaker's doing ("I unfilled bookings down" was said). A verb
# that takes "down"/"up" with an object ("cut costs down by 20%", "pushed prices up") keeps it.
_MOVED_NOTE = re.compile(r"^(?P<what>(?:[^\W\d_][\w'’&/-]*\s+){1,6}?)(?P<dir>down|up)\s+"
                         r"(?=(?:from|to|by)\b)", re.IGNORECASE)
_PHRASAL_MOVES = frozenset("""cut brought got pushed knocked kept drove took turned ran scaled
    slowed calmed narrowed trimmed pared whittled ramped stepped shaved put paid sped built
    shut wound cleaned tidied""".split())


def moved_note(part: str) -> str:
    """``part`` with "went" before its "down"/"up" where it is a note of a measure that
    moved with no verb of its own ("unfilled BSL bookings down from ..." -> "unfilled BSL
    bookings went down from ..."), else as it is."""
    m = _MOVED_NOTE.match(part)
    if not m or (m.group("dir").lower() == "up" and part[m.end():].lower().startswith("to")):
        return part  # "a crew of up to 35": a ceiling, no move
    first = _first_word(m.group("what"))
    what_words = m.group("what").split()
    if first in _PHRASAL_MOVES or first in _SUBJECTS or len(what_words) < 2:
        return part
    if not first.endswith("ed") and _part_has_verb(m.group("what")):
        return part  # "we sold more down from ..." has a verb of its own
    return f"{m.group('what')}went {m.group('dir')} {part[m.end():]}"


_PRONOUN_SUBJECTS = frozenset("i i'm i've i'd we we're they he she it it's".split())


def _part_has_verb(part: str) -> bool:
    """True when a part of a note holds a verb: a word the kit knows as one, a subject
    pronoun with a word after it ("now I'm Tier 2"), a present the kit knows ("agents come")."""
    words = [w.lower() for w in _WORD.findall(part)]
    return _has_verb(part) or any(w in _PRONOUN_SUBJECTS for w in words[:-1]) or \
        any(_present_third(w) or w in _tense() for w in words)


part_has_verb = _part_has_verb  # the last reading of a draft's sentence asks it (sentence_said)


def _telegraphic(part: str) -> bool:
    """True for a note written as a list of bare doings ("spotted sepsis signs, escalated,
    admitted same night"): a part after a comma that is one or two words opening with a past
    verb and no "and" before it; said aloud it is a string of fragments, so the coach asks for
    a sentence."""
    pieces = re.split(r",\s+", part)
    for piece in pieces[1:]:
        words = piece.split()
        if words and words[0].lower() != "and" and len(words) <= 2 and \
                starts_with_past_verb(piece):
            return True
    return False


def _starts_clause(text: str) -> bool:
    """True when ``text`` opens with a clause of its own ("we went ...", "bookings doubled"),
    not a doing of the subject before it ("made sure ...", "matching ...")."""
    tail = re.split(r"[,;.]", text, maxsplit=1)[0]
    first = _first_word(tail)
    if not first or first in _JOINERS or first.endswith("ing") or \
            first in _words("base_verbs") or starts_with_past_verb(tail):
        return False
    return first in _SUBJECT_LEAD or _is_clause(tail)


_PLACE_LEAD = re.compile(r"^(?:at|in|on|when|as|while|during|after|for|since|with|from)\b",
                         re.IGNORECASE)


# --- results ------------------------------------------------------------------------------------

_SUBJECTS = frozenset("""a an the our my their his her its this that these those most all every
    each some many more fewer less over nearly almost about around half none no both either
    neither one it they he she everyone everybody nobody""".split())


def _present(text: str) -> bool:
    """True for a clause told in the present ("residents are calmer")."""
    words = {w.lower() for w in _WORD.findall(text)}
    return bool(words & {"is", "are", "has", "have", "goes", "rises", "falls", "grows", "stays",
                         "remains", "runs", "uses"}) or _main_present(text) is not None


def starts_with_past_verb(text: str) -> bool:
    """True for a note that opens with a past verb ("built the dashboard", "cut waste"); not
    for a noun phrase that names what changed and opens with a participle ("returned mail
    down from 5% to 1%": ``names_change``)."""
    return _past_form(_first_word(text)) and not names_change(text)


# What the noun phrase of a change note ends on: "down" or "up" (with a figure or the end
# after it), or "from <figure> to <figure>".
# a figure's hedge may stand before it ("down from about 12", a figure its writer doubted)
_HEDGE_SAID = r"(?:(?:about|around|roughly|nearly|almost|some|maybe|approximately)\s+)?"
_CHANGE_TAIL = re.compile(r"^(?P<np>(?:[\w'’%-]+\s+){0,5}?[\w'’%-]+)\s+"
                          r"(?P<change>(?:down|up)\b(?:\s+(?:(?:by|to|from)\s+)?" + _HEDGE_SAID
                          + r"[^\w\s]?\d.*|"
                          r"\s*$|\s+(?:a lot|a bit|massively|sharply|after|since|when|over|in)"
                          r"\b.*)|from\s+[^\w\s]?\d\S*\s+to\s+[^\w\s]?\d.*)$",
                          re.IGNORECASE)
_OBJECT_START = frozenset("the a an our my their his her its this that these those all every "
                          "each some many most both no one two three four five six seven eight "
                          "nine ten it them him her us me".split())


def figure_verb(word: str) -> bool:
    """True for a verb that takes a figure's move as its object ("cut", "reduced", "brought",
    "took": "took retention from 60% to 80%"), from ``change_verbs`` and ``figure_verbs``."""
    word = word.lower()
    verbs = _data()["change_verbs"]
    return word in verbs["up"] or word in verbs["down"] or word in _words("figure_verbs")


def names_change(text: str) -> bool:
    """True for a note that is a noun phrase with a change and opens with a participle
    ("returned mail down from 5% to 1.2%", "missed collections from 14 to 3"): the first word
    is a past form that is no verb taking a figure (``figure_verb``), and the word after it
    opens no object (no determiner, no figure); "cut food cost from 34% to 28%" and "returned
    the deposits from 3 sites ..." are a verb and its object."""
    m = _CHANGE_TAIL.match(" ".join(text.split()))
    if not m:
        return False
    words = m.group("np").split()
    first = re.sub(r"[^\w'’-]", "", words[0]).lower()
    if len(words) < 2 or not _past_form(first) or figure_verb(first):
        return False
    second = re.sub(r"[^\w'’-]", "", words[1]).lower()
    return second not in _OBJECT_START and not re.match(r"[^\w\s]?\d", words[1])


def _is_clause(text: str) -> bool:
    """True when the statement has a subject of its own and a finite verb after it
    ("customer satisfaction went up", "the backlog fell to zero", "sales rose 20%")."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 2:
        return False
    for i, word in enumerate(words[1:], start=1):
        finite = word in _words("finite_verbs") or word in _words("irregular_past")
        if finite and words[i - 1] in ("that", "which", "who") and i > 1:
            continue  # "a region that was flat": the verb of a relative clause, not the note's
        if finite and words[i - 1] not in ("to", "i", "we", "the", "a", "an"):
            return True
        last = i == len(words) - 1  # a verb last is a clause when a figure follows it
        if word.endswith("ed") and len(word) > 4 and words[i - 1] not in (
                "the", "a", "an", "to", "of", "and", "i", "we") and (not last or re.search(
                rf"\b{re.escape(word)}\s+[^\s\w]?\d", text, re.IGNORECASE)):
            return True
    return False


# --- a note's main clause ---------------------------------------------------------------------

# A clause that opens with a subordinate part ("When I joined, ..."): its main clause follows.
_SUBORDINATE_LEAD = re.compile(r"^(?:when|while|after|before|since|once|by|at|in|on|within|"
                               r"over|during|as|if|because|after)\b", re.IGNORECASE)
# What may follow a past form left without its "was" in a note ("time cut in half", "costs
# lowered by 10%", "calls handled faster"): a preposition, a comparative, the end; never a
# figure, which is the verb's object ("the summer fair raised £8,400").
_AFTER_PASSIVE = re.compile(r"^(?:by|from|to\s+(?:[^\w\s]?\d|half|a third|a quarter|zero|"
                            r"none|nothing)|in|on|at|for|over|within|across|into|per|under|"
                            r"below|above|after|thanks|through|faster|quicker|sooner|earlier|"
                            r"\w+ly\b)", re.IGNORECASE)


def note_clause(text: str) -> str:
    """A note as a grammatical clause, or "" for a fragment: the main clause (what comes
    before a comma or a word that starts another clause) must hold a subject and a finite
    verb. A small, explainable parse of note grammar, not a list of sentences:

    - "sales rose 20%", "the new rota I built cut overtime": a clause, as it is;
    - "design-to-dev handoff time cut in half", "costs lowered by 10%": a past form of a verb
      that needs an object (not one of the change verbs that stand alone, ``finite_verbs``),
      after a noun, with no object after it: the "was"/"were" a note drops is said ("... time
      was cut in half", "costs were lowered by 10%");
    - "less overlap when drilling so seed is saved by 4%", "+6.2% against a region that was
      flat": the verbs belong to a later clause, the main one has none: a fragment, "".

    A note that opens with a subordinate part ("When I joined, ...") is read by its clause
    as a whole (``is_clause``)."""
    text = " ".join(text.split())
    if _SUBORDINATE_LEAD.match(text):
        return text if _is_clause(text) else ""
    main = _MAIN_END.split(text, maxsplit=1)[0]
    tokens = main.split()
    words = [re.sub(r"[^\w'’-]", "", t).lower() for t in tokens]
    for i, word in enumerate(words):
        if i == 0 or not word:
            continue
        before = words[i - 1]
        after = words[i + 1] if i + 1 < len(words) else ""
        third = _present_of(word, before, after)
        if (word in _words("finite_verbs") or third) and before not in _NOT_SUBJECT_END:
            return text
        if not _past_form(word) or before in _NOT_SUBJECT_END:
            continue
        if before in _PERSONS or word in ("had", "did"):
            return text  # "the rota I built ...": a subject and its verb
        rest = " ".join(tokens[i + 1:])
        if any(w in _words("finite_verbs") for w in _to_comma(text, i + 1)):
            return text  # "claims paid in 10 days went ...": a noun, its participle, a verb
        known = _base_of(word) in _words("base_verbs")
        if not rest and not known and main != text:
            return ""  # "less ink wasted when mixing so ...": no verb the main clause can hold
        if (not rest and known) or _AFTER_PASSIVE.match(rest):
            be = "were" if re.search(r"(?<!s)s$", before) else "was"
            start = len(" ".join(tokens[:i]))
            return f"{text[:start]} {be}{text[start:]}"
        return text  # a past verb with its object after it: "the new rota cut overtime"
    return ""


def _to_comma(text: str, start: int) -> list[str]:
    """The words of ``text`` from its ``start``-th word up to a comma, a semicolon or a word
    that joins another clause ("so", "and", "which" ...; not "when" or "before", which may
    qualify a noun: "calls answered before noon went ...")."""
    out = []
    for token in text.split()[start:]:
        word = re.sub(r"[^\w'’-]", "", token).lower()
        if word in _JOINS:
            break
        out.append(word)
        if token.endswith((",", ";")):
            break
    return out


_JOINS = frozenset("so and but because which who that while whereas".split())


# Where a clause of its own starts inside a sentence and needs a subject: after "because",
# "so", "when", "if", "since", "while", and after a "that" that follows a verb or "me" ("it
# taught me that ...", "what I value most is that ..."), not a "that" after a noun (a
# relative clause: "a checklist that cut errors").
_OWN_CLAUSE = re.compile(r"\b(?:because|so|when|if|since|while|although|though|"
                         r"(?:is|was|me|us|realised|realized|learned|learnt|found|knew|saw|felt|"
                         r"showed|proved|means|meant|think|thought)\s+that)\s+(\S+)",
                         re.IGNORECASE)
# "It gave me X": X reads as a thing given where it opens with a determiner or a word that
# counts or owns ("a seat at the table", "the confidence to ...", "more patience"), or names a
# thing with no person in it ("purpose", "confidence"); not a bare job ("ward-based
# technician on nights": a title word, ``title_heads``) nor a doing ("stopping fraud").
_GIVEN_START = frozenset("a an the my our some more real new this that those these every "
                         "enough far much many lots plenty".split())


def reads_whole(sentence: str) -> bool:
    """True when a sentence the draft would say reads as one a person says, by the same
    reading as ``note_clause``: its main clause holds a subject and a finite verb (a sentence
    led by "I", "we", "it", "this" or "that" with its verb is one), and each clause of its
    own inside it ("because ...", "... is that ...") opens with a subject, not a verb ("What I
    value most is that learned a trade", "because helped the team": a subject is missing)."""
    text = strip_end(sentence)
    for m in _OWN_CLAUSE.finditer(text):
        word = re.sub(r"[^\w'’-]", "", m.group(1)).lower()
        if _past_form(word) or word in _words("base_verbs") or _present_third(word):
            return False
        if m.group(0).lower().split()[-2] == "that" and word in _SUBORDINATORS:
            return False  # "... was that because ...": the clause has no subject
        if m.group(0).lower().split()[-2] == "that":  # "... was that my confidence, ...":
            clause = _MAIN_END.split(text[m.start(1):], maxsplit=1)[0]  # a clause, no verb
            if not (_has_verb(clause) or set(_WORD.findall(clause.lower())) & _MODALS):
                return False
    words = [w.lower() for w in _WORD.findall(text)]

    def verb(w: str) -> bool:
        return _past_form(w) or w in _words("finite_verbs") or w in _tense() or \
            _present_third(w) or w in _MODALS

    if len(words) >= 2 and words[0] in _PERSONS | {"this", "that", "there", "here"}:
        # "I plan my own routes": a person then a verb's plain form is a clause, where the
        # tense data holds no past for it (a present reason of a job held, draft41)
        return any(verb(w) for w in words[1:]) or \
            words[0] in ("i", "we", "they", "you") and words[1] in _words("base_verbs")
    if any(w in _PERSONS and verb(n) for w, n in zip(words, words[1:], strict=False)):
        return True  # "In that job I could lead ...": a time or place, then the clause
    return bool(note_clause(text)) or _is_clause(text)


_SUBORDINATORS = frozenset("because when if since while although though so after before as "
                           "until unless".split())
_MODALS = frozenset("am was were could would can will did do had might must should".split())


def given_thing(phrase: str) -> bool:
    """True when ``phrase`` reads as a thing given after "It gave me" (see ``_GIVEN_START``)."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    if not words or opens_on_predicate(phrase):
        return False  # "It gave me responsible for ..." is no sentence: asked
    if words[0] in _GIVEN_START:
        return True
    first = words[0]
    doing = _past_form(first) or first in _words("base_verbs") or \
        (first.endswith("ing") and len(first) > 4)
    return not doing and not set(words) & _words("title_heads")


def spelled_initials(text: str, names: list[str]) -> str:
    """An all-capital short form in a note said in full where it is the initials of a name the
    entries give ("when I took over as KM" with "Kitchen Manager" applied for -> "when I took
    over as Kitchen Manager"); any other short form as written."""
    full = {}
    for name in names:
        words = _WORD.findall(name)
        if len(words) >= 2:
            full.setdefault("".join(w[0] for w in words).upper(), " ".join(name.split()))
    if not full:
        return text
    return re.sub(r"\b[A-Z]{2,4}\b", lambda m: full.get(m.group(0), m.group(0)), text)


# The names the modules above use (``workshop.wording``, ``workshop.skill_story``).
WORD = _WORD
SUBJECTS = _SUBJECTS
first_word = _first_word
word_list = _words
wording_data = _data
is_clause = _is_clause
is_present = _present
