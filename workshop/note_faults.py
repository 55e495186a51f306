"""A typed sentence read for its structure before the draft says it as typed: would a listener
hear it as spoken English, or as a note (a CV bullet, a lower-case fragment, a second-language
slip)?

Classes (``fault``), each read from the sentence's shape, not from a list of bad strings:

- ``tense``: a third person's present verb beside the speaker's past in one sentence, with
  nothing that says the present is so now ("our sales grow a lot after I joined");
- ``agreement``: a singular subject before a verb's plain form ("my manager give me the
  keys"; a collective noun, "the team work", and a verb the same in the past, "the owner let
  me", are no slip);
- ``order``: an adverb put between a verb and its object ("I improved a lot my Excel", "it
  gave me without a doubt this one"), or a direction typed before its verb ("waste down went
  from");
- ``no verb``: three words or more with no finite verb and no doing to say it from (a CV
  bullet: "Improvement of the onboarding process");
- ``spelling``: a word the kit does not know that is one vowel or one doubled letter away from
  a word people often misspell (``spelled_words``: "responsability", "managment"), a name (a
  capital inside the sentence) aside.

A note with one of these is not said as typed (``note_grammar.slip``): the draft says it
from its fields, or the coach asks the participant to say it as they would aloud. The one
exception is the participant's reason for the job, which keeps a tense, agreement or spelling
slip in their own voice (``note_grammar.VOICE_FAULTS``). The word
lists are ``data/note_grammar.json`` and ``data/wording.json``; every step is linear in the
sentence.
"""

from __future__ import annotations

import re

from .resources import data_dir, load_json, per_data_folder
from .verbs import _past_form, _words

__all__ = ["FAULT_CLASSES", "fault", "fault_told"]

FAULT_CLASSES = ("tense", "agreement", "order", "no verb", "spelling")

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W\d_]+)*|[^\w\s]")
_VOWELS = "aeiou"
_AUX = frozenset("am is are was were be been being has have had do does did can could will would "
                 "should may might must shall i'm i've i'd we're we've they're it's".split())
_SUBJECT_PRONOUNS = frozenset("i we they you he she it".split())
_OBJECT_PRONOUNS = frozenset("me us them him her you it".split())
# words a subject's head never is: the phrase ended before them ("the confidence to speak")
_LINKS = frozenset("to of for in on with at by from and or that who which than as".split())
_SAME_IN_PAST = frozenset("cut put set hit let shut read spread cost quit".split())


@per_data_folder
def _data() -> dict:
    return load_json("note_grammar.json")  # type: ignore[return-value]


@per_data_folder
def _set(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _data().get(key, ()))


@per_data_folder
def _verbs() -> frozenset[str]:
    """Verbs in their plain form the kit knows."""
    return _set("present_verbs") | _words("base_verbs") | _words("plain_verbs")


@per_data_folder
def _known() -> frozenset[str]:
    """Every word of the kit's data files and ``spelled_words``: the words a spelling is
    measured against (the typed forms of ``misspellings`` left out)."""
    words: set[str] = set(_set("spelled_words"))
    for path in sorted(data_dir().glob("*.json")):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    # the misspellings list holds words as typed wrong: never a word spelled right
    return frozenset(words - {str(k).lower() for k in _data().get("misspellings", {})})


def _past(word: str) -> bool:
    return _past_form(word) or word in _words("irregular_past") or word in _set("past_forms")


def _present_of(word: str) -> bool:
    """A verb's plain form or its "-s" form the kit knows as a verb."""
    if word in _SAME_IN_PAST:
        return False
    return word in _verbs() or (word.endswith("s") and (word[:-1] in _verbs() or
                                                         word.endswith("es") and word[:-2] in
                                                         _verbs()))


def _plain(word: str) -> bool:
    """A verb's plain form ("grow", "pass"), not its "-s" form ("grows", "passes")."""
    return word in _verbs() or not word.endswith("s")


def _words_of(sentence: str) -> list[str]:
    return [t for t in _TOKEN.findall(sentence or "")]


def _clauses(tokens: list[str]) -> list[list[str]]:
    """The sentence cut at punctuation and at words that start a clause."""
    out: list[list[str]] = [[]]
    for tok in tokens:
        low = tok.lower()
        if low in ",;:.!?" or low in ("and", "but", "so", "when", "after", "before", "because",
                                      "while", "since", "until", "once", "as"):
            out.append([])
            if low.isalpha():
                out[-1].append(low)
            continue
        out[-1].append(tok)
    return [c for c in out if c]


def _subject_verb(clause: list[str]) -> tuple[str, str, str] | None:
    """(kind, subject head, verb) for a clause that opens on a subject and a verb: kind is
    "pronoun" ("they come"), "plural" ("the volunteers come") or "singular" ("my manager
    give"); None for any other clause."""
    low = [t.lower() if not (t.isupper() and len(t) > 1) else t for t in clause]  # "IT"
    if low and low[0] in ("when", "after", "before", "because", "while", "since", "until",
                          "once", "as", "and", "but", "so"):
        low = low[1:]
    if len(low) < 2:
        return None
    if low[0] in ("they", "we", "you") and low[1].isalpha():
        return ("pronoun", low[0], low[1])
    if low[0] in ("he", "she", "it"):
        return ("singular", low[0], low[1])
    return _noun_subject(low)


_BETWEEN = frozenset("still also just really never always often now only even".split())


def _noun_subject(low: list[str]) -> tuple[str, str, str] | None:
    """``_subject_verb`` for a clause that opens on a determiner and a noun of up to three
    words ("the new hire ask"); a word read as a verb with a verb after it ("our review score
    went", "the literacy lead had") is part of the noun; an adverb before the verb ("the
    owners still talk") is passed over."""
    if low[0] not in _set("subject_determiners") and low[0] not in ("these", "those", "all"):
        return None
    for i in range(1, min(len(low) - 1, 4)):
        head = low[i]
        if not head.isalpha() or head in _AUX or head in _OBJECT_PRONOUNS or head in _LINKS \
                or _past(head):
            return None
        j = i + 1
        while j < len(low) - 1 and (low[j] in _BETWEEN or low[j].endswith("ly")):
            j += 1
        verb, after = low[j], low[j + 1:j + 3]
        if not (_present_of(verb) or verb in _AUX or _past(verb) or verb in _SAME_IN_PAST):
            continue
        if verb not in _AUX and not _past(verb) and after[:1] != ["me"] and any(
                _past(w) or w in _AUX or w.endswith("s") and _present_of(w) for w in after):
            continue  # "our review score went": "score" is part of the noun
        if j + 1 >= len(low) and not head.endswith("s"):
            return None  # "after the form change": a noun of two words, no verb
        plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) or \
            head in _set("collective_nouns") or low[0] in ("these", "those", "all")
        return ("plural" if plural else "singular", head, verb)
    return None


def _tense(tokens: list[str]) -> bool:
    low = [t.lower() for t in tokens]
    if any(w in _set("now_words") for w in low):
        return False
    speaker_past = any(w == "i" and i + 1 < len(low) and _past(low[i + 1])
                       for i, w in enumerate(low))
    if not speaker_past:
        return False
    for clause in _clauses(tokens):
        found = _subject_verb(clause)
        if found and found[1] not in ("you",) and found[0] in ("plural", "pronoun") and \
                found[1] != "we" and _present_of(found[2]) and _plain(found[2]):
            return True
        if found and found[0] == "singular" and _present_of(found[2]) and \
                _plain(found[2]):
            return True
    return False


def _agreement(tokens: list[str]) -> bool:
    for clause in _clauses(tokens):
        found = _subject_verb(clause)
        if found and found[0] == "singular" and found[2] in _verbs() and \
                found[2] not in _SAME_IN_PAST and found[2] not in _AUX and \
                _plain(found[2]):
            return True
    return False


# a noun, its direction, then the verb ("waste down went"); not a phrasal verb's particle
# after its object ("setting one up went from")
_DIRECTION_FIRST = re.compile(r"\b(?!(?:one|it|them|everything|things|me|us|far|way|back|right|"
                              r"all)\b)[a-z]+\s+(?:up|down)\s+(?:went|goes|go|rose|fell|"
                              r"dropped|grew)\b", re.IGNORECASE)
_OBJECT_START = frozenset("the my our a an this that his her their these those your".split())


def _order(sentence: str, tokens: list[str]) -> bool:
    """An adverb between a verb and its object, or a direction before its verb."""
    if _DIRECTION_FIRST.search(sentence):
        return True
    low = [t.lower() for t in tokens]
    adverbs = _set("order_adverbs")
    for i, word in enumerate(low):
        if not _past(word) or word in _set("order_verbs_skip") or i and low[i - 1] in \
                _set("subject_determiners"):
            continue
        j = i + 1
        if j < len(low) and low[j] in _OBJECT_PRONOUNS:
            j += 1
        start, strong = j, False
        if j < len(low) and low[j] == "by":
            continue  # "fell by roughly a quarter", "supported by basically the city"
        while j < len(low) and j - start < 5 and (
                low[j] in adverbs or low[j].endswith("ly") and len(low[j]) > 4 or
                low[j] == "a" and low[j + 1:j + 2] in (["lot"], ["bit"], ["doubt"]) or
                low[j] in ("in", "at", "that", "job")):
            if low[j] in _set("approximators"):
                break  # "brought in roughly an extra £3,000": a figure's "roughly"
            strong = strong or low[j].endswith("ly") or low[j] in (
                "really", "very", "fast", "lot", "doubt", "step", "much", "well")
            j += 1
        if strong and j > start and j < len(low) and low[j] in _OBJECT_START and \
                low[j - 1] not in ("in", "at", "by", "without"):
            return True
    return False


def _no_verb(tokens: list[str]) -> bool:
    low = [t.lower() for t in tokens if t.isalpha() or "'" in t or "’" in t]
    if len(low) < 3 or any(_subject_verb(c) for c in _clauses(tokens)):
        return False
    for i, word in enumerate(low):
        before = low[i - 1] if i else ""
        after = low[i + 1] if i + 1 < len(low) else ""
        if word in _AUX or word in _SUBJECT_PRONOUNS or word in _words("finite_verbs"):
            return False
        if _past(word) and before not in _set("subject_determiners") | {"a", "an"}:
            return False
        if word in _verbs() and (i == 0 or before in _SUBJECT_PRONOUNS or after in
                                 _OBJECT_PRONOUNS | _OBJECT_START | {"to"}):
            if i == 0 or before not in _set("subject_determiners") | {"a", "an", "of", "for",
                                                                       "in", "with"}:
                return False
        if i and word.endswith("s") and len(word) > 3 and after in _OBJECT_PRONOUNS | {
                "with", "to", "the", "my", "our"} and before not in ("of", "and", "more"):
            return False
        if word.endswith("ing") and i == 0:
            return False
    return True


def _edits(word: str):
    """The words one vowel (changed, added, dropped), one doubled letter (added or dropped) or
    one "ie"/"ei" away from ``word``."""
    for i, letter in enumerate(word):
        if letter in _VOWELS:
            yield word[:i] + word[i + 1:]
            yield from (word[:i] + v + word[i + 1:] for v in _VOWELS if v != letter)
        if i and word[i - 1] == letter:
            yield word[:i] + word[i + 1:]
        if letter not in _VOWELS:
            yield word[:i] + letter + word[i:]
        yield from (word[:i] + v + word[i:] for v in _VOWELS)
        if word[i:i + 2] in ("ie", "ei"):
            yield word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _seen(candidate: str) -> bool:
    """A word of ``spelled_words`` (longer words people often misspell, spelled right), or one
    of its "-s", "-ed", "-ly", "-ing" forms."""
    known = _set("spelled_words")
    if candidate in known:
        return True
    return any(candidate.endswith(end) and len(candidate) - len(end) >= 4 and (
        candidate[:-len(end)] in known or candidate[:-len(end)] + "e" in known)
        for end in ("s", "es", "ed", "d", "ly", "ing"))


def _near_known(word: str) -> bool:
    """True when ``word`` is one edit (``_edits``) away from a word of ``spelled_words``: a
    near miss of a word people often misspell; a word the kit does not know that is near no
    such word ("purpose", "labelling") is taken as typed."""
    return any(_seen(candidate) for candidate in _edits(word))


def _unknown_spelling(tokens: list[str]) -> bool:
    known = _known()
    for i, tok in enumerate(tokens):
        if not tok.isalpha() or len(tok) < 7 or (i and tok[:1].isupper()) or \
                any(c.isupper() for c in tok[1:]):
            continue
        word = tok.lower()
        if word in known or any(word.endswith(e) and (word[:-len(e)] in known or
                                                      word[:-len(e)] + "e" in known)
                                for e in ("s", "es", "ed", "d", "ly", "ing", "er", "ers")):
            continue
        if _near_known(word):
            return True
    return False


def fault(sentence: str) -> str:
    """The first class of ``FAULT_CLASSES`` a listener would hear in ``sentence`` as typed, or
    "" for a sentence a person says."""
    tokens = _words_of(sentence)
    if not tokens:
        return ""
    if _unknown_spelling(tokens):
        return "spelling"
    if _order(sentence, tokens):
        return "order"
    if _tense(tokens):
        return "tense"
    if _agreement(tokens):
        return "agreement"
    if _no_verb(tokens):
        return "no verb"
    return ""


_TOLD = {
    "tense": "it changes tense inside the sentence",
    "agreement": "its verb does not go with who does it",
    "order": "its words come in an order a listener stops at",
    "no verb": "it has no verb",
}


def fault_told(sentence: str) -> str:
    """What the participant is told of the fault in ``sentence`` ("" for none), plainly: the
    word itself for a spelling ("'recieved' looks misspelt"); their words are theirs to say
    again, never corrected by the kit into another claim."""
    kind = fault(sentence)
    if kind != "spelling":
        return _TOLD.get(kind, "")
    tokens = _words_of(sentence)
    for i, tok in enumerate(tokens):
        if _unknown_spelling([tok] if not i else ["x", tok]):
            return f"'{tok}' looks misspelt"
    return "a word looks misspelt"
