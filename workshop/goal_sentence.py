"""What a claim's sentence offers a goal, for the goals match (``workshop/check_goals.py``).

The goals match compares two sides: what a goal asks (its object words, heads and direction,
read in ``check_goals``) and what an evidence sentence says. This module reads the sentence's
side: its words' bases with what is no evidence left out (``sentence_bases``: a job title after
"as", a wish, a plan or the ad recited, a goal's topic named as a problem or a duty, a place
of work: "on site", "at the front desk", ``Meanings.settings_in``), the
skills it names (``skills_said``), the short forms its words spell (``initials``), whether it
only recites the goals (``recital``, ``copied``, ``quotes_goals``) and whether a result's
sentence says how much it changed (``figured``).
"""

from __future__ import annotations

from .numbers import has_quantity
from .skills import skills_named

__all__ = ["copied", "figured", "initials", "others_moved", "quotes_goals", "recital",
           "sentence_bases", "skills_said", "titled", "wish_only", "wished"]


def initials(reading, sentence, longest: int = 5) -> set[str]:
    """The initials of every run of two to ``longest`` words in the sentence ("warehouse
    management system" gives "wm", "wms", "ms"): at most four a word, so linear."""
    ws = reading.words
    letters = [w.lower[0] if w.is_word and w.lower[:1].isalpha() else ""
               for w in ws[sentence.lo:sentence.hi]]
    out = set()
    for i in range(len(letters)):
        run = ""
        for ch in letters[i:i + longest]:
            if not ch:
                break
            run += ch
            if len(run) >= 2:
                out.add(run)
    return out


# the words a job title is said after: "as a Dental Nurse", "I became a shift manager"
_TITLE_OPENERS = frozenset(("as", "became", "become", "becoming"))


def titled(ws, lo: int, hi: int, is_role=None) -> set[int]:
    """The places of a job title said after "as" ("as a Dental Nurse at ...", "as Head of
    Science"): capitalised words in a row, with "of", "and" or "&" between them; or, with
    ``is_role`` (``Meanings.is_role``), up to four lowercase words ending in a role noun ("as a
    transport planner", "joined as a lettings negotiator"; not "as a result", "as a team"),
    after "as" or "became" ("I became an expert community manager" names a role, no
    community grown).
    A title names a role, it is no claim: its words back no goal ("nurses" in "lead a team of
    6 nurses", "lettings" in "grow the lettings portfolio")."""
    out: set[int] = set()
    seen = lo  # each word is looked at once: linear in the sentence
    for i in range(lo, hi - 1):
        if ws[i].lower not in _TITLE_OPENERS or i < seen:
            continue
        j = i + 1 + (ws[i + 1].lower in ("a", "an", "the", "my", "our") and i + 2 < hi)
        first = j
        # capitalised, after "as" only: "became Excel champion" names its skill
        while ws[i].lower == "as" and j < hi and ws[j].is_word and (
                ws[j].text[:1].isupper() or j > first and ws[j].lower in ("of", "and", "&")):
            out.add(j)
            j += 1
        if j == first and is_role is not None and first > i + 1:  # "as a" + lowercase words
            end = _title_end(ws, first, min(first + 4, hi), is_role)
            if end is not None:
                out.update(range(first, end + 1))
                j = end + 1
        seen = j
    return out


# words that end a lowercase title's run: "as a planner at the depot", "a manager who ..."
_TITLE_STOPS = frozenset("and or at in for with who which that to on of by from".split())


def _title_end(ws, first: int, last: int, is_role) -> int | None:
    """The last role noun of the lowercase words from ``first`` (before ``last``, a stop word
    or anything not a word): "senior care planner" ends on "planner", though "senior" and
    "confident" end as a role noun may; None when there is none."""
    end = None
    for k in range(first, last):
        low = ws[k].lower
        if not ws[k].is_word or not low.isalpha() or low in _TITLE_STOPS:
            break
        if is_role(low):
            end = k
    return end


def wished(ws, sentence, mean) -> set[int]:
    """The places of a sentence's words from a wish, a plan or the ad recited to its clause's
    end (``Meanings.wished``: "..., and I'd love to build dashboards next", "which is what
    you want in inventory control", "I'd like to think I saved them money"): what is wished
    is no evidence, though the sentence's claim stands in another clause."""
    out = wish_only(ws, sentence, mean)
    for clause in getattr(sentence, "clauses", None) or [sentence]:  # a sentence or a clause
        # a goal's topic named as a problem, a duty or an effort ("Student retention was our
        # biggest problem", "I was responsible for the rota", "I'm working on my accuracy")
        out |= mean.topic_named(ws, clause)
    return out


def wish_only(ws, sentence, mean) -> set[int]:
    """The places of a sentence's words from a wish, a plan or the ad recited to its clause's
    end (``Meanings.wished``), a topic named as a duty or a problem kept."""
    out: set[int] = set()
    for clause in getattr(sentence, "clauses", None) or [sentence]:
        start = mean.wished(ws, clause)
        if start is not None:
            out.update(range(start, clause.hi))
    return out


# the words after a team noun that name its people ("team members", "crew mates"), not its work
# ("a staff consultation", "the team rota")
_TEAM_PEOPLE = frozenset("member members mate mates leader leaders lead player players".split())


def sentence_bases(rules, reading, sentence, is_role=None, mean=None,
                    skip: frozenset | set = frozenset()) -> set[str]:
    """The bases and lowercase forms of a sentence's words, a job title's, a place of work's
    ("on the ward", ``Meanings.settings_in``) and those at places in ``skip`` left out
    (``titled``); "minute-taking" also holds "minute" and "take", and "on time" holds
    "on-time"."""
    ws = reading.words
    lexicon = rules.grammar.lexicon
    title = titled(ws, sentence.lo, sentence.hi, is_role) | set(skip)
    # "team members", "staff member": the organisation's own people, not the members a
    # goal's customers may be ("coach new team members" backs no "patient care")
    team = lexicon.class_words("team_noun")
    title |= {i for i in range(sentence.lo + 1, sentence.hi)
              if ws[i - 1].lower in team and ws[i].lower in _TEAM_PEOPLE}
    if mean is not None:
        title |= wished(ws, sentence, mean) | mean.settings_in(ws, sentence.lo, sentence.hi)
    bases = {ws[i].base for i in range(sentence.lo, sentence.hi) if i not in title}
    bases |= {ws[i].lower for i in range(sentence.lo, sentence.hi) if i not in title}
    # "on time" also reads as "on-time", as a goal may write it
    pairs = {lexicon.base(f"{ws[i].lower}-{ws[i + 1].lower}")
             for i in range(sentence.lo, sentence.hi - 1)
             if ws[i].is_word and ws[i + 1].is_word and i not in title and i + 1 not in title}
    return bases | pairs | {lexicon.base(part) for b in list(bases) if "-" in b
                            for part in b.split("-") if part}


def recital(rules, reading, sentence, goal_bases: set[str]) -> bool:
    """True when most of the sentence's own words (not stopwords, not empty) are goal words."""
    ws = reading.words
    # a goal's word counts as one though it is a generic word ("leadership" names nothing
    # alone, but copied from the goal it is the goal's)
    own = [ws[i].base for i in range(sentence.lo, sentence.hi)
           if ws[i].is_word and ws[i].lower not in rules.stopwords
           and (ws[i].base in goal_bases or ws[i].base not in rules.specific.empty
                and ws[i].base not in rules.goal_verbs)]
    return bool(own) and sum(b in goal_bases for b in own) * 5 >= len(own) * 3


def copied(rules, reading, sentence, goal: list[str], goal_bases: set[str],
            result: bool = True) -> bool:
    """True when every clause of the sentence that holds one of a goal's own words recites
    goals: no figure in it, and most of its own words are goal words ("I strengthened my
    leadership and communication" for "strong leadership and communication"). A goal told in
    other words, or beside a figure, is no recital. A growth (not ``result``) is read whole:
    its other clauses tell how far the skill moved ("I got really good at Salesforce there,
    I'd never used it before, and by the end I was the admin for the whole sales team")."""
    ws, own_words = reading.words, set(goal)
    holding = [c for c in sentence.clauses
               if any(ws[i].base in own_words for i in range(c.lo, c.hi))]
    if holding and not result:
        holding = [sentence]
    return bool(holding) and all(
        not any(ws[i].lower[:1].isdigit() for i in range(c.lo, c.hi)) and not _ranked(ws, c)
        and recital(rules, reading, c, goal_bases) for c in holding)


_RANKS = frozenset("best highest top fastest lowest fewest".split())
_RANK_PLACES = frozenset("in on of across".split())


def _ranked(ws, clause) -> bool:
    """True when a clause ranks what it tells against others, a measure as a figure is ("my
    rebooking was the best in the shop", "the highest in the region"): a superlative then "in",
    "on", "of" or "across" within three words. Linear in the clause."""
    return any(ws[i].lower in _RANKS and any(ws[j].lower in _RANK_PLACES
                                              for j in range(i + 1, min(clause.hi, i + 4)))
               for i in range(clause.lo, clause.hi))


def quotes_goals(reading, sentence, phrases: list[tuple[str, ...]]) -> bool:
    """True when a sentence without a figure quotes two goals' objects word for word ("lives
    and breathes continuous improvement and always puts the patient experience first"): the
    ad recited back, whatever else the sentence says."""
    said = reading.text[sentence.start:sentence.end].lower()
    if any(ch.isdigit() for ch in said):
        return False
    text = " " + " ".join("".join(ch if ch.isalnum() or ch in "-'" else " " for ch in said)
                          .split()) + " "
    return sum(any(f" {p} " in text for p in pairs) for pairs in phrases) >= 2


_POINTERS = frozenset("this that it which these those".split())


def figured(rules, reading, sentence, goal: frozenset | set = frozenset()) -> bool:
    """True when a result's sentence says how much it changed (a quantity, "by a quarter",
    ``numbers.has_quantity``; "half", "fewer": ``specific.change_words``), points back at a
    result ("This saved ..."), or the sentence after it says how much ("I cut our fuel
    costs. That was £9,000 a year."). A change word right before one of the goal's own words
    (``goal``: "more person-centred", "more efficient" for "improve efficiency") is the goal
    said as a comparative, no measure of it."""
    ws, sentences = reading.words, reading.sentences
    if ws[sentence.lo].lower in _POINTERS:
        return True
    k = next((i for i, s in enumerate(sentences) if s is sentence), None)
    told = [sentence] if k is None else sentences[k:k + 2]
    change = rules.specific.change_words
    return any(any(m.end >= s.hi or ws[m.end].base not in goal and ws[m.end].lower not in goal
                   for m in change.find(ws, s.lo, s.hi))
               or has_quantity(reading.text[s.start:s.end]) for s in told)


def skills_said(reading, sentence, keep: frozenset = frozenset(), is_role=None,
                mean=None, skip: frozenset | set = frozenset()) -> frozenset[str]:
    """The listed skills a sentence names (``skills.skills_named``), a job title's and a place
    of work's words left out as in ``sentence_bases`` ("as a Data Analyst" names the role, not
    a skill; "In the warehouse ..." no warehouse management), and a proper name's (a
    capitalised word inside the sentence: an employer, a product) unless it is in ``keep``,
    the goal's own: "At Zoho ..." or "I learned HubSpot" names no CRM skill for "keep our
    Salesforce CRM accurate"; "Excel" still serves "strong Excel skills"."""
    ws = reading.words
    title = titled(ws, sentence.lo, sentence.hi, is_role) | set(skip)
    if mean is not None:  # a place of work names no skill ("In the warehouse I learned Excel")
        title |= wished(ws, sentence, mean) | mean.settings_in(ws, sentence.lo, sentence.hi)
    return skills_named(" ".join(ws[i].text for i in range(sentence.lo, sentence.hi)
                                 if i not in title
                                 and (not _proper(ws, i, sentence.lo) or ws[i].lower in keep)))


def _proper(ws, i: int, lo: int) -> bool:
    """True when word ``i`` is a proper name: capitalised with lowercase letters after
    ("Zoho", "HubSpot"; not "SQL", a skill's short name), not the sentence's first word, not
    "I"."""
    text = ws[i].text
    return i > lo and ws[i].is_word and text[:1].isupper() and any(c.islower() for c in text) \
        and ws[i].lower not in ("i", "i'm", "i've", "i'd")


# a pronoun may stand for the speaker's own people ("when they opened the second site I trained
# up the whole floor team"): only a noun names the others
_PRONOUNS = frozenset("he she they them us".split())
_NOT_PEOPLE = frozenset("place job workplace fintech startup".split())
_LEADS = frozenset("and but so while whilst when as then the our my their its this that whole "
                   "entire".split())


def others_moved(rules, reading, sentence, mean, bosses_only: bool = False) -> set[int]:
    """The places of the clauses of a sentence that tell the organisation's, the team's or a
    boss's change: a clause whose subject is one of them (its first word past a joining word
    and a determiner, a noun of the classes ``org``, ``employer`` and ``team_noun``, or a boss
    named after the organisation's word, "the practice manager") and that tells a move or a
    figure ("The company grew revenue by 30% while I was there, and I learned to use Excel":
    the growth is the speaker's, the revenue not). In a result's sentence (``bosses_only``),
    where the organisation's change may be the one the speaker's act made ("I rebuilt the
    rota, and the team cut waiting times by half"), only a boss's or a colleague's ("and my
    manager cut picking errors by 40%"). Linear in the sentence."""
    ws, lexicon = reading.words, rules.grammar.lexicon
    org = lexicon.class_words("org")
    people = lexicon.class_words("employer") - org - _PRONOUNS - _NOT_PEOPLE
    others = people if bosses_only else (org | lexicon.class_words("employer")
                                         | lexicon.class_words("team_noun")) - _PRONOUNS
    out: set[int] = set()
    for c in getattr(sentence, "clauses", None) or [sentence]:
        first = next((i for i in range(c.lo, c.hi)
                      if ws[i].is_word and ws[i].lower not in _LEADS), None)
        if first is None:
            continue
        after = ws[first + 1].lower if first + 1 < c.hi else ""
        if ws[first].lower not in others and not (ws[first].lower in org and after in people):
            continue
        told = " ".join(ws[i].text for i in range(c.lo, c.hi))
        if mean.moves(ws, c.lo, c.hi) or has_quantity(told):
            out.update(range(c.lo, c.hi))
    return out
