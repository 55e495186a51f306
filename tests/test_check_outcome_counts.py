"""Results told as a count or a state, with no change verb (issue 21, check51).

What the speaker's work earned ("the guide I wrote sold 3,000 copies"), a count their group
reached by a point in time ("by the end of the year we had 120 regular volunteers"), their work
still standing where the organisation put it ("the mural I painted is still on the library
wall"), a share of the people they taught who passed, an absence told as a state over a period
("we recorded no injuries"): each is an outcome for the organisation. Duties, sizes, problems,
the speaker's own rate and someone else's work stay no result."""

import pytest

from workshop.check import check_answer


def _codes(text: str) -> dict[str, bool]:
    return {f.code: f.ok for f in check_answer(text).findings}


@pytest.mark.parametrize("text", [
    # what the speaker's work earned, counted
    "At the press I learned copy-editing, and the cookbook I edited sold 9,500 copies.",
    "I learned Kotlin at the agency. The booking app we built passed 25k downloads.",
    "I learned to film at the museum. The short I shot was watched 18,000 times online.",
    "At the radio station I learned to produce, and my podcast clocked up 70,000 listens.",
    "I learned layout at the council. I designed a recycling leaflet. The leaflet got 400 "
    "sign-ups for the food-waste bins.",
    # a count the speaker's group reached by a point in time
    "I learned to recruit at the lifeboat charity. By the end of the year we had 140 regular "
    "volunteers.",
    "I learned to run sessions at the chess club, and within a term our club had about 50 "
    "young players.",
    # the speaker's work still standing where the organisation put it
    "I learned signwriting at the garden centre. The board I painted is still up by the "
    "entrance.",
    "I learned to write procedures at the bakery. I wrote an allergen chart and it's still "
    "on the wall by the ovens.",
    # a share of the people taught who passed, an absence over a period
    "I learned to teach driving theory. Fourteen of the sixteen learners in my group passed "
    "first go.",
    "I learned to run toolbox talks, and the next year our depot recorded no injuries.",
    "I set up a cleaning log, and at the next two hygiene checks our kitchen came back with no "
    "findings.",
    # a state that says it changed, a standing, a sale with its value
    "I learned to run baby-sign classes, and the Thursday classes were fully booked for the "
    "first time.",
    "I learned to audit cold rooms. The stores I audited had the fewest temperature breaches "
    "in the chain.",
    "I learned to negotiate at the wholesaler and I closed a deal worth 80,000 euros.",
])
def test_an_outcome_told_as_a_count_or_a_state_is_a_result(text):
    """Each of these tells what changed for the organisation without a change verb."""
    assert _codes(text)["company_result"], text


@pytest.mark.parametrize("text", [
    "At the press I learned copy-editing, and the cookbook I edited sold 9,500 copies.",
    "I learned Kotlin at the agency. The booking app we built passed 25k downloads.",
    "I learned to recruit at the lifeboat charity. By the end of the year we had 140 regular "
    "volunteers.",
    "I learned to teach driving theory. Fourteen of the sixteen learners in my group passed "
    "first go.",
])
def test_the_count_of_such_an_outcome_is_its_number(text):
    """The count in the outcome's clause is the result's number."""
    assert _codes(text)["quantified"], text


@pytest.mark.parametrize("text", [
    # duties and the speaker's own rate
    "I learned to work the switchboard. I put through 60 calls a day.",
    "I learned to pick orders. I packed 250 boxes a shift.",
    "I learned to sell at the farm shop. I sold 30 jars of honey a day.",
    # sizes and problems
    "I learned to lead at the depot. I was one of a crew of 14.",
    "I learned to triage at the repair desk. We had a queue of 700 open jobs.",
    "I learned to plan at the youth club. We had 60 kids on the waiting list.",
    # a start, a loss, the speaker's own book of clients
    "I learned to recruit at the charity. When I joined we had 12 volunteers.",
    "I learned to recruit at the charity. By the end of the year we had lost 30 members.",
    # someone else's work, the speaker liking it, the speaker's own place
    "I learned to proofread at the paper. My editor's book sold 8,000 copies.",
    "I learned to proofread at the paper. I liked the novel. The novel sold 8,000 copies.",
    "I learned to paint at the studio. My old boss made a sign and it's still up.",
    "I learned to paint at the studio. My sketches are still in my bag.",
    "I learned to paint at the studio. I am still on the rota there.",
    # a person's own state, the speaker as subject of a count
    "I learned data entry. By the end I was getting through three times as many forms.",
    "I still remember my first round - I got lost five times.",
    "I learned to serve at the cafe. I was full for the first time in weeks.",
])
def test_duties_sizes_and_others_work_stay_no_result(text):
    """A count that is a duty, a size, a problem, a start, a loss or someone else's is no
    result for the organisation."""
    assert not _codes(text)["company_result"], text


@pytest.mark.parametrize("text", [
    "I helped the charity grow. I became an expert. The charity is still going.",
    "I helped the business do better. I went from beginner to pro. Our shop had many "
    "customers by the end.",
])
def test_hollow_answers_do_not_pass_on_a_state(text):
    """A hollow answer that names a state with no work of the speaker's behind it and no
    count is not made strong by these readings."""
    assert not check_answer(text).verdict.strong, text
