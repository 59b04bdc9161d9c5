"""Two figures, one answer: when intervals agree, touch, or leave a bound's value out."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import compare
from claimcheck.intervals import agree, bound_at_value, is_exact_count
from claimcheck.quantities import read_figures


def figure(sentence):
    (found,) = read_figures(sentence)
    return found


def answer(a, b):
    pairs = compare(a, b, model=None)
    assert pairs, "no figures aligned"
    return pairs[0]


@pytest.mark.parametrize(
    "sentence, exact",
    [
        ("The storm killed 86 people.", True),
        ("The band played 330 shows.", True),
        ("Envoys from 19 countries attended.", True),
        ("Three councillors voted no.", True),
        ("The fire destroyed 2,200 structures.", False),  # two trailing zeros: rounded
        ("The app has 100 million users.", False),  # a scale word: rounded
        ("About 86 people were hurt.", False),  # hedged
        ("The parcel weighs 10 kg.", False),  # a measurement, not a count
    ],
)
def test_intervals_exact_counts(sentence, exact):
    assert is_exact_count(figure(sentence)) is exact


@pytest.mark.parametrize(
    "a, b, together",
    [
        ("Revenue was $3.6 billion.", "Revenue was $3.7 billion.", False),  # touch at $3.65 billion
        ("Revenue was $3.6 billion.", "Revenue was $3.64 billion.", True),  # 3.64 lies inside 3.55-3.65
        ("Revenue was $619 million.", "Revenue was $620 million.", True),  # 620 covers 615-625
        ("Turnout was 5.2%.", "Turnout was 5.3%.", False),
        ("86 people died.", "85 people died.", False),
        ("86 people died.", "About 85 people died.", True),
        ("More than 10 boxes arrived.", "10 boxes arrived.", False),  # "more than" leaves 10 out
        ("At least 10 boxes arrived.", "10 boxes arrived.", True),  # "at least" keeps it
        ("Inflation was more than 3%.", "Inflation was 3%.", True),  # a rounded 3% may be 3.2%
        ("Problems 74 to 135 were set.", "Problems 54 to 135 were set.", False),  # one end differs
        ("It costs $40 million to $55 million.", "It costs between $40 million and $55 million.", True),
        ("It costs $40 million to $55 million.", "It costs about $50 million.", True),  # a value inside a range
        ("Over 700 million downloads.", "Over one billion downloads.", True),
        # "just over" stops short of the next round figure a writer would have used
        ("The stake was worth just over $8 billion.", "The stake was worth $9.5 billion.", False),
        ("The stake was worth just over $8 billion.", "The stake was worth $8.3 billion.", True),
        ("The stake was worth just over $8 billion.", "The stake was worth more than $9 billion.", False),
        ("The stake was worth over $8 billion.", "The stake was worth $9.5 billion.", True),
        # a magnitude is reported to a tenth: "7" is 7.0
        ("The 7 magnitude quake struck at night.", "The quake measured 6.8 on the Richter scale.", False),
        ("The 7 magnitude quake struck at night.", "The quake had a magnitude of 7.0.", True),
        # "about" with two digits is good to about one unit of the last digit, not 5%
        ("The fossil stands about 4.5 metres tall.", "The fossil stands 4.3 metres tall.", False),
        ("The fossil stands about 4.5 metres tall.", "The fossil stands 4.4 metres tall.", True),
        ("Turnout was about 45%.", "Turnout was 43%.", False),
        ("Turnout was about 45%.", "Turnout was 44%.", True),
        # one digit: the rounding and a little past it, not a whole unit either way
        ("Around 2 million people play daily.", "About 2.6 million people play daily.", True),
        ("Around 2 million people play daily.", "2.8 million people play daily.", False),
        # a sum keeps the wide hedge: it may be another currency converted at a rate nobody states
        ("The prize was about $4.5 billion.", "The prize was $4.3 billion.", True),
    ],
)
def test_intervals_agree(a, b, together):
    assert agree(figure(a), figure(b)) is together


def test_intervals_bound_at_value_names_both_sides():
    bound, value = bound_at_value(figure("10 boxes arrived."), figure("More than 10 boxes arrived."))
    assert (bound.text, value.text) == ("More than 10", "10")
    assert bound_at_value(figure("10 boxes arrived."), figure("More than 12 boxes arrived.")) is None


def test_intervals_explanations_say_which_reading():
    exact = answer("The courier left more than 10 parcels.", "The courier left 10 parcels.")
    assert exact.verdict == "conflict" and "10 is an exact count" in exact.explanation
    rounded = answer("Inflation was more than 3% in May.", "Inflation was 3% in May.")
    assert rounded.verdict == "consistent" and "3% is a rounded figure" in rounded.explanation


def test_intervals_every_figure_of_a_line_is_weighed():
    pairs = compare("The coach ran at 60 mph for 2 hours.", "The coach ran at 60 mph for 3 hours.", model=None)
    assert [p.verdict for p in pairs] == ["conflict", "consistent"]
    assert (pairs[0].a_quantity, pairs[0].b_quantity) == ("2 hours", "3 hours")


_COUNTS = st.integers(min_value=1, max_value=5_000_000).filter(lambda n: n % 100 != 0)
_TEMPLATES = [
    "The flood forced {} residents from their homes.",
    "Organisers counted {} visitors at the fair on Sunday.",
    "The airline cancelled {} flights in March.",
]


@settings(max_examples=300, deadline=None)
@given(n=_COUNTS, m=_COUNTS, template=st.sampled_from(_TEMPLATES), commas=st.booleans())
def test_intervals_distinct_exact_counts_are_never_consistent(n, m, template, commas):
    """Two different exact tallies of one thing cannot both be right."""
    if n == m:
        m = n + 1 if (n + 1) % 100 else n + 2
    written = "{:,}" if commas else "{}"
    a, b = template.format(written.format(n)), template.format(written.format(m))
    pairs = compare(a, b, model=None)
    assert pairs and pairs[0].verdict != "consistent", (a, b, pairs)


def test_intervals_a_touch_less_than_stops_just_short():
    from claimcheck import compare

    (far,) = compare(
        "Orbex paid a touch less than $100 million for Velan.", "Orbex paid $60 million for Velan.", model=None
    )
    assert far.verdict == "conflict"  # "a touch less than 100" is not 60
    (near,) = compare(
        "Orbex paid a shade under $100 million for Velan.", "Orbex paid $98 million for Velan.", model=None
    )
    assert near.verdict == "consistent"


def test_intervals_two_sums_in_one_foreign_currency_agree_only_to_their_digits():
    from claimcheck.quantities import read_figures

    (paid,) = read_figures("Chelsea paid £105.8m for him.", "2023-07-14")
    (told,) = read_figures("Chelsea paid £106.8m for him.", "2023-02-01")
    assert not agree(paid, told)  # a conversion's allowance is for other currencies, not for one pound against another
    (rounded,) = read_figures("Chelsea paid £106m for him.", "2023-02-01")
    assert agree(paid, rounded)  # £106m rounds £105.8m


def test_intervals_a_distance_in_two_units_agrees_within_a_writer_s_conversion():
    from claimcheck.claims import checkable_figures

    km = checkable_figures("The mine is 950 kilometers north of the capital.")[0]
    miles = checkable_figures("The mine is 600 miles north of the capital.")[0]
    far = checkable_figures("The mine is 750 miles north of the capital.")[0]
    assert agree(km, miles) and not agree(km, far)


def test_intervals_nearly_a_figure_is_short_of_it():
    nearly = figure("Shares fell nearly 5% on Monday.")
    assert agree(nearly, figure("Shares fell 4.8% on Monday."))
    assert not agree(nearly, figure("Shares fell 5.3% on Monday."))  # more than the figure it is short of
