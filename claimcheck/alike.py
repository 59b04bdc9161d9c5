"""Two closely alike sentences of two articles whose figures the reader aligned nowhere: one fact, often.

The sentence embedding gives recall, never the verdict: two sentences about one fact score 0.47 to 0.89, and
unrelated sentences with figures rarely reach 0.75. Where two sentences are that alike and the reader aligned none
of their figures (it took their measures or owners from different words: "a bidder paid $28 million for the
slippers" against "the slippers sold for $32.5 million"), the closest disagreeing pair of one kind and unit is
shown for review, with what the reader saw differ as the reasons, and never as a conflict.
"""

from __future__ import annotations

from .intervals import agree
from .models import Claim, Quantity
from .relations import comparable

#: Two sentences of two articles at least this alike (cosine of their embeddings) tell one fact more often than
#: not, however differently the reader took their words.
TOLD_ALIKE = 0.75
#: How far apart their figures may be and still be one fact misreported.
_TOLD_ALIKE_APART = 1.5


def told_alike_figures(a: Claim, b: Claim, similarity: float | None) -> tuple[Quantity, Quantity] | None:
    """The figures of two closely alike sentences that nothing aligned, where one pair of one kind and unit is
    close but disagrees: "Freddy's $78 million opening" against "the film earned $80 million", whose measures and
    owners the reader took from different words. The closest such pair, for review only."""
    if similarity is None or similarity < TOLD_ALIKE:
        return None
    best = None
    for qa in a.quantities:
        for qb in b.quantities:
            if not comparable(qa, qb) or agree(qa, qb) or not qa.normalized or not qb.normalized:
                continue
            low, high = sorted((abs(qa.normalized), abs(qb.normalized)))
            if not low or high / low > _TOLD_ALIKE_APART:
                continue
            if best is None or high / low < best[0]:
                best = (high / low, qa, qb)
    return (best[1], best[2]) if best else None
