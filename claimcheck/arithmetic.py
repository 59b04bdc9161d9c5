"""Arithmetic a sentence states: recompute it from the sentence's own figures, as statcheck does for p-values.

Four kinds of statement are recognised from the figures :func:`claimcheck.quantities.read_figures`
finds and the words around them:

- ``change``: a move and its two levels ("rose 31.6% from HK$38 to HK$50", "fell 12% to $44.20
  from $50.30", "more than doubled from 30 to 50");
- ``conversion``: a sum and its conversion in parentheses ("HK$7.8 billion (US$1 billion)"), at
  the ECB rate of the article's date;
- ``total``: parts and the total the sentence gives them ("$560 million and $620 million,
  together $1.18 billion");
- ``multiple``: "N times" a figure the sentence gives, against the other figure.

Every figure is an interval: the place of its last written digit ("$44.20" is good to half a
cent, "38" to half a unit; an arithmetic statement writes its inputs to the digits it checks,
so the zeros of "100" count), widened by its hedge ("about", "nearly", "more than"). The
inputs' intervals are carried through the calculation, so the computed value is itself an
interval; the statement is consistent when that interval meets the one the stated result
allows. A :class:`Finding` reports this as the stated interval widened by the propagated
rounding (``low``, ``high``): the computed value must fall inside it.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, replace

from .claims import stage_warning
from .currency import to_usd
from .engine import SerialEngine
from .intervals import is_exact_count
from .models import Arithmetic, Claim, Quantity, StageWarning
from .quantities import ATOM_RE, read_figures
from .timeref import parse_iso

#: Kinds of arithmetic a finding can check.
KINDS = ("change", "conversion", "total", "multiple", "shares", "ratio")
#: Room for the publisher's exchange rate and day, each way, on a conversion.
RATE_SPREAD = 0.02
#: A conversion is often written when the sum was first announced and carried into later
#: articles unchanged ("380 billion yuan ($52 billion)" a year on), so any rate of the
#: months before the article's date holds too.
RATE_LOOKBACK_MONTHS = 12
#: "about 30%": the writer's own rounding or 10% of the value, whichever is wider.
_ABOUT_RELATIVE = 0.10
#: The most rounding an amount (not a percentage or factor) in a calculation is read to carry.
_AMOUNT_RELATIVE = 0.05
#: "nearly 30%", "almost doubled": up to 15% short of the value.
_NEARLY_RELATIVE = 0.15
#: "doubled", "tripled", "halved" with no hedge: a round word for a factor within an eighth (profit that
#: went from $18 million to $40 million "doubled"; from 200 to 450 stores did not "triple").
_FACTOR_WORD_RELATIVE = 0.125
#: "three times", "5 times": a factor within 5%, or its last digit's rounding where wider.
_MULTIPLE_RELATIVE = 0.05
#: Room for floating-point error at the ends of an interval.
_EPSILON = 1e-9

_ABOUT_RE = re.compile(
    r"^(?:about|around|roughly|approximately|some|circa|an estimated|close to|nearly|almost)\b", re.I
)
_NEARLY_RE = re.compile(r"^(?:nearly|almost|close to|just (?:under|below|shy of)|not quite)\b", re.I)
_OVER_RE = re.compile(r"^(?:more than|over|above|at least|in excess of|exceeding|upwards of|just over)\b", re.I)
_UNDER_RE = re.compile(r"^(?:less than|under|below|at most|up to|no more than|fewer than)\b", re.I)
_HEDGE_BEFORE_RE = re.compile(
    r"\b(more than|over|at least|nearly|almost|close to|about|roughly|around|approximately|less than)\s+$", re.I
)
_FACTOR_WORDS = {
    "doubled": 2.0,
    "doubles": 2.0,
    "doubling": 2.0,
    "double": 2.0,
    "tripled": 3.0,
    "triples": 3.0,
    "tripling": 3.0,
    "triple": 3.0,
    "quadrupled": 4.0,
    "halved": 0.5,
}
_FROM_RE = re.compile(r"\b(?:from|compared (?:with|to)|against|versus|vs\.?)\s*$", re.I)
_TO_RE = re.compile(r"\b(?:to|at|reaching|hitting)\s*$", re.I)
_COMPARED_RE = re.compile(
    r"^\s*(?P<up>higher|more|greater|larger|bigger|above|up on)?(?P<down>lower|less|fewer|smaller|below|down on)?"
    r"\s*(?:than)?\b",
    re.I,
)
_CLAUSE_BREAK_RE = re.compile(r";|\b(?:while|whereas|but|although|though|meanwhile|against which)\b", re.I)
_POINTS_RE = re.compile(r"\bpoints?\b", re.I)
_TIMES_BASE_RE = re.compile(
    r"^\s*(?:(?:more|higher|larger|bigger|greater|as (?:much|many|high|large))\s+(?:than|as)\s+)?"
    r"(?:the|its|their|that of|that|those of|what)?\b",
    re.I,
)
_TIMES_MORE_RE = re.compile(r"^\s*(?:more|higher|larger|bigger|greater)\s+than\b", re.I)
_TOTAL_RE = re.compile(
    r"\b(?:together|combined|in total|in all|altogether|a total of|total(?:ling|ing|led|ed|s)?(?: of)?|"
    r"for a total of|(?:brings?|bringing|brought|takes?|taking|took) (?:the|its|their) total to|a combined|adding up to|add(?:s|ed)? up to|sum of)\s*(?:of\s*)?$",
    re.I,
)
_TOTAL_AFTER_RE = re.compile(r"^\s*(?:[a-z]+\s+)?(?:in all|in total|altogether|combined|between them)\b", re.I)
_PAREN_RE = re.compile(r"^\s*[(\[]\s*$")
_RANGE_SPLIT_RE = re.compile(r"\s*(?:\bto\b|–|—|-|\band\b)\s*", re.I)
_LEVEL_KINDS = ("money", "count", "percent", "mass", "length", "volume", "area", "energy", "power", "speed")


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of arithmetic a sentence states, recomputed from its figures."""

    kind: str  #: One of :data:`KINDS`.
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


def check_arithmetic(sentence: str, date: str | None = None) -> list[Finding]:
    """Every piece of arithmetic ``sentence`` states, each recomputed and judged.

    ``date`` (ISO) is the article's date, which sets the exchange rate a conversion is
    checked at. A sentence that states no arithmetic gives an empty list.

    >>> [f.verdict for f in check_arithmetic("Shares rose 31.6% from HK$38 to HK$50.")]
    ['consistent']
    """
    figures = _split_ranges(sentence, read_figures(sentence, date))
    findings: list[Finding] = []
    used: set[int] = set()
    for finder in (_changes, _multiples, _conversions, _totals, _ratios, _shares):
        for finding, ids in finder(sentence, figures, date):
            if ids & used:
                continue  # a figure answers one calculation: "doubled to $90 million from $30 million" is no total
            used |= ids
            findings.append(finding)
    return sorted(findings, key=lambda f: f.start)


# Intervals


def _place(q: Quantity) -> float:
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


def _interval(q: Quantity, half: float | None = None) -> tuple[float, float]:
    """What the figure's wording allows, in its own unit and unsigned."""
    value = q.value
    half = _place(q) if half is None else half
    if is_exact_count(q):
        half = 0.0  # "180 people": a tally, not a rounded figure
    if q.kind not in ("percent", "multiplier"):
        # "$1 billion" beside "$800 million" is not read as anything from $0.5 to $1.5 billion: an
        # amount that enters a calculation is taken to two significant figures at least.
        half = min(half, abs(value) * _AMOUNT_RELATIVE)
    text = q.text.strip()
    if _OVER_RE.match(text):
        return value, math.inf
    if _UNDER_RE.match(text):
        return 0.0, value
    if _NEARLY_RE.match(text):
        return value * (1 - _NEARLY_RELATIVE), value + half
    if _ABOUT_RE.match(text):
        spread = max(half, abs(value) * _ABOUT_RELATIVE)
        return value - spread, value + spread
    return value - half, value + half


def _ratio(top: tuple[float, float], bottom: tuple[float, float]) -> tuple[float, float]:
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


def _finding(kind, used, computed, span, stated_value, stated, expression, stated_text, unit=""):
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


# Figures


def _split_ranges(sentence: str, figures: list[Quantity]) -> list[Quantity]:
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


def _same_measure(a: Quantity, b: Quantity) -> bool:
    return a.kind == b.kind and a.kind in _LEVEL_KINDS and (a.currency == b.currency) and a is not b


def _is_level(q: Quantity) -> bool:
    return q.kind in _LEVEL_KINDS and q.change in ("=", "~", ">", "<") and q.value > 0


def _before(sentence: str, q: Quantity, figures: list[Quantity]) -> str:
    """The words between ``q`` and the figure before it."""
    previous = max((f.end for f in figures if f.end <= q.start), default=0)
    return sentence[previous : q.start]


# Changes and factors between two levels


def _anchors(figures: list[Quantity], sentence: str) -> list[tuple[Quantity, str]]:
    """Figures that state a move: ("pct", a percent up/down) or ("factor", doubled/tripled/threefold)."""
    found = []
    for q in figures:
        if q.kind == "percent" and not _POINTS_RE.search(q.unit + " " + q.text):
            if q.change in ("up", "down") or _compared(sentence, q):
                found.append((q, "pct"))
        elif q.kind == "multiplier" and (
            q.text.lower() in _FACTOR_WORDS or re.search(r"fold\b", q.text, re.I) and not _base_after(sentence, q)
        ):
            found.append((q, "factor"))
    return found


def _levels(sentence: str, figures: list[Quantity], anchor: Quantity, window: tuple[int, int]):
    """(start level, end level) of a move: "from X to Y", "to Y from X", "Y, up N% from X", "Y is N% higher than X"."""
    inside = [q for q in figures if window[0] <= q.start < window[1] and q is not anchor and _is_level(q)]
    if anchor.kind == "percent":
        inside = [q for q in inside if q.kind != "percent" or q.start > anchor.start]
    origin = end = None
    compared = _compared(sentence, anchor)
    for q in inside:
        words = _before(sentence, q, figures)
        if origin is None and (_FROM_RE.search(words) or compared and q.start > anchor.start):
            origin = q
        elif end is None and _TO_RE.search(words):
            end = q
    if origin is None:
        return None
    if end is None:
        # "Sales were $5 billion, up 10% from $4.5 billion": the level stated before the start.
        earlier = [q for q in inside if q.end <= min(origin.start, anchor.start) and _same_measure(q, origin)]
        end = earlier[-1] if earlier else None
    if end is None or not _same_measure(origin, end) or end is origin:
        return None
    first, last = min(q.start for q in (anchor, origin, end)), max(q.end for q in (anchor, origin, end))
    if _CLAUSE_BREAK_RE.search(sentence[first:last]):
        return None  # "profit rose 8% to $1.2 billion, while revenue grew from $8 billion": two moves
    previous = max((q for q in figures if q.end <= origin.start), key=lambda q: q.end, default=None)
    if previous is not None and previous not in (anchor, end) and previous.kind in (anchor.kind, origin.kind):
        # "rose 5% to $21, taking its gain to 40% from $15": the start belongs to the figure before it.
        return None
    return origin, end


def _compared(sentence: str, anchor: Quantity) -> str | None:
    """ "up" or "down" where a percentage compares two figures ("15% higher than"), else None."""
    if anchor.kind != "percent" or anchor.change != "=":
        return None
    match = _COMPARED_RE.match(sentence[anchor.end :])
    if match is None or not re.search(r"\bthan\b", match.group(0)):
        return None
    return "up" if match.group("up") else "down" if match.group("down") else None


def _changes(sentence: str, figures: list[Quantity], date: str | None):
    anchors = _anchors(figures, sentence)
    for index, (anchor, how) in enumerate(anchors):
        low = anchors[index - 1][0].end if index else 0
        high = anchors[index + 1][0].start if index + 1 < len(anchors) else len(sentence)
        # The levels after the move first ("fell 5% to $800 million from $1 billion"), then around it.
        levels = _levels(sentence, figures, anchor, (anchor.end, high)) or _levels(
            sentence, figures, anchor, (low, high)
        )
        if levels is None:
            continue
        origin, end = levels
        a, b = _interval(origin), _interval(end)
        ratio_span = _ratio(b, a)
        ratio = end.value / origin.value
        expression = f"{end.text} / {origin.text}"
        if how == "pct":
            yield _percent_change(sentence, anchor, origin, end, ratio, ratio_span, expression)
        else:
            yield _factor(sentence, anchor, (origin, end), ratio, ratio_span, expression, "change")


def _percent_change(sentence, anchor, origin, end, ratio, ratio_span, expression):
    sign = -1.0 if "down" in (anchor.change, _compared(sentence, anchor)) else 1.0
    stated_low, stated_high = _interval(anchor)
    stated = (-stated_high, -stated_low) if sign < 0 else (stated_low, stated_high)
    computed = (ratio - 1) * 100
    span = ((ratio_span[0] - 1) * 100, (ratio_span[1] - 1) * 100)
    stated_text = f"{anchor.text} {'fall' if sign < 0 else 'rise'}"
    used = (origin, end, anchor)
    finding = _finding(
        "change", used, computed, span, sign * anchor.value, stated, expression + " - 1", stated_text, "%"
    )
    if finding[0].verdict == "inconsistent" and origin.kind == "percent":
        # "rose 0.3% to 4.4% from 4.1%": many writers give a move between two rates in points.
        a, b = _interval(origin), _interval(end)
        points = end.value - origin.value
        alt = _finding(
            "change", used, points, (b[0] - a[1], b[1] - a[0]), sign * anchor.value, stated,
            f"{end.text} - {origin.text} (points)", stated_text, "%",
        )  # fmt: skip
        if alt[0].verdict == "consistent":
            return alt
    return finding


def _factor(sentence, anchor, levels, ratio, ratio_span, expression, kind):
    """A factor word or "N times" against the ratio of two figures."""
    factor = _FACTOR_WORDS.get(anchor.text.lower(), anchor.value)
    hedge = _HEDGE_BEFORE_RE.search(sentence[: anchor.start])
    hedge_text = (hedge.group(1).lower() if hedge else "") or _hedge_in(anchor.text)
    written = anchor.text.lower() in _FACTOR_WORDS
    half = factor * _FACTOR_WORD_RELATIVE if written else max(_place(anchor), factor * _MULTIPLE_RELATIVE)
    if hedge_text in ("more than", "over", "at least"):
        stated = (factor, math.inf) if factor >= 1 else (0.0, factor)
    elif hedge_text in ("nearly", "almost", "close to"):
        stated = (factor * (1 - _NEARLY_RELATIVE), factor) if factor >= 1 else (factor, factor / (1 - _NEARLY_RELATIVE))
    elif hedge_text in ("about", "roughly", "around", "approximately"):
        stated = (factor - max(half, 0.1 * factor), factor + max(half, 0.1 * factor))
    elif hedge_text == "less than":
        stated = (0.0, factor)
    else:
        stated = (factor - half, factor + half)
    if _TIMES_MORE_RE.match(sentence[anchor.end :]):
        stated = (stated[0], stated[1] + 1)  # "five times more than": 5x or, read literally, 6x
    stated_text = f"{hedge_text + ' ' if hedge and hedge_text else ''}{anchor.text}".strip()
    return _finding(kind, (*levels, anchor), ratio, ratio_span, factor, stated, expression, stated_text, "x")


def _hedge_in(text: str) -> str:
    """The hedge a figure's own text starts with ("nearly five times"), lower-cased, or ""."""
    for pattern in (_OVER_RE, _NEARLY_RE, _ABOUT_RE, _UNDER_RE):
        if match := pattern.match(text):
            return match.group(0).lower()
    return ""


# "N times the 2023 figure of 40"


def _base_after(sentence: str, anchor: Quantity) -> bool:
    return bool(re.match(r"\s*(?:times\s+)?(?:more|higher|larger|bigger|greater|as|the|its|their|that|those|what)\b",
                         sentence[anchor.end :], re.I))  # fmt: skip


def _multiples(sentence: str, figures: list[Quantity], date: str | None):
    for anchor in figures:
        if anchor.kind != "multiplier" or anchor.text.lower() in _FACTOR_WORDS and anchor.text.lower() != "double":
            continue
        if not (re.search(r"times|twice|fold", anchor.text, re.I) and _base_after(sentence, anchor)):
            continue
        after = [q for q in figures if q.start >= anchor.end and _is_level(q)]
        if not after:
            continue
        base = after[0]
        others = [q for q in figures if q.end <= anchor.start and _same_measure(q, base) and _is_level(q)]
        others += [q for q in after[1:] if _same_measure(q, base)]
        if not others:
            continue
        other = others[-1] if others[-1].end <= anchor.start else others[0]
        ratio_span = _ratio(_interval(other), _interval(base))
        expression = f"{other.text} / {base.text}"
        yield _factor(sentence, anchor, (base, other), other.value / base.value, ratio_span, expression, "multiple")


# Conversions in parentheses


def _conversions(sentence: str, figures: list[Quantity], date: str | None):
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
        low, high = _interval(first)
        span = (low * min(rates) * (1 - RATE_SPREAD), high * max(rates) * (1 + RATE_SPREAD))
        computed = first.value * rate
        expression = f"{first.text} at {rate:.4g} {second.currency}/{first.currency}"
        if len(rates) > 1:
            expression += f" (in the year before: {min(rates):.4g} to {max(rates):.4g})"
        yield _finding("conversion", (first, second), computed, span, second.value, _interval(second), expression,
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


# Parts and their total


def _totals(sentence: str, figures: list[Quantity], date: str | None):
    for total in figures:
        if not _is_level(total):
            continue
        if not (_TOTAL_RE.search(_before(sentence, total, figures)) or _TOTAL_AFTER_RE.match(sentence[total.end :])):
            continue
        # A figure equal to the total restates it ("Of the 500 seats, ... 500 in total"): no part;
        # nor are the ends of a range ("claims ranging from $200 to $4 million"), nor the level a
        # move started from ("$5 billion, up from $4 billion").
        bounds = _range_ends(sentence, figures)
        candidates = [
            q
            for q in figures
            if _same_measure(q, total)
            and _is_level(q)
            and q.change in ("=", "~")
            and q.value != total.value
            and id(q) not in bounds
            and not _FROM_RE.search(_before(sentence, q, figures))
        ]
        # The parts sit on one side of their total: "A and B, together C" or "C in all: A and B".
        before = [q for q in candidates if q.end <= total.start]
        after = [q for q in candidates if q.start >= total.end]
        parts, side = (before, "before") if len(before) >= 2 else (after, "after")
        if len(parts) < 2:
            continue
        if _SOME_RE.search(sentence[min(q.start for q in (*parts, total)) : max(q.end for q in (*parts, total))]):
            yield _at_most(parts, total)  # "including A and B": some of the parts, so no more than the total
            continue
        # Of several figures before the total, those next to it may be its parts and the first
        # another fact's ("sales of $5 billion; its two units made $2 billion and $1 billion, $3
        # billion together"): any run of at least two that reaches the total and adds up will do.
        runs = (
            [parts[i:] for i in range(len(parts) - 1)]
            if side == "before"
            else [parts[: i + 2] for i in range(len(parts) - 1)]
        )
        findings = [_sum_of(run, total) for run in runs]
        yield next((f for f in findings if f[0].verdict == "consistent"), findings[0])


#: Words that say the parts named are some of the total's, not all: "including", "of whom".
_SOME_RE = re.compile(
    r"\b(?:includ(?:ing|es|ed)|among (?:them|which|whom)|such as|of (?:whom|which|them)|at least)\b", re.I
)


def _sum_of(parts: list[Quantity], total: Quantity):
    spans = [_interval(q) for q in parts]
    computed = sum(q.value for q in parts)
    span = (sum(s[0] for s in spans), sum(s[1] for s in spans))
    expression = " + ".join(q.text for q in parts)
    return _finding("total", (*parts, total), computed, span, total.value, _interval(total), expression, total.text)


def _at_most(parts: list[Quantity], total: Quantity):
    """Some of a total's parts: their sum must not exceed it."""
    spans = [_interval(q) for q in parts]
    computed = sum(q.value for q in parts)
    span = (sum(s[0] for s in spans), sum(s[1] for s in spans))
    expression = " + ".join(q.text for q in parts) + " (some of the parts)"
    stated = (-math.inf, _interval(total)[1])
    return _finding("total", (*parts, total), computed, span, total.value, stated, expression, f"at most {total.text}")


def _range_ends(sentence: str, figures: list[Quantity]) -> set[int]:
    """Ids of figures that are the ends of a range written as two figures ("from $200 to $4 million")."""
    ends = set()
    for first, second in zip(figures, figures[1:]):
        if re.search(r"\b(?:from|between)\s*$", _before(sentence, first, figures), re.I) and re.fullmatch(
            r"\s*(?:to|and|-|–)\s*", sentence[first.end : second.start], re.I
        ):
            ends |= {id(first), id(second)}
    return ends


# Shares of one whole: "45% coal, 30% gas and the remaining 25% renewables"

#: Words that say a list of shares is the whole: "the remaining 25%", "the rest".
_WHOLE_RE = re.compile(
    r"\b(?:remaining|the rest|the remainder|the balance|everyone else|everything else|all others?)\b", re.I
)
#: How far from a share its "the remaining" may be, in characters.
_WHOLE_REACH = 25


def _is_share(q: Quantity) -> bool:
    return (
        q.kind == "percent"
        and q.change in ("=", "~")
        and not q.range
        and not _POINTS_RE.search(q.unit + " " + q.text)
        and not (_OVER_RE.match(q.text) or _UNDER_RE.match(q.text))
    )


def _shares(sentence: str, figures: list[Quantity], date: str | None):
    """Shares the sentence says are all the parts ("the remaining 25%") must add up to 100%."""
    shares = [q for q in figures if _is_share(q)]
    if len(shares) < 2 or _CLAUSE_BREAK_RE.search(sentence[shares[0].start : shares[-1].end]):
        return
    closing = [
        q
        for q in shares
        if _WHOLE_RE.search(sentence[max(0, q.start - _WHOLE_REACH) : q.start])
        or _WHOLE_RE.match(
            sentence[q.end : q.end + _WHOLE_REACH].lstrip(" ,(").removeprefix("for ").removeprefix("to ")
        )
    ]
    if not closing:
        return
    last = shares.index(closing[-1])
    # The shares of one whole end at the one that closes it; those before may be of another
    # whole ("Turnout was 65%, with 52% for her and the remaining 48% for him"): any run of
    # at least two that ends there and makes 100% will do.
    findings = [_whole_of(shares[first : last + 1]) for first in range(last)]
    if findings:
        yield next((f for f in findings if f[0].verdict == "consistent"), findings[0])


def _whole_of(shares: list[Quantity]):
    spans = [_interval(q) for q in shares]
    computed = sum(q.value for q in shares)
    span = (sum(low for low, _ in spans), sum(high for _, high in spans))
    expression = " + ".join(q.text for q in shares)
    whole = Quantity(
        "100%", shares[-1].start, shares[-1].end, 100.0, 100.0, 100.0, "percent", "percentage", 100.0, 100.0, 100.0
    )
    finding, _ids = _finding(
        "shares", (*shares, whole), computed, span, 100.0, (100.0, 100.0), expression, "100% (all the parts)", "%"
    )
    # The whole is no figure of the sentence: it is shown, not marked.
    finding = replace(finding, figures=finding.figures[:-1], start=shares[0].start, end=shares[-1].end)
    return finding, {id(q) for q in shares}


# "One in five of its 1.5 million residents, about 300,000 people"

_OF_RE = re.compile(r"^\s*(?:of|among)\b[^;,.()]{0,60}$", re.I)
_APPOSED_RE = re.compile(r"^[\w'’\- ]{0,40}(?:,|\(|—|–|:)\s*(?:or|that is|i\.e\.)?\s*$", re.I)
_SMALL_NUMBERS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}
_SMALL_NUMBERS |= {"a": 1, "an": 1}


def _ratios(sentence: str, figures: list[Quantity], date: str | None):
    """A share of a population given with the count it makes: share x population = count."""
    for share in figures:
        if not _is_share(share):
            continue
        after = [q for q in figures if q.start >= share.end]
        if not after or after[0].kind != "count" or not _OF_RE.match(sentence[share.end : after[0].start]):
            continue
        population = after[0]
        counts = [
            q
            for q in figures
            if q.kind == "count"
            and q is not population
            and _is_level(q)
            and q.value < population.value
            and (
                q.start >= population.end
                and _APPOSED_RE.match(sentence[population.end : q.start])
                or q.end <= share.start
                and _APPOSED_RE.match(sentence[q.end : share.start])
            )
        ]
        if not counts:
            continue
        count = counts[0]
        ratio = _ratio(_interval(count), _interval(population))
        computed = count.value / population.value * 100
        span = (ratio[0] * 100, ratio[1] * 100)
        expression = f"{count.text} / {population.text}"
        yield _finding(
            "ratio",
            (count, population, share),
            computed,
            span,
            share.value,
            _share_interval(share),
            expression,
            share.text,
            "%",
        )


def _share_interval(q: Quantity) -> tuple[float, float]:
    """What a share allows; "one in five" is any share nearer one in five than one in four or six."""
    match = re.match(r"^(?:about |around |roughly |nearly |almost )?(\w+)\s+in\s+(\d+|\w+)\b", q.text.strip(), re.I)
    if q.unit != "fraction" or match is None:
        return _interval(q)
    parts = match.group(1).lower()
    parts_count = int(parts) if parts.isdigit() else _SMALL_NUMBERS.get(parts)
    if not parts_count or not q.value:
        return _interval(q)
    whole = parts_count * 100 / q.value
    low, high = 100 * parts_count / (whole + 0.5), 100 * parts_count / (whole - 0.5)
    if _ABOUT_RE.match(q.text.strip()):
        low, high = min(low, q.value * (1 - _ABOUT_RELATIVE)), max(high, q.value * (1 + _ABOUT_RELATIVE))
    return low, high


# A run's claims


#: Claims per partition of work when an engine spreads the arithmetic over workers.
CLAIMS_PER_PARTITION = 2000
_WORTH_READING_RE = re.compile(r"\d|\b(?:doubled?|tripled?|halved|quadrupled|times|twice|fold|one in)\b", re.I)


def find_arithmetic(
    claims, dates: dict, *, engine=None, strict: bool = False
) -> tuple[list[Arithmetic], list[tuple[Claim, StageWarning]]]:
    """The arithmetic every claim states, each checked at its document's date (``dates``: doc id to ISO date).

    A sentence whose check raises is left out and ``(claim, StageWarning)`` returned for
    it (stage "arithmetic"); ``strict`` raises :class:`~claimcheck.errors.StageError`
    instead. ``engine`` spreads partitions of claims over workers; the findings come
    back in claim order either way.
    """
    worth = [c for c in claims if _WORTH_READING_RE.search(c.text)]
    partitions = [worth[i : i + CLAIMS_PER_PARTITION] for i in range(0, len(worth), CLAIMS_PER_PARTITION)]
    found: list[Arithmetic] = []
    failed: list[tuple[Claim, StageWarning]] = []
    for part, (findings, broken) in zip(
        partitions, (engine or SerialEngine()).map(_partition_arithmetic, partitions, (dates, strict))
    ):
        found.extend(findings)
        failed.extend((part[index], warning) for index, warning in broken)
    return found, failed


def _partition_arithmetic(shared, claims) -> tuple[list[Arithmetic], list[tuple[int, StageWarning]]]:
    dates, strict = shared
    found: list[Arithmetic] = []
    broken = []
    for index, claim in enumerate(claims):
        try:
            found.extend(claim_arithmetic(claim, dates.get(claim.doc_id)))
        except Exception as error:  # noqa: BLE001 - one sentence, not the run
            broken.append((index, stage_warning("arithmetic", claim.start, error, f"claim {claim.id}", strict)))
    return found, broken


def claim_arithmetic(claim: Claim, date: str | None = None) -> list[Arithmetic]:
    """The findings of :func:`check_arithmetic` for one claim, as :class:`~claimcheck.models.Arithmetic` items."""
    return [
        Arithmetic(
            id=arithmetic_id(claim.id, finding.kind, finding.figures),
            doc_id=claim.doc_id,
            claim_id=claim.id,
            kind=finding.kind,
            figures=finding.figures,
            computed=finding.computed,
            stated=finding.stated,
            low=finding.low,
            high=finding.high,
            verdict=finding.verdict,
            explanation=finding.explanation,
        )
        for finding in check_arithmetic(claim.text, date)
    ]


def arithmetic_id(claim_id: str, kind: str, figures) -> str:
    """Same claim, kind and figures, same id, on every run: a reviewer's decision stays attached."""
    return "a" + hashlib.sha1(f"{claim_id}:{kind}:{'|'.join(figures)}".encode()).hexdigest()[:12]
