"""Verbs and tense: the kit's verb lists, a verb's forms, and one reading of tense.

The lowest layer of the draft's wording (``workshop.spoken`` says notes as speech on top of
it): the word lists of ``data/wording.json`` and ``data/tense.json``, the past of a verb
(``past_tense``, ``past_of_present``), whether a word reads as a past form, where a clause
ends, and the kit's only rules of tense: a sentence told in the present said in the past for a
job that is over (``clause_in_past``), and one tense within one sentence (``one_tense``: a
present told of the same time as a past, "when I arrive ... my English was", said in the
past).
"""

from __future__ import annotations

import re

from .resources import load_json, per_data_folder

__all__ = ["past_tense", "in_past", "past_of_present", "clause_in_past", "one_tense",
           "speaker_view", "in_base_forms", "in_present_perfect"]


@per_data_folder
def _data() -> dict:
    return load_json("wording.json")  # type: ignore[return-value]


@per_data_folder
def _words(key: str) -> frozenset[str]:
    return frozenset(_data()[key])


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


# --- a verb's forms -----------------------------------------------------------------------------


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


def in_base_forms(text: str) -> str:
    """``text`` with each irregular past the kit knows said in its base form ("taught" ->
    "teach", "ran" -> "run"), so that one deed told in two tenses reads alike where words
    are compared (the regular ones share a stem already)."""
    base = _irregular_bases()
    return _WORD.sub(lambda m: base.get(m.group(0).lower(), m.group(0)), text)


@per_data_folder
def _irregular_bases() -> dict[str, str]:
    """``past_of`` turned round: an irregular past and its base ("taught" -> "teach"), built
    once per data folder, not for every text compared."""
    return {said: verb for verb, said in _data()["past_of"].items() if said != verb}


_HOW_OFTEN = re.compile(r"\b(?:times|twice|once) (?:a|an|per|every|each)\b", re.IGNORECASE)


@per_data_folder
def _participles() -> dict[str, str]:
    """``participle_of`` in ``data/tense.json``: an irregular verb's past participle."""
    return dict(load_json("tense.json").get("participle_of", {}))


def in_present_perfect(sentence: str) -> str:
    """"I get driver of the month 3 times." -> "I have got driver of the month 3 times." (a
    count of times in a job held now: done so far, the job goes on); the past where the kit
    is not sure of the participle (``in_past``), anything else as it is."""
    m = re.match(r"^((?:And I|I also|We also|I|We)\s+)([a-z]+)\b", sentence)
    if not m or m.group(2) not in _words("base_verbs") or _HOW_OFTEN.search(sentence):
        return sentence  # "3 times a year": how often, a habit held now, as typed
    verb = m.group(2)
    participle = _participles().get(verb)
    past = past_tense(verb)
    if not participle and verb not in _data()["past_of"]:
        participle = past  # a regular verb: "trained", "answered"
    if not participle and past in ("cut", "set", "put", "taught", "led", "built", "made",
                                   "kept", "brought", "held", "sold", "found", "told", "spent",
                                   "sent", "met", "paid", "bought", "won", "lost"):
        participle = past  # an irregular verb whose participle is its past
    if not participle:
        return in_past(sentence)
    return m.group(1) + "have " + participle + sentence[m.end():]


def in_past(sentence: str) -> str:
    """"I build the dashboard." -> "I built the dashboard." (a base verb right after "I" or
    "We", for a job that is over); anything else as it is."""
    m = re.match(r"^((?:And I|I also|We also|I|We)\s+)([a-z]+)\b", sentence)
    if not m or m.group(2) not in _words("base_verbs") or m.group(2) in ("cut", "set", "put"):
        return sentence
    return m.group(1) + past_tense(m.group(2)) + sentence[m.end():]


@per_data_folder
def _base_after() -> frozenset[str]:
    """Words after which "have" or "has" is a plain form ("did not have", "to have"):
    ``base_after`` in ``data/tense.json``."""
    return frozenset(w.lower() for w in load_json("tense.json").get("base_after", []))


@per_data_folder
def _speaker_view() -> frozenset[str]:
    """The verbs of the speaker's view told now ("I think", "I reckon", "I guess"):
    ``speaker_view`` in ``data/tense.json``."""
    return frozenset(w.lower() for w in load_json("tense.json").get("speaker_view", []))


# After these a verb of view is a doing, not a hedge of today ("I thought about", "believe in")
_VIEW_NOT_HEDGE = frozenset("about of in through up out over ahead back".split())


def speaker_view(words: list[str], i: int) -> bool:
    """True where ``words[i]`` is the speaker's present view said of a story ("I think we cut
    waste by a third", "I reckon it saved 40 hours"): a hedge of today, kept in the present
    in a story of the past (a benchmark once counted it a tense clash, and the kit said "I
    thought"); "I thought about leaving" or "I believe in it" is no hedge."""
    if words[i].lower() not in _speaker_view() or not i or words[i - 1].lower() != "i":
        return False
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    return bool(after) and after not in _VIEW_NOT_HEDGE


@per_data_folder
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
    prefix = _PREFIX.match(word)  # "renegotiate" -> "renegotiated", "retrain" -> "retrained"
    if prefix and len(word) - prefix.end() >= 3:
        stem = word[prefix.end():]
        past = past_of_present(stem) if stem not in ("cut", "set", "put") else stem
        return word[:prefix.end()] + past if past else ""
    return ""


# A verb made of one the kit knows and a prefix that keeps its forms ("re-", "over-", "co-").
_PREFIX = re.compile(r"^(?:re-?|co-|over|under|out|mis|pre-?)(?=[a-z])")


# Words after "I" or "we" that are no present verb to put in the past.
_KEEP_AFTER_SUBJECT = frozenset("""am was were had also still never always just often usually
    could would will should shall may might must does did didn't not only even
    then now already really personally myself ourselves all both once first""".split())
# Adverbs a speaker puts between "I" and the verb ("I only show", "we just ask")
_BETWEEN = frozenset("only just mostly usually often sometimes never really also".split())
_STILL_SO = re.compile(r"\b(?:now|still|today|to this day)\b", re.IGNORECASE)
# A clause of what the speaker learned, found or was shown ("learned that a calm site keeps
# people safe", "it showed me that data matters"): a truth that holds still, told in the
# present whatever the time of the job; only the verb before it is the job's past.
_KNOWN_THAT = re.compile(r"\b(?:learned|learnt|learn|learns|realised|realized|realise|"
                         r"realize|found|find|finds|saw|see|sees|knew|know|proved|prove|proves|"
                         r"showed|show|shows|taught|teach|teaches|discovered|discover|"
                         r"discovers)(?: me| us)? that\s", re.IGNORECASE)
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
    is so still ("now", "still", "today"). What the speaker learned, found or was shown
    ("learned that a calm site keeps people safe", ``_KNOWN_THAT``) holds still: that clause
    stays as typed, only what comes before it goes to the past."""
    if _STILL_SO.search(sentence):
        return sentence
    known = _KNOWN_THAT.search(sentence)
    if known:  # "it showed me that data matters": what was learned holds still, as typed
        return _said_in_past(sentence[:known.end()]) + sentence[known.end():]
    return _said_in_past(sentence)


def _word_before(words: list[str], i: int) -> str:
    """The word before ``words[i]``, or the subject before an adverb there ("I only show":
    "i" before "show")."""
    before = words[i - 1] if i else ""
    if before in _BETWEEN and i >= 2 and words[i - 2] in ("i", "we", "they"):
        return words[i - 2]
    return before


_BE_HAVE = frozenset(("is", "are", "has", "have", "am", "isn't", "aren't", "hasn't", "haven't"))


def _said_in_past(sentence: str) -> str:
    edits: list[tuple[int, int, str]] = []
    shared = 0  # where the first verb of a speaker put in the past is
    tokens = list(_TOKEN.finditer(sentence))
    for i, tok in enumerate(tokens):
        word = tok.group(0).lower()
        before = _word_before([t.group(0).lower() for t in tokens], i)
        if speaker_view([t.group(0) for t in tokens], i):
            continue  # "I think we cut ...": the speaker's view today, never "I thought"
        if before in ("i", "we", "they", "he", "she", "it"):
            past, verb = _speaker_verb(word, before)
            if verb and not past:
                return sentence  # a present the kit does not know: left as written
            if past:
                edits.append((tok.start(), tok.end(), past))
                shared = shared or tok.start()
            continue
        if before == "you" and past_of_present(word):
            return sentence  # a general truth ("how you take care of people"): as written
        if word in ("has", "have") and (before in _base_after() or before.endswith("n't")):
            continue  # "did not have", "to have": a plain form, never "did not had"
        if word in ("is", "are", "has", "have", "isn't", "aren't", "hasn't", "haven't"):
            edits.append((tok.start(), tok.end(), _tense()[word]))
    edits += _and_shared(tokens, shared) if shared else []
    edits += _nouns_present(sentence, {start for start, _end, _said in edits})
    for start, end, said in sorted(edits, reverse=True):
        sentence = sentence[:start] + said + sentence[end:]
    return sentence


def _and_shared(tokens: list[re.Match], after: int) -> list[tuple[int, int, str]]:
    """A listed present right after "and", following a speaker's verb put in the past at
    ``after``: it shares that subject ("they rely on me and ask for me" -> "... and asked
    ..."), as (start, end, past); a verb of being or having is left to its own rule."""
    return [(tok.start(), tok.end(), _tense()[word]) for prev, tok in zip(tokens, tokens[1:],
                                                                             strict=False)
            if tok.start() > after and prev.group(0).lower() == "and"
            and (word := tok.group(0).lower()) in _tense() and word not in _BE_HAVE]


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
        if i >= 2 and words[i - 2].group(0).lower() in _SEEING or \
                i >= 3 and words[i - 3].group(0).lower() in _SEEING:
            return None  # "watching the volunteers turn ...": a bare verb after what was seen
        if before in _PERSONS or _past_form(before) or before in _words("finite_verbs"):
            return None  # the clause has its verb already ("I helped teachers move ...")
        if before in _NOT_SUBJECT_END:
            continue
        if _present_of(word, before, after):
            return words[i]
    return None


# Verbs after whose object a verb is bare ("watching the volunteers turn donations into meals",
# "seeing students pass"): that verb is no present to put in the past.
_SEEING = frozenset("watch watching watched see seeing saw seen hear hearing heard help helping "
                    "helped let letting make making made".split())


def _present_of(word: str, before: str, after: str) -> bool:
    """True for a present verb between a noun and what follows it: "passes" after "lab",
    "reach" after "complaints"; not when a verb follows ("hires use": a noun) or a
    preposition ("counts for")."""
    if not after or after in _PREPOSITIONS or after in _words("base_verbs") or \
            _present_third(after) or after == "than" or after in _words("finite_verbs"):
        # "complaints lower than the average": a comparative, no verb; "patient falls went
        # down", "staff leaves were rare": the clause's verb comes after, so this is a noun
        return False
    return _present_third(word) or ((word in _words("base_verbs") or word in _tense()) and
                                    before.endswith("s") and not before.endswith("ss"))


def _stem_of(word: str) -> str:
    word = word.lower()
    if word in _words("base_verbs"):
        return word
    return word[:-2] if word[:-2] in _words("base_verbs") else word[:-1]


def _past_form(word: str) -> bool:
    """True for a word that reads as a verb's past form: "built", "reduced"; "seed" and
    "speed" are nouns (a word in "-eed" is a past form only when listed: "agreed")."""
    word = word.lower()
    if word in _words("irregular_past") or word in _words("past_in_eed"):
        return True
    # "ward-based", "team-focused": a compound that ends in "-ed" is an adjective, not a verb
    return word.endswith("ed") and len(word) > 3 and not word.endswith("eed") and \
        not re.search(r"[-‐]\w+$", word)


# Where a note's main clause ends: a comma, or a word that starts another clause ("so seed is
# saved", "a region that was flat", "when drilling").
_MAIN_END = re.compile(r",\s+|\s+(?:so|and|but|because|which|who|that|when|while|whereas|after|"
                       r"before|until|unless|if|since)\s+", re.IGNORECASE)
_PERSONS = frozenset("i we they he she you it everyone everybody nobody".split())
_NOT_SUBJECT_END = frozenset("the a an to of and or my our their his her its this that these "
                             "those with for by in on at from less more fewer no many few some "
                             "every each".split())
_PREPOSITIONS = frozenset("for of in on at to with from by".split())


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


# --- one tense within one sentence --------------------------------------------------------------

# A clause tied to another's time: a time clause ("when I arrive ..."), or a consequence told
# after "and" or "so" ("... and the no-shows go down").
_TIME_TIE = frozenset("when after before once until as".split())
_RESULT_TIE = frozenset("and so".split())
_TIE_AT = re.compile(r",\s+(?:and\s+|so\s+)?|\s+(?:so|and|but|because|which|who|that|when|while|"
                     r"whereas|after|before|until|unless|if|since|once)\s+", re.IGNORECASE)
_NOW_SO = re.compile(r"\b(?:now|still|today|to this day|every|always|anymore|any more|these days|"
                     r"currently|nowadays|so far)\b", re.IGNORECASE)
_PAST_AUX = frozenset("was were had did".split())
# A lead that places its clause in the past whatever the job ("At first I only show new
# drivers the route" -> "showed": a learner's present for the past)
_PAST_LEAD = re.compile(r"^(?:at first|at the (?:start|beginning)|in the beginning|in the "
                        r"first (?:weeks|months|days)|on my first day|when I (?:started|"
                        r"joined|arrived|came)|back then|in those days)\b,?\s*(?=I |we )",
                        re.IGNORECASE)


def _told_in_past(clause: str) -> bool:
    """True for a clause with a finite past: "was", "were", "had", "did", or a past form after
    a subject pronoun ("I made ...", "we set up ...")."""
    words = [w.lower() for w in _TOKEN.findall(clause)]
    return any(w in _PAST_AUX or (i and words[i - 1] in ("i", "we", "they", "he", "she") and
                                  _past_form(w) and w not in ("had",))
               for i, w in enumerate(words))


def _change_pasts() -> frozenset[str]:
    verbs = _data()["change_verbs"]
    return frozenset([*verbs["up"], *verbs["down"], "went", "came"])


def one_tense(sentence: str) -> str:
    """One time told in one tense: where a clause holds a finite past ("my English was poor",
    "I set up reminders"), a clause tied to it told in the present is said in the past (where
    the kit knows the verb: ``clause_in_past``): a time clause ("When I arrive in Leeds my
    English was poor" -> "When I arrived ..."), and a result told after "and" or "so" with a
    verb of change ("..., and the no-shows go down" -> "went down"). A sentence that says
    something is so now ("now", "still", "every ...") is left as typed, and so is a present
    after a relative word ("the rota that everyone uses") or a speaker's present after "and"
    ("... and I run the clinic"): a state that may hold today. A clause after a lead of the
    past ("At first I only show ...", "When I started I don't know ...": ``_PAST_LEAD``) is
    said in the past whatever the job: a learner's present for the past."""
    lead_past = bool(_PAST_LEAD.match(sentence.strip()))
    if _NOW_SO.search(sentence) or not (lead_past or _told_in_past(sentence)):
        return sentence
    pieces, start, tie = [], 0, ""
    lead = _TOKEN.match(sentence.strip())
    first_tie = lead.group(0).lower() if lead else ""
    for m in _TIE_AT.finditer(sentence):
        pieces.append((start, m.start(), tie))
        start, tie = m.end(), " ".join(m.group(0).replace(",", " ").split()).lower()
    pieces.append((start, len(sentence), tie))
    edits = []
    for i, (a, b, tie) in enumerate(pieces):
        clause = sentence[a:b]
        tie = tie or (first_tie if i == 0 else "")
        past = clause_in_past(clause)
        if past == clause:
            continue
        said = {w.lower() for w in _TOKEN.findall(past)} - {w.lower() for w in
                                                             _TOKEN.findall(clause)}
        if (i == 0 and lead_past) or tie.split()[-1:] and tie.split()[-1] in _TIME_TIE or \
                (tie in _RESULT_TIE and said <= _change_pasts()):
            edits.append((a, b, past))
    for a, b, past in sorted(edits, reverse=True):
        sentence = sentence[:a] + past + sentence[b:]
    return sentence
