"""Notes said as speech: what a participant typed in note grammar, as a person says it.

The lowest layer of the draft's wording (``workshop.wording`` and ``workshop.skill_story`` build
on it): the kit's word lists (``data/wording.json``), a note said aloud (brackets left out,
"200+" as "over 200", "hrs" as "hours", "2 wks" as "two weeks"), a note's parts told as
sentences (``speech``), a present verb put in the past for a job that is over (``in_past``),
and the small tests of a phrase's grammar the rest asks (does it open with a past verb, is it
a clause of its own, does its main clause hold a subject and a finite verb: ``note_clause``,
see ``docs/draft_sentences.md``). A note the draft cannot say as speech reads as "": the draft
leaves it out and the coach asks for it as a sentence.
"""

from __future__ import annotations

import functools
import re

from .resources import load_json

__all__ = ["said_aloud", "speech", "in_past", "past_tense", "strip_end", "lower_first",
           "upper_first", "spelled_initials", "starts_with_past_verb", "starts_with_base_verb",
           "is_clause", "is_present", "clause_in_past", "past_of_present", "first_word",
           "word_list", "wording_data", "WORD", "SUBJECTS", "note_clause", "reads_whole",
           "given_thing"]


@functools.cache
def _data() -> dict:
    return load_json("wording.json")  # type: ignore[return-value]


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(_data()[key])


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _first_word(text: str) -> str:
    m = _WORD.search(text)
    return m.group(0).lower() if m and m.start() <= 1 else ""


def strip_end(text: str) -> str:
    return " ".join(str(text).split()).rstrip(" .!;:,")


_ALOUD = ((re.compile(r"\s*\([^)]*\)"), ""), (re.compile(r"(?<![\w.])(\d[\d,.]*)\+"), r"over \1"),
          (re.compile(r"(?<![\w.])~\s*(?=\d)"), "about "),
          (re.compile(r"\bapprox\.?(?=\s)", re.IGNORECASE), "about"),
          (re.compile(r"\bhrs\b"), "hours"), (re.compile(r"\bmins\b"), "minutes"),
          (re.compile(r"\bw/\s*"), "with "), (re.compile(r"\s&\s"), " and "),
          (re.compile(r"(?<![\w'’])i(?=\s|['’](?:m|ve|d|ll)\b)"), "I"),
          (re.compile(r"\s*(?:->|→|=>)\s*"), " to "),
          (re.compile(r"(?<!,)\s\+\s"), " and "),
          (re.compile(r"(?<=\d)\s*h\b"), " hours"),
          (re.compile(r"(?<![\w#])#\s*(?=\d)"), "number "),
          (re.compile(r"\bvs\.?(?=\s)", re.IGNORECASE), "against"))

# "samples/day", "10 hours/wk" (after the short forms are said in full): "a day", "a week".
_PER = re.compile(r"(?<=[^\W_])\s*/\s*(day|week|month|year|hour|shift)\b", re.IGNORECASE)

# Short forms of common words, said in full ("2 wks" -> "2 weeks", "assoc" -> "associates"):
# read from data/wording.json ("short_forms"), whole words only.
_SHORT = re.compile(r"(?<![\w'’.-])([A-Za-z]+)\.?(?![\w'’-])")


def said_aloud(text: str) -> str:
    """A note as a person says it: what stands in brackets left out, "200+" as "over 200",
    "7/month -> 3/month" as "7 a month to 3 a month", " + " as " and " (a part with no verb
    after it left out),
    "~40" as "about 40", "hrs" as "hours", "w/" as "with", " & " as " and ", "samples/day" as
    "samples a day", "24h" as "24 hours", "#2" as "number 2", "vs" as "against", and the
    short forms of common words in full ("2 wks" -> "2 weeks", "6 mo" -> "6 months", "assoc"
    -> "associates")."""
    for pattern, words in _ALOUD:
        text = pattern.sub(words, text)
    text = _PLUS.sub(_plus_said, text)
    short = _data()["short_forms"]
    text = _SHORT.sub(lambda m: _short_said(m, short), text)
    text = _PER.sub(r" a \1", text)
    return " ".join(text.split())


# ", + " starting a part of its own: up to the next comma, semicolon or the end (" + " inside a
# part joins a list: "morale + retention" is "morale and retention").
_PLUS = re.compile(r",\s*\+\s([^,;]*)")


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
    if count and count.group(1) not in ("1", "1.0") and not word.endswith("s"):
        return word + "s"
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
    return any(w in _words("finite_verbs") or w in _words("irregular_past")
               or w in _words("base_verbs") or (w.endswith("ed") and len(w) > 3) for w in words)


def _splice_joined(text: str) -> str:
    """Two clauses run together with a comma, as in a note ("I automated the template,
    everyone uses it now"), joined as a person says them ("..., and everyone uses it now");
    the last such comma only, so a list of clauses reads "A, B, and C"."""
    commas = [m for m in re.finditer(r",\s+", text)]
    for m in reversed(commas):
        tail = re.split(r"[,;.]", text[m.end():], maxsplit=1)[0]
        first = _first_word(tail)
        if not first or first in _JOINERS or not _has_verb(text[:m.start()]):
            continue
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


def speech(note: str) -> str:
    """A note as a person would say it, without its final stop: said aloud (``said_aloud``),
    parts written with a semicolon or a dash told as sentences of their own ("at first I ...;
    by the end I ..." -> "at first I .... By the end I ..."; a part that starts with a past
    verb gets "I"), two clauses run together with a comma joined with "and". "" for note
    grammar the draft cannot turn into speech: a part after the first that is a fragment with
    no verb, or of one or two words ("led rota; cut overtime"), a list of bare doings
    ("spotted it, escalated, admitted same night"), or a head with no verb before a clause
    ("inventory control at my job, we went to cycle counts"). The coach then asks for a
    sentence."""
    text = strip_end(said_aloud(note or ""))
    if not text:
        return ""
    parts = [p.strip() for p in re.split(r"\s*;\s*|\s+[-–—]\s+(?=[^\W\d_])|"
                                         + _THEN_BREAK.pattern, text, flags=re.IGNORECASE)
             if p and p.strip()]
    if len(parts) > 1 and any(len(p.split()) < 3 for p in parts):
        return ""
    out = []
    for i, part in enumerate(parts):
        part = strip_end(part)
        if i and starts_with_past_verb(part) and _first_word(part) not in _SUBJECTS:
            part = "I " + lower_first(part)
        elif i and not (_has_verb(part) or _TIME_LEAD.match(part)):
            return ""
        if _telegraphic(part):
            return ""
        head = re.split(r",\s+", part, maxsplit=1)
        if len(head) > 1 and not _has_verb(head[0]) and not _PLACE_LEAD.match(head[0]) \
                and not _TIME_LEAD.match(head[0]) and _starts_clause(head[1]):
            return ""  # "inventory control at my current job, we went from ...": a fragment
        part = _splice_joined(part)
        out.append(upper_first(part) if i else part)
    return ". ".join(out)


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


def past_tense(verb: str) -> str:
    """The simple past of a base verb: "build" -> "built", "reduce" -> "reduced"."""
    irregular = _data()["past_of"].get(verb.lower())
    if irregular:
        return irregular
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb) and len(verb) <= 4:
        return verb + verb[-1] + "ed"
    return verb + "ed"


def in_past(sentence: str) -> str:
    """"I build the dashboard." -> "I built the dashboard." (a base verb right after "I" or
    "We", for a job that is over); anything else as it is."""
    m = re.match(r"^((?:And I|I also|We also|I|We)\s+)([a-z]+)\b", sentence)
    if not m or m.group(2) not in _words("base_verbs") or m.group(2) in ("cut", "set", "put"):
        return sentence
    return m.group(1) + past_tense(m.group(2)) + sentence[m.end():]


@functools.cache
def _tense() -> dict[str, str]:
    """The present verbs the kit knows and their past (``data/tense.json``)."""
    table = load_json("tense.json")["present_past"]  # type: ignore[index]
    return {k.lower(): v for k, v in table.items()}


def past_of_present(word: str) -> str:
    """The past of a present verb the kit knows ("change" -> "changed", "goes" -> "went",
    "is" -> "was"; a plain verb of ``wording.json``: "build" -> "built"), or "" for a word it
    does not know as a verb (never a made-up form: "felt" is never "felted")."""
    word = word.lower()
    if word in _tense():
        return _tense()[word]
    if word in ("cut", "set", "put"):
        return ""  # the same in the past: nothing to change
    if word in _words("base_verbs") or word in _words("plain_verbs"):
        return past_tense(word)
    return ""


# Words after "I" or "we" that are no present verb to put in the past.
_KEEP_AFTER_SUBJECT = frozenset("""am was were had also still never always just often usually
    could would will should shall may might must does did didn't not only even
    then now already really personally myself ourselves all both once first""".split())
_STILL_SO = re.compile(r"\b(?:now|still|today|to this day)\b", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _speaker_verb(word: str, subject: str) -> tuple[str, bool]:
    """A word after a subject pronoun: (its past, True) for a present verb the kit knows,
    ("", True) for a present it does not know (the sentence then stays as typed), ("", False)
    for no present verb ("I also ...", "we had ...", "it was")."""
    if subject in ("he", "she", "it"):
        stem = _stem_of(word) if word.endswith("s") else ""
        known = _tense().get(word) or (past_of_present(stem) if stem else "")
        return known, False  # only a listed "-s" form: "it gives" -> "it gave"
    if word == "am":
        return ("was", True) if subject == "i" else ("", False)
    past = past_of_present(word)
    if past and word not in _KEEP_AFTER_SUBJECT:
        return past, True
    if word in _KEEP_AFTER_SUBJECT or _past_form(word) or \
            re.search(r"['’]", word) or re.fullmatch(r"\w{3,}(?:ly|ing)", word):
        return "", False
    return "", True


def clause_in_past(sentence: str) -> str:
    """A sentence told in the present, for a job that is over, in the past: one reading of
    tense for the kit (the draft's notes, results, summary and the participant's own reason).
    Its present verbs ("is", "are", "has"), a verb after "I", "we" or "they", a listed "-s"
    form after "it", "he" or "she", and in each clause a present after a noun ("our lab
    passes" -> "passed", "soldiers get" -> "got") are said in the past where the kit knows
    the verb (``past_of_present``). One tense per sentence: a sentence with a present verb
    the kit does not know ("they sing"), or a general "you" ("how you take care of people"),
    is left as the participant wrote it, never half in the past; and so is one that says it
    is so still ("now", "still", "today")."""
    if _STILL_SO.search(sentence):
        return sentence
    edits: list[tuple[int, int, str]] = []
    tokens = list(_TOKEN.finditer(sentence))
    for i, tok in enumerate(tokens):
        word = tok.group(0).lower()
        before = tokens[i - 1].group(0).lower() if i else ""
        if before in ("i", "we", "they", "he", "she", "it"):
            past, verb = _speaker_verb(word, before)
            if verb and not past:
                return sentence  # a present the kit does not know: left as written
            if past:
                edits.append((tok.start(), tok.end(), past))
            continue
        if before == "you" and past_of_present(word):
            return sentence  # a general truth ("how you take care of people"): as written
        if word in ("is", "are", "has", "have", "isn't", "aren't", "hasn't", "haven't"):
            edits.append((tok.start(), tok.end(), _tense()[word]))
    edits += _nouns_present(sentence, {start for start, _end, _said in edits})
    for start, end, said in sorted(edits, reverse=True):
        sentence = sentence[:start] + said + sentence[end:]
    return sentence


def _nouns_present(sentence: str, done: set[int]) -> list[tuple[int, int, str]]:
    """In each clause, a present verb after a noun ("our lab passes" -> "passed"), as
    (start, end, past), leaving out those already put in the past (``done``)."""
    edits = []
    for start, end in _clause_spans(sentence):
        third = _main_present(sentence[start:end])
        if third is not None and start + third.start() not in done:
            said = third.group(0).lower()
            edits.append((start + third.start(), start + third.end(),
                          _tense().get(said) or past_tense(_stem_of(said))))
    return edits


def _clause_spans(text: str) -> list[tuple[int, int]]:
    """Where each clause of a sentence starts and ends (at a comma or a word that starts
    another clause, ``_MAIN_END``)."""
    spans, start = [], 0
    for m in _MAIN_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    return [*spans, (start, len(text))]


def _main_present(text: str) -> re.Match | None:
    """The main clause's verb when it is a present after a noun ("our lab passes CAP",
    "fewer complaints reach the manager"), or None; a plural noun ("weekly counts for ...",
    "new hires use ...") is none."""
    main = _MAIN_END.split(text, maxsplit=1)[0]
    words = list(_WORD.finditer(main))
    for i in range(1, len(words) - 1):
        word = words[i].group(0).lower()
        before, after = words[i - 1].group(0).lower(), words[i + 1].group(0).lower()
        if before in _PERSONS or _past_form(before) or before in _words("finite_verbs"):
            return None  # the clause has its verb already ("I helped teachers move ...")
        if before in _NOT_SUBJECT_END:
            continue
        if _present_of(word, before, after):
            return words[i]
    return None


def _present_of(word: str, before: str, after: str) -> bool:
    """True for a present verb between a noun and what follows it: "passes" after "lab",
    "reach" after "complaints"; not when a verb follows ("hires use": a noun) or a
    preposition ("counts for")."""
    if not after or after in _PREPOSITIONS or after in _words("base_verbs") or \
            _present_third(after):
        return False
    return _present_third(word) or ((word in _words("base_verbs") or word in _tense()) and
                                    before.endswith("s") and not before.endswith("ss"))


def _stem_of(word: str) -> str:
    word = word.lower()
    if word in _words("base_verbs"):
        return word
    return word[:-2] if word[:-2] in _words("base_verbs") else word[:-1]


# --- results ------------------------------------------------------------------------------------

_SUBJECTS = frozenset("""a an the our my their his her its this that these those most all every
    each some many more fewer less over nearly almost about around half none no both either
    neither one it they he she everyone everybody nobody""".split())


def _present(text: str) -> bool:
    """True for a clause told in the present ("residents are calmer")."""
    words = {w.lower() for w in _WORD.findall(text)}
    return bool(words & {"is", "are", "has", "have", "goes", "rises", "falls", "grows", "stays",
                         "remains", "runs", "uses"}) or _main_present(text) is not None


def _past_form(word: str) -> bool:
    """True for a word that reads as a verb's past form: "built", "reduced"; "seed" and
    "speed" are nouns (a word in "-eed" is a past form only when listed: "agreed")."""
    word = word.lower()
    if word in _words("irregular_past") or word in _words("past_in_eed"):
        return True
    # "ward-based", "team-focused": a compound that ends in "-ed" is an adjective, not a verb
    return word.endswith("ed") and len(word) > 3 and not word.endswith("eed") and \
        not re.search(r"[-‐]\w+$", word)


def starts_with_past_verb(text: str) -> bool:
    """True for a note that opens with a past verb ("built the dashboard", "cut waste")."""
    return _past_form(_first_word(text))


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

# Where a note's main clause ends: a comma, or a word that starts another clause ("so seed is
# saved", "a region that was flat", "when drilling").
_MAIN_END = re.compile(r",\s+|\s+(?:so|and|but|because|which|who|that|when|while|whereas|after|"
                       r"before|until|unless|if|since)\s+", re.IGNORECASE)
# A clause that opens with a subordinate part ("When I joined, ..."): its main clause follows.
_SUBORDINATE_LEAD = re.compile(r"^(?:when|while|after|before|since|once|by|at|in|on|within|"
                               r"over|during|as|if|because|after)\b", re.IGNORECASE)
_PERSONS = frozenset("i we they he she you it everyone everybody nobody".split())
_NOT_SUBJECT_END = frozenset("the a an to of and or my our their his her its this that these "
                             "those with for by in on at from less more fewer no many few some "
                             "every each".split())
_PREPOSITIONS = frozenset("for of in on at to with from by".split())
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
        known = _base_of(word) in _words("base_verbs")
        if not rest and not known and main != text:
            return ""  # "less ink wasted when mixing so ...": no verb the main clause can hold
        if (not rest and known) or _AFTER_PASSIVE.match(rest):
            be = "were" if re.search(r"(?<!s)s$", before) else "was"
            start = len(" ".join(tokens[:i]))
            return f"{text[:start]} {be}{text[start:]}"
        return text  # a past verb with its object after it: "the new rota cut overtime"
    return ""


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
        return any(verb(w) for w in words[1:])
    if any(w in _PERSONS and verb(n) for w, n in zip(words, words[1:], strict=False)):
        return True  # "In that job I could lead ...": a time or place, then the clause
    return bool(note_clause(text)) or _is_clause(text)


_SUBORDINATORS = frozenset("because when if since while although though so after before as "
                           "until unless".split())
_MODALS = frozenset("am was were could would can will did do had might must should".split())


def given_thing(phrase: str) -> bool:
    """True when ``phrase`` reads as a thing given after "It gave me" (see ``_GIVEN_START``)."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    if not words:
        return False
    if words[0] in _GIVEN_START:
        return True
    first = words[0]
    doing = _past_form(first) or first in _words("base_verbs") or \
        (first.endswith("ing") and len(first) > 4)
    return not doing and not set(words) & _words("title_heads")


def _present_third(word: str) -> bool:
    """True for a verb's present after "it" or a name ("passes", "runs", "keeps", and the
    "-s" forms of ``data/tense.json``: "goes")."""
    if word.endswith("s") and word not in ("is", "has", "was") and word in _tense():
        return True
    if word.endswith("es") and word[:-2] in _words("base_verbs"):
        return True
    return word.endswith("s") and word[:-1] in _words("base_verbs")


def _base_of(past: str) -> str:
    """The base form of a regular past ("reduced" -> "reduce", "lowered" -> "lower")."""
    for verb, said in _data()["past_of"].items():
        if said == past:
            return verb
    stem = past[:-2]
    if stem + "e" in _words("base_verbs"):
        return stem + "e"
    if past.endswith("ied"):
        return past[:-3] + "y"
    return stem


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
