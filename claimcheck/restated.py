"""An article that gives the other article's figure elsewhere does not dispute it.

"ordered to pay $454.2 million" against "a $355 million penalty" looks like a conflict until the first
article goes on: "the payment includes the $354.9 million penalty ... plus interest". A pass over a
run's conflicts looks for the other side's figure, for the same measure, in another sentence of the
same article, and shows such a pair for review (``restated_elsewhere``): its differing figure counts
something more or less.
"""

from __future__ import annotations

from dataclasses import replace

from .entities import Aliases
from .intervals import agree
from .measures import measure_family
from .models import Claim, Pair, Quantity
from .relations import same_entity


def restated_elsewhere(pairs: list[Pair], claims: list[Claim], aliases: Aliases) -> list[Pair]:
    """``pairs`` with each conflict whose one article also gives the other's figure, for the same measure, in
    another sentence made a ``needs_review`` (``restated_elsewhere``).

    "ordered to pay $454.2 million" against "a $355 million penalty" is no contradiction when the first
    article goes on: "the payment includes the $354.9 million penalty ... plus interest". An article that
    states the other's figure does not dispute it; its other figure counts something more or less.
    """
    if not any(pair.verdict == "conflict" for pair in pairs):
        return pairs
    by_id = {claim.id: claim for claim in claims}
    by_document: dict[str, list[Claim]] = {}
    for claim in claims:
        by_document.setdefault(claim.doc_id, []).append(claim)
    checked, changed = [], False
    for pair in pairs:
        if pair.verdict == "conflict":
            a, b = by_id[pair.a], by_id[pair.b]
            qa, qb = _figure(a, pair.a_quantity), _figure(b, pair.b_quantity)
            twin = _said_elsewhere(qa, b, by_document[b.doc_id], aliases) or _said_elsewhere(
                qb, a, by_document[a.doc_id], aliases
            )
            if twin is not None:
                shown = f"{pair.a_quantity} vs {pair.b_quantity}"
                pair = replace(
                    pair,
                    verdict="needs_review",
                    reasons=("restated_elsewhere",),
                    score=round(pair.score - 1, 4),
                    explanation=f"{shown}: the figures differ, but one article also gives {twin.text} for it "
                    "in another sentence, so the other figure may count more or less (interest, a part).",
                )
                changed = True
        checked.append(pair)
    return checked if changed else pairs


def _figure(claim: Claim, text: str) -> Quantity:
    return next(q for q in claim.quantities if q.text == text)


def _said_elsewhere(figure: Quantity, skip: Claim, document: list[Claim], aliases: Aliases) -> Quantity | None:
    """A figure of ``document``, outside claim ``skip``, that agrees with ``figure`` on one measure."""
    family = measure_family(figure.measure)[0]
    if family is None:
        return None
    for claim in document:
        if claim.id == skip.id:
            continue
        for other in claim.quantities:
            if (
                other.kind == figure.kind
                and measure_family(other.measure)[0] == family
                and same_entity(other.subject, figure.subject, aliases) != "different"
                and agree(other, figure)
            ):
                return other
    return None
