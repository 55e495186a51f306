"""The grammar figure of ``benchmarks/draft_eval.py``: the sentences of a draft a careful
listener hears as ungrammatical, by class, read with the benchmark's own short word lists (not
the kit's data, so a rule taken out of the data still shows); and the frame rows (``stock
link``, ``skill named``, ``stock close``), read by pattern on the kit's frames. See
draft_eval's docstring.
"""

from __future__ import annotations

import re

from draft_slips import slip_kept
from draft_structure import STRUCTURE_CLASSES, structure_faults

from workshop.abbreviations import split_sentences
from workshop.wording import content_stems, skill_words

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\u00a3$\u20ac])")


def sentences(text: str) -> list[str]:
    """The draft's sentences ("St. Luke's" and "the U.S. Army" are no sentence ends: a title
    or an initial before a name, ``workshop/abbreviations.py``), as draft_eval reads them."""
    return split_sentences(text, _SENTENCE)


# --- grammar: the benchmark's own reading, short word lists of its own ------------------------

_AUX = frozenset("am is are was were be been has have had do does did can could will would "
                 "should may might must".split())
_PRONOUN = frozenset("i we they he she you it".split())
_IRREGULAR = frozenset("""went got made ran took gave kept led built grew fell rose cut set put
    brought taught thought sold paid won hit left found told held met began spent sent became
    came saw knew felt said stood drove wrote read bought lost shot shut sat spoke broke chose
    did had""".split())
_COMMON_VERBS = frozenset("""arrive go make do get take see work use run train help start come
    find give keep need want know feel think write build teach learn say tell lead manage plan
    check sell buy pass grow lift cut call bring move show put open close join drop fall rise
    improve reduce increase hire serve cover mean matter change""".split())
_SAME_IN_PAST = frozenset("cut put set hit let shut read spread cost".split())
# verbs that take a figure's move as their object ("cut costs from 34% to 28%", "brought
# waits down to 12")
_FIGURE_VERBS = frozenset("""reduced cut raised increased grew improved lowered lifted boosted
    brought took got moved pushed drove halved doubled tripled dropped decreased scaled shrank
    trimmed slashed expanded kept held sped pulled knocked turned""".split())
_CHANGE_AFTER = re.compile(r"\b(?:went|go|goes|gone) (?:from|up|down)\b|\b(?:rose|fell|dropped|"
                           r"improved|increased|decreased) (?:from|by|to)\b")
_CLAUSE_SPLIT = re.compile(r"[,;:]|\s(?:and|but|so|which|that|who|why|how|when|because|while|after|"
                           r"before|since)\s")
_I_NOUN = re.compile(r"\bI (\w+ed) (?:[\w'-]+ ){1,4}?(?:(?:up|down)\b|from \S*\d)")
_PRESENT_AFTER_PRONOUN = re.compile(r"\b(?:I|we|they)\s+(\w+)\b", re.IGNORECASE)
_PRESENT_CHANGE = re.compile(r"\b(?:go|goes|drop|drops|fall|falls|rise|rises|improve|"
                             r"improves)\s+(?:down|up|from|by|a lot)\b", re.IGNORECASE)
# the speaker's view of today said in a story of the past ("I think we cut waste by a third",
# "I reckon it saved 40 hours"): a hedge, no tense clash (draft47: it was counted as one)
_VIEW_NOW = frozenset("think reckon guess suppose believe bet imagine".split())
_NOW = re.compile(r"\b(?:now|still|today|every|always|anymore|any more|each|these days|"
                  r"currently|so far|since)\b", re.IGNORECASE)
_SKILLS_HAS = re.compile(r"\bskills\b[^.,;!?]{0,80}?\b(?:has|is|was)\b", re.IGNORECASE)
# a note's aside ("see X", "ask about ..."), not a sentence whose subject asks ("the one
# others ask about it" is the speaker's growth, said whole)
_FRAGMENT = re.compile(r"(?:^|[,;:]\s*)see\s+\w|(?<!others )(?<!people )(?<!colleagues )"
                       r"(?<!they )(?<!who )\bask (?:me |them )?about\b|\b(?:TBC|TBD|tbc|"
                       r"tbd|N/A)\b|[()\[\]]|->|→|=>|<-|\?\?", re.IGNORECASE)
# a note's own slips, pasted (issue 20, r19): a singular thing with no article after a verb or a
# preposition ("made guide", "error rate in invoice"), a plural with its verb or a no-plural noun
# ("12 staffs", "the orders was"), a predicate with no verb ("I responsible for")
_THINGS = frozenset("""guide checklist manual template dashboard report process system tool
    spreadsheet invoice procedure workflow website course rota rate policy handbook plan project
    team ward till machine contract campaign programme backlog queue meeting session survey
    module platform menu store shop department office customer client patient supplier budget
    tracker routine colleague database app list complaint error warehouse depot shelf""".split())
_THING_LEADS = frozenset("in on for with into from about of".split())
_DETS = frozenset("""a an the my our their his her its your this that these those one each every
    another any no which what whose per""".split())
_SET_PHRASES = frozenset(
    ["in store", "on budget", "within budget", "under budget", "over budget", "on site",
     "in house", "on shift", "in error", "on schedule", "in office", "in team"])
_NO_PLURALS = re.compile(r"\b(?:staffs|equipments|informations|feedbacks|softwares|furnitures|"
                         r"advices|knowledges|homeworks|personnels)\b", re.IGNORECASE)
_PLURAL_WAS = re.compile(r"\b(?:the|these|those|our|my|their|all|\d[\d,]*) (?:[a-z-]+ ){0,2}?"
                         r"([a-z]+s) (?:was|has|is)\b|\b(?:we|they) (?:was|has)\b|\bI has\b",
                         re.IGNORECASE)
_VERBLESS = re.compile(r"\b(?:I|we|gave me|given me) (?:responsible for|in charge "
                       r"of|accountable for|involved in)\b")
# a note's own order and agreement (issue 20, r24/r25): an adverb put between a verb and its
# object ("it gave me without a doubt this one", "I improved a lot my English"), a direction
# typed before its verb ("waste down went from"); a singular subject with a verb's plain form
# ("the director ask me"), a third person's present beside the speaker's past ("the team grow
# with me" after "I changed it")
_ADVERB_CHUNK = re.compile(r"\b(?:[a-z]+ed|made|gave|taught|showed|learned|learnt|told|"
                           r"brought|built|got) (?:(?:me|us|them|him|her) )?(?:without (?:a|any) "
                           r"doubt|a lot|very \w+|really|step by step|\w+ly) (?:the|my|our|a|an|"
                           r"this|that|his|her|their)\b")
_DIRECTION_FIRST = re.compile(r"\b(?:up|down) (?:went|rose|fell|dropped|grew)\b")
_SINGULAR_PLAIN = re.compile(r"(?:^|[,;] |\b(?:and|when|after|so) )(?:(?:my|the|this|our|her|his|"
                             r"their) (?:[a-z]+ )?[a-z]*[^\Ws]|it|he|she) (?:give|teach|show|ask|"
                             r"trust|tell|make|want|need|take|bring|call|say|pay|send|offer) "
                             r"(?:me|us|them|him|her)\b", re.IGNORECASE)
_THIRD_PRESENT = re.compile(r"\b(?:the|our|my|their) (?:[a-z]+ )?(?:team|staff|crew|[a-z]+s) "
                            r"(?:grow|come|go|pass|work|get|start|learn|become|trust|respect|"
                            r"improve|stay|keep)\b")
# a note said without its subject (issue 20, r25): a sentence that opens on a past verb with no
# subject before it ("Knew the basics at the start.", "Saw the world and got paid for it."); not
# a name before its verb ("Fred said ..."), a passive ("Promoted by ..."), a participle leading
# a clause ("Based in Leeds, I ..."), a compound noun with its verb ("Saw blades were dull"), a
# feeling ("Tired but happy.")
_FEELING_WORDS = frozenset("""tired exhausted stressed bored excited interested pleased surprised
    worried scared amazed overwhelmed delighted satisfied thrilled frustrated relieved
    inspired""".split())
_SUBJECT_AFTER = re.compile(r"^[^,;:]{0,80},\s*(?:I|we|my|our|the|it|they|he|she)\b")
# typed misspellings no reader takes for a word (the benchmark's own short list), and "its" where
# only "it's" can stand
_TYPO = re.compile(r"(?<!['’\w-])(?:recieved?|alot|theres|dont|didnt|doesnt|isnt|wasnt|im|ive|"
                   r"thats|acheived?|definately|seperate|untill|occured|begining|managment|"
                   r"enviroment|responsability|sucess|succesful|experiance|knowlege|thier|"
                   r"becuase|realy|wich|teh|collegues?|goverment|commited|prefered|buisness|"
                   r"its(?= (?:been|a|an|the|not|my|so|very|really)\b))(?!['’\w-])",
                   re.IGNORECASE)
# a unit said in an order no speaker uses: a currency after its number ("1.4 £ million", "1,200 $
# per month"), a symbol spaced before its multiplier, a currency's code read out ("2.3 million
# USD"), a spaced "k" ("40 k"), a noun said again after a change ("cut bugs from 150 to 90
# bugs")
_UNIT_SHAPE = re.compile(r"\d[\d,.]*\s*[£$€¥](?![\d])|[£$€¥]\s+(?:million|billion|thousand|k|m|"
                         r"bn|per)\b|\d[\d,.]*(?:\s+(?:million|thousand|billion))?\s+(?:USD|EUR|"
                         r"GBP)\b|\d\s+(?:k|bn)\b|\b(\w{3,}) from (?:about |around |roughly |"
                         r"nearly )?\S*\d\S* to \S*\d\S* \1\b")
# form text read aloud: two prepositions with the noun between them lost ("point to for the
# job"), a preposition before a verb ("a crew of went up to 35")
_FORM_TEXT = re.compile(r"\b(?:to|of|with|at) (?:for|of)\b|\bfor of\b|\bof to\b|"
                        r"\b(?:of|for|with|at|from|by|in) (?:went|rose|fell|grew|dropped|was|"
                        r"were)\b", re.IGNORECASE)
GRAMMAR_CLASSES = ("clause+change", "I+noun", "no verb", "tense clash", "skills has",
                   "fragments", "article", "agreement", "predicate", "word order",
                   "plain verb", "no subject", "typo", "unit shape", "form text",
                   "slip kept", *STRUCTURE_CLASSES)


def _tokens(sentence: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", sentence.lower().replace("\u2019", "'"))


def _past_word(word: str) -> bool:
    return word in _IRREGULAR or (word.endswith("ed") and len(word) > 3)


def _has_finite(sentence: str) -> bool:
    words = _tokens(sentence)
    for i, word in enumerate(words):
        if word in _AUX or _past_word(word) or "'" in word and word.split("'")[0] in _PRONOUN:
            return True
        if word in _PRONOUN and i + 1 < len(words):
            return True
        if i and word.endswith("s") and (word[:-1] in _COMMON_VERBS or word[:-2] in
                                         _COMMON_VERBS):
            return True
    return False


def _no_subject(sentence: str) -> bool:
    """A sentence opening on a past verb with no subject (see ``_FEELING_WORDS``)."""
    words = _tokens(sentence)
    if len(words) < 2 or not sentence[:1].isupper() or words[0] in _FEELING_WORDS or \
            words[0].endswith("eed") or not _past_word(words[0]) or words[1] == "by":
        return False
    if _past_word(words[1]) or words[1] in _AUX or words[1].endswith("s") and \
            words[1][:-1] in _COMMON_VERBS:
        return False  # "Fred said ...", "Ahmed helped me": a name and its verb
    if len(words) > 2 and words[2] in _AUX and words[1] not in _DETS:
        return False  # "Saw blades were dull"
    return not _SUBJECT_AFTER.match(sentence)


def _unsaid(sentence: str) -> list[str]:
    """The classes of a note pasted as no person says it: "no subject", "typo", "unit shape",
    "form text"."""
    tests = (("no subject", _no_subject(sentence)), ("typo", _TYPO.search(sentence)),
             ("unit shape", _UNIT_SHAPE.search(sentence)),
             ("form text", _FORM_TEXT.search(sentence)))
    return [kind for kind, found in tests if found]


def _bare_thing(sentence: str) -> bool:
    """A singular thing of ``_THINGS`` with no determiner back to the verb (a past "-ed"
    word, an irregular past) or preposition before it, at most two describing words between,
    and ending its phrase."""
    words = re.findall(r"[\w'’%]+|[.,;:!?]", sentence)
    for i, word in enumerate(words):
        after = words[i + 1].lower() if i + 1 < len(words) else "."
        if word not in _THINGS or not (after in ".,;:!?" or after in _THING_LEADS or after
                                       in ("and", "or", "by", "so", "to", "at", "as")):
            continue
        for back in range(1, 4):
            lead = words[i - back].lower() if i - back >= 0 else ""
            if not lead or lead in _DETS or lead[0].isdigit() or "'" in lead or "’" in lead \
                    or lead in ".,;:!?" or lead in ("and", "or", "i", "we", "against", "within",
                                                    "under", "over", "at", "to", "by", "as"):
                break
            if lead in _THING_LEADS or _past_word(lead) and lead not in ("helped", "had"):
                if f"{lead} {word}" not in _SET_PHRASES:
                    return True
                break
    return False


def _tense_clash(sentence: str) -> bool:
    """A past and a present told of one time in one sentence, with nothing that says the
    present is so now."""
    if _NOW.search(sentence):
        return False
    words = _tokens(sentence)
    past = any(w in ("was", "were", "had", "did") or (_past_word(w) and i and words[i - 1] in
                                                      _PRONOUN)
               for i, w in enumerate(words))
    present = _PRESENT_CHANGE.search(sentence) or any(
        m.group(1).lower() in _COMMON_VERBS - _SAME_IN_PAST and not _view_now(m)
        for m in _PRESENT_AFTER_PRONOUN.finditer(sentence))
    return past and bool(present)


def _view_now(m: re.Match) -> bool:
    """True for "I think" / "I reckon" before a clause: the speaker's view today, no clash."""
    after = m.string[m.end():].split()
    return m.group(0).split()[0] == "I" and m.group(1).lower() in _VIEW_NOW and bool(after) \
        and after[0].lower() not in ("about", "of", "in", "through", "up", "out", "over")


def grammar_faults(text: str, employers: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The sentences of ``text`` a listener hears as ungrammatical, each with its class (one of
    ``GRAMMAR_CLASSES``); ``employers``, the workspace's organisations, for "slip kept" ("In
    Raben I ...", ``draft_slips.py``)."""
    out = []
    for sentence in sentences(text):
        if any(re.search(r"\b(?:was|were|is|are|has|have|had)\b", clause) and
               _CHANGE_AFTER.search(clause) and
               re.search(r"\b(?:was|were|is|are|has|have|had)\b", clause).start()
               < _CHANGE_AFTER.search(clause).start()
               for clause in _CLAUSE_SPLIT.split(sentence)):
            out.append(("clause+change", sentence))
        m = _I_NOUN.search(sentence)
        if m and m.group(1).lower() not in _FIGURE_VERBS:
            out.append(("I+noun", sentence))
        if not _has_finite(sentence):
            out.append(("no verb", sentence))
        if _tense_clash(sentence):
            out.append(("tense clash", sentence))
        if _SKILLS_HAS.search(sentence):
            out.append(("skills has", sentence))
        if _FRAGMENT.search(sentence):
            out.append(("fragments", sentence))
        out += [(kind, sentence) for kind in _note_slips(sentence) + _unsaid(sentence)]
        if slip_kept(sentence, employers):
            out.append(("slip kept", sentence))
    return out + structure_faults(sentences(text))


def _note_slips(sentence: str) -> list[str]:
    """The classes of a note's own slips the sentence holds: "article", "agreement",
    "predicate"."""
    out = ["article"] if _bare_thing(sentence) else []
    if _ADVERB_CHUNK.search(sentence) or _DIRECTION_FIRST.search(sentence):
        out.append("word order")
    third = _THIRD_PRESENT.search(sentence)
    if _SINGULAR_PLAIN.search(sentence) or third and not _NOW.search(
            re.split(r"[,;.]", sentence[max(0, third.start() - 12):])[0]) and re.search(
            r"\b(?:I|we) \w+ed\b|\b(?:was|were|had)\b", sentence):
        out.append("plain verb")
    m = _PLURAL_WAS.search(sentence)
    if _NO_PLURALS.search(sentence) or m and not (m.group(1) and re.search(
            r"(?:ss|us|is|as|ics|news|ous)$", m.group(1).lower())):
        out.append("agreement")
    if _VERBLESS.search(sentence):
        out.append("predicate")
    return out


def _runs(text: str, n: int = 3) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def kit_glue_faults(faults: list[tuple[str, str]], entries: str) -> list[tuple[str, str]]:
    """The faults of ``faults`` in the kit's own sentences: sentences that share no run of
    three words in a row with ``entries`` (the workspace's own text), so nothing in them is
    the participant's wording; the rest are the participant's words (kept, or half glued)."""
    own = _runs(entries)
    return [(kind, s) for kind, s in faults if not (_runs(s) & own)]


# --- the frame around the story: the kit's stock links and closes ----------------------------

# A causal frame opening a sentence, with the skill's name in it (``stock link``).
_STOCK_LINK = re.compile(r"^(?:(?:Because of|Thanks to|With|Using|Putting) (?:my skills in |my "
                         r"|what I learned about )(?P<name>[^,]+?)(?: skills)?(?: to work)?, |"
                         r"(?:Once|Because|After) I had (?:learned(?: to| about)?|got good at|"
                         r"grown) (?P<doing>[^,]+), )")
# The close family made from a goal's or a skill's name (``stock close``).
_STOCK_CLOSE = re.compile(r"\b(?:familiar ground|something I have done, not only read about|"
                          r"already part of my week|work I have already done|would not be new "
                          r"to me)\b", re.IGNORECASE)


def stock_links(text: str, ws, role_id: str | None) -> int:
    """Sentences opening on a causal frame whose phrase names one of the role's skills."""
    if not role_id:
        return 0
    names = [content_stems(skill_words(s).topic) for s in ws.role(role_id).skills]
    count = 0
    for sentence in sentences(text):
        m = _STOCK_LINK.match(sentence)
        said = content_stems((m["name"] or m["doing"] or "") if m else "")
        count += bool(said) and any(said & name for name in names)
    return count


def skill_named(text: str, ws, role_id: str | None) -> int:
    """The most times one skill's name (as the kit says it) is said in the draft."""
    if not role_id:
        return 0
    lower = text.lower()
    return max((len(re.findall(rf"(?<![\w]){re.escape(skill_words(s).topic.lower())}(?![\w])",
                               lower)) for s in ws.role(role_id).skills), default=0)


def stock_close(text: str) -> bool:
    """True when the draft's last sentence is of the close family (``_STOCK_CLOSE``)."""
    said = sentences(text)
    return len(said) > 1 and bool(_STOCK_CLOSE.search(said[-1]))

