"""Which of the hiring manager's goals an answer backs with evidence (the ``goals_match``
finding of ``workshop/check.py``).

A goal is backed where a sentence that holds a real, specific claim (growth, a result, later
use) holds one of the goal's *object words* or what means the same, by the goal's meaning
rather than its wording:

- an everyday synonym (``goal_synonyms``: "churn" for "retention"), or a word of the same
  family ("validation", "validating");
- a kind of the thing the goal names (``goal_kinds``, one way: "overtime" and "fuel" are
  costs, so "cut overtime by 20%" backs "reduce costs"; "costs" does not back "cut overtime");
- a goal's short form spelt out: "WMS" by "warehouse management system", "CRM" by "customer
  relationship management" (the initials of words in a row);
- the same job skill named in other words, by the kit's skill vocabulary
  (``data/skill_vocabulary.json``, ``skills.skills_named``): "manage vendor relationships" is
  vendor management, backed by "I took over supplier management"; "data analysis" by
  "analysing data" (one skill, never its family: "Excel" does not back "data analysis");
- in a sentence that holds a result, the outcome the goal names told as a change
  (``goal_outcomes``: "reduce waiting times" backed by "patients were seen in 20 minutes
  instead of an hour", "reduce staff turnover" by "fewer new starters quit").

- a measure told as a rank in a result ("my rebooking was the best in the salon",
  ``goal_sentence.copied``): no recital of the goal, as a figure is not;
- a kind of a general category the goal names (``categories`` of ``data/goal_meanings.json``,
  one way: "manage events" backed by "I ran weddings of 200 guests end to end");
- in a result's clause, a relation of ``data/goal_meanings.json`` (``goal_meanings``): "fewer"
  clients left us" backs "reduce churn", "empty miles dropped" backs "reduce transport costs";
  for a goal that asks no direction (a skill or a topic: "conflict resolution", "customer
  service"), a claim on the relation's thing whichever way it moves ("learned to calm
  arguments between guests").

- in a result's clause that tells a move or a figure, the measure the goal names told from
  either side (``data/goal_measures.json``: "absences fell by a third" for "improve
  attendance", "customer satisfaction went up" for "reduce customer complaints").

Evidence is what the check read as a claim, the act told just before a result
(``goal_evidence.acts_before``: "I rewrote the discharge leaflets in plain English. Calls from
worried callers fell by half.") and the change told just after a growth
(``goal_evidence.told_after``: "I learned to explain the quote line by line. I was getting four
customers in five to say yes, when the others got one in two."); a result's sentence is also
read with the problem told just before it (``goal_evidence.problems_before``: "The directors
were double-booked most weeks because three of us wrote in the same diary. I set it up so only
I could accept meetings, and the clashes stopped."). A goal about people is backed
by its act done to people where any of its heads names people: its last object word, or the
act's object before a complement ("staff" in "train new staff to brand standards"); or by
another act that brings people on (``people_acts``) done to the organisation's own people
("mentor junior staff" by "These days I teach our apprentices").

What is no evidence, though it stands in a claim's sentence: in a growth's or a later use's
sentence, a clause telling the organisation's, the team's or a boss's change
(``goal_sentence.others_moved``: "The firm grew its revenue by 30% while I was there, and I
learned ..."); the words from a wish, a plan or
the ad recited to the clause's end ("..., and I'd love to run the parts ordering";
``wish_words``); a goal's topic named as a problem, a duty or an effort ("Student retention
was our biggest problem", "I was responsible for the rota", "my role involved scheduling",
"I'm working on my accuracy"; ``topic_words``); the place the work was done ("I learned to read
drawings on site" backs no "ensure safety on site"; ``settings``), nor the goal's own place ("the
whole ward" for "infection control on the ward": a goal's place says where, not what); a
result that says only a goal or its everyday synonyms without a figure ("I helped the
company save money") or as a comparative ("I helped the surgery to become more
patient-focused"); a sentence without a
figure that quotes two goals' objects word for word ("lives and breathes continuous
improvement and puts the patient experience first").

A goal's object words leave out its verbs ("reduce", "improve") and the stopwords. Since a
claim counts only when it names something (``workshop/specific.py``), a hollow claim backs no
goal. A sentence that only recites the goals (two or more goals met, and most of its own words
are the goals' words) is no evidence, nor are the words of a job title said after "as" ("as a
Dental Nurse" backs no goal to "lead a team of 6 nurses"; in lowercase, "as a transport
planner", up to a role noun). What a claim shares with a goal in another sense backs nothing:

- a goal's act alone ("build" in "build a sales pipeline" for "I learned to build supply
  programmes"; the skill it names, "train" for "train my eye"): the act backs a goal about
  people only where it is done to people ("trained the new bartenders" for "train new staff");
- a proper name the goal does not name, through the skill vocabulary ("At Zoho ...", "I
  learned HubSpot" name no CRM skill for "keep our Salesforce CRM accurate");
- a result that moves the goal's object the other way ("sales fell" for "grow sales", "more
  clients left" for "reduce churn"): the goal's verb asks for a direction.
- outside a result, the word that only says which kind of thing a goal asks to move ("claims"
  in "reduce claim costs" for "I learned to assess motor claims"), unless a clause tells
  something moving the way the goal asks ("far fewer of them ended up back in hospital");
- the goal's head told with another qualifier ("the firm's expense accounts" for "grow key
  business accounts", "safety audits" for "financial audits"; ``goal_qualifiers``): another
  kind of the thing; the head counts bare, described ("new accounts"), with the goal's own
  qualifier, or after a product's name ("the Opera system" for "the booking system").
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from .goal_evidence import (
    acts_before,
    averts,
    problems_before,
    starts_before,
    told_after,
    told_bases,
)
from .goal_meanings import meanings
from .goal_measures import measures as goal_measures
from .goal_qualifiers import clashes, goal_heads, plain
from .goal_qualifiers import is_object as object_word
from .goal_sentence import (
    copied,
    figured,
    initials,
    others_moved,
    quotes_goals,
    recital,
    sentence_bases,
    skills_said,
    titled,
    wish_only,
    wished,
)
from .goal_text import acronyms, acts_named, goal_propers, heads, phrase
from .numbers import has_quantity
from .skills import skills_named
from .word_roots import root, rooted

__all__ = ["goal_words", "match_goals"]


def goal_words(rules, goal: str) -> list[str]:
    """The bases of a goal's object words and of its ``goal_acts`` verbs: its stopwords,
    numbers and other verbs left out (all its content words when it is verbs only); a verb's
    "-ing" form that ends the goal is its object ("long-distance driving")."""
    out = []
    lexicon = rules.grammar.lexicon
    work = _work(rules, goal)
    for word in lexicon.words(goal):
        low = word.lower
        if not word.is_word or low in rules.stopwords or low.isdigit() or len(low) < 2:
            continue
        # a word in parts stands for each part too ("zero-incident" is about incidents)
        parts = [lexicon.base(p) for p in low.split("-") if len(p) >= 2] if "-" in low else []
        for base in (word.base, *parts):
            if base not in out and base not in rules.stopwords:
                out.append(base)
    objects = [b for b in out if b not in rules.goal_verbs or b in work]
    # a verb that names the work itself ("lead", "train", "automate") is evidence too, where a
    # claim's sentence does that work; "reduce", "improve" name only a direction
    return objects + [b for b in out if b in rules.goal_acts] if objects else out


def _work(rules, goal: str) -> set[str]:
    """The bases of the verbs' "-ing" forms a goal names as its work: the one that ends it
    ("long-distance driving", "bid writing", "staff scheduling") and one right after the goal's
    own verb ("improve onboarding of new hires"): its object, not a direction or a framing;
    and a plural that ends it, a noun whatever verb it shares a base with ("coordinate
    schedules", "generate leads"). One that opens the goal is its verb ("Training new
    staff")."""
    said = [w for w in rules.grammar.lexicon.words(goal)
            if w.is_word and w.lower not in rules.stopwords]
    last = len(said) - 1
    return {w.base for i, w in enumerate(said) if i and (
        (w.lower.endswith("ing") and (i == last or said[i - 1].base in rules.goal_verbs))
        or (i == last and w.lower.endswith("s") and not w.lower.endswith("ss")))}


def _unplaced(words: list[str], lexed, mean) -> list[str]:
    """A goal's words without those of a place of work it names (``Meanings.settings_in``: "on
    site", "on the ward"); all of them where nothing else is left ("work behind the bar")."""
    place = {x for i in mean.settings_in(lexed, 0, len(lexed))
             for x in (lexed[i].base, lexed[i].lower)}
    return [w for w in words if w not in place] or words


def _verbs(rules, goal: str) -> list[str]:
    """The bases of a goal's verbs ("speed" in "speed up delivery"): what they name as an
    outcome is looked up in a result's sentence."""
    return [w.base for w in rules.grammar.lexicon.words(goal) if w.base in rules.goal_verbs]


def _met(rules, words: list[str], bases: set[str], stems: dict[str, list[str]],
         result: bool, verbs: Sequence[str] = (), generic: frozenset = frozenset()) -> bool:
    """True when a goal's object word, one of its synonyms, a word of its family ("validation",
    "validating") or a kind of it (of it or a synonym: "overtime" for "costs") is among the
    bases; in a result's sentence (``result``) also the outcome it names told as a change. A
    word of ``generic`` (an open head beside the goal's other words: "knowledge" in "knowledge
    of freight documentation") counts only by its kinds and outcomes, never told as itself or
    a synonym."""
    for w in words:
        near = rules.synonyms.get(w, frozenset()) | {w}
        if w not in generic and (w in bases or _kin(w, stems) or near & bases
                                 or root(w, rules.grammar.lexicon.base) in bases):
            return True
        for x in near:
            if rules.kinds.get(x, frozenset()) & bases \
                    or (result and rules.outcomes.get(x, frozenset()) & bases):
                return True
    return result and any(rules.outcomes.get(v, frozenset()) & bases for v in verbs)


_STEM = 6  # letters two words of one family share at least ("deploy", "deployment")


def _stems(bases: set[str]) -> dict[str, list[str]]:
    """The bases of six letters or more, by their first six letters."""
    out: dict[str, list[str]] = {}
    for b in bases:
        if len(b) >= _STEM and b.isalpha():
            out.setdefault(b[:_STEM], []).append(b)
    return out


def _kin(word: str, stems: dict[str, list[str]]) -> bool:
    """True when a base and ``word`` share a start of at least six letters that is all of the
    shorter one but its last letter at most: "validate" and "validation", "deploy" and
    "deployment", not "community" and "communication"."""
    if len(word) < _STEM:
        return False
    for other in stems.get(word[:_STEM], ()):
        shared = len(os.path.commonprefix([word, other]))
        if shared >= min(len(word), len(other)) - 1:
            return True
    return False


def _open_heads(rules, lexed, mean) -> frozenset:
    """The bases of a goal's open heads (``Meanings.is_open``) that no object word follows:
    "knowledge" in "knowledge of payroll legislation" and "cocktail knowledge", not in
    "knowledge base"."""
    words = [w for w in lexed if w.is_word]
    return frozenset(w.base for i, w in enumerate(words) if mean.is_open(w.lower) and not (
        i + 1 < len(words) and object_word(rules, words[i + 1])))


def _modifiers(rules, lexed, is_open=None) -> set[str]:
    """The bases of the words right before a goal's last object word in one run of object
    words ("vehicle" in "ensure vehicle compliance"); none where that word is an open head
    (``is_open``, ``Meanings.is_open``: "content" in "produce video content", "knowledge" in
    "cocktail knowledge"): it names no thing, the words before it say what the goal asks."""
    run: list[str] = []
    ended = False
    for w in lexed:
        if w.is_word and w.lower.isalpha() and w.lower not in rules.stopwords \
                and w.base not in rules.goal_verbs:
            run = [] if ended else run
            run.append(w.base)
            ended = False
        else:
            ended = True
    if run and is_open is not None and is_open(run[-1]):
        return set()
    return set(run[:-1]) - {run[-1]} if run else set()


def _against(mean, reading, sentence, way: str | None, families, met_in) -> bool:
    """True when every clause of a result's sentence that speaks to the goal (``met_in``, a
    clause -> whether it does) tells its move only the other way ("sales fell" for "grow
    sales", "sick days rose" for "reduce absence"), or a clause says one of the goal's
    families moving the other way ("more clients left" for churn). "twelve more patients
    were seen" still backs "reduce waiting lists": the move is another clause's."""
    ws = reading.words
    if any(mean.says_against(f, ws, c.lo, c.hi) for f in families for c in sentence.clauses):
        return True
    if way is None:
        return False
    speaking = [c for c in sentence.clauses if met_in(c)]
    moves = [mean.moves(ws, c.lo, c.hi) for c in speaking]
    return bool(speaking) and all(m and way not in m for m in moves)


_MEANS = frozenset("through by using via with".split())


def _means_families(mean, lexed) -> tuple:
    """The families a goal names only after a word that opens its means ("through", "by",
    "using", "via", "with": "raise attainment in KS3 maths through differentiated
    instruction"), none that its first part names too ("reduce complaints through better
    customer service" asks for fewer complaints either way)."""
    k = next((i for i, w in enumerate(lexed) if w.lower in _MEANS), None)
    if k is None:
        return ()
    asked = mean.families_of(lexed[:k])
    return tuple(f for f in mean.families_of(lexed[k + 1:]) if f not in asked)


def _said_against(mean, reading, sentence, families) -> bool:
    """True when a clause of the sentence says one of the goal's families moving only the other
    way, in a growth as in a result ("fewer of us had to work alone" for "work unsupervised":
    the speaker's growth in the other clause is about something else)."""
    ws = reading.words
    return any(mean.says_against(f, ws, c.lo, c.hi) for f in families for c in sentence.clauses)


def _told_moving(mean, ws, sentence, way: str | None) -> bool:
    """True when a clause of a sentence the check read as no result still tells something
    moving the way a goal asks ("far fewer of our patients ended up back in hospital" for
    "reduce hospital readmissions"): a change word of that direction, not the speaker's own
    verb ("I cut my teeth on enforcement cases" moves nothing)."""
    if way is None:
        return False
    return any(mean.moves(ws, i, i + 1) == {way} and ws[i - 1].lower not in ("i", "we")
               for c in sentence.clauses for i in range(max(c.lo, 1), c.hi))


def _said(mean, reading, sentence, families, others: set[int] = frozenset()) -> bool:
    """True when a clause of the sentence says one of the goal's families (``Meanings.says``)
    before any wish, duty, problem or stance of it (``goal_sentence.wished``: "I really believe
    fewer complaints start with a smile" says no fewer complaints), never in a clause of the
    others' change (``others``, ``goal_sentence.others_moved``)."""
    ws = reading.words
    unsaid = wished(ws, sentence, mean)
    return any(mean.says(f, ws, c.lo, min((i for i in unsaid if c.lo <= i < c.hi), default=c.hi))
               for f in families for c in sentence.clauses if c.lo not in others)


def match_goals(rules, reading, evidence: Sequence, goals: Sequence[str],
                results: Sequence = ()):
    """(matched goals, missing goals, the sentence that backs each matched goal) for the
    evidence sentences (``results``: those of them that hold a real result)."""
    mean = meanings(rules.grammar.lexicon)
    evidence, results = acts_before(reading, list(evidence), list(results), mean.not_acts)
    evidence, results = told_after(reading, evidence, results, mean)
    lexicon = rules.grammar.lexicon
    knowing = mean.not_acts | {lexicon.base(w) for w in mean.not_acts}
    problems = problems_before(reading, evidence, results, mean, knowing)
    # where a growth's arc starts ("I used to panic when six tickets came in"): what grew
    starts = starts_before(reading, evidence, results, knowing)
    lexed = {goal: rules.grammar.lexicon.words(goal) for goal in goals}
    # a goal's place of work ("on site", "on the ward") says where, not what it asks for: its
    # words back no goal, as a claim's place of work backs none ("I came onto site as a
    # labourer" for "a zero-harm safety culture on site")
    words = {goal: _unplaced(goal_words(rules, goal), lexed[goal], mean) for goal in goals}
    # a goal's acts ("lead", "train") are no object words, but the work a goal ends on is its
    # head ("staff scheduling" is backed by "I learned to build the rota")
    objects = {goal: [w for w in words[goal] if w not in rules.goal_acts
                      or w in _work(rules, goal)] or words[goal] for goal in goals}
    verbs = {goal: _verbs(rules, goal) for goal in goals}
    told = {id(s) for s in results}
    # a clause telling the organisation's change is no claim of the speaker's in a growth's
    # sentence ("The company grew revenue by 30% while I was there, and ..."), nor a boss's in
    # a result's ("... and my manager cut picking errors by 40%")
    moved = [others_moved(rules, reading, s, mean, id(s) in told) for s in evidence]
    bases = [sentence_bases(rules, reading, s, mean.is_role, mean, moved[k])
             | told_bases(rules, reading, problems.get(id(s)) or starts.get(id(s)), mean)
             for k, s in enumerate(evidence)]
    # a noun and its verb are one word ("customer retention" for "we retained", "maintained"
    # for "equipment maintenance"), though they share fewer than six letters
    bases = [rooted(rules.grammar.lexicon.base, b) for b in bases]
    short = {goal: acronyms(goal) for goal in goals}
    if any(short.values()):  # a short form spelt out backs its goal
        bases = [b | initials(reading, s) for b, s in zip(bases, evidence, strict=True)]
        words = {goal: words[goal] + short[goal] for goal in goals}
        objects = {goal: objects[goal] + short[goal] for goal in goals}
    # the words after a scope word ("in order processing") say where or whose: a claim that
    # shares only them with the goal speaks to something else
    core = {goal: [w for w in objects[goal] if w in goal_words(rules, mean.core(goal))
                   or w in short[goal]] or objects[goal] for goal in goals}
    stems = [_stems(b) for b in bases]
    gauge = goal_measures(rules.grammar.lexicon)
    is_result = [id(s) in told for s in evidence]
    # the skills a goal names beyond what its act alone names ("train new staff" is no
    # training goal for "I learned to train my eye"): its object must be named too
    serves = {goal: skills_named(mean.core(goal), turned=True)
              - skills_named(" ".join(w for w in goal.split() if rules.grammar.lexicon.base(
                  w.lower()) in rules.goal_acts)) for goal in goals}
    keep = {goal: goal_propers(goal) for goal in goals}
    named: dict[tuple[int, frozenset], frozenset] = {}

    def names(k: int, goal: str) -> frozenset:
        key = (k, keep[goal])
        if key not in named:
            named[key] = skills_said(reading, evidence[k], keep[goal], mean.is_role, mean)
        return named[key]

    ws = reading.words
    wishes = [wished(ws, s, mean) for s in evidence]
    # a job title after "as" and a wish say no family's thing ("as a Disputes Officer", "I'd
    # love to work unsupervised"); a duty still may ("in charge of the floor on my own")
    unsaid = [titled(ws, s.lo, s.hi, mean.is_role) | wish_only(ws, s, mean) for s in evidence]
    # a family is named in a growth's sentence or in the start of its arc told before it
    spans = [[(s, unsaid[k])] + [(t, titled(ws, t.lo, t.hi, mean.is_role)) for t in (
        starts.get(id(s)),) if t is not None] for k, s in enumerate(evidence)]
    # a goal about people ("train new staff", "mentor designers", "train new staff to brand
    # standards": a head, its last object word or its act's object, names people): its acts,
    # done to people, back it
    persons = {goal: frozenset(w.base for w in heads(rules, lexed[goal])
                               if mean.is_person(w.lower)) for goal in goals}
    # (told as a verb, not its bare form: "lead times", "a mentor")
    bare = [{i for i in range(s.lo, s.hi) if ws[i].lower == ws[i].base} for s in evidence]
    # ... and a goal that names such an act as a skill ("excellent mentoring skills",
    # "leadership") by the act done to people ("I mentored three new starters", "I led a team
    # of six pickers")
    people = {goal: frozenset(w for w in words[goal] if w in rules.goal_acts)
              if persons[goal] else acts_named(rules, lexed[goal], mean) for goal in goals}
    # a goal that asks to bring people on ("mentor junior staff") is backed by another such act
    # done to the organisation's own people ("I now teach our apprentices")
    borrowed = {goal: mean.people_acts - people[goal] if people[goal] & mean.people_acts
                else frozenset() for goal in goals}
    families = {goal: mean.families_of(lexed[goal]) for goal in goals}
    way = {goal: mean.goal_direction(lexed[goal]) for goal in goals}
    # the families a goal names with no direction asked: all of them where its verb asks none,
    # else those told only as its means ("raise attainment through differentiated
    # instruction": "raise" moves attainment, the differentiation is how)
    free = {goal: families[goal] if way[goal] is None else _means_families(mean, lexed[goal])
            for goal in goals}
    # a goal's act ("build", "train") backs it only with the goal's object: "build a sales
    # pipeline" is not backed by "I learned to build supply programmes"
    # a category counts where the goal names it as a thing, not as a word that only says
    # which kind of its head the goal means ("vehicle" in "ensure vehicle compliance")
    head = {goal: [w for w in core[goal] if w not in _modifiers(
        rules, rules.grammar.lexicon.words(mean.core(goal)), mean.is_open)] for goal in goals}
    # the measure a goal names, told from either side in a result ("absences fell" for
    # "improve attendance"): by its head, not the words that say whose ("student retention")
    gauged = {goal: gauge.named(head[goal]) for goal in goals}
    # a goal's head told in a claim with another qualifier ("expense accounts" for "business
    # accounts") is another kind of thing: read without it for that goal (goal_qualifiers)
    quals = {goal: goal_heads(rules, mean, goal) for goal in goals}

    # a goal that asks its thing to move ("reduce claim costs") is backed outside a result by
    # its head, not by a generic noun that only says which kind (``kind_heads``: "claims" in
    # "I learned to assess motor claims" is the work's topic, no cost moved; "patients" in
    # "reduce patient waiting times" names what the goal is about)
    # ... nor a goal that asks an act done to people by the word that says which people
    # ("counter" in "train counter staff" for "I completed the counter assistant course")
    # ("junior" in "mentor junior colleagues" names people itself)
    asked = {goal: [w for w in core[goal] if w in head[goal] or w not in mean.kind_heads]
             or core[goal] if way[goal] else (
        [w for w in core[goal] if w in head[goal] or w in mean.people] or core[goal])
        if people[goal] and any(mean.is_person(w.lower) for w in heads(rules, lexed[goal])[:1])
        else core[goal] for goal in goals}
    # an open head beside a goal's other words ("knowledge", "skills", "experience") names no
    # thing of its own: said alone or by a synonym, it backs nothing
    # ("knowledge of payroll legislation", "cocktail knowledge"; not one that names a thing
    # with the word after it, "knowledge base")
    generic = {goal: _open_heads(rules, lexed[goal], mean)
               if any(not mean.is_open(w) for w in core[goal]) else frozenset() for goal in goals}

    # the skills such a goal names without its generic qualifiers ("reduce contract costs"
    # names contract management only by "contract")
    plain_serves = {goal: serves[goal] and (serves[goal] if asked[goal] == core[goal] else (
        skills_named(" ".join(w.text for w in lexed[goal] if w.base not in set(core[goal])
                              - set(asked[goal])), turned=True) & serves[goal]))
        for goal in goals}

    # a goal that asks an act done to people it names with a qualifier ("lead a housekeeping
    # team", "support a busy sales team") is backed by the act done to people or by its other
    # words, never by the people word alone: "the finance team stopped finding errors" tells
    # another team's work, not the leading of one
    whole_words = {goal: [w for w in core[goal] if w not in persons[goal] or w not in mean.people]
                   or core[goal] if people[goal] else core[goal] for goal in goals}

    # a goal naming a risk ("minimise financial risk") is served by a loss the speaker's work
    # stopped ("if I hadn't caught it, we would have paid a penalty"), in other words
    risky = {goal: bool(set(core[goal]) & mean.risk_heads) for goal in goals}
    stopped = [is_result[k] and any(risky.values()) and averts(rules.lists, reading, s)
               for k, s in enumerate(evidence)]

    def meets(goal: str, k: int, b: set[str], skills: frozenset, stem) -> bool:
        whole = is_result[k] or _told_moving(mean, ws, evidence[k], way[goal])
        return bool((risky[goal] and stopped[k])
                    or _met(rules, whole_words[goal] if whole else asked[goal], b, stem,
                         is_result[k], verbs[goal], generic[goal])
                    or mean.kinds_named(head[goal], b)
                    or (is_result[k] and gauge.said(gauged[goal], b)
                        and _measured(rules, reading, evidence[k], mean, gauge, gauged[goal],
                                      moved[k]))
                    or ((serves[goal] if whole else plain_serves[goal]) & skills)
                    or (people[goal] and mean.act_on_people(
                        ws, evidence[k].lo, evidence[k].hi, people[goal],
                        wishes[k] if persons[goal] else wishes[k] | bare[k], borrowed[goal]))
                    or (is_result[k] and families[goal]
                        and _said(mean, reading, evidence[k], families[goal], moved[k]))
                    or (free[goal]
                        and any(mean.names(f, ws, s.lo, s.hi, skip) for f in free[goal]
                                for s, skip in spans[k])
                        and not _said_against(mean, reading, evidence[k], free[goal])))

    met = {goal: [k for k, b in enumerate(bases)
                  if meets(goal, k, b, serves[goal] and names(k, goal), stems[k])
                  and _still(meets, goal, k, _read_apart(
                      rules, reading, evidence[k], mean, quals[goal], words[goal], keep[goal],
                      bool(serves[goal])))]
           for goal in goals}
    # a result that says its object moved the other way backs no goal asking the opposite
    def met_in(goal: str):
        def speaks(clause) -> bool:
            b = sentence_bases(rules, reading, clause, mean.is_role, mean)
            # by its object, a synonym or a kind; an outcome told as a change ("more patients
            # seen each day" for "reduce waiting lists") moves something else
            return _met(rules, objects[goal], b, _stems(b), False)
        return speaks

    met = {goal: [k for k in ks if not (is_result[k] and _against(
        mean, reading, evidence[k], way[goal], families[goal], met_in(goal))
        and not gauge.other_side(gauged[goal], bases[k]))]
           for goal, ks in met.items()}
    all_goal_bases = {w for ws in words.values() for w in ws}
    phrases = {goal: phrase(rules, goal) for goal in goals}
    recitals = {k for k, sentence in enumerate(evidence)
                if sum(k in ks for ks in met.values()) >= 2
                and (recital(rules, reading, sentence, all_goal_bases)
                     or quotes_goals(reading, sentence, [phrases[g] for g in goals
                                                          if k in met[g]]))}
    # a result that says a goal's object in its everyday synonyms and nothing else is still
    # the goal recited ("I helped the company save money" for "cloud cost optimisation"); a
    # growth that names the goal's task in other words names a skill ("I learned to run the
    # month-end close" for "month-end reporting")
    near = {goal: sorted({x for w in objects[goal] for x in rules.synonyms.get(w, ())}
                         - set(words[goal])) for goal in goals}
    matched, missing, backing = [], [], {}
    for goal in goals:
        where = [k for k in met[goal] if k not in recitals]
        if [w for w in words[goal] if w not in rules.goal_verbs]:
            # a goal of two words or more copied into a clause that says nothing else, outside
            # a result told with its figure ("This saved a lot of trucking cost" points at its
            # result's figure; "I reduced operating costs." only says the goal again)
            where = [k for k in where if (is_result[k] and figured(rules, reading, evidence[k],
                                                                  set(words[goal])))
                     or not copied(rules, reading, evidence[k],
                                    words[goal] + near[goal] if is_result[k] else words[goal],
                                    all_goal_bases | set(near[goal]) if is_result[k]
                                    else all_goal_bases, is_result[k])]
        if where:
            matched.append(goal)
            # the sentence that says most of the goal, a result before another, backs it (the
            # first that names one of its words was the opening's "stock controller" for
            # "reduce stock write-offs"); which goals match is unchanged
            best = max(where, key=lambda k: (sum(w in bases[k] for w in words[goal]),
                                             is_result[k], -k))
            backing[goal] = evidence[best]
        else:
            missing.append(goal)
    return matched, missing, backing


def _still(meets, goal: str, k: int, read) -> bool:
    """True when evidence sentence ``k`` still meets the goal read without its head told with
    another qualifier (``read``, from ``_read_apart``; None when there is none)."""
    return read is None or meets(goal, k, *read)


def _read_apart(rules, reading, s, mean, quals: dict, words: list[str], keep: frozenset,
                skilled: bool):
    """None when no qualified head of a goal (``quals``) is told in sentence ``s`` with another
    qualifier; else the sentence read for that goal without those places (``goal_qualifiers``):
    its bases, the skills it names (none when the goal names none, ``skilled``; the skills
    the head itself names left out too: "documentation" is writing, and "technical
    documentation" is no writing of "freight documentation") and its stems."""
    ws = reading.words
    same = {x for w in words for x in rules.synonyms.get(w, ())}
    skip = clashes(ws, s.lo, s.hi, quals, set(words), lambda w: plain(rules, mean, w), same,
                   lambda q: rules.synonyms.get(q, frozenset()))
    if not skip:
        return None
    b = rooted(rules.grammar.lexicon.base,
               sentence_bases(rules, reading, s, mean.is_role, mean, skip))
    skills = frozenset() if not skilled else (
        skills_said(reading, s, keep, mean.is_role, mean, skip)
        - skills_named(" ".join(ws[i].text for i in skip), turned=True))
    return b, skills, _stems(b)


def _measured(rules, reading, sentence, mean, gauge, sides,
              others: set[int] = frozenset()) -> bool:
    """True when a clause of a result's sentence names one of the goal's measures (``sides``)
    and tells a move or a figure ("stoppages fell", "satisfaction went up", "missed
    appointments went from 1 in 8 to 1 in 20"): a measure named with no move
    ("sort out refunds without a manager") is no change in it, nor a clause of the others'
    change (``others``, ``goal_sentence.others_moved``)."""
    ws = reading.words
    return any((mean.moves(ws, c.lo, c.hi)
                or has_quantity(" ".join(ws[i].text for i in range(c.lo, c.hi))))
               and gauge.said(sides, sentence_bases(rules, reading, c, mean.is_role, mean))
               for c in sentence.clauses if c.lo not in others)


def evidence_said(matched: Sequence[str], backing: dict, quote) -> str:
    """The matched goals, each with the sentence that backs it quoted (``quote`` makes the
    quote), goals backed by one sentence listed before it: "exceed quota; build pipeline
    (“I hit 127% of quota ...”); Salesforce (“...”)". One quote for every goal (the first
    goal's) let a goal pass on a sentence about another, with nothing shown to question it
    (participant look: "Salesforce" credited by a sentence naming another firm's system)."""
    groups: list[tuple[list[str], object]] = []
    for goal in matched:
        sentence = backing.get(goal)
        for names, where in groups:
            if where is sentence:
                names.append(goal)
                break
        else:
            groups.append(([goal], sentence))
    return "; ".join(f"{'; '.join(names)} ({quote(where)})" if where is not None
                     else "; ".join(names) for names, where in groups)

