"""Two sentences compared on request: the figures of each read as one claim, every figure weighed.

A run compares the claims its candidates select (:mod:`claimcheck.pipeline`); a user who asks
about two sentences directly (``claimcheck compare``, :func:`claimcheck.compare`) chose the pair,
so every figure of both is weighed, and two sentences with no figures are compared on the days
they name.
"""

from __future__ import annotations

from dataclasses import replace

from .compare import compare_claims, rank_pairs
from .embed import DEFAULT_MODEL, embed
from .entities import Aliases
from .models import Claim, Pair, Quantity
from .timeref import find_periods, parse_iso


def day_figures(text: str, date: str | None) -> list[Quantity]:
    """The single days a sentence names ("on March 3"), as figures of kind "date"."""
    figures = []
    for start, end, period in find_periods(text, date):
        if period.start == period.end:
            day = float(parse_iso(period.start).toordinal())
            figures.append(
                Quantity(
                    period.text, start, end, day, day, day, "date", "day", day, day, day, period=period, clause=text
                )
            )
    return figures


def compare_texts(
    a: str,
    b: str,
    *,
    date_a: str | None = None,
    date_b: str | None = None,
    model: str | None = DEFAULT_MODEL,
) -> list[Pair]:
    """Compare two sentences as claims; pairs ranked most serious first.

    ``date_a``/``date_b`` are the articles' ISO dates (for currency rates and "last
    year"). ``model=None`` skips the embedding, leaving ``Pair.similarity`` unset.
    """
    from .claims import checkable_figures, claim_id

    claims = []
    for side, text, date in (("a", a, date_a), ("b", b, date_b)):
        text = text.strip()
        claims.append(
            Claim(
                id=claim_id(side + text, 0, len(text)),
                doc_id=side,
                text=text,
                start=0,
                end=len(text),
                quantities=tuple(checkable_figures(text, date, bare_counts=True)),
            )
        )
    if not claims[0].quantities and not claims[1].quantities:
        # No figures: two accounts of one event can still disagree on its date.
        claims = [
            replace(claim, quantities=tuple(day_figures(claim.text, date)))
            for claim, date in zip(claims, (date_a, date_b))
        ]
    aliases = Aliases()
    aliases.learn(a)
    aliases.learn(b)
    similarity = None
    if model:
        vectors = embed([claims[0].text, claims[1].text], model=model)
        similarity = float(vectors[0] @ vectors[1])
    # Asked about two sentences directly: every figure is weighed, those whose measures
    # cannot be matched by kind, and the pair says so.
    return rank_pairs(compare_claims(claims[0], claims[1], aliases, similarity=similarity, loose=True))
