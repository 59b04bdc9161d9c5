"""Find the figures in a sentence and read each into a :class:`Quantity`.

One reader serves ``run``, ``compare`` and ``figures``. It reads digits, number words,
fractions, scale words and currencies itself: the off-the-shelf extractors mis-read
currencies, ranges and parentheses (see the README). Years, dates, times of day and
version numbers ("K2.5", "Qwen 3.5", "H200") are not figures; :mod:`claimcheck.timeref`
reads dates and :mod:`claimcheck.nonfigures` tells them apart. Units come from
:mod:`claimcheck.units`, hedges and moves from :mod:`claimcheck.qualifiers`, the pattern of one
number and its interval from :mod:`claimcheck.atoms`, ranges from :mod:`claimcheck.ranges`,
figures written in words or across two numbers from :mod:`claimcheck.worded_figures`.
"""

from __future__ import annotations

import re

from .atoms import ATOM_NO_SHARE_RE, ATOM_RE, FULL_WIDTH, build, rebuilt
from .clock import times_of_day
from .currency import ISO_CODES, MONEY_CUE_RE
from .measures import JOB_NOUNS
from .models import Quantity
from .nonfigures import is_identifier, is_slash_label, is_time_or_date, score_spans
from .numbers import NUMBER_WORDS, parse_number, scale_of
from .qualifiers import bound_after, direction, inherits_change, newsquant_change, passed_mark, qualifier
from .ranges import falls, join_ranges
from .tallies import tally_figures, vote_tallies, votes_listed
from .units import PERCENT_RE, minor_part, read_unit, unit_after
from .worded_figures import (
    ages_in_words,
    compound_durations,
    multipliers,
    newsquant_scores,
    spans_over,
    vague_amounts,
)
from .words import STOPWORDS

__all__ = ["ATOM_RE", "falls", "read_figures"]

# "3 x 10^8", "1.99×10−30" (a superscript lost in scraping), "6×10²³"; not "1920 x 1080".
_EXPONENT_RE = re.compile(
    r"^\s?[×x]\s?10(?:\s?\^\s?(?P<e>[−\-]?\d{1,3})|(?P<neg>[−\-]\d{1,3})|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))"
)
_SUPERSCRIPTS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
_RANGE_NEXT_RE = re.compile(rf"\s?(?:-|–|to|or)\s?(?:\d|(?:{NUMBER_WORDS})\b)", re.I)
_MILLIONS_IN_SENTENCE_RE = re.compile(
    r"\d\s?(?:million|mn|m)\s+(?:[a-z\-]+\s+)?(?:[a-z]+[^su\W]s|people)\b|\b(?:viewers|audiences?|viewing)\b", re.I
)
_LENGTH_IN_SENTENCE_RE = re.compile(
    r"\b(?:tall|long|high|wide|deep|metres?|meters?|height|length|depth|width|distance|jump(?:ed|s)?|thrown?)\b", re.I
)
_LENGTH_CUES = re.compile(
    r"^\s?(?:tall|long|high|wide|deep|away|from|above|below|under|over|across|in|of water|-"
    r"|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|relay|sprint|dash|steeplechase)",
    re.I,
)
_CURRENCY_AFTER_RE = re.compile(rf"\s?(?:(?-i:{'|'.join(ISO_CODES)})|dollars|euros|pounds|yuan|yen|rupees)\b", re.I)
_SCALED_END_RE = re.compile(r"\s?[\-–]\s?[\d.,]*\d\s?(?P<scale>[mb])(?![A-Za-z0-9])", re.I)
_AGE_BAND_RE = re.compile(r"\baged\s+$", re.I)
_FORWARD_SHARE_RE = re.compile(r"^\s?(?:to|and|or|by|x|×|-|–|—)\s?(?:about\s+|around\s+)?$", re.I)
_BACKWARD_SHARE_RE = re.compile(r"\b(?:from|with|than|versus|vs\.?|to|and)\s+(?:about\s+|around\s+|just\s+)?$", re.I)
# A duration before a noun names a kind of thing ("a five-year plan", "a 30-year mortgage", "the
# 10-year Treasury"); before a noun of time it is still a stretch of time ("a 12-month period"), and
# a measure before a noun gives a size ("a three-ton satellite").
_ATTRIBUTIVE_RE = re.compile(
    r"[\-\u2011](?:second|minute|hour|day|week|month|quarter|year|decade|century)\s+"
    r"(?!(?:and|or|of|to|old|ago|in|on|for|from|after|before|since|period|span|stretch|spell|window|"
    r"interval|timeframe|delay|wait|lag|hiatus|absence|high|low)\b)[A-Za-z]"
)
_HYPHEN_WORD_RE = re.compile(r"[\-\u2011](?P<word>[a-z]+)\b(?![\-\u2011])(?=,?\s+[A-Za-z$€£])")


def _is_attributive(sentence: str, end: int) -> bool:
    """Whether a written-out number joined by a hyphen to a word names a kind of thing ("a six-speed
    gearbox", "a two-time champion", "a five-year plan"), where a unit gives a size ("a three-ton
    satellite") and "-fold", "-odd" stay figures."""
    if _ATTRIBUTIVE_RE.match(sentence, end):
        return True
    joined = _HYPHEN_WORD_RE.match(sentence, end)
    if joined is None or joined.group("word") in (
        "fold",
        "odd",
        "plus",
        "point",
        "year",
        "month",
        "week",
        "day",
        "hour",
    ):
        return False
    unit = read_unit(" " + joined.group("word"))
    return unit is None or unit.end != len(joined.group("word")) + 1


_PERCENT_OF_RE = re.compile(r"(?:(?P<prev>[\w.,]+)\s+)?\b(?:per\s?cents?|percents?|percentage)\s+of\s+$", re.I)
_BELOW_ZERO_RE = re.compile(r"\s+below\s+(?:zero|freezing)\b", re.I)
_SIGNED_KINDS = ("temperature", "angle")


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
    sentence = sentence.translate(FULL_WIDTH)
    figures: list[Quantity] = []
    # "won 2-1", "a 9-2 lead": a score is two tallies, not a range or two figures to check.
    taken_until = 0
    scores = score_spans(sentence)
    times = [] if newsquant else times_of_day(sentence)
    scores += [(time.start, time.end) for time in times]  # "at 9:53 pm": a time of day, read whole
    tallies = [] if newsquant else vote_tallies(sentence)
    scores += [(tally.first[0], tally.second[1]) for tally in tallies]
    for match in _atoms(sentence):
        if match.start() < taken_until or any(a <= match.start() < b for a, b in scores):
            continue
        figure = _read_atom(sentence, match, date, newsquant)
        if figure is None:
            continue
        if figures:
            between = sentence[figures[-1].end : figure.start]
            change = inherits_change(between, figures[-1].change, figure.change)
            if change != figure.change:
                figure = rebuilt(sentence, figure, date, change)
        figures.append(figure)
        taken_until = figure.end
    figures = _shared_units(sentence, join_ranges(sentence, figures, newsquant, date), date)
    if newsquant:
        figures = [f for f in figures if not _AGE_BAND_RE.search(sentence[: f.start])]
        figures += vague_amounts(sentence, figures, date) + newsquant_scores(sentence, date)
    else:
        figures = compound_durations(sentence, figures + multipliers(sentence, figures, date))
        figures += ages_in_words(sentence, figures, date)
        figures = spans_over(sentence, figures, date)
        figures = [rebuilt(sentence, f, date, _hedge_of(f)) if _jobs_moved(f) else f for f in figures]
        figures = votes_listed(sentence, figures) + tally_figures(sentence, tallies, date) + times
    return sorted(figures, key=lambda f: f.start)


_ONE_IN_RE = re.compile(r"\s(?:in|out of)\s", re.I)


def _atoms(sentence: str):
    """Every written number, with "12 in six boxes" (no share: more than the whole) read as two."""
    for match in ATOM_RE.finditer(sentence):
        num = match.group("num")
        if _ONE_IN_RE.search(num) and parse_number(num) is None:
            yield from ATOM_NO_SHARE_RE.finditer(sentence, match.start(), match.end())
        else:
            yield match


_ORDINAL_RE = re.compile(r"an?\s(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I)
_WORD_AFTER_RE = re.compile(r"\s+(?P<word>[a-z]+)\b")
_COMPARATIVES = frozenset("more less fewer higher lower bigger smaller larger cheaper dearer longer shorter".split())


def _is_ordinal(sentence: str, end: int) -> bool:
    """Whether "a third" before ``end`` ranks (a word other than a preposition or a unit follows: "a third
    straight month", "a third year") rather than divides ("a third of", "fell by a third", "a third cup")."""
    after = _WORD_AFTER_RE.match(sentence, end)
    if after is None or after.group("word") in STOPWORDS or after.group("word") in _COMPARATIVES:
        return False  # "a third of", "a fifth lower than in May"
    unit = read_unit(after.group(0))
    return unit is None or unit.end != len(after.group(0)) or unit.kind == "duration"


def _hedge_of(figure: Quantity) -> str:
    """ "~" for a figure whose own words hedge it ("about 15,000"), else "=": what a move's direction hid."""
    words_before_number = re.split(r"\d", figure.text, maxsplit=1)[0]
    return "~" if qualifier(words_before_number)[0] == "~" else "="


def _jobs_moved(figure: Quantity) -> bool:
    """ "cut 12,000 jobs" counts the jobs cut: it is not a level falling by 12,000."""
    return figure.kind == "count" and figure.change in ("up", "down") and figure.unit.rpartition(" ")[2] in JOB_NOUNS


def _read_atom(sentence: str, match: re.Match, date: str | None, newsquant: bool):
    start, end = match.start(), match.end()
    num_text = match.group("num")
    currency_text = (match.group("cur") or "").strip()
    scale_text = match.group("scale")
    before = sentence[:start]
    if is_identifier(sentence, match, currency_text, scale_text, newsquant):
        return None
    if scale_text and len(scale_text) == 1 and sentence[match.start("scale") - 1] in "-\u2011":
        if scale_text.isupper():
            return None  # "Form 10-K", "an 8-K filing": a name; no writer hyphens "10-M" for millions
        end, scale_text = match.start("scale") - 1, None  # "a 10-m platform": metres, read as a unit
    if currency_text[:2] == "PS" and not _lost_pound(sentence, num_text, scale_text):
        return None
    if newsquant and num_text[:1].isalpha() and _is_attributive(sentence, end):
        return None  # "a five-year plan", "a six-speed gearbox": a written-out number naming a kind
    if _ORDINAL_RE.match(num_text) and _is_ordinal(sentence, end):
        return None  # "a third straight month", "a fifth term": an ordinal, not a fraction
    decimal_billions = scale_text == "b" and "." in num_text  # "1.2b": no unit or label is written so
    if scale_text and not decimal_billions and not _scale_is_meant(sentence, end, scale_text, currency_text):
        end -= len(scale_text)
        scale_text = None
    parsed = parse_number(num_text)
    if parsed is None:
        return None
    value, precision, is_fraction, is_word = parsed
    is_fraction = is_fraction and not scale_text  # "half a million" is a count
    if match.group("sign") and not re.search(r"\bplus[\s\-]or\s+$", before, re.I):
        value = -value  # "minus 5", but "plus or minus 3 points" is a margin of 3
    scale = scale_of(scale_text)
    if not scale_text and (exponent := _EXPONENT_RE.match(sentence[end:])):
        written = exponent.group("e") or exponent.group("neg") or exponent.group("sup").translate(_SUPERSCRIPTS)
        scale = 10.0 ** int(written.replace("−", "-"))
        end += exponent.end()
    value, precision = value * scale, precision * scale
    if not currency_text and not scale_text and is_time_or_date(num_text, before, sentence[end:]):
        return None

    unit = unit_after(sentence, end, currency_text, is_fraction, date, scale_text)
    if unit is None:
        return None
    if newsquant and unit[0] == "duration" and not scale_text and _ATTRIBUTIVE_RE.match(sentence, end):
        return None  # "a 30-year mortgage", "the 10-year Treasury": digits naming a kind, as words do
    kind, unit_name, currency, factor, end = unit
    if kind == "count" and "." in num_text and re.match(r"s\b", sentence[end : end + 2]):
        second = read_unit(" second")  # "0.2s behind", "9.58s": a decimal before "s" is seconds, "80s" a decade
        kind, unit_name, factor, end = second.kind, second.name, second.factor, end + 1
    if unit_name == "fraction" and is_slash_label(num_text, sentence[end:]):
        return None  # "open 24/7", "after 9/11": a name, not a share
    if kind == "count" and not unit_name and (of := _PERCENT_OF_RE.search(before)):
        if parse_number(of.group("prev") or "-") is None:  # "per cent of 20", not "45 percent of 200"
            kind, unit_name = "percent", "percentage"
    if part := minor_part(sentence, end, unit_name):
        value, precision, end = value + part[0], precision / 10, part[1]  # "5 feet 2 inches"
    if unit_name == "fraction":
        value, precision = value * 100, precision * 100
    change, qualifier_start = qualifier(before)
    if change == "=" and passed_mark(before, sentence[end:]):
        change = ">"  # "crossed the Rs 200 crore mark": past it
    lone_word = is_word and scale_text is None and num_text.lower() in ("one", "a", "an")
    lone_word = lone_word and not _RANGE_NEXT_RE.match(sentence, end)  # "one to two years" is a range
    if lone_word and _lone_word_is_no_figure(sentence, start, end, kind, unit_name, change, newsquant):
        return None
    moved = direction(before[:qualifier_start] if qualifier_start is not None else before, sentence[end:])
    # "rose threefold" is a factor, not a move; "fell nearly 25%" moved, as "rose about 5%" did
    if change in ("=", "~", "nearly") and moved and kind != "multiplier":
        change = moved
    else:
        bound, extra = bound_after(sentence[end:])  # "500 or more", "less than 30 or equal", "ten days or so"
        if bound in (">", "<", "~") and change in ("=", "~") or bound == "=" and change in (">", "<"):
            change, end = bound if bound != "=" else change, end + extra
    if newsquant:
        change = newsquant_change(before, sentence[end:], change, qualifier_start is not None)
    if qualifier_start is not None:
        start = qualifier_start

    if (below := _BELOW_ZERO_RE.match(sentence, end)) and (kind in _SIGNED_KINDS or kind == "count" and not unit_name):
        if kind == "count":  # "5 below zero": degrees left unsaid
            kind, unit_name, factor = "angle", "degree", 1.0
        value, end = -value, below.end()  # "five degrees below zero"
    fresh = Quantity("", 0, 0, value, None, None, kind, unit_name, 0.0, None, None, change, False, currency)
    return build(sentence, start, end, fresh, value, value, precision, factor, change, date)


def _scale_is_meant(sentence: str, end: int, scale_text: str, currency_text: str) -> bool:
    """Whether a short scale ("m", "b") means million/billion or is a unit ("5m tall")."""
    if scale_text.lower() not in ("m", "b") or currency_text:
        return True
    after = sentence[end:]
    if scale_text.isupper() or PERCENT_RE.match(after) or _CURRENCY_AFTER_RE.match(after):
        return True  # "5m USD", "2m euros": money after the figure
    if re.match(r"^\s?of\s+(?:its|their|the|his|her|our|these|those)\b", after):
        return True
    if other := _SCALED_END_RE.match(after):  # "10m-12m units": the range's far end says what both mean
        return _scale_is_meant(sentence, end + other.end(), other.group("scale"), currency_text)
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
    # "BBC One (12.3m), ITV (4.1m)": nothing after says, so the sentence does: millions of something
    # counted elsewhere in it ("28 million viewers"), and no length in sight
    return bool(_MILLIONS_IN_SENTENCE_RE.search(sentence)) and not _LENGTH_IN_SENTENCE_RE.search(sentence)


def _lost_pound(sentence: str, num_text: str, scale_text: str | None) -> bool:
    """Whether "PS" before a number is a pound sign lost in scraping ("PS21,700"), not a console ("PS5").

    A scale word, a separator or a decimal make it a sum ("PS4.5bn", "PS21,700", "PS2.50"): no
    console or school is numbered so. Two digits or more are a sum in a sentence about money
    ("tickets cost PS25"); one digit is a console.
    """
    if scale_text or not num_text.isdigit():
        return True
    return len(num_text) > 1 and bool(MONEY_CUE_RE.search(sentence))


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
        if donor.unit in ("other", "more"):
            continue  # "the toll rose to 48 and 49 others are missing": the others are another group than the 48
        if donor.kind != "multiplier" and donor.unit != "fraction" and donor.value:  # "3 and a fifth" shares nothing
            result[index] = rebuilt(sentence, figure, date, figure.change, donor)
    return result
