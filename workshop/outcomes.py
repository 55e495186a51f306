"""Results told with no number and no change verb, read from the clause's structure.

``uptakes``: the organisation taking up the speaker's work: "Other branches now use my
onboarding pack", "Head office asked for my rota template again", "My intake form was rolled
out across the region", "the hospital chose the training plan I wrote for every new ward".

- a verb of uptake (``uptake`` in ``data/phrases.json``: "adopt", "use", "choose", "ask for",
  "roll out", "make ... the standard", "run on");
- what is taken up is the speaker's work: "my" or "our" with a noun after the verb (or before
  it in the passive: "my checklist was adopted"), or a noun the speaker made ("the template I
  built", "what we designed");
- someone other than the speaker takes it up: the active verb has a subject that is not "I"
  ("I still use my checklist" is later use, not a result); in the passive the work is the
  subject;
- it spread or lasted (``uptake_reach``): "again", "still", "now", "the standard", "policy",
  "every ward", "other branches", "across", "to this day". "My manager used my desk" and "the
  director accepted my proposal" say neither, and are no result.

``absences``: a failure that stopped happening: "Since then the ward has never missed a
medication round", "We never ran out of stock again after I set up the reorder sheet".

- a negation before a verb of failure (``absence``: "never ... missed", "didn't ... run out",
  "no longer ... went wrong");
- its subject is not the speaker ("I never missed a shift since" is the speaker's attendance);
- it is told as lasting from some point on (``absence_since``: "again", "since", "from then
  on", "after that", "anymore"): "the ward never missed a round" alone says no change.
"""

from __future__ import annotations

import functools

from .phrases import Match, Patterns
from .reading import Reading, Sentence
from .resources import data_file, read_checked_json
from .result_owner import acts_at, past_word
from .spans import Spans

OUTCOMES_FILE = "outcomes.json"
# the lists of data/outcomes.json; "size_words" are words, the rest patterns
_LIST_KEYS = ("decision", "decision_tie", "decision_reach", "caused", "caused_not", "not_work",
              "other_maker", "not_made", "kept", "uptake_start", "later_job", "result_ended",
              "not_action", "acting_role", "acting_phrase", "acting_lead", "period_frame",
              "figure_tie", "speaker_group", "size_words", "averted", "count_worse_more",
              "count_worse_fewer", "gathered", "gathered_people", "earned", "earned_count",
              "reached_by", "reached_have", "lasted", "work_passed", "work_share",
              "later_when", "later_good", "later_before", "gain_for", "gain_what", "gain_kept",
              "gain_rank", "gain_more", "loss_averted", "loss_stopped", "loss_cost",
              "loss_before", "cause_mark", "cause_not_effect",
              "consequence_mark", "cause_told", "state_compared", "my_people")

__all__ = ["OUTCOMES_FILE", "outcome_lists", "uptakes", "absences", "decisions", "keeps",
           "taken_span", "compared", "states", "own_negation", "result_topics", "targets_met",
           "averted", "counts_moved", "gathered", "reached", "lasted", "work_passed"]

_BE = frozenset("was were is are be been being got get gets has have had 's 're".split())
# words that may stand between "was" and the participle ("was soon adopted", "is now used")
_BETWEEN = frozenset("soon now quickly then later also still eventually even then officially "
                     "formally widely".split())
_OWN = frozenset(("my", "our"))
_SPEAKER = frozenset("i we i've we've i'd we'd".split())
_SPEAKER_SUBJECT = frozenset("i i've i'd i'm".split())
_OTHER_SUBJECT = frozenset("we they he she it we've they've".split())
_BACK_POINTERS = frozenset("them it these those".split())
_POINTERS = frozenset("the a an this that these those what".split())
_STOPS = frozenset(", ; : . and but so because which who when".split())
_WINDOW = 6  # how many words after the verb (or before a passive's "was") the work may start
_BACK = 8  # how many words before the verb the speaker may stand as its subject


def _speakers_work(ws, lo: int, hi: int, made: bool = False) -> bool:
    """True when words ``lo`` to ``hi`` name the speaker's work before any clause word stops
    them: "my rota template", "our intake form", "the checklist I wrote", "what we built"
    ("my" and "our" need a word after them that is no pronoun); with ``made`` (the speaker
    made something just before: "I wrote mark schemes ... The department adopted them"), a
    pronoun first of all ("them", "it")."""
    if made and lo < hi and ws[lo].lower in _BACK_POINTERS:
        return True
    for i in range(lo, hi):
        low = ws[i].lower
        if low in _STOPS:
            return False
        if low in _OWN and i + 1 < hi and ws[i + 1].is_word and ws[i + 1].lower not in _STOPS:
            return True
        if low in _POINTERS:
            # "the template (that) I built": a speaker as the subject of a relative clause
            for j in range(i + 1, min(hi, i + 5)):
                lj = ws[j].lower
                if lj in _SPEAKER and j + 1 < len(ws) and ws[j + 1].is_word \
                        and ws[j + 1].lower not in _STOPS and j > i + (low != "what"):
                    return True
                if lj in _STOPS or not ws[j].is_word:
                    break
    return False


def _speaker_acts(ws, m: Match, lo: int) -> bool:
    """True when the speaker stands before the verb in its stretch of the clause (back to a
    comma, a conjunction or another subject pronoun): "I still use", "Now I'm looking to
    apply"; not "after I took over the records we didn't get one"."""
    for i in range(m.start - 1, max(lo, m.start - _BACK) - 1, -1):
        low = ws[i].lower
        if low in _SPEAKER_SUBJECT:
            return True
        if low in _STOPS or low in _OTHER_SUBJECT:
            return False  # "after I took over the records we didn't get one": "we" acts
    return False


def _passive(ws, m: Match, lo: int) -> int:
    """Where the "was" of a passive before the verb stands ("my form was soon rolled out"), or
    -1."""
    i = m.start - 1
    while i >= lo and ws[i].lower in _BETWEEN:
        i -= 1
    return i if i >= lo and ws[i].lower in _BE else -1


_KEEP = frozenset("keep keeps kept keeping".split())
_MADE_WORDS = 60  # how far back a pronoun may point to the speaker's own work
_OTHER_MAKERS = frozenset("he she they his her their someone somebody".split())


def _made_last(lists: dict[str, Patterns], ws, lo: int, hi: int) -> bool:
    """True when, going back from word ``hi`` (the start of the clause that takes the work up),
    the speaker is met as a subject before anyone else who could have made it ("he", "they",
    ``other_maker``: "my supervisor", "the manager"), and not as liking, seeing or being given
    it (``not_made``): "My supervisor wrote a protocol and the lab still runs it", "I liked
    the new uniforms. The staff kept them for years." are not the speaker's work."""
    for i in range(hi - 1, max(lo, hi - _MADE_WORDS) - 1, -1):
        low = ws[i].lower
        if low in _SPEAKER:
            # "I liked the new uniforms. The staff kept them": liked, not made (``not_made``)
            return lists["not_made"].match_at(ws, i + 1, hi) is None
        if low in _OTHER_MAKERS or lists["other_maker"].match_at(ws, i, hi) is not None:
            return False
    return False


def uptakes(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
            previous: Sentence | None = None) -> list[tuple]:
    """(clause, match) of the first uptake of the speaker's work in each clause of the sentence
    (module docstring); the match is the verb. ``previous``: the sentence before, where the
    work a pronoun points back to may be. Each word is looked at a bounded number of times
    (the windows), and the reach once per sentence."""
    ws = reading.words
    out = []
    reach = None
    for clause in sentence.clauses:
        for m in lists["uptake"].find(ws, clause.lo, clause.hi):
            if ws[m.start].lower in _KEEP and m.end < clause.hi \
                    and ws[m.end].lower.endswith("ing"):
                continue  # "kept changing our commission plan": a habit, nothing kept
            be = _passive(ws, m, clause.lo)
            # "I drew up a returns form, and it got picked up by every branch": the passive's
            # pronoun points back to what the speaker made
            pointer = be > clause.lo and ws[be - 1].lower in _BACK_POINTERS
            if be >= 0:
                lo, hi = (be - 1 if pointer else max(clause.lo, be - _WINDOW)), be
            else:
                # from inside the match: "sends it out", the work pointed back to in the verb's
                # own words
                lo, hi = m.start + 1, min(clause.hi, m.end + _WINDOW)
                if not reading.has_subject(m) or _speaker_acts(ws, m, clause.lo):
                    continue  # "I still use my checklist": later use, not an uptake
            start = previous.lo if previous else sentence.lo
            # back from the clause's start: the one who takes the work up ("head office
            # still sends it out") is not who could have made it
            made = (be < 0 or pointer) and _made_last(lists, ws, start, clause.lo)
            if not _speakers_work(ws, lo, hi, made) or lists["uptake_not"].search(ws, lo, hi):
                continue
            if reach is None:
                reach = lists["uptake_reach"].search(ws, sentence.lo, sentence.hi) is not None
            if reach or _started(lists, ws, m, clause.lo):
                out.append((clause, m))
                break
    return out


def _started(lists: dict[str, Patterns], ws, m: Match, lo: int) -> bool:
    """True when a verb of starting stands just before the uptake ("started using", "began to
    use"): the organisation began to do it, a change of its own."""
    for back in (1, 2):
        at = m.start - back
        if at >= lo and lists["uptake_start"].match_at(ws, at, m.start) is not None:
            return True
    return False


_DEMONSTRATIVES = frozenset("the that this those these".split())
_NAMED_WORDS = 8  # how many words after the speaker and their verb name what they made


def _made_nouns(ws, lo: int, hi: int) -> set[str]:
    """The bases of the words the speaker's own clauses in words ``lo`` to ``hi`` name after
    their verb ("I catalogued a donated collection of maps": "collection", "map", ...), each
    word read once: what a later "the collection" may point back to."""
    out: set[str] = set()
    i = lo
    while i < hi:
        if ws[i].lower in _SPEAKER_SUBJECT:
            j = i + 2  # past the speaker and their verb
            while j < min(hi, i + 2 + _NAMED_WORDS) and ws[j].lower not in _STOPS:
                if ws[j].is_word and ws[j].lower not in _POINTERS:
                    out.add(ws[j].base)
                j += 1
            i = max(j, i + 1)
        else:
            i += 1
    return out


def _named_again(ws, lo: int, hi: int, nouns: set[str], made: bool) -> bool:
    """True when words ``lo`` to ``hi`` start (after at most one word) with the speaker's work
    told as such: "it" or "them" when ``made``, "the X (that) I built", or "the"/"that" before a
    noun the speaker's clause named (``nouns``)."""
    for i in range(lo, min(hi, lo + 2)):
        low = ws[i].lower
        if low in _STOPS:
            return False
        if made and low in _BACK_POINTERS:
            return True
        if low in _DEMONSTRATIVES:
            for j in range(i + 1, min(hi, i + 4)):
                if ws[j].lower in _STOPS or not ws[j].is_word:
                    break
                if ws[j].base in nouns or (ws[j].lower in _SPEAKER_SUBJECT and j > i + 1):
                    return True
    return False


def _lasting(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
             previous: Sentence | None, ties: bool) -> bool:
    """True when the sentence tells the uptake spread or lasted (``uptake_reach``, and
    ``decision_reach``: "all", "every", "since"), or, with ``ties``, when it or the sentence
    before ties it to the work (``decision_tie``)."""
    ws = reading.words
    if lists["uptake_reach"].search(ws, sentence.lo, sentence.hi) is not None \
            or lists["decision_reach"].search(ws, sentence.lo, sentence.hi) is not None:
        return True
    lo = previous.lo if previous is not None else sentence.lo
    return ties and lists["decision_tie"].search(ws, lo, sentence.hi) is not None


def _owned(lists: dict[str, Patterns], ws, lo: int, hi: int, made: bool) -> bool:
    """True when words ``lo`` to ``hi`` hold the speaker's work: "my" or "our" before a word
    that names no person nor the speaker's own life (``not_work``: "my manager", "my career"),
    or, when ``made``, "it" or "them"."""
    return any((made and ws[i].lower in _BACK_POINTERS)
               or (ws[i].lower in _OWN and i + 1 < hi and ws[i + 1].is_word
                   and lists["not_work"].match_at(ws, i, hi) is None)
               for i in range(lo, hi))


def _tied_work(lists: dict[str, Patterns], ws, lo: int, hi: int) -> bool:
    """True when a ``decision_tie`` in words ``lo`` to ``hi`` is followed by the speaker's work
    ("because of my report", "after seeing my figures")."""
    return any(_owned(lists, ws, t.end, min(hi, t.end + 3), False)
               for t in lists["decision_tie"].find(ws, lo, hi))


def decisions(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
              previous: Sentence | None = None) -> list[tuple]:
    """(clause, match) of the first decision someone else took on the speaker's work in the
    sentence, or of the speaker's work that led someone to act (module docstring); the match is
    the verb of deciding or leading. Each window is bounded and the reach is looked for once
    per sentence, so linear."""
    ws = reading.words
    start = previous.lo if previous else sentence.lo
    lasting = None
    for clause in sentence.clauses:
        for m in lists["decision"].find(ws, clause.lo, clause.hi):
            if not reading.has_subject(m) or _speaker_acts(ws, m, clause.lo):
                continue
            made = _made_last(lists, ws, start, clause.lo)
            if not _owned(lists, ws, m.end, min(sentence.hi, m.end + _DECIDED_WORDS), made) \
                    and not _tied_work(lists, ws, max(sentence.lo, m.start - _TIE_WORDS),
                                       m.start):
                continue
            if lasting is None:
                lasting = _lasting(lists, reading, sentence, previous, ties=True)
            if lasting:
                return [(clause, m)]
        for m in lists["caused"].find(ws, clause.lo, clause.hi):
            if m.end - m.start < 3 or lists["caused_not"].match_at(ws, m.end, clause.hi):
                continue  # "led to my promotion", "got my manager to look at it"
            lo = max(clause.lo, m.start - _CAUSE_WORDS)
            # "my report made ...", "it" after the speaker made it, "the audit I ran made ..."
            # "the audit I ran made ...": the speaker is the subject of a verb of their own
            # before it, not of the verb of leading ("a volunteer I got much better at ...")
            if _made_by_speaker(lists, ws, lo, m.start) or _owned(
                    lists, ws, lo, m.start, _made_last(lists, ws, start, clause.lo)) \
                    and not _speaker_acts(ws, m, clause.lo):
                return [(clause, m)]
    return []


_DECIDED_WORDS = 10  # how far after the verb of deciding what was decided on may stand
_CAUSE_WORDS = 6  # how far before "led" its subject, the speaker's work, may start
_TIE_WORDS = 12  # how far before it its tie to the work may stand ("because of my report")


def keeps(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
          previous: Sentence | None = None) -> list[tuple]:
    """(clause, match) of the first thing of the speaker's the organisation keeps, runs or
    lends in the sentence (module docstring); the match is the verb."""
    ws = reading.words
    nouns = lasting = None
    for clause in sentence.clauses:
        for m in lists["kept"].find(ws, clause.lo, clause.hi):
            if not reading.has_subject(m) or _speaker_acts(ws, m, clause.lo):
                continue
            start = previous.lo if previous else sentence.lo
            if not _made_last(lists, ws, start, clause.lo):
                continue
            if nouns is None:
                nouns = _made_nouns(ws, start, m.start)
            # the subject ("that shift still runs") or the object ("still runs it")
            before = m.start - 1
            while before > max(clause.lo, m.start - 3) and ws[before].lower in _BETWEEN:
                before -= 1  # at most two adverbs: "that shift is still running"
            told = _named_again(ws, m.end, min(clause.hi, m.end + _WINDOW), nouns, True) \
                or (before > clause.lo and ws[before].base in nouns
                    and ws[before - 1].lower in _DEMONSTRATIVES - {"the"})
            if not told:
                continue
            if lasting is None:
                lasting = _lasting(lists, reading, sentence, previous, ties=False)
            if lasting:
                return [(clause, m)]
    return []


_TAKEN_REACH = 3  # "the library now lends", "that club still runs", "has run it ever since"
_TAKEN_ENDS = _SPEAKER_SUBJECT | frozenset(", ; and but".split())


def taken_span(ws, clause, m: Match) -> tuple[int, int]:
    """The words around an uptake's verb that tell it lasting ("now lends", "still runs it"):
    up to ``_TAKEN_REACH`` each side, never past the speaker or a clause's joint ("they adopted
    it and I still use it": the speaker's "still" is theirs)."""
    lo, hi = m.start, m.end
    while lo > max(clause.lo, m.start - _TAKEN_REACH) and ws[lo - 1].lower not in _TAKEN_ENDS:
        lo -= 1
    while hi < min(clause.hi, m.end + _TAKEN_REACH) and ws[hi].lower not in _TAKEN_ENDS:
        hi += 1
    return lo, hi


@functools.lru_cache(maxsize=8)
def _read(path: str) -> dict[str, tuple[str, ...]]:
    data = read_checked_json(path, _problem, OUTCOMES_FILE)
    return {k: tuple(v.strip() for v in data.get(k, [])) for k in _LIST_KEYS}


def outcome_lists() -> dict[str, tuple[str, ...]]:
    """The lists of ``data/outcomes.json`` (a facilitator's ``WORKSHOP_DATA`` copy first, the
    kit's where that folder has none), by key; a key left out is empty. Raises
    ``ValidationError`` naming the file and the key for the first key that is unknown or not a
    list of texts."""
    return _read(str(data_file(OUTCOMES_FILE)))


def _problem(data: object) -> tuple[str, str] | None:
    if not isinstance(data, dict):
        return "", "the file must hold one JSON object (keys such as \"decision\")."
    for key, value in data.items():
        if key == "about":
            continue
        if key not in _LIST_KEYS:
            return key, (f"'{key}' is not a key the check reads (a misspelling?); the keys are: "
                         f"about, {', '.join(_LIST_KEYS)}.")
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                  for v in value):
            return key, f"'{key}' must be a list of patterns (each a text, not empty)."
    return None


def absences(lists: dict[str, Patterns], reading: Reading, sentence: Sentence) -> list[tuple]:
    """(clause, match) of the first failure that stopped happening in each clause of the
    sentence (module docstring); the match runs from the negation to the verb."""
    # "I never missed a shift": the speaker's own record
    return _tied(lists["absence"], lists["absence_since"], reading, sentence,
                 lambda m, lo: _speaker_acts(reading.words, m, lo))


def own_negation(lists: dict[str, Patterns], reading: Reading, sentence: Sentence, clause,
                 m: Match, memo: dict) -> bool:
    """True for a stop told with a negation of its own however far before it in its clause
    ("the patients weren't sitting in the day room waiting for their letters anymore",
    ``result_own_negation``), with no wish, plan or condition before it there and a change of the
    speaker's told in the sentence (an ``absence_since`` other than the stop itself: "after
    that", "once I"; "once I" is then a point in time, not a condition): the negation is what
    "anymore" says, not a denial of it. ``memo`` (one dict per reading) keeps each sentence's
    ties and each clause's first wish, so that a run of stops is read in linear time."""
    ws = reading.words
    if lists["result_own_negation"].match_at(ws, m.start, m.end) is None:
        return False
    key = (sentence.lo, sentence.hi)
    if key not in memo:
        memo[key] = [(t.start, t.end) for t in
                     lists["absence_since"].find(ws, sentence.lo, sentence.hi)]
    ties = memo[key]
    if not any(end <= m.start or start >= m.end for start, end in ties[:2] + ties[-2:]):
        return False  # two ties at each end: one of them is not the stop itself, if any is
    wish_key = ("wish", clause.lo, clause.hi)
    if wish_key not in memo:
        tied = {start for start, _ in ties}
        memo[wish_key] = min((at for at, _ in clause.wishes if at not in tied), default=None)
    first = memo[wish_key]
    return first is None or first > m.start


# a match that opens on its own subject: "nobody phoned", "no one has sent", "no customer left"
# a subject that is nobody ("nobody's been late since", "not one kid has been late since")
# a clause that opens on these has its subject in them: "nobody rang", "hardly anyone missed",
# "fewer of them asked"
_NO_ONE = frozenset("nobody no-one noone no nobody's no-one's not hardly barely scarcely "
                    "fewer".split())


def _not_the_work(ws, sentence: Sentence, m: Match) -> bool:
    """True when "nobody did" tells the speaker's own life, not a problem their work stopped:
    the speaker just after the verb ("nobody phoned me back", "no one complained to me"), or
    the sentence told after they left ("after I left, nobody answered the phone")."""
    if any(ws[k].lower in _ME for k in range(m.end, min(sentence.hi, m.end + 2))):
        return True
    return any(ws[k].lower in _LEAVERS and ws[k + 1].lower in _LEFT
               for k in range(sentence.lo, sentence.hi - 1))


_ME = frozenset("me us myself".split())
_LEAVERS = frozenset("i we".split())
_LEFT = frozenset("left quit resigned retired".split())


def _tied(found: Patterns, tie: Patterns | None, reading: Reading, sentence: Sentence,
          own, since: int | None = None) -> list[tuple]:
    """(clause, match) of the first ``found`` match in each clause that has a subject (or opens
    on one: ``_NO_ONE``, and then tells no life of the speaker's: ``_not_the_work``), is not the
    speaker's own (``own(match, clause start)``), in a sentence where ``tie`` is said (a "since",
    a change of the speaker's), or, with no ``tie``, in a clause from word ``since`` on (after
    the speaker's act). The tie is looked for once per sentence, so linear."""
    if tie is None and since is None:
        return []
    ws = reading.words
    out = []
    tied = None
    for clause in sentence.clauses:
        if tie is None and clause.lo < since:
            continue
        for m in found.find(ws, clause.lo, clause.hi):
            no_one = ws[m.start].lower in _NO_ONE
            if not (no_one or reading.has_subject(m)) or own(m, clause.lo) \
                    or no_one and _not_the_work(ws, sentence, m):
                continue
            if tied is None:
                tied = tie is None or tie.search(ws, sentence.lo, sentence.hi) is not None
            if tied:
                out.append((clause, m))
                break
    return out


def compared(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
             previous: Sentence | None = None) -> list[tuple]:
    """(clause, match, the sentence before when "before" was told there, else None) of a
    count told after how it was before, across two clauses or two sentences: "Before, we had
    many residents going to hospital. In my second winter it was only one." (``compared_then``
    in the sentence before or an earlier clause, its subject not the speaker; ``compared_now``
    after it). "Before that I was a waiter; it was only one year"
    is the speaker's own past, no result."""
    ws = reading.words
    now = None
    for clause in sentence.clauses:
        now = lists["compared_now"].search(ws, clause.lo, clause.hi)
        if now is not None:
            break
    if now is None:
        return []
    for lo, hi in ((sentence.lo, clause.lo), (previous.lo, previous.hi) if previous else (0, 0)):
        for m in lists["compared_then"].find(ws, lo, hi):
            if not _speakers_then(ws, m):
                return [(clause, now, previous if lo != sentence.lo else None)]
    return []


_THEN_SUBJECTS = frozenset("we they there it".split())


def _speakers_then(ws, m: Match) -> bool:
    """True when how it was before is the speaker's own past ("Before that I was a waiter"):
    a speaker's "I" in the match with no subject of the organisation's after it ("Before I put
    the checklist together we were reprinting a job most weeks" is the organisation's)."""
    last = max((i for i in range(m.start, m.end) if ws[i].lower in _SPEAKER_SUBJECT), default=None)
    return last is not None and not any(ws[i].lower in _THEN_SUBJECTS
                                        for i in range(last + 1, m.end))


def _own_thing(ws, m: Match, lo: int) -> bool:
    """True when the subject before the verb is one thing of the speaker's ("my English was
    better", "my confidence was higher"): "my" before a word that names no group of people or
    things (one not ending in "s": "my patients were calmer" is a result)."""
    for i in range(m.start - 1, max(lo, m.start - _BACK) - 1, -1):
        low = ws[i].lower
        if low in _STOPS:
            return False
        if low in _OWN:
            return i + 1 < m.start and not ws[i + 1].lower.endswith("s")
    return False


def states(lists: dict[str, Patterns], reading: Reading, sentence: Sentence) -> list[tuple]:
    """(clause, match) of the first better state since the speaker's change in each clause of
    the sentence (module docstring); the match runs from the verb to the comparative. The tie
    is looked for once per sentence, so linear."""
    ws = reading.words
    # "I was calmer once I started nights": the speaker's own state
    own = lambda m, lo: _speaker_acts(ws, m, lo) or _own_thing(ws, m, lo)  # noqa: E731
    tied = _tied(lists["state_after"], lists["state_tie"], reading, sentence, own)
    if tied:
        return tied
    # after the speaker's act, only a state told as compared ("became much calmer"): "and that
    # the trucks left on time" is a duty's aim, no change
    return [(c, m) for c, m in _tied(lists["state_after"], None, reading, sentence, own,
                                     _joined_act(lists, ws, sentence))
            if any(_compared_word(ws[k].lower) for k in range(m.start, m.end))]


def _compared_word(low: str) -> bool:
    return low in ("more", "less", "fewer") or low.endswith("er") and len(low) > 4


_JOINS = frozenset("and so".split())


def _joined_act(lists: dict[str, Patterns], ws, sentence: Sentence) -> int | None:
    """The start of the first clause after one where the speaker acts (``acts_at``: "I moved
    the evening meal earlier", "I learned to run the counter") that opens on "and" or "so":
    a state told there ("..., and the evenings became much calmer") is tied to that work as
    one after "since I" is. None when there is none ("I joined in May, and the shop got
    busier": joining is no doing). Each clause's start is looked at once: linear."""
    acted = False
    for clause in sentence.clauses:
        k = clause.lo + (ws[clause.lo].lower == "," and clause.lo + 1 < clause.hi)
        if acted and ws[k].lower in _JOINS and (k + 1 >= clause.hi or ws[k + 1].lower != "that"):
            return clause.lo  # not "so that" (an aim), "and that" (what was made sure of)
        acted = acted or any(acts_at(lists, ws, sentence, i)
                             for i in range(clause.lo, min(clause.hi, clause.lo + _BACK))
                             if ws[i].lower in _SPEAKER)
    return None


_TOPIC_ENDS = frozenset("i we they he she it by so which because that but . ; :".split())
_LISTED = frozenset(", and or".split())
_NOT_GERUND = ("thing", "morning", "evening")  # "with everything, saving ..." names no topic


def result_topics(lists: dict[str, Patterns], reading: Reading,
                  sentence: Sentence) -> Spans:
    """The gerunds that name what a job was about rather than what changed: the one after a
    ``result_topic`` ("all about improving", "responsible for cutting") and those listed after
    it ("improving patient flow, reducing agency spend and ..."), up to the next subject."""
    ws = reading.words
    spans = []
    heads = [m.end - 1 for m in lists["result_topic"].find(ws, sentence.lo, sentence.hi)]
    heads += _trait_subjects(lists, reading, sentence)
    for head in heads:
        if ws[head].lower.endswith(_NOT_GERUND):
            continue
        spans.append((head, head + 1))
        i = head + 1
        while i < sentence.hi and ws[i].lower not in _TOPIC_ENDS:
            if ws[i].lower.endswith("ing") and ws[i - 1].lower in _LISTED:
                spans.append((i, i + 1))
            i += 1
    return Spans(spans)


_OPENERS = frozenset("and but so also".split())


def _trait_subjects(lists: dict[str, Patterns], reading: Reading,
                    sentence: Sentence) -> list[int]:
    """The gerunds that open a clause as the subject of a present "is" (``result_trait``):
    "Cutting running costs is one of my strengths", "Winning new accounts is what I do best",
    "Keeping guests happy has always been my focus". The act is named as what the speaker is
    like, a trait told in the present, not something that changed; "Cutting the queue was the
    hardest thing I did" tells a past act and is left to the result rules."""
    ws, trait = reading.words, lists["result_trait"]
    out = []
    for clause in sentence.clauses:
        head = clause.lo
        while head < clause.hi and ws[head].lower in _OPENERS:
            head += 1
        if head >= clause.hi or not ws[head].is_word or not ws[head].lower.endswith("ing"):
            continue
        for i in range(head + 1, clause.hi):
            if ws[i].lower in _TOPIC_ENDS:
                break
            if trait.match_at(ws, i, clause.hi) is not None:
                out.append(head)
                break
    return out


def targets_met(lists: dict[str, Patterns], reading: Reading,
                sentence: Sentence) -> list[tuple]:
    """(clause, match) of a target told and then met in its sentence: "We were aiming for 200
    new members and we signed 230" (``target_met`` after a ``target_frame`` of
    ``data/phrases.json``). The frame makes the target a wish (``scope.irrealis``); what was
    signed after it is a result, real though the wish stands before it in its clause. Not "but
    we didn't hit it" (a negation inside the match)."""
    ws = reading.words
    frame = lists["target_frame"].search(ws, sentence.lo, sentence.hi)
    if frame is None:
        return []
    out = []
    for m in lists["target_met"].find(ws, frame.end, sentence.hi):
        clause = sentence.clause_of(m.start)
        if not any(m.start <= at < m.end for at, _ in clause.negations):
            out.append((clause, m))
    return out


_AVERT_STOPS = frozenset(", ; : and but so because which when".split())
_SUBJECT_WORDS = 12  # how far back a clause's stretch before its verb is read: linear
_SPEAKER_WORDS = _SPEAKER | _OWN | frozenset(("me", "myself", "i'm"))


def averted(lists: dict[str, Patterns], reading: Reading, sentence: Sentence) -> list[tuple]:
    """(clause, match) of a bad course the organisation's work was spared, told after what it
    did instead (``averted``: "..., and the vans were gone within the hour instead of queuing
    all morning"): the words before it, back to a comma or a conjunction, have a subject that is
    not the speaker ("I took the bus instead of waiting" is the speaker's own day) and the
    speaker acts earlier in the sentence ("I wrote the bay plan, and ..."; "my risk log caught
    it, and ..."), so the change is tied to their work; what was spared is not the speaker
    ("instead of losing me"). One scan of the sentence's words, so linear."""
    ws = reading.words
    found = lists["averted"].find(ws, sentence.lo, sentence.hi)
    if not found:
        return []
    out = []
    # where the speaker is first named in the sentence: looked for once
    first = next((k for k in range(sentence.lo, sentence.hi)
                  if ws[k].lower in _SPEAKER_WORDS), sentence.hi)
    for m in found:
        lo = m.start
        while lo > max(sentence.lo, m.start - _SUBJECT_WORDS) \
                and ws[lo - 1].lower not in _AVERT_STOPS:
            lo -= 1
        stretch = [w.lower for w in ws[lo:m.start] if w.is_word]
        if len(stretch) < 2 or any(w in _SPEAKER_WORDS for w in stretch) or first >= lo:
            continue
        if m.end < sentence.hi and ws[m.end].lower in _SPEAKER_WORDS:
            continue
        clause = sentence.clause_of(m.start)
        if clause.real(m):
            out.append((clause, m))
    return out


COUNT_MOVED = "(a count of people that moved)"  # the pattern of a ``counts_moved`` match
_MORE = {"more": "count_worse_more", "fewer": "count_worse_fewer"}
# words that may stand before "more" or "fewer" in their subject: "about a third more",
# "far fewer", "20% more"
_COUNT_WORDS = frozenset("about around roughly nearly almost over a an half third quarter fifth "
                         "tenth far many lots lot loads way much % percent twice".split())
_COUNT_OPENS = frozenset(", ; : and so then now soon".split())
_VERB_REACH = 5  # "fewer of the regulars asked": the verb a few words after "fewer"


def counts_moved(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
                 grown: frozenset[int] = frozenset()) -> list[tuple]:
    """(clause, match) of a count of people told as the subject of what they did, more or
    fewer ("and about a third more pets came in for their jabs", "and fewer of them asked for
    a manager"), where the speaker acts or grows earlier in the sentence (``acts_at``, or a
    growth claim starting at one of ``grown``): "more" or "fewer" opens its clause's stretch
    (past a quantity), a verb in the past follows within a few words, and the change is a gain
    (not more of what is worse when more do it, ``count_worse_more``: "more customers
    complained"; nor fewer of what is worse when fewer do it, ``count_worse_fewer``: "fewer
    members renewed"). Not "I served more customers" ("more" after a verb), "more and more".
    One pass over the sentence: linear."""
    ws = reading.words
    out, acted = [], None
    for i in range(sentence.lo, sentence.hi):
        worse = _MORE.get(ws[i].lower)
        if worse is None or i + 1 >= sentence.hi or ws[i + 1].lower in ("than", "and", "or"):
            continue
        j = i - 1
        while j > sentence.lo and i - j <= 4 and (ws[j].lower in _COUNT_WORDS
                                                   or ws[j].lower[:1].isdigit()):
            j -= 1
        if j < sentence.lo or ws[j].lower not in _COUNT_OPENS:
            continue
        verb = next((k for k in range(i + 1, min(sentence.hi, i + _VERB_REACH))
                     if past_word(ws[k].lower) and ws[k].lower not in _BE), None)
        if verb is None or lists[worse].match_at(ws, verb, sentence.hi) is not None:
            continue
        if acted is None:
            acted = next((k for k in range(sentence.lo, sentence.hi) if k in grown or (
                ws[k].lower in _SPEAKER and acts_at(lists, ws, sentence, k))), sentence.hi)
        m = Match(j + 1, verb + 1, COUNT_MOVED)
        clause = sentence.clause_of(i)
        if acted < j and clause.real(m):
            out.append((clause, m))
    return out


_GATHER_REACH = 6  # "ended up with a few hundred regular customers": the people a few words on


def gathered(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
             previous: Sentence | None = None) -> list[tuple]:
    """(clause, match) of people the speaker's new work drew in, or of what it earned, the
    match from its verb to the count: a verb of gathering (``gathered``: "ended up with",
    "attracted") before the people counted (``gathered_people``, with their number): "The
    veg-box scheme I set up ended up with a few hundred regular customers", "My coding club
    attracted forty children"; or a verb of selling, reaching or being seen (``earned``: "sold",
    "passed", "was watched") before a count of what the work earned (``earned_count``): "the
    guide I wrote sold 3,000 copies", "my video was watched 20,000 times". Its subject, the
    words before the verb back to a stop, is the speaker's work: what they made ("the scheme I
    set up"), "my"/"our" before no person, post or team (``not_work``: "my manager attracted",
    "our team gained two members"), or a thing the speaker's clause named, named again ("I
    wrote a guide for new staff. The guide sold ...", ``previous``: the sentence before). Not
    "I answered 50 calls", "the club I ran reached 200 members" (a post held, its size). Each
    verb's window is bounded: linear."""
    out = []
    for clause in sentence.clauses:
        for verbs, counts in (("gathered", "gathered_people"), ("earned", "earned_count"),
                              ("earned", "gathered_people")):
            m = _told_work(lists, reading, sentence, previous, clause, verbs, counts)
            if m is not None:
                out.append((clause, m))
                break
    return out


def _told_work(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
               previous: Sentence | None, clause, verbs: str, counts: str) -> Match | None:
    """The first ``verbs`` match in the clause with a ``counts`` match within
    ``_GATHER_REACH`` words after it and the speaker's work as its subject (``gathered``), from
    the verb to the count; None when there is none."""
    ws = reading.words
    for m in lists[verbs].find(ws, clause.lo, clause.hi):
        hi = min(clause.hi, m.end + _GATHER_REACH)
        people = next((p for p in (lists[counts].match_at(ws, k, hi)
                                   for k in range(m.end, hi)) if p is not None), None)
        if people is None:
            continue
        lo = m.start
        while lo > max(clause.lo, m.start - _SUBJECT_WORDS) and ws[lo - 1].lower not in _STOPS:
            lo -= 1
        if any(w.lower.endswith(_POSSESSIVE) for w in ws[lo:m.start]) \
                or _person_before(ws, lo, m.start):
            continue  # "my manager's book sold ...", "my first round - I got lost four times"
        if (_made_by_speaker(lists, ws, lo, m.start, _POST_HELD)
                or _owned(lists, ws, lo, m.start, False)
                or verbs == "earned" and _named_work(lists, ws, sentence, previous, lo, m.start)) \
                and clause.real(m):
            return Match(m.start, people.end, m.pattern)
    return None


_POSSESSIVE = ("'s", "\u2019s")
_PEOPLE = frozenset("i we you he she they i'd we'd they'd".split())


def _person_before(ws, lo: int, hi: int) -> bool:
    """True when a person is the subject right before the verb at ``hi``, past its helping
    verbs and adverbs ("By the end I was getting through three times as many", "we got 40
    a day"): their own doing or rate, not what a piece of work earned."""
    i = hi - 1
    while i > lo and (ws[i].lower in _BE or ws[i].lower in _BETWEEN):
        i -= 1
    return i >= lo and ws[i].lower in _PEOPLE


def _named_work(lists: dict[str, Patterns], ws, sentence: Sentence, previous: Sentence | None,
                lo: int, hi: int) -> bool:
    """True when words ``lo`` to ``hi`` (a subject) name again a thing the speaker's own clause
    named after their verb, in this sentence or the one before, the speaker being its last
    maker ("I wrote a guide for new staff. The guide sold ..."; not "I liked the book. The book
    sold ...", ``_made_last``)."""
    # back at most as far as a pronoun may point: a long run-on is not read once per match
    start = max(previous.lo if previous else sentence.lo, lo - _MADE_WORDS)
    return lo < hi and ws[lo].lower not in _SPEAKER and _made_last(lists, ws, start, lo) \
        and _named_again(ws, lo, hi, _made_nouns(ws, start, lo), False)


def _made_by_speaker(lists: dict[str, Patterns], ws, lo: int, hi: int,
                     also_not: frozenset[str] = frozenset()) -> bool:
    """True when words ``lo`` to ``hi`` (a subject) name what the speaker made, told in a
    relative clause ("the scheme I set up", "the app we built") whose verb is a making, not
    joining, taking part, liking or being given (``not_action``, ``not_made``, ``_NOT_MADE``:
    "the team I joined", "the course I took"), nor one of ``also_not``."""
    if ws[hi - 1].lower in _SPEAKER or any(ws[i].lower in _OWN for i in range(lo, hi)) \
            or not _speakers_work(ws, lo, hi):
        return False
    k = next((i for i in range(lo, hi) if ws[i].lower in _SPEAKER), hi)
    return k + 1 < hi and ws[k + 1].lower not in _NOT_MADE and ws[k + 1].lower not in also_not \
        and lists["not_action"].match_at(ws, k + 1, hi) is None \
        and lists["not_made"].match_at(ws, k + 1, hi) is None


_ROUGHLY = frozenset("over about around nearly almost roughly some well more than".split())
_WE = frozenset("we we'd we've".split())
_OWNER_WORDS = 3  # how far before the verb "our" or "my" may stand in its subject: "our new club"


def reached(lists: dict[str, Patterns], reading: Reading, sentence: Sentence) -> list[tuple]:
    """(clause, match) of a count of people the speaker's group had reached by a point in time,
    the match from the verb to the count: "By the end of the year we had 120 regular
    volunteers", "Within a year our club had sixty children coming every week". The clause says
    when the count was reached (``reached_by``: "by the end", "within a year", "by the time I
    left"); its verb of having (``reached_have``) has "we" (or "our"/"my" before no person,
    ``not_work``) as its subject and, right after it (past "over", "about"), the people counted
    (``gathered_people``). Not "When I joined we had 12 volunteers" (a start, not a point
    reached), "we had lost 40 members" (a loss), "I had 30 clients" (the speaker's own). One
    look at each verb: linear."""
    ws = reading.words
    for clause in sentence.clauses:
        by = None
        for m in lists["reached_have"].find(ws, clause.lo, clause.hi):
            k = m.end
            while k < clause.hi and ws[k].lower in _ROUGHLY:
                k += 1
            people = lists["gathered_people"].match_at(ws, k, clause.hi)
            if people is None or people.end - k > _GATHER_REACH:
                continue
            i = m.start - 1
            while i > clause.lo and ws[i].lower in _BETWEEN:
                i -= 1
            lo = i
            while lo > max(clause.lo, i - _OWNER_WORDS) and ws[lo - 1].lower not in _STOPS:
                lo -= 1
            # "our club had", not "by my second year I had" (the speaker's own book)
            if not (ws[i].lower in _WE or ws[i].lower not in _PEOPLE
                    and _owned(lists, ws, lo, i + 1, False)) \
                    or any(w.lower.endswith(_POSSESSIVE) for w in ws[lo:m.start]):
                continue
            if by is None:
                by = lists["reached_by"].search(ws, clause.lo, clause.hi) is not None
            if by and clause.real(m):
                return [(clause, Match(m.start, people.end, m.pattern))]
    return []


_FUSED = frozenset("it's they're that's".split())
_OWN_PLACE = frozenset("my me myself".split())


def lasted(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
           previous: Sentence | None = None) -> list[tuple]:
    """(clause, match) of the speaker's work still standing where the organisation put it, the
    match the verb and "still" (``lasted``): "The mural I painted is still on the library
    wall", "My fire-drill checklist is still up in every kitchen", "I wrote a welcome pack and
    it's still part of the staff handbook". Its subject, back to a stop, is what the speaker
    made ("the X I made", ``_made_by_speaker``), "my"/"our" before no person nor the speaker's
    own life (``not_work``), or "it"/"they" for the work the speaker made last
    (``_made_last``). Not "I am still on the rota", "my manager is still there", "still in my
    bag", "my boss made a sign and it's still up". One look back per match: linear."""
    ws = reading.words
    out = []
    for clause in sentence.clauses:
        for m in lists["lasted"].find(ws, clause.lo, clause.hi):
            if any(ws[k].lower in _OWN_PLACE for k in range(m.end, min(clause.hi, m.end + 3))):
                continue  # "still in my bag": a place of the speaker's own
            start = previous.lo if previous else sentence.lo
            if ws[m.start].lower in _FUSED:
                lo = m.start
                pointed = _made_last(lists, ws, start, m.start)
            else:
                lo = m.start
                while lo > max(clause.lo, m.start - _SUBJECT_WORDS) \
                        and ws[lo - 1].lower not in _STOPS:
                    lo -= 1
                first = ws[lo].lower if lo < m.start else ""
                pointed = first in _BACK_POINTERS and m.start - lo == 1 \
                    and _made_last(lists, ws, start, lo)
            if lo < m.start and _person_before(ws, lo, m.start) or not (
                    pointed or lo < m.start and (_made_by_speaker(lists, ws, lo, m.start)
                                                 or _owned(lists, ws, lo, m.start, False))):
                continue
            if clause.real(m):
                out.append((clause, m))
                break
    return out


# a post held, not a thing made: "the club I ran reached 200 members" tells its size
_POST_HELD = frozenset("ran run managed manage led lead supervised supervise oversaw oversee "
                       "staffed covered looked".split())
# a duty done on others' work: "nine of the ten loans I processed were approved"
_DUTY_DONE = frozenset("processed process handled handle checked check entered logged filed "
                       "answered typed sorted reviewed marked booked scanned stamped".split())
_NOT_MADE = frozenset("took take taken attended attend followed follow did do done used use "
                      "visited visit chose choose chosen applied apply sat sit filled fill".split())


def work_passed(lists: dict[str, Patterns], reading: Reading, sentence: Sentence) -> list[tuple]:
    """(clause, match) of how many pieces of the speaker's work passed: a share or a count of
    what they made ("eight of the nine I wrote", "all the bids we sent", ``_made_by_speaker``)
    as the subject of a verb of passing (``work_passed``: "were approved", "got funded"). Not
    what the speaker applied for or sat ("two of the jobs I applied for were ..."), nor "the
    plans were approved" with no work of theirs. The share opens on ``work_share`` (a number,
    "all", "most"). Each verb's subject is read back to a stop: linear."""
    ws = reading.words
    out = []
    for clause in sentence.clauses:
        for m in lists["work_passed"].find(ws, clause.lo, clause.hi):
            lo = m.start
            while lo > max(clause.lo, m.start - _SUBJECT_WORDS) \
                    and ws[lo - 1].lower not in _STOPS:
                lo -= 1
            if lists["work_share"].match_at(ws, lo, m.start) is not None \
                    and _made_by_speaker(lists, ws, lo, m.start, _DUTY_DONE) and clause.real(m):
                out.append((clause, Match(lo, m.end, m.pattern)))
                break
    return out
