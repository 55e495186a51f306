"""A second-language writer's slips, mended as the participant's words go into the draft.

Blind hiring-manager raters (r35) marked down drafts that keep slips a coached participant
would not say in an interview, or that turn the meaning. Each class is one rule here, its
words in ``data/slips.json`` (a facilitator may edit them); each mends only where the reading
is plain, and never touches a number, a name or the meaning; where in doubt the words stay as
typed:

- a job said of what someone is, with no article (``occupations`` after ``article_before``):
  "I was driver at First Bus" -> "I was a driver at First Bus", "not only manager" -> "not
  only a manager" (a post, ``positions``, only after a contrast); a title in capitals ("I was
  Shift Lead"), "head chef", "manager of the branch" as typed;
- a present modal in a sentence told in the past (``modals``): "the colleagues were proud and
  the citizens must wait less" -> "had to wait less"; never "must be", "must not", a general
  "you can", or what was learned ("I learned that you can ask");
- a singular subject with a verb's plain form in a sentence told in the past: "my boss give
  me the keys when I started" -> "gave", "..., and the team grow with me" -> "grew"; never
  after a verb that takes a plain one ("I watched the team grow"), a plural ("the children
  love it"), nor a collective noun with a verb of state ("the team trust me");
- "more" before an adjective that has its own comparative (``comparatives``): "residents
  were more calm" -> "calmer", "more better" -> "better"; never "more calm and patient",
  "more calm than angry", "more fresh bread";
- an award's title got (``award_tails``): "I have got driver of the month 3 times" -> "I have
  been named driver of the month 3 times";
- "stopped to" before a practice given up (``stopped_doing``): "we stopped to print and send
  the letters" -> "stopped printing and sending"; never "we stopped to eat";
- an employer of the workspace named with "in" (``employer_in_after``): "In Raben I
  negotiate" -> "At Raben I negotiate"; never "in Raben's warehouse", "interested in Raben",
  a place ("In Poland"), or a name that starts with "In" ("In-N-Out").

Every pattern here runs in linear time.
"""

from __future__ import annotations

import re

from .resources import load_json, per_data_folder
from .verbs import _KNOWN_THAT, _past_form, past_of_present

__all__ = ["mended_slips"]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d,.]*|[^\w\s]")


@per_data_folder
def _data() -> dict:
    return load_json("slips.json")  # type: ignore[return-value]


@per_data_folder
def _set(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _data().get(key, ()))


@per_data_folder
def _table(key: str) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in _data().get(key, {}).items()}


def _cap(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


# --- a job with no article ---------------------------------------------------------------------

_VOWEL_SOUND = re.compile(r"^(?:[aio]|e(?!u)|u(?!ni|s[eu]|r[aeiou])|hono|hour|heir)", re.I)


def _article(word: str) -> str:
    return "an" if _VOWEL_SOUND.match(word) else "a"


def _job_articles(sentence: str) -> str:
    tokens = list(_WORD.finditer(sentence))
    words = [t.group(0).lower() for t in tokens]
    inserts = []
    for i, word in enumerate(words):
        if word not in _set("occupations") and word not in _set("positions") or \
                not tokens[i].group(0).islower():
            continue
        after = words[i + 1] if i + 1 < len(words) else "."
        if after in _set("job_after") or not after[:1].isalnum():  # "driver trainer", "manager
            first = _bare_from(tokens, words, i)  # of the branch": the phrase goes on
            if first is not None:
                inserts.append((first.start(), _article(first.group(0)) + " "))
    for at, said in sorted(inserts, reverse=True):
        sentence = sentence[:at] + said + sentence[at:]
    return sentence


def _bare_from(tokens: list[re.Match], words: list[str], i: int) -> re.Match | None:
    """The first word of the job phrase ending at ``words[i]`` where it follows a lead of
    ``article_before`` with at most two words between that describe it and no article, and
    is no title; else None."""
    for back in range(1, 4):  # the lead, with at most two words that describe the job
        if i - back < 0:
            return None
        one = words[i - back]
        lead = " ".join(words[i - back - 1:i - back + 1]) if i - back >= 1 else ""
        found = lead if lead in _set("article_before") else one if one in _set(
            "article_before") else ""
        if found:
            between = tokens[i - back + 1:i + 1]
            if any(not t.group(0).islower() or t.group(0).lower() in _set("position_words")
                   for t in between):
                return None  # "I was Shift Lead", "I was head chef": a post named as a title
            if words[i] not in _set("occupations") and found not in _set("article_contrast"):
                return None  # "I was manager at the branch": "a" or "the" is theirs to choose
            return between[0]
        if not one.isalpha() or one in _DETERMINERS or not tokens[i - back].group(0).islower():
            return None
    return None


_DETERMINERS = frozenset("""a an the my our their his her its your this that these those one
    each every another any no some which what whose""".split())


# --- a present modal, a plain verb, in a story told in the past --------------------------------

_SUBJECTS = frozenset("i we they he she".split())
_NOW = re.compile(r"\b(?:now|still|today|nowadays|these days|currently|always|anymore|every "
                  r"day|to this day)\b", re.IGNORECASE)


def _told_in_past(words: list[str]) -> bool:
    """True for a sentence with a finite past: "was", "were", "had", "did", or a past after a
    subject ("I made", "we set up", "the colleagues were")."""
    return any(w in ("was", "were", "had", "did", "wasn't", "weren't", "didn't") or
               (i and words[i - 1] in _SUBJECTS and _past_form(w) and w != "had")
               for i, w in enumerate(words))


def _modals_in_past(sentence: str) -> str:
    modals = _table("modals")
    if not modals:
        return sentence
    known = _KNOWN_THAT.search(sentence)
    pattern = (r"(?<![\w'’])(" + "|".join(map(re.escape, sorted(modals, key=len, reverse=True)))
               + r")(?![\w'’])(?=\s+([a-z]+))")

    def said(m: re.Match) -> str:
        before = sentence[:m.start()].split()
        lead = before[-1].lower() if before else ""
        if m.group(2) in _set("modal_not_before") or m.group(2) in _NOT_A_VERB or \
                lead in ("you", "if") or lead in _DETERMINERS or known and \
                known.start() < m.start() or _RELATIVE & {w.lower() for w in before[-3:]}:
            # "must be", "must not", "you can", "a can of", "learned that", "a drive that
            return m.group(0)  # anyone can use": a guess, a noun, or what may hold today
        return _cap(modals[m.group(1).lower()], m.group(1))

    return re.sub(pattern, said, sentence, flags=re.IGNORECASE)


_RELATIVE = frozenset("that which who where whom".split())
_NOT_A_VERB = frozenset("of and or the a an to in on for with at by from".split())


def _plain_verbs(sentence: str) -> str:
    """A singular subject, at a clause's start, with a plain verb the kit knows the past of:
    that verb in the past (the sentence is told in the past)."""
    tokens = list(_WORD.finditer(sentence))
    words = [t.group(0).lower() for t in tokens]
    edits = []
    for i in range(1, len(words)):
        past = past_of_present(words[i]) if tokens[i].group(0).islower() else ""
        if not past or past == words[i] or _past_form(words[i]) or words[i].endswith("s") and \
                not words[i].endswith("ss"):
            continue
        start = _subject_start(words, i)
        if start is None:
            continue
        head = words[i - 1]
        if head in _set("collective_nouns") and (words[i] in _set("state_verbs") or start == 0):
            continue  # "the team trust me": British English's plural, a state that may hold
        lead = words[start - 1] if start else ""
        if lead in _set("bare_verb_after") or start and lead not in _set(
                "plain_subject_after") and lead not in (",", ";"):
            continue  # "I watched the team grow": a plain verb after its object
        nxt = words[i + 1] if i + 1 < len(words) else "."
        if nxt == "than":
            continue  # "lower than the team average": a comparative, no verb
        if _past_form(nxt) or nxt in ("is", "are", "was", "were", "has", "have", "had") or \
                nxt in _SUBJECTS or nxt == "it" and words[i - 1] in _NOT_NOUN:
            continue  # "the month end close went ...", "the more calm I stayed": no verb here
        edits.append((tokens[i].start(), tokens[i].end(), past))
    for a, b, said in sorted(edits, reverse=True):
        sentence = sentence[:a] + said + sentence[b:]
    return sentence


# words after a determiner that are no noun a verb could follow ("the more calm I stayed")
_NOT_NOUN = frozenset("""more less most least much many few same other only first last next
    whole best worst very own""".split())
_SINGULAR_DET = frozenset("the my our his her their this that its".split())
_AUXILIARIES = frozenset("""am is are was were be been being has have had do does did will
    would can could shall should may might must""".split())


def _subject_start(words: list[str], i: int) -> int | None:
    """Where a singular subject ending just before ``words[i]`` starts: "he", "she", "it", or
    a determiner, at most one word that describes, and a singular noun ("my boss", "the new
    team"); else None."""
    if words[i - 1] in ("he", "she"):
        return i - 1
    noun = words[i - 1]
    if noun in _AUXILIARIES:
        return None  # "my complaints were lower": a verb before it, no subject's noun
    if not noun.isalpha() or noun in _set("plural_nouns") or noun in _DETERMINERS | _NOT_NOUN or \
            noun.endswith("s") and not noun.endswith(("ss", "us")) or _past_form(noun):
        return None
    for back in (2, 3):
        if i - back >= 0 and words[i - back] in _SINGULAR_DET:
            return i - back
        if i - back < 0 or not words[i - back].isalpha():
            return None
    return None


# --- "more calm", an award got, "stopped to print", "in" an employer ---------------------------


def _comparatives(sentence: str) -> str:
    table = _table("comparatives")

    def said(m: re.Match) -> str:
        after = re.match(r"\s*([^\w\s]|[\w'’]+)?(?:\s*([\w'’]+))?(?:\s+([\w'’]+))?",
                         sentence[m.end():])
        nxt = (after.group(1) or ".").lower()
        then = [(w or "").lower() for w in after.groups()[1:]]
        joined = then[0] in _CLAUSE_START or then[0] in ("and", "but", "so") and \
            then[1] in _CLAUSE_START
        if m.group(1).lower() == "the" or nxt in ("and", "or", ",") and not joined:
            return m.group(0)  # "the more calm ...", "more calm and patient": as typed
        if nxt in ("and", "or", ","):
            nxt = "."  # "more calm and the team grew": a clause of its own follows
        if nxt == "than":
            obj = (after.group(2) or "").lower()
            if obj not in _set("than_objects") and not obj[:1].isdigit():
                return m.group(0)  # "more calm than angry": two qualities weighed
        elif nxt.isalnum() and nxt not in _set("comparative_after"):
            return m.group(0)  # "more fresh bread": more of a thing
        return m.group(1) + " " + _cap(table[m.group(3).lower()], m.group(2))

    words = sorted(table, key=len, reverse=True)
    if not words:
        return sentence
    pattern = (r"\b([\w'’]+)\s+([Mm]ore)\s+(" + "|".join(map(re.escape, words)) +
               r")\b(?![-‐'’])")
    return re.sub(pattern, said, sentence)


# words that start a clause after "and" or a comma ("more calm, and the team ...")
_CLAUSE_START = frozenset("""i we they he she it the my our their his her this that some most
    many everyone everybody nobody people""".split())


def _awards(sentence: str) -> str:
    tails = sorted(_set("award_tails"), key=len, reverse=True)
    if not tails:
        return sentence
    not_title = "|".join(map(re.escape, sorted(_set("award_not_title") | {"a", "an", "the"})))
    pattern = (r"\b(?:(I|we|they|you|he|she|it)\s+)?(?:(have|has|had)\s+)?(?:(also|then|even|"
               r"later|finally|soon|once|twice)\s+)?got\s+(?=(?:(?!(?:" + not_title +
               r")\b)[a-z-]+\s+){1,3}(?:" + "|".join(map(re.escape, tails)) + r")\b)")

    def named(m: re.Match) -> str:
        subject, adverb = m.group(1), f"{m.group(3)} " if m.group(3) else ""
        head = f"{subject} " if subject else ""
        if m.group(2):
            return f"{head}{m.group(2)} {adverb}been named "
        if re.search(r"['’](?:ve|s|d)\s+$", sentence[:m.start()]):
            return f"{adverb}been named "  # "I've got ..." -> "I've been named ..."
        plural = subject and subject.lower() in ("we", "they", "you")
        return f"{head}{'were' if plural else 'was'} {adverb}named "

    return re.sub(pattern, named, sentence)


def _stopped(sentence: str) -> str:
    doing = _table("stopped_doing")
    if not doing:
        return sentence
    verbs = "|".join(map(re.escape, sorted(doing, key=len, reverse=True)))
    pattern = (r"\b(stop|stops|stopped)\s+to\s+(" + verbs + r")\b(?:\s+and\s+(" + verbs +
               r")\b)?(?!\s+an?\b)")

    def ing(m: re.Match) -> str:
        second = f" and {doing[m.group(3).lower()]}" if m.group(3) else ""
        return f"{m.group(1)} {doing[m.group(2).lower()]}{second}"

    return re.sub(pattern, ing, sentence, flags=re.IGNORECASE)


def _short_names(employers: tuple[str, ...]) -> list[str]:
    """Each employer's name as typed (before a comma) and as people say it, its legal form
    left out ("Raben Sp. z o.o." -> "Raben", ``wording.org_spoken``), where it is a name: a
    capital and a letter more. Never its first words alone: "London Logistics" shortened to
    "London" would turn a place ("In London I ...") into an employer ("At London")."""
    from .wording import org_spoken  # wording reads notes through modules that import this

    names = set()
    for org in employers:
        typed = (org or "").split(",")[0].strip()
        words = typed.split()
        if not words or not words[0][:1].isupper() or words[0].lower() in ("in", "at"):
            continue
        names.add(typed)
        spoken = org_spoken(typed)
        if len(spoken) > 2 and spoken[:1].isupper():
            names.add(spoken)
    return sorted(names, key=len, reverse=True)


def _employers_at(sentence: str, employers: tuple[str, ...]) -> str:
    names = _short_names(employers)
    if not names:
        return sentence
    after = "|".join(map(re.escape, sorted(_set("employer_in_after"), key=len, reverse=True)))
    pattern = (r"(^|[,;]\s*|\b(?:" + after + r")\s+)\b([Ii]n)\s+(" +
               "|".join(map(re.escape, names)) + r")(?![\w'’-])(?!['’]s\b)")
    return re.sub(pattern, lambda m: m.group(1) + _cap("at", m.group(2)) + " " + m.group(3),
                  sentence, flags=0)


_QUOTE = re.compile(r"(\"[^\"]*\"|“[^”]*”|(?<!\w)'[^']*'(?!\w)|‘[^’]*’(?!\w))")


def mended_slips(sentence: str, employers: tuple[str, ...] = ()) -> str:
    """``sentence`` with the slips of the module docstring mended, each by its rule;
    ``employers``, the workspace's organisations as typed, for "In Raben" -> "At Raben"; every
    other word, every number and name as typed."""
    if not sentence:
        return sentence
    quoted = _QUOTE.split(sentence)
    if len(quoted) > 1:  # someone's words quoted: as typed; the rest mended
        return "".join(part if n % 2 else mended_slips(part, employers)
                       for n, part in enumerate(quoted))
    sentence = _job_articles(sentence)
    words = [w.lower() for w in re.findall(r"[\w'’]+", sentence)]
    if _told_in_past(words) and not _NOW.search(sentence):
        sentence = _plain_verbs(_modals_in_past(sentence))
    return _employers_at(_stopped(_awards(_comparatives(sentence))), employers)
