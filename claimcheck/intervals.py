"""Whether two figures can both be right, at the precision each is stated to.

A figure is an interval: "7 people" written as a rounded figure would cover 6.5 to 7.5,
"$3.6 billion" covers $3.55 to $3.65 billion, "over 700 million" everything above 700
million. Two figures agree only when their intervals share more than a single point, or
when one figure's stated value lies inside the other's interval: intervals that merely
touch ("$3.6 billion" and "$3.7 billion" meet at $3.65 billion) belong to two different
figures. Three readings sharpen the intervals:

- an exact count ("86 people", "330 shows", "19 countries": a count, no hedge, no scale
  word, fewer than two trailing zeros) is the number itself, so 86 and 85 people cannot
  both be right, while "2,200 structures" and "100 million users" keep their rounding;
- "more than 10" excludes 10 and "at least 10" includes it, so "more than 10 boxes"
  against an exact "10 boxes" disagrees, while "more than 3%" against a rounded "3%"
  (anything from 2.5% to 3.5%) is compatible;
- two stated ranges are the same only when both ends agree ("74 to 135" is not "54 to 135").

This module is the one place where these rules live; :mod:`claimcheck.compare` asks it.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from .models import NON_PHYSICAL_KINDS, Quantity

#: Relative room for floating-point error when deciding that two intervals only touch.
_EPSILON = 1e-9
#: Bounds that include their value ("at least 10", "10 or more", "up to 10").
_INCLUSIVE_BOUND_RE = re.compile(
    r"^(?:at least|no (?:less|fewer|more) than|not (?:less|fewer|more) than|up to|as (?:much|many|high|low) as|"
    r"at most|a (?:maximum|minimum) of)\b|(?:\+|\bor (?:more|above|higher|less|fewer|below|lower))$",
    re.IGNORECASE,
)


#: "just over", "slightly more than", "just shy of": a bound a little past its value.
_JUST_PAST_RE = re.compile(
    r"^(?:just|slightly|a little|a bit|a touch|a shade|fractionally|marginally)\s+(?:over|above|more than|under|below|less than|shy of|short of)\b",
    re.IGNORECASE,
)
#: Scales that are always reported to a fixed step, whatever digits a writer keeps.
_REPORTED_TO = {"magnitude": 0.1}
#: "as high as", "as low as": a day's extreme when a price is traded there.
_NEARLY_RE = re.compile(r"^(?:nearly|almost|close to|just shy of)\b", re.IGNORECASE)
_EXTREME_RE = re.compile(r"^as (?:high|low) as\b", re.IGNORECASE)
#: How far "just over" reaches: past 8 by a sixteenth is 8.5, where "about 8.5" would be written.
_JUST_PAST = 0.0625


def is_exact_count(q: Quantity) -> bool:
    """A count stated without a hedge, a range or rounding: "86 people", "330 shows".

    The reader gives a whole number the precision of its trailing zeros ("330": 10,
    "2,200": 100, "3 million": a million); one trailing zero is still read as exact,
    since "330 shows" or "50 seats" are how exact tallies are written.
    """
    if q.kind != "count" or q.change != "=" or q.range or q.low is None or q.high is None:
        return False
    return float(q.value).is_integer() and q.high - q.low <= 10


def is_exact_term(q: Quantity) -> bool:
    """A whole term written as a noun's modifier: "a two-year deal", "a 10-year ban" is that long exactly.

    A term is agreed, not measured: "two-year" and "two-and-a-half-year" are two terms,
    where "two years" and "2.5 years" of elapsed time may be one rounded.
    """
    return (
        q.kind == "duration"
        and q.change == "="
        and not q.range
        and float(q.value).is_integer()
        and bool(_TERM_RE.match(q.text.strip()))
    )


_TERM_RE = re.compile(r"^[\w.]+[\-\u2011](?:year|month|week|day)$", re.I)


def is_bound(q: Quantity) -> bool:
    """A figure stated as a bound ("over 700 million", "up to 5 cm"), not a value or range."""
    return q.change in (">", "<")


def is_stated(q: Quantity) -> bool:
    """A figure stated as a value or range: both ends of its interval known."""
    return not is_bound(q) and q.normalized_low is not None and q.normalized_high is not None


def bounds(q: Quantity) -> tuple[float, float, bool, bool]:
    """(low, high, low_open, high_open) of a figure in its comparison unit.

    A fall is negated, so "rose 12%" and "fell 12%" disagree; an exact count is the
    single point of its value; "more than" leaves its value out of the interval.
    """
    if is_exact_count(q) or is_exact_term(q):
        low = high = q.normalized
    else:
        low = -math.inf if q.normalized_low is None else q.normalized_low
        high = math.inf if q.normalized_high is None else q.normalized_high
        if q.unit in _REPORTED_TO and q.change == "=" and not q.range:
            # "a 7 magnitude quake" is 7.0: agencies give magnitudes to a tenth, so 7 and 6.8 differ
            low, high = q.normalized - _REPORTED_TO[q.unit] / 2, q.normalized + _REPORTED_TO[q.unit] / 2
        elif q.moment and q.moment.endswith(("intraday", "high", "low")) and _EXTREME_RE.match(q.text.strip()):
            # "traded as high as $57.80": the day's high was that price, not anything up to it
            low = high = q.normalized
        elif _JUST_PAST_RE.match(q.text.strip()):
            # "just over $8 billion" stops short of the next figure a writer would round to
            if q.change == ">" and high == math.inf:
                high = q.normalized * (1 + _JUST_PAST) if q.normalized > 0 else high
            elif q.change == "<" and low == -math.inf and q.normalized > 0:
                low = q.normalized * (1 - _JUST_PAST)
    nearly = bool(_NEARLY_RE.match(q.text.strip()))
    if nearly and not q.range and q.normalized and q.normalized > 0:
        high = min(high, q.normalized)  # "nearly 5%" is short of 5%, however wide its rounding below
    strict = is_bound(q) and not _INCLUSIVE_BOUND_RE.search(q.text.strip())
    low_open = strict and q.change == ">"
    high_open = strict and q.change == "<" or nearly  # "nearly 21": short of 21
    if q.change == "down":
        return -high, -low, high_open, low_open
    return low, high, low_open, high_open


def agree(qa: Quantity, qb: Quantity) -> bool:
    """Whether both figures can be right at the precision each is stated to (two sums in one currency at one
    rate: :func:`one_rate`)."""
    qa, qb = one_rate(qa, qb)
    if qa.range and qb.range and is_stated(qa) and is_stated(qb):
        same_way = (qa.change == "down") == (qb.change == "down")
        return same_way and _ends_agree(qa, qa.low, qb, qb.low) and _ends_agree(qa, qa.high, qb, qb.high)
    if _truncated(qa, qb) or _truncated(qb, qa) or _converted_unit(qa, qb):
        return True
    return _meet(bounds(qa), bounds(qb), _signed(qa), _signed(qb))


def _converted_unit(qa: Quantity, qb: Quantity) -> bool:
    """ "950 kilometers" against "600 miles": one distance in two units, one of them a writer's conversion rounded to
    its own digits (600 miles are 966 km), as a sum in two currencies is one sum at a publisher's rate."""
    if qa.kind != qb.kind or qa.kind in _NOT_CONVERTED or qa.unit == qb.unit or qa.range or qb.range:
        return False
    if not qa.normalized or not qb.normalized or (qa.normalized > 0) != (qb.normalized > 0):
        return False
    low, high = sorted((abs(qa.normalized), abs(qb.normalized)))
    return high / low - 1 <= _CONVERSION_ALLOWANCE


#: Kinds whose figures are not converted between units of one dimension by writers (or, for temperatures and
#: magnitudes, not on a scale where a share of the value is a rounding).
_NOT_CONVERTED = NON_PHYSICAL_KINDS | {"age", "temperature", "magnitude"}
#: How far a conversion into another unit may stray from the figure it converts.
_CONVERSION_ALLOWANCE = 0.04


def _truncated(whole: Quantity, exact: Quantity) -> bool:
    """ "£67,801" against "£67,801.72": the one written to the unit drops the other's decimals; a writer cuts
    them off as often as rounding them, so the two agree."""
    if whole.range or exact.range or whole.change not in (None, "=") or exact.change not in (None, "="):
        return False
    if whole.unit != exact.unit or whole.currency != exact.currency or whole.value is None or exact.value is None:
        return False
    if "." in whole.text or "." not in exact.text or whole.value != int(whole.value):
        return False
    return whole.value == math.floor(exact.value) and exact.value != whole.value


def bound_at_value(qa: Quantity, qb: Quantity) -> tuple[Quantity, Quantity] | None:
    """(bound, value) when one figure is a bound set at the other's stated value ("more than 10" vs "10")."""
    for bound, value in ((qa, qb), (qb, qa)):
        if is_bound(bound) and is_stated(value) and not value.range and _close(bound.normalized, value.normalized):
            return bound, value
    return None


def different_ceilings(qa: Quantity, qb: Quantity) -> bool:
    """Two ceilings set at different values: "up to $7 billion" and "up to $6 billion" are compatible as
    numbers, but each outlet gives the most the figure can be, and the two most differ."""
    return _bounds_set_apart(*one_rate(qa, qb), "<")


def different_floors(qa: Quantity, qb: Quantity) -> bool:
    """Two floors of a count set at different values, each the count its source had rather than a round figure:
    "more than 230 agencies" and "more than 280", "at least 16" and "at least 32". Compatible as numbers, but each
    outlet gives the least the count can be, and the two least differ; "over 700 million" and "over one billion" are
    round, and two floors of a sum ("at least $7 billion", "at least $6 billion") stay compatible bounds."""
    if qa.kind != "count" or qb.kind != "count" or not (_counted_floor(qa) and _counted_floor(qb)):
        return False
    return _bounds_set_apart(qa, qb, ">")


def _bounds_set_apart(qa: Quantity, qb: Quantity, change: str) -> bool:
    """Two bounds of one direction (``change``: "<" ceilings, ">" floors) whose values differ at their precision."""
    if not (qa.change == qb.change == change) or qa.range or qb.range or not qa.value or not qb.value:
        return False
    return not _ends_agree(qa, qa.value, qb, qb.value)


def _counted_floor(q: Quantity) -> bool:
    """A floor told as a count so far ("at least 16") or written in digits to two significant digits or more ("over
    230"); "more than a dozen" is a round figure in words."""
    if q.text.strip().lower().startswith(("at least", "no fewer", "not fewer", "no less", "not less")):
        return True
    return len("".join(re.findall(r"\d", q.text)).strip("0")) >= 2


def gap(qa: Quantity, qb: Quantity) -> float:
    """Relative difference of the two figures, 0 when equal, near 1 when far apart."""
    a, b = _signed(qa), _signed(qb)
    top = max(abs(a), abs(b))
    return abs(a - b) / top if top else 0.0


def _signed(q: Quantity) -> float:
    return -q.normalized if q.change == "down" else q.normalized


def _meet(span_a, span_b, value_a: float, value_b: float) -> bool:
    """Two intervals share more than a point, or touch at a stated value both include."""
    low_a, high_a, low_open_a, high_open_a = span_a
    low_b, high_b, low_open_b, high_open_b = span_b
    low, high = max(low_a, low_b), min(high_a, high_b)
    finite = [abs(x) for x in (low_a, high_a, low_b, high_b) if math.isfinite(x)]
    tolerance = _EPSILON * max(finite + [1.0])
    if high - low > tolerance:
        return True
    if high - low < -tolerance:
        return False
    point = (low + high) / 2 if math.isfinite(low + high) else low
    if not (_close(point, value_a) or _close(point, value_b)):
        return False  # "$3.6 billion" and "$3.7 billion" meet at $3.65 billion, which neither states
    return _includes(span_a, point, tolerance) and _includes(span_b, point, tolerance)


def _includes(span, point: float, tolerance: float) -> bool:
    low, high, low_open, high_open = span
    if abs(point - low) <= tolerance:
        return not low_open
    if abs(point - high) <= tolerance:
        return not high_open
    return low < point < high


def _ends_agree(qa: Quantity, end_a: float, qb: Quantity, end_b: float) -> bool:
    """One end of two stated ranges, each read at the precision its digits give."""
    spans, values = [], []
    for end, q in ((end_a, qa), (end_b, qb)):
        factor = q.normalized / q.value if q.value else 1.0
        # A converted figure carries the reader's allowance for the publisher's rate.
        slack = q.normalized_high / (q.high * factor) - 1 if q.high and factor and q.normalized_high else 0.0
        half = _place(end) / 2
        low, high = (end - half) * factor * (1 - slack), (end + half) * factor * (1 + slack)
        spans.append((min(low, high), max(low, high), False, False))
        values.append(end * factor)
    return _meet(spans[0], spans[1], values[0], values[1])


def _place(x: float) -> float:
    """The place of the last non-zero digit: 135 -> 1, 2,200 -> 100, 4.8 -> 0.1."""
    x = abs(x)
    if x == 0:
        return 1.0
    for exponent in range(15, -7, -1):
        place = 10.0**exponent
        multiple = round(x / place)
        if multiple and abs(multiple * place - x) <= _EPSILON * x:
            return place
    return 10.0**-6


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _EPSILON * max(abs(a), abs(b), 1.0)


def adds_up_to(part: Quantity, siblings, whole: Quantity) -> Quantity | None:
    """Another figure of ``part``'s sentence that, added to it, makes ``whole``, or None.

    "to forfeit $2.5 billion and pay a $1.8 billion fine" against "a $4.3 billion penalty": each sum is a
    part of the other article's whole, not a misreport of it.
    """
    if part.change in ("up", "down") or part.range or not 0 < part.normalized < whole.normalized:
        return None
    low, high, _, _ = bounds(whole)
    for other in siblings:
        if other is part or (other.kind, other.unit, other.currency) != (part.kind, part.unit, part.currency):
            continue
        if other.change in ("up", "down") or other.range or other.normalized <= 0:
            continue
        total = part.normalized + other.normalized
        slack = whole.normalized * 0.005
        # the parts make the figure as written, not merely a sum its open bound allows ("at least 121" is no
        # whole of 116 and 250,000)
        if low - slack <= total <= high + slack and abs(total - whole.normalized) <= whole.normalized * _PARTS_NEAR:
            return other
    return None


#: How near two parts' sum must be to the figure written as their whole: a hedge's width ("about $4.3 billion").
_PARTS_NEAR = 0.1


def one_rate(qa: Quantity, qb: Quantity) -> tuple[Quantity, Quantity]:
    """Two sums in one currency, compared at one exchange rate and to the digits written.

    Each figure is converted to US dollars at its own article's date, so "€510 million"
    in January and "€510 million" in May would differ by the euro's drift; and a converted
    figure carries an allowance for the publisher's rate, which "£115m" against "£113m"
    does not need: in the same currency and unit the stated amounts are what is compared.
    """
    if (
        qa.kind != "money"
        or qa.currency != qb.currency
        or qa.currency == "USD"  # dollars carry no allowance and one rate: nothing to redo
        or qa.unit != qb.unit
        or not qa.value
        or not qb.value
        or qa.normalized is None
        or qb.normalized is None
    ):
        return qa, qb
    factor = qa.normalized / qa.value
    return _at_rate(qa, factor), _at_rate(qb, factor)


def _at_rate(figure: Quantity, factor: float) -> Quantity:
    """``figure`` converted at ``factor``, its interval the written one's (no allowance for another rate)."""
    return replace(
        figure,
        normalized=figure.value * factor,
        normalized_low=None if figure.low is None else figure.low * factor,
        normalized_high=None if figure.high is None else figure.high * factor,
    )
