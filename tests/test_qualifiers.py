import pytest

from claimcheck.qualifiers import direction, inherits_change, newsquant_change, qualifier


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
