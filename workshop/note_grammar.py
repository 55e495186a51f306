"""A note's grammar, read before the draft says it: what a hiring manager would hear as the
candidate's own English if the kit pasted the note as typed.

Terse and non-native notes carry slips a careful listener hears at once. Two kinds:

- slips a safe rule mends without touching the meaning or a number (``mended``): a noun that
  takes no plural written with one ("12 staffs" -> "12 staff", "equipments" -> "equipment"), a
  plural subject with a singular verb ("the orders was" -> "the orders were", "we was" -> "we
  were");
- slips no rule mends without guessing (``slip``): a singular thing with no "a" or "the"
  before it ("made guide", "reduced error rate in invoice": "a" or "the" is the participant's
  choice, not the kit's), a predicate with no verb ("I responsible for onboarding"). The note
  is left out of the draft (``spoken.speech`` reads it as "") and the coach asks for it as a
  full sentence; the reply is stored and told.

The word lists are ``data/note_grammar.json`` (a facilitator may edit them). Every pattern here
runs in linear time.
"""

from __future__ import annotations

import re

from .note_faults import _data as _grammar_data
from .note_faults import _set, fault  # one reader of data/note_grammar.json
from .resources import per_data_folder
from .verbs import _data as _wording
from .verbs import _past_form, _words, past_of_present

__all__ = ["mended", "spelled", "slip", "opens_on_predicate", "unintroduced", "unspliced", "adverb",
           "own_subject", "moved_clause", "unglued_name"]

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)*|[^\w\s]")


@per_data_folder
def _no_plural() -> re.Pattern:
    words = sorted(_set("no_plural"), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")s\b", re.IGNORECASE) \
        if words else re.compile(r"(?!x)x")


# a plural subject ("the orders", "all our new orders") before a singular verb
_PLURAL_SUBJECT = re.compile(r"\b(?:the|these|those|our|my|their|all|\d[\d,]*)\s+"
                             r"(?:[a-z-]+\s+){0,2}?([a-z]+s)\s+(was|has|is)\b", re.IGNORECASE)
_NOT_PLURAL = re.compile(r"(?:ss|us|is|as|ics|news|series|species|ous)$")
_PRONOUN_VERB = re.compile(r"\b(we|they|you)\s+(was|has)\b|\b(I)\s+(has)\b", re.IGNORECASE)
_PLURAL_VERB = {"was": "were", "has": "have", "is": "are"}


@per_data_folder
def _misspelt() -> tuple[dict[str, str], re.Pattern]:
    """The misspellings of ``data/note_grammar.json`` (``misspellings``, typed as no English
    word) and their spellings, with one pattern that finds them as whole words, or a typed
    "its" before a word of ``its_before`` ("its been": only "it's" there)."""
    table = {str(k).lower(): str(v) for k, v in _grammar_data().get("misspellings", {}).items()}
    its = sorted(_set("its_before"), key=len, reverse=True)
    words = sorted(table, key=len, reverse=True)
    alternatives = [r"\b(" + "|".join(map(re.escape, words)) + r")\b(?!['’\w-])"] if words else []
    if its:
        alternatives.append(r"\b([Ii]ts)(?=\s+(?:" + "|".join(map(re.escape, its)) + r")\b)")
    pattern = re.compile(r"(?<!['’\w-])(?:" + "|".join(alternatives) + ")", re.IGNORECASE) \
        if alternatives else re.compile(r"(?!x)x")
    return table, pattern


def spelled(text: str) -> str:
    """``text`` with the misspellings of the data list spelled right ("recieved" ->
    "received", "alot" -> "a lot", "dont" -> "don't", "its been" -> "it's been"), a capital
    kept; every other word as typed (a name, a dialect word, a learner's "I learn")."""
    table, pattern = _misspelt()

    def right(m: re.Match) -> str:
        typed = m.group(0)
        if len(typed) > 1 and typed.isupper():
            return typed  # "IM", "ITS": an abbreviation, as typed
        word = table.get(typed.lower()) or typed[0] + "t's"
        return word[0].upper() + word[1:] if typed[0].isupper() else word

    return pattern.sub(right, text) if text else text


def mended(note: str) -> str:
    """``note`` with the slips a safe rule mends mended (see the module docstring), its
    misspellings spelled right (``spelled``); the same words and numbers otherwise."""
    if not note:
        return note
    text = _no_plural().sub(lambda m: m.group(1), spelled(note))

    def subject(m: re.Match) -> str:
        if _NOT_PLURAL.search(m.group(1).lower()):
            return m.group(0)
        start = m.start(2) - m.start(0)
        return m.group(0)[:start] + _PLURAL_VERB[m.group(2).lower()] + m.group(0)[start + len(
            m.group(2)):]

    text = _PLURAL_SUBJECT.sub(subject, text)
    text = _THE_COUNT.sub(_introduced, text)
    return _PRONOUN_VERB.sub(lambda m: f"{m.group(1)} were" if m.group(2) == "was" and m.group(1)
                             else f"{m.group(1) or m.group(3)} have", text)


# "the 17 stores", "the new system": a thing the listener was never given, said with "the"
_THE_COUNT = re.compile(r"\b([Tt])he (?:(\d[\d,]*) ([a-z]+s)|new ([a-z]+))\b(?:\s+([\w'’]+))?")


def _introduced(m: re.Match) -> str:
    """"the 17 stores" said as "17 stores", "the new system" as "a new system", where nothing
    after the phrase introduces it ("the 17 stores in my region", "the new system we
    bought"): the participant knows which; the listener hears it for the first time."""
    after = (m.group(5) or "").lower()
    if after in _set("introducers") or m.group(4) and (
            m.group(4) not in _set("new_things") or after.isalpha() and after not in _BOUNDARY
            and after not in _set("noun_lead") and not _past_form(after)):
        return m.group(0)
    tail = f" {m.group(5)}" if m.group(5) else ""
    if m.group(2):
        return f"{m.group(2)} {m.group(3)}{tail}"
    return f"{'a' if m.group(1) == 't' else 'A'} new {m.group(4)}{tail}"


def _lead_word(word: str) -> bool:
    """A word a bare thing may follow only with "a" or "the" between: a past verb ("made"), a
    plain verb ("manage") or a preposition ("in", "for")."""
    return word in _set("noun_lead") or _past_form(word) or word in _words("base_verbs")


_BOUNDARY = frozenset("and or but by so to at as , . ; : ! ?".split())


def _bare_thing(tokens: list[str], i: int) -> bool:
    """True when ``tokens[i]`` (a singular thing of ``count_nouns``, in lowercase) has no
    determiner before it back to the verb or preposition it follows, with at most two words
    before it that describe it, and ends its phrase (what follows is no noun that it
    describes: "patient satisfaction" is a thing of its own)."""
    after = tokens[i + 1] if i + 1 < len(tokens) else "."
    if not (after in _BOUNDARY or after in _set("noun_lead") or after.isdigit()):
        return False
    for back in range(1, 4):
        if i - back < 0:
            return False
        word = tokens[i - back].lower()
        if word in _set("determiners") or word[:1].isdigit() or "'" in word or "’" in word:
            return False
        if word in _set("phrase_stops"):
            return False  # "spend against budget": the thing is in a phrase of its own
        if _lead_word(word) and (tokens[i - back].islower() or i == back):
            before = tokens[i - back - 1].lower() if i - back > 0 else ""
            if back == 1 and word in ("help", "helped") or before in _set("determiners"):
                return False  # "helped plan the rota", "an explain plan": no bare thing
            phrase = f"{word} {tokens[i]}"
            return phrase not in _set("idioms") and not (
                back == 1 and tokens[i] in _words("base_verbs") and word in _set("noun_lead"))
        if not word.isalpha() or word in _BOUNDARY:
            return False
    return False


def _missing_article(text: str) -> bool:
    tokens = _TOKEN.findall(text)
    nouns = _set("count_nouns")
    return any(tok in nouns and _bare_thing(tokens, i) for i, tok in enumerate(tokens))


@per_data_folder
def _predicate() -> re.Pattern:
    words = sorted(_set("predicates"), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE) \
        if words else re.compile(r"(?!x)x")


def opens_on_predicate(text: str) -> bool:
    """True for a note that opens on a predicate with no subject or verb ("responsible for
    the rota", "in charge of ordering"): a CV bullet, said only with "I was" before it."""
    m = _predicate().match(text.strip())
    return m is not None


def _verbless_predicate(text: str) -> bool:
    """A predicate after a word that is no verb ("I responsible for onboarding"); a note that
    opens on one is a CV bullet the draft says its own way (``opens_on_predicate``)."""
    for m in _predicate().finditer(text):
        before = re.findall(r"[\w'’-]+", text[max(0, m.start() - 40):m.start()].lower())
        if before and before[-1] not in _set("be_before_predicate") and \
                " ".join(before[-2:]) not in _set("be_before_predicate"):
            return True
    return False


def slip(note: str, voice: frozenset = frozenset()) -> str:
    """The slip in ``note`` no safe rule mends, or "": "article" (a singular thing with no "a"
    or "the": "made guide"), "predicate" (a predicate with no verb: "I responsible for"), or a
    fault of ``note_faults`` (tense, agreement, order, spelling) but those in ``voice``, kept
    as the participant's own way of speaking."""
    if not note:
        return ""
    if _missing_article(note):
        return "article"
    if _verbless_predicate(note):
        return "predicate"
    for sentence in re.split(r"(?<=[.!?;])\s+", note):
        kind = fault(sentence)
        if kind in _SLIP_FAULTS and kind not in voice:
            return kind
    return ""


# the structural faults (``note_faults``) that keep a note from being said as typed; a note
# with no verb ("my confidence on the phone", "rejected claims down from 9% to 4%") is said by
# the readers of its shape (a thing the job gave, a change with its verb), never as typed
_SLIP_FAULTS = frozenset(("tense", "agreement", "order", "spelling"))
# the faults a participant's reason keeps (``spoken.speech(own_voice=True)``): a tense or an
# agreement that slips, or a spelling, is how a second-language speaker talks and is not heard
# aloud; a word order no speaker uses ("it gave me without a doubt my confidence") is not kept
VOICE_FAULTS = frozenset(("tense", "agreement", "spelling"))


_THE_THING = re.compile(r"\bthe ([a-z]+)\b(?:\s+([\w'’]+))?", re.IGNORECASE)


def unintroduced(sentence: str, known: str) -> str:
    """The first thing bound to one workplace (``bound_things``: "the backlog", "the
    project") that ``sentence`` says with "the" and nothing after it that introduces it ("the
    backlog of claims", "the project I led"), and that ``known`` (what the draft's listener
    is told of the job: its title, organisation, summary) does not name; else ""."""
    names = {w.lower() for w in re.findall(r"[^\W\d_]+", known or "")}
    for m in _THE_THING.finditer(sentence or ""):
        thing, after = m.group(1).lower(), (m.group(2) or "").lower()
        if thing in _set("bound_things") and thing not in names and \
                after not in _set("introducers") and after not in _set("count_nouns"):
            return f"the {thing}"
    return ""


# A place or a time before a comma that opens a later-use note ("At Oakfield Trust, ...").
_LEAD_COMMA = re.compile(r"^((?:at|in|on|for|with|during|when|as|since|after)\b[^,]{1,60}),"
                         r"\s+(\S+)(.*)$", re.IGNORECASE)
_COMMA_WORD = re.compile(r",\s+([a-z]+)\b")


def _past(word: str) -> bool:
    word = word.lower()
    return bool(_past_form(word)) or word in _words("irregular_past")


def adverb(word: str) -> bool:
    """True for a word said between "I" and the verb ("now", "also", "just":
    ``adverbs_after_i``): no verb itself, so never the doing a skill was used "to" do."""
    return word.lower() in _set("adverbs_after_i")


def unspliced(note: str) -> str:
    """A later-use note read for its structure before the draft says it (blind raters, s17:
    "I used that skill at X the journey maps to make ...", "..., built their donor
    report"): a place or a time, a comma, then a past doing with no subject of its own ("At
    Oakfield Trust, built their report") gets its "I"; a second past doing after a comma with
    the subject shared ("volunteered there, built their report") is joined with "and". Any
    other note as it is."""
    m = _LEAD_COMMA.match(note)
    if m:
        first = m.group(2)
        if _past(first) and first.lower() not in _set("noun_lead"):
            return f"{m.group(1)}, I {first}{m.group(3)}"
        return note
    commas = [c for c in _COMMA_WORD.finditer(note) if _past(c.group(1))]
    if len(commas) == 1 and not re.search(r"\band\b", note[commas[0].end():]) and \
            re.match(r"^(?:I\s+)?[a-z]+", note) and _past(note.split()[0 if note[:2] != "I "
                                                                    else 1]):
        c = commas[0]
        return f"{note[:c.start()]} and {note[c.start(1):]}"
    return note


# what ends the clause a note opens with: a later verb past one of these belongs to another
_CLAUSE_END = frozenset("and but so which that who when while because to as if where after "
                        "before since until how what why whether , ; : .".split())


def own_subject(note: str) -> bool:
    """True when a note that opens on a word read as a verb ("forecast", "trained") is a
    clause with its own subject and finite verb ("forecast accuracy improved from 12% to 4%",
    "trained staff were more confident"): a finite verb of ``clause_verbs`` follows in the
    same clause, and the first word takes no clause after it (``clause_taking``: "found
    sales went up" is the speaker's finding). Such a note keeps its own subject: the draft
    never puts "I" before it ("I forecast accuracy improved")."""
    tokens = [t.lower() for t in _TOKEN.findall(note or "")]
    if len(tokens) < 3 or tokens[0] in _set("clause_taking") or tokens[0] in ("i", "we") \
            or tokens[1] in _set("determiners") or tokens[1][:1].isdigit():
        return False  # "reduced the backlog ...": a verb and its object, the speaker's doing
    for before, word in zip(tokens[1:], tokens[2:], strict=False):
        if word in _CLAUSE_END or before in _CLAUSE_END:
            return False
        if word in _set("clause_verbs") and before not in ("i", "we", "to", "they"):
            return True
    return False


@per_data_folder
def _change_bases() -> frozenset[str]:
    """The change verbs of ``change_verbs`` (``data/wording.json``) in a base form ("grow",
    "drop", "shrink"), not a past ("grew", "dropped")."""
    verbs = _wording()["change_verbs"]
    return frozenset(w for w in (*verbs["up"], *verbs["down"]) if past_of_present(w) not in (
        "", w) or not w.endswith(("ed", "ing", "own")) and w not in _words("irregular_past"))


def moved_clause(what: str, moved: str) -> str:
    """What moved and how ("sign-up conversion", "from 2.1% to 3.4%"), the verb left out, as a
    clause: "... went from 2.1% to 3.4%"; a change verb typed in its base form at the end of
    ``what`` ("revenue grow", a non-native note) read as the verb it is ("revenue grew from
    ..."), a direction typed at its end ("waste down") said after the verb ("waste went down
    from ..."), never half inflected ("revenue grow went"); "" where the kit cannot put that verb
    in the past (the note is then asked for, not said)."""
    head, _sp, verb = what.rpartition(" ")
    if head and verb.lower() in ("up", "down"):  # "waste down from 12% to 5%": the direction
        return f"{head} went {verb.lower()} {moved}"  # is said after its verb, never before
    if head and verb.lower() in _change_bases():
        past = past_of_present(verb)
        return f"{head} {past} {moved}" if past else ""
    return f"{what} went {moved}"


# "my Instagram content skills": a name of two words or more, the last no doing, with "skills"
# glued on
_GLUED = re.compile(r"\bmy ((?:[\w'’-]+ ){1,4}[\w'’-]+) skills\b")


def unglued_name(text: str) -> str:
    """``text`` with a skill's name of two words or more never glued before "skills" ("my
    Instagram content skills" -> "my skills in Instagram content", the words as typed;
    never "what I learned about", which tells a skill the speaker had before as learned); a
    doing ("my selling skills") and a one-word name as they are."""
    glued = _GLUED.search(text)
    if not glued or glued.group(1).split()[-1].lower().endswith("ing"):
        return text
    return f"{text[:glued.start()]}my skills in {glued.group(1)}{text[glued.end():]}"
