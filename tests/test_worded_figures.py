"""Figures with no number of their own, or written across two numbers (claimcheck.worded_figures)."""

import pytest

from claimcheck.quantities import read_figures
from claimcheck.worded_figures import ages_in_words, compound_durations, multipliers, newsquant_scores, vague_amounts


def test_a_multiplier_word_is_a_figure_unless_a_number_already_covers_it():
    (doubled,) = multipliers("Ticket sales doubled after the final.", [], None)
    assert (doubled.kind, doubled.value, doubled.text) == ("multiplier", 2, "doubled")
    covered = read_figures("Orders doubled to 40,000 units.")
    assert [f.kind for f in covered].count("multiplier") == 1


def test_a_vague_amount_is_the_decade_it_names_and_keeps_a_money_unit():
    (jobs,) = vague_amounts("The plant cut thousands of jobs last year.", [], None)
    assert (jobs.low, jobs.high, jobs.unit) == (1_000, 10_000, "job")
    (money,) = vague_amounts("Donors gave millions of dollars to the appeal.", [], "2024-05-01")
    assert money.kind == "money" and (money.low, money.high) == (1e6, 1e7)


def test_an_age_in_words_is_a_span_of_years_with_its_hedge():
    (age,) = ages_in_words("The almost century-old pier was closed.", [], None)
    assert (age.kind, age.value, age.change) == ("age", 100, "~")
    (half,) = ages_in_words("A half-century-old treaty lapsed.", [], None)
    assert half.value == 50


def test_one_duration_in_two_units_is_joined_and_an_impossible_order_is_not():
    (spell,) = compound_durations("He served two years and three months.", read_figures("two years and three months"))
    assert round(spell.value) == 27 and spell.unit == "month"
    apart = read_figures("The strike lasted a day and three years later it resumed.")
    assert [f.text for f in apart] == ["three years"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The visitors took a 9-2 lead at the break.", (9, 2)),
        ("The motion passed on a 7-4 vote.", (7, 4)),
    ],
)
def test_a_score_in_newsquant_copy_is_one_range_as_written(sentence, expected):
    (score,) = newsquant_scores(sentence, None)
    assert (score.high, score.low) == expected


def test_a_number_pair_that_is_no_score_is_left_alone():
    assert newsquant_scores("The helpline is open 24-7 for callers.", None) == []


def test_an_amount_spread_over_years_gives_an_exact_span():
    span = next(f for f in read_figures("The contract is worth $90 million over six years.") if f.kind == "duration")
    assert (span.text, span.change) == ("six years", "=")
