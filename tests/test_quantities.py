import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.numbers import format_number
from claimcheck.quantities import read_figures


def only(sentence, date=None):
    figures = read_figures(sentence, date)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    "sentence, text, kind, value, unit",
    [
        ("MiniMax raised $619 million in its IPO.", "$619 million", "money", 619e6, "dollar"),
        ("It sought up to HK$4.19 billion.", "up to HK$4.19 billion", "money", 4.19e9, "hong kong dollar"),
        ("The fund holds HKD 2.1 billion.", "HKD 2.1 billion", "money", 2.1e9, "hong kong dollar"),
        ("They raised US$45mil last week.", "US$45mil", "money", 45e6, "dollar"),
        ("The plan is worth 10 trillion yuan.", "10 trillion yuan", "money", 10e12, "chinese yuan"),
        ("Adoption stands at 16.3 percent.", "16.3 percent", "percent", 16.3, "percentage"),
        ("The rate rose 4.5 percentage points.", "4.5 percentage points", "percent", 4.5, "percentage point"),
        ("Doubao has 155.2 million weekly active users.", "155.2 million", "count", 155.2e6, "weekly active user"),
        ("The chip has 6.7 times the compute.", "6.7 times", "multiplier", 6.7, "times"),
        ("Usage grew 12x in a year.", "12x", "multiplier", 12, "times"),
        ("Revenue over a 20-day period beat 2025.", "20-day", "duration", 20, "day"),
        ("China has more than a dozen players.", "more than a dozen", "count", 12, "player"),
    ],
)
def test_quantities_reads_news_figures(sentence, text, kind, value, unit):
    figure = only(sentence)
    assert (figure.text, figure.kind, figure.unit) == (text, kind, unit)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        "DeepSeek bought NVIDIA H20 chips and H200s.",
        "The K2.5 release and Qwen 3.5 series came out.",
        "It was launched in February 2026 and again on March 3.",
        "The 15th Five-Year Plan runs 2026–2030.",
        "DeepSeek-V3 and GPT-4 were compared.",
    ],
)
def test_quantities_skips_dates_and_model_names(sentence):
    assert read_figures(sentence) == []


def test_quantities_bounds_and_rounding():
    over = only("Qwen has over 700 million downloads.")
    assert (over.low, over.high, over.change) == (700e6, None, ">")
    below = only("Odds are below 20 percent.")
    assert (below.low, below.high, below.change) == (0.0, 20, "<")
    rounded = only("They raised $620 million.")
    assert rounded.low == pytest.approx(615e6) and rounded.high == pytest.approx(625e6)
    exact = only("They raised $619 million.")
    assert exact.low == pytest.approx(618.5e6) and exact.high == pytest.approx(619.5e6)
    about = only("It is worth about $300 billion.")
    assert about.low <= 291e9 and about.change == "~"


def test_quantities_ranges():
    units = only("Output should reach 300,000–350,000 units in 2026.")
    assert units.range and (units.low, units.high) == (300000, 350000)
    share = only("It costs one-sixth to one-quarter as much.")
    assert share.range and share.normalized_low == pytest.approx(100 / 6, abs=0.1)
    assert share.normalized_high == pytest.approx(25, abs=0.1)


def test_quantities_changes():
    up, down = read_figures("Shares were up 13% on Monday but fell 17% on Tuesday.")
    assert (up.change, down.change) == ("up", "down")


def test_quantities_currency_converted_at_document_date():
    hkd = only("Zhipu hoped to raise HK$4.35 billion.", "2026-01-02")
    assert hkd.currency == "HKD"
    assert 550e6 < hkd.normalized < 565e6  # the HKD peg: 7.75–7.85 per US dollar


def test_quantities_minor_word_numbers_only_when_asked():
    assert read_figures("You have one solution that does it all.") == []
    assert [f.value for f in read_figures("You have one solution that does it all.", minor=True)] == [1]


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_quantities_never_raise_and_intervals_hold(text):
    for figure in read_figures(text):
        low = -math.inf if figure.low is None else figure.low
        high = math.inf if figure.high is None else figure.high
        assert low <= figure.value + 1e-9 and figure.value <= high + 1e-9


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=1, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_quantities_format_then_parse_round_trips(number):
    value = float(number)
    figure = only(f"Revenue was ${format_number(value)} last year.")
    assert figure.value == pytest.approx(value, rel=5e-3)
