"""One article's list and table lines are items, not one fact restated."""

import pytest

from claimcheck.claims import checkable_figures
from claimcheck.list_items import list_items


def figure(sentence, text):
    return next(f for f in checkable_figures(sentence, "2024-03-22") if f.text == text)


@pytest.mark.parametrize(
    "a, a_text, b, b_text",
    [
        # lines written alike but for their numbers and a plural
        ("Fastest to $100 Million: 1 Day", "1 Day", "Fastest to $250 Million: 3 Days", "3 Days"),
        # rows of a table, each with its own label
        ("Women's singles: £2,700,000 (11.6%)", "11.6%", "Women's wheelchair doubles: £80,000 (45.5%)", "45.5%"),
    ],
)
def test_list_items_lines_of_a_list_or_rows_of_a_table_are_items(a, a_text, b, b_text):
    assert list_items(figure(a, a_text), figure(b, b_text))


def test_list_items_two_sentences_saying_one_thing_differently_are_not_a_list():
    raised = figure("Velto raised $310 million in its listing on Friday.", "$310 million")
    again = figure("The listing brought the company $355 million.", "$355 million")
    assert not list_items(raised, again)
