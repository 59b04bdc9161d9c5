"""A sum and its conversion in parentheses ("HK$7.8 billion (US$1 billion)"): which bracketed figures are
conversions, and whether a conversion holds at the ECB rate of the article's date."""

from __future__ import annotations

import re

from .currency import to_usd
from .models import Quantity
from .rounding import interval, make_finding
from .timeref import parse_iso

#: Room for the publisher's exchange rate and day, each way, on a conversion.
RATE_SPREAD = 0.02
#: A conversion is often written when the sum was first announced and carried into later
#: articles unchanged ("380 billion yuan ($52 billion)" a year on), so any rate of the
#: months before the article's date holds too.
RATE_LOOKBACK_MONTHS = 12
_PAREN_RE = re.compile(r"^\s*[(\[]\s*$")
#: Two sums this close, one in brackets after the other, are one sum written twice.
_SAME_SUM = 0.02
_BRACKET_CLOSES_RE = re.compile(r"^\s*[)\]]")
_CONVERSION_RE = re.compile(r"^\s*[(\[]\s*(?:about|around|roughly|approximately|some|or|c\.)?\s*$", re.I)
#: "a €1.8 billion fine ($1.9 billion)": the noun the sum qualifies stands between it and its conversion.
_NOUN_THEN_CONVERSION_RE = re.compile(
    r"^\s*(?!(?:and|or|to|from|in|of|for|with|by|at|than|versus|vs|against|on|a|the)\b)[a-z][a-z\-]*\s+"
    r"[(\[]\s*(?:about|around|roughly|approximately|some|or|c\.)?\s*$"
)
#: Between two conversions in one bracket: "(£100m/$122m)", "($110 million, £86 million)".
_NEXT_IN_BRACKET_RE = re.compile(r"^\s*(?:[/,;]|or)\s*(?:or\s+)?$", re.I)


def conversions(sentence: str, figures: list[Quantity], date: str | None):
    """A sum followed by its conversion in parentheses, against the rates of the article's date and the year before."""
    if parse_iso(date) is None:
        return  # without the article's date there is no rate to hold the conversion to
    for first, second in zip(figures, figures[1:]):
        if not (first.kind == second.kind == "money" and first.currency and second.currency):
            continue
        if first.currency == second.currency or not _PAREN_RE.match(sentence[first.end : second.start]):
            continue
        rates = [_rate(first.currency, second.currency, day) for day in _rate_days(date)]
        if not rates[0] or not all(rates):
            continue
        rate = rates[0]  # units of the second currency per unit of the first, on the article's date
        low, high = interval(first)
        span = (low * min(rates) * (1 - RATE_SPREAD), high * max(rates) * (1 + RATE_SPREAD))
        computed = first.value * rate
        expression = f"{first.text} at {rate:.4g} {second.currency}/{first.currency}"
        if len(rates) > 1:
            expression += f" (in the year before: {min(rates):.4g} to {max(rates):.4g})"
        yield make_finding("conversion", (first, second), computed, span, second.value, interval(second), expression,
                       second.text)  # fmt: skip


def _rate(source: str, target: str, day: str | None) -> float | None:
    """Units of ``target`` currency per unit of ``source`` on ``day``."""
    rate_source, rate_target = to_usd(1.0, source, day), to_usd(1.0, target, day)
    return rate_source / rate_target if rate_source and rate_target else None


def _rate_days(date: str | None) -> list[str | None]:
    """The article's date, then the same day of each of the :data:`RATE_LOOKBACK_MONTHS` months before it."""
    day = parse_iso(date)
    if day is None:
        return [date]
    days = [day.isoformat()]
    for back in range(1, RATE_LOOKBACK_MONTHS + 1):
        year, month = divmod(day.year * 12 + day.month - 1 - back, 12)
        days.append(f"{year:04d}-{month + 1:02d}-{min(day.day, 28):02d}")
    return days


def is_conversion(sentence: str, previous: Quantity, figure: Quantity) -> bool:
    """``figure`` is ``previous`` converted, in brackets right after it: "£25m (€30m)", "30 km (19 miles)", or after
    the noun a sum qualifies: "a €1.8 billion fine ($1.9 billion)"."""
    between = sentence[previous.end : figure.start]
    return _another_unit(previous, figure) and bool(
        _CONVERSION_RE.match(between) or previous.kind == "money" and _NOUN_THEN_CONVERSION_RE.match(between)
    )


def _another_unit(previous: Quantity, figure: Quantity) -> bool:
    """One kind of amount in another currency or unit: what a conversion of ``previous`` would be."""
    return (
        previous.kind == figure.kind
        and figure.kind not in ("count", "percent")
        and (figure.currency, figure.unit) != (previous.currency, previous.unit)
    )


def one_sum_groups(sentence: str, figures) -> list[int]:
    """For each figure, the sum it states: a sum and its conversions in brackets after it ("€115m (£100m/$122m)",
    "100 million euros ($110 million, £86 million)") are one sum, to be weighed once against another's."""
    groups: list[int] = []
    joined = False  # the previous figure was itself a conversion, in a bracket still open
    for i, figure in enumerate(figures):
        previous = figures[i - 1] if i else None
        joined = previous is not None and (
            is_conversion(sentence, previous, figure)
            or joined
            and _another_unit(previous, figure)
            and bool(_NEXT_IN_BRACKET_RE.match(sentence[previous.end : figure.start]))
        )
        groups.append(groups[-1] if joined else len(groups))
    return groups


def unnamed_dollar(sentence: str, previous: Quantity, figure: Quantity) -> bool:
    """ "US$2 million ($3m)": a bracket holding only a sum in the sign of the sum before it converts it into a
    local dollar the sentence does not name (a New Zealand or Australian paper's own), not a second US sum."""
    return (
        figure.kind == previous.kind == "money"
        and figure.currency == previous.currency
        # "$736.4 million ($736,421,584)" gives the same sum exactly: that is no conversion
        and abs(figure.normalized - previous.normalized) > _SAME_SUM * abs(previous.normalized)
        and bool(_CONVERSION_RE.match(sentence[previous.end : figure.start]))
        and bool(_BRACKET_CLOSES_RE.match(sentence[figure.end :]))
    )
