"""The answer check's rules as read from ``data/phrases.json``: its phrase lists compiled into
``Patterns``, its grammar for ``workshop/reading.py``, its goal words and its suggestions.

Read once per file (a facilitator's ``WORKSHOP_DATA`` folder gets its own); ``workshop/check.py``
applies them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .outcomes import outcome_lists
from .phrase_file import read_phrases
from .phrases import Lexicon, Patterns
from .reading import Grammar
from .resources import data_dir
from .specific import Specific

__all__ = ["Rules", "rules", "suggest"]

_PHRASES_FILE = "phrases.json"


def _as_list(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str) and v.strip()]


def _as_dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class Rules:
    """The lists of ``data/phrases.json``, compiled."""

    grammar: Grammar
    lists: dict[str, Patterns]
    pitfalls: Patterns  # every category's patterns in one list
    pitfall_category: dict[str, str]  # pattern -> its category
    complaint_needs_target: Patterns
    complaint_targets: Patterns
    pitfall_exceptions: Patterns
    perk_nouns: Patterns  # the class ``perk_noun``: a perk named by its bare noun
    value_after: Patterns  # a clause valuing what the clause before it ends on
    set_aside: Patterns  # a clause that says what mattered instead
    contrast: Patterns  # a clause's opening that turns from what came before ("but")
    concession: Patterns  # a clause's opening that grants it ("although")
    answered: Patterns  # a clause's opening where the speaker acts on a blame ("so I trained")
    synonyms: dict[str, frozenset]
    kinds: dict[str, frozenset]  # a goal's word -> the bases of what is a kind of it
    outcomes: dict[str, frozenset]  # a goal's word -> the bases that tell it as a change
    goal_verbs: frozenset
    goal_acts: frozenset  # goal verbs that name the work itself ("lead", "train", "automate")
    stopwords: frozenset
    pitfall_labels: dict
    suggestions: dict
    specific: Specific


_LISTS = ("pitfall_answered_not", "pitfall_judged", "skill_growth", "not_skill_growth",
          "growth_before", "growth_after", "growth_after_far", "growth_after_title",
          "company_result", "result_needs_subject", "result_needs_clause_subject", "not_result",
          "result_topic", "result_trait", "prevented_if", "prevented_loss", "observed_result",
          "others_result", "result_talk",
          "used_later", "used_later_not", "used_later_reuse", "used_later_when",
          "used_later_same_job", "skill_level_move", "skill_level_measure", "result_own_rate",
          "result_own_errors",
          "result_change_shape", "result_own_speed", "result_absence_count",
          "result_measure_next", "lesson_unnamed",
          "lesson_list_opening", "result_now_before", "result_occasion", "result_means",
          "growth_of_named", "uptake", "uptake_reach", "uptake_not",
          "absence", "absence_since", "result_own_negation", "result_measured_object",
          "target_frame", "target_met", "compared_then", "compared_now", "state_after",
          "state_tie", "lesson_of_life", "growth_outside", "later_place", "trade_duty",
          "particle_duty", "trade_change", "trade_verb")


@functools.lru_cache(maxsize=8)
def _rules_for(path: str) -> Rules:
    data = read_phrases(_LISTS)  # strictly: a key misspelt or of the wrong type is said
    irregular = {str(k): str(v) for k, v in _as_dict(data.get("irregular")).items()
                 if isinstance(v, str)}
    classes = {str(k): _as_list(v) for k, v in _as_dict(data.get("classes")).items()}
    lexicon = Lexicon(irregular, _as_list(data.get("optional_words")), classes)
    scope = _as_dict(data.get("scope"))

    def patterns(values: object) -> Patterns:
        return Patterns(_as_list(values), lexicon)

    grammar = Grammar(lexicon, patterns(data.get("clause_breaks")),
                      patterns(scope.get("negation")), patterns(scope.get("not_negation")),
                      patterns(scope.get("irrealis")), patterns(scope.get("nominal_negation")),
                      patterns(scope.get("past_modal")), patterns(scope.get("past_anchor")),
                      patterns(scope.get("retro_anchor")),
                      patterns(scope.get("not_irrealis")))
    category: dict[str, str] = {}
    for name, values in _as_dict(data.get("pitfalls")).items():
        for pattern in _as_list(values):
            category.setdefault(" ".join(pattern.split()), str(name))
    synonyms: dict[str, set] = {}
    for group in data.get("goal_synonyms") or []:
        bases = {lexicon.base(w.lower()) for w in _as_list(group) if len(w.split()) == 1}
        for b in bases:
            synonyms.setdefault(b, set()).update(bases)
    stopwords = frozenset(w.lower() for w in _as_list(data.get("stopwords")))
    kinds = _meanings(data.get("goal_kinds"), lexicon, classes)
    outcomes = _meanings(data.get("goal_outcomes"), lexicon, classes)
    # The words of the organisation, the team and the speaker name nothing that changed either.
    naming_nothing = stopwords | {w.lower() for name in ("org", "employer", "team_noun", "me")
                                  for w in classes.get(name, []) if len(w.split()) == 1}
    lists = {name: patterns(data.get(name)) for name in _LISTS}
    lists.update(_with_outcomes(data, patterns))
    return Rules(
        grammar=grammar,
        lists=lists,
        pitfalls=patterns(list(category)),
        pitfall_category=category,
        complaint_needs_target=patterns(data.get("complaint_needs_target")),
        complaint_targets=patterns(data.get("complaint_targets")),
        pitfall_exceptions=patterns(data.get("pitfall_exceptions")),
        perk_nouns=patterns(["<perk_noun>"] if classes.get("perk_noun") else []),
        value_after=patterns(data.get("pitfall_value_after")),
        set_aside=patterns(data.get("pitfall_set_aside")),
        contrast=patterns(data.get("pitfall_contrast")),
        concession=patterns(data.get("pitfall_concession")),
        answered=patterns(data.get("pitfall_answered")),
        synonyms={k: frozenset(v) for k, v in synonyms.items()},
        kinds=kinds,
        outcomes=outcomes,
        goal_verbs=frozenset(lexicon.base(w.lower()) for w in _as_list(data.get("goal_verbs"))),
        goal_acts=frozenset(lexicon.base(w.lower()) for w in _as_list(data.get("goal_acts"))),
        stopwords=stopwords,
        pitfall_labels={str(k): str(v) for k, v in _as_dict(data.get("pitfall_labels")).items()},
        suggestions={str(k): str(v) for k, v in _as_dict(data.get("suggestions")).items()},
        specific=Specific.from_data(data.get("specific"), lexicon, frozenset(naming_nothing),
                                    frozenset(w.lower() for w in outcome_lists()["size_words"])),
    )


def _with_outcomes(data: dict, patterns) -> dict[str, Patterns]:
    """The lists of ``data/outcomes.json`` (``workshop/outcomes.py``), compiled; a problem that
    went away (``result_ended``: "the complaints went away") joins the results whose subject
    must not be the speaker (``result_needs_clause_subject``: not "I went away")."""
    extra = outcome_lists()
    out = {k: patterns(list(v)) for k, v in extra.items() if k != "size_words"}
    for name in ("company_result", "result_needs_clause_subject"):
        out[name] = patterns(_as_list(data.get(name)) + list(extra["result_ended"]))
    return out


def _meanings(table: object, lexicon: Lexicon, classes: dict[str, list]) -> dict[str, frozenset]:
    """A one-way table of ``data/phrases.json`` (``goal_kinds``, ``goal_outcomes``): each key
    word's base -> the bases of its words, a ``<class>`` standing for the class's one-word
    entries ("market": ["abroad", "<place>"])."""
    out: dict[str, set] = {}
    for key, values in _as_dict(table).items():
        words = []
        for value in _as_list(values):
            name = value[1:-1] if value.startswith("<") and value.endswith(">") else None
            words.extend(classes.get(name, []) if name is not None else [value])
        bases = {lexicon.base(w.lower()) for w in words if isinstance(w, str) and w
                 and len(w.split()) == 1}
        # under the key's base and its plural's ("drawing" is "draw", "drawings" "drawing")
        key = str(key).lower()
        for form in {lexicon.base(key), lexicon.base(key + "s")}:
            out.setdefault(form, set()).update(bases)
    return {k: frozenset(v) for k, v in out.items()}


def rules() -> Rules:
    # Keyed by the file's path, so a facilitator's WORKSHOP_DATA folder gets its own lists.
    return _rules_for(str(data_dir() / _PHRASES_FILE))


def suggest(rules: Rules, key: str, fallback: str) -> str:
    return rules.suggestions.get(key) or fallback
