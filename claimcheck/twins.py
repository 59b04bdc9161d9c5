"""Figures written alike: a slipped scale word and a near copy.

Two articles that write "$787.5 million" and "$787.5 billion", or "$357.1 million" and
"$357.2 million", are far more often telling one figure, one of them wrongly, than two
facts that happen to share their digits. These tests read only the figures as written, so
they find such pairs even where a sentence's owner or measure was read wrongly
(:mod:`claimcheck.candidates` pairs them, :mod:`claimcheck.evidence` shows them).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .intervals import agree, is_stated, one_rate
from .models import Quantity


def scale_slipped(qa: Quantity, qb: Quantity) -> bool:
    """Two figures of one kind and unit written with the same digits a thousand or a million times apart:
    "$787.5 million" where another sentence writes "$787.5 billion". With two or more significant digits
    written alike, a scale word that slipped is far likelier than two facts that happen to share them."""
    if qa.kind != qb.kind or qa.unit != qb.unit or qa.kind not in ("money", "count"):
        return False
    if not qa.normalized or not qb.normalized or qa.range or qb.range:
        return False
    digits = written_digits(qa.text)
    if digits is None or _significant(digits) < 2 or digits != written_digits(qb.text):
        return False
    ratio = max(abs(qa.normalized), abs(qb.normalized)) / min(abs(qa.normalized), abs(qb.normalized))
    return near_scale_step(ratio, tolerance=0.01)


def near_scale_step(ratio: float, tolerance: float = 0.1) -> bool:
    """A ratio of about a thousand or a million: where a scale word ("million", "billion") may have slipped."""
    return any(abs(ratio / step - 1) <= tolerance for step in (1e3, 1e6))


def orders_apart(qa: Quantity, qb: Quantity) -> bool:
    """Figures :data:`ORDERS_APART` times apart or more and not about a thousand or a million times apart: two
    facts (a per-share price against a valuation), never one misreported; a slipped scale word is weighed apart."""
    if not qa.normalized or not qb.normalized:
        return False
    low, high = sorted((abs(qa.normalized), abs(qb.normalized)))
    return high / low >= ORDERS_APART and not near_scale_step(high / low)


#: Figures this many times apart are different facts (a per-share price and a valuation).
ORDERS_APART = 1000.0


@lru_cache(maxsize=65536)
def written_digits(text: str) -> str | None:
    """The number a figure is written with, without separators or leading zeros ("1,250.5" as "1250.5")."""
    found = _WRITTEN_RE.search(text)
    return found.group(0).replace(",", "").lstrip("0") or None if found else None


_WRITTEN_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def precise_twins(qa: Quantity, qb: Quantity) -> bool:
    """Two precise totals of one unit (:func:`precise_total`) within 1% of each other that cannot both be
    right: "$357.1 million" and "$357.2 million". Totals that close and that precise are one figure copied
    or revised far more often than two facts, whatever their sentences were read to say."""
    if qa.kind != qb.kind or qa.unit != qb.unit or not precise_total(qa) or not precise_total(qb):
        return False
    qa, qb = one_rate(qa, qb)  # in one currency the amounts as written, not their dollars at two articles' rates
    low, high = sorted((abs(qa.normalized), abs(qb.normalized)))
    return 0 < high / low - 1 <= 0.01 and not agree(qa, qb)


def one_step_apart(qa: Quantity, qb: Quantity) -> bool:
    """Two sums of one currency written to two significant digits or fewer and one step of the last digit apart
    ("$75 million" and "$74 million"): two roundings of one sum, or two conversions of one local sum at two days'
    rates, as often as two figures that cannot both be right."""
    if qa.kind != "money" or qb.kind != "money" or not (is_stated(qa) and is_stated(qb)):
        return False
    qa, qb = one_rate(qa, qb)
    if qa.currency != qb.currency or not (
        0 < significant_digits(qa.text) <= 2 and 0 < significant_digits(qb.text) <= 2
    ):
        return False
    low, high = sorted((abs(qa.value), abs(qb.value)))
    if not low:
        return False
    step = 10.0 ** (math.floor(math.log10(high)) - 1)
    return high - low <= step * (1 + 1e-9)


def precise_total(figure: Quantity) -> bool:
    """A sum of a million or more, or a count of a thousand or more, stated (no bound, no range) to three
    significant digits or more: "$357.1 million", "11,300", not "$350 million" or "more than $579 million"."""
    if figure.kind not in ("money", "count") or " per " in figure.unit or figure.range or not is_stated(figure):
        return False
    if not figure.normalized or abs(figure.normalized) < (1e6 if figure.kind == "money" else 1e3):
        return False
    return significant_digits(figure.text) >= 3


def significant_digits(text: str) -> int:
    """How many significant digits a figure is written with: "$357.1 million" 4, "$350 million" 2, "11,300" 3."""
    digits = written_digits(text)
    return 0 if digits is None else _significant(digits)


def _significant(digits: str) -> int:
    whole, _, decimals = digits.partition(".")
    return len((whole + decimals).lstrip("0")) if decimals else len(whole.strip("0"))
