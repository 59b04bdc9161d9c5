"""How far a figure of a calculation may be off, carried through the calculation and judged.

Every figure is an interval: the place of its last written digit ("$44.20" is good to half a
cent, "38" to half a unit; an arithmetic statement writes its inputs to the digits it checks,
so the zeros of "100" count), widened by its hedge ("about", "nearly", "more than"). The
inputs' intervals are carried through the calculation, so the computed value is itself an
interval; the statement is consistent when that interval meets the one the stated result
allows. A :class:`Finding` reports this as the stated interval widened by the propagated
rounding (``low``, ``high``): the computed value must fall inside it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .intervals import is_exact_count
from .models import Quantity
from .quantities import ATOM_RE

#: "about 30%": the writer's own rounding or 10% of the value, whichever is wider.
ABOUT_RELATIVE = 0.10
#: The most rounding an amount (not a percentage or factor) in a calculation is read to carry.
_AMOUNT_RELATIVE = 0.05
#: "nearly 30%", "almost doubled": up to 15% short of the value.
NEARLY_RELATIVE = 0.15
#: Room for floating-point error at the ends of an interval.
_EPSILON = 1e-9

ABOUT_RE = re.compile(r"^(?:about|around|roughly|approximately|some|circa|an estimated|close to|nearly|almost)\b", re.I)
NEARLY_RE = re.compile(r"^(?:nearly|almost|close to|just (?:under|below|shy of)|not quite)\b", re.I)
OVER_RE = re.compile(r"^(?:more than|over|above|at least|in excess of|exceeding|upwards of|just over)\b", re.I)
UNDER_RE = re.compile(r"^(?:less than|under|below|at most|up to|no more than|fewer than)\b", re.I)


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of arithmetic a sentence states, recomputed from its figures."""

    kind: str  #: One of :data:`claimcheck.arithmetic.KINDS`.
    figures: tuple[str, ...]  #: The figures used, as written: inputs first, the stated result last.
    computed: float  #: The result the inputs give (a change in percent, a factor, a sum, a converted amount).
    stated: float  #: The result as the sentence states it, in the same unit (a fall negative).
    low: float | None  #: Lowest computed value the stated figure allows, widened by the inputs' rounding.
    high: float | None  #: Highest computed value allowed; None: no upper bound ("more than doubled").
    tolerance: float | None  #: Half the width of ``low``..``high``; None when one end is open.
    verdict: str  #: "consistent" or "inconsistent".
    explanation: str  #: One line for the fact-checker: "+31.6% stated; 50 / 38 gives +31.58%: ok".
    start: int = 0  #: Offset in the sentence of the first figure used.
    end: int = 0  #: Offset just past the last figure used.


def place(q: Quantity) -> float:
    """Half the place of the last digit written in ``q``: "$44.20" 0.005, "38" 0.5, "$1.18 billion" 5 million."""
    match = ATOM_RE.search(q.text)
    if match is None or not any(ch.isdigit() for ch in match.group("num")):
        if q.kind == "multiplier" and q.low is not None and q.high is not None and q.text[:1].isalpha():
            return 0.0 if q.high == q.low else (q.high - q.low) / 2
        return 0.5 * _scale(q, match)
    digits = match.group("num").replace(",", "").split(".")
    decimals = len(digits[1]) if len(digits) > 1 else 0
    return 0.5 * 10.0**-decimals * _scale(q, match)


def _scale(q: Quantity, match: re.Match | None) -> float:
    """What the written number was multiplied by to give ``q.value`` ("billion": 1e9)."""
    if match is None:
        return 1.0
    try:
        written = float(match.group("num").replace(",", ""))
    except ValueError:
        return 1.0
    if not written or q.range:
        return 1.0
    ratio = q.value / written
    return 10.0 ** round(math.log10(ratio)) if ratio > 0 else 1.0


def interval(q: Quantity, half: float | None = None) -> tuple[float, float]:
    """What the figure's wording allows, in its own unit and unsigned."""
    value = q.value
    half = place(q) if half is None else half
    if is_exact_count(q):
        half = 0.0  # "180 people": a tally, not a rounded figure
    if q.kind not in ("percent", "multiplier"):
        # "$1 billion" beside "$800 million" is not read as anything from $0.5 to $1.5 billion: an
        # amount that enters a calculation is taken to two significant figures at least.
        half = min(half, abs(value) * _AMOUNT_RELATIVE)
    text = q.text.strip()
    if OVER_RE.match(text):
        return value, math.inf
    if UNDER_RE.match(text):
        return 0.0, value
    if NEARLY_RE.match(text):
        return value * (1 - NEARLY_RELATIVE), value + half
    if ABOUT_RE.match(text):
        spread = max(half, abs(value) * ABOUT_RELATIVE)
        return value - spread, value + spread
    return value - half, value + half


def quotient(top: tuple[float, float], bottom: tuple[float, float]) -> tuple[float, float]:
    """Interval of top / bottom for positive intervals."""
    low_b = bottom[0] if bottom[0] > 0 else _EPSILON
    return top[0] / bottom[1], top[1] / low_b


def _judge(computed: float, span: tuple[float, float], stated: tuple[float, float]):
    """(low, high, tolerance, consistent): the stated interval widened by the computed one's spread.

    The computed value lies in ``low``..``high`` exactly when the interval the inputs allow
    (``span``) meets the one the stated result allows: the stated interval's low end moves
    down by how far the span reaches above the computed value, and its high end up by how far
    it reaches below (a span of rates from the year before reaches further one way).
    """
    low = stated[0] - (span[1] - computed)
    high = stated[1] + (computed - span[0])
    room = _EPSILON * max(abs(computed), 1.0)
    # As two figures agree (claimcheck.intervals), the intervals must share more than a point:
    # rounding intervals are open at their ends, so "499 + 1,000 votes" (below 1,499.5) is not
    # "1,500 votes" (above 1,499.5), while an exact 1,500 is, and two exact values agree when equal.
    overlap = min(span[1], stated[1]) - max(span[0], stated[0])
    if span[0] == span[1] and stated[0] == stated[1]:
        consistent = abs(span[0] - stated[0]) <= room
    elif span[0] == span[1]:
        consistent = _inside(span[0], stated, room)
    elif stated[0] == stated[1]:
        consistent = _inside(stated[0], span, room)
    else:
        consistent = overlap > room
    tolerance = (high - low) / 2 if math.isfinite(low) and math.isfinite(high) else None
    return (low if math.isfinite(low) else None), (high if math.isfinite(high) else None), tolerance, consistent


def _inside(point: float, interval: tuple[float, float], room: float) -> bool:
    """``point`` strictly inside ``interval`` (an open end of a rounding interval excluded)."""
    return interval[0] + room < point < interval[1] - room


def make_finding(kind, used, computed, span, stated_value, stated, expression, stated_text, unit=""):
    """The judged :class:`Finding` and the ids of the figures ``used``, which answer no other calculation."""
    low, high, tolerance, consistent = _judge(computed, span, stated)
    if consistent:
        outcome = "ok"
    else:
        if low is None:
            allowed = f"at most {_fmt(high, unit)}"
        elif high is None:
            allowed = f"at least {_fmt(low, unit)}"
        else:
            allowed = f"{_fmt(low, unit)} to {_fmt(high, unit)}"
        outcome = f"outside {allowed}"
    explanation = f"{stated_text} stated; {expression} gives {_fmt(computed, unit, signed=kind == 'change')}: {outcome}"
    finding = Finding(
        kind=kind,
        figures=tuple(q.text for q in used),
        computed=computed,
        stated=stated_value,
        low=low,
        high=high,
        tolerance=tolerance,
        verdict="consistent" if consistent else "inconsistent",
        explanation=explanation,
        start=min(q.start for q in used),
        end=max(q.end for q in used),
    )
    return finding, {id(q) for q in used}


def _fmt(x: float | None, unit: str = "", signed: bool = False) -> str:
    if x is None:
        return "any"
    if unit == "%":
        return f"{x:+.2f}%" if signed else f"{x:.2f}%"
    if unit == "x":
        return f"{x:.2f} times"
    for word, size in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(x) >= size:
            return f"{x / size:.4g} {word}{unit}"
    return f"{x:,.4g}{unit}"
