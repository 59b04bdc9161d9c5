"""Find the figures in a sentence and read each into a :class:`Quantity`.

One reader serves ``run``, ``compare`` and ``figures``. It reads digits, number words,
fractions, scale words and currencies itself: the off-the-shelf extractors mis-read
currencies, ranges and parentheses (see the README). Years, dates and version numbers
("K2.5", "Qwen 3.5", "H200") are not figures; :mod:`claimcheck.timeref` reads dates.
"""

from __future__ import annotations

import re

from .currency import CURRENCY_NAMES, CURRENCY_SYMBOLS, CURRENCY_WORDS, to_usd
from .models import Quantity
from .numbers import (
    COLLECTIVE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    parse_digits,
    parse_fraction,
    parse_words,
    scale_of,
)
from .timeref import MONTHS
from .words import STOPWORDS, singular

_CUR_PREFIX = (
    r"US\s?\$|U\.S\.\s?\$|HK\$|SG?\$|AU?\$|CA?\$|NZ\$|NT\$|R\$|RMB\s?|CNY\s?|USD\s?|HKD\s?|EUR\s?|"
    r"GBP\s?|JPY\s?|SGD\s?|AUD\s?|CAD\s?|INR\s?|KRW\s?|CHF\s?|Rs\.?\s?|[€£¥₹₩$]"
)
_WORD = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True))
_WORD_NUMBER = rf"(?:{_WORD})(?:[\s\-\u2011](?:{_WORD}|hundred|thousand))*"
_FRACTION_WORD = r"(?:a|an|one|two|three|four|five)[\s\-\u2011](?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_SCALE = r"trillion|billion|million|thousand|hundred|tn|bn|bln|mn|mln|mil|m|b|k"
_ATOM = (
    rf"(?P<cur>{_CUR_PREFIX})?(?P<num>\d+\s?/\s?\d+(?:st|nd|rd|th)?|{_DIGITS}|"
    rf"(?<![\w-])(?:{_FRACTION_WORD}|half a dozen|a dozen|dozen|(?:a|an|one)(?=\s(?:hundred|thousand|million|billion|(?:day|week|month|year|decade|century)\b))"
    rf"|{_WORD_NUMBER})(?![\w]))"
    rf"(?:[\s\-\u2011]?(?P<scale>(?:{_SCALE}))(?![\w]))?"
)
ATOM_RE = re.compile(_ATOM, re.IGNORECASE)

_QUALIFIERS = {
    ">": r"more than|over|at least|passed|surpassed|topped|exceeded|crossed|no less than|not less than|upwards of|in excess of|exceeding|above|north of|just over|well over|greater than|as many as more than",
    "<": r"up to|as much as|as many as|as high as|below|under|less than|fewer than|no more than|not more than|at most|just under|just below|shy of|a maximum of",
    "nearly": r"nearly|almost|close to|just shy of",
    "~": r"about|around|roughly|approximately|approx\.|some|an estimated|estimated|circa|an approximate|~",
}
_QUALIFIER_RE = {
    key: re.compile(rf"(?:^|[\s(])(?P<q>{pattern})\s+$", re.IGNORECASE) for key, pattern in _QUALIFIERS.items()
}
_CHANGE_RE = re.compile(
    r"\b(?P<verb>up|down|rose|rises|rising|risen|fell|falls|falling|fallen|dropped|drops|declined|declines|"
    r"gained|gains|lost|jumped|jumps|surged|surges|slid|slipped|climbed|climbs|increased|increases|decreased|"
    r"decreases|grew|grows|shrank|plunged|plunges|soared|soars|tumbled|tumbles|sank|added|shed|"
    r"increase of|decrease of|rise of|drop of|fall of|decline of|gain of|jump of|growth of)"
    r"(?:\s+by)?\s+(?:(?:just|only|another|a further|an)\s+)?$",
    re.IGNORECASE,
)
_AT_LEAST_AFTER = re.compile(r"^\s?(?:\+|or more\b|plus\b)", re.I)
_DOWN_WORDS = (
    "drop",
    "decline",
    "fall",
    "decrease",
    "loss",
    "cut",
    "down",
    "fell",
    "falls",
    "falling",
    "fallen",
    "dropped",
    "drops",
    "declined",
    "declines",
    "lost",
    "slid",
    "slipped",
    "decreased",
    "decreases",
    "shrank",
    "plunged",
    "plunges",
    "tumbled",
    "tumbles",
    "sank",
    "shed",
    "decrease of",
    "drop of",
    "fall of",
    "decline of",
)
_CHANGE_NOUN_RE = re.compile(
    r"^\s*(?P<dir>increase|rise|gain|jump|growth|surge|drop|decline|fall|decrease|loss|cut)\b", re.I
)
_PERCENT_RE = re.compile(r"^\s?(?:%|percent\b|per\s?cent\b|pct\b)", re.I)
_POINTS_RE = re.compile(r"^\s?(?:percentage[\s-]points?|pp\b|ppts?\b|basis points?|bps\b)", re.I)
_FOLD_RE = re.compile(r"^(?:[\s\-\u2011]?fold\b|\s?times\b|x\b)", re.I)
_DURATION_RE = re.compile(
    r"^[\s\-\u2011](?P<unit>day|week|month|year|hour|minute|second|decade|centur(?:y|ie)|quarter)s?\b"
    r"(?P<old>[\s\-\u2011]olds?\b)?",
    re.I,
)
_CURRENCY_WORD_RE = re.compile(
    r"^\s(?P<word>"
    + "|".join(sorted(map(re.escape, CURRENCY_WORDS), key=len, reverse=True))
    + r"|"
    + "|".join(c for c in CURRENCY_NAMES)
    + r")\b",
    re.I,
)
_MULTIPLIER_WORDS = {
    "double": 2,
    "doubled": 2,
    "doubling": 2,
    "doubles": 2,
    "twice": 2,
    "triple": 3,
    "tripled": 3,
    "tripling": 3,
    "quadrupled": 4,
    "halved": 0.5,
}
_MULTIPLIER_RE = re.compile(r"\b(?:" + "|".join(_MULTIPLIER_WORDS) + r")\b", re.I)
_OCCASIONS_RE = re.compile(
    r"\b(?P<verb>[a-z]+?)(?:ed|d)\s+(?:(?:more than|over|about|nearly|almost|some|roughly|at least)\s+)?"
    r"(?:[\d.,]+|[a-z\-]+)(?:\s(?:thousand|million|billion|trillion))?\s*$",
    re.I,
)
_DAYS = {
    "day": 1,
    "week": 7,
    "month": 30.44,
    "year": 365.25,
    "hour": 1 / 24,
    "minute": 1 / 1440,
    "second": 1 / 86400,
    "decade": 3652.5,
    "century": 36525,
    "centurie": 36525,
    "quarter": 91.3,
}
_ATTACHED_OK = re.compile(r"^(?:%|x\b|k\b|m\b|bn\b|b\b|mn\b|tn\b|km|kg|nm|gb|tb|mb|mph|s\b|\+)", re.I)
_RANGE_SEP = re.compile(r"^\s?(?:-|–|—|\u2011|to|and)\s?", re.I)
_APPROX_RELATIVE = 0.05
_NEARLY_RELATIVE = 0.15
_CONVERSION_SLACK = 0.015


def read_figures(sentence: str, date: str | None = None, *, minor: bool = False) -> list[Quantity]:
    """Every figure in ``sentence``, in order, with intervals and normalized values.

    ``date`` (ISO) is the article's date, used to convert money to US dollars at the
    rate of the day. ``minor=True`` also returns figures no one checks but a reader still
    counts ("one solution", "a year"), as the NewsQuant convention asks.
    """
    figures: list[Quantity] = []
    taken_until = 0
    for match in ATOM_RE.finditer(sentence):
        if match.start() < taken_until:
            continue
        figure = _read_atom(sentence, match, date, minor)
        if figure is not None:
            figures.append(figure)
            taken_until = figure.end
    for match in _MULTIPLIER_RE.finditer(sentence):
        if not any(f.start <= match.start() < f.end for f in figures):
            factor = _MULTIPLIER_WORDS[match.group(0).lower()]
            figures.append(
                _build(
                    sentence,
                    match.start(),
                    match.end(),
                    factor,
                    factor,
                    0.0,
                    "multiplier",
                    "times",
                    None,
                    "=",
                    False,
                    date,
                )
            )
    return sorted(figures, key=lambda f: f.start)


def _read_atom(sentence: str, match: re.Match, date: str | None, minor: bool) -> Quantity | None:
    start, end = match.start(), match.end()
    num_text = match.group("num")
    currency_text = (match.group("cur") or "").strip()
    scale_text = match.group("scale")
    before, after = sentence[:start], sentence[end:]
    if _is_identifier(sentence, match, currency_text, scale_text):
        return None
    if scale_text and scale_text.lower() in ("m", "b", "k") and not currency_text and not _PERCENT_RE.match(after):
        if scale_text.lower() != "k" and not re.match(r"^\s?(?:users|downloads|people|views|tokens)", after):
            end -= len(scale_text)
            scale_text = None
            after = sentence[end:]
    parsed = _parse_number(num_text)
    if parsed is None:
        return None
    value, precision, is_fraction, is_word = parsed
    scale = scale_of(scale_text)
    value, precision = value * scale, precision * scale
    if not currency_text and not scale_text and _is_date_number(num_text, before, after):
        return None

    # A range: "300,000-350,000 units", "three to ten times", "HK$1-2 billion".
    high_value = value
    is_range = False
    sep = _RANGE_SEP.match(after)
    if sep and (sep.group(0).strip().lower() != "and" or re.search(r"\bbetween\s+\S*$", before, re.I)):
        second = ATOM_RE.match(sentence, end + sep.end())
        if second and not _is_identifier(sentence, second, "", second.group("scale")):
            parsed2 = _parse_number(second.group("num"))
            if parsed2 is not None and not _is_date_number(second.group("num"), "", sentence[second.end() :]):
                scale2 = scale_of(second.group("scale")) if second.group("scale") else scale
                if not scale_text and second.group("scale"):
                    value, precision = value * scale2, precision * scale2
                candidate = parsed2[0] * scale2
                if candidate > value:
                    high_value, is_range = candidate, True
                    end = second.end()
                    after = sentence[end:]
                    currency_text = currency_text or (second.group("cur") or "").strip()

    kind, unit, currency, end = _kind_and_unit(sentence, end, currency_text, is_fraction)
    if kind is None:
        return None
    if is_fraction and kind == "percent":
        value, high_value = value * 100, high_value * 100
        precision *= 100
    change, qualifier_start = _qualifier(before)
    lone_word = is_word and scale_text is None and num_text.lower() in ("one", "a", "an")
    if lone_word and not minor and (kind == "count" or change == "="):
        return None
    if change == "=":
        at_least = _AT_LEAST_AFTER.match(sentence[end:])
        changed = _CHANGE_RE.search(before) or _CHANGE_NOUN_RE.match(sentence[end:])
        if at_least:
            change = ">"
            end += at_least.end()
        elif changed:
            change = "down" if changed.group(1).lower() in _DOWN_WORDS else "up"
    if qualifier_start is not None:
        start = qualifier_start
    if is_fraction and kind == "percent":
        unit = "fraction"
    return _build(sentence, start, end, value, high_value, precision, kind, unit, currency, change, is_range, date)


def _build(sentence, start, end, value, high_value, precision, kind, unit, currency, change, is_range, date):
    """Make the interval the wording allows and the normalized values."""
    if is_range:
        # A stated range already says how sure the writer is: its ends are the interval.
        low, high = value, high_value
        value = (value + high_value) / 2
    else:
        low, high = value - precision / 2, value + precision / 2
    if change == "~":
        spread = max(precision, abs(value) * _APPROX_RELATIVE)
        low, high = min(low, value - spread), max(high, value + spread)
    elif change == "nearly":
        low, high = value * (1 - _NEARLY_RELATIVE), value
        change = "<"
    elif change == ">":
        low, high = value, None
    elif change == "<":
        low, high = (0.0 if value >= 0 else None), value
    if kind in ("percent", "count", "money", "duration") and low is not None and value >= 0:
        low = max(low, 0.0)
    factor = _normalizer(kind, unit, currency, date)
    if factor is None:
        return None
    if currency and currency != "USD":
        # The publisher's rate and day are unknown: a converted figure is good to a percent or two.
        low = None if low is None else low * (1 - _CONVERSION_SLACK)
        high = None if high is None else high * (1 + _CONVERSION_SLACK)
    return Quantity(
        text=sentence[start:end].strip(),
        start=start,
        end=end,
        value=value,
        low=low,
        high=high,
        kind=kind,
        unit=unit,
        normalized=value * factor,
        normalized_low=None if low is None else low * factor,
        normalized_high=None if high is None else high * factor,
        change=change,
        range=is_range,
        currency=currency,
    )


def _normalizer(kind: str, unit: str, currency: str | None, date: str | None) -> float | None:
    if kind == "money" and currency:
        rate = to_usd(1.0, currency, date)
        return rate if rate is not None else None
    if kind == "duration":
        return _DAYS.get(unit, 1.0)
    return 1.0


def _parse_number(text: str) -> tuple[float, float, bool, bool] | None:
    """(value, precision, is_fraction, is_word) of the number part of an atom."""
    lowered = text.lower().strip()
    if lowered in COLLECTIVE_WORDS:
        return float(COLLECTIVE_WORDS[lowered]), 1.0, False, True
    fraction = parse_fraction(lowered)
    if fraction is not None:
        return fraction, 0.0005, True, "/" not in lowered
    if lowered[:1].isdigit() or lowered[:1] == ".":
        try:
            value, precision = parse_digits(lowered)
        except ValueError:
            return None
        significant = len(lowered.split(".")[0].replace(",", "").lstrip("0"))
        if "." not in lowered and significant >= 2:
            precision = min(precision, 10.0 ** (significant - 2))
        return value, precision, False, False
    words = parse_words(lowered)
    if words is None:
        return None
    return words[0], words[1], False, True


def _is_identifier(sentence: str, match: re.Match, currency_text: str, scale_text: str | None) -> bool:
    """Model names, versions, ordinals and list markers are not figures."""
    start = match.start("num") if not currency_text else match.start()
    end = match.end("num")
    prev = sentence[start - 1] if start else " "
    prev2 = sentence[start - 2] if start > 1 else " "
    if prev.isalnum() or prev in "_" or (prev in "-\u2011." and prev2.isalpha()):
        return True
    following = sentence[end : end + 4]
    if following[:1].isalpha() and not scale_text and not _ATTACHED_OK.match(following):
        return True
    num = match.group("num")
    if num[:1].isalpha():
        # A capitalised number word inside a sentence is part of a name ("Five-Year Plan").
        if num[0].isupper() and start > 0 and not re.search(r"[.!?:\"“]\s*$", sentence[:start]):
            return True
        if re.search(r"\btop\s+$", sentence[:start], re.I):
            return True
        return False
    if not currency_text and not scale_text:
        words_before = re.findall(r"([A-Za-z][\w.\-]*)\s+$", sentence[:start])
        after = sentence[end:]
        if words_before and not _PERCENT_RE.match(after) and not _DURATION_RE.match(after):
            word = words_before[-1]
            is_name = word[0].isupper() and word.lower() not in STOPWORDS and word.lower() not in MONTHS
            sentence_start = sentence[:start].strip() == word
            if is_name and not sentence_start:
                return True
    return False


def _is_date_number(num: str, before: str, after: str) -> bool:
    """Years ("2025", "2026–2030") and days of a month ("February 13", "16–22 February")."""
    cleaned = num.replace(",", "")
    if re.fullmatch(r"(?:1[89]|20|21)\d\d", cleaned) and "," not in num:
        if not _PERCENT_RE.match(after) and not re.match(r"^\s?(?:units|people|users|employees|workers)\b", after):
            return True
    if re.fullmatch(r"\d{1,2}", cleaned):
        month_after = re.match(r"^(?:\s?[-–—]\s?\d{1,2})?\s+(?P<m>[A-Za-z]+)", after)
        if month_after and month_after.group("m").lower() in MONTHS:
            return True
        month_before = re.search(r"\b(?P<m>[A-Za-z]+)\.?\s+$", before)
        if month_before and month_before.group("m").lower() in MONTHS:
            return True
    return False


def _kind_and_unit(sentence: str, end: int, currency_text: str, is_fraction: bool):
    """(kind, unit, currency code, new end) from what follows the number."""
    after = sentence[end:]
    if currency_text:
        code = CURRENCY_SYMBOLS.get(currency_text.replace(" ", "").rstrip("."), None)
        if code is None:
            code = CURRENCY_SYMBOLS.get(currency_text, "USD")
        if code == "JPY" and re.search(r"\byuan\b|\brenminbi\b|\bRMB\b", sentence):
            code = "CNY"
        return "money", CURRENCY_NAMES.get(code, code.lower()), code, end
    if m := _POINTS_RE.match(after):
        return "percent", "percentage point", None, end + m.end()
    if m := _PERCENT_RE.match(after):
        return "percent", "percentage", None, end + m.end()
    if m := _FOLD_RE.match(after):
        occasions = _OCCASIONS_RE.search(sentence[:end])
        if occasions and m.group(0).strip().lower() == "times":
            # "downloaded over one billion times" counts downloads, it multiplies nothing.
            return "count", singular(occasions.group("verb").lower()), None, end + m.end()
        return "multiplier", "times", None, end + m.end()
    if m := _CURRENCY_WORD_RE.match(after):
        word = m.group("word").lower()
        code = CURRENCY_WORDS.get(word) or next((c for c, n in CURRENCY_NAMES.items() if n == word), "USD")
        return "money", CURRENCY_NAMES.get(code, code.lower()), code, end + m.end()
    if m := _DURATION_RE.match(after):
        unit = m.group("unit").lower().replace("centurie", "century")
        if m.group("old"):
            return "count", "year of age", None, end + m.end()
        return "duration", unit, None, end + m.end()
    if is_fraction:
        return "percent", "fraction", None, end
    noun = _head_noun(after)
    return "count", noun, None, end


def _head_noun(after: str) -> str:
    """The noun a bare count counts: "155.2 million weekly active users" gives "user"."""
    words = re.findall(r"[A-Za-z][\w'\-]*|[^\sA-Za-z]", after[:80])
    run: list[str] = []
    for word in words[:5]:
        lowered = word.lower()
        if not word[0].isalpha() or lowered in STOPWORDS or (run and re.search(r"(?:ing|ed)$", lowered)):
            break
        run.append(lowered)
        if lowered.endswith("s") and not lowered.endswith("ss") and len(run) >= 1:
            break
    return singular(run[-1]) if run else ""


def _qualifier(before: str) -> tuple[str, int | None]:
    """The qualifier right before a figure ("over", "nearly", "about") and where it starts."""
    tail = before[-40:]
    offset = len(before) - len(tail)
    best: tuple[int, str] | None = None
    for key, pattern in _QUALIFIER_RE.items():
        found = pattern.search(tail)
        if found and (best is None or found.start("q") > best[0]):
            best = (found.start("q"), key)
    if best is None:
        return "=", None
    return best[1], offset + best[0]
