"""The answer check runs in linear time on any text up to the answer size limit: a pasted run of
digits, punctuation, spaces, amounts with units or a phrase list's own patterns costs about four
times as much at four times the length (a quadratic pattern or loop costs sixteen times).

Nothing here is timed (a busy machine cannot make it fail). The work is counted instead:

- the lines of the kit's own code run while checking a text, counted by a trace hook, grow about
  four times at four times the length (a loop per claim over the other claims grows sixteen);
- the characters the check's regular expressions scan (a search to its match or to the end; each
  new text a pattern is given, its length: a copy of the rest of the text per number is
  quadratic) grow about four times, here and at the size limit;
- no pattern the check compiles repeats, without a bound, a part that itself repeats without a
  bound and can split a text in more than one way (``(a+)+``, ``(\\s*\\w+)*``): the shape that
  backtracks exponentially.

Besides the named kinds below, generated kinds (any mix of digits, marks, number and phrase
words, other scripts, repeated) are counted the same way: 8 in every run, 300 in ``make test-long``.
They found a run of one learn verb whose claims each re-read their clause (quadratic) and a step
in work where a long paste begins to prune its patterns.

Each counter has a test showing it catches the quadratic shape it is for. What no counter sees is
backtracking inside one regex call that is quadratic without a nested repeat; ``make bench``
still prints the check's time per kind at 20,000 characters (``KINDS`` below) for that.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
import sys
from pathlib import Path
from re import _compiler, _parser  # the standard library's own parser and compiler
from re._constants import MAXREPEAT

import pytest

import workshop
from workshop.check import check_answer
from workshop.fields import MAX_LONG_TEXT
from workshop.numbers import quantities

# One piece per kind of long input, repeated up to the length; the worst cases seen so far are
# the digit runs ("1-1-1", "1/1/1", "#1#1"), many short sentences and long clauses of claims.
KINDS = {
    "digits": "1",
    "digits and spaces": "1 ",
    "digits and dashes": "1-",
    "digits and slashes": "1/",
    "clock times": "1:",
    "phone numbers": "+1 ",
    "labels": "#1",
    "bullets": "\u20221. ",
    "decimal commas": "1,",
    "versions": "v1.2.3 ",
    "years with CJK": "100\u5e74",
    "letters": "a",
    "spaces": " ",
    "newlines": "\n",
    "full stops": ".",
    "punctuation": ".,;:!?-()[]'\"/",
    "percentages": "12% ",
    "money": "$1,000,",
    "units": "3 hours ",
    "number words": "twenty ",
    "changes": "from 1 to 2 ",
    "results": "I helped the company to cut costs by 40%, ",
    "negated claims": "I did not learn to ",
    "bare learnings": "I learned a lot, ",
    "one word repeated": " learned",  # each claim once read its clause to the end
    # each "still" once walked back to the text's start for its subject (1.8 s at 20,000)
    "an adverb repeated": " still",
    "someone else's use": " it is still used there,",
    "stops told far from their negation": " after that the vans weren't queueing at the gate "
                                          "waiting for a bay anymore,",
    "pitfalls and exceptions": "I loved the team, I hated having to leave, ",
    "a mixed answer": "I cut costs by 40% from $1.2M to $700k in 2019, saving 3 hours a week. ",
    "a table of numbers and units": "| Q1 | 1,200 units | $3.4M | 12% | 3 hrs |\n",
    "a bullet list": "\u2022 cut costs by 12% in 3 months\n",  # 645 lines at the size limit
    "emoji": "\U0001f600\U0001f680 ",
    "Cyrillic": "\u041c\u044b \u0441\u043e\u043a\u0440\u0430\u0442\u0438\u043b\u0438 "
                "\u0437\u0430\u0442\u0440\u0430\u0442\u044b \u043d\u0430 40% ",
    "Chinese": "\u6211\u4eec\u628a\u6210\u672c\u964d\u4f4e\u4e8640%\u3002",
    "no spaces": "abc1def2,3.4%$5",
    "glued currencies and marks": "R180 000 Rs500,x3 KSh1,200 ",  # check16's glued readers
    "fractions in words": "two thirds of three quarters ",
    # issue 21's readers of what a number belongs to: a ranking place that moved, a rank's start
    # with no end, an hour of the day, a place's number, a rough share, a change beside a result
    "ranks": "went from the 9th to 2nd, ",
    "rank starts": "from the slowest from 1st a ",
    "hours of the day": "sold out by ten, shut at 4 ",
    "place labels": "Line three ward 7 ",
    "rough shares": "nearly half ",
    "changes beside results": "down from 9 to 4 days, and sales grew, ",
}
SHORT, LONG = 500, 2_000
_KIT = str(Path(workshop.__file__).resolve().parent)


def _text(piece: str, n: int) -> str:
    return (piece * (n // len(piece) + 1))[:n]


def _lines_run(fn, text: str) -> int:
    """How many lines of the kit's own code run while ``fn(text)`` runs (a count, not a time:
    the same on a busy machine as on an idle one)."""
    count = 0
    own: dict[str, bool] = {}

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def global_(frame, event, arg):
        name = frame.f_code.co_filename
        mine = own.get(name)
        if mine is None:
            mine = own[name] = name.startswith(_KIT)
        return local if mine else None

    old = sys.gettrace()
    sys.settrace(global_)
    try:
        fn(text)
    finally:
        sys.settrace(old)
    return count


class _CountingPattern:
    """A compiled pattern that adds to ``counter[0]`` the characters each call scanned: for a
    search from where it starts to the end of its match, or to the end of the text when nothing
    matched; for a match what it matched; for the rest the whole text (a lower bound of the
    regex engine's work, and the same on any machine); and each text it is given that it was
    not given before, its length."""

    def __init__(self, pattern: re.Pattern, counter: list, seen: dict):
        self._p, self._n, self._seen = pattern, counter, seen

    def __getattr__(self, name):
        return getattr(self._p, name)

    def _given(self, string):
        """A text the pattern has not been given before costs its length once: someone made it
        (a copy of the rest of the text made for each number costs the square of its length)."""
        if id(string) not in self._seen:
            self._seen[id(string)] = string  # kept, so that its id is not reused
            self._n[0] += len(string)

    def _add(self, string, pos, endpos, m):
        end = min(len(string), endpos)
        self._n[0] += (m.end() if m else end) - min(pos, end) + 1

    def search(self, string, pos=0, endpos=sys.maxsize):
        self._given(string)
        m = self._p.search(string, pos, endpos)
        self._add(string, pos, endpos, m)
        return m

    def match(self, string, pos=0, endpos=sys.maxsize):
        self._given(string)
        m = self._p.match(string, pos, endpos)  # anchored: a miss costs a step, not a scan
        self._n[0] += (m.end() - pos if m else 0) + 1
        return m

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        self._given(string)
        m = self._p.fullmatch(string, pos, endpos)
        self._add(string, pos, endpos, m)
        return m

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        self._given(string)
        self._n[0] += len(string[pos:endpos]) + 1
        return self._p.finditer(string, pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        self._given(string)
        self._n[0] += len(string[pos:endpos]) + 1
        return self._p.findall(string, pos, endpos)

    def sub(self, repl, string, count=0):
        self._given(string)
        self._n[0] += len(string) + 1
        return self._p.sub(repl, string, count)

    def subn(self, repl, string, count=0):
        self._given(string)
        self._n[0] += len(string) + 1
        return self._p.subn(repl, string, count)

    def split(self, string, maxsplit=0):
        self._given(string)
        self._n[0] += len(string) + 1
        return self._p.split(string, maxsplit)


class _CountingRe:
    """The ``re`` module as the check's modules see it while counting: its patterns count."""

    def __init__(self, counter, seen):
        self._n, self._seen = counter, seen

    def __getattr__(self, name):
        return getattr(re, name)

    def compile(self, pattern, flags=0):
        if isinstance(pattern, _CountingPattern):
            return pattern
        return _CountingPattern(re.compile(pattern, flags), self._n, self._seen)

    def search(self, pattern, string, flags=0):
        return self.compile(pattern, flags).search(string)

    def match(self, pattern, string, flags=0):
        return self.compile(pattern, flags).match(string)

    def fullmatch(self, pattern, string, flags=0):
        return self.compile(pattern, flags).fullmatch(string)

    def finditer(self, pattern, string, flags=0):
        return self.compile(pattern, flags).finditer(string)

    def findall(self, pattern, string, flags=0):
        return self.compile(pattern, flags).findall(string)

    def sub(self, pattern, repl, string, count=0, flags=0):
        return self.compile(pattern, flags).sub(repl, string, count)

    def subn(self, pattern, repl, string, count=0, flags=0):
        return self.compile(pattern, flags).subn(repl, string, count)

    def split(self, pattern, string, maxsplit=0, flags=0):
        return self.compile(pattern, flags).split(string, maxsplit)


def _imported_by(name: str) -> set[str]:
    """The kit's modules that module ``name`` imports, at its top or inside a function (read
    from its source, so nothing it imports late is missed)."""
    spec = importlib.util.find_spec(name)
    package = name if spec.submodule_search_locations else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(Path(spec.origin).read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            module = (f"{base}.{node.module}" if node.module else base) if node.level \
                else node.module or ""
            if module.startswith("workshop"):
                found.add(module)  # and a module imported by name: "from . import numbers"
                found.update(n for n in (f"{module}.{a.name}" for a in node.names)
                             if _is_module(n))
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("workshop"))
    return found


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # "from .x import y" where x is a module, not a package
        return False


def _reached_from(root: str) -> tuple[str, ...]:
    """Every module of the kit that ``root`` reaches through its imports, transitively (the
    package's own ``__init__`` aside: it only names what is public)."""
    seen, todo = set(), [root]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(_imported_by(name) - seen)
    return tuple(sorted(n.removeprefix("workshop.") for n in seen if n != "workshop"))


# the modules a check runs, whose patterns both tests below watch: whatever workshop.check
# imports, transitively, so a module the check comes to use is watched without being named here
CHECK_MODULES = _reached_from("workshop.check")


def test_the_watched_modules_are_every_module_a_check_runs():
    """CHECK_MODULES is derived from the check's imports, so it holds the modules the issue
    named (result_measure, spans, claims) and every module of the kit a check loads in a fresh
    Python, none missed."""
    import subprocess

    assert {"claims", "result_measure", "spans", "numbers", "reading", "check_rules",
            "specific", "abbreviations"} <= set(CHECK_MODULES)
    probe = ("import sys; from workshop.check import check_answer; "
             "check_answer('I learned SQL from scratch and cut costs by 40% (approx. $2M) "
             "at my next job.', ['reduce costs']); "
             "print(' '.join(m for m in sys.modules if m.startswith('workshop.')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, check=True)
    loaded = {m.removeprefix("workshop.") for m in done.stdout.split()}
    assert loaded and loaded <= set(CHECK_MODULES), loaded - set(CHECK_MODULES)


def _check_modules(*more: str) -> tuple:
    return tuple(importlib.import_module(f"workshop.{name}") for name in (*CHECK_MODULES, *more))


def _chars_scanned(fn, text: str) -> int:
    """How many characters the patterns of the check's modules scanned while ``fn(text)`` ran."""
    from workshop import number_words

    counter, seen = [0], {}
    modules = _check_modules()
    saved = {m: dict(vars(m)) for m in modules}
    try:
        for m in modules:
            for name, value in list(vars(m).items()):
                if isinstance(value, re.Pattern):
                    setattr(m, name, _CountingPattern(value, counter, seen))
            if getattr(m, "re", None) is re:
                m.re = _CountingRe(counter, seen)
        _clear = getattr(getattr(number_words, "_vocabulary_at", None), "cache_clear",
                         lambda: None)
        _clear()  # the vocabulary is compiled again, through the counting module
        fn(text)
    finally:
        for m in modules:
            for name, value in saved[m].items():
                if getattr(m, name, None) is not value:
                    setattr(m, name, value)
        _clear()
    return counter[0]


def _superlinear(count, piece: str) -> tuple[float, float]:
    """(growth, excess) of a count at 1x, 2x and 4x the length: growth is count(4x) / count(1x),
    about 4 when linear, 16 when quadratic; excess is (count(4x) - 2 count(2x)) / count(4x),
    at most 0 when the count is linear plus a constant, about 0.5 when it is quadratic. The
    excess sees a quadratic part long before it outgrows the linear one (a loop over every
    claim of a clause for each claim in it reached 7.6x here, under the growth bound, and an
    excess of 0.32)."""
    f1, f2, f4 = (count(check_answer, _text(piece, n)) for n in (SHORT, 2 * SHORT, LONG))
    assert f1 > 0
    return f4 / f1, (f4 - 2 * f2) / f4


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_patterns_scan_a_linear_amount_of_any_kind_of_text(kind):
    """Four times the text, well under eight times the characters scanned (sixteen when a
    pattern is searched again from each number or word to the end of the text)."""
    growth, excess = _superlinear(_chars_scanned, KINDS[kind])
    assert growth < 8 and excess < 0.1, f"{kind}: {growth:.2f}x, excess {excess:+.3f}"


@pytest.mark.parametrize("kind", ["digits", "digits and spaces", "labels", "years with CJK"])
def test_the_patterns_scan_a_linear_amount_up_to_the_size_limit(kind):
    """The same at the longest answer a workspace holds, for the kinds that were quadratic."""
    short = _chars_scanned(check_answer, _text(KINDS[kind], MAX_LONG_TEXT // 4))
    long = _chars_scanned(check_answer, _text(KINDS[kind], MAX_LONG_TEXT))
    assert long / short < 8, f"{kind}: {short} characters -> {long} characters"


def test_the_character_count_sees_a_copy_per_number():
    """The counter is not blind: matching on a copy of the rest of the text at each digit (what
    the number reader once did) is caught by the same bound; matching in place is not."""
    from workshop import numbers

    def copies(text):
        pattern = numbers.re.compile(r"\d")
        return sum(1 for i in range(len(text)) if pattern.match(text[i:]))

    def in_place(text):
        pattern = numbers.re.compile(r"\d")
        return sum(1 for i in range(len(text)) if pattern.match(text, i))

    assert _chars_scanned(copies, _text("1", LONG)) / _chars_scanned(copies, _text("1", SHORT)) > 8
    assert _chars_scanned(in_place, _text("1", LONG)) / _chars_scanned(in_place,
                                                                        _text("1", SHORT)) < 8


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_check_does_linear_work_on_any_kind_of_text(kind):
    """Four times the text runs well under eight times the lines (sixteen when quadratic), and
    the lines show no quadratic excess."""
    check_answer("warm up: 12% of $1,000 in 3 hours")
    growth, excess = _superlinear(_lines_run, KINDS[kind])
    assert growth < 8 and excess < 0.1, f"{kind}: {growth:.2f}x, excess {excess:+.3f}"


def test_the_line_count_sees_a_quadratic_loop():
    """The counter is not blind: a loop over pairs of words is caught by the same bound."""
    def pairs(text):
        words = text.split()
        same = 0
        for a in words:
            for b in words:
                same += a == b
        return same

    pairs.__code__ = pairs.__code__.replace(co_filename=_KIT + "/_probe.py")
    assert _lines_run(pairs, _text("a ", LONG)) / _lines_run(pairs, _text("a ", SHORT)) > 8
    f = [_lines_run(pairs, _text("a ", n)) for n in (SHORT, 2 * SHORT, LONG)]
    assert (f[2] - 2 * f[1]) / f[2] > 0.1


_REPEATS = ("MAX_REPEAT", "MIN_REPEAT")
# The characters a repeated part is tried on: ASCII, Latin, punctuation, currency and CJK.
_ALPHABET = [chr(c) for c in (*range(0x20, 0x250), *range(0x2000, 0x2200), *range(0x3000, 0x3010),
                              0x5e74, 0x6708, 0x65e5)]


def _matches(state, node, flags) -> set[str]:
    """The characters of ``_ALPHABET`` one node (a character or a set of them) matches."""
    compiled = _compiler.compile(_parser.SubPattern(state, [node]), flags)
    return {c for c in _ALPHABET if compiled.fullmatch(c)}


_CHARS = ("LITERAL", "NOT_LITERAL", "IN", "ANY")
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


def _first(state, flags, nodes, i, after) -> set[str]:
    """The characters the rest of ``nodes`` from ``i`` can start with (``after()`` when all of
    it can match nothing)."""
    while i < len(nodes):
        op, av = nodes[i]
        name = str(op)
        def rest(i=i):
            return _first(state, flags, nodes, i + 1, after)

        if name in _CHARS:
            return _matches(state, nodes[i], flags)
        if name == "SUBPATTERN":
            return _first(state, flags, av[-1], 0, rest)
        if name == "BRANCH":
            return set().union(*(_first(state, flags, b, 0, rest) for b in av[1]))
        if name in (*_REPEATS, "POSSESSIVE_REPEAT"):
            lo, hi, sub = av
            chars = _first(state, flags, sub, 0, rest)
            return chars | rest() if lo == 0 else chars
        if name not in _ZERO_WIDTH:
            return set(_ALPHABET)  # a back reference or the like: anything
        i += 1
    return after()


def _ends_cleanly(state, flags, nodes, after) -> bool:
    """Each unbounded repeat in ``nodes`` is of one character class, and none of the characters
    that can follow it is in that class: the run stops at one place only."""
    for i, (op, av) in enumerate(nodes):
        name = str(op)
        def rest(i=i):
            return _first(state, flags, nodes, i + 1, after)

        if name in _REPEATS:
            lo, hi, sub = av
            if hi == MAXREPEAT:
                if len(sub) != 1 or str(sub[0][0]) not in _CHARS:
                    return False
                if _matches(state, sub[0], flags) & rest():
                    return False
            elif not _ends_cleanly(state, flags, sub, rest):
                return False
        elif name == "SUBPATTERN" and not _ends_cleanly(state, flags, av[-1], rest):
            return False
        elif name == "BRANCH" and not all(_ends_cleanly(state, flags, b, rest) for b in av[1]):
            return False
    return True


def _guarded(body, state, flags) -> bool:
    """A repeated part whose inner runs each stop at one place (``(?:'[^\\W_]+)*``: the run of
    letters stops where the next round's apostrophe is), so a text is split into rounds in one
    way only. (The characters after the whole repeat are not asked: a pattern that could end
    its repeat in two places costs at most a second pass, not an exponential one.)"""
    return _ends_cleanly(state, flags, body,
                         lambda: _first(state, flags, body, 0, lambda: set()))


def _nested(nodes, inside: bool, state, flags) -> list[str]:
    """The unbounded repeats inside an unbounded repeat that can split a text in many ways."""
    found = []
    for op, av in nodes:
        name = str(op)
        if name in _REPEATS:
            lo, hi, sub = av
            unbounded = hi == MAXREPEAT
            if unbounded and inside:
                found.append(str(sub)[:80])
            grows = unbounded and _can_grow(sub) and not _guarded(sub, state, flags)
            found += _nested(sub, inside or grows, state, flags)
        elif name == "SUBPATTERN":
            found += _nested(av[-1], inside, state, flags)
        elif name in ("ASSERT", "ASSERT_NOT"):
            found += _nested(av[1], inside, state, flags)
        elif name == "BRANCH":
            for branch in av[1]:
                found += _nested(branch, inside, state, flags)
        # POSSESSIVE_REPEAT and ATOMIC_GROUP never backtrack into themselves.
    return found


def _nested_repeats(pattern: str, flags: int = 0) -> list[str]:
    tree = _parser.parse(pattern, flags)
    return _nested(tree, False, tree.state, flags | tree.state.flags)


def _can_grow(sub) -> bool:
    """Whether a repeated part can match more than one length of text (a fixed-width part
    repeated, like ``(?:ab)+``, backtracks only linearly)."""
    lo, hi = sub.getwidth()
    return lo != hi


def _walk_patterns(obj, seen: dict, depth: int = 0) -> None:
    """Every compiled pattern in ``obj``: a pattern, a collection or a workshop object."""
    if isinstance(obj, re.Pattern):
        seen[(obj.pattern, obj.flags)] = obj
        return
    if depth >= 4:
        return
    if isinstance(obj, (list, tuple, set, frozenset)):
        items = list(obj)
    elif isinstance(obj, dict):
        items = list(obj.values())
    elif isinstance(obj, type) or not type(obj).__module__.startswith("workshop"):
        return
    elif hasattr(obj, "__dict__"):
        items = list(vars(obj).values())
    else:
        items = [getattr(obj, slot, None) for slot in getattr(obj, "__slots__", ())]
    for item in items:
        _walk_patterns(item, seen, depth + 1)


def _kit_patterns():
    """Every compiled pattern the check's modules hold, at module level or in their rules."""
    from workshop import check_rules, number_words

    seen: dict = {}
    check_answer("I cut costs by 12% in 3 hours, and learned to lead a team of 5.")
    for module in _check_modules():
        for value in list(vars(module).values()):
            _walk_patterns(value, seen)
    _walk_patterns(number_words.vocabulary(), seen)
    _walk_patterns(check_rules.rules(), seen)
    return list(seen.values())


def test_the_walk_finds_the_rule_patterns():
    """The structural test below sees the patterns made from data/numbers_vocabulary.json, not
    only a handful. (The phrase lists of data/phrases.json are matched word by word by
    workshop/phrases.py, not by regular expressions: the line count above covers them.)"""
    assert len(_kit_patterns()) > 30


def test_no_pattern_repeats_an_unbounded_part_without_a_bound():
    bad = {}
    for pattern in _kit_patterns():
        nested = _nested_repeats(pattern.pattern, pattern.flags)
        if nested:
            bad[pattern.pattern[:100]] = nested
    assert not bad, bad


def test_the_pattern_walk_sees_a_nested_repeat():
    assert _nested_repeats(r"(\s*\w+)*$")
    assert _nested_repeats(r"(?:a|b+)+c")
    assert _nested_repeats(r"(?:\w[\w-]*)+x")
    assert not _nested_repeats(r"(?:ab)+\d+")
    assert not _nested_repeats(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")


def test_the_number_reader_finds_the_same_quantities_in_a_long_run_as_in_a_short_one():
    """Linear is not achieved by giving up: every repeat of "12% " is still read."""
    assert len(quantities(_text("12% ", 8_000))) == 2_000
    assert [q.value for q in quantities("from 1 to 2 " * 3)] == [2.0, 2.0, 2.0]


# Pieces for the generated kinds of long input: what the worst kinds above are made of (digits,
# marks, separators, number and unit words, words the phrase lists start with, other scripts).
_ATOMS = ("1", "12", "2019", "3.5", "1,000", "0", " ", "  ", "\n", "\t", ".", ",", ";", ":",
          "!", "?", "-", "\u2013", "/", "(", ")", "[", "]", "#", "%", "$", "\u20ac", "+", "*",
          "'", "\"", "\u2022", "a", "I", "we", "the", "team", "of", "from", "to", "by", "in",
          "not", "never", "learned", "learn", "cut", "costs", "helped", "company", "saved",
          "hours", "years", "later", "now", "use", "still", "loved", "fun", "million", "twenty",
          "one", "times", "k", "x", "v", "\u5e74", "\u00e9t\u00e9", "\u0438", "\U0001f600")


def _fuzz_examples() -> int:
    """A handful in the everyday run; more in ``make test-long`` (WORKSHOP_FUZZ_EXAMPLES set),
    where each example costs about a second of traced checking."""
    from fuzzing import long_fuzz_run

    return 300 if long_fuzz_run() else 8


def _linear_fuzz(test):
    from fuzzing import long_fuzz_run
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    pieces = st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=12).map("".join)
    test = given(piece=pieces)(test)
    test = settings(max_examples=_fuzz_examples(), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])(test)
    return pytest.mark.slow(test) if long_fuzz_run() else test


@_linear_fuzz
def test_any_generated_kind_of_text_costs_linear_work(piece):
    """A text made of any piece repeated (digits, marks, number words, phrase-list words, other
    scripts, in any mix) costs about four times the pattern scanning and the kit's lines at four
    times the length: counted, never timed, so a busy machine cannot fail it."""
    # Whole pieces only, so that the three texts end alike (a cut " fun12" ends in "fun").
    times = max(1, 2 * SHORT // len(piece))
    # The number reader takes its long-paste path (``numbers._LONG_TEXT``) at all three lengths:
    # a typed text read aloud can grow past that length ("+" is said "and"), and a path that
    # changes between 2x and 4x is a step, not a growth (both paths are linear on their own)
    from workshop import numbers

    long_text, numbers._LONG_TEXT = numbers._LONG_TEXT, 0
    try:
        check_answer(piece * times)  # what is worked out once per kind of word: done
        for count in (_chars_scanned, _lines_run):
            f1, f2, f4 = (count(check_answer, piece * (times * k)) for k in (1, 2, 4))
            growth, excess = f4 / f1, (f4 - 2 * f2) / f4
            assert growth < 8 and excess < 0.1, \
                f"{piece!r}: {count.__name__} grew {growth:.2f}x, excess {excess:+.3f}"
    finally:
        numbers._LONG_TEXT = long_text
