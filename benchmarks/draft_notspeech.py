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
  CV"), a note's label said aloud ("Start: ...", "End: ...", "Result: ..."); a remark about
  the entry itself ("both numbers are right, the second one is newer", "sorry, typo above",
  "see below", "ignore the first number", "todo ..."), a question to oneself ("..., was it
  2019?"), a gap handed to someone else or to later ("I'd have to look it up", "the QA team
  would know", "Dana can confirm", "can't remember exactly", "not 100% on this");
- ``form value``: a form's stand-in said as the organisation or the place ("at n/a", "at
  Various", "for self employed", "Various / unpaid", "at N/A");
- ``unfinished``: a sentence that ends on a word that waits for more (", and.", "... with
  the.", "... than.", "... its.") or on "was"/"were"/"been" with nothing it describes ("My own
  part was."); a preposition with nothing after it where no word opens a clause it belongs to
  ("... because of.", "... thanks to.", "... from." but never "the one I'm proudest of.",
  "the people I worked with."); a piece of a sentence left on its own, opening in lower case
  after a stop ("... came. back.").

Apart from ``not speech`` (round 32, draft70): ``shorthand`` (``shorthand_kept``), the sentences
that say a form's shorthand as typed: a short form of a common word ("mgr", "dept", "maint",
"approx", "ppl", "cust", "qty", "yrs"), a rank or a unit ("Cpl", "Sgt", "Sqn", "QM"), a mark
typed for a word ("w/", "b/c", "@", "&" between words in lower case, " + " between words): a
hiring manager hears the typing, not the candidate.
"""

from __future__ import annotations

import re

NOT_SPEECH_CLASSES = ("remark to self", "form value", "unfinished")

# a form's shorthand said as typed, read with the benchmark's own list (not ``data/typed.json``)
_SHORTHAND = re.compile(
    r"(?<![\w/&@-])(?:mgrs?|mgmt|mgt|depts?|maint|approx|asst|qty|yrs|hrs|mths|wks|ppl|custs?|"
    r"acct|replen|govt|b/c|w/o?|appts?|tues|thurs|(?-i:Cpl|Sgt|Sqn|Pte|Capt|Regt|QM|QMs|CPL|SGT))"
    r"(?![\w/&-])|(?<=\w)\s*@\s*(?=\w)|(?-i:(?<=[a-z])\s+[&+]\s+(?=[a-z]))", re.IGNORECASE)


def shorthand_kept(text: str) -> list[str]:
    """The sentences of ``text`` that say a form's shorthand as typed (the module's
    docstring)."""
    return [s for s in _SENTENCES.split(" ".join((text or "").split()))
            if s and _SHORTHAND.search(s)]

_REMARK = re.compile(
    r"(?:^|[,;:(]\s*|\s[\-\u2013]+\s*|\.\s+)(?:mention|remember to|don'?t forget|note to self|"
    r"nb\b|n\.b\.|todo\b|to do:|tb[cda]\b|fill in later|add (?:\w+ ){0,4}later|more here|"
    r"more later|"
    r"(?:need to |will |to )?(?:double[- ]?check|re-?check|confirm|verify)\b|"
    r"(?:need to |will |to )check\b|check (?:this|that|the|with)\b|ask (?-i:[A-Z][a-z]+)\b|"
    r"see (?:my )?(?:cv|resume|linkedin|portfolio)\b)"
    r"|\b(?:rough (?:number|figure|estimate)|from memory|(?:don'?t|do not) want to quote|"
    r"exact (?:figure|number) (?:on|in|somewhere)|if (?:that'?s|it'?s) ok(?:ay)? to say|"
    r"to be confirmed|fill in later)\b"
    r"|\(\s*(?:an? |my )?(?:estimate|guess|approx\w*|not sure|i think)\b"
    r"|\bnot sure (?:of the )?exact(?:ly)?\b|\bI think\?|\?\?|,\s*not sure[.!?]*$|"
    r",\s*(?:roughly|approx)[.!?]*$",
    re.IGNORECASE)
# a remark about the entry itself, a question to oneself, a gap handed to someone else (round
# 32): "both numbers are right, the second one is newer", "sorry, typo above", "see below",
# "was it 2019?", "todo get the exact ms", "I'd have to look it up", "the QA team would know"
_ABOUT_ENTRY = re.compile(
    r"\b(?:todo|pls check|please check|need(?:s)? (?:a )?source|typo (?:above|below|in)|"
    r"see (?:above|below)|as (?:said|written|noted) (?:above|below)|sorry,? (?:typo|for|long|"
    r"about)|long answer|(?:if|whether) this is what you mean|what you mean|both (?:numbers|"
    r"figures|dates|answers) are (?:right|true|correct)|ignore (?:the|that|this|my) (?:first|"
    r"second|last|above|number|figure|bit)|(?:first|second|1st|2nd|last|newer|older|later) "
    r"(?:one|figure|number|date)? ?is (?:the )?(?:right|correct|newer|latest|more recent)|"
    r"i'?d have to (?:look|check|ask|find|dig)|look (?:it|that) up|(?:would|will|should|"
    r"might) know(?: better| for sure)?[.!?]*$|can confirm|"
    r"can'?t remember (?:exactly|the|if|when|which)|"
    r"(?:don'?t|do not) know (?:the )?exact|not 100%|(?<!was )(?<!were )(?<!am )(?<!I'm )"
    r"(?<!be )not sure (?:if|whether|it|this|that|what|how|about|of)\b|not sure[.!?]*$)"
    r"|(?:^|[,;(]\s*|\s[\-\u2013]+\s*)(?:or\s+)?(?:was|were|is|did)\s+(?:it|that|this|"
    r"I|we)\b[^.!?]*\?|(?:[,;(]\s*|\s[\-\u2013]+\s*)(?:or\s+)?(?:was|is)\s+(?:it|that)\s+"
    r"(?:in\s+)?\d",
    re.IGNORECASE)
_FORM = re.compile(
    r"\b(?:at|for|with|in|as a|as an)\s+(?:n/?a|none|nil|various(?:\s+(?:clients|companies|"
    r"employers|places))?|self[- ]?employed|unpaid|unknown|misc|not applicable)\b(?![\w-])|"
    r"\b(?:various|n/a)\s*/\s*\w+|\w+\s*/\s*(?:various|unpaid|n/a)\b|\bfor for\b",
    re.IGNORECASE)
_WAITS_END = re.compile(r"(?:(?<=\s)(?:and|or|but|the|a|an|my|our|their|than|plus|because|"
                        r"including|its|your|every|whose|nor)|,\s*(?:with|to|for|so))"
                        r"\s*[.!?]*[\"'\u201d\u2019)]*$",
                        re.IGNORECASE)
_BE_END = re.compile(r"\b(?:was|were|is|are|been|being)\s*[.!?]*$", re.IGNORECASE)
# a preposition at the end, with nothing it governs: "because of.", "thanks to.", "with."
_PREP_END = re.compile(r"\s(?:of|with|to|for|from|at|by|about|into|onto|like|during|without|"
                       r"towards?|between|among|via|per|upon)\s*[.!?]*[\"'\u201d\u2019)]*$",
                       re.IGNORECASE)
# what leaves a preposition at the end as a person says it: a relative or a wh-word before
# it ("the one I'm proudest of", "what it was for", "the team I worked with"), a passive or
# a phrase whose preposition ends it ("was taken care of", "proud of", "got rid of")
_GAP = re.compile(r"\b(?:who|whom|what|where|which|that|one|ones|thing|things|something|"
                  r"anything|everything|nothing|someone|people|person|place|team|those|how|"
                  r"whatever|all)\b|\b(?:care|rid|proud|proudest|fond|sure|aware|afraid|"
                  r"heard|thought|made|part|looked|waited|paid|talked|spoken|dealt|relied|"
                  r"counted|asked|worked|lived|known)\s+(?:\w+\s+)?(?:of|for|with|to|about|at|"
                  r"on|by)\s*[.!?]*$", re.IGNORECASE)
# lead words after which a bare preposition is never right: "because of.", "thanks to."
_LEAD_PREP_END = re.compile(r"\b(?:because|instead|thanks|due|owing|apart|regardless|"
                            r"rather|such|as\s+well)\s+(?:of|to|than|as)\s*[.!?]*$",
                            re.IGNORECASE)
# a piece left on its own: a stop, then a word in lower case ("came. back."), abbreviations
# aside ("e.g. a", "approx. 30", "a.m. shift")
_PIECE = re.compile(r"(\S*)[.!?]\s+[a-z]")
_ABBREVIATION = re.compile(r"(?:\w\.)+\w?|eg|ie|vs|no|st|dr|mr|mrs|ms|etc|inc|est|ltd|approx|"
                           r"incl|esp|dept|co|corp|bros|jr|sr|mt|[a-z]", re.IGNORECASE)
# a note's label said aloud: "Start: could ...", "End: ...", "Before: ...", "Result: ..."
_LABEL = re.compile(r"(?:^|[.;]\s+)(?:start|end|before|after|now|then|result|outcome|impact|"
                    r"context|situation|task|action|role|why|notes?)\s*:\s", re.IGNORECASE)
_WH = re.compile(r"\b(?:who|what|where|how|which|that|than|as|whatever)\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'\u201c])")


def not_speech(text: str) -> list[tuple[str, str]]:
    """The sentences of ``text`` that say what is not speech, each with its class (one of
    ``NOT_SPEECH_CLASSES``); a sentence counts once per class."""
    out = []
    for sentence in _SENTENCES.split(" ".join((text or "").split())):
        if not sentence:
            continue
        if _REMARK.search(sentence) or _LABEL.search(sentence) or \
                _ABOUT_ENTRY.search(sentence):
            out.append(("remark to self", sentence))
        if _FORM.search(sentence):
            out.append(("form value", sentence))
        if _WAITS_END.search(sentence) or (_BE_END.search(sentence)
                                           and not _WH.search(sentence)) \
                or _LEAD_PREP_END.search(sentence) \
                or (_PREP_END.search(sentence) and not _GAP.search(sentence)) \
                or any(not _ABBREVIATION.fullmatch(m.group(1))
                       for m in _PIECE.finditer(sentence)):
            out.append(("unfinished", sentence))
    return out
