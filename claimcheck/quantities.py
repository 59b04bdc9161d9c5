"""Find the figures in a sentence and read each into a :class:`Quantity`.

One reader serves ``run``, ``compare`` and ``figures``. It reads digits, number words,
fractions, scale words and currencies itself: the off-the-shelf extractors mis-read
currencies, ranges and parentheses (see the README). Years, dates, times of day and
version numbers ("K2.5", "Qwen 3.5", "H200") are not figures; :mod:`claimcheck.timeref`
reads dates and :mod:`claimcheck.nonfigures` tells them apart. Units come from
:mod:`claimcheck.units`, hedges and moves from :mod:`claimcheck.qualifiers`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .currency import CURRENCY_PREFIX, ISO_CODES, MONEY_CUE_RE
from .models import Quantity
from .nonfigures import is_identifier, is_time_or_date, score_spans
from .numbers import FRACTION_WORDS, NUMBER_WORDS, SCALE_WORDS, UNITS_WORDS, parse_number, scale_of
from .qualifiers import MOVE_VERBS, bound_after, direction, inherits_change, newsquant_change, qualifier
from .units import PERCENT_RE, count_noun, minor_part, read_unit, unit_after
from .words import STOPWORDS

_SEP = r"(?:\s*[\-\u2011]\s*|\s+)"  # between number words: "twenty-five", "twenty - five", "one hundred"
_BIG = r"hundred|thousand|million|billion|trillion|dozen"
# "one hundred and twenty-five", "two and a half", "three dozen": "and" only after a scale word
# ("one and two" are two numbers) or before "a half".
_WORD_NUMBER = (
    rf"(?:(?:{NUMBER_WORDS})\b|an?(?={_SEP}(?:{_BIG})\b))"
    rf"(?:{_SEP}(?:(?:{NUMBER_WORDS})\b|(?:{_BIG})\b(?:{_SEP}and(?={_SEP}(?:{NUMBER_WORDS})\b))?))*"
    rf"(?:{_SEP}and{_SEP}an?{_SEP}(?:half|quarter)\b)?"
)
# A fraction word joined to a noun is an adjective or a name: "a third-party app", "half-time".
_FRACTION_WORD = (
    rf"(?:(?:a|an|{'|'.join(list(UNITS_WORDS)[1:10])})[\s\-\u2011](?:{'|'.join(FRACTION_WORDS)})"
    r"|half(?=\s+(?:of|the|a|an|its|their|his|her|our|all|these|those)\b)|(?<=than\s)half)(?![\-\u2011]\w)"
    r"|(?:one|two|three|four|\d{1,2})\s(?:in|out of)\s(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    r"(?=\s)(?!\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches)\b)"
)
# "half a million", "a quarter of a billion": the fraction of a scale word.
_FRACTION_OF_SCALE = (
    r"(?:half|an?\squarter|three\squarters|an?\sthird|two\sthirds)(?:\sof)?(?:\san?)?"
    r"(?=\s(?:million|billion|trillion|thousand)\b)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+,\d{1,2}(?![\d,])|\d+)(?:\.\d+)?(?:\s?[½¼¾⅓⅔⅛])?|\.\d+|[½¼¾⅓⅔⅛]"
_SCALE = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
#: Full-width digits and signs as Chinese and Japanese text writes them.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，％＄", "0123456789.,%$")
# No figure starts inside a word or a number: the look-behind lets the scan skip those places fast.
_ATOM = (
    rf"(?<![A-Za-z0-9])(?P<cur>(?:{CURRENCY_PREFIX}))?"
    rf"(?P<sign>(?<![\w.,\-%])(?<!\d\s)-(?=\d)|\b(?:minus|negative)[\s\-\u2011]?(?=[\da-z]))?"
    rf"(?P<num>\d{{1,3}}\s\d{{1,2}}/\d{{1,2}}(?![\d/])|\d+\s?/\s?\d+(?:st|nd|rd|th)?|(?<![\w-])(?:{_FRACTION_OF_SCALE}|{_FRACTION_WORD})|{_DIGITS}|"
    rf"(?<![\w-])(?:half a dozen|dozen|"
    rf"(?:a|an|one)(?=\s(?:(?:day|week|month|year|decade|century)\b))"
    rf"|{_WORD_NUMBER}|(?:{NUMBER_WORDS})(?=fold\b))(?:(?![\w])|(?=fold\b)))"
    rf"(?:[\s\-\u2011]?(?P<scale>(?:{_SCALE})(?![A-Za-z0-9])|(?-i:[KMB])(?=(?:{'|'.join(ISO_CODES)})\b)))?"
)
ATOM_RE = re.compile(_ATOM, re.IGNORECASE)

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
_EXPONENT_RE = re.compile(r"^\s?[×x]\s?10\s?\^?(?P<e>[−\-]?\d{1,3})")
_RANGE_SEP = re.compile(r"^\s?(?P<sep>-|–|—|~|\u2011|to|and|or)\s?$", re.I)
_RANGE_NEXT_RE = re.compile(rf"\s?(?:-|–|to|or)\s?(?:\d|(?:{NUMBER_WORDS})\b)", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+\S*$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
# By the NewsQuant convention "from A [at night, per barrel] to B" is one range.
_FROM_TO_RE = re.compile(r"^(?:[^;:!?()]|\.(?=\S)){0,40}?\s(?:up\s)?to\s+$")
_BY_BEFORE = re.compile(r"\bby\s+(?:\S+\s+)?$", re.I)
_MOVED_FROM_BEFORE = re.compile(rf"\b(?:{MOVE_VERBS}|went|moved|changed|edged)\s+(?:\w+\s+)?from\s+$", re.I)
_LENGTH_CUES = re.compile(
    r"^\s?(?:tall|long|high|wide|deep|away|from|above|below|under|over|across|in|of water|-)", re.I
)
_AGE_BAND_RE = re.compile(r"\baged\s+$", re.I)
_FORWARD_SHARE_RE = re.compile(r"^\s?(?:to|and|or|-|–|—)\s?(?:about\s+|around\s+)?$", re.I)
_BACKWARD_SHARE_RE = re.compile(r"\b(?:from|with|than|versus|vs\.?|to|and)\s+(?:about\s+|around\s+|just\s+)?$", re.I)
# A written-out duration before a noun names a kind of thing ("a five-year plan", "a two-day
# meeting"); a measure before a noun still gives a size ("a three-ton satellite").
_ATTRIBUTIVE_RE = re.compile(
    r"[\-\u2011](?:second|minute|hour|day|week|month|quarter|year|decade|century)\s+"
    r"(?!(?:and|or|of|to|old|ago|in|on|for|from|after|before|since)\b)[a-z]"
)
_PERCENT_OF_RE = re.compile(r"(?:(?P<prev>[\w.,]+)\s+)?\b(?:per\s?cents?|percents?|percentage)\s+of\s+$", re.I)
_BELOW_ZERO_RE = re.compile(r"\s+below\s+(?:zero|freezing)\b", re.I)
_SIGNED_KINDS = ("temperature", "angle")
_BOUND_JOIN_RE = re.compile(r"^\s*(?:,|;)?\s*(?:and|but)?\s*$", re.I)
_APPROX_RELATIVE = 0.05
_NEARLY_RELATIVE = 0.15
_CONVERSION_SLACK = 0.015


def read_figures(sentence: str, date: str | None = None, *, newsquant: bool = False) -> list[Quantity]:
    """Every figure in ``sentence``, in order, with intervals and normalized values.

    ``date`` (ISO) is the article's date, used to convert money to US dollars at the
    rate of the day. ``newsquant=True`` follows the NewsQuant annotation convention, which
    ``claimcheck figures`` is scored against: every figure a reader would count, small
    counts in words ("one solution") and vague amounts ("thousands of jobs" as 1,000 to
    10,000) included; "from X to Y" as a range; the level a move ends at ("fell to 49.55")
    labelled with the move; a change written as a noun ("a 19% drop") and a bound
    written as a verb ("surpassed $8 billion") as plain figures; an average as approximate;
    no figure in "twice as loud" or in the age band naming a group ("men aged 18 to 34").
    ``run`` and ``compare`` use the default, where ``up``/``down`` mean a move by that
    amount, so "fell to 4.1%" stays a level that can be checked against "is 4.1%".
    """
    sentence = sentence.translate(_FULL_WIDTH)
    figures: list[Quantity] = []
    # "won 2-1", "a 9-2 lead": a score is two tallies, not a range or two figures to check.
    taken_until = 0
    scores = score_spans(sentence)
    for match in ATOM_RE.finditer(sentence):
        if match.start() < taken_until or any(a <= match.start() < b for a, b in scores):
            continue
        figure = _read_atom(sentence, match, date, newsquant)
        if figure is None:
            continue
        if figures:
            between = sentence[figures[-1].end : figure.start]
            change = inherits_change(between, figures[-1].change, figure.change)
            if change != figure.change:
                figure = _rebuilt(sentence, figure, date, change)
        figures.append(figure)
        taken_until = figure.end
    figures = _shared_units(sentence, _join_ranges(sentence, figures, newsquant, date), date)
    if newsquant:
        figures = [f for f in figures if not _AGE_BAND_RE.search(sentence[: f.start])]
        figures += _vague_amounts(sentence, figures, date)
    else:
        figures = _compound_durations(sentence, figures + _multipliers(sentence, figures, date))
    return sorted(figures, key=lambda f: f.start)


#: "a year and nine months", "two years and three months": one duration written in two units.
_DURATION_AND_RE = re.compile(r"\b(?P<lead>an?|one)\s+(?P<unit>year|month|week|day|hour)\s+and\s+$", re.I)
_DAYS = {"year": 365.25, "month": 30.44, "week": 7.0, "day": 1.0, "hour": 1 / 24}


_ORDINAL_RE = re.compile(r"an?\s(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I)
_WORD_AFTER_RE = re.compile(r"\s+(?P<word>[a-z]+)\b")


def _is_ordinal(sentence: str, end: int) -> bool:
    """Whether "a third" before ``end`` ranks (a word other than a preposition or a unit follows: "a third
    straight month", "a third year") rather than divides ("a third of", "fell by a third", "a third cup")."""
    after = _WORD_AFTER_RE.match(sentence, end)
    if after is None or after.group("word") in STOPWORDS:
        return False
    unit = read_unit(after.group(0))
    return unit is None or unit.end != len(after.group(0)) or unit.kind == "duration"


def _compound_durations(sentence: str, figures: list[Quantity]) -> list[Quantity]:
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


def _read_atom(sentence: str, match: re.Match, date: str | None, newsquant: bool):
    start, end = match.start(), match.end()
    num_text = match.group("num")
    currency_text = (match.group("cur") or "").strip()
    scale_text = match.group("scale")
    before = sentence[:start]
    if is_identifier(sentence, match, currency_text, scale_text, newsquant):
        return None
    if currency_text[:2] == "PS" and not _lost_pound(sentence, num_text, scale_text):
        return None
    if newsquant and num_text[:1].isalpha() and _ATTRIBUTIVE_RE.match(sentence, end):
        return None  # "a five-year plan": NewsQuant counts no written-out duration used as an adjective
    if _ORDINAL_RE.match(num_text) and _is_ordinal(sentence, end):
        return None  # "a third straight month", "a fifth term": an ordinal, not a fraction
    if scale_text and not _scale_is_meant(sentence, end, scale_text, currency_text):
        end -= len(scale_text)
        scale_text = None
    parsed = parse_number(num_text)
    if parsed is None:
        return None
    value, precision, is_fraction, is_word = parsed
    is_fraction = is_fraction and not scale_text  # "half a million" is a count
    if match.group("sign"):
        value = -value
    scale = scale_of(scale_text)
    if not scale_text and (exponent := _EXPONENT_RE.match(sentence[end:])):
        scale = 10.0 ** int(exponent.group("e").replace("−", "-"))
        end += exponent.end()
    value, precision = value * scale, precision * scale
    if not currency_text and not scale_text and is_time_or_date(num_text, before, sentence[end:]):
        return None

    unit = unit_after(sentence, end, currency_text, is_fraction, date)
    if unit is None:
        return None
    kind, unit_name, currency, factor, end = unit
    if kind == "count" and not unit_name and (of := _PERCENT_OF_RE.search(before)):
        if parse_number(of.group("prev") or "-") is None:  # "per cent of 20", not "45 percent of 200"
            kind, unit_name = "percent", "percentage"
    if part := minor_part(sentence, end, unit_name):
        value, precision, end = value + part[0], precision / 10, part[1]  # "5 feet 2 inches"
    if unit_name == "fraction":
        value, precision = value * 100, precision * 100
    change, qualifier_start = qualifier(before)
    lone_word = is_word and scale_text is None and num_text.lower() in ("one", "a", "an")
    lone_word = lone_word and not _RANGE_NEXT_RE.match(sentence, end)  # "one to two years" is a range
    if lone_word and _lone_word_is_no_figure(sentence, start, end, kind, unit_name, change, newsquant):
        return None
    moved = direction(before[:qualifier_start] if qualifier_start is not None else before, sentence[end:])
    if change in ("=", "~") and moved and kind != "multiplier":  # "rose threefold" is a factor, not a move
        change = moved
    else:
        bound, extra = bound_after(sentence[end:])  # "500 or more", "less than 30 or equal", "ten days or so"
        if bound in (">", "<", "~") and change in ("=", "~") or bound == "=" and change in (">", "<"):
            change, end = bound if bound != "=" else change, end + extra
    if newsquant:
        change = newsquant_change(before, sentence[end:], change, qualifier_start is not None)
    if qualifier_start is not None:
        start = qualifier_start

    if (below := _BELOW_ZERO_RE.match(sentence, end)) and kind in _SIGNED_KINDS:
        value, end = -value, below.end()  # "five degrees below zero"
    fresh = Quantity("", 0, 0, value, None, None, kind, unit_name, 0.0, None, None, change, False, currency)
    return _build(sentence, start, end, fresh, value, value, precision, factor, change, date)


def _build(sentence, start, end, figure: Quantity, value, high_value, precision, factor, change, date=None):
    """``figure`` (kind, unit, currency, range set) with its interval and normalized values.

    The interval is what the wording allows: a stated range's ends, else the stated
    precision, widened by "about" and opened by "over" / "up to".
    """
    if figure.range:
        # A stated range already says how sure the writer is: its ends are the interval.
        low, high = value, high_value
        value = (value + high_value) / 2
    else:
        low, high = value - precision / 2, value + precision / 2
    if change == "~":
        spread = max(precision, abs(value) * _APPROX_RELATIVE)
        low, high = min(low, value - spread), max(high, value + spread)
    elif change == "nearly":
        low, high = sorted((value * (1 - _NEARLY_RELATIVE), value))  # "nearly -1" lies in [-1, -0.85]
        change = "~"
    elif change == ">":
        low, high = value, None
    elif change == "<":
        low, high = None, value  # "under 20%" states no floor: a growth rate under 2% may be negative
    if figure.kind in ("percent", "count", "money", "duration") and low is not None and value >= 0:
        low = max(low, 0.0)
    if factor is None:
        return None
    # The publisher's rate and day are unknown: a converted figure is good to a percent or two.
    slack = _CONVERSION_SLACK if figure.currency and figure.currency != "USD" else 0.0
    raw = sentence[start:end]
    start += len(raw) - len(raw.lstrip())  # the span is the figure's text exactly, no spaces around it
    end = start + len(raw.strip())
    return replace(
        figure,
        text=sentence[start:end],
        start=start,
        end=end,
        value=value,
        low=low,
        high=high,
        normalized=value * factor,
        normalized_low=None if low is None else low * factor * (1 - slack),
        normalized_high=None if high is None else high * factor * (1 + slack),
        change=change,
    )


def _rebuilt(sentence: str, figure: Quantity, date: str | None, change: str, donor: Quantity | None = None):
    """The same figure read with another change ("or 0.6%" after "lost 190 points"), or in the unit of
    ``donor`` ("3 and 4 percent")."""
    unit_from = donor or figure
    factor = unit_from.normalized / unit_from.value if unit_from.value else 1.0
    figure = replace(figure, kind=unit_from.kind, unit=unit_from.unit, currency=unit_from.currency)
    if figure.range and figure.low is not None and figure.high is not None:
        value, high_value, precision = figure.low, figure.high, 0.0
    else:  # a figure, or a range opened by "over" (its value is its middle)
        value = high_value = figure.value
        precision = figure.high - figure.low if figure.change == "=" and figure.high is not None else 0.0
    rebuilt = _build(sentence, figure.start, figure.end, figure, value, high_value, precision, factor, change, date)
    return rebuilt or figure


def _join_ranges(sentence: str, figures: list[Quantity], newsquant: bool, date: str | None) -> list[Quantity]:
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
    return _rebuilt(sentence, scaled, date, figure.change, other)


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
        word = sep.group("sep").lower()
        after_between = bool(_BETWEEN_BEFORE.search(before))
        if word == "and" and not after_between or word == "or" and newsquant:
            return None
        if (
            word == "to"
            and not after_between
            and (_BY_BEFORE.search(before) or not newsquant and _MOVED_FROM_BEFORE.search(before))
        ):
            return None
    elif not (
        newsquant and _FROM_BEFORE.search(before) and _FROM_TO_RE.match(sentence[a.end : b.start + _number_at(b)])
    ):
        return None
    if a.change in ("up", "down") and word != "-" and a.unit and b.unit:
        return None  # "rose 5% to 7%": the move, then the level it reached
    a, b = _same_unit(a, b, bool(_FROM_BEFORE.search(before)))
    if a is None or b is None or a.value == b.value:
        return None
    if word == "or" and not (1 <= a.value < b.value <= 2 * a.value):
        return None  # "three or four weeks" is a guess between neighbours, "5 or 60" two figures
    if b.value < a.value and not bounds and not (newsquant and word in (None, "to") and _FROM_BEFORE.search(before)):
        return None  # news writes a falling range "from 5% to 3%"; "voted 7 to 2", "odds of 10 to 1" are tallies
    if newsquant and change == "~":
        change = "="  # NewsQuant calls a stated range exact: its ends already say how sure it is
    low, high = sorted((a.value, b.value))
    factor = a.normalized / a.value if a.value else 1.0
    return _build(sentence, a.start, b.end, replace(a, range=True), low, high, 0.0, factor, change, date)


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
        if scale != 1 and _written_scale(bare) == 1 and abs(bare.value) < abs(other.value) / scale:
            scaled = replace(bare, value=bare.value * scale, normalized=bare.normalized * scale)
            return (scaled, b) if bare is a else (a, scaled)
    return a, b


def falls(figure: Quantity) -> bool:
    """Whether a range is written high to low ("from 4.8 to 4.7 percent"): its first number is the high end."""
    match = ATOM_RE.search(figure.text) if figure.range and " to " in figure.text else None
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


def _scale_is_meant(sentence: str, end: int, scale_text: str, currency_text: str) -> bool:
    """Whether a short scale ("m", "b") means million/billion or is a unit ("5m tall")."""
    if scale_text.lower() not in ("m", "b") or currency_text:
        return True
    after = sentence[end:]
    if scale_text.isupper() or PERCENT_RE.match(after):
        return True
    if re.match(r"^\s?of\s+(?:its|their|the|his|her|our|these|those)\b", after):
        return True
    if _LENGTH_CUES.match(after):
        return False
    words = re.findall(r"[A-Za-z][\w\-]*|[^\sA-Za-z]", after[:60])
    for word in words[:5]:
        if word.lower() == "and":
            continue
        if not word[0].isalpha() or word.lower() in STOPWORDS:
            break
        if re.search(r"(?:[^su]s|people)$", word.lower()):
            return True
    return False


def _lost_pound(sentence: str, num_text: str, scale_text: str | None) -> bool:
    """Whether "PS" before a number is a pound sign lost in scraping ("PS21,700"), not a console ("PS5").

    The figure must look like a sum (a scale word, a separator or decimal, three digits or
    more) and the sentence must be about money.
    """
    looks_like_sum = bool(scale_text) or not num_text.isdigit() or len(num_text) > 2
    return looks_like_sum and bool(MONEY_CUE_RE.search(sentence))


def _lone_word_is_no_figure(
    sentence: str, start: int, end: int, kind: str, unit: str, change: str, newsquant: bool
) -> bool:
    """ "one"/"a" alone is a figure only where it counts something ("one solution").

    "a year" is no figure, "about a year" is (NewsQuant counts neither: "more than a century"
    is a while, not a figure); "one of", "the same one", "just one 52,000-barrel refinery"
    count nothing; "that one mile" measures a mile.
    """
    if kind == "duration" and sentence[start:end].lower().startswith(("a ", "an ")):
        return newsquant or change == "="
    if kind not in ("count", "duration"):
        return False
    if not newsquant:
        return change == "="
    if re.match(r"^\s+\d", sentence[end:]):
        return True
    return bool(re.search(r"\b(?:the|same|this|that|any|no|every|each|which)\s+$", sentence[:start], re.I))


def _shared_units(sentence: str, figures: list[Quantity], date: str | None) -> list[Quantity]:
    """A bare number takes the unit its neighbour states for both.

    "3 and 4 percent" is two percentages; "3.9 million headsets, up from 2.4 million" is two
    counts of headsets.
    """
    result = list(figures)
    for index, figure in enumerate(result):
        if figure.kind != "count" or figure.unit:
            continue
        following = result[index + 1] if index + 1 < len(result) else None
        previous = result[index - 1] if index else None
        if following and following.unit and _FORWARD_SHARE_RE.match(sentence[figure.end : following.start]):
            donor = following
        elif (
            previous
            and previous.unit
            and previous.kind == "count"
            and _BACKWARD_SHARE_RE.search(sentence[previous.end : figure.start])
        ):
            donor = previous
        else:
            continue
        if donor.kind != "multiplier" and donor.value:
            result[index] = _rebuilt(sentence, figure, date, figure.change, donor)
    return result


def _multipliers(sentence: str, figures: list[Quantity], date: str | None) -> list[Quantity]:
    found = []
    for match in _MULTIPLIER_RE.finditer(sentence):
        if any(f.start <= match.start() < f.end for f in figures):
            continue
        factor = _MULTIPLIER_WORDS[match.group(0).lower()]
        fresh = Quantity("", 0, 0, factor, None, None, "multiplier", "times", 0.0, None, None)
        found.append(_build(sentence, match.start(), match.end(), fresh, factor, factor, 0.0, 1.0, "=", date))
    return found


def _vague_amounts(sentence: str, figures: list[Quantity], date: str | None) -> list[Quantity]:
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
        built = _build(sentence, match.start(), match.end("words"), fresh, low, low * 10, 0.0, factor, "=", date)
        if built is not None:
            found.append(built)
    return found
