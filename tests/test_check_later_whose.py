"""A later use counts only when it is the speaker's own (issue 21, check12): someone else
still using what the speaker made is the practice living on, a result at most, never the
speaker's later use, and never the sentence quoted as one. Sentences in our own words."""

import pytest

from workshop.check import check_answer

GROWTH = "At the depot I learned to plan driver rotas from scratch, from knowing nothing to " \
         "planning the whole site's shifts. "


def _later(text: str):
    return check_answer(GROWTH + text).finding("used_later")


@pytest.mark.parametrize("later", [
    "The warehouse still runs my rota.",
    "It's still used there, as far as I know.",
    "The other sites adopted my rota and they still use it now.",
    "My manager told me the planners are still using that rota today.",
    "The team kept my rota after I left, and it's still used there.",
    "My rota is still used at the depot today.",
])
def test_someone_elses_use_is_no_later_use(later):
    finding = _later(later)
    assert not finding.ok, finding.message


@pytest.mark.parametrize("later", [
    "I still use that rota method in my current job.",
    "Now, at the hospital, I still plan the porters' rotas the same way.",
    "We still use my rota in my current job, where I set it up.",
    "Rota planning is what I rely on today in my new job.",
    "That is where I got the habit, which I still use today at the bus company.",
    "Those planning skills carried over into my current role at the hospital.",
    "It has stood me in good stead in every job since.",
])
def test_the_speakers_own_use_counts(later):
    finding = _later(later)
    assert finding.ok, finding.message


def test_the_quote_is_the_sentence_that_says_the_speakers_use():
    finding = _later("The warehouse still runs my rota. "
                     "I still use that rota method in my current job.")
    assert finding.ok, finding.message
    assert "I still use that rota method" in finding.message, finding.message
    assert "warehouse still runs" not in finding.message, finding.message
