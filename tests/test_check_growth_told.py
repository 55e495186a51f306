"""Growth, later use and pitfalls as people tell them (issue 21, check29): classes seen on
``tests/eval/growth_own/`` half A. Every sentence here is written for these tests, in other
words and fields than that set."""

from workshop.check import check_answer


def _finding(text: str, code: str):
    return check_answer(text).finding(code)


def _pitfall(text: str) -> bool:
    return not _finding(text, "pitfalls").ok


def test_enjoying_the_learning_is_no_pitfall_without_most():
    """"What I liked was learning to ..." is the learning, not the fun of the job, whether or
    not the speaker says "most"."""
    for text in ("What I liked was learning to run the sound desk; before that I had only ever "
                 "plugged in a microphone.",
                 "What I enjoyed was getting better at reading blueprints."):
        assert not _pitfall(text), text


def test_flexible_hours_told_in_the_speakers_words_are_a_perk():
    """Hours the speaker could choose, told without the word "flexible", are the perk."""
    for text in ("I could come in whenever I wanted, which suited me with the school run.",
                 "I could choose my shifts, and I learned to cut hair properly there.",
                 "We used to knock off early on Fridays and I learned to tile there."):
        assert _pitfall(text), text


def test_going_up_grades_is_a_promotion_whoever_the_subject():
    """A step up counted in grades or bands is the promotion, with or without "I" before it."""
    text = "The biggest thing for me was going up three bands in two years."
    assert _pitfall(text)
    assert "promotion" in _finding(text, "pitfalls").message.lower()


def test_courses_and_certificates_that_name_no_skill_are_no_growth():
    """Courses in bulk, a course named only by its length and a certificate with nothing in
    it grow no named skill; a course that names its trade still does."""
    for text in ("The firm put me on lots of courses and I came back with two certificates.",
                 "I was sent on a one-day course and that was it."):
        assert not _finding(text, "skill_growth").ok, text
    assert _finding("They sent me on a three-day first-aid course and I passed it.",
                    "skill_growth").ok


def test_skills_picked_up_but_never_named_are_no_growth_and_no_later_use():
    text = "I rely on the skills I picked up there all the time."
    assert not _finding(text, "skill_growth").ok
    assert not _finding(text, "used_later").ok
    assert not _finding("It made me better at everything I do.", "skill_growth").ok


def test_a_concessive_still_is_no_later_use():
    """"Still, I learned ..." sets the learning against what came before; it says nothing of
    a use after the job."""
    text = ("The manager was away most of the year. Still, I learned to cost a menu and our "
            "food spend fell by 8 percent.")
    assert _finding(text, "skill_growth").ok
    assert not _finding(text, "used_later").ok
    assert _finding("I learned to cost a menu there, and I still cost every menu that way.",
                    "used_later").ok


def test_a_story_that_opens_on_a_first_day_is_an_arc():
    """A scene told on the first day or night, then where the speaker got to, is growth."""
    text = ("First night on the hotel front desk. Guests queueing, I can't work the booking "
            "screen. Within three months I was the one training the new receptionists.")
    assert _finding(text, "skill_growth").ok


def test_an_arc_that_ends_on_a_bare_lesson_is_no_growth():
    """A start ("my first week") whose end is "I learned from it" names nothing grown: the
    rules read no arc there (the learned reader may still speak where the rules found nothing,
    ``workshop/check_learned.py``)."""
    from workshop.check_rules import rules
    from workshop.claims import read_claims
    from workshop.reading import read

    r = rules()
    text = ("In my first week at the call centre I hung up on a customer by mistake. I learned "
            "from it and carried on.")
    found = read_claims(r, read(text, r.grammar))
    assert not [c for c in found.growth if c.real and c.arc]


def test_growth_told_by_what_colleagues_started_asking_for():
    """Colleagues coming or turning to the speaker for a thing the speaker once could not do
    is where the growth got to, with no learn verb."""
    text = ("The drivers started ringing me whenever a tachograph reading looked wrong, which "
            "at first I couldn't make sense of at all.")
    assert _finding(text, "skill_growth").ok


def test_growth_told_in_the_present_by_a_second_language_speaker():
    """A start told in the present ("I don't understand the ...") and an end after some time
    ("after some weeks I can ...") is an arc, as said in many second languages."""
    text = ("In the bakery first I am only cleaning and I don't understand the ovens. After "
            "some weeks I can bake the bread for the whole morning alone.")
    assert _finding(text, "skill_growth").ok
    text = ("At start I do not understand the till or how to count the float. After, the boss "
            "ask me to teach the new girls on the tills.")
    assert _finding(text, "skill_growth").ok


def test_a_first_time_told_then_where_it_got_to():
    """"The first time I ..." opens an arc as "at first" does."""
    text = ("The first time I ran a site meeting I forgot half the agenda. By the end of the "
            "build I was running them for three contractors at once.")
    assert _finding(text, "skill_growth").ok


def test_a_filler_i_dont_know_opens_no_arc():
    """The spoken filler "I don't know," is no start of an arc."""
    assert not _finding("I don't know, I guess I was there a while. After some months I left.",
                        "skill_growth").ok


def test_a_move_between_bands_or_a_pay_rise_told_as_numbers_is_a_pitfall():
    """The speaker's own move from one band to another is the promotion, and their pay going
    from one figure to another is the perk; pupils moved between grades are the work."""
    assert _pitfall("I moved from grade 3 to grade 5 in two years and learned to run audits.")
    assert _pitfall("My wages jumped from £9 an hour to £13 and I learned to drive the crane.")
    assert _pitfall("Really good career progression, and I learned to use SAP.")
    assert not _pitfall("I took my learners from grade 3 to grade 5 in a year.")
