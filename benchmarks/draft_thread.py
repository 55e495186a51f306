"""Four story figures of ``benchmarks/draft_eval.py`` (issue 20, r20: what blind hiring managers
quoted most), each read here with the benchmark's own short patterns, never the draft code's
choices:

- ``skills 30/90``: the mean number of the role's distinct skills one version names (a skill
  is named where a sentence holds every meaningful word of its name, an aside in brackets
  left out, a word the start of
  another counting: "grads" and "graduate"); ``30s >1 skill``: 30-second drafts naming two
  skills or more (a list, not one story: a listener of 30 seconds hears one thread);
- ``said twice``: facts told twice in one draft: a figure (normalised: "4,800", "4.800" and
  "4 800" are one) said in two sentences, or a sentence after the opening whose meaningful
  words (three or more) are nearly all (80%) in one sentence before it;
- ``said twice 60%`` (draft55): the same, more loosely, the opening counted too: a figure,
  a small count with its noun, or 60% of a sentence's meaningful words said before;
  ``opened twice``: two sentences in a row opening on the same subject and verb;
- ``link to non-result``: sentences opening on a link back ("That is a big part of why",
  "That is what let me", "With that behind me", "That is how") where what follows is not one
  of the role's results (a figure of it, or most of its meaningful words), or is a result the
  participant linked
  to no skill (``enabled_by``), or the sentence before it (what "that" points at) names none
  of the skills linked to that result nor tells their growth (their ``how_far``);
- ``time/place wrong``: "my next job" said of a later use whose note names a later job that
  is not the one right after this job (the later jobs by their start), and "this job" / "this
  is where" in a draft about a job that is over, "that is where" / "that job" / "this was the
  job" / "back then" / "over my time there" / "went on to" about the job held now (draft44).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_grammar import sentences  # noqa: E402

from workshop.wording import content_stems  # noqa: E402

__all__ = ["skills_named", "said_twice", "said_twice_loose", "opened_twice", "link_to_non_result",
           "time_place_wrong"]

_LEAD = re.compile(r"^(?:That is a big part of why|(?:It|That) is (?:a big part of )?why|"
                   r"That is what let (?:me|us)|With that behind me,|(?:And t|T)hat is how|"
                   r"This is how|That is how)\s+(.*)$")
# a figure as written: "4,800", "4.800", "4 800", "2.1", "38.000"
_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:(?:[,.]| (?=\d{3}\b))\d{3})+(?![\d])|\d+(?:\.\d+)?")


def _has(stems: set[str], words: set[str]) -> bool:
    """True when every stem of ``words`` is in ``stems`` (one the start of the other)."""
    return bool(words) and all(
        any(a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))
            for b in stems) for a in words)


def skills_named(text: str, role) -> int:
    """The role's distinct skills the draft names."""
    if role is None:
        return 0
    stems = [content_stems(s) for s in sentences(text)]
    return sum(any(_has(s, content_stems(re.sub(r"\(.*?\)", "", sk.name))) for s in stems)
               for sk in role.skills)


def figures(sentence: str) -> set[float]:
    """The figures of a sentence as values; a thousands mark of either kind is one."""
    out = set()
    for m in _FIGURE.finditer(sentence):
        raw = m.group(0)
        if re.fullmatch(r"\d{1,3}(?:[,. ]\d{3})+", raw):
            raw = re.sub(r"[,. ]", "", raw)
        out.add(float(raw))
    return out


def said_twice(text: str) -> int:
    """Facts the draft tells twice (see the module's docstring)."""
    said = sentences(text)
    count = 0
    for n, sentence in enumerate(said[1:], start=1):
        before = said[1:n]
        new = {f for f in figures(sentence) if f >= 10 or f != int(f)}
        if any(new & figures(b) for b in before):
            count += 1
            continue
        stems = content_stems(sentence)
        if len(stems) >= 3 and any(len(stems & content_stems(b)) >= 0.8 * len(stems)
                                   for b in before):
            count += 1
    return count


_CLAUSE = re.compile(r",\s*(?:(?:and|so|but|which)\s+)?|;\s*")
_COUNTED = re.compile(r"(?<![\w.,])(\d)\s+([a-z]{3,})", re.IGNORECASE)


def said_twice_loose(text: str) -> int:
    """Sentences (the opening among them) that say again what one before said (draft55, the
    brief's "said twice"): a figure of 10 or more, or with a fraction, said in both, a small
    count said with the same noun ("4 departments" twice), or 60% or more of the later
    sentence's meaningful words (three or more), or of one of its clauses (four or more: the
    reason's "the residents were calmer in the evening" told again after a result's "and"), in
    the earlier one."""
    said = sentences(text) if text else []
    count = 0
    for n, sentence in enumerate(said[1:], start=1):
        before = said[:n]
        big = {f for f in figures(sentence) if f >= 10 or f != int(f)}
        small = {(m.group(1), m.group(2).lower()) for m in _COUNTED.finditer(sentence)}
        stems = content_stems(sentence)
        clauses = [c for c in map(content_stems, _CLAUSE.split(sentence)) if len(c) >= 4]
        if any(big & figures(b) or small & {(m.group(1), m.group(2).lower())
                                            for m in _COUNTED.finditer(b)}
               or (len(stems) >= 3 and len(stems & content_stems(b)) >= 0.6 * len(stems))
               or any(len(c & content_stems(b)) >= 0.6 * len(c) for c in clauses)
               for b in before):
            count += 1
    return count


_OPENER = re.compile(r"^(?:(?:in|at) (?:that|this) job,? |there,? |here,? |back then,? |"
                     r"then,? |also,? )?(I|We) (?:also )?([a-z]+)\b", re.IGNORECASE)
_LIGHT_OPENERS = frozenset("was am is were had have".split())


def opened_twice(text: str) -> int:
    """Sentences that open on the same subject and verb as the sentence right before them
    ("I trained ... I trained ...", "In that job I learned ... In that job I learned ..."),
    a verb of being or having aside: heard as a list, or as the kit's frame said twice."""
    said = sentences(text) if text else []
    heads = [_OPENER.match(s) for s in said]
    return sum(1 for a, b in zip(heads, heads[1:], strict=False) if a and b and
               (a.group(1).lower(), a.group(2).lower()) == (b.group(1).lower(),
                                                            b.group(2).lower())
               and a.group(2).lower() not in _LIGHT_OPENERS)


def link_to_non_result(text: str, role) -> int:
    """Link-back sentences whose clause is not a result the skill "that" points at produced."""
    if role is None:
        return 0
    said = sentences(text)
    count = 0
    for n, sentence in enumerate(said):
        m = _LEAD.match(sentence)
        if not m or n == 0:
            continue
        clause, figs = content_stems(m.group(1)), figures(m.group(1))
        result = next((r for r in role.results if figs & figures(r.statement) or (
            (stems := content_stems(r.statement)) and len(clause & stems) >= 0.6 * len(stems))),
            None)
        skills = [sk for sk in role.skills if result is not None and sk.name in result.enabled_by]
        before = content_stems(said[n - 1])
        points = any(_has(before, content_stems(sk.name)) or (
            sk.how_far and len(before & content_stems(sk.how_far)) >= 3) for sk in skills)
        count += not points
    return count


_THIS = re.compile(r"\b(?:[Tt]his job|[Tt]his is where|[Ii]n this job)\b")
_THAT = re.compile(r"\b(?:[Tt]hat is where|[Tt]hat job|[Tt]his was the job|[Bb]ack then|"
                   r"[Oo]ver my time there|went on to)\b")
_NEXT = re.compile(r"\bmy next (?:job|role)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][\w&'-]+")


def _names(sentence: str, role) -> bool:
    words = set(_NAME.findall(role.organization)) - {"The", "Ltd", "Inc", "Group", "Trust"}
    return any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in words) or bool(
        {f for f in figures(role.summary) if f >= 10} & figures(sentence))


def time_place_wrong(text: str, role, roles) -> int:
    """Sentences that put a later use or the job in the wrong time (see the docstring)."""
    if role is None:
        return 0
    later = sorted((r for r in roles if r.id != role.id and r.start and role.end
                    and r.start[:7] >= role.end[:7]), key=lambda r: r.start)
    count = 0
    for n, sentence in enumerate(sentences(text) if text else []):
        if n and _NEXT.search(sentence) and later:
            named = [r for r in later if _names(sentence, r)]
            count += bool(named) and later[0] not in named
        wrong = _THIS if not role.current else _THAT
        count += bool(wrong.search(sentence))
    return count
