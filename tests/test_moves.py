"""Changes and multiples (claimcheck.moves), read and judged through check_arithmetic."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.arithmetic import check_arithmetic


def _verdicts(sentence, kind, date="2024-03-15"):
    return [f.verdict for f in check_arithmetic(sentence, date) if f.kind == kind]


_LEVELS = st.integers(min_value=1000, max_value=100000).map(lambda cents: cents / 100)


@pytest.mark.parametrize(
    ("sentence", "expect"),
    [
        ("Its shares gained 25% from HK$40 to HK$50.", "consistent"),
        ("The stock lost 9% to $45.50 from $50.00 on the day.", "consistent"),
        ("Orders were 1.26 million, up 5% from 1.2 million.", "consistent"),
        ("The stock lost 19% to $45.50 from $50.00 on the day.", "inconsistent"),
        ("Orders rose 5% to 1.2 million from 1.26 million.", "inconsistent"),  # the levels fell
        ("Fees rose about 12% to $56 from $50.", "consistent"),
        ("Output more than doubled from 30 tonnes to 50 tonnes.", "inconsistent"),
        ("Output more than doubled from 30 tonnes to 65 tonnes.", "consistent"),
        ("Staff numbers halved to 260 from 520.", "consistent"),
        ("Staff numbers halved to 390 from 520.", "inconsistent"),
        ("The jobless rate rose 0.5% to 4.5% from 4%.", "consistent"),  # read as points
    ],
)
def test_moves_change(sentence, expect):
    assert _verdicts(sentence, "change") == [expect]


@pytest.mark.parametrize(
    ("sentence", "expect"),
    [
        ("Output reached 200 tonnes, five times the 2023 figure of 40 tonnes.", "consistent"),
        ("Output reached 120 tonnes, five times the 2023 figure of 40 tonnes.", "inconsistent"),
        ("The new fleet of 84 buses is twice the 42 it replaces.", "consistent"),
    ],
)
def test_moves_multiple(sentence, expect):
    assert _verdicts(sentence, "multiple") == [expect]


@pytest.mark.parametrize(
    ("sentence", "expect"),
    [
        ("Profit doubled to $44 million from $20 million.", "consistent"),  # 2.2 times: "doubled" as writers use it
        ("Profit doubled to $52 million from $20 million.", "inconsistent"),  # 2.6 times
        ("Membership tripled to 330 from 100.", "consistent"),
        ("Membership tripled to 250 from 100.", "inconsistent"),
    ],
)
def test_moves_factor_words_are_round(sentence, expect):
    assert _verdicts(sentence, "change") == [expect]


def test_moves_a_moves_start_belongs_to_the_figure_before_it():
    sentence = "The shares rose 4% to $26 on Friday, taking this year's gain to 30% from $20 in January."
    assert _verdicts(sentence, "change", "2025-05-01") == []


@settings(max_examples=150, deadline=None)
@given(a=_LEVELS, ratio=st.floats(min_value=1.01, max_value=3.0))
def test_moves_rounded_change_is_consistent(a, ratio):
    b = round(a * ratio, 2)
    change = round((b / a - 1) * 100, 1)
    sentence = f"The price rose {change}% from ${a:.2f} to ${b:.2f}."
    (finding,) = check_arithmetic(sentence, "2024-03-15")
    assert finding.verdict == "consistent", finding.explanation


@settings(max_examples=150, deadline=None)
@given(a=_LEVELS, ratio=st.floats(min_value=1.05, max_value=3.0), off=st.floats(min_value=2.05, max_value=40))
def test_moves_change_off_by_two_points_is_inconsistent(a, ratio, off):
    b = round(a * ratio, 2)
    change = round((b / a - 1) * 100 + off, 1)
    sentence = f"The price rose {change}% from ${a:.2f} to ${b:.2f}."
    (finding,) = check_arithmetic(sentence, "2024-03-15")
    assert finding.verdict == "inconsistent", finding.explanation
    assert not math.isclose(finding.computed, finding.stated)
