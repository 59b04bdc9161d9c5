"""Conversions in parentheses (claimcheck.conversions), read and judged through check_arithmetic."""

import pytest

from claimcheck.arithmetic import check_arithmetic


def _verdicts(sentence, kind, date="2024-03-15"):
    return [f.verdict for f in check_arithmetic(sentence, date) if f.kind == kind]


@pytest.mark.parametrize(
    ("sentence", "date", "expect"),
    [
        ("The deal is worth HK$7.8 billion (US$1 billion).", "2024-05-01", "consistent"),
        ("The deal is worth HK$7.8 billion (US$1.3 billion).", "2024-05-01", "inconsistent"),
        ("The grant of €500 million ($540 million) was approved.", "2023-06-15", "consistent"),
        ("The grant of €500 million ($640 million) was approved.", "2023-06-15", "inconsistent"),
        ("It cost €10 million (about $11 million).", "2023-06-15", "consistent"),
    ],
)
def test_conversions_conversion(sentence, date, expect):
    assert _verdicts(sentence, "conversion", date) == [expect]


def test_conversions_conversion_allows_the_rates_of_the_year_before():
    """A sum converted when first announced keeps that conversion; a wrong one is still caught."""
    carried = check_arithmetic("The port will cost 200 billion yen ($1.4 billion).", "2024-06-03")
    assert [f.verdict for f in carried] == ["consistent"]  # at mid-2023 rates; at 157 yen, $1.27 billion
    assert "in the year before" in carried[0].explanation
    assert _verdicts("The port will cost 200 billion yen ($2.6 billion).", "conversion", "2024-06-03") == [
        "inconsistent"
    ]


@pytest.mark.parametrize(
    ("sentence", "groups"),
    [
        ("Brussels handed Voltex a €1.8 billion fine ($1.9 billion) on Monday.", [0, 0]),  # the noun between
        ("The club paid a £95m fee (€110m) for the striker.", [0, 0]),
        ("Costs rose from €1.8 billion to ($2.5 billion in dollars) this year.", [0, 1]),  # "to" is no noun
    ],
)
def test_conversions_a_sum_and_its_conversion_after_the_noun_it_qualifies_are_one_sum(sentence, groups):
    from claimcheck.conversions import one_sum_groups
    from claimcheck.quantities import read_figures

    assert one_sum_groups(sentence, read_figures(sentence, "2024-03-05")) == groups
