"""Text that is not speech said in a draft (issue 20, draft65): what a participant typed to
themselves, a form's stand-in for no answer, a sentence typed half, said aloud as if it were
the answer.

    from draft_notspeech import not_speech, NOT_SPEECH_CLASSES
    not_speech(text)  # [(class, sentence), ...]

Read here with the benchmark's own short lists, never the kit's data (``data/typed.json``'s
``to_self``), so a word taken out of the data still shows:

- ``remark to self``: a reminder of what to say or do ("Mention I still ...", "Remember to
  ...", "check this figure with Sam", "ask Dave for ...", "need to double check", "will
  confirm", "TBC", "fill in later", "more here", "NB:"), a doubt about a figure typed beside
  it ("rough number", "from memory", "don't want to quote it", "(estimate)", "I think?",
  "..., not sure.", "exact figure on my laptop"), a pointer to the writer's own papers ("see
  CV");
- ``form value``: a form's stand-in said as the organisation or the place ("at n/a", "at
  Various", "for self employed", "Various / unpaid", "at N/A");
- ``unfinished``: a sentence that ends on a word that waits for more (", and.", "... with
  the.", "... than.") or on "was"/"were" with nothing it describes ("My own part was.").
"""

from __future__ import annotations

import re

NOT_SPEECH_CLASSES = ("remark to self", "form value", "unfinished")

_REMARK = re.compile(
    r"(?:^|[,;:(\-\u2013]\s*|\.\s+)(?:mention|remember to|don'?t forget|note to self|nb\b|n\.b\.|"
    r"todo\b|to do:|tb[cda]\b|fill in later|add (?:\w+ ){0,4}later|more here|more later|"
    r"(?:need to |will |to )?(?:double[- ]?check|re-?check|confirm|verify)\b|"
    r"(?:need to |will |to )check\b|check (?:this|that|the|with)\b|ask (?-i:[A-Z][a-z]+)\b|"
    r"see (?:my )?(?:cv|resume|linkedin|portfolio)\b)"
    r"|\b(?:rough (?:number|figure|estimate)|from memory|(?:don'?t|do not) want to quote|"
    r"exact (?:figure|number) (?:on|in|somewhere)|if (?:that'?s|it'?s) ok(?:ay)? to say|"
    r"to be confirmed|fill in later)\b"
    r"|\(\s*(?:an? |my )?(?:estimate|guess|approx\w*|not sure|i think)\b"
    r"|\bI think\?|\?\?|,\s*not sure[.!?]*$|,\s*(?:roughly|approx)[.!?]*$",
    re.IGNORECASE)
_FORM = re.compile(
    r"\b(?:at|for|with|in|as a|as an)\s+(?:n/?a|none|nil|various(?:\s+(?:clients|companies|"
    r"employers|places))?|self[- ]?employed|unpaid|unknown|misc|not applicable)\b(?![\w-])|"
    r"\b(?:various|n/a)\s*/\s*\w+|\w+\s*/\s*(?:various|unpaid|n/a)\b|\bfor for\b",
    re.IGNORECASE)
_WAITS_END = re.compile(r"(?:(?<=\s)(?:and|or|but|the|a|an|my|our|their|than|plus|because|"
                        r"including)|,\s*(?:with|to|for|so))\s*[.!?]*[\"'\u201d\u2019)]*$",
                        re.IGNORECASE)
_BE_END = re.compile(r"\b(?:was|were|is|are)\s*[.!?]*$", re.IGNORECASE)
_WH = re.compile(r"\b(?:who|what|where|how|which|that|than|as|whatever)\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'\u201c])")


def not_speech(text: str) -> list[tuple[str, str]]:
    """The sentences of ``text`` that say what is not speech, each with its class (one of
    ``NOT_SPEECH_CLASSES``); a sentence counts once per class."""
    out = []
    for sentence in _SENTENCES.split(" ".join((text or "").split())):
        if not sentence:
            continue
        if _REMARK.search(sentence):
            out.append(("remark to self", sentence))
        if _FORM.search(sentence):
            out.append(("form value", sentence))
        if _WAITS_END.search(sentence) or (_BE_END.search(sentence)
                                           and not _WH.search(sentence)):
            out.append(("unfinished", sentence))
    return out
