"""Times of day as figures: when the story's event happened, as outlets write it.

"The derailment occurred at 9:53 pm" and "the mishap occurred around 9.35 p.m." give one event
two times of day, and both cannot be right, as surely as two tolls. A time is read with its
hedge ("around 9.35 p.m.", "shortly after 4 a.m."; an hour alone is a rounded time), its zone
where one is written ("5:30 GMT", "0500 GMT": never compared with a local time) and what it
dates, read from the parse: the happening a verb or noun names ("struck", "derailed", "the
accident occurred", "the 11pm incident") is the story's event. Any other act ("landed at",
"power was restored at", "rescuers reached it by") may happen more than once, so its times
are read but never set against each other. Minutes after midnight are the comparison unit.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from .models import Period, Quantity
from .parsing import figure_tokens

#: The kind every time of day is read as.
TIME_OF_DAY = "time of day"

_ZONES = (
    r"GMT|UTC|IST|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|EET|EEST|WIB|WITA|JST|KST|HKT|SGT|AEST|AEDT|PKT|WAT|EAT|SAST"
)
#: A time with its half of the day ("9:53 pm", "9.35 p.m.", "4 a.m", "7.41pm"), a 24-hour time ("19:45", "5:30
#: GMT") or a military one ("1941 hrs", "2300 GMT"); a zone may follow, in brackets or not.
_TIME_RE = re.compile(
    r"(?<![\w.,:/\-])(?:"
    r"(?P<h>1[0-2]|0?\d)(?:[:.](?P<m>[0-5]\d))?\s?(?P<half>[apAP])(?:\.\s?[mM]\b\.?|\s?[mM]\b)"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:]|\.\d)"
    r"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s?(?=hrs\b|hours\b|h\b|GMT\b|UTC\b)"
    r")"
    rf"(?:\s?(?:hrs|hours|h)\b)?(?:\s?\(?(?P<zone>{_ZONES})\b\)?|\s(?P<local>local time)\b)?"
)
#: A bare 24-hour time is a time of day only where a word of time sets it: "at 18:15", "by 6:00" (not a race's
#: "2:05" or a verse's "3:16").
_AT_BEFORE_RE = re.compile(r"\b(?:at|around|about|by|from|until|till|before|after|since|approximately)\s+$", re.I)
#: Hedges before a time, and how many minutes each allows on either side of it.
_HEDGES = (
    (re.compile(r"\b(?:shortly|just|soon|moments?|minutes)\s+after\s+$", re.I), (0, 20)),
    (re.compile(r"\b(?:shortly|just|minutes)\s+before\s+$", re.I), (20, 0)),
    (re.compile(r"\b(?:around|about|approximately|roughly|some|nearly|almost|circa)\s+$", re.I), (5, 5)),
)
#: The words of a hedge kept in the figure's text ("around 9.35 p.m."), with "at" and "at around".
_HEDGE_TEXT_RE = re.compile(
    r"\b(?:(?:shortly|just|soon|moments?|minutes)\s+(?:after|before)|around|about|approximately|roughly|some|"
    r"nearly|almost|circa)(?:\s+(?:around|about))?\s+$",
    re.I,
)
#: A time written to the hour alone ("around 8 am", "the 11pm incident") is a rounded one: this many minutes
#: either side of it.
_HOUR_ONLY = 15


def time_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the times of day of ``sentence`` are: the figure reader reads no other figure there."""
    return [(match.start(), match.end()) for match in _times(sentence)]


def times_of_day(sentence: str) -> list[Quantity]:
    """Every time of day in ``sentence`` as a figure: minutes after midnight, its hedge as its interval."""
    figures = []
    for match in _times(sentence):
        minutes, to_the_minute = _minutes(match)
        before = sentence[: match.start()]
        hedge = _HEDGE_TEXT_RE.search(before)
        start = hedge.start() if hedge else match.start()
        earlier, later = next((span for pattern, span in _HEDGES if pattern.search(before)), (0, 0))
        if not to_the_minute:  # "the 11pm incident": an hour alone is a rounded time, hedged or not
            earlier, later = (_HOUR_ONLY if side or not (earlier or later) else 0 for side in (earlier, later))
        if figures and re.fullmatch(r"[\s,(]*", sentence[figures[-1].end : match.start()]):
            last = figures[-1]  # "around 9 pm (1730 GMT)": the same moment in another zone, as loosely told
            earlier, later = last.value - last.low, last.high - last.value
        end = match.end()
        text = sentence[start:end].rstrip(" ()")
        figures.append(
            Quantity(
                text=text,
                start=start,
                end=start + len(text),
                value=float(minutes),
                low=float(minutes - earlier),
                high=float(minutes + later),
                kind=TIME_OF_DAY,
                unit=_EITHER_HALF if _either_half(match) else "minute of the day",
                normalized=float(minutes),
                normalized_low=float(minutes - earlier),
                normalized_high=float(minutes + later),
                change="~" if earlier or later else "=",
                scope=match.group("zone"),
            )
        )
    return figures


def _times(sentence: str):
    for match in _TIME_RE.finditer(sentence):
        if (
            match.group("h24") is not None
            and not match.group("zone")
            and not _AT_BEFORE_RE.search(sentence[: match.start()])
        ):
            continue
        yield match


#: The unit of a time written with no half of the day and an hour a 12-hour clock shows ("at 6:30", not "18:15"
#: nor "06:00"): it may be morning or evening.
_EITHER_HALF = "minute of the day, either half"


def _either_half(match: re.Match) -> bool:
    hour = match.group("h24")
    return hour is not None and not hour.startswith("0") and 1 <= int(hour) <= 12 and not match.group("zone")


def _minutes(match: re.Match) -> tuple[int, bool]:
    """Minutes after midnight, and whether the time was written to the minute."""
    if match.group("half"):
        hour = int(match.group("h")) % 12 + (12 if match.group("half").lower() == "p" else 0)
        return hour * 60 + int(match.group("m") or 0), match.group("m") is not None
    if match.group("h24") is not None:
        return int(match.group("h24")) * 60 + int(match.group("m24")), True
    return int(match.group("hh")) * 60 + int(match.group("mm")), True


#: Verbs of the story's happening: what "the event" is, however an outlet words it.
_HAPPENINGS = frozenset(
    "strike hit derail crash collide explode erupt collapse skid plunge fall topple overturn ignite attack storm "
    "shake jolt rock capsize sink burst detonate rupture ram".split()
)
#: Verbs that say only that something happened ("the accident occurred at", "the fire started at"): the story's
#: event where what happened is one of :data:`_EVENT_NOUNS`.
_HAPPENED = frozenset("occur happen take start begin break be".split())
_EVENT_NOUNS = frozenset(
    "accident incident mishap tragedy disaster crash derailment collision explosion blast fire blaze quake "
    "earthquake tremor eruption landslide stampede shooting attack raid collapse flood riot clash fighting "
    "violence unrest leak spill outage blackout cyberattack hack breach".split()
)
#: Words that set an event apart from the story's own: "an aftershock struck at 1:24 pm", "a second blast at".
_ANOTHER = frozenset("second third another later aftershock aftershocks".split())


def event_of(sentence: str, figure: Quantity) -> str:
    """What a time of day dates, as a measure: "time of the event" for the story's happening ("the derailment
    occurred at", "the quake struck at", "the 9:53 pm accident"), "time of <verb>" for any other act ("landed at
    1941 hrs" gives "time of land"), "time of the other <noun>" for an event the sentence sets apart."""
    tokens = figure_tokens(sentence, figure.start, figure.end)[0]
    inside = {token.i for token in tokens}
    root = next((token for token in tokens if token.head.i not in inside), None)
    if root is None:
        return "time of day"  # the parse says nothing of what it dates: never the event's
    head = root.head
    while head.head.i != head.i and (head.pos_ == "ADP" or head.lower_ in _TIME_WORDS or head.like_num):
        head = head.head  # past "at" and the words of another time it restates ("5:00 am (0500 GMT)")
    if head.dep_ == "compound" and head.head.pos_ == "NOUN":
        head = head.head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if head.dep_ in ("relcl", "acl") and any(s.lower_ in ("which", "that") for s in subjects):
        # "the accident, which occurred at 4:30": what "which" stands for; "the attack on Orbex, which began at
        # 9 pm" may hang the clause from the name the attack was on
        antecedent = head.head
        subjects = [antecedent] + ([antecedent.head.head] if antecedent.dep_ == "pobj" else [])
    apart = [w for w in subjects + [head] if w.lower_ in _ANOTHER or any(m.lower_ in _ANOTHER for m in w.children)]
    if apart:
        return f"time of the other {apart[0].lemma_.lower()}"  # its own family: never the story's event
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):
        happened = lemma in _HAPPENED and any(s.lemma_.lower() in _EVENT_NOUNS for s in subjects)
        return _EVENT if lemma in _HAPPENINGS or happened else f"time of {lemma}"
    return _EVENT if lemma in _EVENT_NOUNS else f"time of {lemma}"


#: The words a time of day is written with, which the parse may take for nouns.
_TIME_WORDS = (
    frozenset("am pm a.m. p.m. a.m p.m hrs hours h local time".split())
    | frozenset(day.lower() for day in calendar.day_name)  # "at 9 pm Monday"
    | frozenset(_ZONES.lower().split("|"))
)
#: The measure of the story's happening's time (its family is "event").
_EVENT = "time of the event"


def judge_times(qa: Quantity, qb: Quantity, same_document: bool) -> tuple[str, list[str], float, str] | None:
    """(verdict, reasons, score, explanation) for two times of the story's event, or None where they are not to be
    set side by side: one article's two times (two moments of its story), a zone against local time (only a person
    knows the offset), two days, any act but the event (a power cut restored, a market closed: acts that recur),
    and times hours apart (the fire's start and its end, not one moment told twice).

    Two times both written to the minute or hour with no hedge cannot both be right; a hedged time that misses the
    other is one for a person, who may know how loosely its source gave it."""
    if same_document or qa.scope != qb.scope or qa.measure != _EVENT or qb.measure != _EVENT:
        return None
    if qa.period and qb.period and (qa.period.start, qa.period.end) != (qb.period.start, qb.period.end):
        return None
    qb = _nearest(qa, qb)
    shown = f"{qa.text} vs {qb.text}"
    apart = max(qa.normalized_low - qb.normalized_high, qb.normalized_low - qa.normalized_high, 0.0)
    gap = abs(qa.normalized - qb.normalized)
    if not apart:
        return "consistent", [], gap / 600, f"{shown}: the same time of day for the event."
    if gap > _HOURS_APART:
        return None
    minutes = f"{gap:.0f} minute{'' if round(gap) == 1 else 's'} apart"
    if qa.change == qb.change == "=":
        return "conflict", [], 2.0 + gap / 60, f"{shown}: both give the time of the event, {minutes}."
    return (
        "needs_review",
        ["approximate_time"],
        1.0 + gap / 240,
        f"{shown}: {minutes} for the event, but one gives its time only roughly.",
    )


#: Two times of one event this far apart (in minutes) tell two moments of the story, not one.
_HOURS_APART = 180


def _nearest(qa: Quantity, qb: Quantity) -> Quantity:
    """``qb`` moved by whole days, or by half a day where either leaves its half unsaid ("at 6:30" and "6.30 pm"),
    to the reading nearest ``qa``: "11.50 pm" and "12.10 am" are twenty minutes apart, not a day less twenty."""
    shifts = (0.0, 1440.0, -1440.0) + ((720.0, -720.0) if _EITHER_HALF in (qa.unit, qb.unit) else ())
    shift = min(shifts, key=lambda by: abs(qb.normalized + by - qa.normalized))
    if not shift:
        return qb
    return replace(
        qb,
        normalized=qb.normalized + shift,
        normalized_low=qb.normalized_low + shift,
        normalized_high=qb.normalized_high + shift,
    )


_WEEKDAYS = tuple(calendar.day_name)
_WEEKDAY_RE = re.compile(rf"\b({'|'.join(_WEEKDAYS)})\b")


def day_of(sentence: str, date: str | None) -> Period | None:
    """The day a time of day falls on where the sentence names its weekday ("at 9:53 pm on Wednesday"): the last
    such day on or before the article's, as news tells the days just gone."""
    found = _WEEKDAY_RE.search(sentence)
    try:
        published = dt.date.fromisoformat(date[:10]) if date and len(date) >= 10 else None
    except ValueError:
        published = None
    if found is None or published is None:
        return None
    back = (published.weekday() - _WEEKDAYS.index(found.group(1))) % 7
    day = (published - dt.timedelta(days=back)).isoformat()
    return Period(text=found.group(1), start=day, end=day)
