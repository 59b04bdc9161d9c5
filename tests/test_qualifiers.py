import pytest

from claimcheck.qualifiers import bound_after, direction, inherits_change, newsquant_change, passed_mark, qualifier
from claimcheck.quantities import read_figures


@pytest.mark.parametrize(
    "before, change",
    [
        ("It has more than ", ">"),
        ("worth up to ", "<"),
        ("nearly ", "nearly"),
        ("an effective height of ~", "~"),
        ("the sub-", "<"),
        ("panel strength lower than ", "<"),
        ("It has ", "="),
        ("bids of a minimum of ", ">"),
        ("tickets from as little as ", ">"),
        ("staff numbering upward of ", ">"),
        ("rents just south of ", "<"),
        ("the shares closed just short of ", "nearly"),
        ("the listing grew to near ", "nearly"),  # a headline's "Grows to Near $30Bn"
        ("sales in the neighbourhood of ", "~"),
        ("takes the club's summer spending beyond ", ">"),
        # a rise told as done is where a count stands, however far back its noun is; "could go up to" is a ceiling
        ("the toll in the quake that measured 6.8 on the Richter scale has gone up to ", "="),
        ("the bill went up to ", "="),
        ("prices could go up to ", "<"),
        # a rise past a figure goes beyond it; "the past" of a span is no bound
        ("the startup's valuation soars past ", ">"),
        ("the toll climbed past ", ">"),
        ("sales over the past ", "="),
    ],
)
def test_qualifiers_read_the_hedge_before_a_figure(before, change):
    assert qualifier(before)[0] == change


@pytest.mark.parametrize(
    "before, after, moved",
    [
        ("Shares rose ", "", "up"),
        ("Sales fell by ", "", "down"),
        ("expected to grow sales by ", " this half", "up"),
        ("a ", " drop in sales", "down"),
        ("a defense that gave up ", " rushing yards", None),  # "gave up" is no rise
        ("MiniMax raised ", "", None),  # money raised is an amount, not a move
        ("It climbed to ", "", None),  # the level reached, not the move
        ("Exports expanded ", " in May", "up"),
        ("Output contracted ", "", "down"),
        ("The lender signed a contract ", "", None),  # the noun is no move
        ("The central bank raised rates by ", "", "up"),
        ("Fares were raised by ", "", "up"),
        ("Shares closed ", " higher on Friday", "up"),
        ("The index ended ", " lower", "down"),
        ("Rents are ", " higher than in Paris", None),  # a comparison, not a move
        ("The miner was off ", "", "down"),  # market copy
        ("The yen strengthened ", "", "up"),
        ("The rupee weakened ", " against the dollar", "down"),
        ("Growth slowed ", "", "down"),
        ("Prices start at 20% off ", "", None),
        ("The bank's shares tacked on ", "", "up"),  # a verb and its particle
        ("The gauge put on ", " points", "up"),
        ("The index shaved off ", "", "down"),
        ("The stock was higher by ", "", "up"),
        ("Bonds were lower by ", "", "down"),
    ],
)
def test_qualifiers_direction_of_a_move(before, after, moved):
    assert direction(before, after) == moved


def test_qualifiers_restated_figures_inherit_the_change():
    assert inherits_change(" points, or ", "down", "=") == "down"
    assert inherits_change(" (", ">", "=") == ">"  # "more than 100 km (60 miles)"
    assert inherits_change(", Burlington by ", "down", "=") == "down"
    assert inherits_change(" in China, ", "up", "=") == "up"  # "rose 12% in China, 8% in Japan"
    assert inherits_change(" and profit was ", "down", "=") == "="


def test_qualifiers_newsquant_convention_only_in_its_own_function():
    assert newsquant_change("The frequency fell to ", "", "=", False) == "down"
    assert newsquant_change("a ", " drop in", "down", False) == "="
    assert newsquant_change("bookings surpassed ", "", ">", True) == "="
    assert newsquant_change("He averaged ", " points", "=", False) == "~"


@pytest.mark.parametrize(
    "before, change",
    [
        ("no less than ", ">"),  # the longest phrase decides, not the "less than" inside it
        ("not more than ", "<"),
        ("no fewer than ", ">"),
        ("equal to or greater than ", ">"),
        ("higher or equal than ", ">"),
        ("lower than or equal to ", "<"),
        ("at least or equal to ", ">"),
        ("exceeding ", ">"),
        ("x>", ">"),
        ("y <= ", "<"),
        ("a value ≥ ", ">"),
    ],
)
def test_qualifiers_comparisons_in_every_order(before, change):
    assert qualifier(before)[0] == change


@pytest.mark.parametrize(
    "after, bound",
    [
        (" or more staff", ">"),
        ("+ guests", ">"),
        (" and above", ">"),
        (" or fewer", "<"),
        (" or below", "<"),
        (" or equal", "="),
        (" more or less", None),
    ],
)
def test_qualifiers_bound_written_after_a_figure(after, bound):
    assert bound_after(after)[0] == bound


@pytest.mark.parametrize(
    "before, change, hedge",
    [
        ("Sales came to just over ", ">", "just over "),
        ("The bill was just under ", "<", "just under "),
        ("It cost slightly more than ", ">", "slightly more than "),
        ("They raised a little over ", ">", "a little over "),
        ("Turnout was well below ", "<", "well below "),
        ("It ended just shy of ", "nearly", "just shy of "),
    ],
)
def test_qualifiers_a_bound_keeps_its_hedge_words(before, change, hedge):
    found, start = qualifier(before)
    assert (found, before[start:]) == (change, hedge)


@pytest.mark.parametrize(
    "before, moved",
    [
        ("Exports kept climbing ", "up"),
        ("the index was rallying ", "up"),
        ("Output was dropping ", "down"),
        ("The firm is shedding ", "down"),
        ("the currency slumps ", "down"),
        ("Margins keep slipping by ", "down"),
    ],
)
def test_qualifiers_every_form_of_a_move_verb(before, moved):
    assert direction(before, "") == moved


@pytest.mark.parametrize(
    "before, after, change",
    [
        ("The deal is worth in the region of ", "", "~"),
        ("Inflation ran at more or less ", "", "~"),
        ("The rebuild takes ", " or so", "~"),
        ("They want ", " or thereabouts.", "~"),
    ],
)
def test_qualifiers_approximations_before_and_after(before, after, change):
    assert qualifier(before)[0] == change or bound_after(after)[0] == change


def test_qualifiers_odd_after_a_figure_is_approximate():
    assert bound_after("-odd shops in town") == ("~", 4)


@pytest.mark.parametrize(
    "before, change",
    [
        ("Cases doubled to ", "up"),
        ("The stake was halved to ", "down"),
        ("The jobless rate climbed to a two-year high of ", "up"),
        ("Its shares sank to a record low of ", "down"),
        ("The rate stood at a two-year high of ", "="),  # no move
    ],
)
def test_qualifiers_the_level_a_move_reached_by_the_newsquant_convention(before, change):
    assert newsquant_change(before, "", "=", False) == change


@pytest.mark.parametrize(
    "before, after, passed",
    [
        ("The film has crossed the ", " mark in two days.", True),
        ("Shares broke the ", " barrier on Friday.", True),
        ("Sign-ups surpassed the ", " milestone.", True),
        ("The toll hit the ", " mark.", False),  # reached, not passed
        ("The film has crossed the ", " screens it opened on.", False),  # no mark
    ],
)
def test_qualifiers_a_mark_passed_is_a_floor(before, after, passed):
    assert passed_mark(before, after) is passed


def test_qualifiers_a_mark_passed_makes_the_figure_more_than_it():
    figures = read_figures("The film has already crossed the Rs 200 crore mark globally.")
    assert [(figure.text, figure.change) for figure in figures] == [("Rs 200 crore", ">")]
