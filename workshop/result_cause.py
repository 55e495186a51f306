"""Whose work a change is told as the work of: the speaker's, told as its cause, or someone
else's, told as its doer (issue 21).

People tell a result as what happened to others and then say why: "Two of my patients stayed
out of hospital that winter because I caught their infections early", "The centre took its
first school bookings because I wrote the risk assessments", "the family stayed together
because of the support plan I rewrote", "Because of that, the wards got their results before
the morning round". No change verb and no number: the sentence's structure says it. ``caused``
reads, in a sentence, a clause of cause (``cause_mark``: "because", "because of", "thanks to")
whose cause is the speaker's work, and the effect it explains:

- the cause is the speaker's: "I" acting (``result_owner.acts_at``: "because I caught", not
  "because I was new"), the speaker's own thing ("thanks to my checklist"; not ``not_work``,
  "because of my manager"), a thing the speaker made ("because of the plan I rewrote"), or
  "that", "this" or "it" alone after a sentence (or a clause) where the speaker acts;
- the effect is the clause just before the cause, or the words after the comma when the cause
  opens the sentence. Its subject is not the speaker ("I got promoted because ...", "my
  confidence grew because ...") and it holds neither "me" nor "myself" ("the manager trusted me
  because ..."); it tells something that happened (a past doing, a passive: "were kept",
  "took", "stayed"), never a state, a feeling or praise ("the shop was busy", "the customers
  loved it", ``cause_not_effect``), and it is real (no negation, wish or plan before it).

``others_act`` reads the other way: a sentence whose change is told right after someone else's
doing, as its subject ("Dev rebuilt the sales process and our store went from bottom to top",
"My manager, she automated the reconciliations and now month end closes in three days"), with
the speaker nowhere in it (no "I", "we", "me", and no "my" but before a person, ``my_people``:
"Head office rolled my rota template out" is the speaker's work taken up), tells that person's
result, not the speaker's: their manager, a colleague (``other_maker``), "he" or "she", or a
name the answer introduced before ("a regional manager called Dev"). Each reader looks at a
bounded number of words per clause: linear.
"""

from __future__ import annotations

from .phrases import Match, Patterns
from .reading import Reading, Sentence
from .resources import load_json, per_data_folder
from .result_owner import acts_at, past_word

__all__ = ["caused", "consequences", "others_act"]

_SPEAKER = frozenset("i i'd i've i'm".split())
_ME = frozenset("me myself".split())
_SPEAKER_ANY = frozenset("i i'd i've i'm me myself we we've we'd we're us".split())
_OWN = frozenset(("my",))
_BACK = frozenset("that this it".split())
_LINKS = frozenset("and so then now also even still just soon later".split())
# being and having: a state, not a happening, when no participle follows
_BE = frozenset("was were is are be been 's 're".split())
_HAVE = frozenset("had has have 've 'd".split())
_DOINGS = frozenset("did done".split())
_EFFECT_WORDS = 14  # how far into the effect its verb may stand
_CAUSE_WORDS = 10  # how far into the cause the speaker's work may stand
_DOER_WORDS = 8  # how far after a doer's name its verb may stand
_THIRD = frozenset("he she".split())
_RELATIVES = frozenset("who which that".split())
_DETERMINERS = frozenset("the a an his her their its our my this that these those".split())


def caused(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
           previous: Sentence | None) -> list[tuple]:
    """(clause, match) of each effect the sentence explains by the speaker's work (the module
    docstring); the match is the effect's verb."""
    ws = reading.words
    out = []
    for mark in lists["cause_mark"].find(ws, sentence.lo, sentence.hi):
        clause = sentence.clause_of(mark.start)
        k = sentence.clauses.index(clause)
        cause_hi = _cause_end(ws, mark.end, clause.hi)
        if not _speakers_cause(lists, reading, sentence, previous, mark, cause_hi):
            continue
        if mark.start > _past_links(ws, clause.lo, clause.hi):
            # "the shelves stayed full thanks to my sheet": the effect before it in its clause
            effect = (clause, clause.lo, mark.start)
        elif cause_hi < clause.hi:  # "Because of that, the wards got ...": after the comma
            effect = (clause, cause_hi + 1, clause.hi)
        elif k > 0:  # "... were kept out of hospital because I caught ...": the clause before
            before = sentence.clauses[k - 1]
            effect = (before, before.lo, before.hi)
        else:
            continue
        verb = _happening(lists, ws, *effect)
        if verb is not None:
            out.append((effect[0], verb))
    return out


def consequences(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
                 previous: Sentence | None) -> list[tuple]:
    """(clause, match) of each effect told after the speaker's act as its consequence
    (``consequence_mark``: ", so", "which meant", "and after that"; a "so" that opens a clause,
    never "so long", "so that"): "I filled every Saturday slot, so the bank never had to
    cancel a session", "I rewrote the briefing, and after that capsizes dropped right off". The
    act is the speaker's ("I" acting before the mark in its sentence, or in the sentence before
    when the mark opens the sentence); the effect is read as ``caused`` reads it, a need that
    stopped ("never had to cancel") being one."""
    ws = reading.words
    out = []
    for m in lists["consequence_mark"].find(ws, sentence.lo, sentence.hi):
        at = _past_links(ws, sentence.lo, sentence.hi)
        opens = m.start <= at
        if not opens and ws[m.start - 1].lower not in (",", ";", "and", "-", "\u2013"):
            continue  # "so long nobody read it"; "rotating the dairy so the oldest dates went
            # to the front": with no comma, how a duty is done more often than what came of it
        if m.end < sentence.hi and ws[m.end].lower == "that" and ws[m.start].lower == "so":
            continue  # "so that": a purpose, not what came of it
        if not (_acts_in(lists, ws, sentence, sentence.lo, m.start) or opens and previous
                is not None and _acts_in(lists, ws, previous, previous.lo, previous.hi)):
            continue
        clause = sentence.clause_of(m.end if m.end < sentence.hi else m.start)
        hi = clause.hi if clause.hi > m.end else sentence.hi
        verb = _happening(lists, ws, clause, m.end, hi, stopped=True)
        if verb is not None:
            out.append((sentence.clause_of(verb.start), verb))
    return out


def _past_links(ws, lo: int, hi: int) -> int:
    """Where a clause's words start past its links and marks ("and because", ", all")."""
    while lo < hi and (not ws[lo].is_word or ws[lo].lower in ("and", "all", "just", "partly",
                                                              "mainly", "mostly", "only")):
        lo += 1
    return lo


def _cause_end(ws, lo: int, hi: int) -> int:
    """Where the cause that starts at ``lo`` ends in its clause: at its first comma, else at
    the clause's end."""
    for i in range(lo, hi):
        if ws[i].lower in (",", ";", ":"):
            return i
    return hi


def _speakers_cause(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
                    previous: Sentence | None, mark: Match, hi: int) -> bool:
    """True when the cause from ``mark`` to ``hi`` is the speaker's work (module docstring)."""
    ws = reading.words
    lo = mark.end
    words = [i for i in range(lo, min(hi, lo + _CAUSE_WORDS)) if ws[i].is_word]
    if not words:
        return False
    if len(words) == 1 and ws[words[0]].lower in _BACK:  # "because of that"
        return any(_acts_in(lists, ws, s, s.lo, min(s.hi, mark.start))
                   for s in (previous, sentence) if s is not None)
    for i in words:
        low = ws[i].lower
        if low in _SPEAKER:  # "because I caught", "the plan I rewrote"
            return acts_at(lists, ws, sentence, i)
        if low in _OWN and lists["not_work"].match_at(ws, i, hi) is None:
            return True  # "thanks to my checklist", not "because of my manager"
    return False


def _acts_in(lists: dict[str, Patterns], ws, sentence: Sentence, lo: int, hi: int) -> bool:
    """True when "I" acts between words ``lo`` and ``hi`` (``acts_at``), or a second verb of
    theirs after "and" does: "I learned the software and built a waiting list"."""
    for i in range(lo, hi):
        if ws[i].lower not in _SPEAKER:
            continue
        if acts_at(lists, ws, sentence, i):
            return True
        end = min(hi, sentence.clause_of(i).hi)
        for j in range(i + 2, end - 1):
            if ws[j].lower in _SPEAKER_ANY or ws[j].lower in _THIRD:
                break  # another subject: its verb is not the speaker's
            if ws[j].lower == "and" and past_word(ws[j + 1].lower) \
                    and lists["not_action"].match_at(ws, j + 1, end) is None:
                return True
    return False


def _happening(lists: dict[str, Patterns], ws, clause, lo: int, hi: int,
               stopped: bool = False) -> Match | None:
    """The verb of an effect from ``lo`` to ``hi`` when it tells something that happened to
    someone other than the speaker (module docstring), else None."""
    lo = _past_links(ws, lo, hi)
    told = lists["cause_told"].search(ws, lo, hi)
    if told is not None:  # "a parent told me her son had read ...": what was told happened
        lo = told.end + (told.end < hi and ws[told.end].lower == "that")
    if lo >= hi or ws[lo].lower in _SPEAKER or ws[lo].lower in _OWN \
            or any(ws[i].lower in _ME for i in range(lo, hi)):
        return None  # "I got promoted", "my confidence grew", "the manager trusted me"
    for i in range(lo + 1, min(hi, lo + _EFFECT_WORDS)):
        low = ws[i].lower
        if low in _SPEAKER:
            return None  # "At my old job I once missed a deadline": the speaker's own
        if stopped and low in _HAVE and i + 2 < hi and ws[i + 1].lower == "to" \
                and _never(ws, lo, i):
            m = Match(i - 1 - (ws[i - 1].lower == "longer"), i + 2,
                      "<need stopped by the speaker's work>")  # "never had to"
            return m if clause.real(m) else None
        if low in _BE or low in _HAVE:
            verb = _after_be(lists, ws, clause, i, hi, stopped)
            if verb is not _GO_ON:
                return verb
        elif _done(low):
            return _real(lists, ws, clause, i, hi)
    return None


_GO_ON = Match(-1, -1, "")  # a "be" or "have" that says nothing yet: read on


def _after_be(lists: dict[str, Patterns], ws, clause, i: int, hi: int,
              stopped: bool) -> Match | None:
    """What a "be" or "have" at ``i`` in an effect tells: its participle as the effect's verb
    ("were kept", "had read his"), a state told against how it was after the speaker's act
    ("so it was ready before the doors opened instead of late"), ``_GO_ON`` where the verb is
    still to come ("had been adopted", "two families who were close to ... stayed"), else None
    (a state: "the shop was busy", "we had a queue")."""
    low = ws[i].lower
    nxt = i + 1
    while nxt < hi and ws[nxt].lower in _LINKS:
        nxt += 1
    if nxt < hi and ws[nxt].lower == "been":
        return _GO_ON
    if nxt < hi and (_done(ws[nxt].lower) or low in _HAVE and nxt + 1 < hi
                     and ws[nxt].is_word and ws[nxt + 1].lower in _DETERMINERS):
        return _real(lists, ws, clause, nxt, hi)
    if ws[i - 1].lower in _RELATIVES:
        return _GO_ON
    if stopped and low in _BE and lists["state_compared"].search(ws, nxt, hi):
        return _real(lists, ws, clause, i, hi, feeling=False)
    return None


def _done(low: str) -> bool:
    """True for a past or a past participle ("took", "were kept", "were seen", "had done")."""
    return past_word(low) or low in _DOINGS or low in _participles()


@per_data_folder
def _participles() -> frozenset[str]:
    """The irregular past participles the kit knows (``participle_of``, ``data/tense.json``)."""
    return frozenset(str(v).lower() for v in load_json("tense.json").get("participle_of", {})
                     .values())


def _never(ws, lo: int, at: int) -> bool:
    """True when "never" or "no longer" stands just before ``at`` ("the bank never had to")."""
    return at > lo and (ws[at - 1].lower == "never" or at - 1 > lo and (
        ws[at - 2].lower, ws[at - 1].lower) == ("no", "longer"))


def _real(lists: dict[str, Patterns], ws, clause, i: int, hi: int,
          feeling: bool = True) -> Match | None:
    """The verb at ``i`` as a match when it is no feeling or praise (``cause_not_effect``) and
    no negation, wish or plan stands before it in its clause."""
    if feeling and lists["cause_not_effect"].match_at(ws, i, hi) is not None:
        return None
    m = Match(i, i + 1, "<caused by the speaker's work>")
    return m if clause.real(m) and not clause.negated(m) else None


# where ``others_act`` keeps its reading of a sentence, with the lists it was read by (as
# ``Reading.word_at`` keeps its starts)
_OTHERS_KEY = "_others_act"


def others_act(lists: dict[str, Patterns], reading: Reading, sentence: Sentence) -> bool:
    """True when the sentence opens on someone else doing something (module docstring) and the
    speaker is nowhere in it: its change is that person's result. Read once per sentence (it is
    asked for each result claim in it: a sentence of many claims was read once per claim)."""
    kept = sentence.__dict__.get(_OTHERS_KEY)
    if kept is None or kept[0] is not lists:
        kept = (lists, _others_act(lists, reading, sentence))
        sentence.__dict__[_OTHERS_KEY] = kept
    return kept[1]


def _others_act(lists: dict[str, Patterns], reading: Reading, sentence: Sentence) -> bool:
    ws = reading.words
    if any(ws[i].lower in _SPEAKER_ANY or ws[i].lower in _OWN and lists["my_people"].match_at(
            ws, i, sentence.hi) is None for i in range(sentence.lo, sentence.hi)):
        return False  # "My manager and I rebuilt it", "Head office rolled my template out"
    lo = _past_links(ws, sentence.lo, sentence.hi)
    doer = _doer(lists, reading, sentence, lo)
    if doer < 0:
        return False
    for i in range(doer, min(sentence.hi, doer + _DOER_WORDS)):
        low = ws[i].lower
        if low in _THIRD:  # "My manager in accounts, she automated ...": the doer again
            continue
        if low in _HAVE and i + 1 < sentence.hi and (past_word(ws[i + 1].lower)
                                                     or ws[i + 1].lower in _DOINGS):
            return True  # "she has done the automation"
        if low in _BE or low in _HAVE:
            return False  # "my manager was new", "Dev had a plan"
        if past_word(low) and lists["not_action"].match_at(ws, i, sentence.hi) is None:
            return True  # "Dev rebuilt the whole sales process"
    return False


def _doer(lists: dict[str, Patterns], reading: Reading, sentence: Sentence, lo: int) -> int:
    """Where the words after the doer that opens the sentence at ``lo`` start, or -1: "he",
    "she", someone in charge or a colleague (``other_maker``, "my manager", "our team
    leader"), or a name told earlier in the answer ("a manager called Dev. Dev rebuilt")."""
    ws = reading.words
    if lo >= sentence.hi:
        return -1
    if ws[lo].lower in _THIRD:
        return lo + 1
    start = lo + (ws[lo].lower in ("my", "our", "the") and lo + 1 < sentence.hi)
    m = lists["other_maker"].match_at(ws, start, sentence.hi)
    if m is not None:
        return m.end
    word = ws[lo]
    if word.is_word and word.text[:1].isupper() and word.lower.isalpha() and any(
            ws[i].text == word.text for i in range(0, sentence.lo)
            if i > 0 and ws[i - 1].is_word):
        return lo + 1  # a name the answer used before, mid-sentence
    return -1
