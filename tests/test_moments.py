"""Whether two figures are told of one time: days, points of a trading day, milestones and growing tolls."""

import pytest

from claimcheck import compare
from claimcheck.moments import _windows_differ, moments_differ


@pytest.mark.parametrize(
    "a, b, strict, differ",
    [
        ("close", "first day", False, False),  # the first day's close
        ("tuesday close", "friday close", False, True),  # two weekdays
        ("offer", "open", False, True),  # two points of a day
        ("thursday", "first day", False, False),  # may be one day...
        ("thursday", "first day", True, True),  # ...but nothing shows it before a conflict
        ("close", "friday close", True, True),  # a day one side leaves unsaid
        ("earlier", "close", False, True),  # history against the news
        ("close", None, False, False),
        ("close", None, True, True),
    ],
)
def test_moments_days_and_points_of_a_day(a, b, strict, differ):
    assert moments_differ(a, b, strict) is differ


def test_moments_two_milestone_windows_stated_far_apart_differ():
    assert _windows_differ("within seven hours", "in less than five days", strict=False)
    assert not _windows_differ("in five days", "in less than five days", strict=False)


def test_moments_a_toll_counted_twice_on_one_day_with_no_hour_is_not_a_conflict():
    pairs = compare(
        "The death toll in Norvale has risen to 92.",
        "The death toll in Norvale stands at 34.",
        date_a="2023-11-04",
        date_b="2023-11-04",
        model=None,
    )
    assert [p.verdict for p in pairs] == ["needs_review"]
    assert "grow by the hour" in pairs[0].explanation


def test_moments_two_prices_during_the_session_are_not_one_moment_but_the_days_highs_are():
    (closing,) = compare(
        "By the close of trading, Velto was trading at $328.",
        "Velto shares closed at $340.",
        model=None,
    )
    assert closing.verdict == "conflict"  # "by the close ... trading at" is the close
    (during,) = compare(
        "At press time, Velto shares were trading at $384.83.",
        "Velto shares were trading at $371 on Wednesday afternoon.",
        model=None,
    )
    assert during.verdict != "conflict"
    (highs,) = compare("Velto shares rose as high as $429.54.", "Velto hit a high of $419 on its debut.", model=None)
    assert highs.verdict == "conflict"
    (high_and_now,) = compare(
        "Velto shares rose as high as $429.54.", "At press time, Velto shares were trading at $384.83.", model=None
    )
    assert high_and_now.verdict != "conflict"


def test_moments_how_deep_or_heavy_a_thing_is_does_not_move_by_the_day_but_heat_and_winds_do():
    from claimcheck.claims import checkable_figures
    from claimcheck.moments import times_differ

    def figure(sentence):
        return checkable_figures(sentence, "2024-03-22")[0]

    deep = figure("On Monday the bus plunged into a 150-metre ravine.")
    shallow = figure("The bus fell into an 80-metre ravine, police said on Tuesday.")
    assert not times_differ(deep, shallow, strict=False)  # one ravine, told on two days
    hot = figure("On Saturday the temperature reached 44 degrees Celsius.")
    hotter = figure("The temperature reached 45 degrees Celsius on Sunday.")
    assert times_differ(hot, hotter, strict=False)  # two days' heat
    winds = figure("On Monday the storm's winds reached 150 mph.")
    stronger = figure("The storm's winds reached 160 mph on Tuesday.")
    assert times_differ(winds, stronger, strict=False)  # a storm strengthens


def test_moments_a_count_told_as_so_far_is_another_time_than_a_total():
    (pair,) = compare(
        "So far, 35,000 litres of spilled fuel have been pumped out.",
        "In all, 90,000 litres of spilled fuel were pumped out.",
        model=None,
    )
    assert (pair.verdict, pair.reasons) == ("needs_review", ("different_time",))


def test_moments_a_stated_period_dates_a_figure_whatever_so_far_its_clause_says():
    (pair,) = compare(
        "Northwind reported revenue of $3.9 billion in 2025, its best year so far.",
        "Northwind's revenue was $3.4 billion in 2025.",
        model=None,
    )
    assert pair.verdict == "conflict"
