import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.currency import currency_code
from claimcheck.numbers import (
    FRACTION_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    parse_fraction,
    parse_number,
    parse_words,
    scale_of,
)


@pytest.mark.parametrize(
    "text, value, precision",
    [
        ("twenty-one", 21, 1),
        ("twenty - one", 21, 1),
        ("one hundred and five", 105, 1),
        ("three thousand and twelve", 3012, 1),
        ("two and a half", 2.5, 0.5),
        ("one and a quarter", 1.25, 0.25),
        ("four dozen", 48, 1),
        ("a hundred", 100, 1),
        ("six million", 6e6, 1e6),  # stated to the million, as "6 million" is
        ("two million four hundred thousand", 2.4e6, 1),
        ("a million and a half", 1.5e6, 5e5),  # the half of the scale word before it
        ("a dozen and a half", 18, 6),
        ("two point five", 2.5, 0.1),  # digits after the point
        ("twenty and three fifths", 20.6, 0.6),
        ("one hundred and three quarters", 100.75, 0.75),  # a hundred's quarters are no part of a hundred
        ("twenty one point zero five", 21.05, 0.01),
    ],
)
def test_numbers_words(text, value, precision):
    assert parse_words(text) == (pytest.approx(value), precision)


@pytest.mark.parametrize("text", ["and", "hundred", "dozen apples", "a and b"])
def test_numbers_words_that_are_no_number(text):
    assert parse_words(text) is None


@pytest.mark.parametrize(
    "text, value",
    [("half a", 0.5), ("a quarter of a", 0.25), ("three quarters", 0.75), ("two in five", 0.4), ("3/8", 0.375)],
)
def test_numbers_fractions(text, value):
    assert parse_fraction(text) == pytest.approx(value)


@pytest.mark.parametrize("text, value, is_fraction", [("½", 0.5, True), ("3½", 3.5, False), ("1 ¼", 1.25, False)])
def test_numbers_printed_fractions(text, value, is_fraction):
    parsed = parse_number(text)
    assert parsed[0] == pytest.approx(value) and parsed[2] is is_fraction


@pytest.mark.parametrize(
    "written, code",
    [
        ("US$", "USD"),
        ("U.S. $", "USD"),
        ("$US", "USD"),
        ("hk $", "HKD"),
        ("$A", "AUD"),
        ("A$", "AUD"),
        ("c $", "CAD"),
        ("NZ$", "NZD"),
        ("S$", "SGD"),
        ("Rs.", "INR"),
        ("₹", "INR"),
        ("PS", "GBP"),
        ("Y=", "JPY"),
        ("zzz", None),
    ],
)
def test_numbers_currency_prefixes_are_one_table(written, code):
    assert currency_code(written) == code


def test_numbers_word_tables_are_complete():
    assert [UNITS_WORDS[w] for w in ("zero", "nine", "nineteen")] == [0, 9, 19]
    assert [TENS_WORDS[w] for w in ("twenty", "ninety")] == [20, 90]
    assert {FRACTION_WORDS[w] for w in ("half", "halves")} == {2}
    assert [FRACTION_WORDS[w] for w in ("third", "quarters", "tenths")] == [3, 4, 10]


@pytest.mark.parametrize(
    "word, scale",
    [
        ("bn", 1e9),
        ("mln", 1e6),
        ("lakh", 1e5),
        ("lakhs", 1e5),
        ("crore", 1e7),
        ("crores", 1e7),
        ("cr", 1e7),  # "Rs 129.06 cr", as Indian desks shorten it
        ("亿", 1e8),
        ("millones", 1e6),
    ],
)
def test_numbers_scale_words_of_each_language(word, scale):
    assert scale_of(word) == scale
    assert scale_of(word.upper() + ".") == scale or not word.isascii()


@given(st.integers(min_value=0, max_value=99))
def test_numbers_every_number_under_a_hundred_reads_back_from_words(number):
    words = {v: k for k, v in {**UNITS_WORDS, **TENS_WORDS}.items()}
    written = words.get(number) or f"{words[number // 10 * 10]}-{words[number % 10]}"
    assert parse_words(written) == (number, 1.0)


@pytest.mark.parametrize(
    "text, value, precision",
    [
        ("2.400.000", 2.4e6, 1e5),  # dots between groups of three: thousands, as in European copy
        ("2.4", 2.4, 0.1),
        ("12,500", 12500, 100),
        ("1.3e6", 1.3e6, 1e5),  # scientific notation, stated to its last digit
        ("4e9", 4e9, 1e9),
        ("2⅗", 2.6, 0.0005),
    ],
)
def test_numbers_thousands_written_with_dots_or_commas(text, value, precision):
    assert parse_number(text)[:2] == (pytest.approx(value), pytest.approx(precision))


@pytest.mark.parametrize(
    "words, digits",
    [("one thousand eight hundred", "1,800"), ("a hundred", "100"), ("two thousand", "2,000"), ("twenty", "20")],
)
def test_numbers_a_round_figure_in_words_is_as_precise_as_in_digits(words, digits):
    # "one thousand eight hundred" inmates agrees with 1,844 as "1,800" does
    assert parse_number(words)[:2] == parse_number(digits)[:2]
