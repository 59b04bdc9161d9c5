"""Figures written in lists: each count keeps its own place and the noun and verb the list writes once, and a
figure told of several owners "each" is each one's.

"105 people have died in Hatay and 52 in Adana": the 52 are Adana's, and they died too; "Wei and Liu were fined
1 million yuan each": Wei's fine, and Liu's.
"""

from __future__ import annotations

import re

from .models import Quantity
from .units import head_noun
from .words import singular

_LIST_AND_RE = re.compile(r"^[^;:.\d]{0,60}(?:\band|,)\s+$")
_PLACE_AFTER_NOUN_RE = re.compile(
    r"^[^,;:()\d]{0,40}?\bin\s+(?:the\s+)?(?P<place>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)\b(?![’'\-]|\s[A-Z])"
)
_EACH_AFTER_RE = re.compile(r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:each|apiece)\b", re.I)
_TRAILING_NAME_RE = re.compile(r"(?:\b[A-Z][a-z][\w’'\-]*\s)*\b[A-Z][a-z][\w’'\-]*$")


def first_of_each(sentence: str, figure: Quantity, subject: str | None) -> str | None:
    """ "Didi's chairman Cheng Wei and president Jean Liu were fined 1 million yuan each": Cheng Wei's fine (and
    Liu's), not the pair's together; else ``subject``."""
    if not (subject and " and " in subject and _EACH_AFTER_RE.match(sentence[figure.end :])):
        return subject
    first = _TRAILING_NAME_RE.search(subject.split(" and ")[0])
    return first.group(0) if first else subject


def elided(sentence: str, previous: Quantity, figure: Quantity, measure: str | None) -> bool:
    """Whether ``figure`` is the second count of a list that writes its noun and verb once, with the first."""
    if figure.kind != "count" or not figure.unit or previous.unit != figure.unit or not previous.measure:
        return False
    bare = measure is None or (len(measure.split()) == 1 and singular(measure) == head_noun(figure.unit))
    return bare and bool(_LIST_AND_RE.match(sentence[previous.end : figure.start]))


def in_place(sentence: str, name: str) -> bool:
    """Whether the sentence names ``name`` as where something is: "in Hatay", "in the Rukum district"."""
    return bool(re.search(rf"\bin\s+(?:the\s+)?{re.escape(name)}\b(?![’']s\b)", sentence))


def place_after_noun(text: str) -> str | None:
    """The place a count's own words name after it: "dead bodies in Jajarkot", "people have died in Hatay"."""
    found = _PLACE_AFTER_NOUN_RE.match(text)
    return found.group("place") if found else None
