"""Issue 21, twelfth round (branch ``check20``): growth told as a first time, as knowing a
thing thoroughly, or from an admission of being lost at first; pitfalls told by meaning
(colleagues as what kept the speaker going, the money) and look-alikes that are none (the
speaker's own starting state, a team as the subject of a work verb, a vague "learned a ton").

Each class comes with look-alikes that must not count. The sentences are written for these
tests (none is from a corpus)."""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _finding(text: str, code: str):
    return check_answer(text).finding(code)


# -- growth told as a first time, then where it got to ----------------------------------------

@pytest.mark.parametrize("text", [
    "It was my first time operating a cherry picker. Two months in, I was inspecting the "
    "streetlights on the ring road without a supervisor.",
    "That placement was my first go at writing grant bids, and by the end of the year I was "
    "drafting the charity's biggest applications.",
    "Honestly it was the first time ever that I'd touched a lathe; by spring I was turning the "
    "brass fittings for the whole workshop.",
    "my 1st time doing bookkeeping. by month four i was reconciling all six bank accounts "
    "on my own",
])
def test_growth_told_as_a_first_time_then_an_end_is_growth(text):
    finding = _finding(text, "skill_growth")
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "It was my first time living in a big city, and I worked at the museum shop until 2019.",
    "The first time I visited the plant was in 2015.",
])
def test_a_first_time_with_no_skill_reached_is_no_growth(text):
    assert not _finding(text, "skill_growth").ok


# -- growth told as knowing a thing thoroughly ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Over those two winters I got to know the boiler control panels inside out.",
    "I came to know the tax code for charities like the back of my hand.",
    "By my third season I knew every tide table and mooring rule in the harbour back to front.",
    "I got to understand the payroll software thoroughly and built the overtime report on it.",
])
def test_knowing_a_thing_thoroughly_after_the_job_is_growth(text):
    finding = _finding(text, "skill_growth")
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "I know the bus routes inside out because my father drove them for years.",
    "I already knew spreadsheets inside out before I joined, so I kept the rota.",
])
def test_knowing_a_thing_already_is_no_growth(text):
    assert not _finding(text, "skill_growth").ok


# -- an admission of being lost at first: the start of an arc, not a complaint ----------------

@pytest.mark.parametrize("text", [
    "When the firm took me on I was completely clueless about wiring diagrams; by the end of "
    "the contract I was signing off the panel tests.",
    "Junior analyst at a small insurance firm (clueless at first). Learned to build the claims "
    "models in R and the quarterly reserve review moved to my model.",
    "I felt useless in the first month at that office, but I learned to take the minutes and "
    "by spring I was writing the board papers.",
])
def test_being_lost_at_first_is_no_complaint(text):
    finding = _finding(text, "pitfalls")
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "The owners were clueless about stock and the whole place was a shambles.",
    "Management was clueless, and I was frustrated with my manager every single week.",
])
def test_an_employer_called_clueless_is_still_a_complaint(text):
    assert not _finding(text, "pitfalls").ok


def test_no_idea_what_i_was_doing_then_now_i_can_is_growth():
    text = ("No idea what I was doing at first, honestly. Now I can service a whole "
            "commercial kitchen's extraction system on my own.")
    finding = _finding(text, "skill_growth")
    assert finding.ok, finding.message


# -- vague learning: a ton of it names no skill ---------------------------------------------

@pytest.mark.parametrize("text", [
    "barista @ station cafe 2021-2022, learned a ton, made the coffees, kept the counter tidy",
    "I learned tons in that job and did the deliveries every morning.",
])
def test_learning_a_ton_names_no_skill(text):
    assert not _finding(text, "skill_growth").ok


# -- colleagues told as what kept the speaker going -------------------------------------------

@pytest.mark.parametrize("text", [
    "The guys on the night crew kept me going when the orders piled up.",
    "My workmates carried me through that first winter on the docks.",
    "Honestly my colleagues were everything to me in that office.",
    "What kept me going through the audits was the other clerks.",
    "I couldn't have done it without my team, they always had my back.",
])
def test_colleagues_as_what_kept_me_going_are_the_team_pitfall(text):
    finding = _finding(text, "pitfalls")
    assert not finding.ok
    assert "team" in finding.message


@pytest.mark.parametrize("text", [
    "I learned to plan the loading, which helped the warehouse team close the month a day "
    "earlier.",
    "The sales team closed three big accounts after I rebuilt the pricing sheet.",
    "I worked with the guys in goods-in on a new labelling routine.",
])
def test_a_team_as_the_subject_of_a_work_verb_is_no_pitfall(text):
    finding = _finding(text, "pitfalls")
    assert finding.ok, finding.message


# -- the money told as what the job gave ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The tips there were insane, some nights more than my wage.",
    "The overtime was unreal that summer.",
    "I was earning 700 a week on the rigs at nineteen.",
])
def test_the_money_praised_is_the_perks_pitfall(text):
    finding = _finding(text, "pitfalls")
    assert not finding.ok
    assert "perks" in finding.message


@pytest.mark.parametrize("text", [
    "I learned to price the jobs, and the firm was earning about 12 percent more a job.",
    "I took on the tips reconciliation and cut the errors to none.",
])
def test_money_as_the_work_is_no_perk(text):
    finding = _finding(text, "pitfalls")
    assert finding.ok, finding.message


# -- more pitfalls told by meaning, in world Englishes too ------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("Back then I was on serious money for a twenty-year-old.", "perks"),
    ("The shift manager was an absolute gem and always looked out for us.", "the great team"),
    ("We were a real family on that ward.", "the great team"),
    ("My superiors were very kind and helpful to me, like older sisters.", "the great team"),
    ("I just needed a role near my flat with steady hours.", "what you wanted"),
    ("Running a branch of my own was always my ambition.", "what you wanted"),
    ("The head office was a shambles from top to bottom.", "complaints"),
    ("The firm treated its cleaners appallingly.", "complaints"),
    ("What I'll miss is the banter between the porters.", "fun"),
])
def test_pitfalls_told_by_meaning(text, kind):
    finding = _finding(text, "pitfalls")
    assert not finding.ok
    assert kind in finding.message


@pytest.mark.parametrize("text", [
    "I ran the lunch club for the seniors in the village hall and numbers doubled.",
    "We were a family firm of six, and I learned to do the VAT returns.",
    "I treated the burns patients on the night rota and learned to dress wounds.",
])
def test_look_alikes_of_pitfalls_by_meaning_are_none(text):
    finding = _finding(text, "pitfalls")
    assert finding.ok, finding.message


# -- hollow claims: a vague amount learned, a duty after "helped <them> to", a speed-up ---------

@pytest.mark.parametrize("text", [
    "I learned an enormous amount at the garden centre.",
    "Big learning curve at the call centre, and I dealt with the queries.",
])
def test_a_vague_amount_learned_is_no_growth(text):
    assert not _finding(text, "skill_growth").ok


@pytest.mark.parametrize("text", [
    "I helped the surgery to receive patients and log their repeat prescriptions.",
    "I helped the cinema to sell tickets and scan them at the door.",
])
def test_a_duty_after_helped_them_to_is_no_result(text):
    assert not _finding(text, "company_result").ok


def test_the_speakers_own_speed_up_is_growth_not_a_result():
    check = check_answer("By my second summer I got three times as quick at picking orders.")
    assert check.finding("skill_growth").ok
    assert not check.finding("company_result").ok


# -- a complaint about "he" or "she" is about them; what they said is their words ------------

@pytest.mark.parametrize("text", [
    "She was the most useless supervisor in the whole depot.",
    "He was an awful boss to everyone on the night shift.",
])
def test_a_complaint_about_him_or_her_is_a_complaint(text):
    finding = _finding(text, "pitfalls")
    assert not finding.ok
    assert "complaints" in finding.message


@pytest.mark.parametrize("text", [
    "She told the board the old warehouse was a mess, and I rebuilt the pick lists.",
    "He reckoned the last manager was terrible, so I learned to run the rota myself.",
])
def test_what_he_or_she_said_is_their_words(text):
    finding = _finding(text, "pitfalls")
    assert finding.ok, finding.message


# -- growth names its skill in its own conjunct --------------------------------------------

@pytest.mark.parametrize("text", [
    "I developed many useful skills and supported the trust's vision of better care.",
    "I gained lots of transferable skills, and I helped the school with its open days.",
])
def test_growth_with_no_skill_in_its_own_conjunct_is_bare(text):
    assert not _finding(text, "skill_growth").ok


@pytest.mark.parametrize("text", [
    "I gained useful skills in bookkeeping and helped the café with its accounts.",
    "I learned to calibrate the gauges and log the readings.",
])
def test_growth_that_names_its_skill_in_its_conjunct_counts(text):
    finding = _finding(text, "skill_growth")
    assert finding.ok, finding.message


# -- pitfalls by meaning: a ladder, pay by what it cleared, flexibility valued ---------------

@pytest.mark.parametrize(("text", "kind"), [
    ("Two steps up in eighteen months, from porter to head porter.", "the promotion"),
    ("They fast-tracked me onto the leadership scheme in my first year.", "the promotion"),
    ("Within a year they had given me my own branch to run.", "the promotion"),
    ("The wages paid off my overdraft before Christmas.", "perks"),
    ("My flights home never cost me a penny.", "perks"),
    ("I could work from anywhere with a laptop, which was brilliant.", "perks"),
    ("The work-life balance was second to none.", "perks"),
    ("Nobody in head office had a clue what the stores needed.", "complaints"),
    ("My team leader would put her own name on my spreadsheets.", "complaints"),
    ("I need a company that values its staff.", "what you wanted"),
    ("Going in never felt like a chore.", "enjoyment"),
])
def test_more_pitfalls_by_meaning(text, kind):
    finding = _finding(text, "pitfalls")
    assert not finding.ok
    assert kind in finding.message


@pytest.mark.parametrize("text", [
    "What I enjoyed most was getting quicker at the month-end close, and we closed two days "
    "earlier.",
    "I worked out the delivery costs for each route, and the fuel card spend fell by a tenth.",
    "I moved the stock up to the mezzanine so the pickers could reach it.",
])
def test_look_alikes_of_these_pitfalls_are_none(text):
    finding = _finding(text, "pitfalls")
    assert finding.ok, finding.message


# -- typed: "came in knowing ..." opens an arc; vague learning told with "taught me so much" ---

def test_a_typed_line_opening_came_in_is_the_speakers_start():
    text = ("- data clerk @ a housing charity\n- came in with zero SQL; ended up "
            "writing the monthly arrears reports")
    finding = _finding(text, "skill_growth")
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "The depot job, because it taught me so much, and the skills I picked up there, I use "
    "them every day.",
    "Came in as a temp and stayed three years.",
])
def test_learning_that_names_nothing_in_its_conjunct_is_no_growth(text):
    assert not _finding(text, "skill_growth").ok
