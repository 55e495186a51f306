"""A goal's head told with another qualifier, for the goals match (``workshop/check_goals.py``).

A job ad names a thing by its head and the qualifier that says which kind it means: "business
accounts", "social media accounts", "financial audits", "freight documentation". A claim that
names the same head with a qualifier of its own that is not the goal's ("the firm's expense
accounts", "safety audits on site", "technical documentation for our API") speaks of another
kind of that thing: sharing the head noun is no evidence for the goal. So, for one goal, the
places in a claim's sentence where the goal's qualified head stands right after a word that
qualifies it otherwise are left out when the sentence is read for that goal (its words and the
skills it names). The head still counts where the sentence also says the goal's qualifier, or
its head stands bare or after a word that only describes it (``describers`` of
``data/goal_meanings.json``: "new accounts", "my biggest accounts"), a number, a verb or a
possessive ("audited the accounts", "forty accounts", "the client's accounts").
"""

from __future__ import annotations

from collections.abc import Iterable

from .goal_evidence import _past_forms as past_forms
from .numbers import has_quantity

__all__ = ["clashes", "goal_heads", "is_object", "plain", "qualified_heads"]


def qualified_heads(lexed, is_object, describers: frozenset) -> dict[str, frozenset]:
    """A goal's heads that a qualifier goes with -> the qualifiers' bases: the last word of
    every run of two or more object words (``is_object``), the run's other words (those that
    only describe left out): "key business accounts" gives account -> {business}. One pass,
    linear in the goal."""
    out: dict[str, frozenset] = {}
    run: list = []
    for w in (*lexed, None):
        if w is not None and is_object(w):
            run.append(w)
            continue
        if len(run) >= 2:
            # a qualifier that tells what the thing is for ("reporting dashboards",
            # "booking system") says no kind that its other kinds lack; nor is a verb one
            # ("prioritise calls")
            quals = frozenset(x.base for x in run[:-1] if x.base not in describers
                              and x.lower not in describers
                              and not x.lower.endswith(("ing", "ise", "ize", "ify")))
            if quals:
                out[run[-1].base] = out.get(run[-1].base, frozenset()) | quals
        run = []
    return out


def clashes(ws, lo: int, hi: int, heads: dict[str, frozenset], goal_words: set[str],
            plain, same: Iterable[str] = (), near=None) -> set[int]:
    """The places in words ``lo`` to ``hi`` of a goal's qualified head (``heads``, from
    ``qualified_heads``) told right after a word that qualifies it otherwise: a content word
    (``plain`` says a word only describes, counts, acts or is a stopword) that is none of the
    goal's words (``goal_words``) or of ``same`` (their synonyms). None where the sentence
    names one of that head's qualifiers (or of their synonyms, ``near``) anywhere, and where
    the head is itself a word before another noun ("ward audit scores": "audit" says which
    scores). A proper name before the head names one of the goal's kind ("the Opera system"
    for "the booking system"; ``plain`` says so). Linear in the sentence."""
    if not heads:
        return set()
    said = {ws[i].base for i in range(lo, hi)} | {ws[i].lower for i in range(lo, hi)}
    known = goal_words | set(same)
    out: set[int] = set()
    for i in range(lo + 1, hi):
        quals = heads.get(ws[i].base)
        if quals is None or quals & said \
                or near is not None and any(near(q) & said for q in quals):
            continue
        after = ws[i + 1] if i + 1 < hi else None
        if after is not None and after.is_word and after.lower.isalpha() and not plain(after) \
                and not after.lower.endswith("ly"):
            continue
        prev = ws[i - 1]
        if not prev.is_word or not prev.lower.isalpha() or plain(prev):
            continue
        if prev.base in known or prev.lower in known:
            continue
        out.add(i)
    return out


def is_object(rules, w) -> bool:
    """True when a goal's word may name its object: a word, not a stopword or a goal verb."""
    return w.is_word and w.lower.isalpha() and w.lower not in rules.stopwords \
        and w.base not in rules.goal_verbs


def plain(rules, mean, w) -> bool:
    """True when a word before a noun says nothing of which kind it is: a stopword, a
    describer ("new", "biggest"), a number, a verb ("audited the accounts"), or a capitalised
    word: a product or a place of the goal's kind ("the Opera system" for "the booking
    system"), or the sentence's first word."""
    low = w.lower
    return low in rules.stopwords or low in mean.describers or w.base in mean.describers \
        or w.text[:1].isupper() or has_quantity(w.text) or w.base in rules.goal_verbs \
        or low in past_forms() or (len(low) > 4 and low.endswith(("ed", "ing")))


def goal_heads(rules, mean, goal: str) -> dict[str, frozenset]:
    """A goal's heads whose qualifier picks the kind it means (``qualified_heads``, only
    ``Meanings.kind_heads``: "business accounts", "financial audits"). Other heads take a
    claim's qualifier as a kind of the goal's: "the bread order" is a "daily production
    order", "pallet spaces" are "warehouse space"."""
    return {h: q for h, q in qualified_heads(rules.grammar.lexicon.words(mean.core(goal)),
                                             lambda w: is_object(rules, w),
                                             mean.describers).items()
            if h in mean.kind_heads}
