"""How far the answer check agrees with careful human labels: ``make eval``.

    make eval                      # or: .venv/bin/python benchmarks/eval.py
    .venv/bin/python benchmarks/eval.py --json    # the figures as JSON

Reads the labelled corpus in ``tests/eval/`` (one JSON object a line: ``id``, ``text``,
``goals``, ``labels`` with one value per code and a ``verdict``). For each code it prints how
many answers were compared, the agreement, precision and recall (a "positive" is an answer the
label says has it: skill growth, a result, ..., a pitfall) and Cohen's kappa.

- ``answers_dev.jsonl``, the development set: the figures and every disagreement, with the
  message the check gave (which quotes the sentence it is about).
- ``answers_holdout.jsonl``, the held-out set: the figures and how many disagreements, never
  their ids or texts, so tuning on what this script shows can't reach them.

- the published answers of ``../shared/real-answers/`` (``REAL_ANSWERS`` or ``--real`` for
  another folder): its ``NNN.txt`` texts and ``labels.json``, read where they are at run time and
  never copied into the project (only the figures and ids are printed). Absent: said so, skipped.
- ``tests/eval/probe_blind/answers.jsonl``, a probe set written blind to the check's rules and
  code (hollow keyword answers, duties dressed as results, strong answers in unusual phrasings).
  Since issue 21 it is development material: the figures and every disagreement with its
  message. Rows may carry a ``kind``; ``hollow`` ones are counted apart.
- ``tests/eval/probe_blind2/answers.jsonl``, a second blind probe set, written by someone else
  in the same format and held out: its figures only, never its texts, ids or disagreements.
- ``tests/eval/probe_blind4/answers.jsonl``, a fourth blind probe set (hollow claims, real
  speech, non-results, pitfalls by meaning and whose words, goals), written by someone who read
  neither the rules nor the other sets' answers, and held out like the second: figures only.
- ``tests/eval/probe_blind3/answers.jsonl``, a third blind probe set (goals backed by meaning,
  numbers in many shapes, strong answers in unusual phrasings), measured blind once when it
  came (its README) and development material since: the figures and every disagreement.
- ``tests/eval/probe_blind5/answers.jsonl``, a fifth blind probe set (the many ways people
  really speak: arcs without a learn verb, results without numbers, numbers in every spelling,
  fillers, non-native English; goals backed in other words), written blind to the rules and
  studied from the start: the figures and every disagreement.
- ``tests/eval/probe_blind6/answers.jsonl``, a sixth blind probe set, written at the same time
  by another session that read neither the rules nor any other set, and held out: figures only.
- ``tests/eval/probe_blind7/answers.jsonl``, a seventh blind probe set in the register people
  publish answers in (longer, polished or chatty, scene openings, results as a state that got
  better), measured blind once when it came (its README) and studied since.
- ``tests/eval/probe_numbers/answers.jsonl``, numbers as written and said (local written forms,
  numbers in words and phrases, rates per shift told as a change, time ranges that are no change,
  the speaker's own gains), written and labelled by the session that then fixed the number
  reader, measured before its change: studied, not blind.
- ``tests/eval/probe_typed/answers.jsonl``, answers as people type them (dropped "I", CV
  bullets, run-ons, abbreviations, arrows and "x2", emoji, lower case, world Englishes) with
  typed look-alikes (duty lists, buzzwords, perks), written and labelled by the session that then
  fixed the reading of that register, measured before its change: studied, not blind.
- ``tests/eval/probe_goals/answers.jsonl``, goals as job ads word them (duty lists, values,
  skills, metrics, long sentences, two-word fragments) against answers that meet a goal in none
  of its words, recite it, name its topic as a duty or a wish, meet one goal of four or meet it
  through a later use; written and labelled (``skill_growth``, ``company_result``,
  ``goals_match``; ``backed``: which goals have evidence) by the session that then changed the
  goals match, measured before its change: studied, not blind.
- ``tests/eval/goals_own/answers_a.jsonl`` and ``answers_b.jsonl``, goal material in fields the
  other sets rarely use (trades, care, public sector, arts, science, military, sport), split in
  halves by a fixed rule before it was measured: half A studied, half B measured only (its
  figures, never its disagreements).
- ``tests/eval/results_own/answers_a.jsonl`` and ``answers_b.jsonl``, what counts as a result for
  the organisation and its number (outcomes told as what stopped, what the organisation kept, a
  customer's or manager's words; duties, sizes, targets, promotions, plans as look-alikes; numbers
  that belong and numbers that do not), split in halves by id before it was measured: half A
  studied, half B measured only.
- ``tests/eval/results_own2/answers_a.jsonl`` and ``answers_b.jsonl`` (columns ``res2A`` and
  ``res2B``), results that only look like results (a hedged effect, the lab's or manager's result,
  the speaker's own speed, what the speaker no longer needs, a place's size, a duty with a number,
  generic claims, praise) each beside its mirror told the same way with a real outcome; written
  before the result code was read and split by id (``n % 4`` in 1 or 2: half A) before it was
  measured: half A studied, half B measured only.
- ``tests/eval/results_own3/answers_a.jsonl`` and ``answers_b.jsonl`` (columns ``res3A`` and
  ``res3B``), growth dressed as a result, duties and a problem's size with numbers, promotions,
  the team's or the company's result with and without the speaker's part, generic claims, each
  beside its mirror with a real outcome (what the organisation adopted or kept running, what
  stopped, a customer's or manager's words about a change, money or time said roughly); written
  before the result code was read, split by id (``n % 4`` in 1 or 2: half A) before it was
  measured: half A studied, half B measured only.
- ``tests/eval/results_own4/answers_a.jsonl`` and ``answers_b.jsonl`` (columns ``res4A`` and
  ``res4B``), results as people tell them with no change verb or number (a decision others took
  because of the work, what the organisation adopted, keeps, lends or still runs, a complaint or
  a risk that stopped, "we" with the speaker's part, results told before the skill) beside
  non-result mirrors (duties, a problem's size, a promotion, a target not met, what was tried);
  written before the result code was read, split by id (``n % 4`` in 1 or 2: half A) before it
  was measured: half A studied, half B measured only.
- ``tests/eval/results_own5/answers_a.jsonl`` and ``answers_b.jsonl`` (columns ``res5A`` and
  ``res5B``), 44 result / non-result pairs: an organisation's figure without and with the
  speaker's part, "we" with and without it, outcomes in other words, a problem's size, a duty, a
  promotion, a missed target, a plan, numbers of no change and rough numbers; written before the
  result code was read, split by pair (odd pair: half A) before it was measured.
- ``tests/eval/results_own6/answers_a.jsonl`` and ``answers_b.jsonl`` (columns ``res6A`` and
  ``res6B``), 32 result / non-result pairs: outcomes said as what others now do or no longer do,
  trade verbs that are also change verbs, growth arcs, hollow answers in three registers; written
  and split by pair (odd pair: half A) before the result code was changed.
- ``tests/eval/verdict_own/answers_a.jsonl`` and ``answers_b.jsonl`` (columns ``vownA`` and
  ``vownB``), the verdict's hard edges: one-pillar answers (a growth arc with only duties or
  praise, a result with no skill grown, a team's result, a problem's size or a target, a plan as
  later use) and their strong mirrors in everyday speech; odd ids studied, even ids measured only.
- ``tests/eval/goals_own2/answers_a.jsonl`` and ``answers_b.jsonl``, a second own goal set in
  other fields and goal wordings (outcomes, duties, values, metrics, tools), written and split
  (ids ``n % 4`` in 0 or 1: half A) before the goal code was read: half A studied, half B
  measured only.
- ``tests/eval/growth_own/answers_a.jsonl`` and ``answers_b.jsonl`` (columns ``growA`` and
  ``growB``), growth and later use as people tell them (an arc with no learn verb, a comparison,
  what colleagues started asking for, the passive, results first, a scene, fillers,
  second-language English, a use still made today) beside their hollow mirrors (a job
  description, "I learned so much", a certificate, tenure, a plan), and pitfalls by meaning with
  their look-alikes; written before the growth code was read, odd ids studied, even ids measured
  only.
- ``tests/eval/growth_own2/`` (columns ``grow2A`` and ``grow2B``), growth as told ("made me",
  passive, results first, a soft skill through a task, a level by what the speaker then did alone)
  and later use (present, a habit kept, its own place and time) beside lessons, values, dates,
  duties, hobbies, rubric words, plans and "I still remember"; odd ids studied, even measured.
- ``tests/eval/growth_own3/`` (columns ``grow3A`` and ``grow3B``), short and odd skill names
  ("learnt Go", "picked up R") beside empty lessons, growth denied ("nobody taught me") beside
  growth done alone, confidence naming a task, hollow keyword answers and plain strong answers;
  odd ids studied, even measured.
- ``tests/eval/verdict_own2/answers_a.jsonl`` and ``answers_b.jsonl`` (columns ``vown2A`` and
  ``vown2B``), hollow answers that hit every keyword (lessons, values, "grew as a person", tenure,
  certificates, a later use that is a plan) beside strong answers in unusual wording (an arc with
  no learn verb, what colleagues came to ask for, the passive, results first, later use in the
  present) and pitfalls by meaning with their look-alikes; written before the growth, later-use,
  pitfall and verdict code was read, odd ids studied, even ids measured only.
- ``tests/eval/verdict_own3/answers_a.jsonl`` and ``answers_b.jsonl`` (columns ``vown3A`` and
  ``vown3B``), lessons and values with a plain result told after them, hollow keyword answers,
  pitfalls by meaning (pay as what mattered, pay named without praise), long transcripts with a
  pitfall in one clause, and strong answers in unusual wording; written before the growth,
  later-use, pitfall and verdict code was read, odd ids studied, even ids measured only.
- ``tests/eval/goals_own3/answers_a.jsonl`` and ``answers_b.jsonl``, a third own goal set (goals
  worded as job ads word them, long, compound, with jargon, tools, metrics and values, against
  answers that meet them in other words, by a result or a growth alone, or recite them, name
  them as a duty, a wish or a topic), written and split (pairs of ids alternate: half A when
  ``(n + 1) // 2`` is odd) before the goal code was read: half A studied, half B measured only.
- ``tests/eval/goals_own4/answers_a.jsonl`` and ``answers_b.jsonl``, a fourth own goal set (goals
  as job ads word them, against evidence in other words, a goal met only by a result or only by a
  growth, a later use that shows the skill, recitals, duties, wishes, a claim tied to no goal),
  written and split (half A when the id's number ``n % 4`` is 1 or 2) before the goal code was
  read: half A studied, half B measured only.
- ``tests/eval/goals_own5/answers_a.jsonl`` and ``answers_b.jsonl``, a fifth own goal set (goals
  as job ads word them; two goals sharing a noun with different qualifiers; evidence in other
  words, by a result, a growth or a later use; recitals, duties, wishes, promises, topics, a
  claim tied to no goal), written and split (by goal list: half A when the list's number is odd)
  before the goal code was read: half A studied, half B measured only.
- ``tests/eval/goals_own6/answers_a.jsonl`` and ``answers_b.jsonl``, a sixth own goal set (goals
  as job ads word them, met in other words, by a growth, a result or a later use; recitals,
  duties, wishes) with pitfalls told by meaning and their look-alikes, written and split (by
  group: half A when the group's number is odd) before the goal and pitfall code was read: half A
  studied, half B measured only.
- ``tests/eval/goals_own7/answers_a.jsonl`` and ``answers_b.jsonl``, a seventh own goal set (goals
  as job ads word them, met in other words: a concrete outcome for an abstract goal, one goal of
  several; look-alikes: recited, a duty, a tool, a wish, the team's or the company's result),
  written and split (by group: half A when the group's number is odd) before the goal code was
  changed: half A studied, half B measured only.
- ``tests/eval/speech_own/answers_a.jsonl`` and ``answers_b.jsonl`` (columns ``saidA`` and
  ``saidB``), goals matched only by a duty recited or a place word shared ("on the ward", "at
  the front desk") beside mirrors that meet the goal by a growth or a result, and results as
  people say them (impersonal and passive outcomes tied to the speaker's work: more came in
  after, still used, under budget, adopted, none since) beside a place of work, a personal
  confidence and company news; written and split (pair odd: half A) before the goal and result
  code was read: half A studied, half B measured only.
- ``tests/eval/probe_blind8/answers.jsonl``, an eighth blind probe set (fields and speakers the
  earlier sets under-used: farming, building, transport, the arts, faith and community work,
  career changers, people back from caring), held out the same way: figures only.
- ``tests/eval/probe_blind9/answers.jsonl``, a ninth blind probe set (answers as said in a live
  interview, transcribed: false starts, very short and very long answers, two jobs compared,
  senior and second-language speakers, hollow answers in new wordings), held out: figures only.
- ``tests/eval/probe_blind10/answers.jsonl``, a tenth blind probe set (answers typed, not said:
  application-form boxes, notes, chats with an adviser; dropped "I", abbreviations, numbers in
  every written form, world Englishes, fields rarely covered), held out: figures only.
- ``tests/eval/probe_blind11/answers.jsonl``, an eleventh blind probe set (every answer with the
  hiring manager's goals, worded as job ads word them: goals met in none of their words, goals
  recited back, one goal of four; numbers in local and spoken forms), studied: its
  disagreements are printed.
- ``tests/eval/probe_blind12/answers.jsonl``, a twelfth blind probe set (said in real interviews
  by people at every career stage and second-language speakers), held out (figures only) until
  round 30, studied since: its disagreements are printed.
- ``tests/eval/probe_blind13/answers.jsonl``, a thirteenth blind probe set (where career services
  meet people: recorded mock interviews, online forms, an adviser's notes, apprenticeship and
  promotion boards, competency interviews; goals met in other words), held out (figures only) until
  round 30, studied since: its disagreements are printed.
- ``tests/eval/probe_blind14/answers.jsonl``, a fourteenth blind probe set (the verdict's hard
  edges: one-pillar answers in everyday speech, and strong answers a careless reader calls weak),
  held out (figures only) until
  round 30, studied since: its disagreements are printed.
- ``tests/eval/probe_blind15/answers.jsonl``, a fifteenth blind probe set (what counts as a
  result: hedged wishes, the team's result with no part of the speaker's, growth dressed as a
  result, duties with numbers, generic claims; and real results a careless reader misses), held
  out: figures only.
- ``tests/eval/probe_blind16/answers.jsonl``, a sixteenth blind probe set (growth and later use as
  people really tell them: arcs with no learn verb, what colleagues came to ask for, results first;
  and their hollow mirrors: lessons, tenure, certificates, plans), held out: figures only.
- ``tests/eval/probe_blind17/answers.jsonl``, a seventeenth blind probe set (results for the
  organisation and goals as people really tell them: decisions others took, things adopted or
  still run, "we" with the speaker's part; and their mirrors: duties, a problem's size, promotions,
  awards, targets not met), held out: figures only.
- ``tests/eval/probe_blind18/answers.jsonl``, an eighteenth blind probe set (the whole-answer
  verdict; growth and later use as people tell them: arcs with no learn verb, the present, habits
  carried on; and their mirrors: lessons, values, plans, rubric words), held out: figures only.
- ``tests/eval/probe_blind19/answers.jsonl``, a nineteenth blind probe set (results for the
  organisation and goals in ordinary speech: outcomes with no number, hedged figures, "we" with
  and without the speaker's part, goals met in other words or in the wrong direction; and their
  mirrors: duties, a problem's size, awards, someone else's result), held out: figures only.
- ``tests/eval/probe_blind20/answers.jsonl``, a twentieth blind probe set (how people really
  talk across the whole check: spoken transcripts, typed shorthand, second-language and regional
  English; growth with no learn verb and denied growth; results with no number, passive or
  hedged; goals met in other words or only by a duty or a place; hollow keyword answers), held
  out: figures only.
- ``tests/eval/probe_blind21/answers.jsonl``, a twenty-first blind probe set (goals, results and
  hollow answers as people really say them: goal lists met in other words, only by a duty, a place
  or a plan, or recited; results with no number or change verb, passive, "we", hedged, and their
  mirrors; growth arcs with no learn verb; hollow keyword answers in several styles), held out:
  figures only.
- ``tests/eval/probe_blind22/answers.jsonl``, a twenty-second blind probe set (goal lists met in
  other words, by a duty, a tool, a plan, a wish or a later use; results told plainly and their
  look-alikes; thirteen hollow keyword answers; unusual registers with hidden pitfalls), held out:
  figures only.
- ``tests/eval/probe_blind23/answers.jsonl``, a twenty-third blind probe set (twelve hollow
  answers, several fluent and with numbers that measure no change; strong answers in plain,
  passive, "we" and non-native phrasings; result look-alikes; later use by tense and mood; hidden
  pitfalls and their look-alikes), held out: figures only.
- ``tests/eval/probe_blind24/answers.jsonl``, a twenty-fourth blind probe set (twelve hollow
  answers; strong answers as arcs, in the passive, in "we", result first, scene first, in the
  present, casual, rambling and telegram-short; hidden pitfalls and false-alarm traps; partial
  answers; everyday answers across trades, care, public service and academia), held out until
  round 32, studied since.
- ``tests/eval/probe_blind25/answers.jsonl``, a twenty-fifth blind probe set (hollow answers;
  strong answers as arcs, scenes, in the passive, in "we", result first, with customers who came
  back, a ranking against other branches, hedged numbers and money in words; hidden pitfalls and
  false-alarm traps; partial answers; everyday answers from trades to freelance work), held out
  until round 32, studied since.
- ``tests/eval/probe_blind26/answers.jsonl``, a twenty-sixth blind probe set (hollow answers in
  many shapes; strong answers as arcs, scenes, in the passive, in "we", result first; hidden
  pitfalls and look-alikes; duties and a problem's size told as results; later use that is only a
  plan; goals named but not evidenced), held out: figures only.
- ``tests/eval/probe_blind27/answers.jsonl``, a twenty-seventh blind probe set (hollow answers;
  strong answers in many voices; pitfalls said indirectly and look-alikes; a colleague's or the
  company's achievement beside the speaker's; duties and a backlog's size told as results, a
  result that only might have happened; a plan told as later use), held out: figures only.

Then one table side by side: per code the agreement and kappa on every set (the development
material first, then what is held out), the verdict, how many answers labelled weak (and how
many ``hollow`` ones) the check judges strong, and how many labelled strong it judges not strong.

Targets on the development set: at least 95% agreement on every code and no kappa under 0.8.
A label of ``null`` (``goals_match`` for an answer without goals) is not compared.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVAL_DIR = ROOT / "tests" / "eval"
DEV = EVAL_DIR / "answers_dev.jsonl"
HOLDOUT = EVAL_DIR / "answers_holdout.jsonl"
PROBE = EVAL_DIR / "probe_blind" / "answers.jsonl"
PROBE2 = EVAL_DIR / "probe_blind2" / "answers.jsonl"
PROBE3 = EVAL_DIR / "probe_blind3" / "answers.jsonl"
PROBE4 = EVAL_DIR / "probe_blind4" / "answers.jsonl"
PROBE5 = EVAL_DIR / "probe_blind5" / "answers.jsonl"
PROBE6 = EVAL_DIR / "probe_blind6" / "answers.jsonl"
PROBE7 = EVAL_DIR / "probe_blind7" / "answers.jsonl"
PROBE8 = EVAL_DIR / "probe_blind8" / "answers.jsonl"
PROBE9 = EVAL_DIR / "probe_blind9" / "answers.jsonl"
PROBE10 = EVAL_DIR / "probe_blind10" / "answers.jsonl"
PROBE11 = EVAL_DIR / "probe_blind11" / "answers.jsonl"
PROBE12 = EVAL_DIR / "probe_blind12" / "answers.jsonl"
PROBE13 = EVAL_DIR / "probe_blind13" / "answers.jsonl"
PROBE14 = EVAL_DIR / "probe_blind14" / "answers.jsonl"
PROBE15 = EVAL_DIR / "probe_blind15" / "answers.jsonl"
PROBE16 = EVAL_DIR / "probe_blind16" / "answers.jsonl"
PROBE17 = EVAL_DIR / "probe_blind17" / "answers.jsonl"
PROBE18 = EVAL_DIR / "probe_blind18" / "answers.jsonl"
PROBE19 = EVAL_DIR / "probe_blind19" / "answers.jsonl"
PROBE20 = EVAL_DIR / "probe_blind20" / "answers.jsonl"
PROBE21 = EVAL_DIR / "probe_blind21" / "answers.jsonl"
PROBE22 = EVAL_DIR / "probe_blind22" / "answers.jsonl"
PROBE23 = EVAL_DIR / "probe_blind23" / "answers.jsonl"
PROBE24 = EVAL_DIR / "probe_blind24" / "answers.jsonl"
PROBE25 = EVAL_DIR / "probe_blind25" / "answers.jsonl"
PROBE26 = EVAL_DIR / "probe_blind26" / "answers.jsonl"
PROBE27 = EVAL_DIR / "probe_blind27" / "answers.jsonl"
TYPED = EVAL_DIR / "probe_typed" / "answers.jsonl"
GOALS = EVAL_DIR / "probe_goals" / "answers.jsonl"
NUMBERS = EVAL_DIR / "probe_numbers" / "answers.jsonl"
OWN_A = EVAL_DIR / "goals_own" / "answers_a.jsonl"
OWN_B = EVAL_DIR / "goals_own" / "answers_b.jsonl"
RES_A = EVAL_DIR / "results_own" / "answers_a.jsonl"
RES_B = EVAL_DIR / "results_own" / "answers_b.jsonl"
RES2_A = EVAL_DIR / "results_own2" / "answers_a.jsonl"
RES2_B = EVAL_DIR / "results_own2" / "answers_b.jsonl"
RES3_A = EVAL_DIR / "results_own3" / "answers_a.jsonl"
RES3_B = EVAL_DIR / "results_own3" / "answers_b.jsonl"
RES4_A = EVAL_DIR / "results_own4" / "answers_a.jsonl"
RES4_B = EVAL_DIR / "results_own4" / "answers_b.jsonl"
RES5_A = EVAL_DIR / "results_own5" / "answers_a.jsonl"
RES5_B = EVAL_DIR / "results_own5" / "answers_b.jsonl"
RES6_A = EVAL_DIR / "results_own6" / "answers_a.jsonl"
RES6_B = EVAL_DIR / "results_own6" / "answers_b.jsonl"
VOWN_A = EVAL_DIR / "verdict_own" / "answers_a.jsonl"
VOWN_B = EVAL_DIR / "verdict_own" / "answers_b.jsonl"
OWN2_A = EVAL_DIR / "goals_own2" / "answers_a.jsonl"
OWN2_B = EVAL_DIR / "goals_own2" / "answers_b.jsonl"
GROW_A = EVAL_DIR / "growth_own" / "answers_a.jsonl"
GROW_B = EVAL_DIR / "growth_own" / "answers_b.jsonl"
GROW2_A = EVAL_DIR / "growth_own2" / "answers_a.jsonl"
GROW2_B = EVAL_DIR / "growth_own2" / "answers_b.jsonl"
GROW3_A = EVAL_DIR / "growth_own3" / "answers_a.jsonl"
GROW3_B = EVAL_DIR / "growth_own3" / "answers_b.jsonl"
OWN3_A = EVAL_DIR / "goals_own3" / "answers_a.jsonl"
OWN3_B = EVAL_DIR / "goals_own3" / "answers_b.jsonl"
OWN4_A = EVAL_DIR / "goals_own4" / "answers_a.jsonl"
OWN4_B = EVAL_DIR / "goals_own4" / "answers_b.jsonl"
OWN5_A = EVAL_DIR / "goals_own5" / "answers_a.jsonl"
OWN5_B = EVAL_DIR / "goals_own5" / "answers_b.jsonl"
OWN6_A = EVAL_DIR / "goals_own6" / "answers_a.jsonl"
OWN6_B = EVAL_DIR / "goals_own6" / "answers_b.jsonl"
OWN7_A = EVAL_DIR / "goals_own7" / "answers_a.jsonl"
OWN7_B = EVAL_DIR / "goals_own7" / "answers_b.jsonl"
SAID_A = EVAL_DIR / "speech_own" / "answers_a.jsonl"
SAID_B = EVAL_DIR / "speech_own" / "answers_b.jsonl"
VOWN2_A = EVAL_DIR / "verdict_own2" / "answers_a.jsonl"
VOWN2_B = EVAL_DIR / "verdict_own2" / "answers_b.jsonl"
VOWN3_A = EVAL_DIR / "verdict_own3" / "answers_a.jsonl"
VOWN3_B = EVAL_DIR / "verdict_own3" / "answers_b.jsonl"
# The published answers (issue 21): beside the worktrees, read in place, never copied.
REAL = Path(os.environ.get("REAL_ANSWERS") or ROOT.parent / "shared" / "real-answers")
CODES = ("skill_growth", "company_result", "quantified", "used_later", "goals_match",
         "pitfalls", "verdict")
# the sets whose disagreements are printed to be studied (dev is printed first, on its own)
DEVELOPMENT = ("probe", "probe3", "probe5", "probe7", "typed", "goals", "numbers",
               "probe11", "ownA", "resA", "vownA", "own2A", "growA", "res2A",
               "own3A", "res3A", "own4A", "vown2A", "own5A", "vown3A", "res4A", "res5A", "res6A",
               "own6A", "grow2A", "saidA", "grow3A", "own7A", "probe12", "probe13", "probe14",
               "probe20", "probe23", "probe24", "probe25")
# the blind probe sets held out: their figures only, never their ids, texts or disagreements
HELD_OUT_PROBES = ("probe2", "probe4", "probe6", "probe8", "probe9", "probe10", "probe15",
                   "probe16", "probe17", "probe18", "probe19", "probe21", "probe22",
                   "ownB", "resB", "vownB",
                   "own2B", "growB", "res2B", "own3B", "res3B", "own4B", "vown2B", "own5B",
                   "vown3B", "res4B", "res5B", "res6B", "own6B", "grow2B", "saidB", "grow3B",
                   "own7B", "probe26", "probe27")
# every blind probe set: its name (also its command-line option), where it is, its title;
# the studied ones first, then the held-out ones (the order of the tables and the columns)
PROBES = (("probe", PROBE, "Blind probe set"),
          ("probe3", PROBE3, "Blind probe set 3"),
          ("probe5", PROBE5, "Blind probe set 5"),
          ("probe7", PROBE7, "Blind probe set 7"),
          ("typed", TYPED, "Typed answers (written by the session that fixed the typed register)"),
          ("goals", GOALS, "Goal material (written and labelled by the session that then changed "
                           "the goals match, measured before its change)"),
          ("numbers", NUMBERS, "Numbers as written and said (written by the session that fixed "
                               "the number reader)"),
          ("probe11", PROBE11, "Blind probe set 11"),
          ("ownA", OWN_A, "Own goal material, half A (written by the session that then changed "
                          "the goals match, measured before its change)"),
          ("resA", RES_A, "Own result material, half A (written by the session that then changed "
                          "the result reading, measured before its change)"),
          ("vownA", VOWN_A, "Own verdict material, half A (one-pillar answers and strong "
                            "mirrors, written by the session that then changed the verdict)"),
          ("own2A", OWN2_A, "Own goal material 2, half A (goals as outcomes, duties, values, "
                            "metrics and tools, written before the goal code was read)"),
          ("growA", GROW_A, "Own growth material, half A (growth and later use as told, hollow "
                            "mirrors, pitfalls by meaning; written before the growth code was "
                            "read)"),
          ("res2A", RES2_A, "Own result material 2, half A (results that only look like results "
                            "and their mirrors, written before the result code was read)"),
          ("own3A", OWN3_A, "Own goal material 3, half A (goals as job ads word them against "
                            "evidence in other words, recitals, duties, wishes; written and split "
                            "before the goal code was read)"),
          ("res3A", RES3_A, "Own result material 3, half A (growth dressed as a result, duties, "
                            "sizes, promotions, generic claims and their mirrors; written before "
                            "the result code was read)"),
          ("own4A", OWN4_A, "Own goal material 4, half A (goals as job ads word them against "
                            "evidence in other words, recitals, duties, wishes, later use; written "
                            "and split before the goal code was read)"),
          ("vown2A", VOWN2_A, "Own verdict material 2, half A (hollow answers hitting every "
                              "keyword, strong answers in unusual wording, pitfalls by meaning "
                              "and look-alikes; written and split before the growth, later-use, "
                              "pitfall and verdict code was read)"),
          ("own5A", OWN5_A, "Own goal material 5, half A (goals as job ads word them against "
                            "evidence in other words, qualifier pairs, recitals, duties, wishes, "
                            "topics; written and split before the goal code was read)"),
          ("vown3A", VOWN3_A, "Own verdict material 3, half A (lessons and results told after "
                              "them, hollow keyword answers, pitfalls by meaning, pay named "
                              "without praise, strong answers in unusual wording; written and "
                              "split before the growth, later-use, pitfall and verdict code was "
                              "read)"),
          ("res4A", RES4_A, "Own result material 4, half A (results with no change verb or "
                            "number: decisions others took, what the organisation adopted or "
                            "still runs, what stopped, 'we' with the speaker's part, results "
                            "first; non-result mirrors; written before the result code was read)"),
          ("res5A", RES5_A, "Own result material 5, half A (organisation figures without and with "
                            "the speaker's part, problems, duties, promotions, missed targets, "
                            "plans, numbers of no change, rough numbers; written before the "
                            "result code was read)"),
          ("res6A", RES6_A, "Own result material 6, half A (outcomes said as what others now do "
                            "or no longer do, trade verbs that are also change verbs, growth arcs, "
                            "hollow answers and their mirrors; written before the result code was "
                            "changed)"),
          ("own6A", OWN6_A, "Own goal material 6, half A (goals met in other words, by a growth, "
                            "a result or a later use, recitals, duties, wishes; pitfalls by "
                            "meaning and look-alikes; written and split before the goal and "
                            "pitfall code was read)"),
          ("grow2A", GROW2_A, "Own growth material 2, half A (growth and later use as told, "
                              "lessons, values, plans and their mirrors; written before the "
                              "growth code was read)"),
          ("saidA", SAID_A, "Own speech material, half A (goals met by growth or a result "
                            "against duties and place words; results as people say them against "
                            "places of work, confidence and company news; written and split "
                            "before the goal and result code was read)"),
          ("grow3A", GROW3_A, "Own growth material 3, half A (short and odd skill names, empty "
                              "lessons, growth denied or done alone, confidence naming a task, "
                              "hollow keyword answers, plain strong answers; written and split "
                              "before the growth, result and verdict code was read)"),
          ("own7A", OWN7_A, "Own goal material 7, half A (goals met in other words: a concrete "
                            "outcome for an abstract goal, one goal of several; look-alikes: "
                            "recited, a duty, a tool, a wish, the team's or the company's result; "
                            "written and split before the goal code was changed)"),
          ("probe12", PROBE12, "Blind probe set 12 (held out until round 30, studied since)"),
          ("probe13", PROBE13, "Blind probe set 13 (held out until round 30, studied since)"),
          ("probe14", PROBE14, "Blind probe set 14 (held out until round 30, studied since)"),
          ("probe20", PROBE20, "Blind probe set 20 (held out until round 31, studied since)"),
          ("probe23", PROBE23, "Blind probe set 23 (held out until round 31, studied since)"),
          ("probe2", PROBE2, "Blind probe set 2, held out"),
          ("probe4", PROBE4, "Blind probe set 4, held out"),
          ("probe6", PROBE6, "Blind probe set 6, held out"),
          ("probe8", PROBE8, "Blind probe set 8, held out"),
          ("probe9", PROBE9, "Blind probe set 9, held out"),
          ("probe10", PROBE10, "Blind probe set 10, held out"),
          ("probe15", PROBE15, "Blind probe set 15, held out"),
          ("probe16", PROBE16, "Blind probe set 16, held out"),
          ("probe17", PROBE17, "Blind probe set 17, held out"),
          ("probe18", PROBE18, "Blind probe set 18, held out"),
          ("probe19", PROBE19, "Blind probe set 19, held out"),
          ("probe21", PROBE21, "Blind probe set 21, held out"),
          ("probe22", PROBE22, "Blind probe set 22, held out"),
          ("probe24", PROBE24, "Blind probe set 24 (held out until round 32, studied since)"),
          ("probe25", PROBE25, "Blind probe set 25 (held out until round 32, studied since)"),
          ("probe26", PROBE26, "Blind probe set 26, held out"),
          ("probe27", PROBE27, "Blind probe set 27, held out"),
          ("ownB", OWN_B, "Own goal material, half B, measured only"),
          ("resB", RES_B, "Own result material, half B, measured only"),
          ("vownB", VOWN_B, "Own verdict material, half B, measured only"),
          ("own2B", OWN2_B, "Own goal material 2, half B, measured only"),
          ("growB", GROW_B, "Own growth material, half B, measured only"),
          ("res2B", RES2_B, "Own result material 2, half B, measured only"),
          ("own3B", OWN3_B, "Own goal material 3, half B, measured only"),
          ("res3B", RES3_B, "Own result material 3, half B, measured only"),
          ("own4B", OWN4_B, "Own goal material 4, half B, measured only"),
          ("vown2B", VOWN2_B, "Own verdict material 2, half B, measured only"),
          ("own5B", OWN5_B, "Own goal material 5, half B, measured only"),
          ("vown3B", VOWN3_B, "Own verdict material 3, half B, measured only"),
          ("res4B", RES4_B, "Own result material 4, half B, measured only"),
          ("res5B", RES5_B, "Own result material 5, half B, measured only"),
          ("res6B", RES6_B, "Own result material 6, half B, measured only"),
          ("own6B", OWN6_B, "Own goal material 6, half B, measured only"),
          ("grow2B", GROW2_B, "Own growth material 2, half B, measured only"),
          ("saidB", SAID_B, "Own speech material, half B, measured only"),
          ("grow3B", GROW3_B, "Own growth material 3, half B, measured only"),
          ("own7B", OWN7_B, "Own goal material 7, half B, measured only"))
TARGET_AGREEMENT = 0.95
TARGET_KAPPA = 0.8


def read_corpus(path: Path) -> list[dict]:
    """The labelled answers of one file (blank lines skipped)."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}, line {number}: not JSON ({exc.msg})") from None
    return rows


def read_real_answers(folder: Path) -> list[dict] | None:
    """The published answers as rows of the corpus shape, or None when the folder or its labels
    are absent. Their labels say ``pitfalls: true`` for *fine*, the check's code is positive when
    a pitfall is found, so the label is turned over; ``overall`` is the verdict."""
    labels_file = folder / "labels.json"
    if not labels_file.is_file():
        return None
    data = json.loads(labels_file.read_text(encoding="utf-8"))
    rows = []
    for answer_id, label in sorted((data.get("labels") or {}).items()):
        text_file = folder / f"{answer_id}.txt"
        if not text_file.is_file():
            continue
        labels = {code: label.get(code) for code in
                  ("skill_growth", "company_result", "quantified", "used_later")}
        if isinstance(label.get("pitfalls"), bool):
            labels["pitfalls"] = not label["pitfalls"]
        labels["verdict"] = label.get("overall")
        rows.append({"id": answer_id, "text": text_file.read_text(encoding="utf-8"),
                     "goals": [], "labels": labels})
    return rows


def predictions(check) -> dict[str, tuple[bool, str]]:
    """What the check says per code, as (positive?, message): a pitfall found is positive."""
    out = {}
    for f in check.findings:
        if f.code == "length":
            continue
        positive = (not f.ok) if f.code == "pitfalls" else f.ok
        out[f.code] = (positive, f.message)
    verdict = getattr(check, "verdict", None)
    if verdict is not None:
        out["verdict"] = (verdict.strong, verdict.message)
    else:  # the check before verdicts: an answer passed when every finding was ok
        out["verdict"] = (check.passed, "passed" if check.passed else "not passed")
    return out


def _label(row: dict, code: str) -> bool | None:
    value = row.get("labels", {}).get(code)
    if code == "verdict":
        return None if value is None else value == "strong"
    return value if isinstance(value, bool) else None


def kappa(tp: int, fp: int, fn: int, tn: int) -> float:
    """Cohen's kappa of two yes/no raters (1.0 when both always give the same single answer)."""
    n = tp + fp + fn + tn
    if n == 0:
        return float("nan")
    observed = (tp + tn) / n
    yes = ((tp + fp) / n) * ((tp + fn) / n)
    no = ((fn + tn) / n) * ((fp + tn) / n)
    expected = yes + no
    if expected >= 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1 - expected)


def evaluate(rows: list[dict]) -> dict:
    """Per-code figures and the disagreements for a list of labelled answers."""
    from workshop.check import check_answer

    counts = {code: [0, 0, 0, 0] for code in CODES}  # tp, fp, fn, tn
    disagreements = []
    verdicts = {"weak_judged_strong": 0, "strong_judged_not": 0, "hollow": 0,
                "hollow_judged_strong": 0}
    for row in rows:
        check = check_answer(row.get("text", ""), row.get("goals") or [])
        said = predictions(check)
        strong_label, strong_check = _label(row, "verdict"), said["verdict"][0]
        if strong_label is not None:
            verdicts["weak_judged_strong"] += (not strong_label) and strong_check
            verdicts["strong_judged_not"] += strong_label and not strong_check
        if row.get("kind") == "hollow":
            verdicts["hollow"] += 1
            verdicts["hollow_judged_strong"] += strong_check
        for code in CODES:
            label = _label(row, code)
            if label is None or code not in said:
                continue
            got, message = said[code]
            cell = (0 if label else 1) if got else (2 if label else 3)
            counts[code][cell] += 1
            if got != label:
                disagreements.append({"id": row.get("id"), "code": code, "label": label,
                                      "check": got, "message": message})
    figures = {}
    for code, (tp, fp, fn, tn) in counts.items():
        n = tp + fp + fn + tn
        figures[code] = {
            "n": n,
            "agreement": (tp + tn) / n if n else float("nan"),
            "precision": tp / (tp + fp) if tp + fp else float("nan"),
            "recall": tp / (tp + fn) if tp + fn else float("nan"),
            "kappa": kappa(tp, fp, fn, tn),
        }
    return {"answers": len(rows), "figures": figures, "disagreements": disagreements,
            "verdicts": verdicts}


def meets_targets(figures: dict) -> bool:
    return all(f["agreement"] >= TARGET_AGREEMENT and f["kappa"] >= TARGET_KAPPA
               for f in figures.values() if f["n"])


def _pct(x: float) -> str:
    return "  -  " if x != x else f"{x * 100:5.1f}%"


def table(title: str, result: dict) -> str:
    lines = [f"{title}: {result['answers']} answers",
             f"{'code':<16}{'n':>4} {'agree':>7} {'prec':>7} {'recall':>7} {'kappa':>6}"]
    for code, f in result["figures"].items():
        k = "  -" if f["kappa"] != f["kappa"] else f"{f['kappa']:6.2f}"
        lines.append(f"{code:<16}{f['n']:>4} {_pct(f['agreement']):>7} {_pct(f['precision']):>7}"
                     f" {_pct(f['recall']):>7} {k:>6}")
    return "\n".join(lines)


def draft_agreement(folders: list[Path]) -> dict | None:
    """Whether 05's check, run on the kit's own draft (90 and 30 s) of each workspace in the
    folders, says a result has a number exactly when 04's score does (its ``quantified`` part,
    ``scoring.has_number``): issue 21's "04 and 05 agree on a result's number"."""
    from workshop.answer_choice import answer_role_id
    from workshop.check import check_answer
    from workshop.draft import plan_draft
    from workshop.scoring import has_number
    from workshop.store import read_workspace

    rows = []
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            ws = read_workspace(path)  # an older version migrated, as the kit reads it
            role_id = answer_role_id(ws)
            role = next((r for r in ws.roles if r.id == role_id), None)
            if role is None:
                continue
            for seconds in (90, 30):
                check = check_answer(plan_draft(ws, role_id, seconds).text, ws.target_role.goals)
                rows.append((f"{path.stem}/{seconds}", has_number(role),
                             check.finding("quantified").ok))
    if not rows:
        return None
    return {"drafts": len(rows), "agree": sum(a == b for _, a, b in rows),
            "score_only": [name for name, a, b in rows if a and not b],
            "check_only": [name for name, a, b in rows if b and not a]}


def _print_draft_agreement() -> None:
    agreement = draft_agreement([EVAL_DIR / "drafts_dev", EVAL_DIR / "drafts_holdout"])
    if agreement is not None:
        print(f"\n04's score and 05's check on a result's number, on the kit's own drafts of "
              f"the draft workspaces: {agreement['agree']}/{agreement['drafts']} agree; "
              f"04 only ({len(agreement['score_only'])}): "
              f"{', '.join(agreement['score_only']) or 'none'}; "
              f"05 only ({len(agreement['check_only'])}): "
              f"{', '.join(agreement['check_only']) or 'none'}")


def side_by_side(sets: dict[str, dict]) -> str:
    """Agreement / kappa per code, one column per set, then the verdict's misses."""
    names = list(sets)
    width = max(14, *(len(n) + 2 for n in names))
    lines = [f"{'code':<16}" + "".join(f"{n:>{width}}" for n in names)]
    for code in CODES:
        cells = []
        for name in names:
            f = sets[name]["figures"][code]
            if not f["n"]:
                cells.append(f"{'-':>{width}}")
                continue
            k = "  -" if f["kappa"] != f["kappa"] else f"{f['kappa']:.2f}"
            cell = f"{f['agreement'] * 100:.0f}% / {k}"
            cells.append(f"{cell:>{width}}")
        lines.append(f"{code:<16}" + "".join(cells))
    rows = (("answers", lambda r: str(r["answers"])),
            ("weak -> Strong", lambda r: str(r["verdicts"]["weak_judged_strong"])),
            ("hollow -> Strong", lambda r: (f"{r['verdicts']['hollow_judged_strong']}/"
                                           f"{r['verdicts']['hollow']}")
             if r["verdicts"]["hollow"] else "-"),
            ("strong -> not", lambda r: str(r["verdicts"]["strong_judged_not"])))
    for label, cell in rows:
        lines.append(f"{label:<16}" + "".join(f"{cell(sets[n]):>{width}}" for n in names))
    return "\n".join(lines)


def _print_others(others: dict[str, dict | None], args) -> None:
    """The published answers and the probe sets: figures, then what may be shown of each
    (development material: every disagreement with the check's message; held out: the ids of
    the published answers, which are read in place and never copied, or nothing at all)."""
    shown = [("real", "Published answers", args.real)]
    shown += [(name, title, getattr(args, name)) for name, _, title in PROBES]
    for name, title, where in shown:
        result = others.get(name)
        print()
        if result is None:
            print(f"({title.lower()}: none at {where}; skipped)")
            continue
        print(table(f"{title} ({where})", result))
        if name in HELD_OUT_PROBES:
            continue  # held out blind: figures only
        if name in DEVELOPMENT:  # what the check said, to study
            print(f"disagreements ({len(result['disagreements'])}):")
            for d in result["disagreements"]:
                print(f"  {d['id']} {d['code']}: label {'yes' if d['label'] else 'no'}, check "
                      f"{'yes' if d['check'] else 'no'}: {d['message']}")
            continue
        ids = [f"{d['id']}:{d['code']}" for d in result["disagreements"]]
        print(f"disagreements ({len(ids)}): " + (", ".join(ids) or "none"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--holdout", type=Path, default=HOLDOUT)
    parser.add_argument("--real", type=Path, default=REAL)
    for name, where, _ in PROBES:
        parser.add_argument(f"--{name}", type=Path, default=where)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.dev.exists():
        print(f"No development corpus at {args.dev}.", file=sys.stderr)
        return 2
    dev = evaluate(read_corpus(args.dev))
    holdout = evaluate(read_corpus(args.holdout)) if args.holdout.exists() else None
    real_rows = read_real_answers(args.real)
    real = evaluate(real_rows) if real_rows else None
    probes = {name: evaluate(read_corpus(getattr(args, name)))
              if getattr(args, name).exists() else None for name, _, _ in PROBES}
    # development material first, then the held-out sets
    others = {name: probes[name] for name in DEVELOPMENT}
    others.update({"holdout": holdout, "real": real})
    others.update({name: probes[name] for name in HELD_OUT_PROBES})
    if args.json:
        out = {"dev": dev}
        for name, result in others.items():
            if result is not None:
                out[name] = {"answers": result["answers"], "figures": result["figures"],
                             "verdicts": result["verdicts"]}
                if name in DEVELOPMENT or name == "real":  # held out blind: figures only
                    out[name]["disagreements"] = [{"id": d["id"], "code": d["code"]}
                                                  for d in result["disagreements"]]
        print(json.dumps(out, indent=2))
        return 0
    print(table("Development set (tests/eval/answers_dev.jsonl)", dev))
    print("targets: agreement >= 95% and kappa >= 0.80 on every code:",
          "met" if meets_targets(dev["figures"]) else "NOT met")
    if dev["disagreements"]:
        print(f"\nDisagreements on the development set ({len(dev['disagreements'])}):")
        for d in dev["disagreements"]:
            said = "yes" if d["check"] else "no"
            print(f"  {d['id']} {d['code']}: label {'yes' if d['label'] else 'no'}, check "
                  f"{said}: {d['message']}")
    if holdout is not None:
        print()
        print(table("Held-out set (tests/eval/answers_holdout.jsonl)", holdout))
        # how many, never which: the held-out answers are measured, not studied
        print(f"held-out disagreements: {len(holdout['disagreements'])}")
    else:
        print(f"\n(no held-out set at {args.holdout})")
    _print_others(others, args)
    sets = {"dev": dev}
    sets.update({name: result for name, result in others.items() if result is not None})
    print("\nSide by side: agreement / kappa per code; verdict misses (studied: "
          "dev, " + ", ".join(DEVELOPMENT) + ", real; held out: holdout, "
          + ", ".join(HELD_OUT_PROBES) + ")")
    print(side_by_side(sets))
    _print_draft_agreement()
    return 0


if __name__ == "__main__":
    sys.exit(main())
