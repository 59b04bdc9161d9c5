"""Which figure of one claim is compared with which figure of the other.

A figure is only compared with the figure of the other claim that is most plausibly about
the same thing: one kind and rate first, then subject, measure, period, moment and scope,
then the closest value; figures that cannot be about one thing are left out.
"""

from __future__ import annotations

from functools import lru_cache

from .entities import Aliases
from .intervals import gap as figure_gap
from .models import Quantity
from .moments import moment_parts
from .parties import is_crossed
from .relations import (
    comparable,
    complementary,
    is_move,
    is_points,
    measure_link,
    same_entity,
    same_rate,
)
from .timeref import overlaps
from .twins import orders_apart, scale_slipped
from .wholes import PART_BEFORE_RE


def align(left, right, aliases: Aliases, *, loose: bool = False) -> list[tuple[Quantity, Quantity]]:
    """Match figures one to one, best-aligned first; unalignable figures are left out.

    ``loose=True`` then matches the figures left over by kind alone (of one count noun and
    rate where anything else matched), so that every figure of two sentences a user
    compares directly is weighed: "60 mph for 1 hr" against "60 mph for less than 1 hr"
    compares the hours too.
    """
    matched = _match(left, right, lambda qa, qb: _alignment(qa, qb, aliases), set(), set())
    if loose:
        used_left = {i for i, _ in matched}
        used_right = {j for _, j in matched}

        strict = bool(matched)

        def leftover(qa: Quantity, qb: Quantity) -> float | None:
            if strict and not comparable(qa, qb):
                return None
            if qa.kind == "money" and not same_rate(qa, qb):
                return None  # a contract's total is never weighed against its yearly sum
            return _loose_alignment(qa, qb, aliases)

        matched += _match(left, right, leftover, used_left, used_right)
    return [(left[i], right[j]) for i, j in matched]


def leftovers(left, right, aligned, aliases: Aliases) -> list[tuple[Quantity, Quantity]]:
    """The figures :func:`align` left unmatched (``aligned``: the pairs it matched), matched one to one by kind and
    rate alone, the same subject and scope preferred, then the closest values: the pairs whose measures the reader
    read apart or not at all. Never a thousandfold apart, a move against a level, points against a share, nor a
    figure an article denies."""
    used_left = {i for i, q in enumerate(left) if any(q is x for x, _ in aligned)}
    used_right = {j for j, q in enumerate(right) if any(q is y for _, y in aligned)}

    def loosely(qa: Quantity, qb: Quantity) -> float | None:
        if not same_rate(qa, qb) or is_points(qa) != is_points(qb) or not qa.normalized or not qb.normalized:
            return None
        if orders_apart(qa, qb) or is_move(qa) != is_move(qb):
            return None
        return _loose_alignment(qa, qb, aliases)

    matched = _match(left, right, loosely, used_left, used_right)
    return [(left[i], right[j]) for i, j in matched]


def _match(left, right, scorer, used_left: set[int], used_right: set[int]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by score over the figures not yet used."""
    scored = []
    for i, qa in enumerate(left):
        for j, qb in enumerate(right):
            if i not in used_left and j not in used_right and (score := scorer(qa, qb)) is not None:
                scored.append((score, i, j))
    matched = []
    for _score, i, j in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            matched.append((i, j))
    return matched


def _alignment(qa: Quantity, qb: Quantity, aliases: Aliases) -> float | None:
    """How plausibly two figures are about the same thing; None when they cannot be."""
    if not comparable(qa, qb) or "denied" in (qa.stage, qb.stage):
        return None  # "€90m, not €100m as reported": the article does not state the figure it denies
    if scale_slipped(qa, qb):
        return 6.0  # the same digits at two scales: one figure, whatever else its sentences were read to say
    if orders_apart(qa, qb):
        return None  # "$61 a share" and "a $1.4 billion deal": never one fact, and the deal's value is the match
    subject = same_entity(qa.subject, qb.subject, aliases)
    measure = measure_link(qa, qb)
    if measure == "unknown":
        return None
    crossed = is_crossed(qa, qb, aliases)
    if measure == "different" and not crossed:
        # Different measures of one subject are different facts ("90% online", "16% use AI"),
        # unless one figure's subject is the other's scope, or they split one whole.
        if not complementary(qa, qb, aliases, qa.measure or "", qb.measure or "", strict=False):
            return None
    score = {"same": 3, "unknown": 1, "different": 0}[subject]
    score += {"same": 3, "related": 2, "different": 0}[measure]
    score += 1 if crossed else 0
    if qa.period and qb.period and overlaps(qa.period, qb.period):
        score += 1
    if qa.moment != qb.moment:
        points = [moment_parts(q.moment)[1] if q.moment else None for q in (qa, qb)]
        if not (points[0] and points[0] == points[1]):  # "Thursday's open" is an open: one more word, no other
            score -= 2 if qa.moment and qb.moment else 1  # the close against the close before the offer price
    if qa.scope and qb.scope:
        score += 2 if aliases.same_place(qa.scope, qb.scope) else -1
    if _is_part(qa) != _is_part(qb):
        score -= 1.5  # "3.5 million demonstrated, including 700,000 in Paris": the whole is the other's match
    if qa.currency and qa.currency == qb.currency or not qa.currency and qa.unit == qb.unit and _converted(qa):
        # "$54.5bn (£43.6bn)" against "$52 billion", "30 km (19 miles)" against "40 km": the figures as both
        # wrote them, not a conversion
        score += 0.5
    return score - figure_gap(qa, qb)


def _loose_alignment(qa: Quantity, qb: Quantity, aliases: Aliases) -> float | None:
    """Figures of one kind, the same subject and scope preferred, then the closest values."""
    if "denied" in (qa.stage, qb.stage):
        return None
    if qa.kind != qb.kind or (qa.kind == "money" and (qa.normalized is None or qb.normalized is None)):
        return None
    score = {"same": 3, "unknown": 1, "different": 0}[same_entity(qa.subject, qb.subject, aliases)]
    if qa.scope and qb.scope:
        score += 2 if aliases.same_place(qa.scope, qb.scope) else -1
    return score - figure_gap(qa, qb)


def _is_part(figure: Quantity) -> bool:
    """A figure its sentence gives as a part of the one before: ", including 700,000 in Paris", ", with 213 in"."""
    return _part_in(figure.clause or "", figure.text)


@lru_cache(maxsize=65536)
def _part_in(clause: str, text: str) -> bool:
    """Asked of every figure of every pair of candidate claims: each figure's clause is searched once."""
    at = clause.rfind(text)
    return at > 0 and bool(PART_BEFORE_RE.search(clause[:at]))


def _converted(figure: Quantity) -> bool:
    """A physical figure that a writer may give in two units ("30 km (19 miles)")."""
    return figure.kind not in ("count", "percent", "money", "multiplier", "date")
