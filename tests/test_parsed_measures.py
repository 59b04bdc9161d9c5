"""The measure a figure's own words name once the parse has found them (claimcheck.parsed_measures)."""

import pytest

from claimcheck.claims import checkable_figures


def figure(sentence, text):
    return next(f for f in checkable_figures(sentence) if f.text == text)


@pytest.mark.parametrize(
    ("sentence", "text", "measure"),
    [
        ("The blast left 212 people dead.", "212", "people dead"),  # a state the verb leaves them in
        ("About 40,000 people took part in the march.", "About 40,000", "people took part"),  # a phrasal verb
        ("The carmaker will lay off 3,500 workers.", "3,500", "workers laid off"),
        ("The storm destroyed 900 homes.", "900", "homes destroyed"),
    ],
)
def test_a_count_measures_its_noun_with_what_happened_to_it(sentence, text, measure):
    assert figure(sentence, text).measure == measure


def test_a_physical_figure_measures_its_dimension():
    assert figure("The new engine makes 520bhp.", "520bhp").measure == "power"


def test_a_qualifier_before_the_measure_is_kept():
    measure = figure("The group's net profit reached $4.1 billion last year.", "$4.1 billion").measure
    assert measure and measure.startswith("net")


def test_a_contracts_terms_in_the_future_are_no_plan_but_an_offer_is():
    signed = figure("Under the deal he would earn £2 million a year.", "£2 million a year")
    offered = figure("Under the offer he would earn £2 million a year.", "£2 million a year")
    assert signed.stage is None and offered.stage == "planned"
