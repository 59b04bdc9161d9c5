"""The day the story's event happened, as a figure: "the attack began June 4" against "the attack on 3 June".

Outlets that date one crash, blast or attack a day apart disagree on a fact a reader checks first.
A date phrase ("on June 3", "on Monday", "the 12 September cyberattack") is a figure where the
parse ties it to the story's event (see :func:`claimcheck.clock.event_of`), and only to an event
over in a moment: a fire or a flood lasts days, and each of its days is its own. Two such dates
that differ by a few days are for a person (a zone, a late night or a slip may move a day); two
far apart tell two events, and are never set side by side.
"""

from __future__ import annotations

import datetime as dt

from .clock import EVENT_TIME, event_of, weekdays
from .models import Quantity
from .timeref import find_periods

#: The kind every event's day is read as, and its measure.
DATE = "date"
EVENT_DAY = "day of the event"
#: A date phrase wider than this many days (a year, a season) dates nothing a reader would check as a day.
_WIDEST = 31
#: Two days of one event this many days apart or more tell two events.
_DAYS_APART = 4


def event_dates(sentence: str, date: str | None) -> list[Quantity]:
    """The days ``sentence`` gives its event, as figures in days (ordinal); none where no date is tied to it."""
    spans = [(start, end, period) for start, end, period in find_periods(sentence, date)]
    # "on Monday 3 June": the weekday names the day the date gives, and is no day of its own
    spans += [
        item
        for item in weekdays(sentence, date)
        if not any(item[1] >= s - 3 and item[0] <= e + 3 for s, e, _p in spans)
    ]
    figures = []
    for start, end, period in spans:
        try:
            first, last = (dt.date.fromisoformat(day).toordinal() for day in (period.start, period.end))
        except ValueError:
            continue
        if last - first > _WIDEST:
            continue
        text = sentence[start:end]
        probe = Quantity(text, start, end, first, first, last, DATE, "day", first, first, last)
        if event_of(sentence, probe, punctual=True) != EVENT_TIME:
            continue
        middle = (first + last) / 2
        figures.append(
            Quantity(
                text=text,
                start=start,
                end=end,
                value=middle,
                low=float(first),
                high=float(last),
                kind=DATE,
                unit="day",
                normalized=middle,
                normalized_low=float(first),
                normalized_high=float(last),
                change="=" if first == last else "~",
                measure=EVENT_DAY,
            )
        )
    return figures


def judge_dates(qa: Quantity, qb: Quantity, same_document: bool) -> tuple[str, list[str], float, str] | None:
    """(verdict, reasons, score, explanation) for two days given to the story's event, or None: one article's two
    days, or days far enough apart to be two events. Never a conflict: a day may move with a zone or a late hour."""
    if same_document or qa.measure != EVENT_DAY or qb.measure != EVENT_DAY:
        return None
    shown = f"{qa.text} vs {qb.text}"
    if qa.normalized_low <= qb.normalized_high and qb.normalized_low <= qa.normalized_high:
        return "consistent", [], 0.0, f"{shown}: the same day for the event."
    apart = abs(qa.normalized - qb.normalized)
    if apart >= _DAYS_APART:
        return None
    return "needs_review", ["different_date"], 1.5, f"{shown}: they give different dates for the event."
