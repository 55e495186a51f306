"""``stock growth line``, a listener figure of ``benchmarks/draft_eval.py`` (issue 20, s18):
a draft that says a skill's growth only by a frame of the kit's round the skill's name ("That
job is where I learned X.", "This job taught me to X.", "Where I grew most in that job was X.",
"I built up X much further there.", "..., where I learned X"). Blind hiring managers rated it
the worst sentence on every set: it says nothing a listener can check and repeats what the
story shows. Read with the benchmark's own short patterns, never the draft code's word lists,
so a form taken out of the data still shows: a sentence, or a clause after ", where" /
", because" / ", since", that holds a growth verb and, once a skill's name of the role and the
frame's own words are taken out, no word of its own.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_grammar import sentences  # noqa: E402

__all__ = ["stock_growth_lines", "stock_joins"]

_GROWTH = re.compile(r"\b(?:learn(?:ed|t)|taught me|got (?:better|good) at|grew|grown|built up|"
                     r"gained|picked up|improved my|made me better|developed)\b", re.I)
# the frame's own words: a job, where, when, how far, said of any skill
_FRAME = frozenset("""that this it the a an was is job where i learned learnt taught me to
    got better good at grew grown most in over my time there along way also picked up as well
    built gained improved lot much further made developed use using do doing how works
    running run really one which on because since and of role""".split())
_FRAME = _FRAME | {re.sub(r"(?<=\w{3})(?:ing|ed|s)$", "", w) for w in _FRAME}
_CLAUSE = re.compile(r",\s+(?=(?:where|because|since)\b)", re.I)


def _words(text: str) -> list[str]:
    """The words of ``text``, each by a rough stem ("training", "trains" -> "train")."""
    return [re.sub(r"(?<=\w{3})(?:ing|ed|s)$", "", w)
            for w in re.findall(r"[a-z0-9]+(?:['’-][a-z0-9]+)*", text.lower())]


def stock_growth_lines(text: str, role) -> list[str]:
    """The sentences (or clauses) of ``text`` that say a skill of ``role`` grew with nothing but
    a frame round its name."""
    if role is None:
        return []
    names = [set(_words(s.name)) for s in role.skills if s.name.strip()]
    out = []
    for sentence in sentences(text):
        for part in [sentence, *_CLAUSE.split(sentence)[1:]]:
            if not _GROWTH.search(part):
                continue
            left = set(_words(part)) - _FRAME
            if any(name and name & set(_words(part)) and left <= name for name in names):
                out.append(part)
                break
    return out


# --- stock join (issue 20, s20) ------------------------------------------------------------------
# A join a listener hears as the kit's, not the participant's: a frame that points back at the
# sentence before, or at "the job", with no word of its own, read by structure (not from the
# kit's data, so a form taken out of the data still shows):
# - a pointer clause: "that"/"this"/"it" + "is"/"was" + a cause word or a wh-word whose
#   referent is the sentence before ("That is a big part of why ...", "That is what let me
#   ...", "This is how ...", "That was why ...");
# - a lead of a preposition and a pointer with no word of its own ("With that behind me, ...",
#   "Along the way ...", "From there, ...", "On top of that, ...", "..., and with it ...",
#   "Over my time there ...");
# - the job as the place of a learning, with no word of its own in the frame ("In this job I
#   learned X", "That job is where I got better at X", "It was in that job that I learned X",
#   "That was the job where ...", "This job made me better at X").
_POINTER = re.compile(
    r"^(?:and\s+)?(?:that|this|it)(?:'s|\s+(?:is|was|'s))\s+(?:(?:a|the)\s+(?:big\s+|large\s+|"
    r"main\s+)?(?:part|reason)\s+(?:of\s+)?(?:why|how)|(?:exactly\s+|partly\s+)?(?:why|how)|"
    r"(?:exactly\s+)?what\s+(?:let|made|helped|got))\b", re.I)
_LEAD = re.compile(
    r"(?:^|,\s*(?:and\s+)?)(?:with\s+(?:that|this|it)(?:\s+behind\s+(?:me|us))?|along\s+the\s+way|"
    r"from\s+there|on\s+top\s+of\s+(?:that|this)|over\s+my\s+time\s+there|as\s+a\s+result|"
    r"building\s+on\s+(?:that|this))\b", re.I)
_JOB_PLACE = re.compile(
    r"^(?:(?:in|at)\s+(?:that|this)\s+(?:job|role)\s+I\s+\w+|(?:that|this)\s+(?:job\s+)?"
    r"(?:is|was)\s+(?:the\s+(?:job|role|place)\s+)?where\s+I\b|it\s+was\s+in\s+(?:that|this)\s+"
    r"(?:job|role)\s+that\b|(?:that|this)\s+(?:job|role)\s+(?:made|taught)\s+me\b)", re.I)


def stock_joins(text: str) -> list[str]:
    """The sentences of ``text`` that hold a stock join (see above): a pointer clause, a lead
    of a preposition and a pointer, or the job as the place of a learning."""
    return [s for s in sentences(text)
            if _POINTER.search(s) or _LEAD.search(s) or _JOB_PLACE.search(s)]


# --- kit-shaped later use and a phrase said twice (issue 20, r26) ---------------------------------
# A later use told in the kit's frame round the skill, not as the person's own doing with its
# time and place: "I used that skill when I ...", "I used my skills in X when ...", "I drew on
# that skill ...", "Later, I used that skill on ...", "I use my X skills to ...", "I used what I
# learned about X ...". Read by pattern here, never from the draft code.
_KIT_LATER = re.compile(
    r"\bI\s+(?:have\s+)?(?:still\s+)?(?:used|use|drew\s+on|draw\s+on|kept\s+using|applied|put)\s+"
    r"(?:that\s+skill|this\s+skill|my\s+skills\s+in\b|my\s+(?:[\w-]+\s+){1,3}skills\b|"
    r"what\s+I\s+learned\s+about\b)", re.I)
_STOP = frozenset("""a an the and or but so to of in on at for with from by as is was were be been
    am are i me my we our us you your it its this that these those there here then than
    when where which who what how why not no also too very really just all any some one
    job role work year years time first new now still later next more most much many
    went got get had have has did do does made make said""".split())


def kit_later_uses(text: str) -> list[str]:
    """The sentences of ``text`` that tell a later use in the kit's frame (above)."""
    return [s for s in sentences(text) if _KIT_LATER.search(s)]


def phrases_twice(text: str) -> list[str]:
    """Content phrases said in two sentences of one draft after its opening: two meaningful
    words in a row ("dementia care", "residents calm"), or a frame of four words in a row
    ("in that job i"), found in two different sentences (r26: "says the calm-residents point
    twice", "'In that job I learned' twice")."""
    seen: dict[str, int] = {}
    twice: list[str] = []
    for n, sentence in enumerate(sentences(text)[1:]):
        words = re.findall(r"[a-z0-9]+(?:['’-][a-z0-9]+)*", sentence.lower())
        grams = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)
                 if a not in _STOP and b not in _STOP and len(a) > 2 and len(b) > 2}
        grams |= {" ".join(words[i:i + 4]) for i in range(len(words) - 3)
                  if sum(w not in _STOP for w in words[i:i + 4]) <= 1}
        for gram in grams:
            if gram in seen and seen[gram] != n and gram not in twice:
                twice.append(gram)
            seen.setdefault(gram, n)
    return twice
