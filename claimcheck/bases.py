"""What a share is a share of: the counts its sentence gives beside it.

"The 18,000 job cuts represent about 1.2% of the 1.544 million employees" and "the cuts have reached
27,000, about 8% of the corporate workforce of 350,000" both give a company's layoffs as a share of its
staff, and the shares differ because the parts and wholes differ: each sentence says so with its own
counts. Two shares whose sentences both give counts, none of which agree, are shares of two things.

A tally told over its own span is the same: "280 goals in 435 appearances" and "213 goals in 320 games" count
goals over two careers' worth of games, and "$1 billion in 17 days" and "$1.2 billion in 24 days" two runs.
"""

from __future__ import annotations

import re

from .intervals import agree
from .measures import measure_family
from .models import Quantity
from .relations import comparable, measure_relation


def counts_apart(qa: Quantity, figures_a, qb: Quantity, figures_b) -> tuple[Quantity, Quantity] | None:
    """For two shares, a count beside each (from its own sentence's ``figures``) when both sentences give counts
    of what their shares measure and none of one agrees with any of the other; None when either gives none or
    two agree. A count of something else ("24% of the vote ... the loss of 251 seats") says nothing of the share."""
    if qa.kind != "percent" or qb.kind != "percent":
        return None
    beside_a = [q for q in figures_a if _of_the_share(q, qa)]
    beside_b = [q for q in figures_b if _of_the_share(q, qb)]
    if not beside_a or not beside_b:
        return None
    if any(agree(x, y) for x in beside_a for y in beside_b):
        return None
    # the counts to show: two of one thing ("18,000 job cuts" and "27,000 job cuts") where the sentences have them
    return next(((x, y) for x in beside_a for y in beside_b if comparable(x, y)), (beside_a[0], beside_b[0]))


def _of_the_share(count: Quantity, share: Quantity) -> bool:
    """A count its sentence gives of what the share measures: the cuts or the staff beside "1.2% of employees"."""
    return (
        count.kind == "count"
        and bool(count.normalized)
        and measure_relation(share.measure, count.measure) in ("same", "related")
    )


#: Between a tally and the span it is told over: "280 goals in 435 appearances", "$1 billion in its first 17 days".
_OVER_RE = re.compile(
    r"^\s*(?:[\w'’\-]+\s+){0,2}(?:in|over|across|from)\s+(?:(?:his|her|their|its|the|those|these|just|only)\s+)?"
    r"(?:(?:first|opening|last|past)\s+)?$",
    re.I,
)


def spans_apart(qa: Quantity, text_a: str, figures_a, qb: Quantity, text_b: str, figures_b):
    """For two tallies each told over a span its sentence gives right after it ("in 435 appearances", "in 17
    days"), the two spans when they disagree; None when either gives none or they agree."""
    span_a, span_b = _told_over(qa, text_a, figures_a), _told_over(qb, text_b, figures_b)
    if span_a is None or span_b is None or span_a.kind != span_b.kind or agree(span_a, span_b):
        return None
    return span_a, span_b


def _told_over(figure: Quantity, text: str, figures) -> Quantity | None:
    """The count or length of time ``figure`` is told over, written right after it, or None."""
    after = next((q for q in figures if q.start >= figure.end), None)
    if after is None or after.kind not in ("count", "duration") or not after.normalized:
        return None
    return after if _OVER_RE.match(text[figure.end : after.start]) else None


def valuations_apart(qa: Quantity, figures_a, qb: Quantity, figures_b) -> tuple[Quantity, Quantity] | None:
    """For two sums raised, the valuations their own sentences give beside them when those are far apart: "raising
    €450 million in a round that values it at $2 billion" and "has raised €600mn at a valuation close to €6bn" are
    two rounds, whatever the sums."""
    if qa.kind != "money" or qb.kind != "money" or not (_raised(qa) and _raised(qb)):
        return None
    beside_a = [q for q in figures_a if _valuation(q)]
    beside_b = [q for q in figures_b if _valuation(q)]
    if not beside_a or not beside_b:
        return None
    low, high = sorted((abs(beside_a[0].normalized), abs(beside_b[0].normalized)))
    return (beside_a[0], beside_b[0]) if low and high / low >= _VALUED_APART else None


def _raised(figure: Quantity) -> bool:
    return measure_family(figure.measure)[0] == "funds raised"


def _valuation(figure: Quantity) -> bool:
    return figure.kind == "money" and bool(figure.normalized) and measure_family(figure.measure)[0] == "valuation"


#: Two valuations this far apart are two rounds' (or two days').
_VALUED_APART = 1.5
