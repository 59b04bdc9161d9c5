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
        ("SFr", "CHF"),
        ("KSh", "KES"),
        ("Dhs", "AED"),
        ("Rp", "IDR"),
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


@pytest.mark.parametrize(
    "sentence, text, code, unit",
    [
        ("The loan came to 2 billion Kenyan shillings.", "2 billion Kenyan shillings", "KES", "kenyan shilling"),
        ("Imports cost 80 million Swedish kronor.", "80 million Swedish kronor", "SEK", "swedish krona"),
        ("He was paid 900,000 naira.", "900,000 naira", "NGN", "nigerian naira"),
        ("A ticket is 25 brazilian reais.", "25 brazilian reais", "BRL", "brazilian real"),
        ("The room costs 18,000 ₡.", "18,000 ₡", "CRC", "costa rican colón"),
        ("Bread sells at ₦ 1,200 per loaf.", "₦ 1,200 per loaf", "NGN", "nigerian naira per loaf"),
        ("The fund holds 120 btc.", "120 btc", "BTC", "bitcoin"),
        ("He owes me 40 bucks.", "40 bucks", "USD", "dollar"),
        ("She left a 20-euro tip.", "20-euro", "EUR", "euro"),
        ("The bill came to 3 pounds 20 pence.", "3 pounds 20 pence", "GBP", "pound sterling"),
    ],
)
def test_currency_every_currency_by_its_english_name_and_sign(sentence, text, code, unit):
    figure = read_figures(sentence)[0]
    assert (figure.text, figure.currency, figure.unit) == (text, code, unit)


@pytest.mark.parametrize(
    "sentence",
    ["The 3 real reasons are simple.", "Add 5 drams of water.", "All 12 top teams met.", "It costs 5 all told."],
)
def test_currency_plain_words_and_short_codes_are_no_currency(sentence):
    assert all(f.kind != "money" and not f.currency for f in read_figures(sentence))


@pytest.mark.parametrize(
    "sentence, value, code",
    [("The scheme cost rupees 12 lakh.", 1.2e6, "INR"), ("The fund holds yuan 3 billion.", 3e9, "CNY")],
)
def test_currency_a_name_written_before_the_amount(sentence, value, code):
    figure = read_figures(sentence)[0]
    assert (figure.value, figure.currency) == (value, code)


@pytest.mark.parametrize(
    "sentence",
    [
        "The film raked in 112 crores on its opening day.",
        "The broadcaster kept the rights with a bid of 18,240 crore.",
        "In Kerala the film opened to 6.5 crores gross.",
        "It may touch the 1,000 crore mark worldwide.",
    ],
)
def test_currency_an_indian_scale_with_no_currency_is_a_sum_of_rupees(sentence):
    figure = read_figures(sentence, "2024-06-30")[0]
    assert (figure.kind, figure.currency) == ("money", "INR")


@pytest.mark.parametrize(
    "sentence, counted",
    [
        ("The leak exposed data of 7 crore customers.", "customer"),
        ("About 2 lakh attended the rally.", ""),  # the verb after says whom it counts
        ("Nearly 1.5 lakh were evacuated.", ""),
    ],
)
def test_currency_an_indian_scale_still_counts_what_follows_it(sentence, counted):
    figure = read_figures(sentence, "2024-06-30")[0]
    assert (figure.kind, figure.unit, figure.currency) == ("count", counted, None)


def test_currency_an_indian_scale_in_a_sentence_about_taka_is_taka():
    _, rest = read_figures("The bank lost Tk 500 crore and a further 200 crore.", "2024-06-30")
    assert rest.currency == "BDT"


def test_currency_a_tournament_is_no_money():
    assert all(f.kind != "money" for f in read_figures("Euro 2028 will draw 3 million fans."))


def test_currency_words_in_newsroom_plurals_and_slang():
    assert (CURRENCY_WORDS["nairas"], CURRENCY_WORDS["zlotys"], CURRENCY_WORDS["quid"]) == ("NGN", "PLN", "GBP")
    assert CURRENCY_WORDS["afghanis"] == "AFN"  # the plural of a name's last word
    assert "wons" not in CURRENCY_WORDS  # too short to pluralise safely
