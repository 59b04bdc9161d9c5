"""What a share is a share of: the counts its sentence gives beside it.

"The 18,000 job cuts represent about 1.2% of the 1.544 million employees" and "the cuts have reached
27,000, about 8% of the corporate workforce of 350,000" both give a company's layoffs as a share of its
staff, and the shares differ because the parts and wholes differ: each sentence says so with its own
counts. Two shares whose sentences both give counts, none of which agree, are shares of two things.
"""

from __future__ import annotations

from .intervals import agree
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
