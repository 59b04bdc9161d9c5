"""A count that grows as a story runs, told at two levels: "at least 155 killed" and "at least 156".

Two outlets' bounds on a toll are compatible as numbers (both hold if 156 died), but they are two counts
of a figure that moved: the lower was told before the higher was known ("the toll in Derna alone is now
more than 5,300" against "has soared to 11,300"). A fact-checker following the toll wants both side by
side, so they are shown for review as two times, not passed as compatible bounds.
"""

from __future__ import annotations

from .counted import counted_noun
from .intervals import is_bound
from .measures import is_counted_share, is_running_tally
from .models import Quantity
from .timeref import same_period


def two_levels(qa: Quantity, qb: Quantity) -> bool:
    """Two counts of a growing toll at different levels, at least one given as a bound ("at least 104"), not both
    dated to one day unless both are floors: "at least 16" and "at least 32" on one day are two counts, one source
    behind the other, where "at least 40" against "46" is one count told with a hedge."""
    if qa.kind != "count" or qb.kind != "count" or not (is_bound(qa) or is_bound(qb)):
        return False
    if qa.normalized == qb.normalized or qa.change == "<" or qb.change == "<":
        return False  # "at least 156" against "156", or "fewer than 200": one level, or a ceiling, not a count
    floors = qa.change == qb.change == ">"  # "at least 16 died" and "at least 32 died": each the count its source had
    if qa.period and qb.period and same_period(qa.period, qb.period) and not floors:
        return False  # "at least 40 died" and "killed 46", both as of one day: compatible bounds, one count
    low, high = sorted((abs(qa.normalized), abs(qb.normalized)))
    if not low or high / low > _LEVELS_APART:
        return False  # "at least eight" dead in one collapsed building against a country's 2,719: a part
    return _growing(qa) and _growing(qb)


def told_on_two_days(qa: Quantity, qb: Quantity, days_apart: int | None) -> bool:
    """Two levels of a growing count from articles published on different days, not both dated to one day.

    A toll or a case count moves daily: "the toll rose to 1,006" in Sunday's article and "to 1,017" in
    Tuesday's are two days' counts, and so are a party's shares of the votes counted by each day. On twenty-six
    sets of real coverage, every conflict between two such counts of articles published on different days was
    judged two moments, not one fact misreported.
    """
    if not days_apart or not (_growing(qa) and _growing(qb) or _counted_shares(qa, qb)):
        return False
    days = [q.period for q in (qa, qb) if q.period and q.period.start == q.period.end]
    return not (len(days) == 2 and same_period(*days))


#: Two levels of one toll further apart than this are a part and the whole (one town's dead, the country's).
_LEVELS_APART = 10.0


def _growing(figure: Quantity) -> bool:
    return is_running_tally(figure.measure, figure.kind) or bool(figure.unit) and counted_noun(figure) == "death"


def _counted_shares(qa: Quantity, qb: Quantity) -> bool:
    return is_counted_share(qa.measure, qa.kind) and is_counted_share(qb.measure, qb.kind)
