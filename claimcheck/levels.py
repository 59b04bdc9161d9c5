"""The levels a calculation takes from a sentence, and the words between them.

A change, a total or a ratio is stated between figures of one measure ("HK$38" and
"HK$50", "$560 million" and "$1.18 billion"); what joins them is read from the words
between ("from", "to", "together"), and a second clause ("while", "but") is another fact.
"""

from __future__ import annotations

import re

from .models import Quantity

FROM_RE = re.compile(r"\b(?:from|compared (?:with|to)|against|versus|vs\.?)\s*$", re.I)
CLAUSE_BREAK_RE = re.compile(r";|\b(?:while|whereas|but|although|though|meanwhile|against which)\b", re.I)
POINTS_RE = re.compile(r"\bpoints?\b", re.I)
_RANGE_SPLIT_RE = re.compile(r"\s*(?:\bto\b|–|—|-|\band\b)\s*", re.I)
LEVEL_KINDS = ("money", "count", "percent", "mass", "length", "volume", "area", "energy", "power", "speed")


def split_ranges(sentence: str, figures: list[Quantity]) -> list[Quantity]:
    """A range read after "from" ("from HK$38 to HK$50") is two levels, each with its own digits."""
    result = []
    for q in figures:
        if not (q.range and re.search(r"\bfrom\s*$", sentence[: q.start], re.I) and q.low and q.high):
            result.append(q)
            continue
        parts = _RANGE_SPLIT_RE.split(q.text, maxsplit=1)
        if len(parts) != 2:
            result.append(q)
            continue
        offset = q.text.index(parts[1], len(parts[0]))
        for text, value, start in ((parts[0], q.low, q.start), (parts[1], q.high, q.start + offset)):
            factor = q.normalized / q.value if q.value else 1.0
            result.append(
                Quantity(
                    text=text,
                    start=start,
                    end=start + len(text),
                    value=value,
                    low=value,
                    high=value,
                    kind=q.kind,
                    unit=q.unit,
                    normalized=value * factor,
                    normalized_low=value * factor,
                    normalized_high=value * factor,
                    currency=q.currency,
                )
            )
    return result


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Two different figures of one kind of level and one currency."""
    return a.kind == b.kind and a.kind in LEVEL_KINDS and (a.currency == b.currency) and a is not b


def is_level(q: Quantity) -> bool:
    """A positive figure of a level kind (an amount, a count, a rate), not a move, that a calculation can take."""
    return q.kind in LEVEL_KINDS and q.change in ("=", "~", ">", "<") and q.value > 0


def words_before(sentence: str, q: Quantity, figures: list[Quantity]) -> str:
    """The words between ``q`` and the figure before it."""
    previous = max((f.end for f in figures if f.end <= q.start), default=0)
    return sentence[previous : q.start]
