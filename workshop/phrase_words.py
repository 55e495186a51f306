"""The words of a text as the phrase engine reads them (``workshop/phrases.py`` makes them):
``Word`` (a word or a mark, with its base form), ``Words`` (a text's words, keeping what the
patterns worked out about it), and ``strip_suffix``, the regular rule for a base form ("saved",
"saving" -> "sav"; irregular forms are the lexicon's)."""

from __future__ import annotations

import operator
from collections.abc import Iterable

__all__ = ["Word", "Words", "strip_suffix"]

_NOT_S = ("ss", "us", "is", "ous", "'s")


class Word:
    """One word (or punctuation mark) of a text.

    Attributes:
        text: as typed.
        lower: lowercase, apostrophes straightened.
        base: the inflection-free key used for matching (see the module docstring).
        start, end: where it is in the text.
        is_word: False for a punctuation mark.
    """

    __slots__ = ("text", "lower", "base", "start", "end", "is_word")

    def __init__(self, text: str, lower: str, base: str, start: int, end: int,
                 is_word: bool) -> None:
        self.text, self.lower, self.base = text, lower, base
        self.start, self.end, self.is_word = start, end, is_word

    def __repr__(self) -> str:
        return f"Word({self.text!r}, base={self.base!r}, {self.start}-{self.end})"


class Words(list):
    """The words of a text, as ``Lexicon.words`` makes them: a list, read-only once made, that
    keeps what the patterns worked out about it (where each list of patterns may start, which
    words a run holds), so that the many lists of patterns the check asks about one text each
    pass over its words once, not once per sentence, clause and question."""

    __slots__ = ("starts", "present", "stretches", "_kinds", "_ids")

    def __init__(self, items: Iterable[Word] = ()) -> None:
        super().__init__(items)
        self.starts: dict[object, list[int]] = {}  # by list of patterns
        self.present: dict[tuple[int, int], set] = {}
        self.stretches: dict[tuple, tuple[int, str] | None] = {}  # see Patterns._match_at
        self._kinds: dict[tuple[str, str, bool], tuple[Word, list[int]]] | None = None
        self._ids: list[int] | None = None

    def kinds(self) -> Iterable[tuple[Word, list[int]]]:
        """Each kind of word once (its base, lowercase form and whether it is a word), with
        where it stands: a question about a word is asked once per kind, not per place."""
        if self._kinds is None:
            self._kinds = {}
            for i, word in enumerate(self):
                key = (word.base, word.lower, word.is_word)
                if key in self._kinds:
                    self._kinds[key][1].append(i)
                else:
                    self._kinds[key] = (word, [i])
        return self._kinds.values()

    def ids(self) -> list[int]:
        """Per word, a number naming its kind (the same for the same base, form and mark)."""
        if self._ids is None:
            ids = [0] * len(self)
            for n, (_, where) in enumerate(self.kinds()):
                for i in where:
                    ids[i] = n
            self._ids = ids
        return self._ids

    def keys(self) -> set:
        """The bases and ("=" and) the exact forms of all its words: what ``_present`` says of
        a run, for the whole list (in C-level passes, once)."""
        whole = self.present.get((0, len(self)))
        if whole is None:
            lowers = map(operator.attrgetter("lower"), self)
            whole = self.present[0, len(self)] = set(map(operator.attrgetter("base"), self)) \
                | set(map("=".__add__, lowers))
        return whole



def strip_suffix(w: str) -> str:
    """The regular inflection taken off a lowercase word (irregular forms are looked up first)."""
    n = len(w)
    if n <= 3 or not w.isalpha():
        return w[:-1] if n > 3 and w.endswith("e") and w.isalpha() else w
    if w.endswith(("ies", "ied")) and n > 4:
        return w[:-3] + "y"
    stem = _without_ending(w, n)
    if stem != w and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        stem = stem[:-1]  # planned -> plan, running -> run
    if stem.endswith("e") and len(stem) > 3:
        stem = stem[:-1]  # save, saves, saved, saving -> sav
    return stem


def _without_ending(w: str, n: int) -> str:
    """``w`` (``n`` letters) without its -ing, -ed, -es or -s ending, the first that applies."""
    if w.endswith("ing") and n > 5:
        return w[:-3]
    if w.endswith("ed") and n > 4:
        return w[:-2]
    if w.endswith("es") and n > 4 and w[-3] in "sxzh" and not w.endswith(("ches", "shes")):
        return w[:-2]
    if w.endswith(("ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(_NOT_S):
        return w[:-1]
    return w
