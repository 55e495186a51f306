"""What the job was, as the 90-second version says it (issue 20, r28: the setting thrown away).

A role's one-line summary is most often a note of duties ("Charge on nights + preceptor for
new grads", "opening/closing, cash office, covering for the ASM", "rotations through surgery,
elderly care, renal. Did my clinical diploma"), which ``draft_frame.what_i_did`` does not say,
as it reads no doing in it. ``setting_said`` says such a note as the job's duties, in one of a
few forms (``data/story_setting.json``, chosen by the content), the duties joined as a person
lists them ("the cash office and covering for the ASM"): only parts that are noun phrases
(``noun_phrase``), with no number (a result's number belongs in 03, where 04 scores it), no
pitfall (the perks, the fun) and no word of a feeling or a sentence (``not_duties``), and not
the title said again, nor a phrase of a skill or a result the story tells ("cash
office"); two duties at least (one alone is most often the job's name again:
"summer internship on the payments team"). "" where the summary holds no such list. Every
pattern here runs in linear time.
"""

from __future__ import annotations

import re

from .check import pitfall_phrases
from .draft_frame import variant_of, what_i_did
from .model import Role
from .noun_phrase import noun_phrase
from .resources import load_json, per_data_folder
from .verbs import _past_form
from .wording import content_stems

__all__ = ["setting_said"]

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# The most duties said in one sentence, and its most words: a longer list is heard as a CV.
_MOST_DUTIES = 3
_MOST_WORDS = 16


@per_data_folder
def _data() -> dict[str, object]:
    data = load_json("story_setting.json")
    return data if isinstance(data, dict) else {}


def setting_said(role: Role) -> str:
    """What the job was: ``what_i_did`` where the summary says a doing, else its duties as one
    sentence of the speaker's ("Day to day, the job was rotations through surgery, elderly
    care and renal."), in the job's tense; "" where the summary holds no duty to say."""
    said = what_i_did(role)
    if said:
        return said
    duties = _duties(role)
    data = _data()
    forms = [f for f in data.get("forms_present" if role.current else "forms_past", [])
             if isinstance(f, str) and "{duties}" in f]
    if not duties or not forms:
        return ""
    sentence = forms[variant_of(role.title, role.organization, role.summary) % len(forms)]
    sentence = sentence.format(duties=_joined(duties))
    return "" if pitfall_phrases(sentence) else sentence


def _duties(role: Role) -> list[str]:
    """The summary's first run of duties: the parts of its first sentence that has any, each a
    noun phrase of a duty (see the module docstring)."""
    stop = {w.lower() for w in _data().get("not_duties", []) if isinstance(w, str)}
    title = content_stems(role.title)
    told = _pairs(" ".join([*(sk.name for sk in role.skills),
                            *(r.statement for r in role.results)]))
    for sentence in re.split(r"[.;!?]\s+", " ".join(role.summary.split())):
        parts = [p.strip(" .,;") for p in re.split(r",\s*|\s\+\s|\s&\s", sentence)]
        parts = [p.replace("/", " and ") if re.fullmatch(r"[a-z]+/[a-z]+", p) else p
                 for p in parts]
        duties = [p for p in parts if _duty(p, stop, title)]
        if len(duties) >= 2 and len(duties) == len([p for p in parts if p]):
            # a duty the story tells (a skill's or a result's words) is said there, not twice
            duties = [d for d in duties if not _pairs(d) & told]
            duties = duties[:_MOST_DUTIES]
            if len(duties) >= 2 and sum(len(d.split()) for d in duties) <= _MOST_WORDS:
                return duties
    return []


def _duty(part: str, stop: set[str], title: set[str]) -> bool:
    words = [w.lower() for w in _WORD.findall(part)]
    if not words or _past_form(words[0]) or re.search(r"\d|[()~£$€%]", part) or any(
            w in stop for w in words):
        return False
    stems = content_stems(part)
    if stems and stems <= title:
        return False  # "lead teller" of a Lead Teller: the opening said it
    return noun_phrase(part) and len(words) >= 2 or len(words) == 1 and noun_phrase(part)


def _joined(duties: list[str]) -> str:
    first = duties[0]  # the note's first word, capital only as the note's start
    said = [first[0].lower() + first[1:] if first[:2].istitle() else first, *duties[1:]]
    last = ", and" if any(" and " in d for d in said) else " and"  # "opening and closing"
    return said[0] if len(said) == 1 else f"{', '.join(said[:-1])}{last} {said[-1]}"


def _pairs(text: str) -> set[str]:
    """Two meaningful words in a row ("cash office"), as stems: a phrase a listener hears as
    said twice."""
    words = [w.lower() for w in _WORD.findall(text)]
    stems = [next(iter(content_stems(w)), "") for w in words]
    return {f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False) if a and b}
