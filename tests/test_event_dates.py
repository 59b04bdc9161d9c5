"""The day the story's event happened as a figure, and two articles that give it two days."""

import datetime

import pytest

from claimcheck.claims import checkable_figures
from claimcheck.event_dates import DATE, EVENT_DAY
from claimcheck.two_texts import compare_texts


def days(sentence, date="2024-09-20"):
    return [f.text for f in checkable_figures(sentence, date) if f.kind == DATE and f.measure == EVENT_DAY]


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("The raid on Kestrel Bank, which began September 4, shut its branches.", ["September 4"]),
        ("The blast, which occurred on September 3, was claimed by no group.", ["September 3"]),
        ("The hack against Orvane Water on Monday 2 September cut supplies.", ["2 September"]),  # the date, not Monday
        ("The ferry capsized on Sunday near the port.", ["Sunday"]),  # the Sunday before the article
        ("The blaze broke out on Monday and burned for a week.", []),  # an event that lasts has many days
        ("Orvane Water announced on 16 September that it had been hacked.", []),  # an announcement is no event
        ("The toll rose to 40 on Monday.", []),  # a count's day, not the event's
    ],
)
def test_event_dates_a_date_is_a_figure_only_where_it_dates_an_event_over_in_a_moment(sentence, found):
    assert days(sentence) == found


def test_event_dates_a_weekday_is_the_last_such_day_on_or_before_the_article():
    [sunday] = [f for f in checkable_figures("The ferry capsized on Sunday.", "2024-09-20") if f.kind == DATE]
    assert sunday.low == sunday.high == datetime.date(2024, 9, 15).toordinal()


def verdicts(a, b):
    pairs = compare_texts(a, b, date_a="2024-09-20", date_b="2024-09-20", model=None)
    return [(p.verdict, p.reasons) for p in pairs if p.a_quantity[0].isalpha()]


def test_event_dates_two_days_given_to_one_event_are_for_review_never_a_conflict():
    a = "The raid on Kestrel Bank, which began September 4, shut its branches."
    b = "The raid, which occurred on September 3, was claimed by no group."
    assert verdicts(a, b) == [("needs_review", ("different_date",))]
    assert verdicts(b, "The raid on 3 September shut the bank.") == [("consistent", ())]


def test_event_dates_days_far_apart_tell_two_events():
    assert verdicts("The blast occurred on September 3.", "The blast occurred on September 17.") == []
