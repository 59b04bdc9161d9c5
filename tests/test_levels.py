import pytest

from claimcheck.levels import is_level, same_measure, split_ranges, words_before
from claimcheck.quantities import read_figures


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The toll went from $4.10–$5.25 in a year.", ["$4.10", "$5.25"]),
        ("Yields grew from 20-35 tonnes.", ["20", "35 tonnes"]),
        ("Yields were 20-35 tonnes last year.", ["20-35 tonnes"]),  # a range, not a move's two ends
    ],
)
def test_levels_a_range_after_from_is_two_levels(sentence, texts):
    levels = split_ranges(sentence, read_figures(sentence))
    assert [q.text for q in levels] == texts
    assert all(sentence[q.start : q.end] == q.text for q in levels)


def test_levels_words_before_a_figure_stop_at_the_previous_one():
    sentence = "It shipped 400 crates, up from 320 crates, and earned $2 million."
    crates, earlier, money = read_figures(sentence)
    assert words_before(sentence, earlier, [crates, earlier, money]) == " crates, up from "
    assert same_measure(crates, earlier) and not same_measure(crates, money)
    assert not same_measure(crates, crates)  # a figure is no second level of itself


def test_levels_a_move_is_no_level():
    rise, price = read_figures("Fares rose 6% to $3.")
    assert not is_level(rise) and is_level(price)
