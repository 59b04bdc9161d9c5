"""Ranks: an ordinal before a superlative is a figure, measured by its superlative phrase."""

import pytest

from claimcheck import compare
from claimcheck.ranks import read_ranks


@pytest.mark.parametrize(
    "sentence, text, place, measure",
    [
        ("It had the fifth-biggest Memorial Day opening ever.", "fifth-biggest", 5, "biggest Memorial Day opening"),
        ("It was the 2nd-largest bank failure in US history.", "2nd-largest", 2, "largest bank failure"),
        ("It is the eighth highest opening of all time.", "eighth highest", 8, "highest opening"),
        ("The third most valuable company on Earth.", "third most valuable", 3, "most valuable company"),
    ],
)
def test_ranks_an_ordinal_before_a_superlative(sentence, text, place, measure):
    (rank,) = read_ranks(sentence)
    assert (rank.text, rank.value, rank.kind, rank.measure) == (text, place, "rank", measure)


def test_ranks_ordinals_without_a_superlative_are_no_rank():
    assert read_ranks("It was the second interest rate rise and the first test of the year.") == []
    assert read_ranks("Shares rose in the second half.") == []


def test_ranks_two_places_on_one_list_conflict_and_other_lists_are_left_apart():
    one = compare(
        "Orbex had the fifth-biggest Memorial Day opening ever.",
        "Orbex posted the eighth-biggest Memorial Day opening of all time.",
        model=None,
    )
    assert [p.verdict for p in one] == ["conflict"]
    other = compare(
        "Orbex had the fifth-biggest Memorial Day opening ever.",
        "Orbex is the eighth-largest bank in Europe.",
        model=None,
    )
    assert all(p.verdict != "conflict" for p in other)  # another list
    planned = compare(
        "Orbex is on course to become the third-biggest Memorial Day opening.",
        "Orbex had the eighth-biggest Memorial Day opening.",
        model=None,
    )
    assert all(p.verdict != "conflict" for p in planned)  # a projection against a result
