"""Dates in grouping stories: how far apart two documents' days weigh against one story, and the day an undated
document is read at (:mod:`claimcheck.stories`, rule 3).

Coverage of one event clusters in time, so two documents far apart in time are less likely one story; an
undated document takes the day of the dated one it is most alike, so it cannot bridge two stories of one company
years apart that the dated documents keep apart.
"""

from __future__ import annotations

import datetime

import numpy as np

#: Days apart that weigh nothing against two documents being one story.
DATE_GRACE = 30
#: Days beyond the grace at which the score is halved.
DATE_SCALE = 365


def day_number(date: str | None) -> float:
    """The day number of an ISO date (a month alone: its 15th); NaN when unknown."""
    try:
        parts = [int(part) for part in (date or "").split("-")[:3]]
        return float(
            datetime.date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 15).toordinal()
        )
    except (ValueError, IndexError):
        return float("nan")


def date_discount(first, second, days) -> np.ndarray:
    """What each pair's score is divided by: 1, or more for documents further apart than :data:`DATE_GRACE`."""
    apart = np.abs(days[first] - days[second])
    extra = np.where(np.isnan(apart), 0.0, np.maximum(0.0, apart - DATE_GRACE))
    return 1 + extra / DATE_SCALE


def dated_by_nearest(days, first, second, alike, threshold: float) -> np.ndarray:
    """Each undated document takes the day of the dated one it is most alike, where they are alike enough to be one
    story: an undated article on a company's 2020 listing is then as far from its 2014 listing as the dated articles on
    each are, and does not bridge the two stories."""
    undated = np.isnan(days)
    if not undated.any() or undated.all():
        return days
    one_dated = undated[first] != undated[second]
    who = np.where(undated[first], first, second)[one_dated]
    source = np.where(undated[first], second, first)[one_dated]
    score = alike[one_dated]
    near = score >= threshold
    who, source, score = who[near], source[near], score[near]
    if not len(who):
        return days
    order = np.lexsort((-score, who))  # by document, its most alike dated one first
    who, source = who[order], source[order]
    best = np.r_[True, who[1:] != who[:-1]]
    dated = days.copy()
    dated[who[best]] = days[source[best]]
    return dated
