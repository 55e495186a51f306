"""The ``slip kept`` row of draft_eval's grammar reading (issue 20, r35): a second-language
writer's slip said in the draft as typed, one a coached participant would not say in an
interview, or one that turns the meaning. Read with this benchmark's own short lists, never
the kit's ``data/slips.json``, so a rule taken out of the data still shows:

- a singular job noun said with no article after "am", "was", "not only" ("I am driver at
  First Bus"), a post after "not only" ("not only manager"); a title in capitals, "manager of
  ..." and "I was manager at ..." are fine;
- "must" or "can" in a sentence told in the past ("the citizens must wait less", which reads
  as the opposite of "had to wait less");
- "more" before a short adjective that has its own comparative, said as the predicate ("more
  calm", "more easy", "more calm than before"); "more calm than angry", "more calm and
  patient", "more fresh bread" are fine;
- an award's title got ("I have got driver of the month 3 times");
- "stopped to" before a practice given up ("we stopped to print the letters");
- an employer named with "in" ("In Raben I negotiate ...", the workspace's own employers).
"""

from __future__ import annotations

import re

_JOBS = ("driver|nurse|teacher|cleaner|waiter|waitress|carer|cook|engineer|accountant|developer|"
         "cashier|receptionist|mechanic|electrician|technician|translator|trainer|forwarder|"
         "designer|analyst|consultant|pharmacist|picker|student")
_POSTS = "manager|supervisor|director|coordinator|leader|officer|assistant"
_BARE_JOB = re.compile(r"\b(?:(?:am|was|were|is|'m|not only|not just)\s+((?:[a-z-]+\s+){0,2}?)"
                       r"(?:" + _JOBS + r")|(?:not only|not just)\s+((?:[a-z-]+\s+){0,2}?)(?:" +
                       _POSTS + r"))\b(?!\s+of\b)(?!\s+[a-z]+(?:er|or|ist)\b)")
_NOT_BARE = frozenset("a an the my our their his her its this that one another no".split())
_PAST = re.compile(r"\b(?:was|were|had|did)\b|\b(?:I|we|they|he|she) (?:\w+ed|went|got|made|"
                   r"took|gave|came|saw|felt|became|grew|led|ran|built)\b")
_NOW = re.compile(r"\b(?:now|still|today|always|every day|these days|currently)\b", re.I)
_MODAL = re.compile(r"(?<!you )\b(?:must|can)\s+(?!be\b|have\b|not be\b)(?:not\s+)?[a-z]+")
_MORE = re.compile(r"\bmore (?:calm|quick|fast|safe|cheap|big|small|short|long|low|high|strong|"
                   r"slow|easy|busy|happy|clean|quiet|better|worse|easier)(?=[.,;!?]|$| (?:and "
                   r"(?:the|my|our|we|I|they|it|he|she)\b|in|at|to|"
                   r"when|since|after|because|with|for|on|than (?:before|ever|usual|expected|"
                   r"last|the|a|an|my|our|their|in|at|I|we|they|he|she|it|others?|\d)\b))")
_AWARD = re.compile(r"\b(?:got|get|gets|getting) (?:[a-z-]+ ){1,3}of the (?:month|year|week|"
                    r"quarter)\b")
_STOPPED_TO = re.compile(r"\bstop(?:ped|s)? to (?:print|use|send|post|fax|order|buy|outsource|"
                         r"photocopy)\b(?! an? \b)")


def _org_names(employers: tuple[str, ...]) -> list[str]:
    """Each employer's first word, where it is a name (a capital, three letters or more)."""
    names = []
    for org in employers:
        first = (org or "").split(",")[0].split()
        if first and first[0][:1].isupper() and len(first[0]) > 2 and first[0].isalpha():
            names.append(first[0])
    return names


def slip_kept(sentence: str, employers: tuple[str, ...] = ()) -> bool:
    """True when ``sentence`` keeps one of the slips of the module docstring."""
    bare = _BARE_JOB.search(sentence)
    if bare and not set((bare.group(1) or bare.group(2) or "").split()) & _NOT_BARE:
        return True
    if _PAST.search(sentence) and not _NOW.search(sentence) and _MODAL.search(sentence):
        return True
    if _MORE.search(sentence) or _AWARD.search(sentence) or _STOPPED_TO.search(sentence):
        return True
    return any(re.search(rf"(?:^|[,;]\s*|\b(?:worked|work|job|was|am)\s+)[Ii]n {re.escape(n)}"
                         r"\b(?!['’]s)", sentence) for n in _org_names(employers))
