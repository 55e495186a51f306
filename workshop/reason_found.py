"""Where the participant said why a job mattered, besides ``personal_value``, and which job
their own words pick (``workshop.personal_value`` says the words; this module finds them).

- a reason in a note: a clause of feeling, finding or meaning (``reason_short.carries``) in a
  result's statement or part, or a skill's later use ("..., work that actually mattered"),
  never a duty, a perk, the pay, the team or a downside ("the downside is every weekend gone":
  ``downside``); said as the reason where the role holds none in ``personal_value`` or its
  summary (``note_reason``);
- the job named as a thing with its meaning after it ("The job that made me who I am.") is
  said as a sentence about the job ("It was the job that made me who I am.": ``job_phrase``);
- words that only pick the job ("without a doubt this one") give no reason (``pick_only``);
  words that name a job as the one that mattered most ("the job that made me who I am", "best
  job I ever had": ``job_picks``) decide which job the answer is about over the score
  (``picked_role``), where the sentence holds no pitfall and the job a story.

The word lists are data (``data/personal_value.json``: job_picks, pick_words, job_nouns,
downsides, note_fields).
"""

from __future__ import annotations

import re

from .check import pitfall_phrases
from .reason_short import carries, value_data
from .resources import per_data_folder
from .skill_words import gerund
from .spoken import is_clause, lower_first, starts_with_base_verb, starts_with_past_verb, strip_end
from .verbs import _tense, past_of_present

__all__ = ["OPENING_JOIN", "downside", "job_now", "job_phrase", "job_reason", "liked_thing",
           "meant_pitfalls", "names_most", "note_reason", "pay_said", "pick_only",
           "picked_role", "quality_made", "story_event", "without_pick"]


def _words(key: str) -> re.Pattern:
    words = sorted(value_data().get(key, ()), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")" if words else
                      r"(?!)", re.IGNORECASE)


@per_data_folder
def _picks() -> re.Pattern:
    return re.compile(r"\b" + _words("job_picks").pattern + r"\b", re.IGNORECASE)


@per_data_folder
def _job_head() -> re.Pattern:
    nouns = _words("job_nouns").pattern
    # "the job that ...", "The one place where ...", "my first role where ...": a job named,
    # then a relative clause that says what it was to the speaker
    return re.compile(r"^(?:the|my|a|this|that)\s+(?:[a-z'-]+\s+){0,2}?" + nouns +
                      r"\s+(?:that|which|where|when|in which|I|I'd|I've|we)\b", re.IGNORECASE)


@per_data_folder
def _pick_lead() -> re.Pattern:
    # a pick said before the reason or alone: "without a doubt this one", "definitely this
    # job, ...", "this one."
    fill = _words("pick_words").pattern
    nouns = _words("job_nouns").pattern
    return re.compile(r"^(?:(?:" + fill + r")[\s,]+){0,3}(?:this|that|the current|my current|"
                      r"the last|my last|my present|the present)\s+" + nouns +
                      r"(?:\s+(?:for sure|without a doubt|definitely|by far|easily))?"
                      r"(?=\s*(?:[,.;:!?–—-]|$))[\s,.;:!?–—-]*", re.IGNORECASE)


def pick_only(text: str) -> bool:
    """True for words that pick the job and say nothing more ("without a doubt this one",
    "definitely this job."): no reason to say, the coach asks why."""
    text = " ".join(str(text or "").split())
    m = _pick_lead().match(text)
    return bool(text) and bool(m) and not text[m.end():].strip()


def without_pick(text: str) -> str:
    """Words that open on a pick and go on to a reason ("definitely this job, it made me who
    I am") without the pick; the words as they are otherwise."""
    m = _pick_lead().match(text)
    rest = text[m.end():].strip() if m else ""
    return rest[:1].upper() + rest[1:] if rest and len(rest.split()) > 2 else text


def job_phrase(text: str, current: bool) -> str:
    """The job named as a thing with its meaning after it, no clause of its own ("The job
    that made me who I am", "the one place where I felt I belonged"), said as a sentence
    about the job ("It was the job that made me who I am"); "" for any other."""
    text = strip_end(text)
    if not _job_head().match(text) or is_clause(text):
        return ""
    return f"It {'is' if current else 'was'} {lower_first(text)}"


def job_reason(text: str) -> bool:
    """True for the job named with a meaning after it (``job_phrase``), or words that name it
    as the one that mattered most (``job_picks``), that carry a feeling, a finding or a
    meaning ("The job that made me who I am", "It made me who I am"): a reason of the
    speaker's, not words that could be said of any job."""
    return carries(text) and (bool(job_phrase(text, False)) or bool(_picks().search(text)))


# A sentence's opening join with nothing before it to join ("But it turned out ...", "And
# the downside is ..."): the one reading of it for the reason (``personal_value``) and here.
OPENING_JOIN = re.compile(r"^(?:but|and|so|yet)\s+(?=\w)", re.IGNORECASE)


def downside(text: str) -> bool:
    """True for a sentence that tells what was hard or lost ("the downside is every weekend
    gone", "The worst part was the commute"): never the reason. One that turns from it ("...,
    but it taught me ...") is no downside: its turn is said."""
    if re.search(r",?\s+(?:but|yet|however|though)\s+\S", text, re.IGNORECASE):
        return False
    # "Though the worst part was ...": a downside said as a concession is one too
    return bool(re.match(r"^(?:" + OPENING_JOIN.pattern[1:] + r"|though\s+)?" +
                         _words("downsides").pattern + r"\b", text.strip(), re.IGNORECASE))


_CLAUSES = re.compile(r"(?<=[\w)%'’])[.!?;]+\s+|,\s+(?:and\s+|so\s+|which\s+(?:was|is)\s+)?|"
                      r"\s+[–—-]\s+|\s+(?:so|because)\s+")


def note_reason(role) -> str:
    """A reason in the participant's own words in a note of the role (``note_fields``: a
    result's statement or part, a skill's later use): the first clause that carries a feeling,
    a finding or a meaning (``reason_short.carries``) and holds no pitfall, no duty and no
    downside, in a note with no pitfall or pay in it (a clause may point back at one), of
    three words or more; "" when no note holds one. The growth note is the
    growth's own (told as theirs by the story), never taken as the reason."""
    fields = value_data().get("note_fields", ())
    notes = [getattr(r, f, "") for r in role.results for f in fields if f != "used_later"]
    notes += [sk.used_later for sk in role.skills if "used_later" in fields]
    for note in notes:
        note = " ".join(str(note or "").split())
        if pitfall_phrases(note) or pay_said(note):
            continue  # "free lunches, which I was proud of": the clause points back at a perk
        for clause in _CLAUSES.split(note):
            clause = strip_end(clause.strip(" ,"))
            if len(clause.split()) >= 3 and carries(clause) and not pitfall_phrases(clause) \
                    and not downside(clause) and not re.match(r"^(?:i\s+(?:am|was)\s+)?"
                                                              r"responsible\b", clause, re.I):
                return clause
    return ""


@per_data_folder
def _pay_words() -> re.Pattern:
    return re.compile(r"\b" + _words("pay_words").pattern + r"\b", re.IGNORECASE)


@per_data_folder
def _pay_shapes() -> re.Pattern:
    """The pay said by its shape, not one phrase: a word of pay or perks as the subject a
    sentence or clause opens on (``pay_nouns``: "Money was miles better", "the pension is
    what kept me", "My salary went up a lot"), or more pay said any way (``pay_raised``: "it
    paid double", "better paid", "a pay rise")."""
    nouns = _words("pay_nouns").pattern
    return re.compile(r"(?:^|[.;:!?]\s*|,\s*(?:and|but|plus)?\s*|\b(?:and|but|plus|because|"
                      r"since|as)\s+)(?:the\s+|my\s+|our\s+|a\s+)?(?:" + nouns +
                      r")(?=\s+(?:was|is|were|are|went|got|had|has|felt|made|beat|blew|kept)\b"
                      r"|'s\b)|\b" + _words("pay_raised").pattern +
                      r"\b(?!\s+(?:attention|heed|respect|tribute|off|for|out|back|into|in)\b)",
                      re.IGNORECASE)


def pay_said(part: str) -> dict[str, list[str]]:
    """The pay said as the reason ("money", "it pays the bills": ``pay_words``; a word of pay
    as what a sentence is about, "Money was miles better", or more pay, "it paid double":
    ``_pay_shapes``), read as the check reads a perk; {} for none. A pay word in another
    sense is no pay ("where the money goes", "paid attention"): only these shapes are read."""
    found = _pay_words().findall(part) + [m.group(0).strip(" ,.;:!?") for m in
                                          _pay_shapes().finditer(part)]
    return {"perks": found} if found else {}


# A sentence's clauses, for reading a pitfall word in the clause it stands in.
_CLAUSES = re.compile(r"[,;:–—]|\s(?:but|and|so|because|which|though|then|while)\s", re.I)
_FILLER = frozenset(("i", "the", "a", "an", "my", "honestly", "really", "just", "so", "very",
                     "at", "was", "were", "is", "it", "its", "it's", "of", "to"))


@per_data_folder
def _sense_words() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    def alt(key: str) -> str:
        return _words(key).pattern
    return (re.compile(r"\b(?:" + alt("perk_frames") + r")\s*$", re.I),
            re.compile(r"^\s*(?:was|were|is|are|'s|’s)\s+(?:\w+ly\s+|so\s+|pretty\s+)?"
                       r"(?:" + alt("perk_praise") + r")\b", re.I),
            re.compile(r"\b(?:" + alt("perk_task_words") + r")\b(?:\s+\w+)?\s*$", re.I),
            re.compile(r"^\s*(?:" + alt("perk_after_sense") + r")\b", re.I),
            re.compile(r"\b(?:" + alt("complaint_targets") + r")\b", re.I))


# After a possession ("I had my own van"), what it meant: the speaker alone with the work.
_ON_OWN = re.compile(r"\b(?:nobody|no one|noone|on my own|alone|by myself|learned|learnt|taught|"
                     r"had to|trusted|responsible|my own standard|checked)\b", re.I)


def _clause_of(part: str, start: int, end: int) -> tuple[str, str]:
    """The words of ``part``'s clause before and after the span [start, end)."""
    cuts = [0, *(m.end() for m in _CLAUSES.finditer(part) if m.end() <= start)]
    stops = [m.start() for m in _CLAUSES.finditer(part) if m.start() >= end] + [len(part)]
    return part[max(cuts):start], part[end:min(stops)]


def _other_sense(code: str, phrase: str, part: str) -> bool:
    """True where a pitfall word of ``part`` is used in another sense than the pitfall's: a
    perk that is not what the job gave (a task on it, "where the money goes"; a thing of the
    work, "the money side of a kitchen", "good money for the owner"; a setting the sentence
    says the meaning of, "my own van, so nobody checked my work"), a complaint that is not
    about the employer or its people ("I hated stocktakes at first")."""
    at = part.lower().find(phrase.lower())
    if at < 0 or code not in ("perks", "complaints"):
        return False
    before, after = _clause_of(part, at, at + len(phrase))
    frame, praise, task, sense, target = _sense_words()
    rest = [w for w in re.findall(r"[\w'’-]+", f"{before} {after}".lower()) if w not in _FILLER]
    if code == "complaints":
        return bool(rest) and not target.search(f"{before} {phrase} {after}")
    if not rest or frame.search(before) or praise.search(after):
        return False  # "the money", "for the money", "the money was good": the perk itself
    return bool(task.search(before) or sense.search(after) or (
        _ON_OWN.search(part[at + len(phrase):]) and not pitfall_phrases(part[at + len(phrase):])))


def meant_pitfalls(found: dict[str, list[str]], part: str) -> dict[str, list[str]]:
    """The pitfalls found in a sentence of the reason (the check's ``pitfall_phrases``, or
    ``pay_said``) that the sentence's meaning bears out: a perk where the perk is what the job
    gave, a complaint about the employer or its people; a word used in another sense is no
    pitfall of the reason (``_other_sense``). The check's own reading is issue 21's: this is
    the reply side's."""
    out: dict[str, list[str]] = {}
    for code, phrases in found.items():
        kept = [p for p in phrases if not _other_sense(code, p, part)]
        if kept:
            out[code] = kept
    return out


def names_most(role) -> str:
    """The sentence of the role's own words (``personal_value``, then its summary) that names
    it as the job that mattered most to the speaker (``job_picks``: "The job that made me who
    I am.") and holds no pitfall; "" for none."""
    for text in (role.personal_value, role.summary):
        for part in re.split(r"(?<=[\w)%'’!])[.!?]+\s+", " ".join(str(text or "").split())):
            if _picks().search(part) and not pitfall_phrases(part):
                return strip_end(part)
    return ""


def picked_role(workspace, says=lambda role: True):
    """The one role whose own words name it as the job that mattered most (``names_most``),
    whose entries hold a story (a skill grown there or a result) and a reason the draft can
    say (``says``: the draft passes ``personal_value.role_value``; a pick alone, "best job I
    ever had", would open a draft with no reason), or None (none, or more than one)."""
    named = [r for r in workspace.roles if names_most(r) and (
        r.results or any(sk.levels_grown > 0 for sk in r.skills)) and says(r)]
    return named[0] if len(named) == 1 else None


_QUALITY_AFTER = frozenset("under in on with about at around for and when".split())


def quality_made(text: str, current: bool) -> str:
    """A reply that opens on a quality the job made of the speaker (data ``qualities``, then a
    preposition: "calm under pressure", "patient with angry customers") as "It made me ...",
    or "": never "I calm under pressure" ("calm" is a verb too) or "It gave me patient with
    kids" (participant trial, s17)."""
    words = [w.lower().strip(",.;:") for w in text.split()]
    qualities = value_data().get("qualities", ())
    if len(words) > 1 and words[0] in qualities and words[1] in _QUALITY_AFTER:
        return f"{'It has made me' if current else 'It made me'} {lower_first(text)}"
    return ""


# Not the shared reading's negations (``reading.Clause.negations``): measured on the dev
# reasons, summaries and answers (825 clause heads, draft35), its verb negations miss the
# nominal subjects a story opens on ("nobody on my shift got hurt", "Nobody at that chain
# ..."), and its nominal ones ("no", "without", "instead of") read a learned way of working
# as a story ("I learned to remember orders without writing"): of 825, 4 clauses change with
# the verb negations (3 for the worse), 6 with the nominal ones too (5 for the worse).
_NEGATION = re.compile(r"\b(?:not|never|no one|nobody|nothing)\b|n[’']t\b", re.IGNORECASE)


def story_event(text: str) -> bool:
    """True for a clause as typed that tells an event or a past state ("my english was not
    good when I started", "a mate got hurt on the line") or says what was not: the start of a
    story, told as it is, never after "What I valued most was that" (r27: the frame made a
    set-up the thing valued)."""
    head = re.split(r"[,;:]|\s(?:because|when|since|as|that|who|which|if)\s", text)[0]
    words = head.split()[:7]  # its own clause, before any comma or subordinate clause
    return len(words) > 1 and bool(_NEGATION.search(head)) or any(
        w.lower().strip(",.") in ("was", "were", "had", "did", "got") or
        starts_with_past_verb(" ".join(words[i:])) for i, w in enumerate(words) if i)


@per_data_folder
def _liking() -> re.Pattern:
    verbs, pointers = _words("liking_verbs").pattern, _words("liked_pointers").pattern
    # "I (really) love <what>", after a clause of the speaker's or alone; the pointer
    # ("it", "this work") said to the sentence's end
    # ... or a clause of what it was ("I loved that I could see my numbers move", "Loved how
    # the kids opened up"): said as what mattered, never dropped with the liking (r25: "her
    # reason dropped")
    return re.compile(r"(?:^(?:I\s+)?|,\s*(?:and\s+)?I\s+|\s+and\s+I\s+)"
                      r"(?:really\s+|truly\s+|just\s+)?" +
                      verbs + r"\s+(?:(?P<pointer>" + pointers + r")\s*(?:so much|a lot)?\s*$|"
                      r"(?P<doing>[a-z]+ing\b.*|(?:that|how)\s+(?:I|we|my|our|the|they|you|"
                      r"people|patients|customers|clients|kids|students|residents)\b.*))",
                      re.IGNORECASE)


def _doing(clause: str) -> str:
    """A clause of the speaker's own ("I change the menu every season", "I worked with
    elderly residents") as the doing it tells ("changing the menu every season"); "" for
    any other ("I'm a chef", "We changed ...", a verb the kit does not know)."""
    words = strip_end(clause.strip(" ,")).split()
    if len(words) < 3 or words[0] != "I":
        return ""
    verb = words[1].lower()
    base = verb if starts_with_base_verb(verb) or past_of_present(verb) and \
        not verb.endswith("s") else _present_of().get(verb) or next(
            (b for b in (verb[:-1], verb[:-2]) if b and past_of_present(b) == verb), "")
    if base in ("be", "am", "have", "do", "get", "got"):  # "I was the manager": no doing
        return ""
    return " ".join([gerund(base), *words[2:]]) if base else ""


@per_data_folder
def _present_of() -> dict[str, str]:
    """The plain verb of a past the kit knows ("ran" -> "run", "changed" -> "change"): the
    kit's one reading of ``data/tense.json`` (``verbs._tense``), turned round."""
    return {past: now for now, past in _tense().items() if not now.endswith("s") or
            now.endswith("ss")}


# after the doing liked: a pointer clause, or a clause of its own subject ("..., and they
# trusted me"): the doing ends there, never "Working with the night team, and they trusted me."
_LIKED_AFTER = re.compile(r",\s*(?:that's|that is|which|it's|it is|this is|(?:and\s+|but\s+|so\s+)?"
                          r"(?:they|he|she|we|I|people|everyone)\s)\b", re.IGNORECASE)
_LIKED_END = re.compile(r"\s+(?:too|as well|also|though)$", re.IGNORECASE)


def liked_thing(text: str) -> str:
    """What the speaker says they liked, where they say it (the enjoyment the answer check
    flags, ``liking_verbs``, with what it is about): a doing after the verb ("I love changing
    the menu every season"), or the speaker's clause a pointer after it points back to
    (``liked_pointers``: "I change the menu every season, I love it"; "I work with elderly
    residents. I love this work"), as a doing ("changing the menu every season"): the thing
    that mattered, said without the liking; "" where the liking says no more ("I loved it",
    "I loved my kids") or what was liked holds a pitfall of its own."""
    parts = re.split(r"(?<=[\w)%'’])[.!?]+\s+(?=\S)", " ".join(str(text or "").split()))
    for n, part in enumerate(parts):
        part = strip_end(part)
        m = _liking().search(part)
        if not m:
            continue
        if m.group("doing"):
            liked = m.group("doing") if m.start() == 0 else ""
        else:
            before = part[:m.start()] or (parts[n - 1] if n else "")
            liked = _doing(before)
        # what the liking is about, to the end of its thought: not a pointer clause after it
        # ("..., that's the fun part") nor an "as well" that adds it to a perk said before
        liked = _LIKED_END.sub("", strip_end(_LIKED_AFTER.split(liked)[0].strip(" ,")))
        if len(liked.split()) >= 3 and not pitfall_phrases(liked):
            return liked
    return ""


_NOW_SUBJECT = (r"^(?P<subject>it|this|that|(?:this|that|the|my) (?:job|role|work|place)|"
                r"working (?:here|there))\s+")


@per_data_folder
def _job_past() -> re.Pattern:
    verbs = "|".join(re.escape(v) for v in value_data()["job_now"])
    return re.compile(_NOW_SUBJECT + r"(?P<verb>" + verbs + r")(?=\s+(?:me|us)\b)|" +
                      _NOW_SUBJECT.replace("subject", "was_subject") + r"was\s+(?=(?:the|my)\s+"
                      r"(?:job|role|place|one|first job|first role)\b|where\b)", re.IGNORECASE)


def job_now(sentence: str) -> str:
    """A sentence of the participant's about the job they have now, whose subject is the
    job told in the past ("It gave me a seat at the table", "That job taught me ...", "This
    was the job where ..."), with the job still held: "It has given me ...", "This job has
    taught me ...", "This is the job where ..." (r27: a current job told as over), and a lead
    that places it in a job that is over ("Over my time there I ...": ``job_now_leads``) said
    of the job held ("In this job I ..."); any other sentence as it is."""
    for lead, now in value_data()["job_now_leads"].items():  # "Over my time there I ..."
        if sentence.lower().startswith(lead + " "):
            return now[:1].upper() + now[1:] + sentence[len(lead):]
    m = _job_past().match(sentence)
    if not m:
        return sentence
    subject = m.group("subject") or m.group("was_subject")
    subject = re.sub(r"^that\b", "this", subject, flags=re.IGNORECASE)
    subject = subject[:1].upper() + subject[1:] if sentence[:1].isupper() else subject
    if m.group("verb"):
        return f"{subject} {value_data()['job_now'][m.group('verb').lower()]}" + \
            sentence[m.end():]
    return f"{subject} is " + sentence[m.end():]
