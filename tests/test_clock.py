"""Times of day as figures: when the story's event happened, and whether two articles agree on it."""

import pytest

from claimcheck.claims import checkable_figures
from claimcheck.clock import TIME_OF_DAY, times_of_day
from claimcheck.quantities import read_figures
from claimcheck.two_texts import compare_texts


@pytest.mark.parametrize(
    "sentence, text, minutes, low, high, zone",
    [
        ("The ferry capsized at 10:42 pm near the pier.", "10:42 pm", 1362, 1362, 1362, None),
        ("Witnesses said it sank around 10.20 p.m. on Friday.", "around 10.20 p.m.", 1340, 1335, 1345, None),
        ("The jet touched down at 2217 hrs.", "2217 hrs", 1337, 1337, 1337, None),
        ("Sirens were heard at 04:10 GMT.", "04:10 GMT", 250, 250, 250, "GMT"),
        ("The dam gave way shortly after 3 a.m.", "shortly after 3 a.m.", 180, 180, 195, None),
        ("The dam gave way at 12.15am.", "12.15am", 15, 15, 15, None),
    ],
)
def test_clock_a_time_of_day_is_read_with_its_hedge_and_zone(sentence, text, minutes, low, high, zone):
    [time] = times_of_day(sentence)
    assert (time.text, time.kind, time.value, time.low, time.high, time.scope) == (
        text,
        TIME_OF_DAY,
        minutes,
        low,
        high,
        zone,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "She won the race in 2:07:41 ahead of Ruiz.",  # a race time
        "The chapter quotes verse 4:12 at length.",  # no word of time before a bare 24-hour time
        "The club won 3-1 with a goal in the 88th minute.",
    ],
)
def test_clock_numbers_shaped_like_times_are_no_times_of_day(sentence):
    assert times_of_day(sentence) == []


def test_clock_a_time_of_day_is_no_count_nor_year():
    # "2217 hrs" once read as 2,217 hours, and its digits as a year
    [time] = read_figures("The jet touched down at 2217 hrs.")
    assert time.kind == TIME_OF_DAY
    [described] = checkable_figures("The jet touched down at 2217 hrs.", "2023-05-02")
    assert described.period is None


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("The derailment occurred at 10:42 pm on Friday.", "time of the event"),
        ("Around 6 am, the lorry plunged into a ravine.", "time of the event"),
        ("The blaze started around 1:05 p.m.", "time of the event"),
        ("The crash, which occurred around 04:10 local time, killed 12.", "time of the event"),
        ("The outage began at around 10.45am local time.", "time of the event"),
        ("The raid on Kestrel Bank, which began around 9 pm, shut its branches.", "time of the event"),
        ("Rescue teams reached the pier by 11 pm.", "time of reach"),  # another act: its own time
        ("A second blast struck at 1:24 pm.", "time of the other blast"),  # an event the sentence sets apart
    ],
)
def test_clock_a_time_dates_the_story_s_event_or_its_own_act(sentence, measure):
    [time] = [f for f in checkable_figures(sentence, "2023-05-02") if f.kind == TIME_OF_DAY]
    assert time.measure == measure


def verdicts(a, b):
    pairs = compare_texts(a, b, date_a="2023-05-02", date_b="2023-05-02", model=None)
    return [(p.verdict, p.reasons) for p in pairs]


def test_clock_two_exact_times_of_one_event_cannot_both_be_right():
    assert verdicts("The derailment occurred at 10:42 pm.", "The train derailed at 10.24 pm near Kestrel.") == [
        ("conflict", ())
    ]


def test_clock_a_rough_time_that_misses_is_for_review_and_one_within_its_hedge_agrees():
    rough = verdicts("The ferry capsized at 10:42 pm.", "Officials said the accident happened around 10.20 p.m.")
    assert rough == [("needs_review", ("approximate_time",))]
    assert verdicts("The ferry capsized at 10:22 pm.", "The accident happened around 10.20 p.m.") == [
        ("consistent", ())
    ]


@pytest.mark.parametrize(
    "a, b",
    [
        ("The quake struck at 04:10 GMT.", "The quake struck at 9.10 am."),  # a zone against local time
        ("The quake struck at 4:10 am on Monday.", "The quake struck at 5:40 am on Tuesday."),  # two days
        ("The quake struck at 4:10 am.", "Rescuers reached the village at 9.40 am."),  # two acts
    ],
)
def test_clock_times_of_two_zones_days_or_acts_are_not_set_side_by_side(a, b):
    assert verdicts(a, b) == []


def test_clock_a_time_with_its_half_of_the_day_unsaid_is_read_in_the_nearer_half():
    assert verdicts("The blast occurred at 6:40, police said.", "The blast occurred at 6.40 pm.") == [
        ("consistent", ())
    ]
    assert verdicts("The blast occurred at 6:40, police said.", "The blast occurred at 6.55 pm.") == [("conflict", ())]


def test_clock_times_hours_apart_or_of_an_act_that_recurs_are_not_one_moment():
    assert verdicts("The fire broke out at 2 pm.", "The fire broke out at 7 pm.") == []  # its start and its spread
    assert verdicts("Power was restored at 5 pm.", "Power was restored at 8 pm.") == []  # one of several restorations


def test_clock_an_hour_alone_is_a_rounded_time_never_a_conflict():
    # "the 11pm incident" and "11:30 p.m." may be one moment told loosely: a person looks, both may be right
    assert verdicts("Police described the 11pm incident as a riot.", "The riot broke out at 11:40 p.m.") == [
        ("needs_review", ("approximate_time",))
    ]


def test_clock_a_time_something_was_reported_or_began_is_the_event_s_only_where_the_event_did_it():
    reported = [f for f in checkable_figures("The fire was reported at 06:00 local time.") if f.kind == TIME_OF_DAY]
    rescue = [f for f in checkable_figures("Rescue work started at 2 am on Friday.") if f.kind == TIME_OF_DAY]
    assert (reported[0].measure, rescue[0].measure) == ("time of report", "time of start")


def test_clock_two_times_either_side_of_midnight_are_minutes_apart_not_a_day():
    assert verdicts("The blast occurred at 11:50 pm.", "The blast occurred at 12:10 am.") == [("conflict", ())]


def test_clock_a_time_given_again_in_another_zone_is_as_loose_as_the_first():
    local, utc = times_of_day("The blast occurred at around 9 pm (1730 GMT) on Saturday.")
    assert (utc.scope, utc.high - utc.low) == ("GMT", local.high - local.low) and utc.change == "~"
