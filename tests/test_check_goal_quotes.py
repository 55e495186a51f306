"""Each goal the check credits is shown with the sentence that backs it, so a participant can
see a goal credited on a sentence about something else (participant look: four goals listed
behind one quote, one of them backed by a sentence that never named it)."""

from workshop.check import check_answer
from workshop.check_goals import evidence_said

ANSWER = ("My three years as a stock controller at a builders' merchant gave me the most, "
          "because that is where I learned to run cycle counts. At first I only counted the "
          "aisles I was told to; by the end I planned the counts for the whole yard. "
          "I cut stock write-offs from 4% to 1.5% in a year. "
          "I also trained the four new yard staff on the scanners, and every one of them "
          "was counting on their own within a month.")


def test_each_credited_goal_quotes_its_own_sentence():
    finding = check_answer(ANSWER, goals=["Reduce stock write-offs", "Train new yard staff"]
                           ).finding("goals_match")
    assert finding.ok, finding.message
    message = finding.message
    assert message.startswith("Matches 2 of 2 goals with evidence: "), message
    write_offs = message.index("Reduce stock write-offs")
    train = message.index("Train new yard staff")
    assert "write-offs from 4% to 1.5%" in message[write_offs:train], message
    assert "trained the four new yard staff" in message[train:], message


def test_goals_backed_by_one_sentence_share_its_quote():
    one, other = object(), object()
    said = evidence_said(["a", "b", "c"], {"a": one, "b": other, "c": one},
                         lambda s: "<1>" if s is one else "<2>")
    assert said == "a; c (<1>); b (<2>)", said


def test_a_goal_not_backed_is_still_listed_as_not_yet_backed():
    finding = check_answer(ANSWER, goals=["Reduce stock write-offs", "Negotiate with suppliers"]
                           ).finding("goals_match")
    assert "Not yet backed by a skill or a result: Negotiate with suppliers." in finding.message
