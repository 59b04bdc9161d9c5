"""Whose a figure is, as the parse says."""

import pytest

from claimcheck.grammar import figure_grammar


def owner_of(sentence, figure):
    start = sentence.index(figure)
    return figure_grammar(sentence, start, start + len(figure))


@pytest.mark.parametrize(
    "sentence, figure, owner",
    [
        ("Orbex's market value fell by $41 billion.", "$41 billion", "Orbex"),  # possessor
        ('Northlight has steered "Velvet" to a $155 million opening.', "$155 million", "Velvet"),  # carried object
        ("Pellam Labs raised $310 million in its listing.", "$310 million", "Pellam Labs"),  # clause subject
    ],
)
def test_owners_named(sentence, figure, owner):
    assert owner_of(sentence, figure).subject == owner


def test_owners_a_reporting_verbs_subject_is_a_source():
    read = owner_of("The agency said that 2,400 homes were destroyed.", "2,400")
    assert read.subject != "agency" and read.subject is None


def test_owners_the_company_stands_for_the_articles_main_entity():
    read = owner_of("Investors valued the company at $2 billion.", "$2 billion")
    assert read.anaphor and read.subject == "the company"


def test_owners_a_described_owner_is_kept_apart_from_a_name():
    read = owner_of("The new ferry carried 1,200 passengers on Sunday.", "1,200")
    assert read.subject is None and read.described == "the new ferry"
