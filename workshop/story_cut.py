"""A story told short the way a coach shortens it: in the participant's own sentences, the one
that sets the scene, the turn (what the speaker did) and the payoff (how it ended, what it
showed them); the middle detail gives way first, the end never.

Blind hiring managers (r31) marked down, first of all, a reason told as a story of several
sentences ("The night the sailing got caught beam-on ... The bosun was below with a cut hand
... and we got every passenger off dry.") said by its first sentences only: a scene with no
point. A story is told here by whole sentences only (a run-on "..., and then I ..." is read as
the sentences it runs together), never spliced; a last sentence that is an aside ("Anyway.",
"Good times.": ``story_asides`` in ``data/personal_value.json``) is no payoff; and where even
the scene, the turn and the payoff do not fit, the payoff is said alone where it makes sense
alone (no "she", "them" before whom it means), else with the sentence that names them.
"""

from __future__ import annotations

import re

from .reason_grammar import dangling
from .reason_short import says_value, sets_scene, they_first, value_data
from .spoken import strip_end
from .wording import content_stems

__all__ = ["aside", "ends_on_result", "is_story", "leans", "names_someone", "payoff_at",
           "points_back", "refers_to", "story_sentences",
           "told_short", "turn_at", "unleaned", "unnamed"]

# A run-on sentence's "and then" before a clause of its own ("..., and then I grabbed the kit
# and then we ..."): each clause is a sentence of the story.
_AND_THEN = re.compile(r",?\s+and\s+then,?\s+(?=(?:I|we|he|she|they|it|the|my|our|his|her|"
                       r"their|everyone|everybody|nobody|no one|all|every|(?:by|after|within|"
                       r"at)\s+(?:the\s+)?(?:evening|morning|night|end|midnight|noon|lunch|"
                       r"time|\d))\b)", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[\w)%'’\"])[.!?]+\s+(?=\S)")
# An event in the past ("we got every passenger off", "a learner had failed"), never a state
# ("I was trusted with the keys": a past participle after "was" is no event).
_PAST = re.compile(r"\b(?<!was )(?<!were )(?:did|got|went|came|took|ran|told|said|asked|made|"
                   r"\w{3,}ed)\b|\b(?:was|were)\s+(?:handed|given|asked|told|sent|called|put|"
                   r"thrown|moved|left|paired)\b", re.IGNORECASE)
_I_DID = re.compile(r"\bI\s+(?!(?:was|am|felt|feel|think|"
                    r"thought|guess|mean)\b)(?:\w+\s+){0,2}?\w+", re.IGNORECASE)
_WE_DID = re.compile(r"\bwe\s+(?!(?:were|are|felt|had\s+no)\b)\w+", re.IGNORECASE)
# A sentence that opens on a pointer to the one before it ("This made me proud.", "That was
# when ...", "So I ..."): said alone it points at nothing.
_POINTS_BACK = re.compile(r"^(?:this|that|it|which|so|after that|because of that)\b"
                          r"(?!\s+(?:was|is)\s+(?:the|a|one|my|our)\s)", re.IGNORECASE)
# A sentence that opens on a time or a sequence it counts from the sentence before it ("Since
# then ...", "Three weeks later ...", "That's when ...", "Instead ...", "The next morning
# ..."), or on a moment that is the story's ("It was the moment I realised ...", "That's how I
# got ..."): said without the sentence it leans on, it dangles (blind raters, r25).
_NUMBER_WORDS = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|"
                 r"a couple of|several|some|\d+)")
_LEANS = re.compile(
    r"^(?:since then|ever since|after that|after this|afterwards|from then on|from that day|"
    r"by then|until then|before that|that's when|that is when|that was when|this was when|"
    r"this is when|instead(?! of\b)|later(?! in\b)|soon after|shortly after|not long after|"
    r"the (?:next|following) (?:day|morning|evening|night|week|month|year|shift|term)|"
    r"" + _NUMBER_WORDS + r" (?:minutes?|hours?|days?|nights?|weeks?|months?|years?|terms?|"
    r"shifts?) (?:later|after(?:wards)?|on)|"
    r"(?:that|this) (?:is|was|'s)? ?(?:how|why)|that's (?:how|why)|"
    r"(?:it|that|this) (?:was|is) (?:the|that) (?:moment|point|turning point|day|night|week|"
    r"instant)|(?:it|that|this)'s (?:the|that) (?:moment|point|turning point)|the moment)\b",
    re.IGNORECASE)


def points_back(sentence: str) -> bool:
    """True for a sentence that speaks of someone it does not name or opens on a pointer to
    the sentence before it: said alone, it points at nothing."""
    return dangling(sentence) or unnamed(sentence) or bool(_POINTS_BACK.match(sentence)) or \
        leans(sentence)


def _points_at(sentence: str) -> bool:
    """True for a sentence that speaks of someone it does not name or opens on "this",
    "that", "so" (the sentence that names what it means is brought with it)."""
    return dangling(sentence) or unnamed(sentence) or bool(_POINTS_BACK.match(sentence))


_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|they|them|their|they'd|they're|he'd|she'd)\b",
                      re.IGNORECASE)
_NAME = re.compile(r"(?<=\S\s)(?!I\b|I'|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                   r"Sunday|January|February|March|April|May|June|July|August|September|"
                   r"October|November|December|English)\b)[A-Z][a-z]+")


def _people() -> re.Pattern:
    listed = value_data()["story_people"]
    words = set(listed) | set(value_data()["people_nouns"]) | {w + "s" for w in listed}
    words |= {"people", "children", "men", "women", "staff", "folk"}
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


def names_someone(text: str) -> bool:
    """True for words that name a person or people a later "she", "them" can mean: a
    person's noun (``story_people``, ``people_nouns``: "a parent", "the new starters") or a
    name (a capital word not first: "Sister Okafor", "Maria")."""
    return bool(_people().search(text) or _NAME.search(" " + text.strip()))


def unnamed(sentence: str) -> bool:
    """True for a sentence that speaks of someone ("she", "them") before it names anyone:
    said without the sentence that names them, it points at nobody ("Three weeks later she
    put the checklist on the wall.")."""
    m = _PRONOUN.search(sentence)
    if not m or names_someone(sentence[:m.start()]):
        return False
    # "they", "them" may mean things the sentence names first ("found the old tapes ...,
    # drove them to ..."): only where no plural comes before them (``they_first``)
    return m.group(0).lower() not in _THEY or they_first(sentence)


_THEY = frozenset(("they", "them", "their", "they'd", "they're"))
# "the checklist", "that boy": a thing or a person the story named before
_DEFINITE = re.compile(r"\b(the|that|those|these|this)\s+([a-z][a-z-]{3,})\b", re.IGNORECASE)


_TIMES = frozenset("time times moment night nights morning evening afternoon week weeks month "
                   "months year years shift shifts term season summer winter spring autumn "
                   "weekend first last same next other only whole rest".split())


# A doing whose object is a bare "it" ("I rebuilt it", "we fixed it over a weekend"): the
# thing is in the sentence before
_IT_DONE = re.compile(r"^(?:I|we)\s+(?:\w+\s+)?(?!(?:love|loved|like|liked|hate|hated|enjoy|"
                      r"enjoyed|made|make|think|thought)\b)\w+\s+it\b(?!\s*(?:was|is|'s)\b)",
                      re.IGNORECASE)


def refers_to(sentences: list[str], n: int, strong: bool = False) -> set[int]:
    """The sentences before ``n`` that first name a thing or a person sentence ``n`` speaks
    of as known ("the checklist", "that boy": a noun after "the"/"that" that an earlier
    sentence names and none before that; ``strong``: after "that", "those", "these" only):
    said without them, the reference points at a story not told."""
    out = set()
    if n and not strong and _IT_DONE.search(sentences[n]):
        out.add(n - 1)  # "I rebuilt it with them.": what "it" is, the sentence before says
    for m in _DEFINITE.finditer(sentences[n]):
        if strong and m.group(1).lower() in ("the", "this"):
            continue
        noun = m.group(2).lower()
        if noun in _TIMES:  # "that night showed me ...": the time of what it tells itself
            continue
        said = [k for k in range(n) if re.search(rf"\b{re.escape(noun)}s?\b", sentences[k],
                                                  re.IGNORECASE)]
        if said:
            out.add(said[0])
    return out


def leans(sentence: str) -> bool:
    """True for a sentence that opens on a time or a sequence counted from the sentence
    before it ("Since then", "Three weeks later", "That's when", "After that", "Instead") or
    on the story's moment ("It was the moment I realised ...", "That's how I got ..."):
    said without the sentence before it, it points at nothing."""
    return bool(_LEANS.match(sentence.strip().lstrip("\"'(")))


def story_sentences(parts: list[str] | str) -> list[str]:
    """The story's sentences as typed: each run-on "..., and then <clause>" read as the
    sentences it runs together, and the asides at its end left out (``aside``)."""
    text = " ".join(parts) if isinstance(parts, list) else parts
    out: list[str] = []
    for part in _SENTENCE.split(" ".join(str(text or "").split()).strip()):
        for said in _run_on(strip_end(part)):
            pieces = [q.strip(" ,;") for q in _AND_THEN.split(said)]
            # a clause the run-on joined with "and then" keeps its "Then": a sentence of the
            # story with its link, never a list of bare "I ..." sentences
            out += [("Then " if n else "") + p if n else p[:1].upper() + p[1:]
                    for n, p in enumerate(pieces) if p]
    while out and aside(out[-1]):
        out.pop()
    return out


# Where a run-on or a chain of comma splices joins sentences a person says apart: a semicolon,
# or a comma before a clause of its own (a subject, or a lead that counts on from the clause
# before it: "..., instead I sat down ...", "..., by the end of that year attendance ..."); in
# a long one (``_LONG_RUN`` words) also ", and"/", so"/", but" before the speaker or "we".
_SPLICE = re.compile(
    r"\s*;\s+|,\s+(?=(?:I|we|he|she|they|the|my|our|his|her|their|it|there|everyone|"
    r"nobody|instead|then|so I|so we|since then|after that|after (?:some|a few|a couple of|"
    r"\w+) (?:days|weeks|months|years)|"
    r"by the end|in the end|by then|from then on|that's when|the next (?:day|morning|week)|"
    + _NUMBER_WORDS + r" (?:days?|weeks?|months?|years?) later|"
    r"by the end of (?:the|that) (?:week|month|term|year))\b)")
_AND_CLAUSE = re.compile(r",\s+(?:and|so|but)\s+(?=(?:I|we)\s+[a-z])")
_LONG_RUN = 28
# A clause that opens on a subordinator is no sentence alone ("When I got there, I ...").
_SUBORDINATE = re.compile(r"^(?:when|whenever|if|because|as|while|"
                          r"although|though|once|until|by the time|even though|so that|"
                          r"which|who|where)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b\w+\s+(?:\w+\s+)?(?:was|were|is|are|had|has|have|did|got|went|came|"
                     r"took|made|said|told|ran|\w{3,}ed)\b|\b(?:I|we|he|she|they)\s+\w+",
                     re.IGNORECASE)


def _run_on(sentence: str) -> list[str]:
    """A sentence typed as a run-on or a chain of comma splices ("I was handed eighteen names,
    the easy answer was letters home, instead I sat down with the department, by the end of
    that year attendance had gone from 84% to 91%") as the sentences a person says: split
    where what comes before and after are each a clause of their own (a subject and a verb,
    four words or more, not opening on a subordinator); a sentence of ``_LONG_RUN`` words or
    fewer split at a comma splice only, never at "and"."""
    if len(sentence.split()) <= 16:
        return [sentence]
    marks = list(_SPLICE.finditer(sentence))
    if len(sentence.split()) > _LONG_RUN:
        marks += list(_AND_CLAUSE.finditer(sentence))
    out, start = [], 0
    for m in sorted(marks, key=lambda m: m.start()):
        head, rest = sentence[start:m.start()], sentence[m.end():]
        if _clause(head) and _clause(_next_clause(rest)):
            out.append(head)
            start = m.end()
    out.append(sentence[start:])
    return [p[:1].upper() + p[1:] for p in (q.strip(" ,;") for q in out) if p]


def _next_clause(rest: str) -> str:
    m = _SPLICE.search(rest)
    return rest[:m.start()] if m else rest


def _clause(text: str) -> bool:
    """True for a clause a person says as a sentence: four words or more, a subject and a
    verb, not opening on a subordinator."""
    text = text.strip(" ,;")
    return len(text.split()) >= 4 and not _SUBORDINATE.match(text) and \
        bool(_FINITE.search(text) or _SUBJECT.match(text))


# A clause that opens on its subject ("My manager give me ...", "the customers ask ..."): a
# verb the past forms do not show is still a clause's.
_SUBJECT = re.compile(r"^(?:my|our|his|her|their|the|this|that)\s+\w+\s+(?!of\b|and\b|or\b|"
                      r"in\b|at\b|on\b|with\b|for\b|to\b)\w+", re.IGNORECASE)


def _asides() -> re.Pattern:
    words = sorted(value_data()["story_asides"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def aside(sentence: str) -> bool:
    """True for a sentence that only comments on the story ("Anyway.", "Good times.", "Those
    were the days, haha."): nothing left once its aside words (``story_asides``) are out."""
    return not re.search(r"[A-Za-z0-9]", _asides().sub(" ", sentence))


def is_story(sentences: list[str]) -> bool:
    """True for a text told as a story: two sentences or more whose first sets a scene (a
    time before its clause: "The night the ...", "During covid ...", ``sets_scene``), or three
    or more whose first tells an event or a state in the past."""
    if len(sentences) < 2:
        return False
    return sets_scene(sentences[0]) or len(sentences) >= 3 and bool(_PAST.search(sentences[0]))


def _ends() -> re.Pattern:
    words = sorted(value_data()["story_payoffs"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _outcome(sentence: str) -> bool:
    """True for a sentence that says how a story ended or what it was worth: an end
    (``story_payoffs``: "never been prouder", "in the end", "passed", "made it") or its own
    value ("... is the thing I'm proudest of": ``reason_short.says_value``); a feeling alone
    ("I was terrified", "the first time") is a scene's as often as an end's."""
    return says_value(sentence) or bool(_ends().search(sentence))


def payoff_at(sentences: list[str]) -> int:
    """Where the story's payoff is: its last sentence (its asides already left out), unless
    the story is told outcome first: a first sentence that says how it ended or what it meant
    (``_outcome``) before a last one that says neither."""
    last = len(sentences) - 1
    # a first sentence that names the moment and tells it ("The best moment was when our
    # biggest client threatened to leave ...") sets the scene: its end is still the last
    if last > 0 and _outcome(sentences[0]) and not _outcome(sentences[last]) and \
            not sets_scene(sentences[0]):
        return 0
    return last


def turn_at(sentences: list[str], payoff: int) -> int | None:
    """Where the turn is: what the speaker did ("I took the wheel"), the one nearest the
    payoff, else what "we" did; None when no sentence but the scene and the payoff tells it."""
    inner = [n for n in range(1, len(sentences)) if n != payoff]
    if payoff == 0:
        inner.reverse()  # outcome first: the speaker's doing nearest the start
    # a sentence that leans on the one before it with more than an order ("Since then I
    # ...", "That's when I ...") is an epilogue or a reflection, never the turn
    inner = [n for n in inner if not leans(sentences[n]) or unleaned(sentences[n])]
    for rx in (_I_DID, _WE_DID):
        found = [n for n in inner if rx.search(sentences[n])]
        if found:
            return found[-1]
    return None


def _words(sentences: list[str], kept: list[int]) -> int:
    return sum(len(sentences[n].split()) for n in kept)


def _starts_clear(sentences: list[str], kept: list[int], strict: bool = True) -> bool:
    """True when the first kept sentence speaks of no one it does not name ("She passed.")
    and no kept sentence leans on one left out ("Three weeks later ..." after a sentence
    not said: ``leans``)."""
    if points_back(sentences[kept[0]]) and kept[0] != 0:
        return False
    if any(unnamed(sentences[n]) and n and not any(names_someone(sentences[k])
                                                   for k in kept if k < n) for n in kept):
        return False  # "She ended up ..." after no sentence that names her
    if any(not refers_to(sentences, n, not strict) <= set(kept) for n in kept):
        return False  # "She put the checklist up" after no sentence that names a checklist
    return all(n == 0 or n - 1 in kept or not leans(sentences[n]) for n in kept)


# The leads that only order a story's events ("Instead", "Three weeks later", "After that"):
# where the sentence they count from is not said, the sentence is said without them.
_ORDER_LEAD = re.compile(
    r"^(?:then|instead|after that|afterwards|later|soon after|shortly after|not long after|"
    r"the (?:next|following) (?:day|morning|evening|night|week|month|year|shift|term)|"
    + _NUMBER_WORDS + r" (?:minutes?|hours?|days?|nights?|weeks?|months?|years?|terms?|"
    r"shifts?) (?:later|after(?:wards)?|on))\b,?\s+(?=(?:I|we|he|she|they|my|our|the|his|her|"
    r"their|every|everyone|all|nobody|no one|(?-i:[A-Z][a-z]+))\b)", re.IGNORECASE)


def unleaned(sentence: str) -> str:
    """A sentence that opens on a lead that only orders the story's events ("Instead I sat
    down with the department ...", "Three weeks later she passed.") without it, where what
    is left is a clause of its own ("I sat down ...", "She passed."); "" for any other
    leaning sentence ("Since then ...", "That's when ...", "It was the moment ...": their
    lead is what they say) and for one that does not lean."""
    m = _ORDER_LEAD.match(sentence.strip())
    if not m:
        return ""
    rest = sentence.strip()[m.end():]
    return rest[:1].upper() + rest[1:]


def told_short(sentences: list[str], most: int) -> str:
    """The story in at most ``most`` words as a coach would tell it: whole where it fits, else
    the scene, the turn and the payoff, else the turn and the payoff, else the scene and the
    payoff, else the payoff alone where it makes sense alone; a kept sentence whose "she",
    "them" would point at nothing brings the sentence before it that names them, and one that
    leans on the sentence before it ("Three weeks later", "Since then", "That's when") brings
    that sentence, or, where it only orders events ("Instead", "Three weeks later"), is said
    without that lead; never bare. "" where nothing ending on the payoff fits."""
    if not sentences:
        return ""
    everything = list(range(len(sentences)))
    payoff = payoff_at(sentences)
    turn = turn_at(sentences, payoff)
    tries = [everything]
    for kept in ([0, turn, payoff], [turn, payoff], [0, payoff], [payoff]):
        tries.append(sorted({n for n in kept if n is not None}))
    # each first with every thing it speaks of as known named before it ("the checklist"),
    # then with those a pointer names ("that boy") only: the turn is kept before a
    # reference to a detail it shares with the scene
    for kept, strict in ((k, st) for k in tries for st in (True, False)):
        named = _named(sentences, kept)
        for said in ((named, sentences), _unleaned(sentences, named),
                     _named(sentences, kept, True)):
            if said is None:
                continue
            idx, typed = said
            if _words(typed, idx) <= most and _starts_clear(typed, idx, strict):
                told = " ".join(strip_end(typed[n]) + "." for n in idx)
                return told[5].upper() + told[6:] if told.startswith("Then ") else told
    return ""


def _unleaned(sentences: list[str], kept: list[int]) -> tuple[list[int], list[str]] | None:
    """``kept`` with each kept sentence that leans on one not kept said without its ordering
    lead (``unleaned``); None where one such sentence has no lead it can go without."""
    typed = list(sentences)
    for n in kept:
        if n and n - 1 not in kept and leans(typed[n]):
            bare = unleaned(typed[n])
            if not bare or leans(bare):
                return None
            typed[n] = bare
    return kept, typed


def _leans_on(sentences: list[str], n: int, out: set[int], lean: bool) -> set[int]:
    """The sentences before ``n``, not in ``out``, that sentence ``n`` needs said before it
    (see ``_named``)."""
    if n == 0:
        return set()
    if lean and n - 1 not in out and leans(sentences[n]):
        return {n - 1}
    needs = refers_to(sentences, n) - out if lean else set()
    if not _points_at(sentences[n]):
        return needs
    if unnamed(sentences[n]) or dangling(sentences[n]):
        # back to the sentence that names them, unless one kept between says it first
        who = unnamed(sentences[n])
        for m in range(n - 1, -1, -1):
            if m in out:
                break
            if names_someone(sentences[m]) if who else not dangling(sentences[m]):
                return needs | {m}
        return needs
    return needs | ({n - 1} - out)  # "This made me proud.": the sentence before it


def _named(sentences: list[str], kept: list[int], lean: bool = False):
    """``kept`` with, for a kept sentence that speaks of someone it does not name ("She
    passed."), the nearest sentence before it that names them (one that does not speak of
    them first itself), unless one between them is kept already; with ``lean``, also the
    sentence before each one that leans on it (``leans``: "Three weeks later ...") and the
    one that first names a thing it speaks of as known (``refers_to``), and returned as
    (kept, sentences), else as the kept list."""
    out = set(kept)
    todo = sorted(kept)
    while todo:
        n = todo.pop(0)
        for m in _leans_on(sentences, n, out, lean):
            out.add(m)
            todo.append(m)
    return (sorted(out), sentences) if lean else sorted(out)


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def ends_on_result(payoff: str, results: tuple[str, ...] | list[str]) -> bool:
    """True when a story's payoff is one of the role's results said as its end ("By the end
    of that year attendance had gone from 84% to 91%." beside the result "attendance went
    from 84% to 91%"): every figure of the result (one or more, besides 0 and 1) in the
    payoff, or, for a result without figures, three in five of its meaningful words."""
    said = {f.replace(",", "") for f in _FIGURE.findall(payoff)}
    stems = content_stems(payoff)
    for result in results:
        figures = {f.replace(",", "") for f in _FIGURE.findall(result or "")} - {"0", "1"}
        if figures and figures <= said:
            return True
        own = content_stems(result or "")
        if not figures and len(own) >= 2 and len(own & stems) >= 0.6 * len(own):
            return True
    return False
