"""Ranks: "the fifth-biggest Memorial Day opening", "the 2nd-largest bank failure".

A rank is a figure news gets wrong as often as a sum ("eighth-biggest" in one article,
"fifth-biggest" in another), but it is written as an ordinal before a superlative, which the
number reader does not take for a number. Each rank is read with its superlative and the noun
phrase after it as its measure, so only ranks of one list are set against each other.
"""

from __future__ import annotations

import re

from .models import Quantity

_ORDINAL_WORDS = {
    word: number
    for number, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        start=1,
    )
}
_RANK_RE = re.compile(
    r"\b(?P<ordinal>\d{1,3}(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS) + r")[\s\-\u2011]"
    r"(?P<superlative>(?:most|least)\s+[a-z]+|[a-z]{3,}est|best|worst)\b"
    r"(?P<after>(?:\s+(?!(?:in|of|on|at|for|since|ever|to|by|with|and|than|as)\b)[A-Za-z][\w\-’']*){0,4})",
    re.I,
)
#: Words that end on "-est" but are no superlative.
_NOT_SUPERLATIVE = frozenset(
    {"interest", "request", "test", "contest", "protest", "forest", "harvest", "quest", "nest"}
)


def read_ranks(sentence: str) -> list[Quantity]:
    """The ranks of ``sentence`` as figures of kind "rank", measured by their superlative phrase."""
    found = []
    for match in _RANK_RE.finditer(sentence):
        superlative = match.group("superlative").lower()
        if superlative in _NOT_SUPERLATIVE:
            continue
        ordinal = match.group("ordinal").lower()
        place = _ORDINAL_WORDS.get(ordinal) or int(re.match(r"\d+", ordinal).group(0))
        start, end = match.start(), match.end("superlative")
        measure = " ".join([superlative, *match.group("after").split()])
        found.append(
            Quantity(
                sentence[start:end],
                start,
                end,
                float(place),
                float(place),
                float(place),
                "rank",
                "place",
                float(place),
                float(place),
                float(place),
                measure=measure,
            )
        )
    return found
