"""Dates for undated articles, and the days between two articles.

An article without a date is read at its story's date: its money is converted at that date,
a day of a month it names ("March 7") is in that year, and a figure of a year long before it is
history it recalls.

Why: money in another currency is compared in US dollars at the article's date. An
undated article would otherwise be converted at the latest rate shipped, often years
after the event (a pound worth $1.21 at the time of a transfer and $1.27 today), so two
sums 5% apart when they were written look equal, or two equal ones apart. Coverage of
one event clusters in time (:mod:`claimcheck.stories`): the middle date of a story's
dated articles is the best estimate of when its undated ones were written.

Two articles published a week or more apart may tell one figure at two times (:func:`told_apart`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from .claims import checkable_figures
from .currency import to_usd
from .measures import is_running_tally
from .models import Claim, Document, Quantity
from .timeref import day_without_year, parse_iso, same_period
from .timing import recalled, tally_recalled


def story_dates(documents: list[Document]) -> dict[str, str]:
    """The middle date of each story's dated documents (stories with no dated document are left out)."""
    dates: dict[str, list[str]] = defaultdict(list)
    for document in documents:
        if document.date and document.story is not None:
            dates[document.story].append(document.date)
    return {story: sorted(found)[(len(found) - 1) // 2] for story, found in dates.items()}


def undated_dates(documents: list[Document]) -> dict[str, str]:
    """For each undated document whose story has dated ones, the story's date."""
    by_story = story_dates(documents)
    return {d.id: by_story[d.story] for d in documents if not d.date and d.story in by_story}


def dated_claims(claims: list[Claim], dates: dict[str, str]) -> list[Claim]:
    """``claims`` of each undated document read at the date ``dates`` gives it: its money converted at that date,
    and a figure of a year long before it ("won the 1997 election with 43.2 per cent") history it recalls."""
    out = []
    for claim in claims:
        date = dates.get(claim.doc_id)
        if date is not None:
            claim = _calendar_dated(claim, date)
        if date is None or not any(_foreign(q) or _recalled(q, date) for q in claim.quantities):
            out.append(claim)
            continue
        quantities = tuple(_as_history(_converted_at(q, date), date) for q in claim.quantities)
        out.append(replace(claim, quantities=quantities))
    return out


def money_of_its_time(claims: list[Claim], dates: dict[str, str | None]) -> list[Claim]:
    """``claims`` with each sum in another currency that is dated long before its article ("joined PSG for a fee of
    222m euros in 2017") converted at its own time's rate, not at the article's day: the pounds an English paper
    gives for that fee were converted in 2017. ``dates``: each document's date (or its story's)."""
    out = []
    for claim in claims:
        date = dates.get(claim.doc_id)
        if not date or not any(_foreign(q) and _long_before(q, date) for q in claim.quantities):
            out.append(claim)
            continue
        quantities = tuple(
            _converted_at(q, _middle(q.period)) if _foreign(q) and _long_before(q, date) else q
            for q in claim.quantities
        )
        out.append(replace(claim, quantities=quantities))
    return out


#: A sum dated to a period that ended this many days before its article was converted at another time's rate.
_OWN_TIME_DAYS = 90


def _long_before(figure: Quantity, date: str) -> bool:
    day, end = parse_iso(date), parse_iso(figure.period.end) if figure.period else None
    return bool(day and end) and (day - end).days > _OWN_TIME_DAYS


def _middle(period) -> str:
    start, end = parse_iso(period.start), parse_iso(period.end)
    return (start + (end - start) / 2).isoformat()


def _calendar_dated(claim: Claim, date: str) -> Claim:
    """An undated article's figures dated by a day of a month ("Strike of March 7: 3.5 million"), read in the
    story's year: without it "March 7" and "March 15" are no dates at all, and two days' counts one fact."""
    if not day_without_year(claim.text) or all(q.period for q in claim.quantities):
        return claim
    days = {
        (figure.start, figure.end): figure.period
        for figure in checkable_figures(claim.text, date)
        if figure.period and day_without_year(figure.period.text)
    }
    quantities = tuple(
        replace(q, period=days[q.start, q.end]) if q.period is None and (q.start, q.end) in days else q
        for q in claim.quantities
    )
    return replace(claim, quantities=quantities)


def _recalled(figure: Quantity, date: str) -> bool:
    if figure.moment is not None:
        return False
    return (
        recalled(figure.period, date)
        or is_running_tally(figure.measure, figure.kind)
        and tally_recalled(figure.period, date)
    )


def _as_history(figure: Quantity, date: str) -> Quantity:
    return replace(figure, moment="earlier") if _recalled(figure, date) else figure


def _foreign(figure: Quantity) -> bool:
    return figure.kind == "money" and bool(figure.currency) and figure.currency != "USD" and bool(figure.value)


def _converted_at(figure: Quantity, date: str) -> Quantity:
    """One figure's dollar values at ``date``, its interval also covering the article's day's rate: an outlet may
    convert an old fee at the rate of its own day ("£8.5m in 2013" given as "$11.6 million" in 2018)."""
    if not _foreign(figure) or not figure.normalized:
        return figure
    factor = figure.normalized / figure.value
    rate = to_usd(1.0, figure.currency, date)
    if rate is None or not factor:
        return figure
    ratio = rate / factor
    low, high = figure.normalized_low, figure.normalized_high
    return replace(
        figure,
        normalized=figure.normalized * ratio,
        normalized_low=None if low is None else min(low, low * ratio),
        normalized_high=None if high is None else max(high, high * ratio),
    )


def published_day(date: str | None) -> int | None:
    """The day an article was published as an ordinal, for counting days between two; None for no date or a month
    only ("2024-05"), which says too little to count days by."""
    day = parse_iso(date) if date and len(date) == 10 else None
    return day.toordinal() if day else None


def told_apart(qa: Quantity, qb: Quantity, days_apart: int | None) -> bool:
    """Two articles published a week or more apart, and their figures not dated alike: each may be of its own time.

    On twenty-two sets of real coverage, no conflict judged true came from articles more than two days apart,
    and every conflict between articles four weeks apart was two events (an election's first round and its
    runoff, a pledge and a later bill). Figures both dated to one period are still one fact.
    """
    if days_apart is None or days_apart < _PUBLISHED_APART:
        return False
    return not _dated_alike(qa, qb)


def a_birthday_apart(qa: Quantity, qb: Quantity) -> bool:
    """One person's age told a year apart ("Menendez, 70" at the trial, "Menendez, 71" at the sentencing): a
    birthday may fall between the two tellings, so both can be right, unless both are dated to one time."""
    if qa.kind != "age" or qb.kind != "age" or qa.value is None or qb.value is None:
        return False
    if abs(abs(qa.value) - abs(qb.value)) != 1:
        return False
    return not _dated_alike(qa, qb)


def _dated_alike(qa: Quantity, qb: Quantity) -> bool:
    """Both figures dated, to one period; a tense's "now" dates nothing."""
    dated = [q.period for q in (qa, qb) if q.period and q.period.text != "now"]
    return len(dated) == 2 and same_period(*dated)


#: Articles published this many days apart may tell one figure at two times.
_PUBLISHED_APART = 7
