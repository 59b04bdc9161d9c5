"""Whose a figure is when its verb's object bears it, as the parse says."""

import pytest

from claimcheck.grammar import figure_grammar


def owner_of(sentence, figure):
    start = sentence.index(figure)
    return figure_grammar(sentence, start, start + len(figure)).subject


@pytest.mark.parametrize(
    "sentence, figure, owner",
    [
        # the one fined owns the fine, as "Voltex was fined" would say, not the regulator that fined it
        ("The European regulator fined Voltex €2.3 billion on Tuesday.", "€2.3 billion", "Voltex"),
        ("A Paris court fined the bank £40m for failures in its checks.", "£40m", "the bank"),
        ("The jury awarded the Harlow family $12 million in damages.", "$12 million", "the Harlow family"),
    ],
)
def test_objects_a_sum_laid_on_an_object_is_the_object_s(sentence, figure, owner):
    assert owner_of(sentence, figure) == owner


def test_objects_a_sum_without_an_object_keeps_the_clause_subject():
    # nothing is laid on anyone: the team paid its own fee
    assert owner_of("Castleford paid £12m for the winger in January.", "£12m") == "Castleford"


def test_objects_the_named_target_of_a_fine_handed_with_it():
    assert owner_of("The watchdog hit Orbex with a $5m penalty.", "$5m") == "Orbex"
