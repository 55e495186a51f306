"""What the organisation kept of the speaker's work is a result (issue 21, check27): "the
depot kept my loading plan", and "that checklist" pointing back to one the speaker has just
told ("the clinic still hands out that leaflet"). "Kept changing the rota" is going on doing
something, not keeping the speaker's work. Sentences in other words than the material."""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _result(text: str):
    return next(f for f in check_answer(text).findings if f.code == "company_result")


@pytest.mark.parametrize("text", [
    "I learned to plan a trailer load by weight. The depot kept my loading plan as the standard "
    "for every night shift.",
    "I had never written patient information before, so I wrote a leaflet on wound care with "
    "the nurses. The clinic still hands out that leaflet to every new patient.",
])
def test_the_speakers_work_kept_or_pointed_back_to_is_a_result(text):
    assert _result(text).ok


def test_going_on_doing_something_is_no_uptake():
    """"kept changing" is the aspect of another verb, not an uptake of the speaker's work."""
    assert not _result("I learned to count cash quickly. The owner kept changing our rota, "
                       "which drove us all mad.").ok
