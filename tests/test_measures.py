"""Measure families: which words name one kind of figure."""

import pytest

from claimcheck.measures import measure_family


@pytest.mark.parametrize(
    "a, b",
    [
        ("raised", "IPO proceeds"),  # the table's families
        ("withdrawals", "deposits withdrawn"),  # a verb and its noun, unknown to the table, by their stem
        ("acres burned", "burning"),
        ("weekly active users", "users"),
    ],
)
def test_measures_one_family(a, b):
    assert measure_family(a)[0] == measure_family(b)[0]


def test_measures_qualifiers_and_a_market_value():
    assert measure_family("weekly active users")[1] == {"weekly", "active"}
    assert measure_family("market value") == ("valuation", frozenset({"market"}))
    assert measure_family("valued")[1] == frozenset()
    assert measure_family("shows")[0] != measure_family("showers")[0]


@pytest.mark.parametrize(
    "measure", ["deal", "contract worth", "earn", "salary", "wage", "year contract", "compensation package"]
)
def test_measures_a_sum_per_year_under_a_contract_or_earning_is_pay(measure):
    from claimcheck.measures import pay_measure

    assert pay_measure(measure, "money", "US dollar per year") == "pay"
    assert pay_measure(measure, "money", "US dollar per season") == "pay"
    assert pay_measure(measure, "duration", "year") == "contract"  # "a two-year deal": its length


@pytest.mark.parametrize(
    "measure, unit", [("deal", "US dollar"), ("revenue", "US dollar per year"), ("price", "US dollar per share")]
)
def test_measures_a_total_or_other_rate_keeps_its_measure(measure, unit):
    from claimcheck.measures import pay_measure

    assert pay_measure(measure, "money", unit) == measure


def test_measures_a_deal_s_worth_is_the_price_of_what_changed_hands():
    from claimcheck.measures import measure_family

    assert measure_family("deal worth")[0] == "price"
    assert measure_family("acquisition")[0] == "price"
    assert measure_family("fee")[0] == "price"
    assert measure_family("market value")[0] == "valuation"  # no deal named: a company's value
