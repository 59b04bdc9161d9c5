"""Neighbouring figures that state one range: "5 to 10 per cent", "between $3 and $4 billion",
"from 4.8 to 4.7 percent", "HK$1-2 billion"; and the ends of a move "from A to B" kept apart, each
with the unit and scale written once for both.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .atoms import ATOM_RE, build, rebuilt
from .models import Quantity
from .numbers import parse_number, scale_of
from .qualifiers import MOVE_NOUNS, MOVE_VERBS

_RANGE_SEP = re.compile(r"^\s?(?:(?P<sep>-|–|—|~|\u2011|to|and|or)|[\-\u2011](?P<hyphened>to)[\-\u2011])\s?$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+\S*$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
# By the NewsQuant convention "from A [at night, per barrel] to B" is one range.
_FROM_TO_RE = re.compile(r"^(?:[^;:!?()]|\.(?=\S)){0,40}?\s(?:up\s)?to\s+$")
_BY_BEFORE = re.compile(r"\bby\s+(?:\S+\s+)?$", re.I)
#: A move's ends: "rose from 40 to 50", "raise the retirement age from 62 to 64", "an increase in fares from".
_MOVED_FROM_BEFORE = re.compile(
    rf"\b(?:{MOVE_VERBS}|{MOVE_NOUNS}|went|moved|changed|edged|rais(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|lift(?:ed|s)?|"
    r"push(?:ed|es)?|reduction|change|shift)\s+(?:[A-Za-z'’\-]+\s+){0,5}from\s+$",
    re.I,
)
#: "trimmed its outlook from 3 to 4 per cent to 2 to 2.5 per cent": a move between two ranges.
_THEN_TO_RE = re.compile(r"^\s?(?:per\s?cent|percent|%)?\s+to\s+\d", re.I)
_TALLY_RE = re.compile(r"\d+[-–]\d+")  # a score, "9-2"
_BOUND_JOIN_RE = re.compile(r"^\s*(?:,|;)?\s*(?:and|but)?\s*$", re.I)


def join_ranges(sentence: str, figures: list[Quantity], newsquant: bool, date: str | None) -> list[Quantity]:
    """Neighbouring figures that state one range are one figure: the one range reader.

    "5 to 10 per cent", "HK$1-2 billion", "$800,000 to $1.3 million", "between 62 and 68",
    "three or four years" (by the NewsQuant convention two figures), two bounds ("more than 100,
    fewer than 300") and, by the NewsQuant convention, "from A [at noon] to B" and a range
    written high to low ("from 4.8 to 4.7 percent"). An end without a unit or scale takes the
    other's; a move then its level ("rose $1.25 to $9") and a change then a level ("by 5% to
    7%") stay two figures.
    """
    result: list[Quantity] = []
    for figure in figures:
        joined = _joined(sentence, result[-1], figure, newsquant, date) if result else None
        if joined is None:
            if result:
                result[-1], figure = _carried(sentence, result[-1], figure, date)
            result.append(figure)
        else:
            result[-1] = joined
    return result


def _carried(sentence: str, a: Quantity, b: Quantity, date: str | None) -> tuple[Quantity, Quantity]:
    """The ends of a move "from A to B" kept as two figures, each with the unit and scale written once
    for both: in "rose from 40 to 50 thousand" the first is 40,000, in "fell from 208 pounds to 193" the
    second weighs pounds."""
    if a.range or b.range or not _FROM_BEFORE.search(sentence[: a.start]):
        return a, b
    if not re.fullmatch(r"\s?to\s?", sentence[a.end : b.start], re.I):
        return a, b
    same_a, same_b = _same_unit(a, b, True)
    if same_a is None or same_b is None:
        return a, b
    return _adopted(sentence, a, same_a, b, date), _adopted(sentence, b, same_b, a, date)


def _adopted(sentence: str, figure: Quantity, same: Quantity, other: Quantity, date: str | None) -> Quantity:
    """``figure`` rebuilt as ``same`` (the unit and scale it took from ``other``), or unchanged."""
    if (same.kind, same.unit, same.currency, same.value) == (figure.kind, figure.unit, figure.currency, figure.value):
        return figure
    scale = same.value / figure.value if figure.value else 1.0
    scaled = replace(
        figure,
        value=same.value,
        low=None if figure.low is None else figure.low * scale,
        high=None if figure.high is None else figure.high * scale,
    )
    return rebuilt(sentence, scaled, date, figure.change, other)


def _joined(sentence: str, a: Quantity, b: Quantity, newsquant: bool, date: str | None) -> Quantity | None:
    """``a`` and ``b`` as one range, or None when they are two figures."""
    if a.range or b.range or a.kind == "multiplier" and a.unit != b.unit:
        return None
    before, between = sentence[: a.start], sentence[a.end : b.start]
    change, word, bounds = a.change, None, {a.change, b.change} == {">", "<"}
    if bounds:  # two bounds: "at least 20 and at most 100"
        if not _BOUND_JOIN_RE.match(between) or (a.change == ">") != (a.value < b.value):
            return None
        change = "="
    elif sep := _RANGE_SEP.match(between):
        word = (sep.group("sep") or sep.group("hyphened")).lower()  # "a 10-to-15 per cent rise"
        after_between = bool(_BETWEEN_BEFORE.search(before))
        if word == "and" and not after_between or word == "or" and newsquant:
            return None
        # "cut by 25 basis points to 4.5%", "fell by 200 to 1,500 barrels": the move, then the level;
        # "rose by 5 to 10 per cent", "by three to ten times", a share or factor written once after
        # both, is one range.
        bare_share = a.kind == "count" and not a.unit and b.kind in ("percent", "multiplier")
        moved_by = _BY_BEFORE.search(before) and not bare_share
        moved_from = not newsquant and _MOVED_FROM_BEFORE.search(before) and not _THEN_TO_RE.match(sentence[b.end :])
        if word == "to" and not after_between and (moved_by or moved_from):
            return None
    elif not (
        newsquant and _FROM_BEFORE.search(before) and _FROM_TO_RE.match(sentence[a.end : b.start + _number_at(b)])
    ):
        return None
    if a.change in ("up", "down") and word != "-" and a.unit and b.unit:
        return None  # "rose 5% to 7%": the move, then the level it reached
    # "1.3 A/cm2 to 0.03 A/cm2": a unit written at both ends measures one range, never a tally.
    measured = word == "to" and a.kind not in ("count", "percent") and (a.kind, a.unit) == (b.kind, b.unit)
    a, b = _same_unit(a, b, bool(_FROM_BEFORE.search(before)))
    if a is None or b is None or a.value == b.value:
        return None
    if word == "or" and not (1 <= a.value < b.value <= 2 * a.value):
        return None  # "three or four weeks" is a guess between neighbours, "5 or 60" two figures
    falling_ok = newsquant and (word in (None, "to") and _FROM_BEFORE.search(before) or measured)
    if b.value < a.value and not bounds and not falling_ok:
        return None  # news writes a falling range "from 5% to 3%"; "voted 7 to 2", "odds of 10 to 1" are tallies
    if newsquant and change == "~":
        change = "="  # NewsQuant calls a stated range exact: its ends already say how sure it is
    low, high = sorted((a.value, b.value))
    factor = a.normalized / a.value if a.value else 1.0
    return build(sentence, a.start, b.end, replace(a, range=True), low, high, 0.0, factor, change, date)


def _same_unit(a: Quantity, b: Quantity, carried: bool) -> tuple[Quantity | None, Quantity | None]:
    """``a`` and ``b`` in one unit, or None where the units differ. A bare end takes the other's unit
    ("5 to 10 per cent", "$5-6"), an end with no scale the other's scale where its number is smaller
    ("1-2 billion"). ``carried``: the first end's unit carries to the second ("from 208 pounds to
    193"), which it does not in "rose 3% to 45.50"."""
    for bare, other in ((a, b), (b, a)):
        unitless = (bare.kind, bare.unit, bare.currency) != (other.kind, other.unit, other.currency)
        # The unit is written after both ends ("5 to 10 per cent") or a currency before both ("$5-6").
        shared = bare is a or other.kind == "money" or carried
        if unitless and shared and (bare.kind == "count" and not bare.unit or _rate_of(other, bare)):
            factor = other.normalized / other.value if other.value else 1.0
            adopted = replace(bare, kind=other.kind, unit=other.unit, currency=other.currency)
            adopted = replace(adopted, normalized=bare.value * factor)
            a, b = (adopted, b) if bare is a else (a, adopted)
    if (a.kind, a.unit, a.currency) != (b.kind, b.unit, b.currency):
        return None, None
    for bare, other in ((a, b), (b, a)):
        scale = _written_scale(other)
        # "1-2 billion", "from 2.5 to 1.8 million": the bare end is of the other's size once scaled.
        near = other.value and 0.1 < bare.value * scale / other.value < 10
        if scale != 1 and _written_scale(bare) == 1 and (abs(bare.value) < abs(other.value) / scale or near):
            scaled = replace(bare, value=bare.value * scale, normalized=bare.normalized * scale)
            return (scaled, b) if bare is a else (a, scaled)
    return a, b


def falls(figure: Quantity) -> bool:
    """Whether a range is written high to low ("from 4.8 to 4.7 percent"): its first number is the high end."""
    written = " to " in figure.text or _TALLY_RE.fullmatch(figure.text)
    match = ATOM_RE.search(figure.text) if figure.range and written else None
    parsed = parse_number(match.group("num")) if match else None
    if parsed is None or figure.low is None or figure.high is None:
        return False
    first = parsed[0] * scale_of(match.group("scale"))
    return abs(first - figure.high) < abs(first - figure.low)


def _rate_of(rate: Quantity, figure: Quantity) -> bool:
    """Whether ``rate`` is ``figure``'s unit per something ("$68 per share" after "$62")."""
    return (rate.kind, rate.currency) == (figure.kind, figure.currency) and rate.unit.startswith(figure.unit + " per ")


def _written_scale(figure: Quantity) -> float:
    """The scale word written with a figure ("2 billion" gives 1e9), 1 where none is."""
    match = ATOM_RE.search(figure.text)
    return scale_of(match.group("scale")) if match else 1.0


def _number_at(figure: Quantity) -> int:
    """Where a figure's number starts, past its qualifier ("up to 900" gives 6)."""
    match = ATOM_RE.search(figure.text)
    return match.start() if match else 0
