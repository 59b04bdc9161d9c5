"""Numbers as newspapers write them: digits, words, fractions and scale words.

Each reader returns the value together with its *precision*: the size of the last
digit the writer committed to ("620 million" is stated to the ten million, "619
million" to the million). Verdicts use it to tell rounding from disagreement.
"""

from __future__ import annotations

import re

UNITS_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )
}
TENS_WORDS = {
    word: 10 * value for value, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
#: Number words from "zero" to "ninety", longest first, as a pattern's alternatives.
NUMBER_WORDS = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True))
# Scale words and suffixes, English and the Portuguese, Spanish, Chinese and Japanese ones met in news.
SCALE_WORDS = {
    **dict.fromkeys(["hundred"], 1e2),
    **dict.fromkeys(["thousand", "k"], 1e3),
    **dict.fromkeys(["lakh", "lakhs"], 1e5),
    **dict.fromkeys(["million", "mil", "mln", "mn", "m", "milhão", "milhões", "millón", "millones", "百万"], 1e6),
    **dict.fromkeys(["crore", "crores", "cr", "千万"], 1e7),  # "Rs 129.06 cr" as Indian desks shorten it
    **dict.fromkeys(["亿", "億"], 1e8),
    **dict.fromkeys(["billion", "bn", "b", "bln", "bilhão", "bilhões"], 1e9),
    **dict.fromkeys(["trillion", "tn"], 1e12),
    **dict.fromkeys(["万", "萬"], 1e4),
    # Indian copy stacks its scales: "Rs 12 lakh crore" is 12 × 100,000 × 10,000,000
    **{"lakh crore": 1e12, "thousand crore": 1e10},
}
#: Denominators of fraction words, singular and plural ("a third", "two-thirds").
_ORDINALS = "half third fourth fifth sixth seventh eighth ninth tenth".split()
FRACTION_WORDS = {
    **{word + plural: value for value, word in enumerate(_ORDINALS, 2) for plural in ("", "s")},
    **{"halves": 2, "quarter": 4, "quarters": 4},
}
#: Counting words that stand for a number on their own.
COLLECTIVE_WORDS = {
    **{"dozen": 12, "a dozen": 12, "a couple of": 2, "a pair of": 2},
    **dict.fromkeys(["half a dozen", "half-dozen", "half dozen", "half\u2011dozen"], 6),
}

#: Digits grouped by threes ("1,234,567"), or the Indian way, by twos above the thousands ("1,01,399").
_DIGITS_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:[,\u202f\u00a0\u2009 ]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)?(?:\.\d+)?$")


def parse_digits(text: str) -> tuple[float, float]:
    """Read "1,234.5" into (1234.5, 0.1). Trailing zeros of a whole number count as rounding.

    >>> parse_digits("620")
    (620.0, 10.0)
    """
    if power := re.fullmatch(r"[+-]?\d+(?:\.(?P<decimals>\d+))?[eE](?P<e>[+-]?\d+)", text.strip()):
        places = len(power.group("decimals") or "")  # "1.3e6" is stated to the hundred thousand
        return float(text), 10.0 ** (int(power.group("e")) - places)
    if re.fullmatch(r"[+-]?\d+,\d{1,2}", text.strip()):
        text = text.replace(",", ".")  # a decimal comma: "12,5%"
    elif re.fullmatch(r"[+-]?\d{1,3}(?:\.\d{3}){2,}", text.strip()):
        text = text.replace(".", ",")  # thousands written with dots: "1.200.000"
    cleaned = re.sub(r"[,\u202f\u00a0\u2009 ]", "", text)
    if not cleaned or not _DIGITS_RE.match(text.strip()):
        raise ValueError(f"not a number: {text!r}")
    value = float(cleaned)
    if "." in cleaned:
        return value, 10.0 ** -len(cleaned.split(".", 1)[1])
    digits = cleaned.lstrip("+-")
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    return value, 10.0**zeros


def parse_words(text: str) -> tuple[float, float] | None:
    """Read number words ("twenty-one", "a hundred", "one hundred and five", "two and a half",
    "three dozen", "two million three hundred thousand") or None.

    Written-out numbers are exact to their last word: "twenty" is exact (precision 1); a
    trailing "million" states the figure to the million, as "5 million" does.
    """
    words = re.split(r"\s*[\-\u2011]\s*|\s+", text.lower().strip())
    if "point" in words[1:-1]:  # "two point five", "one point zero five": digits after the point
        at = words.index("point")
        digits = [UNITS_WORDS.get(w) for w in words[at + 1 :]]
        whole = parse_words(" ".join(words[:at]))
        if whole is None or None in digits or any(d > 9 for d in digits):
            return None
        return whole[0] + float("0." + "".join(map(str, digits))), 10.0 ** -len(digits)
    extra = 0.0
    numerator = {"a": 1, "an": 1, **UNITS_WORDS}.get(words[-2]) if len(words) > 3 else None
    if numerator and words[-3] == "and" and words[-1] in FRACTION_WORDS and numerator < FRACTION_WORDS[words[-1]]:
        extra, words = numerator / FRACTION_WORDS[words[-1]], words[:-3]  # "two and a half", "three and two fifths"
        if words[-1] in ("dozen", "thousand", "million", "billion", "trillion") and len(words) == 2:
            extra *= 12 if words[-1] == "dozen" else SCALE_WORDS[words[-1]]  # "a million and a half"
    words = [w for w in words if w and w != "and"]
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word in ("a", "an") and not seen:
            current, seen = 1.0, True
        elif word in UNITS_WORDS:
            current += UNITS_WORDS[word]
            seen = True
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
            seen = True
        elif word == "hundred" and seen:
            current = (current or 1) * 100
        elif word == "dozen" and seen:
            current = (current or 1) * 12
        elif word in ("thousand", "million", "billion", "trillion") and seen:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0.0
        else:
            return None
    if not seen:
        return None
    if extra:
        return total + current + extra, extra
    last = words[-1]
    return total + current, SCALE_WORDS[last] if last in ("million", "billion", "trillion") else 1.0


#: Fractions printed as one character ("2½").
VULGAR_FRACTIONS = {
    **{"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8},
    **{"⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅑": 1 / 9, "⅒": 1 / 10},
}


def parse_fraction(text: str) -> float | None:
    """Read "one-sixth", "three quarters", "a third", "half", "1/180th" or "2/3"; else None.

    "half a" and "a quarter of a" (before "million") read as the fraction alone.
    """
    lowered = re.sub(r"(?:\s+of)?\s+an?$", "", text.lower().strip())
    slash = re.fullmatch(r"(\d+)\s*/\s*(\d+)(?:st|nd|rd|th|s)?", lowered)
    if slash:
        denominator = int(slash.group(2))
        return int(slash.group(1)) / denominator if denominator else None
    if lowered == "half":
        return 0.5
    one_in = re.fullmatch(r"(\w+)\s+(?:in|out of)(?:\s+(?:every|each))?\s+([\w\-\u2011]+)", lowered)
    if one_in:
        parts = [int(w) if w.isdigit() else (parse_words(w) or (None,))[0] for w in one_in.groups()]
        if None not in parts and parts[1] and parts[0] < parts[1]:
            return parts[0] / parts[1]
        return None
    parts = re.split(r"[\s\-\u2011]+", lowered)
    if len(parts) == 2 and parts[1] in FRACTION_WORDS:
        if parts[0] in ("a", "an", "one"):
            numerator = 1
        elif parts[0] in UNITS_WORDS:
            numerator = UNITS_WORDS[parts[0]]
        else:
            return None
        return numerator / FRACTION_WORDS[parts[1]]
    return None


def parse_number(text: str) -> tuple[float, float, bool, bool] | None:
    """(value, precision, is_fraction, is_word) of the number part of an atom."""
    lowered = text.lower().strip()
    if lowered in COLLECTIVE_WORDS:
        return float(COLLECTIVE_WORDS[lowered]), 1.0, False, True
    if mixed := re.fullmatch(r"(\d+)\s+(\d+)/(\d+)", lowered):  # "9 3/4"
        whole, numerator, denominator = (int(part) for part in mixed.groups())
        return (whole + numerator / denominator, 1 / denominator, False, False) if numerator < denominator else None
    if lowered[-1:] in VULGAR_FRACTIONS:
        whole = lowered[:-1].strip()
        value = (int(whole) if whole.isdigit() else 0) + VULGAR_FRACTIONS[lowered[-1]]
        return value, 0.0005, not whole, False
    fraction = parse_fraction(lowered)
    if fraction is not None:
        return fraction, 0.0005, True, "/" not in lowered
    if lowered[:1].isdigit() or lowered[:1] == ".":
        lowered = lowered.replace(" . ", ".")  # tokenised copy splits a decimal: "14 . 8 %"
        try:
            value, precision = parse_digits(lowered)
        except ValueError:
            return None
        if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", lowered):
            lowered = lowered.replace(".", ",")  # "1.200.000": dots as thousands separators
        significant = len(lowered.split(".")[0].replace(",", "").lstrip("0"))
        if "." not in lowered and "e" not in lowered and significant >= 2:
            precision = min(precision, 10.0 ** (significant - 2))
        return value, precision, False, False
    words = parse_words(lowered)
    if words is None:
        return None
    value, precision = words
    if re.search(r"(?:hundred|thousand)$", lowered) and value.is_integer():
        precision = parse_number(str(int(value)))[1]  # "one thousand eight hundred" as precise as "1800" written
    return value, precision, False, True


def scale_of(word: str | None) -> float:
    """Multiplier of a scale word or suffix ("bn" gives 1e9); 1 for None or unknown."""
    if not word:
        return 1.0
    return SCALE_WORDS.get(word.lower().rstrip("."), 1.0)


def format_number(value: float) -> str:
    """Write a value the way a reader would check it: "619 million", "4.35 billion", "16.3"."""
    for word, size in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(value) >= size:
            return f"{_trim(value / size)} {word}"
    if abs(value) >= 10000 and float(value).is_integer():
        return f"{int(value):,}"
    return _trim(value)


def _trim(number: float) -> str:
    """Up to three significant decimals, no trailing zeros."""
    text = f"{number:.3f}".rstrip("0").rstrip(".")
    return text or "0"
