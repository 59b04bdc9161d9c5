"""Figures written in lists: each count's own place, the noun and verb written once, owners "each"."""

from claimcheck.claims import checkable_figures
from claimcheck.lists import in_place, place_after_noun


def test_lists_a_place_is_what_a_count_is_in_not_whose_it_is():
    assert in_place("105 people died in Norvale and 52 in Eastmoor.", "Norvale")
    assert not in_place("a 32% drop in Orbex's share price", "Orbex")  # a company's possessive is no place
    assert place_after_noun(" people have died in Norvale and 52") == "Norvale"


def test_lists_each_count_keeps_its_place_and_the_lists_noun_and_verb():
    first, second = checkable_figures("A total of 105 people have died in Norvale and 52 in Eastmoor.")
    assert (first.subject, second.subject) == ("Norvale", "Eastmoor")
    assert second.measure == "people died"


def test_lists_a_sum_each_of_two_owners_was_given_is_each_ones():
    (fine,) = [
        f
        for f in checkable_figures("Orbex's chairman Lin Mei and president Tao Jun were fined 1 million yuan each.")
        if f.kind == "money"
    ]
    assert fine.subject == "Lin Mei"
