"""Pitfalls by meaning and by whose words (issue 21, class 5; check61): what the speaker got
told without a pitfall word (a rank reached, pay that rose or came on time, hours that fitted
the speaker's life, the career the speaker always pictured, a crew that made the nights fly),
and a judgement whose subject is the one in charge ("the supervisor couldn't plan a rota",
"the directors were never the fairest people to work for", "my old place never listened").
Their look-alikes stay clean: the judgement the speaker answered with work, the praise of what
a colleague had, a temper that belongs to someone the work serves, a rank word that is no rank
reached, pay that others got, and a promotion set aside. Sentences in our own words."""

import pytest

from workshop.check import check_answer, pitfall_phrases


def _pitfall(text: str) -> bool:
    return not check_answer(text, []).finding("pitfalls").ok


@pytest.mark.parametrize(("text", "kind"), [
    # a rank the speaker reached
    ("Six months in I got made night supervisor.", "promotion"),
    ("I rose from cleaner to site supervisor within two years.", "promotion"),
    ("Taking that post set me up for the jump to deputy manager.", "promotion"),
    # what the job gave the speaker
    ("The job paid me more than my friends were earning.", "perks"),
    ("My monthly take-home doubled in that post.", "perks"),
    ("The hours fitted around my kids' school run.", "perks"),
    ("I could fly anywhere in Europe for next to nothing.", "perks"),
    # what the speaker wanted
    ("It was the career I'd always dreamed of.", "wanted"),
    ("I'd been hoping for a company that would pay for my degree.", "wanted"),
    # the crew as what made the job
    ("The crew made the nights fly.", "team"),
    ("The drivers' mates on our yard would do anything for you.", "team"),
    # the one in charge judged
    ("My supervisor couldn't plan a rota to save her life.", "blame"),
    ("The directors were never the fairest people to work for.", "blame"),
    ("The regional manager came round and told us to redo the display again.", "blame"),
    ("My old place never listened to anybody on the floor.", "complaints"),
    ("The owner was clueless and never asked how we did it.", "complaints"),
    ("The previous owner ran the place into the ground.", "blame"),
    ("My last manager never gave anyone a chance.", "blame"),
    # more of what the speaker got, each by who benefits
    ("The girls on my shift made the whole thing worth it.", "team"),
    ("That job put me through college.", "perks"),
    ("The early finish meant I could be there for my kids.", "perks"),
    ("I was the youngest supervisor they'd ever had.", "promotion"),
    ("It was a good stepping stone for my career.", "wanted"),
])
def test_what_the_speaker_got_or_said_of_the_one_in_charge_is_a_pitfall(text, kind):
    assert _pitfall(text)
    assert kind in pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    # the served likened, a colleague's idea used, a served person's temper
    "We treated every guest like family, and repeat bookings rose by a fifth.",
    "A colleague had a brilliant shortcut for the stock count, and I turned it into a checklist "
    "the whole store used.",
    "One courier was known for her temper, so I learned to log every parcel and ring her ahead.",
    # the judgement the speaker answered with work
    "The manager couldn't read the old stock reports, so I built a one-page summary she used "
    "every Monday.",
    # a rank word that is no rank reached; pay that others got
    "I was made responsible for the supervisor's handover notes.",
    "Our suppliers were paid on time once I fixed the ledger.",
    "The new rota paid for itself within a month.",
    # a promotion set aside; a conjunction that is no verb
    "I did get made up to deputy manager, but that's not why the job mattered. I learned to "
    "cost a menu and cut our food waste by a third.",
    "I'd always cooked by eye, but the head chef showed me how to cost a dish.",
    # training the employer paid for, a rank's post that someone else filled, others' school run
    "They put me through my forklift licence, and I trained six others on it.",
    "When the supervisor post came up, I helped interview the candidates and wrote the induction "
    "pack.",
    "I planned the drops around the school run traffic, and late deliveries fell by half.",
])
def test_their_look_alikes_are_no_pitfall(text):
    assert not _pitfall(text), pitfall_phrases(text)
