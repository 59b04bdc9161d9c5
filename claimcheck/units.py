"""Units of measurement written after a number: "6.1-inch", "640bhp", "25 mph", "$58 per barrel".

Every unit has one normalized full name ("kilometre", "mile per hour"), the kind of figure
it measures (length, speed, power…) and its factor to that kind's base unit, so that
"100 km" and "62 miles" can be compared. Names follow the NewsQuant convention (singular,
British spelling) so ``claimcheck figures`` can be scored against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .currency import CURRENCY_NAMES, CURRENCY_WORDS, MONEY_CUE_RE, currency_code, to_usd
from .numbers import TENS_WORDS, UNITS_WORDS, parse_number
from .words import STOPWORDS, singular


@dataclass(frozen=True)
class Unit:
    """A unit read after a number."""

    name: str  #: Normalized full name, "kilometre per hour".
    kind: str  #: What it measures: "length", "speed", "duration"…
    factor: float  #: Multiply a value in this unit by it to get the kind's base unit.
    end: int  #: Offset just past the unit in the text it was read from.


# name, kind, factor to base, written forms (any case), abbreviations (exact case).
_TABLE: tuple[tuple[str, str, float, tuple[str, ...], tuple[str, ...]], ...] = (
    ("kilometre", "length", 1000, ("kilometre", "kilometer", "kilometres", "kilometers"), ("km", "KM", "Km")),
    ("metre", "length", 1, ("metre", "meter", "metres", "meters"), ("m",)),
    ("decimetre", "length", 0.1, ("decimetre", "decimeter", "decimetres", "decimeters"), ("dm",)),
    ("centimetre", "length", 0.01, ("centimetre", "centimeter", "centimetres", "centimeters"), ("cm",)),
    ("millimetre", "length", 0.001, ("millimetre", "millimeter", "millimetres", "millimeters"), ("mm",)),
    ("micrometre", "length", 1e-6, ("micrometre", "micrometer", "micron", "microns"), ("µm", "μm", "um")),
    ("nanometre", "length", 1e-9, ("nanometre", "nanometer", "nanometres", "nanometers"), ("nm",)),
    ("picometre", "length", 1e-12, ("picometre", "picometer", "picometres", "picometers"), ()),
    ("mile", "length", 1609.344, ("mile", "miles"), ("mi",)),
    ("nautical mile", "length", 1852, ("nautical mile", "nautical miles"), ("nmi",)),
    ("light year", "length", 9.4607e15, ("light year", "light years", "light-year", "light-years"), ()),
    ("yard", "length", 0.9144, ("yard", "yards"), ("yd", "yds")),
    ("foot", "length", 0.3048, ("foot", "feet"), ("ft", "′")),
    ("inch", "length", 0.0254, ("inch", "inches"), ("in.", "″")),
    (
        "square kilometre",
        "area",
        1e6,
        ("square kilometre", "square kilometer", "square kilometres", "square kilometers"),
        ("km2", "km²", "sq km"),
    ),
    (
        "square metre",
        "area",
        1,
        ("square metre", "square meter", "square metres", "square meters"),
        ("m2", "m²", "sq m", "sqm"),
    ),
    ("square mile", "area", 2.59e6, ("square mile", "square miles"), ("sq mi",)),
    ("square foot", "area", 0.092903, ("square foot", "square feet"), ("sq ft", "sqft", "ft2")),
    ("square yard", "area", 0.836127, ("square yard", "square yards"), ("sq yd",)),
    ("square inch", "area", 0.00064516, ("square inch", "square inches"), ("sq in",)),
    (
        "square centimetre",
        "area",
        1e-4,
        ("square centimetre", "square centimeter", "square centimetres", "square centimeters"),
        ("cm2", "cm²"),
    ),
    ("hectare", "area", 1e4, ("hectare", "hectares"), ("ha",)),
    ("acre", "area", 4046.86, ("acre", "acres"), ()),
    ("kilogram", "mass", 1, ("kilogram", "kilograms", "kilo", "kilos"), ("kg", "kgs")),
    ("gram", "mass", 0.001, ("gram", "grams", "gramme", "grammes"), ("g",)),
    ("milligram", "mass", 1e-6, ("milligram", "milligrams"), ("mg",)),
    ("microgram", "mass", 1e-9, ("microgram", "micrograms"), ("µg", "μg", "mcg")),
    ("tonne", "mass", 1000, ("tonne", "tonnes", "metric ton", "metric tons"), ("t",)),
    ("ton", "mass", 907.185, ("ton", "tons"), ()),
    ("pound-mass", "mass", 0.453592, ("pound", "pounds"), ("lb", "lbs")),
    ("ounce", "mass", 0.0283495, ("ounce", "ounces"), ("oz",)),
    ("carat", "mass", 0.0002, ("carat", "carats"), ()),
    ("litre", "volume", 1, ("litre", "liter", "litres", "liters"), ("l", "L")),
    ("millilitre", "volume", 0.001, ("millilitre", "milliliter", "millilitres", "milliliters"), ("ml", "mL")),
    ("gallon", "volume", 3.78541, ("gallon", "gallons"), ("gal",)),
    ("pint", "volume", 0.473176, ("pint", "pints"), ("pt",)),
    ("quart", "volume", 0.946353, ("quart", "quarts"), ("qt",)),
    ("cup", "volume", 0.24, ("cup", "cups"), ()),
    ("tablespoon", "volume", 0.0147868, ("tablespoon", "tablespoons"), ("tbsp", "Tbsp", "tbs")),
    ("teaspoon", "volume", 0.00492892, ("teaspoon", "teaspoons"), ("tsp",)),
    ("fluid ounce", "volume", 0.0295735, ("fluid ounce", "fluid ounces"), ("fl oz", "fl. oz.")),
    ("barrel", "volume", 158.987, ("barrel", "barrels"), ("bbl",)),
    ("cubic metre", "volume", 1000, ("cubic metre", "cubic meter", "cubic metres", "cubic meters"), ("m3", "m³")),
    ("cubic foot", "volume", 28.3168, ("cubic foot", "cubic feet"), ("cu ft",)),
    ("cubic inch", "volume", 0.0163871, ("cubic inch", "cubic inches"), ("cu in",)),
    (
        "cubic centimetre",
        "volume",
        0.001,
        ("cubic centimetre", "cubic centimeter", "cubic centimetres", "cubic centimeters"),
        ("cc", "cm3", "cm³"),
    ),
    ("mile per hour", "speed", 0.44704, ("miles per hour", "mile per hour", "miles an hour"), ("mph", "MPH", "m.p.h.")),
    (
        "kilometre per hour",
        "speed",
        0.277778,
        ("kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour"),
        ("km/h", "kph", "kmh", "km/hr"),
    ),
    ("metre per second", "speed", 1, ("metres per second", "meters per second"), ("m/s",)),
    ("kilometre per second", "speed", 1000, ("kilometres per second", "kilometers per second"), ("km/s",)),
    ("foot per second", "speed", 0.3048, ("feet per second",), ("ft/s",)),
    ("knot", "speed", 0.514444, ("knot", "knots"), ("kn", "kt")),
    ("watt", "power", 1, ("watt", "watts"), ("W",)),
    ("kilowatt", "power", 1e3, ("kilowatt", "kilowatts"), ("kW", "KW", "kw")),
    ("megawatt", "power", 1e6, ("megawatt", "megawatts"), ("MW",)),
    ("gigawatt", "power", 1e9, ("gigawatt", "gigawatts"), ("GW",)),
    ("horsepower", "power", 745.7, ("horsepower", "horse power"), ("hp", "HP", "PS", "ps")),
    ("brake horsepower", "power", 745.7, ("brake horsepower",), ("bhp", "BHP")),
    (
        "kilowatt hour",
        "energy",
        3.6e6,
        ("kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours"),
        ("kWh", "kwh", "KWh"),
    ),
    ("megawatt hour", "energy", 3.6e9, ("megawatt hour", "megawatt hours"), ("MWh",)),
    ("gigawatt hour", "energy", 3.6e12, ("gigawatt hour", "gigawatt hours"), ("GWh",)),
    (
        "mega british thermal unit",
        "energy",
        1.055e9,
        ("million british thermal units",),
        ("mmBTU", "MMBtu", "mmbtu", "MMBTU"),
    ),
    ("joule", "energy", 1, ("joule", "joules"), ("J",)),
    ("calorie", "energy", 4184, ("calorie", "calories"), ("kcal",)),
    ("hertz", "frequency", 1, ("hertz",), ("Hz", "hz", "HZ")),
    ("kilohertz", "frequency", 1e3, ("kilohertz",), ("kHz", "khz")),
    ("megahertz", "frequency", 1e6, ("megahertz",), ("MHz", "Mhz", "mhz")),
    ("gigahertz", "frequency", 1e9, ("gigahertz",), ("GHz", "Ghz", "ghz")),
    ("revolutions per minute", "frequency", 1 / 60, ("revolutions per minute",), ("rpm", "RPM")),
    ("bit", "data", 0.125, ("bit", "bits"), ()),
    ("kilobit", "data", 125, ("kilobit", "kilobits"), ("kbit",)),
    ("megabit", "data", 1.25e5, ("megabit", "megabits"), ("Mbit",)),
    ("gigabit", "data", 1.25e8, ("gigabit", "gigabits"), ("Gbit",)),
    ("byte", "data", 1, ("byte", "bytes"), ()),
    ("kilobyte", "data", 1e3, ("kilobyte", "kilobytes"), ("KB", "kB")),
    ("megabyte", "data", 1e6, ("megabyte", "megabytes"), ("MB",)),
    ("gigabyte", "data", 1e9, ("gigabyte", "gigabytes"), ("GB", "gb", "Gb")),
    ("terabyte", "data", 1e12, ("terabyte", "terabytes"), ("TB", "tb")),
    ("petabyte", "data", 1e15, ("petabyte", "petabytes"), ("PB",)),
    ("megabit per second", "data rate", 1e6, ("megabits per second",), ("Mbps", "Mb/s", "mbps")),
    ("gigabit per second", "data rate", 1e9, ("gigabits per second",), ("Gbps", "Gb/s", "gbps")),
    ("celsius", "temperature", 1, ("celsius", "celcius", "centigrade"), ("C", "℃")),
    ("fahrenheit", "temperature", 1, ("fahrenheit", "farenheit"), ("F", "℉")),
    ("kelvin", "temperature", 1, ("kelvin",), ()),
    ("degree", "angle", 1, ("degree", "degrees"), ("°", "deg", "deg.")),
    ("radian", "angle", 57.2958, ("radian", "radians"), ("rad",)),
    ("volt", "voltage", 1, ("volt", "volts"), ("V",)),
    ("kilovolt", "voltage", 1e3, ("kilovolt", "kilovolts"), ("kV",)),
    ("ampere", "current", 1, ("ampere", "amperes", "amp", "amps"), ("A",)),
    ("milliampere-hour", "charge", 3.6, ("milliamp hours", "milliampere hours"), ("mAh", "mah")),
    ("farad", "capacitance", 1, ("farad", "farads"), ()),
    ("pascal", "pressure", 1, ("pascal", "pascals"), ("Pa",)),
    ("megapascal", "pressure", 1e6, ("megapascal", "megapascals"), ("MPa",)),
    ("pound per square inch", "pressure", 6894.76, ("pounds per square inch",), ("psi",)),
    ("kilopound per square inch", "pressure", 6.89476e6, (), ("ksi",)),
    ("newton metre", "torque", 1, ("newton metres", "newton meters", "newton-metres"), ("Nm", "N·m")),
    ("pound-foot", "torque", 1.35582, ("pound-feet", "pound-foot", "pound feet"), ("lb-ft", "lb ft", "lbft")),
    ("mile per gallon", "fuel economy", 1, ("miles per gallon",), ("mpg", "MPG")),
    ("decibel", "loudness", 1, ("decibel", "decibels"), ("dB",)),
    ("part per million", "concentration", 1e-6, ("parts per million", "part per million"), ("ppm",)),
    ("parts-per-billion", "concentration", 1e-9, ("parts per billion", "part per billion"), ("ppb",)),
    ("calorie per day", "energy rate", 1, (), ()),
)

#: Time units, with their length in days so "18 months" and "1.5 years" compare.
DURATION_DAYS = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1,
    "week": 7,
    "month": 30.44,
    "quarter": 91.3,
    "year": 365.25,
    "decade": 3652.5,
    "century": 36525,
}
_DURATION_FORMS = {
    **{name: name for name in DURATION_DAYS},
    **{name + "s": name for name in DURATION_DAYS},
    "centuries": "century",
    "hrs": "hour",
    "hr": "hour",
    "mins": "minute",
    "min": "minute",
    "secs": "second",
    "yrs": "year",
}

_BY_FORM: dict[str, tuple[str, str, float]] = {}
_BY_ABBREVIATION: dict[str, tuple[str, str, float]] = {}
for _name, _kind, _factor, _forms, _abbreviations in _TABLE:
    for _form in _forms:
        _BY_FORM[_form.lower()] = (_name, _kind, _factor)
    for _abbreviation in _abbreviations:
        _BY_ABBREVIATION[_abbreviation] = (_name, _kind, _factor)
for _form, _name in _DURATION_FORMS.items():
    _BY_FORM[_form] = (_name, "duration", DURATION_DAYS[_name])


def _alternation(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


_FORM_RE = re.compile(rf"^(?:[\s\-\u2011]|\s?-\s?)?(?P<u>{_alternation(_BY_FORM)})\b", re.I)
_ABBREVIATION_RE = re.compile(rf"^(?:\s|-)?(?P<u>{_alternation(_BY_ABBREVIATION)})(?![A-Za-z0-9²³])")
_AGE_RE = re.compile(r"^[\s\-\u2011](?P<u>year|month|week|day)s?[\s\-\u2011]olds?\b", re.I)
# Temperatures in every newsroom form: "°F", "º C", "degF", "deg. C", "degrees f", "degrees Celsius".
_DEGREES_RE = re.compile(
    r"^[\s\-]?(?:°|º|deg(?:ree)?s?\.?)\s?(?P<scale>c|f|k|cel[sc]ius|centigrade|fa?h?renheit|kelvin)(?![A-Za-z])", re.I
)
# A straight quote is an inch mark only before a word of size: 'a 10" long pen', 'a 55" screen'.
_INCH_QUOTE_RE = re.compile(r'^\s?"(?=\s+(?:long|tall|wide|high|deep|thick|across|screen|display|monitor|tv)\b)', re.I)
_TEMPERATURES = {"c": "celsius", "f": "fahrenheit", "k": "kelvin"}
_RATE_RE = re.compile(
    r"^[\s\-]?(?:(?P<per>per|an?|each|every)[\s\-]+|/\s?)(?P<what>[A-Za-z][A-Za-z]*)(?![\w\-]*\s+(?:earlier|ago|before|later)\b)",
    re.I,
)
_OF_DETERMINER_RE = re.compile(
    r"\s+(?:of\s+)?(?:the|its|their|his|her|my|our|your|these|those)\s+|\s+(?:of|de)\s+", re.I
)
_SUPERLATIVES = {"best": "good", "worst": "bad", "most": "many", "least": "little"}
_COUNTED_MODIFIERS = {"other", "more", "new", "additional", "further"}
_TIME_WORDS = {"last", "next", "earlier", "later", "ago", "this", "today", "yesterday", "tomorrow"}
_PLURAL_NOUN_END = re.compile(r"(?:[^s]s|ies|men|people|children)$", re.I)


_CJK_CURRENCIES = {
    "港元": "HKD",
    "港币": "HKD",
    "港幣": "HKD",
    "元人民币": "CNY",
    "人民币": "CNY",
    "元": "CNY",
    "美元": "USD",
    "日元": "JPY",
    "欧元": "EUR",
    "英镑": "GBP",
    "新加坡元": "SGD",
    "新元": "SGD",
}
_CJK_CURRENCY_RE = re.compile(r"^\s?(?P<word>" + "|".join(sorted(_CJK_CURRENCIES, key=len, reverse=True)) + ")")
PERCENT_RE = re.compile(r"^\s?(?:%|per\s?cents?\b|percentage\b|pct\b|(?-i:pc)\b|p\.c\.)", re.I)
_POINTS_RE = re.compile(r"^\s?(?:percentage[\s-]points?|pp\b|ppts?\b)", re.I)
_BASIS_POINTS_RE = re.compile(r"^[\s-]?(?:basis[\s-]points?|bps\b|bp\b)", re.I)
_FOLD_RE = re.compile(r"^(?:[\s\-\u2011]?fold\b|\s?times\b|x\b)", re.I)
_CURRENCY_WORD_RE = re.compile(
    r"^\s?(?P<word>"
    + "|".join(sorted(map(re.escape, CURRENCY_WORDS), key=len, reverse=True))
    + r"|"
    + "|".join(sorted((f"{name}s?" for name in CURRENCY_NAMES.values()), key=len, reverse=True))
    + "|"
    + "|".join(CURRENCY_NAMES)
    + r")\b",
    re.I,
)
_MINOR_CURRENCY_RE = re.compile(r"^(?:\s(?P<word>cents?|sen|pence)|(?P<p>p))\b", re.I)
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
_AGE_BEFORE_RE = re.compile(r"\bage[ds]?\s+(?:of\s+)?[\w\-]+$", re.I)  # "a man of age 87", "at the age of ten"
# A currency sign after the figure ("100 €"), or a code with a scale letter ("48.5 MGBP" is read
# by the figure's scale; the code is left here).
_SIGN_AFTER_RE = re.compile(r"^\s?(?P<sign>[€£¥₹₩$])(?!\s?\d)")
_POUNDS_MONEY_RE = re.compile(
    r"£|sterling|\bGBP\b|\b(?:million|billion|cost|costs|paid|pay|worth|price|fine|spent|sold)\b", re.I
)
#: Currency words several countries use: the unit keeps the word as written.
_SHARED_CURRENCY_WORDS = {
    "franc",
    "peso",
    "krone",
    "kroner",
    "krona",
    "kronor",
    "mark",
    "lira",
    "lire",
    "dinar",
    "riyal",
}
_NUMBER_WORDS = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True))
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
        rf"\s(?:and\s)?(?P<n>\d{{1,2}}|(?:{_NUMBER_WORDS})(?:[\s\-](?:{_NUMBER_WORDS}))?)\s?(?:{pattern})", re.I
    )
    for name, (pattern, _) in _MINOR_UNITS.items()
}


def unit_after(sentence: str, end: int, currency_text: str, is_fraction: bool, date: str | None):
    """What the number ending at ``end`` measures, from the words after it.

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
    if m := _CJK_CURRENCY_RE.match(after):
        return _money(sentence, end + m.end(), _CJK_CURRENCIES[m.group("word")], date)
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
        if occasions and m.group(0).strip().lower() == "times":
            # "downloaded over one billion times" counts downloads, it multiplies nothing.
            return "count", occasions.group("verb").lower(), None, 1.0, end + m.end()
        return "multiplier", "times", None, 1.0, end + m.end()
    measured = read_unit(sentence, end)
    m = _CURRENCY_WORD_RE.match(after)
    if m and (measured is None or measured.end <= end + m.end()) and _is_money_word(sentence, m.group("word")):
        word = m.group("word").lower()
        code = CURRENCY_WORDS.get(word) or next((c for c, n in CURRENCY_NAMES.items() if n in (word, word[:-1])), "USD")
        kind, name, code, factor, new_end = _money(sentence, end + m.end(), code, date)
        if singular(word) in _SHARED_CURRENCY_WORDS:  # "francs": Swiss, French or CFA; the rate is a guess
            name = singular(word) + name.removeprefix(CURRENCY_NAMES.get(code, ""))
        return kind, name, code, factor, new_end
    if (m := _MINOR_CURRENCY_RE.match(after)) and not (m.group("p") and sentence[:end].split()[-1] in _VIDEO_LINES):
        word = (m.group("word") or m.group("p")).lower()
        code = "MYR" if word == "sen" else "GBP" if word in ("pence", "p") else "USD"
        kind, _, _, factor, new_end = _money(sentence, end + m.end(), code, date)
        name = {"sen": "sen", "pence": "penny", "p": "penny"}.get(word, "cent")
        return kind, name, code, None if factor is None else factor / 100, new_end
    if is_fraction and measured is None:  # "a third of voters"; "1/2 cup" measures cups
        return "percent", "fraction", None, 1.0, end
    if measured is None and (
        _AGE_BEFORE_RE.search(sentence[:end]) or _APPOSITIVE_AGE_RE.search(sentence[:end]) and after.startswith(",")
    ):
        return "age", "year of age", None, 1.0, end  # "Senard, 65, now faces", "a man of age 87"
    unit = measured
    if unit is None:
        noun, noun_end = count_noun(sentence, end)
        if not noun and _INDEX_LEVEL_RE.search(sentence[:end]) and _INDEX_WORDS_RE.search(sentence):
            return "count", "point", None, 1.0, end  # "the index closed at 1,333.18"
        unit = read_unit(" " + noun.split()[-1]) if noun else None
        if unit is None or unit.end != len(noun.split()[-1]) + 1:
            return "count", noun, None, 1.0, end
        unit = replace(unit, end=noun_end)  # "517 rushing yards" measures yards
    name = unit.name
    rate = read_rate(sentence, unit.end)
    if rate:
        name, new_end = f"{name} {rate[0]}", rate[1]
    else:
        new_end = unit.end
    return unit.kind, name, None, unit.factor, new_end


def minor_part(sentence: str, end: int, unit: str) -> tuple[float, int] | None:
    """The smaller unit completing a figure in ``unit`` ("2 inches" after "5 feet"), as
    (its value in ``unit``, where it ends), or None."""
    pattern = _MINOR_RES.get(unit)
    match = pattern.match(sentence, end) if pattern else None
    parsed = parse_number(match.group("n")) if match else None
    if parsed is None or not 0 < parsed[0] < _MINOR_UNITS[unit][1]:
        return None
    return parsed[0] / _MINOR_UNITS[unit][1], match.end()


def _is_money_word(sentence: str, word: str) -> bool:
    """ "pounds" and "marks" are money only where the sentence is about money: "208 pounds" is a weight."""
    lowered = word.lower()
    if lowered.startswith("pound"):
        return bool(_POUNDS_MONEY_RE.search(sentence))
    return lowered != "marks" or bool(MONEY_CUE_RE.search(sentence.replace(word, "")))


def _money(sentence: str, end: int, code: str, date: str | None):
    """Money in ``code``; a currency with no rate ("marks" of 1989) is kept as a count of its unit."""
    rate = to_usd(1.0, code, date)
    name = CURRENCY_NAMES.get(code, code.lower())
    per = read_rate(sentence, end)
    if per:
        name, end = f"{name} {per[0]}", per[1]
    return ("money", name, code, rate, end) if rate is not None else ("count", name, code, 1.0, end)


def read_unit(text: str, start: int = 0) -> Unit | None:
    """The unit written at ``text[start:]`` ("-inch", " mph", "kW"), or None."""
    after = text[start:]
    if match := _AGE_RE.match(after):
        return Unit(f"{match.group('u').lower()} of age", "age", 1, start + match.end())
    if match := _INCH_QUOTE_RE.match(after):
        return Unit("inch", "length", 0.0254, start + match.end())
    if match := _DEGREES_RE.match(after):
        scale = match.group("scale").lower()
        return Unit(_TEMPERATURES[scale[0]], "temperature", 1, start + match.end())
    candidates = []
    if match := _ABBREVIATION_RE.match(after):
        candidates.append((match.end(), _BY_ABBREVIATION[match.group("u")]))
    if match := _FORM_RE.match(after):
        candidates.append((match.end(), _BY_FORM[match.group("u").lower()]))
    if not candidates:
        return None
    end, (name, kind, factor) = max(candidates, key=lambda c: c[0])
    return Unit(name, kind, factor, start + end)


def read_rate(text: str, start: int) -> tuple[str, int] | None:
    """The "per barrel" / "a month" / "/kg" after a unit, as (" per barrel", end) or None.

    "a"/"an" only takes units and time words: "$5 a share" is a rate, "$5 a piece of" may not be.
    """
    match = _RATE_RE.match(text[start:])
    if not match:
        return None
    word = match.group("what")
    unit = read_unit(word)
    if unit is not None and unit.end == len(word):
        return f"per {unit.name}", start + match.end()
    if (match.group("per") or "/").lower() in ("an", "a", "every", "each", "/"):
        if word.lower() not in ("share", "head", "unit", "barrel", "gallon", "person", "pop"):
            return None
    if word.lower() in STOPWORDS:
        return None
    return f"per {singular(word)}", start + match.end()


def count_noun(text: str, start: int) -> tuple[str, int]:
    """What a bare count counts, as a singular phrase, and where the phrase ends.

    "22 residential burglaries" gives "residential burglary", "5,700 categories of
    products" gives "category product", "400 people" gives "people". The phrase runs to
    its first plural noun; determiners, verbs and punctuation end it.
    """
    lead = _OF_DETERMINER_RE.match(text, start)
    start = lead.end() if lead else start
    if lead and (number := re.match(r"[\d,.]+\s+", text[start:])):
        start += number.end()  # "211 of the 450 seats" counts seats
    tokens = list(re.finditer(r"[A-Za-z][\w'\-]*|[^\sA-Za-z]", text[start : start + 80]))[:6]
    words = [token.group(0) for token in tokens]
    run: list[str] = []
    end = start
    for position, word in enumerate(words):
        lowered = word.lower()
        following = words[position + 1].lower() if position + 1 < len(words) else ""
        if lowered in ("and", "of") and run and following[:1].isalpha() and following not in STOPWORDS:
            continue
        measured = read_unit(" " + word)
        if measured is not None and measured.end == len(word) + 1 and lowered in STOPWORDS:
            run.append(lowered)  # "50 previous years"
            end = start + tokens[position].end()
            break
        if not word[0].isalpha() or lowered in STOPWORDS and lowered not in _COUNTED_MODIFIERS:
            break
        if run and re.search(r"(?:ing|ed)$", lowered) or lowered in _TIME_WORDS:
            break
        if not run and re.search(r"(?:ing|ed)$", lowered) and following[:1].isalpha() and following not in STOPWORDS:
            continue  # "2.7m combined sales", "400 charging stations": the noun is what is counted
        run.append(_SUPERLATIVES.get(lowered, lowered))
        end = start + tokens[position].end()
        after_of = words[position + 2] if position + 2 < len(words) else ""
        if _PLURAL_NOUN_END.search(lowered) and not (following == "of" and after_of[:1].islower()):
            break
    phrase = " ".join(word if word in ("people", "staff", "data") else singular(word) for word in run)
    return phrase, end


@lru_cache(maxsize=65536)
def head_noun(unit: str) -> str:
    """The head of a count's unit phrase, singular: "weekly active user" gives "user"."""
    return singular(unit.split()[-1]) if unit else ""
