"""A goal is credited only by a claim that speaks to it (issue 21, check12): its object, in
the goal's direction, by meaning in other words where ``data/goal_meanings.json`` relates
them; never by a word shared in another sense, a proper name the goal does not name, a verb
alone, or a job title. Sentences in our own words, with look-alikes that must not count."""

import pytest
from helpers_data import own_data, set_at

from workshop.check import check_answer
from workshop.errors import ValidationError
from workshop.resources import load_json


def _credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []


# --- proper names: an employer or another product names no skill of the goal's -------------

@pytest.mark.parametrize("text", [
    "At Zoho I learned to run the sales team's weekly reports, and our close rate went up "
    "20% that year.",
    "I learned Pipedrive inside out, and the sales team closed 15% more deals that year.",
])
def test_another_firms_name_or_tool_backs_no_tool_goal(text):
    assert _credited(text, ["keep our Salesforce CRM accurate"]) == []


@pytest.mark.parametrize(("goal", "text"), [
    ("keep our Salesforce CRM accurate",
     "I learned to clean our Salesforce records every Friday, and duplicate leads fell by 40%."),
    ("strong Excel skills",
     "I got fluent in Excel lookups and pivot tables, and the month-end pack went from two "
     "days to half a day."),
])
def test_the_tool_the_goal_names_backs_it(goal, text):
    assert _credited(text, [goal]) == [goal]


# --- a verb alone, a word in another sense, a job title ------------------------------------

@pytest.mark.parametrize(("goal", "text"), [
    ("build a sales pipeline", "I learned to build supply programmes for the schools, and we "
                               "cut delivery costs by 10%."),
    ("train new drivers", "I learned to train my eye on the gauges, and breakdowns fell by a "
                          "third."),
])
def test_the_goals_verb_alone_backs_nothing(goal, text):
    assert _credited(text, [goal]) == []


@pytest.mark.parametrize("text", [
    "I learned to train the other pickers on the scanners, and mis-picks fell by a third.",
    "I trained the new bartenders to the same spec, and our stock losses halved.",
])
def test_a_people_goals_act_done_to_people_backs_it(text):
    assert _credited(text, ["train new staff"]) == ["train new staff"]


def test_an_act_done_to_people_backs_only_a_goal_whose_head_is_people():
    """"customer" in "deliver customer projects" names whose projects, not who the act is
    done to: the goal is about projects."""
    text = "I delivered the new starters induction, and complaints fell by half."
    assert _credited(text, ["deliver customer projects"]) == []
    text = "I learned to mentor the two new juniors, and both passed probation early."
    assert _credited(text, ["mentor junior designers"]) == ["mentor junior designers"]


def test_the_goals_verb_with_its_object_backs_it():
    text = "I learned to build a sales pipeline from cold calls, and it grew to 60 leads."
    assert _credited(text, ["build a sales pipeline"]) == ["build a sales pipeline"]


@pytest.mark.parametrize(("goal", "text"), [
    ("grow the lettings portfolio", "I joined as a lettings negotiator, and within two years "
                                    "I learned to value homes and run my own branch."),
    ("reduce transport costs", "As a transport planner I learned to build loads by weight "
                               "and drop order rather than by eye."),
])
def test_a_job_title_in_lowercase_backs_no_goal(goal, text):
    assert _credited(text, [goal]) == []


def test_as_a_result_is_no_job_title():
    text = "I learned to plan loads by weight, and as a result transport costs fell by 12%."
    assert _credited(text, ["reduce transport costs"]) == ["reduce transport costs"]


# --- direction: the goal's object moved the other way ---------------------------------------

@pytest.mark.parametrize(("goal", "backs", "other_way"), [
    ("grow sales", "I learned to dress the window, and sales rose 10% that winter.",
     "I learned to dress the window, and sales fell 10% that winter."),
    # backed by a word of the same meaning ("sick days" for absence), the direction still holds
    ("reduce absence", "I learned to hold return-to-work chats, and sick days on my team fell "
                       "from nine to four a year.",
     "I learned to hold return-to-work chats, and sick days on my team rose from four to nine "
     "a year."),
])
def test_a_result_told_the_other_way_backs_no_goal(goal, backs, other_way):
    assert _credited(backs, [goal]) == [goal]
    assert _credited(other_way, [goal]) == []


# --- recitals and one claim for every goal --------------------------------------------------

def test_a_recital_beside_a_claim_earns_only_the_goal_the_claim_speaks_to():
    goals = ["build pipelines", "reduce churn", "reduce costs"]
    text = ("I'm passionate about building pipelines and reducing churn. I learned to plan "
            "the rota, and overtime fell by 30%.")
    assert _credited(text, goals) == ["reduce costs"]


# --- meaning in other words: one case per family of data/goal_meanings.json ------------------

FAMILIES = {
    # family: (goal, a result that backs it, the same told the other way)
    "churn": ("reduce churn", "I learned to call every client whose usage dropped, and fewer "
              "clients left us that year.", "I learned to call every client whose usage "
              "dropped, but more clients left us that year."),
    "transport": ("reduce transport costs", "I learned to build loads by weight, and empty "
                  "miles on our fleet dropped by 15 percent.", "I learned to build loads by "
                  "weight, and empty miles on our fleet increased by 15 percent."),
    "sales": ("grow sales", "I learned to demonstrate the e-bikes on the test track, and we "
              "sold a third more of them that spring.", "I learned to demonstrate the e-bikes "
              "on the test track, but we sold fewer of them that spring."),
    "attendance": ("reduce no-shows", "I learned to ring every client the day before, and "
                   "skipped sessions fell by half.", "I learned to ring every client the day "
                   "before, but skipped sessions rose by half."),
    "service_complaints": ("deliver excellent customer service", "I learned to explain the "
                           "warranty terms at the till, and refunds dropped by a quarter.",
                           "I learned to explain the warranty terms at the till, but refunds "
                           "increased by a quarter."),
    "conflict": ("conflict resolution", "I learned to keep the queue moving at the food bank, "
                 "and rows between visitors fell to a couple a month.", "I learned to keep the "
                 "queue moving at the food bank, but rows between visitors rose to a couple a "
                 "week."),
    "wellbeing": ("support staff wellbeing", "I learned to plan the rota around school runs, "
                  "and stress absences dropped by half.", "I learned to plan the rota around "
                  "school runs, but stress absences rose by half."),
    "debt": ("credit control", "I learned to call customers the day a bill fell due, and "
             "overdue balances dropped by £30,000.", "I learned to call customers the day a "
             "bill fell due, but overdue balances increased by £30,000."),
    # a goal that asks no direction: the speaker's work done alone, not others' less often
    "autonomy": ("work unsupervised", "I learned to close the month-end books from scratch, "
                 "and by my last quarter I was closing them without any help.", "I learned to "
                 "plan the night rota, and fewer of us had to do nights alone after that."),
    "pressure": ("thrive under pressure in a fast-paced kitchen", "I used to panic when six "
                 "tickets came in at once, and by my second summer I was running the pass on "
                 "Saturdays.", "I learned to run the pass from scratch, but more of the new "
                 "cooks panicked on Saturdays after that."),
    "plain_speaking": ("explain technical findings to non-technical audiences", "I learned to "
                       "open every report with a one-page plain summary, and by my last year "
                       "councillors followed my slope reports without a single question.",
                       "I learned to write the soil reports from scratch, though my summaries "
                       "got shorter and fewer over the years."),
    # named as the goal's means, after "through": asks no direction of its own
    "differentiation": ("raise attainment through differentiated instruction", "I learned to "
                        "split the room into three levels on the same topic, and by summer the "
                        "bottom set had caught up.", "I learned to plan lessons from scratch, "
                        "but I cut the groups from three levels to one."),
    # keeping one's head told as staying calm: asks no direction of its own
    "composure": ("work well under pressure", "I learned to keep calm when three patients "
                  "arrived at once, and by winter I was running the triage desk.", "I learned "
                  "to run the triage desk, but fewer of the new nurses stayed calm on busy "
                  "nights after that."),
    "leaving": ("improve member retention", "I learned to ask every caller why they were "
                "leaving, and fewer people left the gym that spring.", "I learned to ask every "
                "caller why they were leaving, but more people left the gym that spring."),
    "footfall": ("increase footfall", "I learned to run Saturday repair clinics, and more "
                 "families came through the door every week.", "I learned to run Saturday "
                 "repair clinics, but fewer families came through the door every week."),
    # the forecast told as working out how many would sell: asks no direction of its own
    "forecasting": ("forecast demand", "At the bakery I learned to work out how many loaves we "
                    "would sell each day from the weather, and by spring I wrote the orders.",
                    "I learned to bake from scratch, but fewer of us knew how many loaves we "
                    "would sell once the market moved."),
}


def test_every_family_in_the_file_has_its_case():
    assert set(load_json("goal_meanings.json")["families"]) == set(FAMILIES)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_a_family_backs_its_goal_in_its_direction_only(family):
    goal, backs, other_way = FAMILIES[family]
    assert _credited(backs, [goal]) == [goal]
    assert _credited(other_way, [goal]) == []


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_without_its_family_the_goal_is_not_backed(tmp_path, monkeypatch, family):
    """The family, not another route, is what backs the goal in its case."""
    goal, backs, _ = FAMILIES[family]
    own_data(tmp_path, monkeypatch, "goal_meanings.json",
             lambda d: d["families"].pop(family))
    assert _credited(backs, [goal]) == []


@pytest.mark.parametrize(("edit", "field"), [
    (set_at(["familys"], {}), "familys"),
    (set_at(["families", "churn", "direction"], "sideways"), "families.churn"),
    (set_at(["families", "churn", "said"], "clients left"), "families.churn"),
    (set_at(["change_words", "up"], []), "change_words"),
    (set_at(["role_nouns"], ["er"]), "role_nouns"),
])
def test_a_broken_meanings_file_is_said_naming_the_file_and_the_key(
        tmp_path, monkeypatch, edit, field):
    own_data(tmp_path, monkeypatch, "goal_meanings.json", edit)
    with pytest.raises(ValidationError) as caught:
        check_answer("I learned to plan rotas and cut overtime by 20%.", ["reduce costs"])
    assert caught.value.field == field
    assert "goal_meanings.json" in str(caught.value) and "\n" not in str(caught.value)
