"""The shape rows of ``benchmarks/draft_eval.py`` (split out of it to keep each module under
650 lines): numbers said, the leads of links and closes, the kit's bare glue, facts stacked as
a list, an orphan end and the three-word phrases drafts share. See draft_eval's docstring.
"""

from __future__ import annotations

import re
from collections import Counter

from draft_grammar import sentences as _sentences

from workshop.model import Workspace
from workshop.typed_said import HEDGE_KEY, SAID_KEY
from workshop.wording import content_stems

_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)(\s*million)?")


def _numbers(text: str) -> set[float]:
    out = set()
    for m in _NUMBER.finditer(text):
        try:
            value = float(m.group(1).replace(",", ""))
        except ValueError:
            continue
        out.add(value * 1_000_000 if m.group(2) else value)
    return out


def _entry_numbers(ws: Workspace) -> set[float]:
    texts = [ws.target_role.title, *ws.target_role.goals]
    values: set[float] = set()
    for role in ws.roles:
        texts += [role.title, role.organization, role.summary, role.personal_value]
        for s in role.skills:
            texts += [s.name, s.used_later, s.how_far]
        for r in role.results:
            # a hedged reply's words before its number ("maybe 20-"), and a reply's quantity
            # in its own words ("from 1 in 5 to 1 in 20"), said with it (typed_said)
            hedge, said = r.extra.get(HEDGE_KEY, ""), r.extra.get(SAID_KEY, "")
            texts += [r.statement, r.metric, r.unit, r.period, r.my_part,
                      hedge if isinstance(hedge, str) else "", said if isinstance(said, str)
                      else ""]
            scale = 1_000_000 if "million" in r.unit.lower() else 1
            values |= {float(v) * k for v in (r.value, r.from_value) if v is not None
                       for k in {1, scale}}
    for text in texts:
        values |= _numbers(text or "")
    return values


def _lead(sentence: str, n: int) -> str:
    return " ".join(re.sub(r"[^\w' ]", "", sentence).lower().split()[:n])


def _links_said(text: str) -> list[str]:
    """The leads of the sentences between the opening and the last one (first three words,
    each once per draft): where a stock link would stand."""
    return sorted({_lead(s, 3) for s in _sentences(text)[1:-1]})


def _close(text: str) -> str:
    """The last sentence's first four words, when the draft has more than the opening."""
    said = _sentences(text)
    return _lead(said[-1], 4) if len(said) > 1 else ""


def _close_titled(text: str, title: str) -> bool:
    """True when the draft's last sentence (after the opening) names the role applied for
    ("As your Kitchen Manager, I would ..."): a close written around the title, not the story,
    is a tell of the template."""
    said = _sentences(text)
    name = re.split(r",|\s[-\u2013\u2014|]\s|\(", title)[0].strip().lower()
    return len(said) > 1 and bool(name) and name in said[-1].lower()


# The kit's own glue words: a sentence of these alone carries nothing of the entries.
_GLUE = content_stems("that skill skills later since again used using use kept keep job also "
                      "learned grew gave most this there here too next still today well along "
                      "way picked taught made better good work done have put showing")
_CONNECTOR = re.compile(r"\b(?:and|but|so|which|who|because|when|while|after|where|through|"
                        r"until|since|then|as)\b|[;:]", re.IGNORECASE)
# Words that open a sentence on something other than its subject: a link, a time, a place.
_LEADS = frozenset("with because thanks using after before in at on along later since so that "
                   "this then when from by once over within today now for my what where it "
                   "there here as to".split())
_ALSO_GREW = re.compile(r"\b(?:also (?:learned|taught me|made me|got|picked)|picked up .+ "
                        r"(?:as well|there)|along the way I)", re.IGNORECASE)


def _entry_stems(ws: Workspace) -> set[str]:
    texts = [ws.target_role.title, *ws.target_role.goals]
    for role in ws.roles:
        texts += [role.title, role.organization, role.summary, role.personal_value]
        texts += [t for s in role.skills for t in (s.name, s.used_later, s.how_far)]
        texts += [t for r in role.results for t in (r.statement, r.metric, r.my_part, r.unit)]
    return content_stems(" ".join(t or "" for t in texts))


def _bare_glue(text: str, ws: Workspace) -> int:
    """Sentences after the opening with no meaningful word of the entries, glue aside, and no
    figure of theirs ("GP went from 62% to 71%" carries its figures)."""
    own, figures = _entry_stems(ws) - _GLUE, _entry_numbers(ws)
    return sum(not (content_stems(s) - _GLUE) & own and not _numbers(s) & figures
               for s in _sentences(text)[1:])


def _listed(sentence: str) -> bool:
    """A sentence that opens "I <verb>" or a bare noun, with no connector in it."""
    words = sentence.split()
    if len(words) < 2 or _CONNECTOR.search(sentence):
        return False
    first = words[0].lower().strip(",")
    if first == "i":
        return words[1].lower() not in ("also", "still", "have", "would")
    return first not in _LEADS


def _stacked(text: str) -> bool:
    """Three or more sentences in a row (after the opening) that each open "I <verb>" or a
    bare noun with no connector: facts stacked as a list."""
    run = 0
    for sentence in _sentences(text)[1:]:
        run = run + 1 if _listed(sentence) else 0
        if run >= 3:
            return True
    return False


def _orphan_end(text: str) -> bool:
    """The last sentence, after the opening, a second skill said with nothing after it, or a
    fact with no connector after another such fact (an unlinked fact said last)."""
    said = _sentences(text)
    if len(said) < 3:
        return False
    last = said[-1]
    if _ALSO_GREW.search(last) and not _CONNECTOR.search(last):
        return True
    return _listed(last) and _listed(said[-2])


_TRIGRAM_WORD = re.compile(r"[a-z0-9']+")


def _words_of(text: str) -> list[str]:
    return _TRIGRAM_WORD.findall(text.lower().replace("\u2019", "'"))


def _trigrams(text: str, ws: Workspace) -> set[str]:
    """The three-word phrases of the draft after its opening, leaving out those in the
    workspace's own entries (the participant's words are theirs, not the kit's frame)."""
    entries = [ws.target_role.title, *ws.target_role.goals]
    for role in ws.roles:
        entries += [role.title, role.organization, role.summary, role.personal_value]
        entries += [t for s in role.skills for t in (s.name, s.used_later, s.how_far)]
        entries += [t for r in role.results for t in (r.statement, r.metric, r.my_part)]
    own = {" ".join(w[i:i + 3]) for w in map(_words_of, entries) for i in range(len(w) - 2)}
    out = set()
    for sentence in _sentences(text)[1:]:
        words = _words_of(sentence)
        out |= {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}
    return out - own


def top_trigrams(rows: list[dict]) -> Counter:
    """How many workspaces' drafts say each three-word phrase (``_trigrams``)."""
    files: dict[str, set[str]] = {}
    for r in rows:
        for gram in r["trigrams"]:
            files.setdefault(gram, set()).add(r["file"])
    return Counter({k: len(v) for k, v in files.items()})


def shared_phrases(rows: list[dict]) -> tuple[Counter, Counter]:
    """How many workspaces' drafts say each link and each close phrase (a phrase in both
    versions of one workspace counts once: the two share it by design)."""
    links: dict[str, set[str]] = {}
    closes: dict[str, set[str]] = {}
    for r in rows:
        for lead in r["links_said"]:
            links.setdefault(lead, set()).add(r["file"])
        if r["close"]:
            closes.setdefault(r["close"], set()).add(r["file"])
    return (Counter({k: len(v) for k, v in links.items()}),
            Counter({k: len(v) for k, v in closes.items()}))
