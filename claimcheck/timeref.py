"""Time anchors: the dates and periods a sentence refers to, resolved against the article's date.

"In February 2026", "late last year" and "earlier this month" become calendar intervals,
so two figures can be told apart by period ("1.2% in late 2024" vs "30% last year").
Relative expressions need the document date; without one they stay unresolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from .clock import time_spans
from .models import Period

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_PART = r"(?P<part>early|mid|late|the end of|end of|the start of|start of|the beginning of|beginning of|the first half of|first half of|the second half of|second half of)"

_PATTERNS = [
    ("range_years", rf"\b(?P<y1>{_YEAR})\s?[-–—]\s?(?P<y2>{_YEAR}|\d\d)\b"),
    ("quarter", rf"\b(?:Q(?P<q>[1-4])|(?P<qw>first|second|third|fourth) quarter(?: of)?)\s?(?P<year>{_YEAR})\b"),
    ("half", rf"\bH(?P<h>[12])\s?(?P<year>{_YEAR})\b"),
    (
        "day_month",
        rf"\b(?P<day>\d{{1,2}})(?:\s?[-–]\s?(?P<day2>\d{{1,2}}))?\s(?P<month>{_MONTH})(?:,?\s(?P<year>{_YEAR}))?\b",
    ),
    ("month_day", rf"\b(?P<month>{_MONTH})\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s(?P<year>{_YEAR}))?\b"),
    ("month", rf"\b(?:{_PART}[\s\-\u2011])?(?P<month>{_MONTH})(?:,?\s(?P<year>{_YEAR}))?\b"),
    ("year", rf"\b(?:{_PART}[\s\-\u2011])?(?P<year>{_YEAR})\b(?!\s?(?:%|percent|per cent))"),
    ("decade", r"\b(?:(?P<part>early|mid|late)[\s\-\u2011])?(?P<decade>1[89]\d0|20\d0)['\u2019]?s\b"),
    (
        "relative",
        r"\b(?:(?P<part>early|earlier|mid|late|later)[\s\-\u2011])?(?:(?P<rel>last|this|next|previous|past)\s(?P<unit>year|month|week|quarter))\b",
    ),
    (
        "ago",
        r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s(?P<unit>decade|year|month|week|day)s?\sago\b",
    ),
]
_PATTERN_RES = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _PATTERNS]
_SINCE_RE = re.compile(r"\bsince\s+", re.I)
_WORD_N = {
    word: number
    for number, words in enumerate(
        ["", "a an one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
    )
    for word in words.split()
}


def day_without_year(text: str) -> bool:
    """Whether ``text`` names a day of a month without its year ("March 7", "7 March", "Sept. 15"): a date only
    an article's date can place."""
    return any(
        not match.group("year") and match.group("month")[0].isupper()
        for name, pattern in _PATTERN_RES
        if name in ("day_month", "month_day")
        for match in pattern.finditer(text)
    )


#: A capitalised word just before a month that is not a sentence's first word: "Zindah Jan" is a name.
_NAME_BEFORE_RE = re.compile(r"(?<=[\w,;:'’\"]\s)[A-Z][a-z]+\s$")


#: "last" right before a month's name: "Last June, Klarna raised $639 million".
_LAST_BEFORE_RE = re.compile(r"\blast\s$", re.I)


def _last_named_month(span: tuple[dt.date, dt.date], anchor: dt.date) -> tuple[dt.date, dt.date]:
    """A month told as "last June": the year before when this year's June is under six months before the article's
    day (a month ago would be "last month"), this year's otherwise ("last January", written in September)."""
    start, end = span
    months_before = (anchor.year - start.year) * 12 + anchor.month - start.month
    if start.year == anchor.year and months_before < 6:
        return _month_span(start.year - 1, start.month, start.month)
    return span


def find_periods(sentence: str, date: str | None = None) -> list[tuple[int, int, Period]]:
    """(start, end, Period) for each time expression in ``sentence`` that can be resolved.

    ``date`` is the document's ISO date; relative expressions ("last year") and dates
    without a year ("March 3") are resolved against it and skipped without it.
    """
    anchor = parse_iso(date)
    found: list[tuple[int, int, Period]] = []
    taken: list[tuple[int, int]] = time_spans(sentence)  # "at 1941 hrs" is a time of day, not a year
    since_ends = {m.end() for m in _SINCE_RE.finditer(sentence)}  # where "since " ends: a total to date starts there
    for name, pattern in _PATTERN_RES:
        for match in pattern.finditer(sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if name == "month" and match.group("month").lower().rstrip(".") == "may" and not match.group("year"):
                if match.group("month") != "May" or not re.search(
                    r"\b(?:in|of|since|by|until|from|through|during|early|late|mid)[\s\-]$",
                    sentence[: match.start("month")],
                    re.I,
                ):
                    continue  # "may" is far more often a verb
            if name == "month" and match.group("month") == "march" and not match.group("year"):
                continue  # "180,000 people on the march": the noun; the month is written March
            if name == "month" and not match.group("year") and _NAME_BEFORE_RE.search(sentence[: match.start()]):
                continue  # "55 km north-east of Zindah Jan": the last word of a place's name, not a month
            span = _resolve(name, match, anchor)
            if span is None:
                continue
            if (
                name == "month"
                and anchor
                and not match.group("year")
                and _LAST_BEFORE_RE.search(sentence[: match.start()])
            ):
                span = _last_named_month(span, anchor)  # "last June", written in July: a year ago, not last month
            taken.append((match.start(), match.end()))
            text = match.group(0)
            if anchor and name != "range_years" and match.start() in since_ends and anchor > span[0]:
                # "1,200 deaths since January": a total to date, from January to the article's day
                span, text = (span[0], max(span[1], anchor)), f"since {text}"
            found.append((match.start(), match.end(), Period(text, span[0].isoformat(), span[1].isoformat())))
    return sorted(found, key=lambda item: item[0])


def overlaps(a: Period, b: Period) -> bool:
    """True when the two periods share at least one day."""
    return a.start <= b.end and b.start <= a.end


def _resolve(name: str, m: re.Match, anchor: dt.date | None) -> tuple[dt.date, dt.date] | None:
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else (anchor.year if anchor else None)
    if name == "range_years":
        first = int(groups["y1"])
        second = groups["y2"]
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        return (dt.date(first, 1, 1), dt.date(last, 12, 31)) if last >= first else None
    if name == "decade":
        first = int(groups["decade"])
        return _part_of((dt.date(first, 1, 1), dt.date(first + 9, 12, 31)), groups.get("part"))
    if year is None and name not in ("relative", "ago"):
        return None
    if name == "quarter":
        quarter = (
            int(groups["q"])
            if groups.get("q")
            else ["first", "second", "third", "fourth"].index(groups["qw"].lower()) + 1
        )
        return _month_span(year, quarter * 3 - 2, quarter * 3)
    if name == "half":
        half = int(groups["h"])
        return _month_span(year, half * 6 - 5, half * 6)
    if name in ("day_month", "month_day"):
        month = MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"])
        last_day = int(groups.get("day2") or day)
        try:
            return dt.date(year, month, day), dt.date(year, month, last_day)
        except ValueError:
            return None
    if name == "month":
        month = MONTHS[groups["month"].lower().rstrip(".")]
        if not groups.get("year") and anchor and month > anchor.month + 1:
            year -= 1  # "in November", written in February, is last November
        return _part_of(_month_span(year, month, month), groups.get("part"))
    if name == "year":
        return _part_of((dt.date(year, 1, 1), dt.date(year, 12, 31)), groups.get("part"))
    if anchor is None:
        return None
    if name == "ago":
        count = _WORD_N.get(groups["n"].lower()) or int(groups["n"])
        days = {"decade": 3652, "year": 365, "month": 30, "week": 7, "day": 1}[groups["unit"].lower()] * count
        point = anchor - dt.timedelta(days=days)
        return point, point
    return _relative(groups, anchor)


def _relative(groups: dict, anchor: dt.date) -> tuple[dt.date, dt.date]:
    rel, unit = groups["rel"].lower(), groups["unit"].lower()
    shift = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[rel]
    if unit == "year":
        span = (dt.date(anchor.year + shift, 1, 1), dt.date(anchor.year + shift, 12, 31))
    elif unit == "quarter":
        quarter = (anchor.month - 1) // 3 + shift
        year = anchor.year + quarter // 4
        quarter %= 4
        span = _month_span(year, quarter * 3 + 1, quarter * 3 + 3)
    elif unit == "month":
        month = anchor.month + shift
        year = anchor.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        span = _month_span(year, month, month)
    else:
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
        span = (monday, monday + dt.timedelta(days=6))
    part = {"earlier": None, "later": None}.get((groups.get("part") or "").lower(), groups.get("part"))
    if (groups.get("part") or "").lower() == "earlier" and rel == "this":
        span = (span[0], anchor)
    return _part_of(span, part)


def _month_span(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def _part_of(span: tuple[dt.date, dt.date], part: str | None) -> tuple[dt.date, dt.date]:
    """Early/mid/late thirds, or the halves a phrase names."""
    if not part:
        return span
    part = part.lower().removeprefix("the ")
    start, end = span
    third = (end - start) / 3
    if part in ("early", "start of", "beginning of"):
        return start, start + third
    if part == "mid":
        return start + third, end - third
    if part in ("late", "end of"):
        return end - third, end
    if part == "first half of":
        return start, start + (end - start) / 2
    if part == "second half of":
        return start + (end - start) / 2, end
    return span


@lru_cache(maxsize=65536)
def parse_iso(date: str | None) -> dt.date | None:
    """A date from ISO text at day, month or year precision (missing parts are 1); None if unreadable."""
    if not date:
        return None
    parts = [int(p) for p in re.findall(r"\d+", date)[:3]]
    while len(parts) < 3:
        parts.append(1)
    try:
        return dt.date(*parts)
    except ValueError:
        return None


def present_period(date: str) -> Period | None:
    """What a claim in the present tense refers to: the month up to the article's date."""
    day = parse_iso(date)
    if day is None:
        return None
    return Period("now", (day - dt.timedelta(days=31)).isoformat(), day.isoformat())


def as_of(date: str) -> Period | None:
    """The article's day, for a figure that holds only on it (a death toll still rising)."""
    day = parse_iso(date)
    if day is None or len(date) < 10:
        return None
    return Period(f"as of {day.isoformat()}", day.isoformat(), day.isoformat())


def same_period(a: Period, b: Period) -> bool:
    """Two periods that can hold the same figure: they overlap and neither is far longer.

    "last week" lies inside "earlier this month", but a week's count and a month's differ.
    """
    if not overlaps(a, b):
        return False
    length_a = (parse_iso(a.end) - parse_iso(a.start)).days + 1
    length_b = (parse_iso(b.end) - parse_iso(b.start)).days + 1
    return max(length_a, length_b) <= 3 * min(length_a, length_b)
