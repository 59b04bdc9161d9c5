"""The whole a count is a part of is read as a total, not as one more count of the part's owner."""

from claimcheck.claims import checkable_figures
from claimcheck.relations import measure_link


def figures(sentence):
    return {f.text: f for f in checkable_figures(sentence, "2024-06-02")}


def test_wholes_the_whole_after_a_part_is_a_total_without_the_parts_owner():
    read = figures("Independents backed by the party won 101 of the 264 seats declared so far.")
    assert read["264"].measure.startswith("total ")
    assert not read["101"].measure.startswith("total")
    assert read["264"].subject is None


def test_wholes_a_total_is_one_measure_with_totals_and_related_to_counts_of_its_thing():
    whole = figures("The alliance took 182 of the 577 seats in the assembly.")["577"]
    other_whole = figures("Candidates stood for 102 of the 575 seats in the assembly.")["575"]
    part = figures("The alliance took 182 seats in the assembly.")["182"]
    assert measure_link(whole, other_whole) == "same"
    assert measure_link(whole, part) != "same"


def test_wholes_a_smaller_number_after_of_is_no_whole():
    read = figures("Officials said 40 of 3 buses were late.")
    assert set(read) == {"40", "3"}
    assert all(not (f.measure or "").startswith("total") for f in read.values())
