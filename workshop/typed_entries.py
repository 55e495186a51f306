"""A workspace file's entries read as people type them, where the kit used to refuse the file.

Blind writers of workspace files (rounds 18-30) typed values the kit refused, and then gave up
the words they typed to get the file read: where a result landed in their own word ("ward",
"crew", "clients", "the trust"), a figure they knew only roughly ("60ish", "about 30?",
"80-100") and a level with a typo ("competant"). Here each is read and kept:

- ``read_scope``: a scope word is kept as typed (``Result.scope_said``) and read as one of the
  four kinds by ``data/scope_words.json``, a list a facilitator can edit (ward -> department,
  crew -> team, clients -> customers, trust -> company); a word it does not list is kept too,
  its kind left empty ("not scored as a scope"), and ``entry_notes`` says so;
- ``read_value``: a hedged or ranged figure is its number with the hedge kept beside it, in
  the ``Result.extra`` keys the draft already says a hedged coach reply with ("about 60", "80
  to 100"): never refused, never said firmer than typed;
- ``nearest_level``: a level typed with a slip is the one level it is nearest to, where only
  one is near; else the file is refused naming the field and the five levels.

Nothing here imports the records (``workshop.model`` reads through this module).
"""

from __future__ import annotations

import difflib
import re

__all__ = ["HEDGE_KEY", "SAID_KEY", "SCOPE_FILE", "scope_kind", "read_scope", "scope_spoken",
           "read_value", "nearest_level", "entry_notes"]

SCOPE_FILE = "scope_words.json"
# the key of ``Result.extra`` that keeps the words a hedged figure gave before its number
HEDGE_KEY = "number_hedge"
# the key of ``Result.extra`` that keeps a quantity in the participant's own words ("about a
# third", "from 1 in 5 to 1 in 20"), said in place of the figure read from them
SAID_KEY = "number_said"
KINDS = ("team", "department", "company", "customers")

# the words before a scope's noun that say whose or how much of it, not what it is
_LEADS = frozenset({"the", "our", "my", "their", "his", "her", "a", "an", "whole", "entire",
                    "all", "every", "of", "its", "this", "that", "wider", "local", "own"})
_SAID_LEADS = frozenset({"the", "our", "my", "their", "his", "her", "its", "this", "that",
                         "every", "all"})


def _scope_table() -> dict[str, str]:
    """Each listed word (lower case) -> its kind, from ``data/scope_words.json``."""
    from .resources import load_json  # the records load before the data folder's readers

    data = load_json(SCOPE_FILE)
    kinds = data.get("kinds", {}) if isinstance(data, dict) else {}
    table: dict[str, str] = {}
    for kind in KINDS:
        for word in kinds.get(kind, []) if isinstance(kinds, dict) else []:
            if isinstance(word, str) and word.strip():
                table.setdefault(" ".join(word.lower().split()), kind)
    return table


def _forms(words: str) -> list[str]:
    """``words`` and its singular forms, as a list of the table could hold them."""
    out = [words]
    if words.endswith("ies"):
        out.append(words[:-3] + "y")
    if words.endswith("es"):
        out.append(words[:-2])
    if words.endswith("s") and not words.endswith("ss"):
        out.append(words[:-1])
    return out


def scope_kind(word: str) -> str:
    """The kind (``team``, ``department``, ``company``, ``customers``) a scope word is read
    as, or "" for a word the list does not place: the whole words first, then its last word
    ("the night shift" -> team, "bootcamp students" -> customers)."""
    words = [w for w in re.findall(r"[\w'-]+", (word or "").lower())]
    while words and words[0] in _LEADS:
        words = words[1:]
    while len(words) > 1 and any(c.isdigit() for c in words[-1]):
        words = words[:-1]  # "bay 4", "floor 3", "ward 7b": the bay, the floor, the ward
    if not words:
        return ""
    table = _scope_table()
    for tried in (" ".join(words), words[-1]):
        for form in _forms(tried):
            if form in KINDS:
                return form
            if form in table:
                return table[form]
    return ""


def read_scope(scope: object, said: object) -> tuple[object, str]:
    """A result's (kind, word as typed) from its ``scope`` and ``scope_said`` fields: one of
    the four kinds stays as it is (the participant's pick, beside their word); a word typed in
    ``scope`` is kept as ``scope_said`` and read by the list; an empty scope with a word is
    read by the list again (a facilitator may have added the word since). Anything that is
    not text is returned as it is, for the record to refuse."""
    said = " ".join(said.split()) if isinstance(said, str) else said
    if not isinstance(scope, str) or not isinstance(said, str):
        return scope, said
    typed = " ".join(scope.split())
    if typed.lower() in KINDS:
        return typed.lower(), said
    if typed:
        return scope_kind(typed), typed
    return (scope_kind(said) if said else "team"), said


def scope_spoken(said: str) -> str:
    """A scope word as the draft says it after "I helped": "the ward", "our clients" as
    typed, "the bootcamp students"."""
    said = " ".join(said.split())
    first = said.split()[0].lower() if said else ""
    return said if first in _SAID_LEADS else f"the {said}"


# --- a figure typed hedged or as a range ----------------------------------------------------

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_HEDGES = {"about": "about", "around": "around", "roughly": "roughly", "approx": "about",
           "approximately": "approximately", "approx.": "about", "c.": "about", "ca.": "about",
           "ca": "about", "c": "about", "circa": "about", "~": "about", "≈": "about",
           "maybe": "maybe", "perhaps": "perhaps", "probably": "probably", "nearly": "nearly",
           "almost": "almost", "over": "over", "under": "under", "some": "some",
           "more than": "more than", "less than": "less than", "at least": "at least",
           "up to": "up to", "just over": "just over", "just under": "just under",
           "close to": "close to", "give or take": "about", "est": "about", "est.": "about",
           "estimated": "about"}
_HEDGE_LEAD = "|".join(sorted((re.escape(h) for h in _HEDGES), key=len, reverse=True))
_TYPED_VALUE = re.compile(
    rf"^(?P<lead>(?:(?:{_HEDGE_LEAD})\s*)*)(?:between\s+)?(?P<cur>[$£€¥])?\s*"
    rf"(?P<low>{_NUMBER})\s*(?P<pct1>%)?"
    rf"(?:\s*(?:-|–|—|to|or|and)\s*(?P<cur2>[$£€¥])?\s*(?P<high>{_NUMBER}))?\s*(?P<pct>%)?"
    r"(?P<tail>\s*(?:-?\s*ish|\+|odd|or\s+so|i\s+think|i\s+guess|roughly|approx\.?|"
    r"give\s+or\s+take|ish)?)\s*(?P<ask>\?*)\s*$", re.IGNORECASE)


def _figure(text: str) -> float | int:
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() else value


def read_value(text: str) -> tuple[float | int, dict, str] | None:
    """A ``value`` typed hedged or as a range: (its number, the ``Result.extra`` keys that
    keep the hedge, the unit it typed or ""), or None where it is no such figure. "60ish",
    "about 30?", "~45", "200+" -> the number and "about " or "over "; "80-100", "between 80
    and 100", "20 to 30%" -> the top figure, said "80 to 100" (the way the kit keeps a hedged
    reply to the coach, ``workshop.reply_read``)."""
    m = _TYPED_VALUE.match(" ".join((text or "").split()))
    if not m or len(m.group(0)) > 60:
        return None
    lead = " ".join(m.group("lead").lower().split())
    said_lead = " ".join(_HEDGES.get(h, h) for h in re.findall(
        rf"{_HEDGE_LEAD}", lead, flags=re.IGNORECASE)) if lead else ""
    tail = " ".join(m.group("tail").lower().split())
    unit = "%" if m.group("pct") or m.group("pct1") else (m.group("cur") or m.group("cur2")
                                                           or "")
    low, high = m.group("low"), m.group("high")
    if high is not None:
        if _figure(high) <= _figure(low):
            return None  # "10-5" is no range the kit can say
        hedge = f"{said_lead + ' ' if said_lead else ''}{low} to "
        return _figure(high), {HEDGE_KEY: hedge}, unit
    if tail == "+":
        said_lead = said_lead or "over"
    elif tail or m.group("ask"):
        said_lead = said_lead or "about"
    if not said_lead:
        return None  # a plain figure: ``fields.number_field`` reads it
    return _figure(low), {HEDGE_KEY: f"{said_lead} "}, unit


# --- a level typed with a slip --------------------------------------------------------------


def nearest_level(typed: object, levels: tuple[str, ...]) -> str | None:
    """The one level of ``levels`` that ``typed`` is a slip of ("competant", "Proficent",
    "advanced-beginner", "Expert "), or None where none or more than one is near."""
    if not isinstance(typed, str):
        return None
    plain = " ".join(re.sub(r"[-_]", " ", typed).lower().split())
    if plain in levels:
        return plain
    near = difflib.get_close_matches(plain, levels, n=2, cutoff=0.75)
    if len(near) == 1:
        return near[0]
    if len(near) == 2:
        first, second = (difflib.SequenceMatcher(None, plain, n).ratio() for n in near)
        return near[0] if first - second >= 0.1 else None
    return None


# --- what the report says of entries read so -------------------------------------------------


def entry_notes(workspace) -> list[str]:
    """One line per entry read in a way the participant may want to check: a scope word the
    list does not place, a level read from a slip, a figure read with its hedge."""
    notes = []
    for role in workspace.roles:
        where = f"role '{role.title[:60]}'"
        for i, result in enumerate(role.results):
            if result.scope_said and not result.scope:
                notes.append(
                    f"{where}, result {i + 1}: the scope '{result.scope_said}' is kept as you "
                    "typed it, but the kit doesn't know whether it is a team, a department, "
                    "the company or customers, so it is not scored as a scope. Pick one beside "
                    "it in notebook 03, or a facilitator can add the word to "
                    f"data/{SCOPE_FILE}.")
            notes.extend(f"{where}, result {i + 1}: {n}" for n in result.read_notes)
        for i, skill in enumerate(role.skills):
            notes.extend(f"{where}, skill {i + 1} ({skill.name[:40]}): {n}"
                         for n in skill.read_notes)
    return notes
