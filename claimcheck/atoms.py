"""How one figure is written and what its wording allows.

:data:`ATOM_RE` finds one number as news writes it (digits, number words, fractions, with a
currency before it, a sign and a scale word after it); :func:`build` gives a read figure its
interval ("about" widens it, "over" opens it) and its normalized values; :func:`rebuilt` reads a
figure again with another change or in a neighbour's unit. :mod:`claimcheck.quantities` and
:mod:`claimcheck.ranges` share them.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from .currency import CURRENCY_PREFIX, ISO_CODES
from .models import Quantity
from .numbers import FRACTION_WORDS, NUMBER_WORDS, SCALE_WORDS, UNITS_WORDS, VULGAR_FRACTIONS
from .unit_table import UNIT_SPREAD

_FRACTIONS = "|".join(sorted(FRACTION_WORDS, key=len, reverse=True))
_SEP = r"(?:\s*[\-\u2011]\s*|\s+)"  # between number words: "twenty-five", "twenty - five", "one hundred"
_BIG = r"hundred|thousand|million|billion|trillion|dozen"
# "one hundred and twenty-five", "two and a half", "three dozen": "and" only after a scale word
# ("one and two" are two numbers) or before "a half".
_WORD_NUMBER = (
    rf"(?:(?:{NUMBER_WORDS})\b|an?(?={_SEP}(?:{_BIG})\b))"
    rf"(?:{_SEP}(?:(?:{NUMBER_WORDS})\b|(?:{_BIG})\b(?:{_SEP}and(?={_SEP}(?:{NUMBER_WORDS})\b))?))*"
    rf"(?:{_SEP}and{_SEP}(?:an?|{'|'.join(list(UNITS_WORDS)[1:10])}){_SEP}(?:{_FRACTIONS})\b"
    rf"|\spoint(?:\s(?:{'|'.join(list(UNITS_WORDS)[:10])})\b)+)?"
)
# A fraction word joined to a noun is an adjective or a name: "a third-party app", "half-time".
_FRACTION_WORD = (
    rf"(?:(?:a|an|{'|'.join(list(UNITS_WORDS)[1:10])})[\s\-\u2011](?:{'|'.join(sorted(FRACTION_WORDS, key=len, reverse=True))})"
    r"|half(?=\s+(?:of|the|a|an|its|their|his|her|our|all|these|those)\b)(?!\s+a\s+dozen)|(?<=than\s)half)"
    r"(?![\-\u2011]\w)"
)
# "one in five", "8 out of every 10": a share written as two counts.
_ONE_IN = (
    rf"(?:{'|'.join(list(UNITS_WORDS)[1:10])}|\d{{1,2}})\s(?:in|out of)(?:\s(?:every|each))?"
    rf"\s(?:{'|'.join(sorted(list(UNITS_WORDS)[2:], key=len, reverse=True))}"
    rf"|twenty(?:[\-\u2011](?:{'|'.join(list(UNITS_WORDS)[1:10])}))?|\d{{1,3}})"
    r"(?![\w\-\u2011])(?!\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches)\b)"
)
# "half a million", "a quarter of a billion": the fraction of a scale word.
_FRACTION_OF_SCALE = (
    r"(?:half|an?\squarter|three\squarters|an?\sthird|two\sthirds)(?:\sof)?(?:\san?)?"
    r"(?=\s(?:million|billion|trillion|thousand)\b)"
)
_VULGAR = "".join(VULGAR_FRACTIONS)
_DIGITS = (
    r"(?:\d{1,3} \. \d{1,3}(?=\s?(?:%|per ?cent\b|percent\b|pct\b|million\b|billion\b))|\d{1,3}(?:\.\d{3}){2,}(?![\d.])|\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)|\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d\-\u2011]|,\d)|\d+,\d{1,2}(?![\d,])|\d+)(?:\.\d+)?(?:[eE][+\-]?\d{1,3}(?![\w.])|\s?["
    + _VULGAR
    + r"])?|\.\d+|["
    + _VULGAR
    + r"]"
)
_SCALE = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
#: Full-width digits and signs as Chinese and Japanese text writes them.
FULL_WIDTH = str.maketrans("０１２３４５６７８９．，％＄", "0123456789.,%$")
# No figure starts inside a word or a number: the look-behind lets the scan skip those places fast.
_ATOM = (
    rf"(?<![A-Za-z0-9])(?P<cur>(?:{CURRENCY_PREFIX}))?"
    rf"(?P<sign>(?<![\w.,\-%])(?<!\d\s)-(?=\d)|\b(?:minus|negative)[\s\-\u2011]?(?=[\da-z]))?"
    rf"(?P<num>\d{{1,3}}\s\d{{1,2}}/\d{{1,2}}(?![\d/])|\d+\s?/\s?\d+(?:st|nd|rd|th)?|(?<![\w-])(?:{_FRACTION_OF_SCALE}|{_FRACTION_WORD}|ONE_IN)|{_DIGITS}|"
    rf"(?<![\w-])(?:half(?: a |[\s\-\u2011])dozen|(?<!several\s)(?<!a\sfew\s)dozen|"
    rf"(?:a|an|one)(?=\s(?:(?:day|week|month|year|decade|century)\b))"
    rf"|{_WORD_NUMBER}|(?:{NUMBER_WORDS})(?=fold\b))(?:(?![\w])|(?=fold\b)))"
    rf"(?:[\s\-\u2011]?(?P<scale>(?:{_SCALE})(?![A-Za-z0-9])|(?-i:[KMB])(?=(?:{'|'.join(ISO_CODES)})\b)))?"
)
ATOM_RE = re.compile(_ATOM.replace("ONE_IN", _ONE_IN), re.IGNORECASE)
#: The same without "one in five": for "12 in six boxes", two counts where no share can be.
ATOM_NO_SHARE_RE = re.compile(_ATOM.replace("|ONE_IN", ""), re.IGNORECASE)

_APPROX_RELATIVE = 0.05
_NEARLY_RELATIVE = 0.15
#: A figure whose last digit is this small a share of it was written to three or more digits: its hedge is narrow.
_FINE_DIGITS = 0.01
_FINE_APPROX_RELATIVE = 0.0
#: A figure written to two digits ("about 3.5 metres", "about 45%"): past its rounding, "about" reaches this
#: share of it (a sum's reaches 5%: it may be converted from another currency at a rate nobody states).
_TWO_DIGITS = 0.1
_TWO_DIGIT_APPROX_RELATIVE = 0.015
#: "nearly N" with two or more digits stops one unit of its last digit short.
_NEARLY_DIGITS = 0.1
_CONVERSION_SLACK = 0.015


def _last_digit(value: float) -> float:
    """The place of a number's last non-zero digit: 22 gives 1, 30 gives 10, 1.58e9 gives 1e7."""
    value = abs(value)
    if not value:
        return 1.0
    place = 10.0 ** math.floor(math.log10(value))
    while place > 1e-6 and abs(round(value / place) * place - value) > 1e-9 * value:
        place /= 10
    return place


def build(sentence, start, end, figure: Quantity, value, high_value, precision, factor, change, date=None):
    """``figure`` (kind, unit, currency, range set) with its interval and normalized values.

    The interval is what the wording allows: a stated range's ends, else the stated
    precision, widened by "about" and opened by "over" / "up to".
    """
    if figure.range:
        # A stated range already says how sure the writer is: its ends are the interval.
        low, high = value, high_value
        value = (value + high_value) / 2
    else:
        low, high = value - precision / 2, value + precision / 2
    if change == "~":
        # "about 1,200" may be 1,130; "around $1.58 billion" was written to three digits, so not $1.52 billion
        fine = precision <= abs(value) * _FINE_DIGITS
        # a sum is often another currency's figure converted at a rate nobody states: it keeps the wide hedge
        two = not fine and figure.kind != "money" and precision <= abs(value) * _TWO_DIGITS
        relative = _FINE_APPROX_RELATIVE if fine else _TWO_DIGIT_APPROX_RELATIVE if two else _APPROX_RELATIVE
        # the rounding the digits allow, and a little past it: "about 2 million" is not 2.8 million
        spread = precision / 2 + abs(value) * relative
        low, high = min(low, value - spread), max(high, value + spread)
    elif change == "nearly":
        step = max(precision, _last_digit(value))  # "nearly 30%" is rounded to the ten: 28% is nearly 30%
        if value > 0 and step <= value * _NEARLY_DIGITS:
            low, high = value - step, value  # "nearly 22 months" is 21 and some, not 19
        else:
            low, high = sorted((value * (1 - _NEARLY_RELATIVE), value))  # "nearly -1" lies in [-1, -0.85]
        change = "~"
    elif change == ">":
        low, high = value, None
    elif change == "<":
        low, high = None, value  # "under 20%" states no floor: a growth rate under 2% may be negative
    if figure.kind in ("percent", "count", "money", "duration") and low is not None and value >= 0:
        low = max(low, 0.0)
    if factor is None:
        return None
    # The publisher's rate and day are unknown: a converted figure is good to a percent or two.
    slack = _CONVERSION_SLACK if figure.currency and figure.currency != "USD" else 0.0
    low_factor, high_factor = UNIT_SPREAD.get(figure.unit, (factor, factor))  # "13 tons": any ton
    raw = sentence[start:end]
    start += len(raw) - len(raw.lstrip())  # the span is the figure's text exactly, no spaces around it
    end = start + len(raw.strip())
    return replace(
        figure,
        text=sentence[start:end],
        start=start,
        end=end,
        value=value,
        low=low,
        high=high,
        normalized=value * factor,
        normalized_low=None if low is None else low * low_factor * (1 - slack),
        normalized_high=None if high is None else high * high_factor * (1 + slack),
        change=change,
    )


def rebuilt(sentence: str, figure: Quantity, date: str | None, change: str, donor: Quantity | None = None):
    """The same figure read with another change ("or 0.6%" after "lost 190 points"), or in the unit of
    ``donor`` ("3 and 4 percent")."""
    unit_from = donor or figure
    factor = unit_from.normalized / unit_from.value if unit_from.value else 1.0
    figure = replace(figure, kind=unit_from.kind, unit=unit_from.unit, currency=unit_from.currency)
    if figure.range and figure.low is not None and figure.high is not None:
        value, high_value, precision = figure.low, figure.high, 0.0
    else:  # a figure, or a range opened by "over" (its value is its middle)
        value = high_value = figure.value
        # a level's or a move's rounding ("cut 15,000 jobs" is to the thousand), not a bound's open end
        stated = figure.change in ("=", "up", "down") and figure.high is not None and figure.low is not None
        precision = figure.high - figure.low if stated else 0.0
    again = build(sentence, figure.start, figure.end, figure, value, high_value, precision, factor, change, date)
    return again or figure
