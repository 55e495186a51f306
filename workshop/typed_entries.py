"""A workspace file's entries read as people type them, where the kit used to refuse the file.

Blind writers of workspace files (rounds 18-30) typed values the kit refused, and then gave up
the words they typed to get the file read: where a result landed in their own word ("ward",
"crew", "clients", "the trust"), a figure they knew only roughly ("60ish", "about 30?",
"80-100") and a level with a typo ("competant"). Here each is read and kept:

- ``read_scope``: a scope word is kept as typed (``Result.scope_said``); which of the four
  kinds it is, is read by ``workshop.scope_words`` (a layer up: it reads the facilitator's
  list, ``data/scope_words.json``);
- ``read_value``: a hedged or ranged figure is its number with the hedge kept beside it, in
  the ``Result.extra`` keys the draft already says a hedged coach reply with ("about 60", "80
  to 100"): never refused, never said firmer than typed;
- ``nearest_level``: a level typed with a slip is the one level it is nearest to, where only
  one is near; else the file is refused naming the field and the five levels;
- ``nearest_kind``: an organisation's kind typed as people name it ("University", "charity",
  "the army", "Non profit") is the one kind it names (``KIND_WORDS``), where only one does;
  else the file is refused naming the field and the kinds.

Nothing here imports the records or reads a data file (``workshop.model`` reads through this
module).
"""

from __future__ import annotations

import difflib
import re

__all__ = ["HEDGE_KEY", "SAID_KEY", "KINDS", "read_scope", "read_value", "nearest_level",
           "nearest_kind", "KIND_WORDS"]

# the key of ``Result.extra`` that keeps the words a hedged figure gave before its number
HEDGE_KEY = "number_hedge"
# the key of ``Result.extra`` that keeps a quantity in the participant's own words ("about a
# third", "from 1 in 5 to 1 in 20"), said in place of the figure read from them
SAID_KEY = "number_said"
KINDS = ("team", "department", "company", "customers")

def read_scope(scope: object, said: object) -> tuple[object, str]:
    """A result's (kind, word as typed) from its ``scope`` and ``scope_said`` fields: one of
    the four kinds stays as it is (the participant's pick, beside their word, if any); a word
    typed in ``scope`` is kept as ``scope_said`` with the kind left "" for
    ``workshop.scope_words`` to place by the facilitator's list; an empty scope with no word is
    "team" (the form's default). Anything that is not text is returned as it is, for the
    record to refuse."""
    said = " ".join(said.split()) if isinstance(said, str) else said
    if not isinstance(scope, str) or not isinstance(said, str):
        return scope, said
    typed = " ".join(scope.split())
    if typed.lower() in KINDS:
        return typed.lower(), said
    if typed:
        return "", typed
    return ("" if said else "team"), said


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


# The words people type in a role's kind field for each organisation kind (not the words of an
# organisation's name, which ``workshop.wording`` reads from data/wording.json a layer up: "trust"
# or "community" in a name says little, "charity" typed as the kind says it all).
KIND_WORDS = {
    "company": ("business", "firm", "private", "private sector", "corporate", "startup",
                "start up", "employer", "shop", "store", "retail", "restaurant", "hotel"),
    "hospital": ("nhs", "health", "healthcare", "health care", "clinic", "care home",
                 "nursing home", "hospice", "gp", "surgery", "pharmacy", "medical"),
    "school": ("university", "uni", "college", "academy", "nursery", "education",
               "kindergarten", "preschool"),
    "public service": ("council", "government", "public sector", "local authority",
                       "civil service", "police", "fire service", "library", "ministry",
                       "municipal", "federal", "public"),
    "armed forces": ("army", "navy", "air force", "military", "marines", "royal navy", "raf",
                     "forces", "reserves", "national guard", "the forces"),
    "non-profit": ("charity", "ngo", "not for profit", "voluntary", "voluntary sector",
                   "volunteer", "volunteering", "church", "foundation", "social enterprise"),
    "client": ("freelance", "self employed", "contract", "contractor", "consulting",
               "consultancy", "clients"),
    "family": ("home", "household", "caring", "carer", "my family"),
}


def nearest_kind(typed: object, kinds: tuple[str, ...]) -> str | None:
    """The one organisation kind of ``kinds`` that ``typed`` names: the kind itself with
    another case, spacing or a slip ("Non profit", "armed-forces", "nonprofit"), or a word of
    only one kind's ``KIND_WORDS`` ("University" for a school, "charity" for a non-profit, "the
    army"); None where none or more than one kind is named."""
    if not isinstance(typed, str):
        return None

    def plain(text: str) -> str:
        return " ".join(re.sub(r"[-_/]", " ", text).lower().split())

    said = re.sub(r"^(?:an?|the|my|our)\s+", "", plain(typed))
    joined = {plain(kind).replace(" ", ""): kind for kind in kinds}
    if said.replace(" ", "") in joined:
        return joined[said.replace(" ", "")]
    named = {kind for kind in kinds for word in KIND_WORDS.get(kind, ()) if plain(word) == said}
    if named:
        return named.pop() if len(named) == 1 else None
    near = difflib.get_close_matches(said.replace(" ", ""), list(joined), n=2, cutoff=0.8)
    return joined[near[0]] if len(near) == 1 else None
