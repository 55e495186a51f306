"""The learned second opinion beside the check's rules (workshop/check_learned.py, built by
benchmarks/check_model.py): its learner is reproducible and learns, its model file is what the
script builds from the committed data, and the check uses it only to pass a growth or result
the rules missed, quoting the sentence, never to pass a hollow answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers_scripts import load_script

from workshop import check_learned as learned
from workshop.check import check_answer

ROOT = Path(__file__).resolve().parent.parent


def _script():
    return load_script(ROOT / "benchmarks" / "check_model.py", "check_model")


def _answer(labels: dict, *texts: str) -> dict:
    text = " ".join(texts)
    return {"labels": labels,
            "sentences": [(text[lo:hi], f) for (lo, hi), f in learned.answer_features(text)]}


TINY = [
    _answer({"skill_growth": True}, "I learned to weld pipe.", "The site was by the river."),
    _answer({"skill_growth": True}, "The shop was busy.", "I learned to read drawings."),
    _answer({"skill_growth": True}, "I learned to drive the forklift.", "We had a canteen."),
    _answer({"skill_growth": False}, "The shop was busy.", "We had a canteen."),
    _answer({"skill_growth": False}, "The site was by the river.", "It rained a lot."),
    _answer({"skill_growth": False}, "I liked the canteen.", "The shop was busy."),
]


def test_the_learner_gives_the_same_weights_to_the_last_digit_and_learns_the_signal():
    """Training twice on the same rows writes the same model text; the learned model scores an
    unseen sentence with the positive answers' shared words above one without them, and an
    answer's score is its best sentence's, which is the one quoted."""
    script = _script()
    first = script.dumps(script.train(TINY, codes=("skill_growth",)))
    second = script.dumps(script.train(TINY, codes=("skill_growth",)))
    assert first == second
    model = json.loads(first)["codes"]["skill_growth"]
    assert model["weights"]["b:i_learn"] > 0
    text = "It was a warehouse. I learned to plan the loads."
    sents = [(text[lo:hi], f) for (lo, hi), f in learned.answer_features(text)]
    score, quote = script.answer_score(model, sents)
    assert quote == "I learned to plan the loads."
    assert score > 0.5 > script.answer_score(model, sents[:1])[0]


def test_the_committed_model_is_what_the_script_builds_from_the_committed_sets():
    """data/check_model.json equals, byte for byte, what ``check_model.py --write`` writes from
    the studied sets in tests/eval/ (so a change to the features, the learner or the labels
    needs the model rebuilt: ``.venv/bin/python benchmarks/check_model.py --write``)."""
    script = _script()
    if not all(path.exists() for _, path in script.STUDIED):
        pytest.skip("the studied sets are not here")
    answers = [r for name, path in script.STUDIED for r in script.load(path, name, rules=False)]
    built = script.dumps(script.model_file(answers))
    committed = (ROOT / "data" / learned.MODEL_FILE).read_text(encoding="utf-8")
    assert built == committed, "rebuild it: .venv/bin/python benchmarks/check_model.py --write"
    assert set(json.loads(committed)["codes"]) == set(script.COMBINE)


TOLD_GROWTH = "By my second year I was the one planning the loads."
MODEL = {"skill_growth": {"weights": {"bias": -4.0, "w:plann": 7.0}, "combine": 0.9},
         "company_result": {"weights": {"bias": -4.0}, "combine": 0.9}}


def test_a_growth_the_rules_miss_passes_on_the_models_word_quoting_its_sentence():
    """With the rules alone the sentence is no growth; with a model that scores it above its
    threshold the finding passes and quotes the sentence, as typed; the JSON keys are those of
    any other finding, and the other findings are untouched."""
    text = "It was a big depot. " + TOLD_GROWTH
    with learned.model_override({}):
        alone = check_answer(text)
    with learned.model_override(MODEL):
        both = check_answer(text)
    assert not alone.finding("skill_growth").ok
    growth = both.finding("skill_growth")
    assert growth.ok and growth.sentence == TOLD_GROWTH
    assert f"\u201c{TOLD_GROWTH}\u201d" in growth.message
    assert growth.message.count(".\u201d.") == 0
    assert set(growth.to_dict()) == set(alone.finding("skill_growth").to_dict()) | {"sentence"}
    for code in ("company_result", "quantified", "used_later", "pitfalls", "length"):
        assert both.finding(code) == alone.finding(code)


def test_a_score_at_or_under_the_threshold_changes_nothing():
    """The second opinion counts only above the model's ``combine``: a weaker score, or a code
    the model has no threshold for, leaves the rules' finding as it was."""
    weak = {"skill_growth": {"weights": {"bias": -4.0, "w:plann": 5.0}, "combine": 0.9}}
    unset = {"skill_growth": {"weights": {"bias": -4.0, "w:plann": 7.0}}}
    with learned.model_override({}):
        alone = check_answer(TOLD_GROWTH)
    for model in (weak, unset):
        with learned.model_override(model):
            assert check_answer(TOLD_GROWTH) == alone


@pytest.mark.parametrize("text", [
    # growth and results that name nothing, a duty told as help, a job's dates, a lesson
    "I helped the company to grow. I helped the shop to get better. I went from beginner to "
    "expert in my skills. I used them afterwards.",
    "I learned a lot there and it made me better at my job. I helped the office to answer "
    "the phones and file the post.",
    "I was a kitchen porter at the Harbour Hotel from 2019 to 2022. I learned so much and "
    "grew as a person, and I supported the team every day.",
    "I developed my skills and improved a lot. We achieved great results and the business "
    "did really well while I was there.",
])
def test_hollow_answers_stay_not_strong_with_the_shipped_model(text):
    """The kit's own model never turns a hollow answer (claims that name no skill, no change,
    a duty, a job's dates) into a strong one."""
    assert not check_answer(text).verdict.strong


def test_a_long_sentence_is_quoted_cut_at_a_word_and_bad_input_gives_no_opinion():
    """A quote longer than the limit ends at a whole word and " ..."; no text gives no
    opinion that counts."""
    long = "By my second year I was planning " + "the loads and the rotas " * 12 + "myself."
    with learned.model_override(MODEL):
        growth = check_answer(long).finding("skill_growth")
    assert growth.ok and growth.sentence == long
    body = growth.message.split("\u201c", 1)[1].rsplit("\u201d", 1)[0]
    assert body.endswith(" ...") and len(body) <= learned.QUOTE_LIMIT
    assert long.startswith(body[:-4]) and long[len(body) - 4] == " "  # no word broken
    assert learned.opinions(None) == {}
    with learned.model_override(MODEL):
        assert not any(o.counts for o in learned.opinions("").values())


@pytest.mark.parametrize("content", ["{not json", '{"codes": []}', '{"codes": {"x": 1}}'])
def test_a_broken_model_file_leaves_the_rules_alone(tmp_path, monkeypatch, content):
    """A facilitator's data folder whose check_model.json is broken (or holds no codes) turns
    the second opinion off instead of failing the check."""
    import shutil

    from workshop import config

    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    (folder / learned.MODEL_FILE).write_text(content, encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_DATA", str(folder))
    config.reset()
    text = "It was a big depot. " + TOLD_GROWTH
    assert learned.opinions(text) == {}
    with learned.model_override({}):
        alone = check_answer(text)
    assert check_answer(text) == alone


def test_sentences_are_found_on_their_own_and_features_carry_structure():
    """The model's reading needs nothing of the rules: sentences at a stop before a space and
    at line breaks ("4.5%" stays whole; a run of figures is no sentence), and a sentence's
    negation, mood, subject, number and year as features."""
    text = "I didn't drive it.\nWe would cut waste by 4.5% in 2021!  12. 3. "
    spans = learned.sentences(text)
    assert [text[a:b] for a, b in spans] == ["I didn't drive it.",
                                             "We would cut waste by 4.5% in 2021!"]
    first, second = (learned.sentence_features(text[a:b]) for a, b in spans)
    assert {"neg", "subj:i"} <= set(first) and "mood" not in first
    assert {"mood", "subj:we", "num", "year"} <= set(second) and "neg" not in second
