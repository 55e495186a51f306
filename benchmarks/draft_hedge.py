"""Numbers said harder than the participant typed them (issue 20, blind raters r24-r26).

``hedge_hardened(text, role)``: the figures the entries give only with a hedge ("maybe 20-30%",
"about 40", "over 200", "200+", "nearly half" aside: words are not figures) that the draft says
without one: the figure with no hedge word in the three words before it, no "+" after it, and,
for a range ("20-30%", "20 to 30"), without its other end. Read here with the benchmark's own
word list, not the kit's data, so a hedge taken out of the data still counts.

``under_seconds(rows, length, seconds)``: the workspaces whose ``length``-second draft is
shorter than ``seconds`` (a "30-second" answer of two thin facts, r26: "about 8 seconds").
"""

from __future__ import annotations

import re

from draft_pasted import hedge_spliced

__all__ = ["hedge_hardened", "under_seconds"]

_HEDGE = (r"maybe|perhaps|about|around|roughly|nearly|almost|approximately|approx\.?|"
          r"over|more than|at least|some|up to|close to|just under|just over|under|"
          r"less than|fewer than|probably|likely|estimated|an estimated|c\.|circa|~")
_NUM = r"\d[\d,]*(?:\.\d+)?"
# a hedged figure in an entry: "about 40", "200+", a range "20-30" / "20 to 30"
_HEDGED = re.compile(rf"(?:(?:(?<![\w])(?:{_HEDGE})\s+)?"
                     rf"(?<![\w.])({_NUM})\s*%?\s*(?:-|–|to|or)\s*({_NUM})|"
                     rf"(?<![\w])(?:{_HEDGE})\s+(?:\w+\s+)?({_NUM})(?![\d,]*\.\d)|"
                     rf"(?<![\w.])({_NUM})\+)", re.IGNORECASE)
_SAID = re.compile(rf"(?<![\w.])({_NUM})(\+)?")
_BEFORE = re.compile(rf"(?:^|\s)(?:{_HEDGE})(?:\s|$)", re.IGNORECASE)


def _value(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _entry_texts(role, typed: tuple[str, ...] = ()) -> list[str]:
    texts = [role.summary, getattr(role, "personal_value", ""), *typed]
    texts += [t for s in role.skills for t in (s.used_later, s.how_far)]
    texts += [t for r in role.results for t in (r.statement, getattr(r, "my_part", ""))]
    return [t for t in texts if isinstance(t, str) and t]


def _plain(role, typed: tuple[str, ...] = ()) -> set[float]:
    """Figures some entry gives with no hedge ("3 restaurants"): said bare, they are as typed."""
    out: set[float] = set()
    for text in _entry_texts(role, typed):
        spans = [m.span() for m in _HEDGED.finditer(text)]
        for m in _SAID.finditer(text):
            if not m.group(2) and not any(a <= m.start() < b for a, b in spans):
                value = _value(m.group(1))
                if value is not None:
                    out.add(value)
    return out


def _hedged(role, typed: tuple[str, ...] = ()) -> tuple[set[float], dict[float, float]]:
    """The entries' hedged single figures, and each range end with its other end."""
    single: set[float] = set()
    ranges: dict[float, float] = {}
    for text in _entry_texts(role, typed):
        for m in _HEDGED.finditer(text):
            if m.group(2):
                low, high = _value(m.group(1)), _value(m.group(2))
                if low is not None and high is not None and low < high:
                    ranges[low], ranges[high] = high, low
                continue
            value = _value(m.group(3) or m.group(4))
            if value is not None:
                single.add(value)
    return single, ranges


def _exact(role, typed: tuple[str, ...] = ()) -> set[float]:
    """Figures a field holds (a value typed as a number): said bare, they are as typed; not
    one a reply to the coach gave only hedged ("about 25"): the reply put it in the field, its
    hedge is the participant's."""
    out: set[float] = set()
    hedged = {v for t in typed for m in _HEDGED.finditer(t) if not m.group(2)
              for v in [_value(m.group(3) or m.group(4))] if v is not None}
    for r in role.results:
        for v in (r.value, getattr(r, "from_value", None)):
            if isinstance(v, (int, float)) and not re.search(
                    rf"(?:{_HEDGE})\s+{re.escape(_fmt(v))}", r.statement or "", re.IGNORECASE):
                out.add(float(v))
    return out - hedged


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def hedge_hardened(text: str, role, typed: tuple[str, ...] = ()) -> list[str]:
    """The figures of ``text`` the entries (and ``typed``, the participant's replies to the
    coach, which the kit may have put into a number field) give only hedged, said without a
    hedge; and each sentence that says there is no figure beside one (``hedge_spliced``)."""
    if role is None or not text:
        return []
    single, ranges = _hedged(role, typed)
    plain = _plain(role, typed)
    single -= plain | (_exact(role, typed) - set(ranges))  # typed bare somewhere: as typed
    ranges = {k: v for k, v in ranges.items() if k not in plain}
    out = []
    for m in _SAID.finditer(text):
        value = _value(m.group(1))
        if value is None or (value not in single and value not in ranges):
            continue
        before = " ".join(text[:m.start()].split()[-3:]).lower()
        if m.group(2) or _BEFORE.search(f" {before} "):
            continue
        other = ranges.get(value)
        if other is not None and other in {_value(n.group(1)) for n in _SAID.finditer(text)}:
            continue
        out.append(m.group(0))
    return out + hedge_spliced(text)


def under_seconds(rows: list[dict], length: int, seconds: int) -> str:
    """The workspaces whose ``length``-second draft (a text) runs under ``seconds``."""
    files = len({r["file"] for r in rows})
    short = sum(1 for r in rows if r["length"] == length and r["text"]
                and r["seconds"] < seconds)
    return f"{short}/{files}"
