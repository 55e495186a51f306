"""Goals backed by meaning in other words, the direction a goal asks for, and job titles told
in lowercase: ``data/goal_meanings.json`` read strictly (a key misspelt or of the wrong type
is said naming the file and the key), for ``workshop/check_goals.py``.

- *Families*: a small, curated relation between a goal and what a speaker says instead
  ("reduce customer churn" is backed by "fewer clients left us that year"; "improve safety
  culture" by "near-miss reports doubled"). A family backs a goal only in a result's clause
  that holds every word of one of its ``said`` groups and a change word of the family's
  direction: "more clients left" backs no churn goal.
- *Direction*: a goal's verb asks its object to move one way ("reduce" down, "grow" up); a
  result's sentence that tells a move only the other way ("sales fell", "sick days rose")
  backs no goal that asks for more sales or less absence; nor does one that says a family's
  thing moving the other way ("more clients left us" for "improve client retention").
- *Role nouns*: where a lowercase job title after "as a" ends ("as a transport planner").
- *People*: a goal's act done to people backs a goal about people ("train new staff" by
  "trained the new bartenders"), the act alone does not ("train my eye"); another act that
  brings people on (``people_acts``) backs it done to the organisation's own people ("mentor
  junior staff" by "These days I teach our apprentices", not by "I teach our pupils").
- *Scope*: the words after a goal's scope word say where or whose ("in order processing",
  "from existing accounts", "across the branches"; not "at", which may be the goal itself:
  "resolve enquiries at first point of contact"); a claim that names only them ("I packed
  forty orders an hour" for "reduce errors in order processing") backs no goal.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from .phrases import Patterns
from .resources import data_file, read_checked_json

__all__ = ["MEANINGS_FILE", "Family", "Meanings", "meanings"]

MEANINGS_FILE = "goal_meanings.json"
_DIRECTIONS = ("down", "up")
_KEYS = ("about", "directions", "change_words", "families", "role_nouns", "people", "scope_words",
         "wish_words", "categories", "topic_words", "open_heads", "not_acts", "describers",
         "kind_heads", "people_acts", "settings", "risk_heads")
# a facilitator's older copy may lack them
_OPTIONAL = frozenset({"about", "categories", "topic_words", "open_heads", "not_acts",
                       "describers", "kind_heads", "people_acts", "settings", "risk_heads"})
_TOPIC_KINDS = ("problem", "duty", "effort")
_STANCE = "stance"  # optional: a belief, a value or a trait the speaker says they hold
_SETTING_OPENERS = frozenset("on onto at in behind".split())
_SETTING_STOPS = frozenset("and or but so because which who when where i we".split())
_FAMILY_KEYS = ("goal", "said", "direction")


@dataclass(frozen=True)
class Family:
    """One relation of meaning.

    Attributes:
        name: the family's key in the file ("churn").
        goal: groups of words; a goal holding every word of one group is in the family.
        said: groups of alternatives; a clause holding one alternative of every part of one
            group says the family's thing ("clients" and "left").
        direction: "down" or "up", the way what is said moves when the goal is met.
    """

    name: str
    goal: tuple[frozenset, ...]
    said: tuple[tuple[frozenset, ...], ...]
    direction: str


@dataclass(frozen=True)
class Meanings:
    """``data/goal_meanings.json``, with every word as it is written (lowercase) and as its base.

    Attributes:
        directions: a goal verb's forms -> "down" or "up".
        change: a change word's forms -> "down" or "up".
        families: the relations, in the file's order.
        role_suffixes: endings of a role noun ("er", "ist").
        role_words: role nouns that end otherwise ("nurse", "clerk").
        people: words for the people a goal's act is done to ("staff", "others").
        scope: prepositions that open a goal's scope ("in", "from", "across"): the words after
            one say where or whose, not what the goal is ("order processing" in "reduce
            errors in order processing").
        wish_always: a wish, a plan or the ad recited as written, one word or two ("want",
            "i'd love"): from it to its clause's end no word is evidence ("..., and I'd love
            to build dashboards next").
        wish_marked: words that are a wish only where the reading marks one ("would",
            "will"), with the same effect.
        describers: words before a goal's head that only describe it ("new", "biggest"), not
            say which kind it is ("business" in "business accounts"; ``goal_qualifiers``).
        kind_heads: nouns whose qualifier picks which kind a goal means ("accounts",
            "audits"): told with another qualifier, they back no goal (``goal_qualifiers``).
        people_acts: the acts that bring people on ("mentor", "coach", "train", "teach"):
            one of them done to the organisation's own people (``people``) backs a goal that
            asks for another ("mentor junior staff" by "I now teach our apprentices").
        settings: nouns of a place of work ("ward", "site", "desk", "tills"): told after "on",
            "at", "in" or "behind" ("on the ward", "at the front desk"), a claim's words say
            where the work was done, not what it did (``settings_in``).
        risk_heads: nouns of a loss or harm that may happen ("risk", "fraud", "compliance",
            "safety"): a goal naming one ("minimise financial risk") is backed by a result that
            tells a loss or harm the speaker's work stopped (``goal_evidence.averts``).
    """

    directions: dict[str, str]
    change: dict[str, str]
    families: tuple[Family, ...]
    role_suffixes: tuple[str, ...]
    role_words: frozenset
    people: frozenset
    scope: frozenset = frozenset()
    wish_always: frozenset = frozenset()
    wish_marked: frozenset = frozenset()
    categories: dict = field(default_factory=dict)
    problem: object = None
    duty: object = None
    effort: object = None
    open_heads: frozenset = frozenset()
    not_acts: frozenset = frozenset()
    describers: frozenset = frozenset()
    kind_heads: frozenset = frozenset()
    people_acts: frozenset = frozenset()
    settings: frozenset = frozenset()
    stance: object = None
    risk_heads: frozenset = frozenset()

    def topic_named(self, ws, clause) -> set[int]:
        """The places of a clause's words that name a goal's topic as a problem (the whole
        clause: "Student retention was our biggest problem, lots of them dropped out") or as a
        duty (from the duty's words to the next comma or the clause's end, or over a list of
        duties told as "-ing" forms: "I was responsible for minimising disruption to crew
        rosters", "My role involved delivering care, following NMC standards"): a topic named
        is no evidence that it moved. A belief, a value or a trait the speaker says they hold
        (``stance``: "I truly believe good service starts at the door", "accuracy is
        something I care about", "I'm very customer-focused") is the goal recited, no evidence
        either: the whole clause. Linear in the clause (``phrases.Patterns``)."""
        out: set[int] = set()
        for whole in (self.problem, self.stance):
            if whole is not None and whole.search(ws, clause.lo, clause.hi) is not None:
                return set(range(clause.lo, clause.hi))
        for kind in (self.duty, self.effort):
            for m in kind.find(ws, clause.lo, clause.hi) if kind is not None else ():
                out.update(range(m.start, _listed_to(ws, m.end, clause.hi)))
        return out

    def settings_in(self, ws, lo: int, hi: int) -> set[int]:
        """The places of words ``lo`` to ``hi`` that tell a place of work: "on", "onto", "at",
        "in" or "behind", at most three words, then a noun of ``settings`` ("on site", "on the
        night ward", "at the front desk", "in the warehouse", "came onto site"). A goal shared
        only there is shared by where the work was done, no evidence of the goal's skill or
        outcome. Each opener looks at most four words on: linear."""
        out: set[int] = set()
        if not self.settings:
            return out
        for i in range(lo, hi):
            if ws[i].lower not in _SETTING_OPENERS:
                continue
            for j in range(i + 1, min(hi, i + 5)):
                if not ws[j].is_word or not ws[j].lower.replace("'", "").isalpha() \
                        or ws[j].lower in _SETTING_STOPS:
                    break
                if ws[j].lower in self.settings or ws[j].base in self.settings:
                    out.update(range(i, j + 1))
                    break
        return out

    def kinds_named(self, words, bases: set[str]) -> bool:
        """True when one of a goal's words (bases) names a category and ``bases`` (a claim's
        sentence) hold one of its kinds: "events" backed by "weddings", "video content" by
        "films"; one way only ("weddings" is no goal backed by "events")."""
        return any(self.categories.get(w, frozenset()) & bases for w in words)

    def wished(self, ws, clause) -> int | None:
        """Where in a clause a wish, a plan or the ad recited starts, or None: a word or a pair
        of ``wish_always`` as written ("want", "I'd love"), or a word of ``wish_marked`` the
        reading marks as a wish ("would", "will"); "would have" (a loss prevented: "the firm
        would have paid $20,000") is no wish. Linear in the clause."""
        marked = {i for lo, hi in clause.wishes for i in range(lo, hi)}
        for i in range(clause.lo, clause.hi):
            low = ws[i].lower
            pair = f"{low} {ws[i + 1].lower}" if i + 1 < clause.hi else ""
            if low in self.wish_always or pair in self.wish_always:
                return i
            after = ws[i + 1].lower if i + 1 < len(ws) else ""
            if i in marked and low in self.wish_marked \
                    and not (low in ("would", "'d") and after in ("have", "'ve", "of")):
                return i
        return None

    def core(self, goal: str) -> str:
        """A goal's words before its first scope word ("reduce errors" for "reduce errors in
        order processing"), or all of it when it has none or nothing before it. A scope word
        right after an open head (``open_heads``: "experience in payroll", "improvements in
        stock accuracy") opens the goal's object, not its scope: it is read on."""
        words = goal.split()
        for k, w in enumerate(words):
            if k > 0 and w.lower().strip(",.;:()") in self.scope \
                    and not self.is_open(words[k - 1]):
                return " ".join(words[:k])
        return goal

    def is_open(self, word: str) -> bool:
        """True when a goal's word is an open head: a noun that names no thing of its own
        ("experience", "content"), whose object is the words that go with it."""
        return word.lower().strip(",.;:()") in self.open_heads

    def goal_direction(self, goal_words) -> str | None:
        """The direction a goal's first verb asks for ("reduce" -> "down"), or None."""
        for w in goal_words:
            way = self.directions.get(w.lower) or self.directions.get(w.base)
            if way:
                return way
        return None

    def families_of(self, goal_words) -> tuple[Family, ...]:
        """The families a goal is in: it holds every word of one of the family's goal groups."""
        forms = {w.lower for w in goal_words} | {w.base for w in goal_words}
        return tuple(f for f in self.families if any(g <= forms for g in f.goal))

    def moves(self, ws, lo: int, hi: int) -> set[str]:
        """The directions the change words of words ``lo`` to ``hi`` tell, a word or a verb
        and its particle ("went up", "came down": written "go up", "come down")."""
        pairs = {self.change.get(f"{ws[i].lower} {ws[i + 1].lower}")
                 or self.change.get(f"{ws[i].base} {ws[i + 1].lower}")
                 for i in range(lo, hi - 1)}
        return ({self.change.get(ws[i].lower) or self.change.get(ws[i].base)
                 for i in range(lo, hi)} | pairs) - {None}

    def says(self, family: Family, ws, lo: int, hi: int) -> bool:
        """True when words ``lo`` to ``hi`` hold every part of one of the family's said groups
        and a change word of its direction."""
        return _names(family, ws, lo, hi) and family.direction in self.moves(ws, lo, hi)

    def names(self, family: Family, ws, lo: int, hi: int,
              skip: frozenset | set = frozenset()) -> bool:
        """True when words ``lo`` to ``hi`` hold every part of one of the family's said groups,
        whichever way it moves: a skill grown on that thing ("learned to calm arguments
        between guests" for "conflict resolution"); words at places in ``skip`` (a job title
        after "as", a wish) left out: "as a Disputes Officer", "I'd love to work unsupervised"
        say no such thing."""
        return _names(family, ws, lo, hi, skip)

    def says_against(self, family: Family, ws, lo: int, hi: int) -> bool:
        """True when words ``lo`` to ``hi`` hold one of the family's said groups and tell its
        move only the other way ("more clients left us" for a churn goal)."""
        if not _names(family, ws, lo, hi):
            return False
        moves = self.moves(ws, lo, hi)
        return bool(moves) and family.direction not in moves

    def is_role(self, lower: str) -> bool:
        """True when a lowercase word can end a job title ("planner", "nurse")."""
        # "-ment" names a thing done, not a person ("recruitment", "management")
        return lower in self.role_words or (len(lower) > 4 and lower.endswith(self.role_suffixes)
                                            and not lower.endswith(("ment", "ments")))

    def is_person(self, lower: str) -> bool:
        """True when a word names people an act is done to: a people word, or a role noun,
        one or many ("staff", "the others", "bartenders", "nurses")."""
        one = lower[:-1] if lower.endswith("s") else lower
        return lower in self.people or self.is_role(lower) or self.is_role(one)

    def act_on_people(self, ws, lo: int, hi: int, acts: frozenset,
                      skip: frozenset | set = frozenset(),
                      borrowed: frozenset = frozenset()) -> bool:
        """True when one of ``acts`` (bases) in words ``lo`` to ``hi`` is done to people: a
        person word among the four words after it ("trained the new bartenders", "train the
        other two stores"), not "train my eye"; or one of ``borrowed`` (the other acts that
        bring people on, ``people_acts``) done to a word of ``people`` ("I now teach our
        apprentices" for "mentor junior staff"); words at places in ``skip`` (a wish) left
        out. The people may stand before the act told in a relative clause ("the apprentices I
        mentored", "two of the new starters we trained")."""
        return any(i not in skip and (
            ws[i].base in acts and any(self.is_person(ws[j].lower)
                                       for j in _objects(ws, i, lo, hi))
            # another act that brings people on counts only done to the organisation's own
            # people: "I coach our trainees" for "mentor junior staff", not "taught pupils"
            or ws[i].base in borrowed and any(ws[j].lower in self.people
                                              for j in _objects(ws, i, lo, hi)))
            for i in range(lo, hi))


def _objects(ws, at: int, lo: int, hi: int) -> range | list[int]:
    """The places where the people an act at ``at`` is done to may stand: the four words after
    it ("trained the new bartenders"), or, where "I" or "we" stands right before it, the three
    words before that ("the apprentices I mentored"): the relative clause's object."""
    after = range(at + 1, min(at + 5, hi))
    if at - 1 > lo and ws[at - 1].lower in ("i", "we"):
        return [*range(max(lo, at - 4), at - 1), *after]
    return after


def _names(family: Family, ws, lo: int, hi: int, skip: frozenset | set = frozenset()) -> bool:
    """True when words ``lo`` to ``hi`` (those at places in ``skip`` left out) hold every part
    of one of the family's said groups."""
    kept = [i for i in range(lo, hi) if i not in skip]
    forms = {ws[i].lower for i in kept} | {ws[i].base for i in kept}
    return any(all(part & forms for part in group) for group in family.said)


def _listed_to(ws, at: int, hi: int) -> int:
    """Where a duty told from word ``at`` ends: at the next comma, or past a list of duties
    each opening on a verb's "-ing" form ("My role involved delivering person-centred care,
    following NMC standards and doing falls risk assessments": every item is the duty's).
    Linear: each word is looked at once."""
    j = at
    while True:
        end = next((k for k in range(j, hi) if ws[k].text == ","), hi)
        nxt = end + 1
        if nxt < hi and ws[nxt].lower == "and":
            nxt += 1
        if end >= hi or nxt >= hi or not (ws[nxt].is_word and len(ws[nxt].lower) > 4
                                          and ws[nxt].lower.endswith("ing")):
            return end
        j = nxt


def meanings(lexicon) -> Meanings:
    """The meanings file of the data folder in use (a facilitator's ``WORKSHOP_DATA`` copy
    first, the kit's where that folder has none), read once per file and lexicon. Raises
    ``ValidationError`` naming the file and the key for the first key that is unknown or of
    the wrong shape."""
    return _read(str(data_file(MEANINGS_FILE)), lexicon)


@functools.lru_cache(maxsize=8)
def _read(path: str, lexicon) -> Meanings:
    data = read_checked_json(path, _problem, MEANINGS_FILE)

    def forms(word: str) -> set[str]:
        low = word.strip().lower()
        return {low, lexicon.base(low)}

    def by_way(table: dict) -> dict[str, str]:
        return {f: way for way in _DIRECTIONS for w in table[way] for f in forms(w)}

    families = tuple(
        Family(name, tuple(frozenset(f for w in g for f in forms(w)) for g in body["goal"]),
               tuple(tuple(frozenset(f for alt in part.split("|") if alt for f in forms(alt))
                           for part in group) for group in body["said"]),
               body["direction"])
        for name, body in data["families"].items())
    roles = data["role_nouns"]
    return Meanings(by_way(data["directions"]), by_way(data["change_words"]), families,
                    tuple(s.lower() for s in roles["suffixes"]),
                    frozenset(w.lower() for w in roles["words"]),
                    frozenset(w.lower() for w in data["people"]),
                    frozenset(w.lower() for w in data["scope_words"]),
                    frozenset(w.lower() for w in data["wish_words"]["always"]),
                    frozenset(w.lower() for w in data["wish_words"]["marked"]),
                    _categories(data.get("categories", {}), forms),
                    *(Patterns(data.get("topic_words", {}).get(kind) or [], lexicon)
                      if data.get("topic_words", {}).get(kind) else None
                      for kind in _TOPIC_KINDS),
                    frozenset(f for w in data.get("open_heads", []) for f in forms(w)),
                    frozenset(w.lower() for w in data.get("not_acts", [])),
                    describers=frozenset(f for w in data.get("describers", []) for f in forms(w)),
                    kind_heads=frozenset(f for w in data.get("kind_heads", []) for f in forms(w)),
                    people_acts=frozenset(f for w in data.get("people_acts", [])
                                          for f in forms(w)),
                    settings=frozenset(f for w in data.get("settings", []) for f in forms(w)),
                    stance=Patterns(data.get("topic_words", {}).get(_STANCE), lexicon)
                    if data.get("topic_words", {}).get(_STANCE) else None,
                    risk_heads=frozenset(f for w in data.get("risk_heads", []) for f in forms(w)))


def _categories(table: dict, forms) -> dict[str, frozenset]:
    """A category's forms -> the forms of its kinds."""
    out: dict[str, frozenset] = {}
    for name, kinds in table.items():
        members = frozenset(f for w in kinds for f in forms(w))
        for f in forms(name):
            out[f] = out.get(f, frozenset()) | members
    return out


def _words(value: object) -> bool:
    return isinstance(value, list) and bool(value) \
        and all(isinstance(w, str) and w.strip() for w in value)


def _problem(data: object) -> tuple[str, str] | None:
    """(the key, what is wrong) for the first key that is unknown or of the wrong shape."""
    if not isinstance(data, dict):
        return "", "The file must hold an object of keys."
    unknown = [k for k in data if k not in _KEYS]
    if unknown:
        return unknown[0], f"Unknown key {unknown[0]!r}: the keys are {', '.join(_KEYS)}."
    missing = [k for k in _KEYS if k not in data and k not in _OPTIONAL]
    if missing:
        return missing[0], f"The key {missing[0]!r} is missing."
    wrong = _wrong_words(data)
    if wrong is not None:
        return wrong
    for key, parts in (("directions", _DIRECTIONS), ("change_words", _DIRECTIONS),
                       ("role_nouns", ("suffixes", "words")),
                       ("wish_words", ("always", "marked"))):
        table = data[key]
        if not isinstance(table, dict) or set(table) != set(parts) \
                or not all(_words(v) for v in table.values()):
            return key, f"{key!r} must map {' and '.join(parts)} each to a list of words."
    if not isinstance(data["families"], dict):
        return "families", "'families' must map a name to a family."
    for name, body in data["families"].items():
        problem = _family_problem(f"families.{name}", body)
        if problem is not None:
            return problem
    return None


def _wrong_words(data: dict) -> tuple[str, str] | None:
    """(the key, what is wrong) for "about" not a text, or a word list that is not one."""
    if not isinstance(data.get("about", ""), str):
        return "about", "'about' must be a text."
    for key in ("people", "scope_words", "open_heads", "not_acts", "describers", "kind_heads",
                "people_acts", "settings", "risk_heads"):
        if key in data and not _words(data[key]):
            return key, f"{key!r} must be a list of words."
    topics = data.get("topic_words", {})
    if not isinstance(topics, dict) or not set(topics) <= {*_TOPIC_KINDS, _STANCE} \
            or not all(_words(v) for v in topics.values()):
        return "topic_words", ("'topic_words' must map problem, duty, effort and stance each to "
                               "a list of patterns.")
    categories = data.get("categories", {})
    if not isinstance(categories, dict) or not all(
            isinstance(k, str) and k.strip() and _words(v) for k, v in categories.items()):
        return "categories", "'categories' must map a word to a list of words."
    return None


def _family_problem(key: str, body: object) -> tuple[str, str] | None:
    if not isinstance(body, dict) or set(body) != set(_FAMILY_KEYS):
        return key, f"{key} must hold exactly {', '.join(_FAMILY_KEYS)}."
    groups = body["goal"], body["said"]
    if not all(isinstance(g, list) and g and all(_words(x) for x in g) for g in groups):
        return key, f"{key}: 'goal' and 'said' must be lists of lists of words."
    if body["direction"] not in _DIRECTIONS:
        return key, f"{key}: 'direction' must be 'down' or 'up'."
    return None
