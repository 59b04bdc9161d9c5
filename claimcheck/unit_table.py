"""The table of units and how news writes them: names, plurals, American spellings, abbreviations
("km/h", "kWh", "degF") and rates ("per barrel", "a month"). :mod:`claimcheck.units` reads what a
number measures with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .words import STOPWORDS, singular


@dataclass(frozen=True)
class Unit:
    """A unit read after a number."""

    name: str  #: Normalized full name, "kilometre per hour".
    kind: str  #: What it measures: "length", "speed", "duration"…
    factor: float  #: Multiply a value in this unit by it to get the kind's base unit.
    end: int  #: Offset just past the unit in the text it was read from.


# One row a unit: name (NewsQuant's) | kind | factor to the kind's base unit | written forms beyond
# the name's own (any case) | abbreviations (exact case). A name is also read in the plural, in
# American spelling ("meters"), hyphenated or not ("light-year") and as a rate with "a"/"an"
# ("miles an hour"): :func:`_spellings`.
_TABLE = """
kilometre | length | 1000 | | km, KM, Km
metre | length | 1 | | m
decimetre | length | 0.1 | | dm
centimetre | length | 0.01 | | cm
millimetre | length | 0.001 | | mm
micrometre | length | 1e-06 | micron, microns | µm, μm, um
nanometre | length | 1e-09 | | nm
picometre | length | 1e-12
mile | length | 1609.344 | | mi
nautical mile | length | 1852 | | nmi
light year | length | 9.4607e+15
yard | length | 0.9144 | | yd, yds
foot | length | 0.3048 | | ft, ′
inch | length | 0.0254 | | in., ″
square kilometre | area | 1000000 | | km2, km², sq km
square metre | area | 1 | | m2, m², sq m, sqm
square mile | area | 2590000 | | sq mi
square foot | area | 0.092903 | | sq ft, sqft, ft2
square yard | area | 0.836127 | | sq yd
square inch | area | 0.00064516 | | sq in
square centimetre | area | 0.0001 | | cm2, cm²
hectare | area | 10000 | | ha
acre | area | 4046.86
kilogram | mass | 1 | kilo, kilos | kg, kgs
gram | mass | 0.001 | gramme, grammes | g
milligram | mass | 1e-06 | | mg
microgram | mass | 1e-09 | | µg, μg, mcg
tonne | mass | 1000 | metric ton, metric tons | t
megatonne | mass | 1e+09 | | Mt
gigatonne | mass | 1e+12 | | Gt
ton | mass | 1000
short ton | mass | 907.185 | short ton, short tons
long ton | mass | 1016.05 | long ton, long tons
pound-mass | mass | 0.453592 | pound, pounds | lb, lbs
ounce | mass | 0.0283495 | | oz
carat | mass | 0.0002
litre | volume | 1 | | l, L
millilitre | volume | 0.001 | | ml, mL
gallon | volume | 3.78541 | | gal
pint | volume | 0.473176 | | pt
quart | volume | 0.946353 | | qt
cup | volume | 0.24
tablespoon | volume | 0.0147868 | | tbsp, Tbsp, tbs
teaspoon | volume | 0.00492892 | | tsp
fluid ounce | volume | 0.0295735 | | fl oz, fl. oz.
barrel | volume | 158.987 | | bbl
barrel per day | volume | 158.987 | | bpd, b/d, bbl/d
cubic metre | volume | 1000 | | m3, m³
cubic foot | volume | 28.3168 | | cu ft
cubic inch | volume | 0.0163871 | | cu in
cubic centimetre | volume | 0.001 | | cc, cm3, cm³
mile per hour | speed | 0.44704 | | mph, MPH, m.p.h.
kilometre per hour | speed | 0.277778 | | km/h, kph, kmh, km/hr
metre per second | speed | 1 | | m/s
kilometre per second | speed | 1000 | | km/s
foot per second | speed | 0.3048 | | ft/s
knot | speed | 0.514444 | | kn, kt
watt | power | 1 | | W
kilowatt | power | 1000 | | kW, KW, kw
megawatt | power | 1000000 | | MW
gigawatt | power | 1e+09 | | GW
horsepower | power | 745.7 | horse power | hp, HP, PS, ps
brake horsepower | power | 745.7 | | bhp, BHP
watt hour | energy | 3600 | | Wh
kilowatt hour | energy | 3600000 | | kWh, kwh, KWh
megawatt hour | energy | 3.6e+09 | | MWh
gigawatt hour | energy | 3.6e+12 | | GWh
terawatt hour | energy | 3.6e+15 | | TWh
mega british thermal unit | energy | 1.055e+09 | million british thermal units | mmBTU, MMBtu, mmbtu, MMBTU
joule | energy | 1 | | J
calorie | energy | 4184 | | kcal
hertz | frequency | 1 | | Hz, hz, HZ
kilohertz | frequency | 1000 | | kHz, khz
megahertz | frequency | 1000000 | | MHz, Mhz, mhz
gigahertz | frequency | 1e+09 | | GHz, Ghz, ghz
revolutions per minute | frequency | 0.01666667 | | rpm, RPM
frame per second | frequency | 1 | | fps
bit | data | 0.125
kilobit | data | 125 | | kbit
megabit | data | 125000 | | Mbit
gigabit | data | 1.25e+08 | | Gbit
byte | data | 1
kilobyte | data | 1000 | | KB, kB, kb
megabyte | data | 1000000 | | MB, mb
gigabyte | data | 1e+09 | | GB, gb, Gb
terabyte | data | 1e+12 | | TB, tb
petabyte | data | 1e+15 | | PB
megabit per second | data rate | 1000000 | | Mbps, Mb/s, mbps
gigabit per second | data rate | 1e+09 | | Gbps, Gb/s, gbps
celsius | temperature | 1 | celcius, centigrade | C, ℃
fahrenheit | temperature | 1 | farenheit | F, ℉
kelvin | temperature | 1
degree | angle | 1 | | °, ˚, deg, deg.
radian | angle | 57.2958 | | rad
volt | voltage | 1 | | V
kilovolt | voltage | 1000 | | kV
ampere | current | 1 | amp, amps | A
milliampere-hour | charge | 3.6 | milliamp hours | mAh, mah
farad | capacitance | 1
pascal | pressure | 1 | | Pa
megapascal | pressure | 1000000 | | MPa
pound per square inch | pressure | 6894.76 | | psi
kilopound per square inch | pressure | 6894760 | | ksi
newton metre | torque | 1 | | Nm, N·m
pound-foot | torque | 1.35582 | | lb-ft, lb ft, lbft
mile per gallon | fuel economy | 1 | | mpg, MPG
decibel | loudness | 1 | | dB
megapixel | resolution | 1 | | MP
dot per inch | resolution | 1 | | dpi
magnitude | magnitude | 1 | on the richter scale, on the richter
part per million | concentration | 1e-06 | | ppm
parts-per-billion | concentration | 1e-09 | part per billion | ppb
second | duration | 1.157407e-05 | secs
minute | duration | 0.0006944444 | min, mins
hour | duration | 0.04166667 | hr, hrs
day | duration | 1
week | duration | 7
month | duration | 30.44
quarter | duration | 91.3
year | duration | 365.25 | yrs
decade | duration | 3652.5
century | duration | 36525 | centuries
"""


#: Units that name several sizes by one word: a figure in one covers every reading ("13 tons" is 13 metric tonnes
#: to an outlet outside the US, 13 short tons in one, 13 long tons in an old British one).
UNIT_SPREAD = {"ton": (907.185, 1016.05)}


def _spellings(name: str) -> set[str]:
    """The ways news writes a unit's name: "kilometre per hour" gives "kilometers an hour" and the rest."""
    words = name.replace("-", " ").split()
    head = words.index("per") - 1 if "per" in words else len(words) - 1
    plural = {"foot": "feet", "inch": "inches"}.get(
        words[head], words[head] + ("es" if words[head][-1] in "sxz" else "s")
    )
    forms = {" ".join(words), " ".join([*words[:head], plural, *words[head + 1 :]])}
    forms |= {re.sub(r"tre(s?)\b", r"ter\1", form) for form in forms}
    forms |= {form.replace(" ", "-") for form in forms}
    return forms | {form.replace(" per ", rate) for form in forms for rate in (" a ", " an ")}


def _powers(rows: list[list[str]]) -> list[list[str]]:
    """The square and cubic unit of every length the table lacks them for ("cubic yard", "km³", "sq mm"),
    with factors to the square metre and the litre."""
    named = {row[0] for row in rows}
    written = {form for row in rows for form in row[4].split(", ")}
    extra = []
    for name, kind, factor, _, abbreviations in rows:
        if kind != "length" or " " in name or float(factor) < 0.001 or name.endswith("year"):
            continue
        short = [a for a in abbreviations.split(", ") if a.isalpha() and a.islower()]
        for power, prefix, kind_of, scale, marks, word in (
            (2, "square", "area", 1.0, "2²", "sq"),
            (3, "cubic", "volume", 1000.0, "3³", "cu"),
        ):
            if f"{prefix} {name}" in named:
                continue
            forms = [f"{a}{mark}" for a in short for mark in marks] + [f"{word} {a}" for a in short]
            forms = [form for form in forms if form not in written]
            extra.append([f"{prefix} {name}", kind_of, str(float(factor) ** power * scale), "", ", ".join(forms)])
    return extra


_ROWS = [[*(cell.strip() for cell in row.split("|")), "", ""][:5] for row in _TABLE.strip().splitlines()]
_BY_FORM: dict[str, tuple[str, str, float]] = {}
_BY_ABBREVIATION: dict[str, tuple[str, str, float]] = {}
for _name, _kind, _factor, _forms, _abbreviations in _ROWS + _powers(_ROWS):
    _unit = (_name, _kind, float(_factor))
    _BY_FORM.update(dict.fromkeys([*_spellings(_name), *filter(None, _forms.split(", "))], _unit))
    _BY_ABBREVIATION.update(dict.fromkeys(filter(None, _abbreviations.split(", ")), _unit))


def _alternation(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


_FORM_RE = re.compile(rf"^(?:[\s\-\u2011]|\s?-\s?)?(?P<u>{_alternation(_BY_FORM)})\b", re.I)
_ABBREVIATION_RE = re.compile(rf"^(?:\s|-)?(?P<u>{_alternation(_BY_ABBREVIATION)})(?![A-Za-z0-9²³])")
_AGE_RE = re.compile(
    r"^[\s\-\u2011](?P<u>year|yr|month|week|day)s?(?:[\s\-\u2011]olds?|\s+of\s+age)\b", re.I
)  # "5-year-old", "25-yr-old", "30 years of age"
# Temperatures in every newsroom form: "°F", "º C", "degF", "deg. C", "degrees f", "degrees Celsius".
_DEGREES_RE = re.compile(
    r"^[\s\-]?(?:°|º|˚|deg(?:ree)?s?\.?)\s?(?P<scale>c|f|k|cel[sc]ius|centigrade|fa?h?renheit|kelvin)(?![A-Za-z])", re.I
)
# A straight quote is an inch mark only before a word of size: 'a 10" long pen', 'a 55" screen'.
_INCH_QUOTE_RE = re.compile(r'^\s?"(?=\s+(?:long|tall|wide|high|deep|thick|across|screen|display|monitor|tv)\b)', re.I)
_TEMPERATURES = {"c": "celsius", "f": "fahrenheit", "k": "kelvin"}
_RATE_RE = re.compile(
    r"^[\s\-]?(?:(?P<per>per|an?|each|every)[\s\-]+|/\s?)(?P<what>[A-Za-z][A-Za-z]*[23²³]?)(?![\w\-]*\s+(?:earlier|ago|before|later)\b)",
    re.I,
)


def read_unit(text: str, start: int = 0) -> Unit | None:
    """The unit written at ``text[start:]`` ("-inch", " mph", "kW"), or None."""
    after = text[start:]
    if match := _AGE_RE.match(after):
        name = {"yr": "year"}.get(match.group("u").lower(), match.group("u").lower())
        return Unit(f"{name} of age", "age", 1, start + match.end())
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


#: A bracketed conversion after a unit ("(120 miles)"), or the bracket's close after the conversion itself.
_CONVERSION_THEN_RE = re.compile(r"\s*\((?=[^()]*\d)[^()]{1,40}\)|\)(?=\s*(?:per|an?|/)\s?[a-z])", re.I)
_PER_HUNDRED_RE = re.compile(r"\s?(?:/|per\s)\s?100\s?(?P<u>km|kilometres?|kilometers?|miles?)\b", re.I)


def read_rate(text: str, start: int) -> tuple[str, int] | None:
    """The "per barrel" / "a month" / "/kg" after a unit, as (" per barrel", end) or None.

    "a"/"an" only takes units and time words: "$5 a share" is a rate, "$5 a piece of" may not be.
    """
    if beyond := _CONVERSION_THEN_RE.match(text, start):
        # "195 kilometres (120 miles) per hour": the rate after a bracketed conversion is both figures' rate; the
        # figure ends where it did, before the bracket
        found = read_rate(text, beyond.end())
        return (found[0], start) if found else None
    if hundred := _PER_HUNDRED_RE.match(text, start):  # "6.5 L/100km", "15 kWh per 100 miles"
        return f"per 100 {read_unit(' ' + hundred.group('u')).name}", hundred.end()
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
