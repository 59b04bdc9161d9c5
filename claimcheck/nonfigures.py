"""Numbers that are not figures: names and versions ("iPhone 11", "K2.5"), dates, times of day,
eras, game scores and race times, labels ("category 5", "No. 1"), addresses ("10 Downing
Street") and dotted identifiers ("802.11.3"). Each is told by its shape and the word before
or after it. The figure reader asks here before reading a number.
"""

from __future__ import annotations

import re

from .currency import ISO_CODES, currency_code
from .timeref import MONTHS, WEEKDAYS
from .units import HEAT_RE, HOT_F_RE, PERCENT_RE, UNIT_BEFORE, read_unit
from .words import STOPWORDS, place_of

_TIME_AFTER_RE = re.compile(
    r"^(?::\d\d|[.:]\d\d\s?(?:am|pm|a\.m\.|p\.m\.)|\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\s(?:GMT|UTC|EDT|EST|BST|CET|PT|ET|HKT)\b)",
    re.I,
)
_ERA_RANGE_RE = re.compile(r"(?:A\.D\.|AD|B\.C\.|BC|BCE|CE)\s*\d{1,4}\s*(?:and|to|-|–)\s*$")
_ERA_RE = re.compile(r"(?:\b(?:A\.D\.|AD|B\.C\.|BC|CE|BCE)\s*$)")
# "sub-$10", "5k-20k", "$3bn-4bn": a hyphen after a figure's scale letter starts a range's high end.
# "magnitude-6.8": a unit written before its number.
# "c.1,200", "approx.40": a hedge's abbreviation touching the number.
_RANGE_OR_UNIT_BEFORE_RE = re.compile(
    rf"(?:\bsub|\d(?:k|m|bn|b|mn|tn)|\d[\-\u2011]to)[\-\u2011]$|{UNIT_BEFORE}$|\b(?:c|ca|approx|appr|est)\.$", re.I
)
_ATTACHED_OK = re.compile(
    rf"^(?:%|x\b|k\b|m\b|bn\b|b\b|mn\b|tn\b|s\b|\+|fold\b|p\b|pc\b|(?-i:c)\b|(?:{'|'.join(ISO_CODES)})\b)", re.I
)
_SCORE_RE = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,2})(?:[-–]|[-\u2011]to[-\u2011])(?P<b>\d{1,2})(?!\d|[.,]\d|%|\s?(?:per|percent|years?|days?|months?)\b)"
)
# A model's number and its variant: "747-8", "777-300ER" (a range would rise, a score has small numbers).
_VARIANT_RE = re.compile(r"(?<![\d.,])(?P<a>\d{3,})[-\u2011](?P<b>\d+)(?:[A-Z]+\b)?(?![\d.,%])")
# After a hyphen, the variant of a named model: "A350-900", "Boeing 737-800".
_VARIANT_OF_NAME_RE = re.compile(r"(?:[A-Za-z][\w]*\d|(?P<word>[A-Z][\w&]*)\s+\d+)[-\u2011]$")


def _is_variant_of_name(before: str) -> bool:
    """ "Boeing 737-" before "800": a name's number and its variant; "Rs 52-" before "53 crore" is a range of
    sums, its word a currency."""
    variant = _VARIANT_OF_NAME_RE.search(before)
    return variant is not None and (variant.group("word") is None or currency_code(variant.group("word")) is None)


_CLOCK_RE = re.compile(r"(?<![\d.,:])\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?(?![\d:])")  # "1:23.456", "2:05:33"
# Digits in three or more hyphened groups: a phone number, an ISBN, an ISO date ("1-800-555-0199").
_GROUPED_DIGITS_RE = re.compile(r"(?<![\w.,\-])\d+(?:[\-\u2011]\d+){2,}(?![\w\-])")
_SLASH_DATE_RE = re.compile(r"(?<![\d/.])\d{1,4}/\d{1,2}/\d{2,4}(?![\d/])")  # "2/3/2024", "2024/03/02"
# A race time in units, to the second: "1m 18.234s", "1min 23.4sec", "2h 01m 09s".
_RACE_TIME_RE = re.compile(r"(?<![\w.,])(?:\d{1,2}\s?h(?:rs?)?\s?)?\d{1,2}\s?m(?:in)?\s?\d{1,2}(?:\.\d+)?\s?s(?:ec)?\b")
# Nouns that name the number after them instead of counting with it: "category 5", "phase 3",
# "a size 10 shoe", "route 66", "No. 1", "#2", "ranked 4".
_LABEL_BEFORE_RE = re.compile(
    r"(?:#|\b(?:no\.|nos\.|(?-i:No)\b|(?:number|category|cat|level|grade|stage|phase|tier|class|type|step|chapter|section|article|"
    r"clause|paragraph|page|room|gate|platform|route|highway|interstate|flight|lot|round|season|episode|"
    r"version|model|size|row|seat|line|channel|division|terminal|zone|district|ward|exit|track|pier|"
    r"rank|ranked|seeded|bib|jersey|proposition|prop|amendment|figure|table|exhibit|appendix|schedule|form|"
    r"bus|tranche|rule|code)\.?)\s*)$",
    re.I,
)
_STREET_AFTER_RE = re.compile(
    r"^(?:\s+[A-Z][\w'’.\-]*){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Way|Place|"
    r"Square|Court|Terrace|Crescent|Parkway|Plaza|Loop|Circle|Row|Close|Mews|Alley|Quay|Wharf|Turnpike|Pike)\b"
)
# Words that finish a product's name after its number: "11 Pro Max", "737 MAX", "3 Series".
_MODEL_AFTER_RE = re.compile(r"^\s(?:Pro|Max|MAX|Plus|Ultra|Mini|Lite|XL|SE|GT|GTS|Turbo|Edge|Series)\b")


#: A verb of giving and its receiver before a number: in "gives John 2 cards" the name
#: receives the figure, it is not a model number like "iPhone 11".
_GIVEN_TO_RE = re.compile(
    r"\b(?:give|gives|gave|given|giving|hand|hands|handed|send|sends|sent|pay|pays|paid|owe|owes|owed|lend|lends|"
    r"lent|offer|offers|offered|sell|sells|sold|buy|buys|bought|bring|brings|brought|show|shows|showed|award|"
    r"awards|awarded|grant|grants|granted)\s+[A-Z][a-z]+\s+$"
)


def scores(sentence: str) -> list[re.Match]:
    """Game scores and tallies ("won 2-1", "a 9-2 lead", "2-2"): the first number no smaller."""
    return [m for m in _SCORE_RE.finditer(sentence) if int(m.group("b")) <= int(m.group("a"))]


# "world number one", "the number two at the firm": a rank; "a number of" counts nothing anyway.
_RANK_BEFORE_RE = re.compile(r"\b(?:world|seeded|ranked|the|its|his|her|their|our|new)\s+(?:number|no\.?)\s*$", re.I)
# A screen's resolution: "a 4K TV", "8K video".
_RESOLUTION_RE = re.compile(
    r"\s?(?:tvs?|televisions?|resolution|video|display|screens?|monitors?|streaming|"
    r"cameras?|ultra|hdr|footage|content)\b",
    re.I,
)
_NAMED_MODEL_RE = re.compile(r"^\s(?P<name>[A-Z][a-z]+)\b(?!['’]s)(?:\s+(?P<next>[a-z]+))?")


def _is_model_name(num: str, before: str, after: str) -> bool:
    """A model's number before its name: "the 787 Dreamliner had", "a 911 Carrera". A name in capitals
    after a count is still counted: "500 Chinese firms", "300 Britons", "25 Republican senators"."""
    named = _NAMED_MODEL_RE.match(after)
    if not (
        named and re.fullmatch(r"\d{3,}", num) and re.search(r"\b(?:the|a|an|its|their|his|her)\s+$", before, re.I)
    ):
        return False
    name, following = named.group("name"), named.group("next") or ""
    plural_next = bool(re.fullmatch(r"[a-z]{2,}[^s]s", following))
    return not (name.endswith("s") or place_of(name) or plural_next)


def score_spans(sentence: str) -> list[tuple[int, int]]:
    """Where scores ("won 2-1", "a 9-2 lead"), model variants ("747-8"), clock or race times
    ("1:23.456", "1m 23.456s") and dates in slashes ("2/3/2024") are: no figures."""
    spans = [m.span() for m in scores(sentence)]
    spans += [m.span() for m in _VARIANT_RE.finditer(sentence) if int(m.group("b")) < int(m.group("a"))]
    spans += [m.span() for m in _RACE_TIME_RE.finditer(sentence)]
    if "-" in sentence or "\u2011" in sentence:
        spans += [m.span() for m in _GROUPED_DIGITS_RE.finditer(sentence)]
    if "/" in sentence:
        spans += [m.span() for m in _SLASH_DATE_RE.finditer(sentence)]
    return spans + [m.span() for m in _CLOCK_RE.finditer(sentence)] if ":" in sentence else spans


def is_identifier(sentence: str, match: re.Match, currency_text: str, scale_text: str | None, newsquant: bool) -> bool:
    """Model names, versions, ordinals and list markers are not figures."""
    start = match.start()
    end = match.end("num")
    prev = sentence[start - 1] if start else " "
    prev2 = sentence[start - 2] if start > 1 else " "
    if (
        (prev.isalnum() and prev.isascii())
        or prev in "_"
        or (prev in "-\u2011." and prev2.isalpha() and not _RANGE_OR_UNIT_BEFORE_RE.search(sentence[:start]))
        or (prev in "-\u2011" and _is_variant_of_name(sentence[:start]))
    ):
        return True
    following = sentence[end : end + 4]
    if re.match(r"[\-\u2011][A-Z][a-z]", following) and read_unit(sentence, end) is None:
        return True  # "7-Eleven": a number hyphened to a capitalised word is a name
    if scale_text == "K" and _RESOLUTION_RE.match(sentence, match.end()):
        return True
    if scale_text and not currency_text and re.match(r"['\u2019]s\b", sentence[match.end() :]):
        return True  # "3M's shares": a figure's shape that a possessive makes a name
    if prev == "." and prev2.isdigit() or re.match(r"\.\d", following):
        return True  # "802.11.3", "192.168.1.1", "3.10.2": a dotted identifier
    unit_follows = read_unit(sentence, end) is not None
    if (
        following[:1].isalpha()
        and following[:1].isascii()
        and not scale_text
        and not _ATTACHED_OK.match(following)
        and not unit_follows
        and not (following[:1] == "f" and HOT_F_RE.match(following) and HEAT_RE.search(sentence))  # "68f"
    ):
        return True
    num = match.group("num")
    if num[:1].isalpha():
        # A capitalised number word inside a sentence is part of a name ("Five-Year Plan").
        # One in capitals is shouted, not named: "the toll has climbed to THIRTEEN".
        shouted = num.isupper() and len(num) > 2 and not re.match(r"[\s\-]+[A-Z]{2,}\b", sentence[end:])  # "FIVE EYES"
        if num[0].isupper() and not shouted and start > 0 and not re.search(r"[.!?:\"“]\s*$", sentence[:start]):
            return True
        if _RANK_BEFORE_RE.search(sentence[:start]):
            return True  # "world number one": a rank
        return not newsquant and bool(re.search(r"\btop\s+$", sentence[:start], re.I))
    if (
        not currency_text
        and re.match(r"[A-Z]\b", sentence[end : end + 2])
        and _LABEL_BEFORE_RE.search(sentence[:start])
    ):
        return True  # "Rule 144A", "Gate 12B": a label's letter, not amperes or billions
    if not currency_text and not scale_text and not unit_follows:
        before, after = sentence[:start], sentence[end:]
        if PERCENT_RE.match(after):
            return False
        if _LABEL_BEFORE_RE.search(before) or _STREET_AFTER_RE.match(after) or _MODEL_AFTER_RE.match(after):
            return True
        if not newsquant and _TOP_BEFORE_RE.search(before):
            return True  # "its top 50 creditors", "a top-10 finish": the size of a ranked list, a label
        if _is_model_name(num, before, after):
            return True
        words_before = re.findall(r"([A-Za-z][\w.\-]*)\s+$", before)
        if words_before:
            word = words_before[-1]
            is_name = (word[0].isupper() or any(c.isupper() for c in word[1:])) and word.lower() not in STOPWORDS
            # A sentence's first word is capitalised anyway: a name only when capitals or a version say so
            # ("FTSE 100", "Gemini 2.5"); so is the first word after a dateline ("Wayanad: Around 132 people").
            opening = before.rstrip()[: -len(word)].rstrip()
            # a quotation opening the sentence opens it too ("“Around 140 persons have died")
            sentence_start = (not opening or opening.endswith((":", "“", '"', "‘", "("))) and not any(
                c.isupper() for c in word[1:]
            )
            sentence_start = sentence_start and not re.fullmatch(r"\d{1,2}\.\d{1,2}", num)
            receiver = _GIVEN_TO_RE.search(sentence[:start]) and re.match(r"^\s+[a-z]", after)
            # "On Saturday 151 people died": a day's name before a count, not a name with a number ("FTSE 100")
            if (
                is_name
                and word.lower() not in MONTHS
                and word.lower() not in WEEKDAYS
                and not sentence_start
                and not receiver
            ):
                return True
    return False


_TOP_BEFORE_RE = re.compile(r"\btop[\s\-\u2011]+$", re.I)
_SLASH_RE = re.compile(r"(?P<a>\d+)\s?/\s?(?P<b>\d+)")
_OF_AFTER_RE = re.compile(r"\s+of\b", re.I)
# Denominators a share is written with ("3/8", "1/16"); another small pair is a day ("9/11", "7/7").
_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 20, 32, 64, 100, 1000})


def is_slash_label(num: str, after: str) -> bool:
    """Whether "a/b" with no unit after it names something instead of dividing: over a denominator no
    share is written with, "24/7" (more than a whole) and "9/11" (a day and month) are names; "3/8",
    "5/4", "2/3 of voters" and "1/2 cup" are numbers."""
    pair = _SLASH_RE.fullmatch(num)
    if pair is None or _OF_AFTER_RE.match(after):
        return False
    a, b = int(pair.group("a")), int(pair.group("b"))
    return b not in _DENOMINATORS and (a >= b or a <= 12 and 11 <= b <= 31)


#: Words after which a four-digit number is a year: "in 1801", "the 1987 storm", "since 2020".
_YEAR_BEFORE_RE = re.compile(
    r"(?:\b(?:in|since|by|the|of|from|to|until|till|before|after|during|between|and|or|a|an|its|their|his|her|"
    r"early|late|mid|fiscal|year|season|class|circa|c\.)|['’]s|[-–(,])\s*$",
    re.IGNORECASE,
)


_SHORT_YEAR_BEFORE_RE = re.compile(
    r"\b(?:in|of|since|from|to|by|until|till|before|after|the|summer|spring|autumn|fall|winter|and)\s+['’]$", re.I
)
# The second end of a range whose first is no year is no year: "1500 to 2000 workers".
_RANGE_FROM_COUNT = re.compile(r"(?<![\d,.])(?!(?:1[89]|20|21)\d\d\b)\d[\d,.]*\s?(?:to|and|-|–)\s?$")


# Plurals a year names the period of: "2025 earnings", "2024 elections", "2023 sales".
_PERIOD_NOUNS = frozenset(
    "earnings results sales revenues profits losses elections polls midterms figures levels prices forecasts "
    "estimates targets budgets accounts filings reports returns games olympics finals standings rankings "
    "models editions payments numbers highs lows".split()
)


def _counted_after(before: str, after: str) -> bool:
    """A year-like number that counts things: "forced 1801 residents", "paid 1803 dollars".

    A plural noun follows, and the word before is not one that introduces a year.
    """
    plural = re.match(r"^\s?(?P<noun>[a-z]{2,}(?<!s)s)\b", after)  # "residents", "dollars"; not "revenue", "class"
    if plural is None or plural.group("noun") in _PERIOD_NOUNS:
        return False  # "their 2025 earnings", "its 2024 results": what a year brought
    month = re.search(r"\b(?P<m>[A-Za-z]+)\.?\s+$", before)
    return not _YEAR_BEFORE_RE.search(before) and not (month and month.group("m").lower() in MONTHS)


def is_time_or_date(num: str, before: str, after: str) -> bool:
    """Years ("2025", "2026–2030", "'68"), days of a month ("February 13") and times ("9:35 PM")."""
    cleaned = num.replace(",", "")
    if re.fullmatch(r"\d\d", cleaned) and _SHORT_YEAR_BEFORE_RE.search(before):
        return True  # "born in '68", "the class of ’09": a year cut short
    if _TIME_AFTER_RE.match(after) or re.search(r"\d[:.]$", before) and re.fullmatch(r"\d\d", cleaned):
        return True
    if _ERA_RE.search(before) or _ERA_RANGE_RE.search(before) or re.match(r"^\s?(?:A\.D\.|AD|B\.C\.|BC|BCE)\b", after):
        return True
    if re.fullmatch(r"(?:1[89]|20|21)\d\d", cleaned) and "," not in num:
        if not PERCENT_RE.match(after) and not _counted_after(before, after) and not _RANGE_FROM_COUNT.search(before):
            return True
    if re.fullmatch(r"\d{1,2}", cleaned):
        month_after = re.match(r"^(?:\s?[-–—]\s?\d{1,2})?\s+(?P<m>[A-Za-z]+)", after)
        if month_after and month_after.group("m").lower() in MONTHS:
            return True
        month_before = re.search(r"\b(?P<m>[A-Za-z]+)\s?\.?\s+$", before)  # "Jan. 1", tokenised "jan . 1"
        if month_before and month_before.group("m").lower() in MONTHS:
            return True
    return False
