"""Whether two figures are told of one time: the periods they state, the day and the point of a trading day,
the time a milestone took, and what one side leaves undated.

A figure that moves (a share price, a death toll still rising, a company's worth) is two facts at two
times; one that is only true for its span (a sum raised this year) is two facts over two spans. These
tests give :func:`claimcheck.relations.differences` its ``different_time``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .intervals import agree
from .measures import is_running_tally, measure_family
from .models import Quantity
from .quantities import read_figures
from .timeref import same_period

#: Points of a trading day, written after the day in a figure's moment ("tuesday close").
_DAY_POINTS = frozenset({"open", "intraday", "high", "low", "close", "premarket", "offer", "before"})


#: A time of day as :func:`claimcheck.timing.clock_time` writes it: a point of the day like "close".
_CLOCK_POINT_RE = re.compile(r"\d\d:\d\d")


def times_differ(qa: Quantity, qb: Quantity, strict: bool) -> bool:
    """Whether two figures are told of different times; ``strict`` (before a conflict): also where nothing shows
    they are of one time."""
    moments = (  # where a thing is does not move in a day: only history against news tells two of it apart
        (qa.moment == "earlier") != (qb.moment == "earlier")
        if _timeless(qa, qb)
        else moments_differ(qa.moment, qb.moment, strict)
    )
    return bool(
        qa.period
        and qb.period
        and not same_period(qa.period, qb.period)
        or moments
        or _windows_differ(qa.window, qb.window, strict)
        or strict
        and (
            _undated_tally(qa, qb) or _one_sided_span(qa, qb) or _one_sided_history(qa, qb) or _one_sided_so_far(qa, qb)
        )
    )


def _timeless(qa: Quantity, qb: Quantity) -> bool:
    """Two figures of where a thing is ("40 km northwest of Herat"), how strong a quake was, or how deep, long, heavy
    or large a thing is (a ravine's depth, a seizure's weight): the day or hour an article tells it does not change
    it; only two stated periods, or history against news, do (another quake)."""
    if qa.measure == qb.measure == "distance" or qa.kind == qb.kind == "magnitude":
        return True
    return qa.kind == qb.kind and qa.kind in _SIZE_KINDS


#: Physical kinds of a thing's size, which the day an article tells it does not change (a storm's winds, a heat wave's
#: temperature and a pressure move by the hour).
_SIZE_KINDS = frozenset({"length", "mass", "area", "volume"})
#: Measures whose figure is what a span of time adds up to, or what a company or a share (a price per share) was
#: worth at one time.
_OVER_TIME = frozenset({"funds raised", "revenue", "profit", "spending", "valuation", "price"})


#: A price below this is a unit's (a share's, a barrel's): one that moves; above, a deal's or a fee.
_UNIT_PRICE = 100_000


def _one_sided_span(qa: Quantity, qb: Quantity) -> bool:
    """One side dates a sum that is only true for its time ("raised $12 billion this year", "valued at
    $8.6 billion in 2021") and the other does not: nothing shows they cover one span."""
    families = {measure_family(qa.measure)[0], measure_family(qb.measure)[0]}
    if qa.kind != "money" or not families <= _OVER_TIME:
        return False
    if "price" in families and (
        max(abs(qa.normalized or 0), abs(qb.normalized or 0)) >= _UNIT_PRICE
        or any((q.moment or "").endswith("offer") for q in (qa, qb))
    ):
        return False  # a fee, a deal's price or an offer price holds once; a share's price moves from day to day
    # "has raised" dates nothing: the tense's "now" is not a span a sum raised or earned covers; a company's
    # value, though, is what it is worth now ("is valued at"), and an undated one may be from its listing
    stated_a, stated_b = (
        bool(q.period) and (q.period.text != "now" or families <= {"valuation", "price"}) for q in (qa, qb)
    )
    return stated_a != stated_b


def _one_sided_so_far(qa: Quantity, qb: Quantity) -> bool:
    """One figure told as where it stands so far ("so far, 60,000 gallons have been collected") and the other not
    ("in total, 120,000 gallons were collected"): a count still under way, against another time's. A stated period
    dates a figure whatever else its clause says ("revenue of $3.9 billion in 2025, its best year so far")."""
    return _so_far(qa) != _so_far(qb)


def _so_far(figure: Quantity) -> bool:
    undated = figure.period is None or figure.period.text == "now"
    return undated and bool(_SO_FAR_RE.search(figure.clause or ""))


#: Words that give a figure as where a count stands while it is still under way.
_SO_FAR = r"so far|thus far|to date|as of now|until now|till now"
_SO_FAR_RE = re.compile(rf"\b(?:{_SO_FAR})\b", re.I)


def _one_sided_history(qa: Quantity, qb: Quantity) -> bool:
    """Two figures of the past, one dated ("the 1997 election") and one not ("five years ago" in an undated
    article): nothing shows they recall the same time."""
    return qa.moment == qb.moment == "earlier" and bool(qa.period) != bool(qb.period)


def _undated_tally(qa: Quantity, qb: Quantity) -> bool:
    """A growing count (a death toll) one side does not date: nothing shows both were counted on one day; or
    two counts dated only by their articles' day, which a toll outgrows by the hour ("so far 92" in the
    evening, "34" in the morning): nothing shows both were counted at one time."""
    tally = is_running_tally(qa.measure, qa.kind) or is_running_tally(qb.measure, qb.kind)
    return tally and (not (qa.period and qb.period) or hour_unknown(qa, qb))


_UNDER_WAY_RE = re.compile(
    rf"\b(?:{_SO_FAR}|(?:has|have)\s+(?:now\s+)?(?:reached|risen|climbed|"
    r"increased|jumped|gone up|mounted)|(?:rose|risen|climbed|jumped|increased|mounted|went up|gone up) to|"
    r"(?:stands|stood) at)\b",
    re.I,
)


def hour_unknown(qa: Quantity, qb: Quantity) -> bool:
    """Two counts dated only by the day their articles came out, with no time of day on either, and one told
    as a count still under way ("so far 92", "the toll has reached 37", "rose to 66"): the day's later count
    may be the other's."""
    days = [q.period.text for q in (qa, qb) if q.period and q.period.text.startswith("as of ")]
    same_day = len(days) == 2 and days[0] == days[1] and not (qa.moment or qb.moment)
    return same_day and any(_UNDER_WAY_RE.search(q.clause or "") for q in (qa, qb))


def moments_differ(a: str | None, b: str | None, strict: bool) -> bool:
    """Two figures dated to different moments; ``strict``: also what is not shown to be one moment.

    A moment is a day ("thursday", "first day"), a point of a trading day ("close") or both
    ("tuesday close"). Two weekdays or two points that differ are two moments, and an
    earlier time differs from any other. A weekday and a first day may be one day, so only
    ``strict`` (before calling a conflict) counts them apart, with a day or point one side
    leaves unsaid.
    """
    if not a or not b:
        return strict and bool(a) != bool(b)
    (day_a, point_a), (day_b, point_b) = moment_parts(a), moment_parts(b)
    if a == b:
        # two prices "during the session" are not shown to be one moment of it: a conflict needs more
        return strict and point_a == "intraday"
    if (day_a == "earlier") != (day_b == "earlier"):
        return True
    if day_a and day_b and day_a != day_b and (strict or _day_kind(day_a) == _day_kind(day_b)):
        return True  # a weekday against a first day: nothing shows they are one day
    if point_a and point_b and point_a != point_b:
        return True
    return strict and (bool(day_a) != bool(day_b) or bool(point_a) != bool(point_b))


def _day_kind(day: str) -> str:
    """ "weekday" for "thursday" or "weekend", "count" for "first day": one of each can name one day."""
    return "count" if day.endswith(" day") else "weekday"


def moment_parts(moment: str) -> tuple[str | None, str | None]:
    day, _, point = moment.rpartition(" ")
    if point in _DAY_POINTS or _CLOCK_POINT_RE.fullmatch(point):
        return day or None, point
    return moment, None


def _windows_differ(a: str | None, b: str | None, strict: bool) -> bool:
    """Two milestones reached in different times ("in two hours" vs "in five days"); ``strict``: one unsaid."""
    if not a or not b:
        return strict and bool(a) != bool(b)
    days_a, days_b = _window_days(a), _window_days(b)
    if days_a is None or days_b is None:
        return a != b
    low, high = sorted((abs(days_a.normalized), abs(days_b.normalized)))
    # "within seven hours" and "in less than five days" are both bounds from zero and overlap, but
    # name two milestones: what each states is far from the other.
    return not agree(days_a, days_b) or (low > 0 and high / low >= _WINDOWS_APART)


_WINDOWS_APART = 1.25


@lru_cache(maxsize=4096)
def _window_days(window: str) -> Quantity | None:
    return next((q for q in read_figures(window) if q.kind == "duration"), None)
