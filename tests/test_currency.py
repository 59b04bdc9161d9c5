import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.currency import CURRENCY_NAMES, CURRENCY_PREFIX, CURRENCY_WORDS, ISO_CODES, currency_code
from claimcheck.quantities import read_figures

PREFIX_RE = re.compile(rf"(?:{CURRENCY_PREFIX})(?=\d)", re.I)


@pytest.mark.parametrize(
    "written, code",
    [
        ("$", "USD"),
        ("U.S. $", "USD"),
        ("us$", "USD"),
        ("$US", "USD"),
        ("hk $", "HKD"),
        ("$HK", "HKD"),
        ("A$", "AUD"),
        ("$A", "AUD"),
        ("C $", "CAD"),
        ("NZ$", "NZD"),
        ("nt $", "TWD"),
        ("S$", "SGD"),
        ("R$", "BRL"),
        ("Rs.", "INR"),
        ("₹", "INR"),
        ("PS", "GBP"),
        ("Y=", "JPY"),
        ("RM", "MYR"),
        ("RMB", "CNY"),
        ("CHF", "CHF"),
    ],
)
def test_currency_code_of_every_written_prefix(written, code):
    assert currency_code(written) == code


def test_currency_code_of_an_unknown_form_is_none():
    assert currency_code("XX$") is None
    assert currency_code("Q") is None


def test_currency_words_hold_every_name_in_both_numbers():
    for code, name in CURRENCY_NAMES.items():
        assert CURRENCY_WORDS[name] == code
        assert CURRENCY_WORDS[name + "s"] == code


def test_currency_words_of_the_usual_spellings():
    assert (CURRENCY_WORDS["yuan"], CURRENCY_WORDS["roubles"], CURRENCY_WORDS["港元"]) == ("CNY", "RUB", "HKD")
    assert CURRENCY_WORDS["usd"] == "USD"  # a code written after the number


@pytest.mark.parametrize("letters", ["a", "s"])
def test_currency_a_single_small_letter_before_the_dollar_is_no_currency(letters):
    # "a $5 fee": an article, not an Australian dollar.
    match = PREFIX_RE.search(f"paid {letters} $5 today")
    assert match.group(0).strip() == "$" or currency_code(match.group(0)) == "USD"


@settings(max_examples=60, deadline=None)
@given(
    code=st.sampled_from([c for c in ISO_CODES if c not in ("KRW", "JPY")]),
    amount=st.integers(min_value=2, max_value=999),
    spaced=st.booleans(),
)
def test_currency_iso_codes_before_a_figure_read_as_money_in_that_currency(code, amount, spaced):
    sentence = f"The contract was worth {code}{' ' if spaced else ''}{amount} million in the end."
    (figure,) = read_figures(sentence, "2020-01-15")
    assert (figure.currency, figure.value) == (code, amount * 1e6)
    assert figure.kind in ("money", "count")  # a currency with no published rate stays a count
