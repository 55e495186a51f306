"""A learned second opinion on an answer's sentences, beside the check's rules (issue 21).

The rules read growth and results in the wordings someone wrote a pattern for; told in other
words ("by the end the foreman was handing me the whole first fix"), they miss them. This
module scores each *sentence* with a small logistic regression per code, trained on the
studied answer sets (``benchmarks/check_model.py`` builds ``data/check_model.json`` from them,
bit for bit), and an answer's score for a code is its best sentence's: the sentence a finding
quotes.

It reads the text on its own, with nothing from the rules (``sentences`` and
``sentence_features``: sentences at a ``.``/``!``/``?`` before a space and at line breaks, at
most ``MAX_SENTENCES`` of them, lower-case words cut to
a rough stem, word pairs, where the sentence stands, a negation, a wish or plan, the subject
"I" / "we" / another, a number and a year, and the words of the sentence before), so that an
edit to ``data/phrases.json`` changes the rules and never silently the model.

The model file holds, per code, the weights and ``combine``: the score above which the second
opinion counts where the rules found nothing (chosen by cross-validation on the studied sets,
see docs/answer_check.md). A facilitator's edits to the phrase lists still decide everything
the rules find; the model only adds what they miss, and only with a sentence to quote.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .fileio import read_regular
from .resources import MAX_DATA_BYTES, data_file

__all__ = ["MODEL_FILE", "QUOTE_LIMIT", "Opinion", "sentences", "sentence_features",
           "answer_features", "score", "opinions", "second_opinion", "model_override"]

MODEL_FILE = "check_model.json"
MAX_CHARS = 40_000  # as the check: what lies beyond is not read
# An answer is a few dozen sentences; a paste of thousands is read only this far, so the second
# opinion's cost stays small at the size limit.
MAX_SENTENCES = 400
_LETTER = re.compile(r"[^\W\d_]")
# a sentence ends at a stop followed by a space or the end, or at a line break: "4.5%" and
# "v1.2" stay whole
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\S))+[.!?]*")  # no repeat inside a repeat
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d[\d,.]*\d|\d|[%$\u00a3\u20ac]")
_YEAR = re.compile(r"(?:19|20)\d\d$")
_NEGATION = frozenset("not no never nothing nobody none neither nor without hardly barely "
                      "cannot".split())
_MOOD = frozenset("want wanted wants hope hoping would could will 'll might if chance wish "
                  "plan planning looking 'd".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve "
                          "fifteen twenty thirty forty fifty sixty seventy eighty ninety "
                          "hundred hundreds thousand thousands million millions billion half "
                          "third quarter fifth double doubled halved tripled twice percent "
                          "dozen dozens".split())
_SUBJECTS = {"i": "i", "we": "we", "my": "my", "our": "our", "they": "they", "it": "it",
             "he": "other", "she": "other", "the": "the"}
_LEADS = frozenset("and but so then because when after once while as also just though "
                   "although which that".split())
_SUFFIXES = ("ingly", "ing", "edly", "ed", "ies", "es", "ly", "s")


@functools.lru_cache(maxsize=8192)  # a text repeats its words: each is cut once
def _stem(word: str) -> str:
    """A rough stem: "saved", "saving", "saves" -> "sav"; short words as they are."""
    if word.endswith("n't"):
        return "not"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def sentences(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` starts and ends (characters), blanks left out."""
    text = text[:MAX_CHARS] if isinstance(text, str) else ""
    out = []
    for m in _SENTENCE.finditer(text):
        lo, hi = m.start(), m.end()
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if _LETTER.search(text, lo, hi):  # a run of figures or marks claims nothing
            out.append((lo, hi))
            if len(out) == MAX_SENTENCES:
                break
    return out


def _tokens(sentence: str) -> list[str]:
    return _TOKEN.findall(sentence.lower().replace("\u2019", "'"))


def sentence_features(sentence: str, before: str = "", first: bool = False,
                      last: bool = False) -> list[str]:
    """The features of one sentence (``before``: the sentence before it, "" for none), sorted."""
    tokens = _tokens(sentence)
    stems = [_stem(t) for t in tokens]
    feats = {"bias"}
    feats.update("w:" + s for s in stems)
    feats.update(f"b:{a}_{b}" for a, b in zip(stems, stems[1:], strict=False))
    feats.update("p:" + _stem(t) for t in _tokens(before))
    if first:
        feats.add("pos:first")
    if last:
        feats.add("pos:last")
    lead = True
    for t in tokens:
        if t in _NEGATION or t.endswith("n't"):
            feats.add("neg")
        if t in _MOOD or t.endswith("'ll") or t.endswith("'d"):
            feats.add("mood")
        if t[0].isdigit():
            feats.add("year" if _YEAR.match(t) else "num")
        elif t in _NUMBER_WORDS or t in "%$\u00a3\u20ac":
            feats.add("num")
        if lead and t not in _LEADS:
            feats.add("subj:" + _SUBJECTS.get(t, "other"))
            lead = False
        elif t in ("and", "but", "so", "because"):
            lead = True
    return sorted(feats)


def answer_features(text: str) -> list[tuple[tuple[int, int], list[str]]]:
    """Each sentence of ``text`` (where it is) with its features."""
    text = text if isinstance(text, str) else ""
    spans = sentences(text)
    out = []
    for k, (lo, hi) in enumerate(spans):
        before = text[spans[k - 1][0]:spans[k - 1][1]] if k else ""
        out.append(((lo, hi), sentence_features(text[lo:hi], before, k == 0,
                                                k == len(spans) - 1)))
    return out


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def score(weights: dict[str, float], feats) -> float:
    """The probability one code's weights give a sentence with these features."""
    return _sigmoid(sum(weights.get(f, 0.0) for f in feats))


@dataclass(frozen=True)
class Opinion:
    """What the model says of one code in one answer.

    Attributes:
        code: the check's code (``skill_growth``, ``company_result``, ...).
        score: the best sentence's probability, 0 to 1.
        sentence: that sentence, as typed.
        counts: the score is above the model's ``combine`` threshold for this code.
    """

    code: str
    score: float
    sentence: str
    counts: bool


_OVERRIDE: list[dict] = []  # model_override's stack: the model in use instead of the file's


@functools.lru_cache(maxsize=4)
def _model_at(path: str) -> dict:
    """The ``codes`` of the model file at ``path``, read once per path; {} when it is absent
    or broken (the check then reads with its rules alone)."""
    try:
        model = json.loads(read_regular(path, MAX_DATA_BYTES).decode("utf-8"))
    except Exception:  # noqa: BLE001
        return {}
    codes = model.get("codes", {}) if isinstance(model, dict) else {}
    if not isinstance(codes, dict):
        return {}
    return {code: m for code, m in codes.items()
            if isinstance(m, dict) and isinstance(m.get("weights"), dict)}


def _model() -> dict:
    return _OVERRIDE[-1] if _OVERRIDE else _model_at(str(data_file(MODEL_FILE)))


@contextlib.contextmanager
def model_override(codes: dict | None) -> Iterator[None]:
    """Within the block, the check uses ``codes`` (a model file's ``codes``; ``{}`` or None:
    the rules alone) instead of ``data/check_model.json``: for measuring and for tests."""
    _OVERRIDE.append(codes or {})
    try:
        yield
    finally:
        _OVERRIDE.pop()


def opinions(text: str, model: dict | None = None) -> dict[str, Opinion]:
    """Per code in the model, the best-scoring sentence of ``text`` (``model``: a model
    file's ``codes``; the kit's own by default). Never raises; {} without a model."""
    codes = _model() if model is None else model
    if not codes or not isinstance(text, str):
        return {}
    feats = answer_features(text)
    out = {}
    for code, m in codes.items():
        weights = m.get("weights", {})
        best, where = 0.0, (0, 0)
        for span, f in feats:
            s = score(weights, f)
            if s > best:
                best, where = s, span
        threshold = m.get("combine")
        counts = isinstance(threshold, (int, float)) and best > threshold
        out[code] = Opinion(code, best, text[where[0]:where[1]], counts)
    return out


QUOTE_LIMIT = 140
# the codes the second opinion may add, and what the finding then says (the sentence quoted)
_FOUND = {"skill_growth": "Skill growth, read from how you tell it: ",
          "company_result": "A result for the organisation, read from how you tell it: "}


def told_by_model(finding) -> bool:
    """Whether a check's finding (``check.Finding``) was found by this second opinion alone,
    not by the rules: its message is the one ``_FOUND`` gives it."""
    lead = _FOUND.get(finding.code)
    return bool(lead) and finding.message.startswith(lead)


def _quote(sentence: str) -> str:
    """The sentence in quotation marks, cut at a word (never inside one) when it is long."""
    sentence = " ".join(sentence.split())
    if len(sentence) > QUOTE_LIMIT:
        cut = sentence.rfind(" ", 0, QUOTE_LIMIT - 4)
        sentence = sentence[: cut if cut > 0 else QUOTE_LIMIT - 4].rstrip(",;:") + " ..."
    return f"\u201c{sentence}\u201d"


# What the model must give a sentence the rules already half read as a claim (``half_told``):
# more likely than not, where a claim read by the model alone needs its ``combine`` score.
HALF_TOLD_SCORE = 0.5


def _half_told(code: str, text: str, where: Sequence[tuple[int, int]]) -> Opinion | None:
    """The best sentence of ``text`` that overlaps one of the spans ``where`` (characters) and
    scores above ``HALF_TOLD_SCORE`` for ``code``, as a counting opinion; None when none does."""
    weights = _model().get(code, {}).get("weights", {})
    best = None
    for (lo, hi), feats in answer_features(text):
        if any(lo < b and a < hi for a, b in where):
            p = score(weights, feats)
            if p > HALF_TOLD_SCORE and (best is None or p > best.score):
                best = Opinion(code, p, text[lo:hi], True)
    return best


def second_opinion(findings: Sequence, text: str,
                   half_told: dict[str, Sequence[tuple[int, int]]] | None = None) -> list:
    """The check's findings with the model's second opinion added: a growth or result finding
    the rules did not pass passes when the model's best sentence for it scores above the
    model's ``combine`` threshold, or when a sentence the rules half read as that claim
    (``half_told``: by code, where those sentences are, in characters of ``text``) scores above
    ``HALF_TOLD_SCORE``; its message quotes that sentence. Nothing else changes (the findings
    are ``check.Finding`` records, replaced, never edited)."""
    findings = list(findings)
    wanted = [k for k, f in enumerate(findings) if f.code in _FOUND and not f.ok]
    if not wanted or not _model():
        return findings
    said = opinions(text)
    for k in wanted:
        opinion = said.get(findings[k].code)
        where = (half_told or {}).get(findings[k].code)
        if where and (opinion is None or not opinion.counts):
            opinion = _half_told(findings[k].code, text, where) or opinion
        if opinion is not None and opinion.counts and opinion.sentence:
            message = _FOUND[opinion.code] + _quote(opinion.sentence)
            if not message.endswith(("?\u201d", "!\u201d", ".\u201d")):
                message += "."
            findings[k] = dataclasses.replace(findings[k], ok=True, message=message,
                                              sentence=opinion.sentence)
    return findings
