"""How the drafts read, measured on workspaces written by people who never read the draft code.

    make eval                                   # runs this after the answer check's figures
    .venv/bin/python benchmarks/draft_eval.py [--json] [--show] [--dump FILE]

Reads ``tests/eval/drafts_dev/*.json`` (the development set: per draft figures, and with
``--show`` the drafts themselves) and ``tests/eval/drafts_holdout/*.json`` and
``tests/eval/drafts_holdout2/*.json``, ``drafts_holdout3/*.json``, ``drafts_holdout4/*.json``,
``drafts_holdout5/*.json``, ``drafts_holdout6/*.json``, ``drafts_holdout7/*.json``,
``drafts_holdout8/*.json``, ``drafts_holdout9/*.json``, ``drafts_holdout10/*.json``,
``drafts_holdout11/*.json``, ``drafts_holdout12/*.json``, ``drafts_holdout17/*.json`` and
``drafts_holdout18/*.json`` (the held-out sets: totals only, their drafts are never printed, so
tuning on what this script shows can't reach them); ``drafts_holdout14/*.json`` and
``drafts_holdout15/*.json`` were held out until round 31 and ``drafts_holdout13/*.json`` and
``drafts_holdout16/*.json`` until round 32, and are studied since (``studied-13`` to
``studied-16``: printed per draft like dev). For the draft of the role each workspace would
answer about (the strongest, else the first), both lengths, it counts:

- ``frames``: ungrammatical frames: a clause after "helped ... to", a word said twice in a
  row, "by ... by" around one number, a "skills skills", an unfinished sentence;
- ``numbers``: numbers in the draft that are in no entry of the workspace;
- ``links``: "with my X, I ..." / "because of my X, ..." / "my X paid off" / "X made this
  possible" / "Using it, I ..." / "Once I could do that, ..." / "That skill made the
  difference" (about the skill the story named last before it, as a listener takes
  "that", leaving out the sentences that say the participant's own reason, which may name a
  skill in passing) where no result names that skill in its ``enabled_by``;
- ``org``: "the company" or "our customers" for a role whose organisation kind is another;
- ``holes``: placeholders ("[...]", "...", "TODO");
- ``opens``: the share of drafts whose first four words are the most common first four;
- ``links shared`` and ``closes shared``: the workspaces whose drafts (either length) share
  the most common link (the
  first three words of a sentence between the opening and the last one, such as "That is
  how") and the most common close (the last sentence's first four words, such as "I would
  bring the"); ``--phrases`` prints every link and close phrase that two or more dev drafts
  share, with how many; ``closes titled``: the workspaces whose drafts (either length) end on
  a sentence naming the role applied for, a close written around the title, not the story;
- ``top 3 words``: the workspaces whose drafts (either length) say the kit's most frequent
  three-word phrase after the opening (words of the workspace's own entries left out, so it
  counts the frame, not the participant); ``--phrases`` prints the dev set's commonest;
- ``verdict``: the answer check's verdict on the draft (strong, or what it lacks);
- ``seconds 30/90``: the mean spoken length of each version, and ``90 tells more``: the
  workspaces whose 90-second draft tells at least 8 seconds (a sentence) more than the
  30-second one, both of the workspaces 05 offers a 90-second draft for;
- ``90 offered`` and ``too thin``: the workspaces whose entries hold a 90-second draft, and
  those whose entries are too thin for one (``draft.THIN_SECONDS``, and a beat more than the
  30-second draft, ``draft.MORE_SECONDS``; ``too thin (50 s)``: the rule before draft26, a
  full version under 50 s, printed beside it; ``30-s under 20 s``: the workspaces whose
  30-second draft runs under 20 s, two thin facts, not a story): 05 offers them one draft,
  at its real time, at both lengths (``draft.offered_draft``); the figures are of the drafts
  05 offers, and ``--dump`` writes an empty 90-second text for them (nothing to rate);
- ``why said``: drafts whose first two sentences say what the job gave: the participant's own
  reason (``value said``) or, without one, the opening's "because ..."/"since ..." clause;
- ``growth told >1``: drafts that tell a skill's growth more than once: each run of
  sentences in a row that hold a growth-level phrasing (a start: "on my first day", "at
  first", "knowing nothing about"; an end: "by the end", "before long", "now I am the one",
  "on my own", "the hard cases"; a growth line: "where I learned", "changed me most") is one
  telling, so the participant's own two-sentence arc counts once; ``growth/draft`` is their
  mean. The phrasings are read here, not from ``data/wording.json``, so a form taken out of
  the data still counts where a draft says it. A short mention of another skill with no level
  in it ("I also learned Power Query in this job") is no level phrasing and is not counted;
- ``value said``: drafts that state the participant's own reason, what the job gave them
  (the role's ``personal_value``, else a first-person sentence of feeling, finding or meaning
  in its summary, read here with the benchmark's own list): a clause of those words (two
  meaningful words or more) has 70% of its meaningful words in the draft's first three
  sentences; the reason is looked for in the notes too (a result's line or part, a later
  use) where the role's personal_value and summary hold none; ``reason held``: drafts whose
  entries hold such a reason; ``gain said``: drafts that say the reason, or, whose entries
  hold none, tell the growth in the participant's own words (their "how far" note) in the
  first three sentences: the gain the entries hold, never a stock line;
- ``skill as reason``: drafts whose opening gives only a skill label as the reason
  ("..., because that job taught me budget management"), which blind raters mark down;
- ``grammar``: sentences a careful listener hears as ungrammatical, by class (read in the
  benchmark with its own short word lists, not the kit's data, so a rule taken out of the data
  still shows): ``clause+change`` (a clause with its own verb before a change verb: "claims
  were paid within 10 days went from ..."), ``I+noun`` (a noun phrase read as "I <verb>": "I
  returned mail down from ..."), ``no verb`` (a sentence without a finite verb), ``tense
  clash`` (a past and a present of the same time in one sentence: "When I arrive ... my
  English was ..."), ``skills has`` ("my skills in X has"), ``fragments`` (a note's aside left
  in: "see X", "ask about", "TBC", brackets, arrows), the order of words and verbs (``word
  order``: an adverb between a verb and its object, "it gave me without a doubt this one", a
  direction before its verb, "waste down went from"; ``plain verb``: a singular subject with
  a verb's plain form, "my boss give me", or a third person's present beside the speaker's
  past, "I changed it and the team grow with me"), ``slip kept`` (a second-language slip said
  as typed: "not only manager", "the citizens must wait less" in a past story, "more calm",
  "I have got driver of the month", "we stopped to print", "In Raben" for an employer:
  ``benchmarks/draft_slips.py``), and the classes found by a sentence's
  structure (``benchmarks/draft_structure.py``: ``two verbs``, ``dangling``, ``number
  tacked``, ``said again``, ``title glued``, ``skills glued``, ``no start``, ``doubled``);
  ``grammar`` is their sum; ``grammar kit glue``: those in the kit's own sentences, which
  share no three words in a row with the workspace's file or the replies (the rest hold the
  participant's words); ``number untied`` (apart from the sum): a change said as a
  sentence with nobody in it ("GP went from 62% to 71%.");
- ``not speech``: sentences that say what is not speech (``benchmarks/draft_notspeech.py``):
  ``remark to self`` (a reminder or a doubt the participant typed to themselves: "Mention I
  still ...", "check this figure with Sam", "rough number", "TBC"), ``form value`` (a form's
  stand-in said as the organisation: "at n/a", "at Various", "for self employed"),
  ``unfinished`` (a sentence ending on a word that waits for more: ", and.", "My own part
  was."); apart from it, ``shorthand``: sentences that say a form's shorthand as typed ("mgr",
  "maint", "a Sgt in 14 Supply Sqn", "Barista @ Beanhouse", ``draft_notspeech.shorthand_kept``);
- ``stock link``: sentences that open on a causal frame carrying a skill's name ("Because of
  my skills in X, ...", "Thanks to my X skills, ...", "With what I learned about X, ...",
  "Using my X skills, ...", "Once I had got good at X, ...", "Because I had learned to X,
  ..."), read by pattern on the kit's frames (the name must share a meaningful word with one
  of the role's skills): raters heard them as a template link and the skill's name pasted in;
- ``skill named``: drafts that say one skill's name (as the kit says it, ``skill_words``) three
  times or more;
- ``stock close``: drafts whose last sentence is of the close family made from a goal's or a
  skill's name ("... is familiar ground for me", "... something I have done, not only read
  about", "... already part of my week", "... work I have already done", "... would not be
  new to me");
- ``bare glue``: sentences after the opening with no meaningful word of the workspace's own
  entries in them, the kit's glue words aside ("I used that skill too.", "I have kept using
  that skill since."): a line a listener hears as filler;
- ``stock share``: the share of the drafts' sentences that carry no meaningful word or figure
  of the entries (the kit's own lines, ``draft_thin.stock_sentences``); ``entries unused``:
  the workspaces whose 90-second draft, under 75 s, leaves out a result or a growth note of
  the answered role, and in brackets the notes left out (``draft_thin.entries_unused``;
  ``--show`` prints them);
- ``stacked``: drafts with three or more sentences in a row that each open "I <verb>" or a
  bare noun and hold no connector ("and", "which", "so", "because", "when", ...): facts told
  as a list, not a story;
- ``untold referent``: sentences that lean on something the draft never told, "the same
  bookkeeping habits", "that method", or a skill note's bare "it" ("it's how he went from
  ...") where the skill is not named just before (``draft_untold.py``);
- ``pointer no referent`` and ``liking said`` (said / held): see ``draft_pointer.py``;
  ``feeling unsaid``: see ``draft_feeling.py``.
- ``orphan end``: drafts whose last sentence (after the opening) is a second skill said with
  nothing after it ("I also learned X in that job.") or such an unlinked fact;
- ``no reason``, ``reason unsupported``, ``listed``, ``reason cut`` (a sentence of the
  reason said only up to where it goes on with the same thought), ``payoff lost`` (a story
  of the entries told by its scene without its last sentence, its payoff), ``pointer
  dangles`` (a sentence opening on "Since then", "Three weeks later", "That's when",
  "Instead", "It was the moment" ... whose typed clause before it the draft does not tell),
  ``list (90 s)`` (a 90 s
  draft with more than two unlinked facts after its thread), ``tacked on`` (a result linked
  to no skill the draft names said last, after the story), ``helped frame``, ``made-up
  growth`` (``benchmarks/draft_story.py``) and ``skills 30/90``, ``30s >1 skill``, ``said twice``,
  ``said twice 60%``, ``opened twice``,
  ``link to non-result``, ``time/place wrong`` (``benchmarks/draft_thread.py``) say whether a
  draft answers with the participant's reason and tells one story, each fact once, true in
  its links and its times; ``job tense`` (a sentence in a tense the job's dates deny: "by
  the end" or a typed present said in the past for a job held now, a duty in the present for
  a job that ended) and ``fact twice`` (one deed said in two sentences, in any tense:
  ``benchmarks/draft_job_tense.py``); ``overstated learning`` to ``splice``: how one
  sentence is said (``draft_said.py``); ``stock growth line``: drafts that say a skill's
  growth only by a frame of the kit's round its name ("That job is where I learned X.",
  ``draft_growth.py``);
  ``stock join``: drafts with a join a listener hears as the kit's, read by structure
  (``draft_growth.stock_joins``): a pointer clause ("That is a big part of why ...", "That is
  what let me ..."), a lead of a preposition and a pointer ("With that behind me", "Along the
  way", "..., and with it"), or the job as the place of a learning ("In this job I learned X",
  "It was in that job that I learned X"); ``kit later use``: drafts that tell a later use in
  the kit's frame round the skill ("I used that skill when I ...", "I used my skills in X
  when ...", "I drew on that skill ...", ``draft_growth.kit_later_uses``); ``phrase twice``:
  drafts that say a content phrase in two sentences after the opening (two meaningful words
  in a row, "dementia care", or a four-word frame, "in that job I", ``phrases_twice``);
- ``opener again``, ``also bolted``, ``it unclear`` (``benchmarks/draft_openers.py``, round
  31): drafts in which two sentences after the opening open on the same three words; drafts
  with a sentence that tells one more skill and nothing else ("I also got better at X
  there.") or after a lead back in time ("Back then, I also learned X"); drafts that use "it"
  as a skill right after a sentence that tells no learning ("Now I use it to ...");
- ``voice``: a result said otherwise than the participant said it (``benchmarks/draft_voice.py``):
  ``sole claim`` (told as the speaker's alone where the entry says helped, we or the team),
  ``passive no owner`` (a passive with nobody in it where the entry has an owner), ``too
  precise`` (a number said without the entry's "a lot"/"about"/"200+", or near an approximate
  figure of the entries with no field behind it), ``number twice`` (a field's number said in two
  sentences); ``hedge hardened`` (``draft_hedge.py``): a figure the entries give only hedged
  ("maybe 20-30%", "about 40", "200+"), or a reply to the coach gives only hedged and the kit
  put in a number field, said without its hedge or its range, and a sentence that says there
  is no figure beside a figure (``draft_pasted.hedge_spliced``); ``field pasted``
  (``draft_pasted.py``): a result's metric field pasted into a sentence where only a noun
  phrase stands ("By the glass went from 8 to 30", "worth $6,800 in raised") or telling a
  change the statement told already;
- ``seconds``: the time the draft states is the check's (true by construction: printed);
- ``04=05 number``: drafts where 04's score and 05's check agree on whether a result has a
  number (04's ``quantified`` part, ``scoring.has_number``; the check must find it in the
  draft);
- ``questions asked/redundant``: the coach's questions on each workspace's role, and those
  whose answer the entries already hold, by ``draft_questions``'s own reading (a later use
  the note names, a skill the result names, an "I" that says the own part, a figure, a
  "from ... to", a time the sentence holds; or a "none / it ended there" reply kept);
- ``number kept``: of the drafts whose role has a result the draft can say with a number the
  check counts, those whose check finds a number (the rest: numbers the check does not read
  as a result, such as a duty's count).

Where a set's folder holds ``replies/replies.json`` (replies to the coach's questions, written
blind, by file and question key), the same figures are printed for the drafts after those
replies went in (columns "+replies"): the draft as a participant leaves with it.

``--dump FILE`` writes both sets' drafts as Markdown for a rater (held-out drafts only there).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_dump import dump as _dump  # noqa: E402
from draft_feeling import feeling_unsaid  # noqa: E402
from draft_grammar import GRAMMAR_CLASSES, grammar_faults, kit_glue_faults  # noqa: E402
from draft_grammar import sentences as _sentences  # noqa: E402
from draft_grammar import skill_named as _skill_named  # noqa: E402
from draft_grammar import stock_close as _stock_close  # noqa: E402
from draft_grammar import stock_links as _stock_links  # noqa: E402
from draft_growth import kit_later_uses, phrases_twice, stock_growth_lines, stock_joins  # noqa: E402,I001
from draft_hedge import hedge_hardened, under_seconds  # noqa: E402
from draft_job_tense import fact_twice, job_tense_wrong  # noqa: E402
from draft_notspeech import NOT_SPEECH_CLASSES, not_speech, shorthand_kept  # noqa: E402
from draft_openers import also_bolted, it_unclear, openers_again  # noqa: E402
from draft_pasted import field_pasted  # noqa: E402
from draft_pointer import liking_held, liking_said, pointer_no_referent  # noqa: E402
from draft_questions import redundant as _redundant  # noqa: E402
from draft_refs import no_own_part, unknown_refs  # noqa: E402
from draft_said import said_rows, said_totals  # noqa: E402
from draft_shapes import (  # noqa: E402
    _bare_glue,
    _close,
    _close_titled,
    _entry_numbers,
    _links_said,
    _numbers,
    _orphan_end,
    _stacked,
    _trigrams,
    shared_phrases,
    top_trigrams,
)
from draft_story import (  # noqa: E402, E501
    helped_frames,
    list_ninety,
    listed,
    made_up_growth,
    no_reason,
    payoff_lost,
    pointer_dangles,
    reason_cut,
    reason_unsupported,
    tacked_on,
)
from draft_structure import untied_numbers  # noqa: E402
from draft_thin import entries_unused, stock_sentences  # noqa: E402
from draft_thread import (  # noqa: E402
    link_to_non_result,
    opened_twice,
    said_twice,
    said_twice_loose,
    skills_named,
    time_place_wrong,
)
from draft_untold import untold_referents  # noqa: E402
from draft_voice import VOICE_CLASSES, voice_faults  # noqa: E402

from workshop.answer_choice import answer_role_id  # noqa: E402
from workshop.check import check_answer, speaking_seconds  # noqa: E402
from workshop.draft import apply_reply, offered_draft, plan_draft  # noqa: E402
from workshop.draft_read import RoleReading  # noqa: E402
from workshop.errors import ValidationError  # noqa: E402
from workshop.model import Workspace  # noqa: E402
from workshop.scoring import has_number  # noqa: E402
from workshop.store import read_workspace  # noqa: E402
from workshop.used_later import role_used_later  # noqa: E402
from workshop.wording import content_stems, org_kind, skill_words  # noqa: E402

EVAL_DIR = ROOT / "tests" / "eval"
# the second held-out set (held-out-2) came blind at the start of issue 20's eighth round
# the third (held-out-3) at the start of its tenth, the fourth (held-out-4) at its eleventh,
# the fifth (held-out-5) at its twelfth, the sixth (held-out-6, with the participant's replies to
# the coach's questions written blind by the same session) at its thirteenth, the seventh
# (held-out-7, the same way) at its fourteenth, the eighth (held-out-8, the same way) at its
# fifteenth, the ninth (held-out-9, the same way) at its sixteenth, the tenth (held-out-10) at its
# seventeenth, the eleventh (held-out-11, its replies by a second blind session) at its eighteenth,
# the twelfth (held-out-12, the same way) at its nineteenth, the thirteenth (held-out-13, the same
# way) at its twentieth, the fourteenth (held-out-14, the same way) at its twenty-first, the
# fifteenth (held-out-15, the same way) at its twenty-ninth, the sixteenth (held-out-16, its replies
# by a second blind session) at its thirtieth. The fourteenth and fifteenth became studied at the
# start of the thirty-first round (studied-14, studied-15): their drafts are printed like dev's;
# the seventeenth (held-out-17, its replies by a second blind session) came at the thirty-first;
# the thirteenth and sixteenth became studied at the start of the thirty-second (studied-13,
# studied-16); the eighteenth (held-out-18, its replies by a second blind session) came at the
# thirty-second
SETS = {"dev": EVAL_DIR / "drafts_dev", "held-out": EVAL_DIR / "drafts_holdout",
        "held-out-2": EVAL_DIR / "drafts_holdout2", "held-out-3": EVAL_DIR / "drafts_holdout3",
        "held-out-4": EVAL_DIR / "drafts_holdout4", "held-out-5": EVAL_DIR / "drafts_holdout5",
        "held-out-6": EVAL_DIR / "drafts_holdout6", "held-out-7": EVAL_DIR / "drafts_holdout7",
        "held-out-8": EVAL_DIR / "drafts_holdout8", "held-out-9": EVAL_DIR / "drafts_holdout9",
        "held-out-10": EVAL_DIR / "drafts_holdout10", "held-out-11": EVAL_DIR / "drafts_holdout11",
        "held-out-12": EVAL_DIR / "drafts_holdout12",
        "studied-13": EVAL_DIR / "drafts_holdout13",
        "studied-14": EVAL_DIR / "drafts_holdout14",
        "studied-15": EVAL_DIR / "drafts_holdout15",
        "studied-16": EVAL_DIR / "drafts_holdout16",
        "held-out-17": EVAL_DIR / "drafts_holdout17",
        "held-out-18": EVAL_DIR / "drafts_holdout18"}
# the sets whose drafts are printed per draft (the rest: totals only)
STUDIED = ("dev", "studied-13", "studied-14", "studied-15", "studied-16")
_CLAUSE_VERBS = r"(?:went|rose|fell|dropped|increased|decreased|improved|was|were|is|are|grew)"
_FRAMES = {
    "helped-to-clause": re.compile(
        rf"\bhelped (?:\w+ ){{1,4}}to (?:[\w-]+ ){{1,5}}{_CLAUSE_VERBS}\b"),
    "said twice": re.compile(r"\b(\w{3,})\s+\1\b", re.IGNORECASE),
    # "by 50% by half"; not "by 30% by fixing the rota" (how, a gerund: said as typed)
    "by-by": re.compile(r"\bby \S*\d\S*(?: [\w%]+){0,3} by\b(?! the (?:end|time)\b)"
                       r"(?! \w+ing\b)"),
    "skills skills": re.compile(r"\bskills? skills\b", re.IGNORECASE),
    "unfinished": re.compile(r"(?:,|:|\bto|\bthe|\band|\bof)\s*$"),
}
_LINK_BACK = re.compile(r"\b(?:Using (?:it|that skill), |With that skill, |That skill made the "
                        r"difference|That is what let (?:me|us) |With that behind me, "
                        r"|That skill is behind this|(?:And t|T)hat is how |This is how "
                        r"|Because of that skill, |As a result, |Thanks to that skill, "
                        r"|It paid off when |That skill is also how |Once I could do that, "
                        r"|(?:It|That) is a big part of why )")
_GROWTH_LEVEL = re.compile(
    r"\b(?:on my first day|at first|when I started|in my first months|on arrival|"
    r"knowing nothing about|complete beginner|no background in|no experience with|"
    r"(?:only )?knew (?:nothing|the basics|just enough)|still green at|new to|"
    r"by the end|by the time I left|before long|soon I was|I ended up|I have got to where|"
    r"now (?:I am|I'm) the one|now (?:I|people|others|colleagues) (?:run|plan|handle|teach|"
    r"bring|ask|come)|nobody checked|no one checking|on my own|without help|by myself|"
    r"teaching it|training others|trains others|teaches it|the one (?:people|colleagues|others) "
    r"(?:ask|asked|came)|came to me for advice|hard(?:est)? (?:cases|questions)|"
    r"where I (?:first )?learned|where I got (?:really )?good at|really learned|"
    r"changed me most|grew my .{1,60} most|where I (?:grew|learned))\b", re.IGNORECASE)
_HOLES = re.compile(r"\[|\.\.\.|…|\bTODO\b")
_LINK = re.compile(r"\b(?:With|Thanks to|Because of|Putting|Using) (?:my skills in |my "
                   r"|what I learned about )([^.!?:]+?)(?: skills)?(?: to work)?, |"
                   r"\b(?:My skills in |My |What I learned about )([^.!?:,]+?)(?: skills)? "
                   r"(?:made this possible|paid off)")


def _links_unfounded(text: str, ws: Workspace, role_id: str) -> int:
    role = ws.role(role_id)
    linked = {skill_words(s).topic.lower() for s in role.skills
              if any(s.name.lower() == n.lower() for r in role.results for n in r.enabled_by)}
    bad = 0
    linked |= {re.sub(r"\s+skills?$", "", name) for name in linked}
    for m in _LINK.finditer(text):
        name = (m.group(1) or m.group(2) or "").lower()
        if name not in linked and re.sub(r"\s+skills?$", "", name) not in linked:
            bad += 1
    topics = {skill_words(s).topic.lower(): s for s in role.skills}
    for m in _LINK_BACK.finditer(text):  # "Using it," / "That skill made the difference":
        # the skill a listener takes "that" to be: the one named last before the link
        before = _without_value(text[:m.start()], role).lower()
        said = [t for t in topics if before.rfind(t) >= 0]
        named = max(said, key=before.rfind, default="")
        after = re.split(r"(?<=[.!?])\s", text[m.end():], maxsplit=1)[0]
        if named and _later_use_of(topics[named], after):
            continue  # "With that skill, I wrote 6 runbooks": the skill's own later use
        if not named and _linked_result(role, after):
            continue  # "That is a big part of why X went ...": a result linked in the entries,
            # pointing back at its growth arc, which may not say the skill's name
        if not named or named not in linked:
            bad += 1
    return bad


def _linked_result(role, sentence: str) -> bool:
    """True when ``sentence`` tells a result the participant linked to a skill (most of its
    statement's meaningful words)."""
    said = content_stems(sentence)
    return any(r.enabled_by and len(content_stems(r.statement) & said)
               >= 0.6 * len(content_stems(r.statement)) for r in role.results)


def _later_use_of(skill, sentence: str) -> bool:
    """True when ``sentence`` tells the skill's own later use (most of its note's words)."""
    note = set(re.findall(r"[a-z0-9]{3,}", (skill.used_later or "").lower()))
    return bool(note) and len(note & set(re.findall(r"[a-z0-9]{3,}", sentence.lower()))) \
        >= 0.6 * len(note)


def _org_wrong(text: str, ws: Workspace, role_id: str) -> int:
    role = ws.role(role_id)
    if org_kind(role) == "company":
        return 0
    return len(re.findall(r"\bthe company\b|\bour customers\b", text, re.IGNORECASE))


def _value_sentence(sentence: str, words: str) -> bool:
    """True when ``sentence`` says a clause of ``words``: one of its pieces (split at a stop, a
    comma, "and" or "but") with two meaningful words or more, 70% of them said."""
    said = content_stems(sentence)
    pieces = re.split(r"[.!?;,]+|\s(?:and|but|so)\s", words)
    return any(len(stems) >= 2 and len(stems & said) >= 0.7 * len(stems)
               for stems in map(content_stems, pieces))


def _without_value(text: str, role) -> str:
    """The draft without the sentences of its first three that say the participant's reason
    (most of their meaningful words are the reason's)."""
    value = content_stems(role.personal_value)
    sentences = re.split(r"(?<=[.!?])\s+", text)
    return " ".join(s for i, s in enumerate(sentences)
                    if i >= 3 or len(content_stems(s) & value) < 0.6 * len(content_stems(s)))


# A first-person sentence of feeling, finding or meaning in a role's summary, read here with
# the benchmark's own short list (not the kit's data): the participant's reason in their own
# words where the role holds no personal_value ("I was nervous at first, but I found ...").
_OWN_REASON = re.compile(
    r"\b(?:found (?:out|that|I|myself)|reali[sz]ed|discovered|proud|turned out|it meant|"
    r"nervous|scared|shy|first time|made me who|changed me|never thought|good at|rewarding|"
    r"confiden(?:t|ce)|grateful|felt like)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|me|my|myself)\b")


def _reason_words(role) -> str:
    """The participant's own reason: the role's ``personal_value``, else the sentences of its
    summary that say a feeling, finding or meaning in the first person (``_OWN_REASON``)."""
    if " ".join(role.personal_value.split()):
        # words that only pick the job ("without a doubt this one") hold no reason
        return "" if _PICK_ONLY.match(role.personal_value.strip()) else role.personal_value
    parts = re.split(r"(?<=[.!?])\s+", " ".join(role.summary.split()))
    found = " ".join(p for p in parts if _FIRST_PERSON.search(p) and _OWN_REASON.search(p))
    # else a clause of feeling, finding or meaning in a note of the role (a result's line or
    # part, a later use: "..., the work I'm proudest of"), with no perk or pay beside it
    notes = [n for r in role.results for n in (r.statement, r.my_part)] + [
        sk.used_later for sk in role.skills]
    return found or " ".join(
        c for n in notes if not _PERK_NOTE.search(n or "")
        for c in re.split(r"[.!?;]\s+|,\s+|\s[-–—]\s", " ".join((n or "").split()))
        if _OWN_REASON.search(c))


_PICK_ONLY = re.compile(
    r"^(?:[\s,.!?:;-]*(?:without a doubt|no doubt|definitely|for sure|easily|hands down|"
    r"probably|clearly|it's|it is|that's|that is|i'd say|i would say|this|that|the|my|"
    r"current|present|last|one|job|role|position|place)\b)+[\s,.!?:;-]*$", re.IGNORECASE)
_PERK_NOTE = re.compile(r"\b(?:free|discount|perks?|pay|salary|money|bonus)\b", re.IGNORECASE)


def _growth_as_theirs(text: str, role) -> bool:
    """True when the draft's first three sentences tell a skill's growth in the participant's
    own words (three meaningful words, all when fewer, of a sentence of its "how far" note)."""
    said = content_stems(" ".join(re.split(r"(?<=[.!?])\s+", text)[:3]))
    return any(stems and len(stems & said) >= min(3, len(stems))
               for sk in role.skills
               for part in re.split(r"(?<=[.!?;])\s+", " ".join(sk.how_far.split()))
               for stems in [content_stems(part)])


# The opening's reason when it is only a skill label: "..., because that job taught me budget
# management", "..., since this job is where I learned Excel".
_SKILL_LABEL = re.compile(
    r",\s(?:because|since)\s(?:this|that|it)\b[^.]*?\b(?:taught me|learned|learnt|picked up|"
    r"gained|got good at|better at|grew)\s+(?:to\s+|my\s+|how to\s+)?(?P<skill>[^.,]+)",
    re.IGNORECASE)


def _skill_as_reason(text: str, role) -> bool:
    """True when the draft's opening gives as its reason only a skill label: a "because"/
    "since" clause of learning whose object is most of a skill's own words."""
    first = _sentences(text)[:1]
    m = _SKILL_LABEL.search(first[0]) if first and role is not None else None
    if not m:
        return False
    said = content_stems(m.group("skill"))
    return any(said and len(said & content_stems(sk.name)) >= 0.5 * len(said)
               for sk in role.skills)


def _value_said(text: str, ws: Workspace, role_id: str | None) -> bool:
    """True when the draft states the participant's own reason (``_reason_words``): one of
    its sentences has three of its meaningful words (all, when fewer) in the draft's first
    three sentences."""
    words = _reason_words(ws.role(role_id)) if role_id else ""
    return bool(words) and _value_sentence(" ".join(re.split(r"(?<=[.!?])\s+", text)[:3]),
                                           words)


def _growth_told(text: str) -> int:
    """How many times the draft tells a skill's growth: runs of sentences in a row that hold a
    growth-level phrasing (``_GROWTH_LEVEL``), so that one arc told over two sentences counts
    once and a second skill's own arc counts again."""
    runs, before = 0, False
    for sentence in _sentences(text):
        now = bool(_GROWTH_LEVEL.search(sentence))
        runs += now and not before
        before = now
    return runs


def _answer_questions(ws: Workspace, role_id: str, replies: dict[str, str]) -> Workspace:
    """The workspace with a participant's replies to the coach's questions put in, the way 05's
    reply boxes do (a reply the kit cannot use is skipped, as the box would refuse it)."""
    for question in plan_draft(ws, role_id, 90).questions:
        reply = (replies.get(question.key) or "").strip()
        if reply and not question.where:
            try:
                ws = apply_reply(ws, role_id, question, reply)
            except ValidationError:
                pass
    return ws


def measure(path: Path, replies: dict[str, str] | None = None) -> list[dict]:
    """The figures of both drafts (90 and 30 s) of one workspace file; with ``replies``, after
    the participant answered the coach's questions."""
    ws = read_workspace(path)  # as the kit reads a file: an older version migrated
    role_id = answer_role_id(ws)
    if replies is not None and role_id:
        ws = _answer_questions(ws, role_id, replies)
    rows = []
    entries = path.read_text(encoding="utf-8") + json.dumps(replies or {})
    read = RoleReading(ws.role(role_id)) if role_id else None
    employers = tuple(r.organization for r in ws.roles)
    for seconds in (90, 30):
        draft = offered_draft(ws, role_id, seconds)  # what 05 offers
        text = draft.text
        check = check_answer(text, ws.target_role.goals)
        frames = [name for name, rx in _FRAMES.items()
                  for s in re.split(r"(?<=[.!?])\s+", text) if rx.search(s)]
        rows.append({
            "file": path.name, "length": seconds, "text": text,
            # entries too thin for 90 s: 05 offers one draft, no separate 90-second text
            "too_thin": seconds == 90 and draft.thin and bool(text),
            # the rule before draft26: the full version under 50 s is too thin, however much
            # more than the short one it tells
            "thin50": seconds == 90 and bool(text) and plan_draft(
                ws, role_id, 90).seconds < 50,
            "frames": frames,
            "grammar": grammar_faults(text, employers),
            "kit_glue": kit_glue_faults(grammar_faults(text, employers), entries),
            "untied": untied_numbers(_sentences(text)),
            "not_speech": not_speech(text), "shorthand": shorthand_kept(text),
            "voice": voice_faults(text, ws.role(role_id) if role_id else None),
            "hedge": hedge_hardened(text, ws.role(role_id) if role_id else None,
                                    tuple((replies or {}).values())),
            "pasted": field_pasted(text, ws.role(role_id) if role_id else None),
            "numbers": sorted(_numbers(text) - _entry_numbers(ws)),
            "links": _links_unfounded(text, ws, role_id) if role_id else 0,
            "org": _org_wrong(text, ws, role_id) if role_id else 0,
            "holes": len(_HOLES.findall(text)),
            "value_said": _value_said(text, ws, role_id),
            "reason_held": bool(role_id and _reason_words(ws.role(role_id))),
            "gain_said": _value_said(text, ws, role_id) or bool(
                role_id and not _reason_words(ws.role(role_id))
                and _growth_as_theirs(text, ws.role(role_id))),
            "skill_reason": _skill_as_reason(text, ws.role(role_id) if role_id else None),
            "growth_told": _growth_told(text),
            "bare_glue": _bare_glue(text, ws),
            "stock": stock_sentences(text, ws),
            "unused": entries_unused(text, ws.role(role_id) if role_id else None)
            if seconds == 90 else [],
            "stock_link": _stock_links(text, ws, role_id),
            "skill_named": _skill_named(text, ws, role_id),
            "stock_close": _stock_close(text),
            "stacked": _stacked(text),
            "orphan_end": _orphan_end(text),
            "pointer": pointer_no_referent(text), "feeling": feeling_unsaid(text, entries),
            "liking_held": liking_held(ws.role(role_id) if role_id else None),
            "liking_said": liking_said(text, ws.role(role_id) if role_id else None),
            "no_reason": no_reason(text, ws.role(role_id) if role_id else None),
            "unsupported": reason_unsupported(text, ws.role(role_id) if role_id else None),
            "listed": listed(text, ws.role(role_id) if role_id else None),
            "reason_cut": reason_cut(text, ws.role(role_id) if role_id else None),
            "payoff_lost": payoff_lost(text, ws.role(role_id) if role_id else None),
            "dangles": pointer_dangles(text, ws.role(role_id) if role_id else None),
            "tacked": tacked_on(text, ws.role(role_id) if role_id else None),
            "list90": seconds == 90 and list_ninety(text, ws.role(role_id) if role_id else None),
            "helped": helped_frames(text),
            "unknown": unknown_refs(text, ws.target_role.goals), "no_part": no_own_part(text),
            "untold": untold_referents(text, ws.role(role_id) if role_id else None),
            "made_up": made_up_growth(text, ws.role(role_id) if role_id else None),
            "stock_growth": bool(stock_growth_lines(text, ws.role(role_id) if role_id else None)),
            "stock_join": len(stock_joins(text)),
            "kit_later": len(kit_later_uses(text)), "phrase_twice": len(phrases_twice(text)),
            "skills": skills_named(text, role := ws.role(role_id) if role_id else None),
            "twice": said_twice(text), "twice60": said_twice_loose(text),
            "opened_twice": opened_twice(text), "again": openers_again(text),
            "bolted": also_bolted(text), "it_unclear": it_unclear(text),
            "nonresult": link_to_non_result(text, role),
            "when": time_place_wrong(text, role, ws.roles),
            "job_tense": job_tense_wrong(text, role, entries), "fact_twice": fact_twice(text),
            "why_said": _value_said(text, ws, role_id) or bool(
                re.search(r", (?:because|since) ", " ".join(_sentences(text)[:1]))),
            "opening": " ".join(text.split()[:4]),
            "links_said": _links_said(text),
            "close": _close(text), **said_rows(text, ws.role(role_id) if role_id else None),
            "close_titled": _close_titled(text, ws.target_role.title),
            "trigrams": _trigrams(text, ws),
            "verdict": "strong" if check.verdict.strong else
                       "lacks " + "+".join(check.verdict.missing),
            "strong": check.verdict.strong,
            "seconds_true": draft.seconds == speaking_seconds(text),
            "seconds": draft.seconds,
            "questions": len(draft.questions),
            # the coach's questions of the workspace (counted once, on the 90 row), and those
            # whose answer the entries already hold (``draft_questions``)
            "asked": len(draft.questions) if seconds == 90 else 0,
            "redundant": _redundant(ws.role(role_id), draft.questions)
            if seconds == 90 and role_id else 0,
            # 04 scores "a result with a number"; the check in 05 finds one in the draft
            "number_agrees": (role_id is not None and has_number(ws.role(role_id)))
            == check.finding("quantified").ok,
            # a result the draft can say holds a number the check counts: the draft keeps one
            "number_keepable": role_id is not None and any(
                read.said(r).counted for _i, r in read.results()),
            "number_kept": check.finding("quantified").ok,
            # 04 scores "a grown skill used later"; the check in 05 credits one in the draft
            # (the 90-second version, which tells the later use wherever the entries hold one)
            "used_agrees": seconds == 30 or (role_id is not None and role_used_later(
                ws.role(role_id), tuple(ws.roles)) == check.finding("used_later").ok),
        })
    return rows


def summarise(rows: list[dict]) -> dict:
    openings = Counter(r["opening"] for r in rows)
    common = openings.most_common(1)[0][1] if openings else 0
    links, closes = shared_phrases(rows)
    files = len({r["file"] for r in rows})
    return {
        "drafts": len(rows),
        "frames": sum(len(r["frames"]) for r in rows),
        "numbers": sum(len(r["numbers"]) for r in rows),
        "links": sum(r["links"] for r in rows),
        "org": sum(r["org"] for r in rows),
        "holes": sum(r["holes"] for r in rows),
        "grammar": sum(len(r["grammar"]) for r in rows),
        **{f"  {name}": sum(1 for r in rows for kind, _s in r["grammar"] if kind == name)
           for name in GRAMMAR_CLASSES},
        "grammar kit glue": sum(len(r["kit_glue"]) for r in rows),
        "number untied": sum(len(r["untied"]) for r in rows),
        "not speech": sum(len(r["not_speech"]) for r in rows),
        **{f"  {name}": sum(1 for r in rows for kind, _s in r["not_speech"] if kind == name)
           for name in NOT_SPEECH_CLASSES},
        "shorthand": sum(len(r["shorthand"]) for r in rows),
        "voice": sum(len(r["voice"]) for r in rows),
        **{f"  {name}": sum(1 for r in rows for kind, _s in r["voice"] if kind == name)
           for name in VOICE_CLASSES},
        "hedge hardened": sum(len(r["hedge"]) for r in rows),
        "field pasted": sum(len(r["pasted"]) for r in rows),
        "open alike": f"{common}/{len(rows)}",
        "links shared": f"{links.most_common(1)[0][1] if links else 0}/{files}",
        "closes shared": f"{closes.most_common(1)[0][1] if closes else 0}/{files}",
        "closes titled": f"{len({r['file'] for r in rows if r['close_titled']})}/{files}",
        "top 3 words": f"{_top(rows)}/{files}",
        "value said": f"{sum(r['value_said'] for r in rows)}/{len(rows)}",
        "reason held": f"{sum(r['reason_held'] for r in rows)}/{len(rows)}",
        "gain said": f"{sum(r['gain_said'] for r in rows)}/{len(rows)}",
        "why said": f"{sum(r['why_said'] for r in rows)}/{len(rows)}",
        "skill as reason": f"{sum(r['skill_reason'] for r in rows)}/{len(rows)}",
        "growth told >1": f"{sum(r['growth_told'] > 1 for r in rows)}/{len(rows)}",
        "growth/draft": round(sum(r["growth_told"] for r in rows) / max(1, len(rows)), 1),
        "bare glue": sum(r["bare_glue"] for r in rows),
        "stock link": sum(r["stock_link"] for r in rows),
        "stock share": _share(rows),
        "entries unused": f"{len({r['file'] for r in rows if r['unused']})}/{files}"
                          f" ({sum(len(r['unused']) for r in rows)})",
        "skill named": f"{sum(r['skill_named'] >= 3 for r in rows)}/{len(rows)}",
        "stock close": f"{sum(r['stock_close'] for r in rows)}/{len(rows)}",
        "stacked": f"{sum(r['stacked'] for r in rows)}/{len(rows)}",
        "orphan end": f"{sum(r['orphan_end'] for r in rows)}/{len(rows)}",
        "pointer no referent": f"{sum(r['pointer'] for r in rows)}/{len(rows)}",
        "feeling unsaid": f"{sum(r['feeling'] for r in rows)}/{len(rows)}",  # draft_feeling
        "liking said": f"{sum(r['liking_said'] for r in rows)}/"
                       f"{sum(r['liking_held'] for r in rows)}",
        "no reason": f"{sum(r['no_reason'] for r in rows)}/{len(rows)}",
        "reason unsupported": f"{sum(r['unsupported'] for r in rows)}/{len(rows)}",
        "listed": sum(r["listed"] for r in rows),
        "reason cut": f"{sum(r['reason_cut'] for r in rows)}/{len(rows)}",
        "payoff lost": f"{sum(r['payoff_lost'] for r in rows)}/{len(rows)}",
        "pointer dangles": f"{sum(r['dangles'] > 0 for r in rows)}/{len(rows)}",
        "tacked on": f"{sum(r['tacked'] for r in rows)}/{len(rows)}",
        "list (90 s)": f"{sum(r['list90'] for r in rows)}/{sum(r['length'] == 90 for r in rows)}",
        "helped frame": sum(r["helped"] for r in rows),
        "the unknown": sum(len(r["unknown"]) for r in rows),
        "untold referent": sum(len(r["untold"]) for r in rows),  # draft_untold
        "no own part": sum(r["no_part"] for r in rows),
        "made-up growth": sum(r["made_up"] for r in rows), **said_totals(rows),
        "stock growth line": f"{sum(r['stock_growth'] for r in rows)}/{len(rows)}",
        "stock join": f"{sum(r['stock_join'] > 0 for r in rows)}/{len(rows)}",
        "kit later use": f"{sum(r['kit_later'] > 0 for r in rows)}/{len(rows)}",
        "phrase twice": f"{sum(r['phrase_twice'] > 0 for r in rows)}/{len(rows)}",
        **{k: f"{sum(bool(r[f]) for r in rows)}/{len(rows)}" for k, f in (  # draft_openers
            ("opener again", "again"), ("also bolted", "bolted"), ("it unclear", "it_unclear"))},
        "skills 30/90": "/".join(str(round(sum(r["skills"] for r in rows if r["length"] == n)
                                           / max(1, len(rows) / 2), 1)) for n in (30, 90)),
        "30s >1 skill": f"{sum(r['skills'] > 1 for r in rows if r['length'] == 30)}/{files}",
        **{k: sum(r[f] for r in rows) for k, f in (("said twice", "twice"), (
            "said twice 60%", "twice60"), ("opened twice", "opened_twice"), (
            "link to non-result", "nonresult"), ("time/place wrong", "when"),
            ("job tense", "job_tense"), ("fact twice", "fact_twice"))},
        "strong": f"{sum(r['strong'] for r in rows)}/{len(rows)}",
        "time true": f"{sum(r['seconds_true'] for r in rows)}/{len(rows)}",
        "04=05 number": f"{sum(r['number_agrees'] for r in rows)}/{len(rows)}",
        "04=05 used later": f"{sum(r['used_agrees'] for r in rows if r['length'] == 90)}/"
                            f"{sum(r['length'] == 90 for r in rows)}",
        "number kept": f"{sum(r['number_kept'] for r in rows if r['number_keepable'])}/"
                       f"{sum(r['number_keepable'] for r in rows)}",
        "questions asked/redundant": f"{sum(r['asked'] for r in rows)}/"
                                     f"{sum(r['redundant'] for r in rows)}",
        "questions/draft": round(sum(r["questions"] for r in rows) / max(1, len(rows)), 1),
        "seconds 30/90": "/".join(str(round(sum(secs) / len(secs))) if secs else "-"
                                  for secs in ([r["seconds"] for r in rows if r["length"] == n
                                                and r["text"] and not r["too_thin"]]
                                               for n in (30, 90))),
        "90 tells more": _tells_more([r for r in rows if r["text"] and not r["too_thin"]]),
        "90 offered": f"{sum(_offered(r) for r in rows)}/{files}",
        "too thin": f"{sum(r['too_thin'] for r in rows)}/{files}",
        "30-s under 20 s": under_seconds(rows, 30, 20),
        "too thin (50 s)": f"{sum(r['thin50'] for r in rows)}/{files}",
    }


def _share(rows: list[dict]) -> str:
    """The share of the drafts' sentences that carry no entry fact (``draft_thin``)."""
    stock, said = (sum(r["stock"][i] for r in rows) for i in (0, 1))
    return f"{round(100 * stock / max(1, said))}%"


def _offered(row: dict) -> bool:
    """True for a 90-second draft 05 offers: a text, from entries not too thin for it."""
    return row["length"] == 90 and bool(row["text"]) and not row["too_thin"]


def _top(rows: list[dict]) -> int:
    grams = top_trigrams(rows)
    return grams.most_common(1)[0][1] if grams else 0


def _tells_more(rows: list[dict]) -> str:
    """Workspaces whose 90-second draft tells at least 8 seconds more than the 30-second one
    (a sentence or more), of those with both."""
    by_file: dict[str, dict[int, int]] = {}
    for r in rows:
        by_file.setdefault(r["file"], {})[r["length"]] = r["seconds"]
    both = [v for v in by_file.values() if 30 in v and 90 in v]
    return f"{sum(v[90] - v[30] >= 8 for v in both)}/{len(both)}"


def _print_phrases(rows: list[dict]) -> None:
    links, closes = shared_phrases(rows)
    files = len({r["file"] for r in rows})
    grams = top_trigrams(rows)
    print(f"  dev workspaces whose drafts say a three-word phrase (of {files}), the commonest:")
    for phrase, n in grams.most_common(12):
        print(f"    {n:>3}  {phrase}")
    for name, counts in (("link", links), ("close", closes)):
        print(f"  dev workspaces whose drafts share a {name} phrase (of {files}):")
        for phrase, n in counts.most_common():
            if n >= 2:
                print(f"    {n:>3}  {phrase}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show", action="store_true", help="print the dev drafts too")
    parser.add_argument("--phrases", action="store_true",
                        help="print the link and close phrases dev drafts share")
    parser.add_argument("--dump", type=Path, help="write both sets' drafts here for a rater")
    args = parser.parse_args(argv)
    sets = {name: [row for f in sorted(folder.glob("*.json")) for row in measure(f)]
            for name, folder in SETS.items() if folder.is_dir()}
    for name, folder in SETS.items():  # the same workspaces after the coach's questions
        answers = folder / "replies" / "replies.json"
        if answers.is_file():
            replies = json.loads(answers.read_text(encoding="utf-8"))
            sets[f"{name}+replies"] = [
                row for f in sorted(folder.glob("*.json"))
                for row in measure(f, replies.get(f.name, {}))]
    totals = {name: summarise(rows) for name, rows in sets.items()}
    if args.dump:
        _dump(sets, args.dump)
    if args.json:
        print(json.dumps(totals, indent=2))
        return 0
    print("Drafts: studied sets per draft (frames, numbers not in the entries, unfounded links, "
          "wrong organisation words, holes, verdict)")
    studied = [name for name in sets if name.split("+")[0] in STUDIED
               and (args.show or not name.endswith("+replies"))]
    for r in [r for name in studied for r in sets[name]]:
        flags = ", ".join(r["frames"]) or "-"
        print(f"  {r['file']:<10} {r['length']:>3}s  frames: {flags:<20} numbers: "
              f"{len(r['numbers'])}  links: {r['links']}  org: {r['org']}  holes: {r['holes']}"
              f"  grammar: {len(r['grammar'])}  questions: {r['questions']}  {r['verdict']}")
        if args.show:
            print("    " + r["text"])
            for kind, sentence in r["grammar"] + r["not_speech"] \
                    + [("shorthand", s) for s in r["shorthand"]] \
                    + [("the unknown", u) for u in r["unknown"]] \
                    + [("untold referent", u) for u in r["untold"]] \
                    + r["voice"] + [("hedge hardened", h) for h in r["hedge"]] \
                    + [("field pasted", p) for p in r["pasted"]] \
                    + [("entry unused", u) for u in r["unused"]] \
                    + [("also bolted", b) for b in r["bolted"]] \
                    + [("it unclear", i) for i in r["it_unclear"]]:
                print(f"      grammar ({kind}): {sentence}")
    if args.phrases:
        _print_phrases(sets.get("dev", []))
    keys = list(next(iter(totals.values())).keys()) if totals else []
    print()
    print(f"  {'figure':<19}" + "".join(f"{name:>17}" for name in totals))
    for key in keys:
        print(f"  {key:<19}" + "".join(f"{str(t[key]):>17}" for t in totals.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
