"""Changes and factors between two levels: "rose 31.6% from HK$38 to HK$50", "more than doubled",
"three times the 2023 figure of 40".
"""

from __future__ import annotations

import math
import re

from .levels import CLAUSE_BREAK_RE, FROM_RE, POINTS_RE, is_level, same_measure, words_before
from .models import Quantity
from .rounding import ABOUT_RE, NEARLY_RE, NEARLY_RELATIVE, OVER_RE, UNDER_RE, interval, make_finding, place, quotient

#: "doubled", "tripled", "halved" with no hedge: a round word for a factor within an eighth (profit that
#: went from $18 million to $40 million "doubled"; from 200 to 450 stores did not "triple").
_FACTOR_WORD_RELATIVE = 0.125
#: "three times", "5 times": a factor within 5%, or its last digit's rounding where wider.
_MULTIPLE_RELATIVE = 0.05

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
_TO_RE = re.compile(r"\b(?:to|at|reaching|hitting)\s*$", re.I)
_COMPARED_RE = re.compile(
    r"^\s*(?P<up>higher|more|greater|larger|bigger|above|up on)?(?P<down>lower|less|fewer|smaller|below|down on)?"
    r"\s*(?:than)?\b",
    re.I,
)
_TIMES_MORE_RE = re.compile(r"^\s*(?:more|higher|larger|bigger|greater)\s+than\b", re.I)


def _anchors(figures: list[Quantity], sentence: str) -> list[tuple[Quantity, str]]:
    """Figures that state a move: ("pct", a percent up/down) or ("factor", doubled/tripled/threefold)."""
    found = []
    for q in figures:
        if q.kind == "percent" and not POINTS_RE.search(q.unit + " " + q.text):
            if q.change in ("up", "down") or _compared(sentence, q):
                found.append((q, "pct"))
        elif q.kind == "multiplier" and (
            q.text.lower() in _FACTOR_WORDS or re.search(r"fold\b", q.text, re.I) and not _base_after(sentence, q)
        ):
            found.append((q, "factor"))
    return found


def _levels(sentence: str, figures: list[Quantity], anchor: Quantity, window: tuple[int, int]):
    """(start level, end level) of a move: "from X to Y", "to Y from X", "Y, up N% from X", "Y is N% higher than X"."""
    inside = [q for q in figures if window[0] <= q.start < window[1] and q is not anchor and is_level(q)]
    if anchor.kind == "percent":
        inside = [q for q in inside if q.kind != "percent" or q.start > anchor.start]
    origin = end = None
    compared = _compared(sentence, anchor)
    for q in inside:
        words = words_before(sentence, q, figures)
        if origin is None and (FROM_RE.search(words) or compared and q.start > anchor.start):
            origin = q
        elif end is None and _TO_RE.search(words):
            end = q
    if origin is None:
        return None
    if end is None:
        # "Sales were $5 billion, up 10% from $4.5 billion": the level stated before the start.
        earlier = [q for q in inside if q.end <= min(origin.start, anchor.start) and same_measure(q, origin)]
        end = earlier[-1] if earlier else None
    if end is None or not same_measure(origin, end) or end is origin:
        return None
    first, last = min(q.start for q in (anchor, origin, end)), max(q.end for q in (anchor, origin, end))
    if CLAUSE_BREAK_RE.search(sentence[first:last]):
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


def changes(sentence: str, figures: list[Quantity], date: str | None):
    """A percentage or factor word that moves one level to another, against the two levels."""
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
        a, b = interval(origin), interval(end)
        ratio_span = quotient(b, a)
        ratio = end.value / origin.value
        expression = f"{end.text} / {origin.text}"
        if how == "pct":
            yield _percent_change(sentence, anchor, origin, end, ratio, ratio_span, expression)
        else:
            yield _factor(sentence, anchor, (origin, end), ratio, ratio_span, expression, "change")


def _percent_change(sentence, anchor, origin, end, ratio, ratio_span, expression):
    sign = -1.0 if "down" in (anchor.change, _compared(sentence, anchor)) else 1.0
    stated_low, stated_high = interval(anchor)
    stated = (-stated_high, -stated_low) if sign < 0 else (stated_low, stated_high)
    computed = (ratio - 1) * 100
    span = ((ratio_span[0] - 1) * 100, (ratio_span[1] - 1) * 100)
    stated_text = f"{anchor.text} {'fall' if sign < 0 else 'rise'}"
    used = (origin, end, anchor)
    finding = make_finding(
        "change", used, computed, span, sign * anchor.value, stated, expression + " - 1", stated_text, "%"
    )
    if finding[0].verdict == "inconsistent" and origin.kind == "percent":
        # "rose 0.3% to 4.4% from 4.1%": many writers give a move between two rates in points.
        a, b = interval(origin), interval(end)
        points = end.value - origin.value
        alt = make_finding(
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
    half = factor * _FACTOR_WORD_RELATIVE if written else max(place(anchor), factor * _MULTIPLE_RELATIVE)
    if hedge_text in ("more than", "over", "at least"):
        stated = (factor, math.inf) if factor >= 1 else (0.0, factor)
    elif hedge_text in ("nearly", "almost", "close to"):
        stated = (factor * (1 - NEARLY_RELATIVE), factor) if factor >= 1 else (factor, factor / (1 - NEARLY_RELATIVE))
    elif hedge_text in ("about", "roughly", "around", "approximately"):
        stated = (factor - max(half, 0.1 * factor), factor + max(half, 0.1 * factor))
    elif hedge_text == "less than":
        stated = (0.0, factor)
    else:
        stated = (factor - half, factor + half)
    if _TIMES_MORE_RE.match(sentence[anchor.end :]):
        stated = (stated[0], stated[1] + 1)  # "five times more than": 5x or, read literally, 6x
    stated_text = f"{hedge_text + ' ' if hedge and hedge_text else ''}{anchor.text}".strip()
    return make_finding(kind, (*levels, anchor), ratio, ratio_span, factor, stated, expression, stated_text, "x")


def _hedge_in(text: str) -> str:
    """The hedge a figure's own text starts with ("nearly five times"), lower-cased, or ""."""
    for pattern in (OVER_RE, NEARLY_RE, ABOUT_RE, UNDER_RE):
        if match := pattern.match(text):
            return match.group(0).lower()
    return ""


# "N times the 2023 figure of 40"


def _base_after(sentence: str, anchor: Quantity) -> bool:
    return bool(re.match(r"\s*(?:times\s+)?(?:more|higher|larger|bigger|greater|as|the|its|their|that|those|what)\b",
                         sentence[anchor.end :], re.I))  # fmt: skip


def multiples(sentence: str, figures: list[Quantity], date: str | None):
    """ "N times" a base figure the sentence gives, against the other figure of its measure."""
    for anchor in figures:
        if anchor.kind != "multiplier" or anchor.text.lower() in _FACTOR_WORDS and anchor.text.lower() != "double":
            continue
        if not (re.search(r"times|twice|fold", anchor.text, re.I) and _base_after(sentence, anchor)):
            continue
        after = [q for q in figures if q.start >= anchor.end and is_level(q)]
        if not after:
            continue
        base = after[0]
        others = [q for q in figures if q.end <= anchor.start and same_measure(q, base) and is_level(q)]
        others += [q for q in after[1:] if same_measure(q, base)]
        if not others:
            continue
        other = others[-1] if others[-1].end <= anchor.start else others[0]
        ratio_span = quotient(interval(other), interval(base))
        expression = f"{other.text} / {base.text}"
        yield _factor(sentence, anchor, (base, other), other.value / base.value, ratio_span, expression, "multiple")
