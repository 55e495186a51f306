"""A small classifier of answer sentences beside the check's rules (issue 21): ``make eval-ml``.

    .venv/bin/python benchmarks/check_model.py            # cross-validate, compare, print
    .venv/bin/python benchmarks/check_model.py --write    # rebuild data/check_model.json
    python-with-scikit-learn benchmarks/check_model.py --learner sklearn --no-held-out

The issue's second method for "read structure, not keywords": a logistic regression per code
(``skill_growth``, ``company_result``, ``quantified``, ``used_later``) that scores *sentences*,
so that a finding can still quote its sentence; an answer's score is the highest of its
sentences' (multiple-instance learning: the labels are per answer, a positive answer has at
least one positive sentence, a negative one none). The features are
``workshop.check_learned.sentence_features`` (read without the rules, so that an edit to the
phrase lists never changes the model).

Training data: the studied sets only (``tests/eval/answers_dev.jsonl``, ``probe_blind``,
``probe_blind3``, ``probe_blind5``, ``probe_blind7``: the last in the register people publish).
The published answers of ``../shared/real-answers`` are never trained on (the model would hold
their words); they are a studied test set here.

The learner is written here in plain Python (``train_logistic``: stochastic gradient descent
in a fixed order, L2, no randomness), so the model file is rebuilt bit for bit from the
committed data (``tests/test_check_learned.py`` checks it). Multiple-instance training: a
negative answer's sentences are negatives; a positive answer's sentences all start as
positives, each weighted one over their number; then, twice, only the sentence the last model
scores highest. ``train_sklearn`` fits the same objective with scikit-learn, for the
comparison only.

What is printed: per code, the rules, the classifier and the ways to combine them, measured by
five-fold cross-validation over the studied answers and by leaving each studied set out in
turn; the combination is chosen on those figures only (``choose``; what the check uses is
``COMBINE``). Then the published answers, and the held-out sets' figures (never their texts or
ids), rules beside the combination, with the model trained on every studied answer.
docs/answer_check.md ("A learned second opinion") has the figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop import check_learned as learned  # noqa: E402

EVAL_DIR = ROOT / "tests" / "eval"
MODEL_FILE = ROOT / "data" / learned.MODEL_FILE
STUDIED = (("dev", EVAL_DIR / "answers_dev.jsonl"),
           ("probe", EVAL_DIR / "probe_blind" / "answers.jsonl"),
           ("probe3", EVAL_DIR / "probe_blind3" / "answers.jsonl"),
           ("probe5", EVAL_DIR / "probe_blind5" / "answers.jsonl"),
           ("probe7", EVAL_DIR / "probe_blind7" / "answers.jsonl"))
HELD_OUT = (("holdout", EVAL_DIR / "answers_holdout.jsonl"),
            ("probe2", EVAL_DIR / "probe_blind2" / "answers.jsonl"),
            ("probe4", EVAL_DIR / "probe_blind4" / "answers.jsonl"),
            ("probe6", EVAL_DIR / "probe_blind6" / "answers.jsonl"),
            ("probe8", EVAL_DIR / "probe_blind8" / "answers.jsonl"),
            ("probe9", EVAL_DIR / "probe_blind9" / "answers.jsonl"),
            ("probe10", EVAL_DIR / "probe_blind10" / "answers.jsonl"))
LEARNED = ("skill_growth", "company_result", "quantified", "used_later")
FOLDS = 5
EPOCHS = 12
RATE = 0.2
L2 = 1e-4
MIN_COUNT = 2  # a feature seen in fewer training sentences is left out
MIL_ROUNDS = 2
DIGITS = 4  # weights as written in the model file
# the ways to combine, by name: what an answer is judged to have for one code
THRESHOLDS = (0.5, 0.7, 0.8, 0.9)
# What the check uses (the model file's ``combine``): per code, the score above which the
# classifier's sentence counts where the rules found nothing, as the cross-validation chose
# (``choose``, printed by ``make eval-ml``). quantified: within 0.01 of the rules (with
# probe_blind7: 0.92 / 0.92 against 0.93 / 0.92 above 0.9), and a number the classifier found
# would be no ``numbers.Quantity`` for 04's score to read, so the rules alone; used_later: a tie
# (0.94 every way), so the rules alone.
COMBINE = {"skill_growth": 0.9, "company_result": 0.9}


# --- the learner --------------------------------------------------------------------------------

def score(model: dict, feats) -> float:
    """The probability one code's model gives a sentence with these features."""
    return learned.score(model["weights"], feats)


def train_logistic(rows: list[tuple[list[str], int, float]], epochs: int = EPOCHS,
                   rate: float = RATE, l2: float = L2, min_count: int = MIN_COUNT) -> dict:
    """Logistic regression over (features, label 0/1, weight) rows by stochastic gradient
    descent, visiting the rows in a fixed order that changes each epoch (a stride through
    them), so the same rows give the same weights to the last bit. Features seen in fewer than
    ``min_count`` rows are left out (``bias`` is always kept)."""
    counts: dict[str, int] = {}
    for feats, _, _ in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, c in counts.items() if c >= min_count or f == "bias"}
    data = [([f for f in feats if f in keep], y, wt) for feats, y, wt in rows]
    w: dict[str, float] = {}
    n = len(data)
    stride = _stride(n)
    for epoch in range(epochs):
        step = rate / (1.0 + epoch)
        k = epoch % n if n else 0
        for _ in range(n):
            feats, y, wt = data[k]
            k = (k + stride) % n
            g = (learned.score(w, feats) - y) * wt * step
            for f in feats:
                old = w.get(f, 0.0)
                w[f] = old - g - step * l2 * old
    return {"weights": {f: round(v, DIGITS) for f, v in sorted(w.items())
                        if abs(round(v, DIGITS)) > 0}}


def train_sklearn(rows: list[tuple[list[str], int, float]], l2: float = L2,
                  min_count: int = MIN_COUNT, **_) -> dict:
    """The same model trained by scikit-learn's ``LogisticRegression`` (lbfgs, L2 with
    ``C = 1 / (l2 * rows)``, the same objective), written as the same weights: for the
    comparison only (``--learner sklearn`` in a Python that has scikit-learn)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for feats, _, _ in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, c in counts.items() if c >= min_count and f != "bias"}
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in feats if f in keep} for feats, _, _ in rows])
    y = [label for _, label, _ in rows]
    if len(set(y)) < 2:
        return {"weights": {"bias": 5.0 if y and y[0] else -5.0}}
    fit = LogisticRegression(C=1.0 / (l2 * len(rows)), max_iter=1000)
    fit.fit(x, y, sample_weight=[w for _, _, w in rows])
    weights = {name: round(float(c), DIGITS) for name, c in
               zip(vec.get_feature_names_out(), fit.coef_[0], strict=True)}
    weights["bias"] = round(float(fit.intercept_[0]), DIGITS)
    return {"weights": {f: v for f, v in sorted(weights.items()) if v}}


LEARNERS = {"python": train_logistic, "sklearn": train_sklearn}
LEARNER = ["python"]  # which one train_code uses (the command line's --learner)


def _stride(n: int) -> int:
    """A step through ``n`` rows that visits each once (coprime with n), far from 1."""
    if n < 3:
        return 1
    s = max(1, int(n * 0.618))
    while math.gcd(s, n) != 1:
        s += 1
    return s


def train_code(answers: list[dict], code: str, rounds: int = MIL_ROUNDS, **kw) -> dict:
    """One code's model from answers carrying ``sentences`` (``load``: each sentence as typed,
    with its features) and ``labels``: multiple-instance training as the module docstring
    says."""
    chosen = {i: list(range(len(a["sentences"]))) for i, a in enumerate(answers)
              if a["labels"].get(code) is True}
    model: dict = {"weights": {}}
    for round_ in range(rounds + 1):
        rows = []
        for i, a in enumerate(answers):
            label = a["labels"].get(code)
            if label is False:
                rows.extend((f, 0, 1.0) for _, f in a["sentences"])
            elif label is True and a["sentences"]:
                picks = chosen[i]
                rows.extend((a["sentences"][k][1], 1, 1.0 / len(picks)) for k in picks)
        model = LEARNERS[LEARNER[0]](rows, **kw)
        if round_ < rounds:
            for i in chosen:
                sents = answers[i]["sentences"]
                best = max(range(len(sents)), key=lambda k: (score(model, sents[k][1]), -k))
                chosen[i] = [best]
    return model


def train(answers: list[dict], codes=LEARNED, **kw) -> dict:
    """One model per code (``codes``), as the model file holds them."""
    return {"codes": {code: train_code(answers, code, **kw) for code in codes}}


def model_file(answers: list[dict]) -> dict:
    """The model file's content: the codes the check combines, each with its threshold."""
    model = train(answers, codes=tuple(COMBINE))
    for code, threshold in COMBINE.items():
        model["codes"][code]["combine"] = threshold
    model["about"] = ("written by benchmarks/check_model.py --write from the studied sets ("
                      + ", ".join(name for name, _ in STUDIED) + "); see its docstring")
    return model


def answer_score(model: dict, sentences) -> tuple[float, str]:
    """The highest sentence score and that sentence (0 and "" for an empty answer)."""
    best, quote = 0.0, ""
    for text, feats in sentences:
        s = score(model, feats)
        if s > best:
            best, quote = s, text
    return best, quote


def dumps(model: dict) -> str:
    return json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n"


# --- data and evaluation ------------------------------------------------------------------------

def load(path: Path, name: str, rules: bool = True) -> list[dict]:
    """A labelled set with each answer read once: its sentences and features, and (``rules``)
    what the rules alone say: positives per code, and the parts of the verdict the classifier
    does not change (no pitfall, not a telegram)."""
    with open(path, encoding="utf-8") as fh:
        return read_rows([json.loads(line) for line in fh if line.strip()], name, rules)


def read_rows(corpus: list[dict], name: str, rules: bool = True) -> list[dict]:
    """``load`` for rows already read (the corpus shape of ``benchmarks/eval.py``)."""
    from workshop.check import check_answer

    rows = []
    for row in corpus:
        text = row.get("text", "")
        labels = dict(row.get("labels", {}))
        labels["verdict"] = labels.get("verdict") == "strong"
        out = {"set": name, "id": row.get("id"), "kind": row.get("kind"), "labels": labels,
               "sentences": [(text[lo:hi], f)
                             for (lo, hi), f in learned.answer_features(text)]}
        if rules:
            with learned.model_override({}):  # the rules alone
                check = check_answer(text, row.get("goals") or [])
            ok = {f.code: f.ok for f in check.findings}
            out.update(rules={c: ok[c] for c in LEARNED},
                       gate=ok["pitfalls"] and "telegram" not in check.verdict.missing)
        rows.append(out)
    return rows


def policies() -> dict:
    """name -> f(rules' answer, classifier's score) -> positive?"""
    out = {"rules": lambda r, s: r}
    for t in THRESHOLDS:
        out[f"clf>{t}"] = lambda r, s, t=t: s > t
    for t in THRESHOLDS[1:]:
        out[f"rules|clf>{t}"] = lambda r, s, t=t: r or s > t
    for t in (0.1, 0.2, 0.3):
        out[f"rules&clf>{t}"] = lambda r, s, t=t: r and s > t
    return out


def _kappa(tp: int, fp: int, fn: int, tn: int) -> float:
    n = tp + fp + fn + tn
    if not n:
        return float("nan")
    observed = (tp + tn) / n
    expected = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
    if expected >= 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1 - expected)


def figures(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    """Agreement and kappa of (label, said) pairs."""
    tp = sum(a and b for a, b in pairs)
    fp = sum(b and not a for a, b in pairs)
    fn = sum(a and not b for a, b in pairs)
    tn = len(pairs) - tp - fp - fn
    return ((tp + tn) / len(pairs) if pairs else float("nan"), _kappa(tp, fp, fn, tn))


def judged(rows: list[dict], scores: list[dict], choice: dict) -> list[dict]:
    """Per answer, what a combination (code -> policy name) says for each code and the verdict
    (both pillars, and the rules' own gate: no pitfall, not a telegram)."""
    table = policies()
    out = []
    for row, sc in zip(rows, scores, strict=True):
        said = {c: table[choice[c]](row["rules"][c], sc[c]) for c in LEARNED}
        # as the labels are tied: a number measures a result, a later use is of a grown skill
        said["quantified"] = said["quantified"] and said["company_result"]
        said["used_later"] = said["used_later"] and said["skill_growth"]
        said["verdict"] = said["skill_growth"] and said["company_result"] and row["gate"]
        out.append(said)
    return out


def summary(rows: list[dict], said: list[dict]) -> dict:
    """Agreement / kappa per code and the verdict, and the verdict's misses."""
    out = {}
    for code in LEARNED + ("verdict",):
        pairs = [(r["labels"][code], s[code]) for r, s in zip(rows, said, strict=True)
                 if isinstance(r["labels"].get(code), bool)]
        out[code] = figures(pairs)
    hollow = [s["verdict"] for r, s in zip(rows, said, strict=True) if r["kind"] == "hollow"]
    out["hollow"] = (sum(hollow), len(hollow))
    out["weak->strong"] = sum(s["verdict"] and not r["labels"]["verdict"]
                              for r, s in zip(rows, said, strict=True))
    out["strong->not"] = sum(r["labels"]["verdict"] and not s["verdict"]
                             for r, s in zip(rows, said, strict=True))
    return out


def fold_of(answer_id: str) -> int:
    return int(hashlib.sha256(str(answer_id).encode()).hexdigest(), 16) % FOLDS


def cross_scores(rows: list[dict], split) -> list[dict]:
    """Each answer's classifier scores from a model trained without its part (``split``: row
    -> part)."""
    parts = sorted({split(r) for r in rows})
    scores: list[dict | None] = [None] * len(rows)
    for part in parts:
        model = train([r for r in rows if split(r) != part])
        for i, r in enumerate(rows):
            if split(r) == part:
                scores[i] = {c: answer_score(model["codes"][c], r["sentences"])[0]
                             for c in LEARNED}
    return scores


def _cell(fig: tuple[float, float]) -> str:
    a, k = fig
    return f"{a * 100:.0f}% / {k:.2f}"


def compare(rows: list[dict], scores: list[dict], title: str) -> dict:
    """Print each policy's agreement / kappa per code; return name -> code -> figures."""
    print(f"\n{title}")
    names = list(policies())
    width = 16
    print(f"{'policy':<16}" + "".join(f"{c:>{width}}" for c in LEARNED))
    out = {}
    for name in names:
        said = judged(rows, scores, {c: name for c in LEARNED})
        s = summary(rows, said)
        out[name] = s
        print(f"{name:<16}" + "".join(f"{_cell(s[c]):>{width}}" for c in LEARNED))
    return out


def choose(*tables: dict) -> dict:
    """Per code, the policy with the best mean kappa over the tables given (ties: the rules,
    then the earlier policy)."""
    choice = {}
    for code in LEARNED:
        best = max(policies(), key=lambda n: (round(sum(t[n][code][1] for t in tables)
                                                    / len(tables), 4), n == "rules"))
        choice[code] = best
    return choice


def side_by_side(sets: dict[str, tuple[list[dict], list[dict]]], choice: dict) -> None:
    names = list(sets)
    width = max(16, *(len(n) + 2 for n in names))
    print(f"{'code':<16}" + "".join(f"{n:>{width}}" for n in names))
    results = {}
    for name, (rows, scores) in sets.items():
        before = summary(rows, judged(rows, scores, {c: "rules" for c in LEARNED}))
        after = summary(rows, judged(rows, scores, choice))
        results[name] = (before, after)
    for code in LEARNED + ("verdict",):
        print(f"{code:<16}" + "".join(
            f"{_cell(results[n][0][code]) + ' > ' + _cell(results[n][1][code]):>{width + 16}}"
            for n in names))
    for key in ("weak->strong", "strong->not"):
        print(f"{key:<16}" + "".join(
            f"{str(results[n][0][key]) + ' > ' + str(results[n][1][key]):>{width + 16}}"
            for n in names))
    cells = []
    for n in names:
        (b, total), (a, _) = results[n][0]["hollow"], results[n][1]["hollow"]
        cells.append(f"{f'{b}/{total} > {a}/{total}':>{width + 16}}")
    print(f"{'hollow->strong':<16}" + "".join(cells))


def _real_answers() -> list[dict] | None:
    """The published answers as ``benchmarks/eval.py`` reads them in place, or None."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("workshop_eval", ROOT / "benchmarks" / "eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.read_real_answers(module.REAL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true",
                        help=f"train on every studied answer and write {MODEL_FILE.name}")
    parser.add_argument("--no-held-out", action="store_true",
                        help="cross-validate on the studied sets only")
    parser.add_argument("--learner", choices=sorted(LEARNERS), default="python",
                        help="the hand-written learner (the model file's) or scikit-learn's")
    args = parser.parse_args(argv)
    LEARNER[0] = args.learner
    if args.learner != "python" and args.write:
        parser.error("the model file is written by the hand-written learner only")
    t0 = time.process_time()
    studied = [r for name, path in STUDIED for r in load(path, name)]
    print(f"studied answers: {len(studied)} ({time.process_time() - t0:.1f} s CPU to read)")
    if args.write:
        MODEL_FILE.write_text(dumps(model_file(studied)), encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(ROOT)} ({MODEL_FILE.stat().st_size} bytes)")
        return 0
    t0 = time.process_time()
    cv = cross_scores(studied, lambda r: fold_of(r["id"]))
    pooled = compare(studied, cv, f"Studied sets, {FOLDS}-fold cross-validation "
                     "(agreement / kappa):")
    loso = cross_scores(studied, lambda r: r["set"])
    left = compare(studied, loso, "Studied sets, each set left out in turn:")
    print(f"({time.process_time() - t0:.1f} s CPU)")
    choice = choose(pooled, left)
    print("\nchosen per code by mean kappa over both: "
          + ", ".join(f"{c}: {p}" for c, p in choice.items()))
    wired = {c: f"rules|clf>{COMBINE[c]}" if c in COMBINE else "rules" for c in LEARNED}
    print("the check uses (COMBINE, data/check_model.json): "
          + ", ".join(f"{c}: {p}" for c, p in wired.items()))
    choice = wired
    sets = {}
    for name, _ in STUDIED:
        idx = [i for i, r in enumerate(studied) if r["set"] == name]
        sets[name + " (cv)"] = ([studied[i] for i in idx], [cv[i] for i in idx])
    print("\nStudied sets by 5-fold cross-validation, rules > chosen:")
    side_by_side(sets, choice)
    sets = {}
    for name, _ in STUDIED:
        idx = [i for i, r in enumerate(studied) if r["set"] == name]
        sets[name + " (left out)"] = ([studied[i] for i in idx], [loso[i] for i in idx])
    print("\nStudied sets, each left out of training in turn, rules > chosen:")
    side_by_side(sets, choice)
    model = train(studied)
    real = _real_answers()
    if real:
        rows = read_rows(real, "real")
        scores = [{c: answer_score(model["codes"][c], r["sentences"])[0] for c in LEARNED}
                  for r in rows]
        print("\nPublished answers (../shared/real-answers: studied, never trained on), model "
              "trained on every studied answer, rules > chosen:")
        side_by_side({"real": (rows, scores)}, choice)
    if args.no_held_out:
        return 0
    held = {}
    for name, path in HELD_OUT:
        if path.exists():
            rows = load(path, name)
            scores = [{c: answer_score(model["codes"][c], r["sentences"])[0] for c in LEARNED}
                      for r in rows]
            held[name] = (rows, scores)
    if held:
        print("\nHeld-out sets (figures only), model trained on every studied answer, "
              "rules > chosen:")
        side_by_side(held, choice)
    return 0


if __name__ == "__main__":
    sys.exit(main())
