"""A growing toll told at two levels is shown for review, not passed as compatible bounds."""

import pytest

from claimcheck import compare
from claimcheck.claims import checkable_figures
from claimcheck.growing import two_levels


def figure(sentence, text, date="2024-07-06"):
    return next(f for f in checkable_figures(sentence, date, bare_counts=True) if f.text == text)


@pytest.mark.parametrize(
    "a, b",
    [
        ("At least 155 people were killed in the crush.", "At least 156 people were killed in the crush."),
        ("The death toll in Varna is now more than 5,300.", "The death toll in Varna has soared to 11,300."),
        (
            "Flash floods swept the valley on Friday, leaving at least 104 people dead.",
            "The floods have now claimed at least 111 lives.",
        ),
    ],
)
def test_growing_two_levels_of_a_toll_are_two_times(a, b):
    (pair,) = compare(a, b, model=None)
    assert pair.verdict == "needs_review" and "different_time" in pair.reasons
    assert "a count that grows" in pair.explanation


@pytest.mark.parametrize(
    "a, b",
    [
        ("Velto has more than 40 stores.", "Velto has 43 stores."),  # not a toll: compatible bounds
        ("At least 156 people were killed.", "156 people were killed."),  # one level
        ("Fewer than 200 people were killed.", "150 people were killed."),  # a ceiling, not a count
    ],
)
def test_growing_other_bounds_stay_compatible(a, b):
    (pair,) = compare(a, b, model=None)
    assert pair.verdict != "needs_review" or "different_time" not in pair.reasons


def test_growing_levels_ten_times_apart_are_a_part_and_its_whole():
    town = figure("At least eight people died when a tower collapsed.", "At least eight")
    country = figure("The quake's death toll has risen to 2,719.", "2,719")
    assert not two_levels(town, country)
    first, later = (
        figure("At least 153 people died.", "At least 153"),
        figure("The toll reached 219.", "219", "2024-07-09"),
    )
    assert two_levels(first, later)


def test_growing_two_bounds_told_as_of_one_day_are_compatible():
    # both sentences dated to the same day: "at least 40" and "46" can be one count, as the brief's bounds are
    said = (
        "At least 40 people died in the landslide, officials said.",
        "The landslide killed 46 people, officials said.",
    )
    (pair,) = compare(*said, date_a="2025-06-12", date_b="2025-06-12", model=None)
    assert pair.verdict == "consistent"
    (pair,) = compare(*said, date_a="2025-06-12", date_b="2025-06-14", model=None)
    assert pair.verdict == "needs_review" and "different_time" in pair.reasons


def test_growing_two_floors_told_as_of_one_day_are_two_counts():
    # "at least 14" and "at least 27" the same day: each is the count its source had, one behind the other
    floors = (
        "At least 14 people died in the warehouse fire, officials said.",
        "At least 27 people died in the warehouse fire.",
    )
    (pair,) = compare(*floors, date_a="2025-06-12", date_b="2025-06-12", model=None)
    assert pair.verdict == "needs_review" and "a count that grows" in pair.explanation


def test_growing_a_toll_from_articles_of_two_days_is_two_days_counts():
    from claimcheck.growing import told_on_two_days

    sunday = figure("The death toll from dengue rose to 1,006 this year, officials said.", "1,006", "2023-10-01")
    tuesday = figure("The death toll from dengue rose to 1,017 this year, officials said.", "1,017", "2023-10-03")
    assert told_on_two_days(sunday, tuesday, 2)
    assert not told_on_two_days(sunday, tuesday, 0)  # one day's articles: one count, told two ways
    dated = figure("On October 1, the toll stood at 1,006.", "1,006", "2023-10-01")
    also_dated = figure("On October 1, the toll stood at 1,017.", "1,017", "2023-10-03")
    assert not told_on_two_days(dated, also_dated, 2)  # both dated to one day: one day's count
    price = figure("The firm's shares rose to $1,006 this year.", "$1,006", "2023-10-01")
    other = figure("The firm's shares rose to $1,017 this year.", "$1,017", "2023-10-03")
    assert not told_on_two_days(price, other, 2)  # a price is no growing count
