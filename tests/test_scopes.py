"""Scopes from the words around a figure: markets, employers and what a sum counts in."""

from claimcheck.claims import checkable_figures
from claimcheck.scopes import clause_scope, inclusion, market_of


def test_scopes_what_a_sum_counts_in_or_leaves_out():
    assert inclusion(", including debt.") == "including debt"
    assert inclusion(" fine, plus interest") == "including interest"
    assert inclusion(" excluding fees") == "excluding fees"
    assert inclusion(" with interest") == "including interest"
    assert inclusion(" with the help of banks") is None  # "with" company, not a part of the sum
    assert inclusion(" to buy the stake") is None


def test_scopes_the_market_next_to_a_figure():
    (overseas,) = checkable_figures("The Orbex film took $182 million overseas.")
    assert market_of("The Orbex film took $182 million overseas.", overseas) == "international"


def test_scopes_a_running_total_raised_is_its_own_scope():
    from claimcheck.scopes import cumulative

    (total,) = checkable_figures("Velto has raised $12 billion to date.")
    (round_,) = checkable_figures("Velto raised $6 billion in its latest round.")
    assert total.scope == "in total" and round_.scope is None
    assert cumulative("has raised in all") == "in total" and cumulative("raised in May") is None


def test_scopes_a_word_inside_an_organisations_name_is_not_a_scope():
    from claimcheck.claims import checkable_figures

    (injured,) = checkable_figures(
        "A spokesman for the National Disaster Management Authority said 9,200 people had been injured.",
        None,
        bare_counts=True,
    )
    assert injured.scope is None
    (national,) = checkable_figures("Its national sales rose to $5 billion.", None)
    assert national.scope == "domestic"


def test_scopes_a_day_in_the_possessive_is_no_place():
    from claimcheck.claims import checkable_figures

    (share,) = checkable_figures("Varga took 51.9 percent of the vote in Sunday's runoff.")
    assert share.scope is None


def test_scopes_a_record_s_field_is_no_scope_of_the_figure():
    assert clause_scope("wiping off $232 billion, the largest one-day drop in US history", "Velto") is None
    assert clause_scope("Velto sold 2 million cars in China", "Velto") == "China"


def test_scopes_a_place_s_record_is_no_scope_of_the_figure():
    clause = "At least 79 migrants drowned off Greece, in one of Europe’s deadliest shipping disasters"
    assert clause_scope(clause, None) is None


def test_scopes_a_part_of_a_country_is_the_country():
    assert clause_scope("a magnitude 6.1 quake struck in eastern Norland, officials said", None) == "Norland"
    assert clause_scope("a bus fell into a gorge in western Nepal", None) == "Nepal"


def test_scopes_an_owner_after_in_is_no_place():
    (move,) = checkable_figures("Weak sales led to a 14% decrease in Velto's shares.")
    assert move.scope is None and move.subject == "Velto" and move.measure == "shares"
