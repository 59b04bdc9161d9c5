"""Figures written without a number of their own, or written across two.

The atom reader in :mod:`claimcheck.quantities` reads each written number; these readers add what it
cannot see alone: multipliers in words ("doubled", "twice"), vague amounts ("thousands of jobs"),
ages in words ("a century-old bridge"), one duration in two units ("a year and nine months"), the span
an amount accrues over ("$460 million over 10 years") and scores in sports and vote copy ("won 3-1").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .atoms import build, rebuilt
from .models import Quantity
from .nonfigures import scores
from .qualifiers import qualifier
from .units import count_noun, unit_after

_MULTIPLIER_WORDS = {
    **dict.fromkeys(["double", "doubled", "doubling", "doubles", "twice"], 2),
    **dict.fromkeys(["triple", "tripled", "tripling"], 3),
    **{"quadrupled": 4, "halved": 0.5},
}
_MULTIPLIER_RE = re.compile(r"\b(?:" + "|".join(_MULTIPLIER_WORDS) + r")\b(?![\-\u2011]digit)", re.I)
_VAGUE_RE = re.compile(
    r"\b(?P<words>dozens|(?:tens|hundreds)(?: of (?:thousands|millions|billions))?|thousands|millions|billions)"
    r"\s+of\s+",
    re.I,
)
_VAGUE_LOW = {"dozens": 12, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "tens": 10}

#: "a year and nine months", "two years and three months": one duration written in two units.
_DURATION_AND_RE = re.compile(r"\b(?P<lead>an?|one)\s+(?P<unit>year|month|week|day|hour)\s+and\s+$", re.I)
_DAYS = {"year": 365.25, "month": 30.44, "week": 7.0, "day": 1.0, "hour": 1 / 24}


_OVER_RE = re.compile(r"^over\s+", re.I)
#: Between an amount and "over N years": nothing, or a rate or a few words about it ("a year", "in total").
_SPAN_GAP_RE = re.compile(r"^(?:\s+[a-z]+){0,2}\s+$")


def spans_over(sentence: str, figures: list[Quantity], date: str | None) -> list[Quantity]:
    """ "$460 million over 10 years": the span an amount accrues over, not "more than 10 years"."""
    result = list(figures)
    for index, figure in enumerate(figures):
        over = _OVER_RE.match(figure.text)
        if not (over and figure.kind == "duration" and figure.change == ">" and index):
            continue
        previous = figures[index - 1]
        if previous.kind == "duration" or not _SPAN_GAP_RE.match(sentence[previous.end : figure.start]):
            continue
        exact = replace(figure, text=figure.text[over.end() :], start=figure.start + over.end(), change="=")
        result[index] = rebuilt(sentence, exact, date, "=")
    return result


def compound_durations(sentence: str, figures: list[Quantity]) -> list[Quantity]:
    """Join a duration to the larger unit written before it with "and": "a year and nine months" is 21 months."""
    ordered = sorted(figures, key=lambda f: f.start)
    joined: list[Quantity] = []
    for figure in ordered:
        if figure.kind != "duration" or not figure.value:
            joined.append(figure)
            continue
        per_unit = figure.normalized / figure.value  # days in one of the figure's units
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.kind == "duration"
            and re.fullmatch(r"\s+and\s+", sentence[before.end : figure.start])
        ):
            lead_days, start = before.normalized, before.start  # "two years and three months"
            joined.pop()
        elif (found := _DURATION_AND_RE.search(sentence[: figure.start])) is not None:
            lead_days, start = _DAYS[found.group("unit").lower()], found.start()  # "a year and nine months"
        else:
            joined.append(figure)
            continue
        if lead_days <= figure.normalized:
            joined.append(figure)  # "a day and three years" is no one duration
            continue
        total = lead_days + figure.normalized
        joined.append(
            replace(
                figure,
                text=sentence[start : figure.end],
                start=start,
                value=total / per_unit,
                low=None if figure.low is None else figure.low + lead_days / per_unit,
                high=None if figure.high is None else figure.high + lead_days / per_unit,
                normalized=total,
                normalized_low=None if figure.normalized_low is None else figure.normalized_low + lead_days,
                normalized_high=None if figure.normalized_high is None else figure.normalized_high + lead_days,
            )
        )
    return joined


# How sports and vote copy frames a score: "at 2-2", "a 9-2 lead", "won 3-1", "2-0 down".
_TALLY_BEFORE = frozenset("at a an the won beat lost drew tied trailing trailed leading led by".split())
_TALLY_AFTER = frozenset("lead win victory defeat loss deficit down up draw scoreline vote".split())


def newsquant_scores(sentence: str, date: str | None) -> list[Quantity]:
    """Scores by the NewsQuant convention: "a 9-2 lead" is the range 9-2 as written, "tied at 2-2" is 2."""
    found = []
    for match in scores(sentence):
        before, after = sentence[: match.start()].split()[-1:], sentence[match.end() :].split()[:1]
        if not (before and before[0].lower() in _TALLY_BEFORE or after and after[0].lower() in _TALLY_AFTER):
            continue  # "open 24-7": no score
        high, low = int(match.group("a")), int(match.group("b"))
        noun = count_noun(sentence, match.end())[0]
        fresh = Quantity("", 0, 0, high, None, None, "count", noun, 0.0, None, None, "=", high != low, None)
        built = build(sentence, match.start(), match.end(), fresh, low, high, 0.0, 1.0, "=", date)
        if built is not None:
            found.append(built)
    return found


#: An age written as a span's name: "a century-old bridge", "the nearly decade-old rule", "half-century-old".
_AGE_IN_WORDS_RE = re.compile(
    r"\b(?:an?\s+)?(?P<half>half[\-\u2011\s]a?[\-\u2011\s]?)?(?P<span>century|decade)[\-\u2011]old\b", re.I
)
_SPAN_YEARS = {"century": 100, "decade": 10}


def ages_in_words(sentence: str, figures: list[Quantity], date: str | None) -> list[Quantity]:
    """ "The nearly century-old bridge": an age of (nearly) 100 years, as "the 150-year-old bridge" is one of 150."""
    found = []
    for match in _AGE_IN_WORDS_RE.finditer(sentence):
        if any(f.start <= match.start("span") < f.end for f in figures):
            continue
        years = _SPAN_YEARS[match.group("span").lower()] / (2 if match.group("half") else 1)
        change, hedged_at = qualifier(sentence[: match.start()])  # "nearly", "over", "about" a century
        start = hedged_at if hedged_at is not None else match.start("half" if match.group("half") else "span")
        fresh = Quantity("", 0, 0, years, None, None, "age", "year of age", 0.0, None, None)
        built = build(sentence, start, match.end(), fresh, years, years, 0.0, 1.0, change, date)
        if built is not None:
            found.append(built)
    return found


def multipliers(sentence: str, figures: list[Quantity], date: str | None) -> list[Quantity]:
    found = []
    for match in _MULTIPLIER_RE.finditer(sentence):
        if any(f.start <= match.start() < f.end for f in figures):
            continue
        factor = _MULTIPLIER_WORDS[match.group(0).lower()]
        fresh = Quantity("", 0, 0, factor, None, None, "multiplier", "times", 0.0, None, None)
        found.append(build(sentence, match.start(), match.end(), fresh, factor, factor, 0.0, 1.0, "=", date))
    return found


def vague_amounts(sentence: str, figures: list[Quantity], date: str | None) -> list[Quantity]:
    """ "thousands of jobs" as 1,000 to 10,000 jobs, "dozens of people" as 12 to 120."""
    found = []
    for match in _VAGUE_RE.finditer(sentence):
        if any(f.start <= match.start() < f.end or match.start() <= f.start < match.end() for f in figures):
            continue
        words = match.group("words").lower().split(" of ")
        low = _VAGUE_LOW[words[0]] * (_VAGUE_LOW[words[1]] if len(words) > 1 else 1)
        kind, unit, currency, factor, _ = unit_after(sentence, match.end() - 1, "", False, date)
        if kind != "money":
            kind, unit, currency, factor = "count", count_noun(sentence, match.end())[0], None, 1.0
        fresh = Quantity("", 0, 0, low, None, None, kind, unit, 0.0, None, None, "=", True, currency)
        built = build(sentence, match.start(), match.end("words"), fresh, low, low * 10, 0.0, factor, "=", date)
        if built is not None:
            found.append(built)
    return found
