"""Units of measurement written after a number: "6.1-inch", "640bhp", "25 mph", "$58 per barrel".

Every unit has one normalized full name ("kilometre", "mile per hour"), the kind of figure
it measures (length, speed, power…) and its factor to that kind's base unit, so that
"100 km" and "62 miles" can be compared. Names follow the NewsQuant convention (singular,
British spelling) so ``claimcheck figures`` can be scored against it. The table of units is
:mod:`claimcheck.unit_table`; this module reads money, shares, counts and ages around it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .currency import CURRENCY_NAMES, CURRENCY_SIGNS, CURRENCY_WORDS, MONEY_CUE_RE, SHARED_WORDS, currency_code, to_usd
from .numbers import NUMBER_WORDS, parse_number
from .scopes import MARKETS
from .timeref import WEEKDAYS
from .unit_table import Unit, read_rate, read_unit
from .words import STOPWORDS, singular

__all__ = [
    "HEAT_RE",
    "HOT_F_RE",
    "PERCENT_RE",
    "UNIT_BEFORE",
    "Unit",
    "count_noun",
    "head_noun",
    "minor_part",
    "read_rate",
    "read_unit",
    "unit_after",
]


_OF_DETERMINER_RE = re.compile(
    r"\s+(?:of\s+)?(?:the|its|their|his|her|my|our|your|these|those)\s+|\s+(?:of|de)\s+", re.I
)
_OPEN_MARKS_RE = re.compile(r"\+?\s?[\"“‘'](?=[A-Za-z])|\+(?=\s[A-Za-z])|[\-\u2011](?:odd|plus)(?=\s[A-Za-z])")
_NUMBER_AFTER_OF_RE = re.compile(rf"(?:[a-z]+\s+)?(?:[\d,.]+(?:[KMBkmb]|bn|mn)?|(?:{NUMBER_WORDS})\b)\s+(?=[A-Za-z])")
_SUPERLATIVES = {"best": "good", "worst": "bad", "most": "many", "least": "little"}
_COUNTED_MODIFIERS = {"other", "more", "new", "additional", "further"}
#: Words that tell when, never what is counted: "rose to 631 Thursday", "stood at 11 Monday".
_TIME_WORDS = {"last", "next", "earlier", "later", "ago", "this", "today", "yesterday", "tomorrow"} | WEEKDAYS
_PLURAL_NOUN_END = re.compile(
    r"(?:[^siu]s|ies|men|people|children|staff|police|personnel|cattle)$", re.I
)  # not "previous", "crisis"
# Words that end a counted noun phrase: prepositions the stop list leaves out ("one hand behind her
# head") and verbs a count is the subject of ("about 1,000 come from Asia").
_PHRASE_ENDS = frozenset(
    "behind beneath below above across along among around within without toward towards via per "
    "come came go went live remain remained say said stay stayed".split()
)


# "5%", "5 per cent", "5-percent lower", "5pc", "5 p.c."
PERCENT_RE = re.compile(r"^(?:\s?%|[\s\-\u2011]?(?:per[\s\-]?cents?\b|percentage\b|pct\b|(?-i:pc)\b|p\.c\b\.?))", re.I)
_POINTS_RE = re.compile(r"^[\s\-\u2011]?(?:percentage[\s-](?:points?|pts?\b)|pp\b|ppts?\b)", re.I)
_BASIS_POINTS_RE = re.compile(r"^[\s-]?(?:basis[\s-]points?|bps\b|bp\b)", re.I)
_HYPHEN_POINT_RE = re.compile(r"^(?:[\-\u2011]points?\b|\s?pts\b)", re.I)  # "a 10-point lead", "25 pts"
_FOLD_RE = re.compile(r"^(?:[\s\-\u2011]?fold\b|\s?times\b|x\b)", re.I)
_CURRENCY_WORD_RE = re.compile(
    rf"^[\s\-]?(?P<word>{'|'.join(map(re.escape, sorted(CURRENCY_WORDS, key=len, reverse=True)))})(?![A-Za-z])", re.I
)
# "30 cents", "15 sen", "20 pence", "20p", and in money copy "22c" ("slid 22c to $5.31").
_SHARE_PRICE_RE = re.compile(r"\b(?:shares?|stocks?|units|dividends?)\b", re.I)
_MINOR_CURRENCY_RE = re.compile(r"^(?:\s(?P<word>cents?|sen|pence|penny|pennies)|(?P<p>p)|(?P<c>(?-i:c)))\b", re.I)
_OCCASIONS_RE = re.compile(
    r"\b(?P<verb>[a-z]+?)(?:ed|d)\s+(?:(?:more than|over|about|nearly|almost|some|roughly|at least)\s+)?"
    r"(?:[\d.,]+|[a-z\-]+)(?:\s(?:thousand|million|billion|trillion))?\s*$",
    re.I,
)
_VIDEO_LINES = {"360", "480", "720", "1080", "1440", "2160"}  # "1080p" is a resolution, not pence
_APPOSITIVE_AGE_RE = re.compile(r"\b[A-Z][a-z]+,\s(?:aged\s)?\d{1,2}$")
# A market index's level: a number with separators or decimals after "at"/"to"/"of", in a
# sentence about an index or its points.
_INDEX_LEVEL_RE = re.compile(r"\b(?:at|to|of)\s+(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)$")
_INDEX_WORDS_RE = re.compile(r"\bind(?:ex|ices)\b|\bpoints\b", re.I)
#: Units news writes before the number: "a magnitude 6.8 quake", "magnitude-6.8", "a magnitude of 6.8".
UNIT_BEFORE = r"\b(?P<before>magnitude)(?:[\s\-\u2011]|\s+of\s+)"
_UNIT_BEFORE_RE = re.compile(UNIT_BEFORE + r"[\d.]+$", re.I)
_TURNED_RE = re.compile(r"\bturn(?:s|ed|ing)\s+\d{1,3}$", re.I)  # "she turned 40 last week"
HOT_F_RE = re.compile(r"f\b")
HEAT_RE = re.compile(r"temperat|thermostat|degree|weather|heat|cold|warm|hot\b|oven|fever|°", re.I)
_AGE_BEFORE_RE = re.compile(
    r"\bage[ds]?\s+(?:(?:of|from|to|at|will|would|is|was|has|had|be|been|rises?|rose|raised|increased?|"
    r"goes|go|went|climbs?|moves?|moved|lifted|pushed|up|by)\s+){0,3}(?:[\w\-]+\s?(?:-|to|and)\s?)?[\w\-]+$",
    re.I,
)  # "a man of age 87", "at the age of ten", "the retirement age will rise from 62 to 64"
# A currency sign after the figure ("100 €"), or a code with a scale letter ("48.5 MGBP" is read
# by the figure's scale; the code is left here).
_SIGN_AFTER_RE = re.compile(rf"^\s?(?P<sign>[{re.escape(CURRENCY_SIGNS)}])(?!\s?\d)")
#: What a quantity is "of", two words: "pounds of deli meat", "pounds of taxpayers' money".
_OF_THING_RE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?P<thing>[\w'’\-]+(?:\s+[\w'’\-]+)?)", re.I
)
_MONEY_THING_RE = re.compile(
    r"\b(?:money|cash|funding|funds?|investments?|debts?|damages|revenues?|spending|savings|subsid\w*|aid|"
    r"taxpayers?|tax(?:es)?|assets|sales|profits?|loss(?:es)?|bonus(?:es)?|wages?|compensation|grants?|loans?|"
    r"income|bills?|fines?|fees?|pay|contracts?|deals?|business|trade|exports?|imports?|orders?)\b",
    re.I,
)
_POUNDS_MONEY_RE = re.compile(
    r"£|sterling|\bGBP\b|\b(?:million|billion|cost|costs|paid|pay|worth|price|fine|spent|sold|pence|bill|fees?)\b", re.I
)
# The smaller unit that completes a figure: "5 feet 2 inches", "15 dollars and 50 cents".
_MINOR_UNITS = {
    "foot": (r"in\.|inch(?:es)?|in\b|\"|″", 12),
    "pound-mass": (r"oz|ounces?", 16),
    "dollar": (r"cents?|(?=\s*(?:[.;!?]|$))", 100),
    "euro": (r"cents?|(?=\s*(?:[.;!?]|$))", 100),
    "pound sterling": (r"pence|p\b|(?=\s*(?:[.;!?]|$))", 100),
}
_MINOR_RES = {
    name: re.compile(
        rf"\s(?:and\s)?(?P<n>\d{{1,2}}|(?:{NUMBER_WORDS})(?:[\s\-](?:{NUMBER_WORDS}))?)\s?(?:{pattern})", re.I
    )
    for name, (pattern, _) in _MINOR_UNITS.items()
}


def unit_after(
    sentence: str, end: int, currency_text: str, is_fraction: bool, date: str | None, scale_text: str | None = None
):
    """What the number ending at ``end`` (its scale word, if any, ``scale_text``) measures, from the words after it.

    Returns (kind, unit name, currency code, factor to the comparison unit, new end):
    money in US dollars at ``date``, percentages, physical units in their base unit,
    durations in days, or a count of the noun that follows ("weekly active user").
    """
    after = sentence[end:]
    if currency_text:
        code = currency_code(currency_text) or "USD"
        if code == "JPY" and re.search(r"\byuan\b|\brenminbi\b|\bRMB\b", sentence):
            code = "CNY"
        return _money(sentence, end, code, date)
    if m := _POINTS_RE.match(after):
        return "percent", "percentage point", None, 1.0, end + m.end()
    if m := _BASIS_POINTS_RE.match(after):
        return "percent", "basis point", None, 0.01, end + m.end()
    if m := PERCENT_RE.match(after):
        return "percent", "percentage", None, 1.0, end + m.end()
    if m := _SIGN_AFTER_RE.match(after):
        return _money(sentence, end + m.end(), currency_code(m.group("sign")) or "USD", date)
    if m := _FOLD_RE.match(after):
        occasions = _OCCASIONS_RE.search(sentence[:end])
        if occasions and occasions.group(0).split()[0].lower() in STOPWORDS:
            occasions = None  # "and more than four times": "and" is no verb
        if occasions and m.group(0).strip().lower() == "times":
            # "downloaded over one billion times" counts downloads, it multiplies nothing.
            return "count", occasions.group("verb").lower(), None, 1.0, end + m.end()
        return "multiplier", "times", None, 1.0, end + m.end()
    if m := _HYPHEN_POINT_RE.match(after):
        return "count", "point", None, 1.0, end + m.end()  # "a 10-point lead", "a three-point shot", "25 pts"
    measured = read_unit(sentence, end)
    if measured is None and _rupees_meant(after, scale_text):
        return _money(sentence, end, "BDT" if _TAKA_RE.search(sentence) else "INR", date)
    m = _CURRENCY_WORD_RE.match(after)
    if (
        m
        and (measured is None or measured.end <= end + m.end())
        and _is_money_word(sentence, m.group("word"), after[m.end() :])
    ):
        word = m.group("word").lower()
        kind, name, code, factor, new_end = _money(sentence, end + m.end(), CURRENCY_WORDS[word], date)
        if singular(word) in SHARED_WORDS:  # "francs": Swiss, French or CFA; the rate is a guess
            name = singular(word) + name.removeprefix(CURRENCY_NAMES.get(code, ""))
        return kind, name, code, factor, new_end
    if (
        (m := _MINOR_CURRENCY_RE.match(after))
        and not (m.group("p") and sentence[:end].split()[-1] in _VIDEO_LINES)
        and not (m.group("c") and not (MONEY_CUE_RE.search(sentence) or _SHARE_PRICE_RE.search(sentence)))
    ):
        word = (m.group("word") or m.group("p") or "cents").lower()
        code = "MYR" if word == "sen" else "GBP" if word in ("pence", "p", "penny", "pennies") else "USD"
        kind, _, _, factor, new_end = _money(sentence, end + m.end(), code, date)
        name = {"sen": "sen", "pence": "penny", "p": "penny", "pennies": "penny", "penny": "penny"}.get(word, "cent")
        return kind, name, code, None if factor is None else factor / 100, new_end
    if is_fraction and measured is None:  # "a third of voters"; "1/2 cup" measures cups
        return _fraction_of(sentence, end)
    if measured is not None and measured.name == "year" and _AGE_BEFORE_RE.search(sentence[:end]):
        return "age", "year of age", None, 1.0, measured.end  # "the pension age, from 62 to 65 years"
    if measured is None and (
        _AGE_BEFORE_RE.search(sentence[:end])
        or _APPOSITIVE_AGE_RE.search(sentence[:end])
        and after.startswith(",")
        or _TURNED_RE.search(sentence[:end])
        and not count_noun(sentence, end)[0]
    ):
        return "age", "year of age", None, 1.0, end  # "Senard, 65, now faces", "a man of age 87", "turned 40"
    if measured is None and HOT_F_RE.match(after) and HEAT_RE.search(sentence):
        return "temperature", "fahrenheit", None, 1.0, end + 1  # "the thermostat reads 68f"
    unit = measured
    if unit is None and (written := _UNIT_BEFORE_RE.search(sentence[:end])):
        unit = replace(read_unit(" " + written.group("before")), end=end)
    if unit is None:
        noun, noun_end = count_noun(sentence, end)
        if not noun and _INDEX_LEVEL_RE.search(sentence[:end]) and _INDEX_WORDS_RE.search(sentence):
            return "count", "point", None, 1.0, end  # "the index closed at 1,333.18"
        unit = read_unit(" " + noun.split()[-1]) if noun else None
        if unit is None or unit.end != len(noun.split()[-1]) + 1:
            if noun and (rate := read_rate(sentence, noun_end)):
                noun = f"{noun} {rate[0]}"  # "three thousand tests per day", "250 people per km2"
            return "count", noun, None, 1.0, end
        unit = replace(unit, end=noun_end)  # "517 rushing yards" measures yards
    name = unit.name
    rate = read_rate(sentence, unit.end)
    if rate:
        name, new_end = f"{name} {rate[0]}", rate[1]
        whole = read_unit(" " + name)
        if whole is not None and whole.end == len(name) + 1:
            return whole.kind, whole.name, None, whole.factor, new_end  # "195 kilometres (120 miles) per hour"
    else:
        new_end = unit.end
    return unit.kind, name, None, unit.factor, new_end


_FRACTION_LEAD_RE = re.compile(r"\s+(?:of\s+)?an?(?=\s)", re.I)
_POINT_RE = re.compile(r"\s(?:percentage[\s-])?points?\b", re.I)


def _fraction_of(sentence: str, end: int):
    """A fraction's unit: "half a percentage point" and "a quarter point" are parts of a point, "a third
    of a mile" of a mile; "a third of voters" is a share (the unit "fraction")."""
    lead = _FRACTION_LEAD_RE.match(sentence, end)
    at = lead.end() if lead else end
    if point := _POINT_RE.match(sentence, at):
        return "percent", "percentage point", None, 1.0, point.end()
    unit = read_unit(sentence, at) if lead else None
    if unit is not None:
        return unit.kind, unit.name, None, unit.factor, unit.end
    return "percent", "fraction", None, 1.0, end


def minor_part(sentence: str, end: int, unit: str) -> tuple[float, int] | None:
    """The smaller unit completing a figure in ``unit`` ("2 inches" after "5 feet"), as
    (its value in ``unit``, where it ends), or None."""
    pattern = _MINOR_RES.get(unit)
    match = pattern.match(sentence, end) if pattern else None
    parsed = parse_number(match.group("n")) if match else None
    if parsed is None or not 0 < parsed[0] < _MINOR_UNITS[unit][1]:
        return None
    return parsed[0] / _MINOR_UNITS[unit][1], match.end()


def _is_money_word(sentence: str, word: str, rest: str) -> bool:
    """ "pounds" and "marks" are money only where the sentence is about money: "208 pounds" is a weight, and so are
    "7 million pounds of deli meat" and "1,815 pounds of cocaine worth $38 million": pounds of a thing, not of
    money ("pounds of public money", "pounds of investment")."""
    if word.lower().startswith("pound"):
        if (thing := _OF_THING_RE.match(rest)) and not _MONEY_THING_RE.search(thing.group("thing")):
            return False
        return bool(_POUNDS_MONEY_RE.search(sentence))
    return word.lower() != "marks" or bool(MONEY_CUE_RE.search(sentence.replace(word, "")))


#: Indian number scales: a figure in them is a sum where no currency is written ("grossed 140 crore", "a bid of
#: 23,575 crore", "65 crores gross"), unless a plural noun after says what it counts ("11 crore customers", "2 lakh
#: tonnes") or a verb after says it counts whoever did it ("2 lakh attended", "1.5 lakh were evacuated").
_INDIAN_SCALE_RE = re.compile(r"(?:lakhs?|crores?|cr)$", re.I)
_WORD_AFTER_RE = re.compile(r"[A-Za-z][\w'’]*")
_COUNTED_AFTER = frozenset("people men women children police cattle were was are is have has had will would".split())
#: Bangladeshi copy writes taka in the same scales ("Tk 500 crore").
_TAKA_RE = re.compile(r"\b(?:Tk|taka|BDT)\b")


def _rupees_meant(after: str, scale_text: str | None) -> bool:
    """Whether a figure written in an Indian scale with no currency is a sum of rupees (see _INDIAN_SCALE_RE)."""
    if not scale_text or not _INDIAN_SCALE_RE.search(scale_text):
        return False
    for word in _WORD_AFTER_RE.findall(after[:40])[:2]:
        lowered = word.lower()
        if lowered in _COUNTED_AFTER or lowered.endswith("ed") or re.search(r"[^su']s$", lowered):
            return False
        if lowered in STOPWORDS:
            break  # "140 crore on its first day": no noun or verb of its own
    return True


def _money(sentence: str, end: int, code: str, date: str | None):
    """Money in ``code``; a currency with no rate ("marks" of 1989) is kept as a count of its unit."""
    rate = to_usd(1.0, code, date)
    name = CURRENCY_NAMES.get(code, code.lower())
    per = read_rate(sentence, end)
    if per:
        name, end = f"{name} {per[0]}", per[1]
    return ("money", name, code, rate, end) if rate is not None else ("count", name, code, 1.0, end)


#: A noun hyphened to a count that describes the noun after it: "a seven-storey building", "the 19,200-seat arena".
_HYPHENED_NOUN_RE = re.compile(
    r"[\-\u2011](?P<noun>(?!(?:thirds?|quarters?|halves|half|fold|times?|odd|plus|old|strong|something)\b)[a-z]{3,})"
    r"(?=\s+(?!of\b|and\b|or\b|to\b|in\b)[A-Za-z])"
)
#: British spellings of a hyphened noun, read as one noun: "seven-storey" and "six-story" count one thing.
_SPELLED = {"storey": "story"}


def count_noun(text: str, start: int) -> tuple[str, int]:
    """What a bare count counts, as a singular phrase, and where the phrase ends.

    "22 residential burglaries" gives "residential burglary", "5,700 categories of
    products" gives "product category" (the categories are counted, as "120 parcels of diamonds"
    counts parcels), "400 people" gives "people". The phrase runs to its first plural noun;
    determiners, verbs and punctuation end it.
    """
    if hyphened := _HYPHENED_NOUN_RE.match(text, start):
        noun = singular(hyphened.group("noun").lower())
        return _SPELLED.get(noun, noun), hyphened.end("noun")  # "a seven-storey building": storeys
    if marks := _OPEN_MARKS_RE.match(text, start):
        start = marks.end()  # "30+ internal tools", 'up to 100 "agent avatars"'
    lead = _OF_DETERMINER_RE.match(text, start)
    start = lead.end() if lead else start
    if lead and (number := _NUMBER_AFTER_OF_RE.match(text, start)):
        start = number.end()  # "211 of the 450 seats" counts seats, "of the combined 4.3M sales" sales, "one of two"
    tokens = list(re.finditer(r"(?:[A-Z]\.){2,}|[A-Za-z](?:[\w'’\-]*\w)?|\d+|[^\sA-Za-z]", text[start : start + 80]))[
        :6
    ]
    words = [token.group(0) for token in tokens]
    run: list[str] = []
    of_at = None  # where "of" joined two nouns: "120 parcels of diamonds" counts parcels
    end = start
    for position, word in enumerate(words):
        lowered = word.lower()
        following = words[position + 1].lower() if position + 1 < len(words) else ""
        if word in "'’\"”" and run and following[:1].isalpha():
            continue  # the close of a quoted word: "5 'smart' fridges"
        if lowered in ("and", "of") and run and following[:1].isalpha() and following not in STOPWORDS:
            if lowered == "of" and of_at is None:
                of_at = len(run)
            continue
        if re.search(r"['’]s$", lowered) and following[:1].isalpha():
            run.append(lowered[:-2])  # "two of Johnson's deputies": the owner, then what is counted
            continue
        measured = read_unit(" " + word)
        if measured is not None and measured.end == len(word) + 1 and lowered in STOPWORDS:
            run.append(lowered)  # "50 previous years"
            end = start + tokens[position].end()
            break
        if word.isdigit() and run and words[position - 1][0].isupper() and following[:1].isalpha():
            run.append(word)  # "30 Boeing 737 jets": a model's number inside the name
            continue
        stop = lowered in STOPWORDS and lowered not in _COUNTED_MODIFIERS and not (word.isupper() and len(word) > 1)
        if not word[0].isalpha() or stop or lowered in _PHRASE_ENDS or following == "than":
            break  # "25k cheaper than", but "the US population" names a country
        verb_like = word[0].islower() and re.search(r"(?:ing|ed)$", lowered)  # "Boeing", "Reading" are names
        ends_phrase = not following[:1].isalpha() or following in STOPWORDS or run and lowered.endswith("ed")
        if verb_like and ends_phrase or lowered in _TIME_WORDS:
            break  # "around 73 raising the prospect", "those screened were"; "public housing units" goes on
        if word[0].islower() and (lowered.endswith("ly") or lowered in MARKETS) and ends_phrase:
            break  # "$175 million domestically", "550 million worldwide": where or how, not what
        if not run and verb_like:
            continue  # "2.7m combined sales", "400 charging stations": the noun is what is counted
        initialisms = re.fullmatch(r"[A-Z]{2,}s", word)  # a plural by its small "s": "two RBIs", "300 GPUs"
        run.append(lowered[:-1] if initialisms else _SUPERLATIVES.get(lowered) or _positive(lowered))
        end = start + tokens[position].end()
        after_of = words[position + 2] if position + 2 < len(words) else ""
        plural = initialisms or _PLURAL_NOUN_END.search(lowered)
        if plural and not (following == "of" and after_of[:1].islower()):
            break
    if of_at is not None and of_at < len(run):
        run = run[: of_at - 1] + run[of_at:] + run[of_at - 1 : of_at]  # as a compound, head last: "diamond parcel"
    phrase = " ".join(word if word in ("people", "staff", "data") else singular(word) for word in run)
    return phrase, end


def _positive(word: str) -> str:
    """A superlative's plain adjective where its spelling says it ("earliest" gives "early", "hottest"
    "hot"); any other word as it is."""
    if len(word) > 6 and word.endswith("iest"):
        return word[:-4] + "y"
    if re.search(r"([bdgmnpt])\1est$", word):
        return word[:-4]
    return word


@lru_cache(maxsize=65536)
def head_noun(unit: str) -> str:
    """The head of a count's unit phrase, singular: "weekly active user" gives "user"."""
    return singular(unit.split()[-1]) if unit else ""
