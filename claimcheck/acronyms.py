"""What a story's acronyms stand for: "SNP" is the Scottish National Party, "GM" General Motors.

Outlets name one body by its initials or in full ("the Scottish National Party won 9 seats",
"the SNP won 10"); a figure's owner read from one article must match the other's. An
acronym is joined to the phrase its letters begin, found in the story's own text: capitalised
words, one a letter, with "of", "on", "for", "and" or "the" allowed between them. Nothing
is looked up: an acronym the story never spells out stays on its own.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .timeref import MONTHS, WEEKDAYS

#: An acronym as a name: two to six capitals ("GM", "KNCHR"), no digits.
ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
_JOINERS = r"(?:(?:of|on|for|and|the|de|&)\s+)?"
#: How much more often the commonest spelling-out must be written than the next for it to be the one meant.
_CLEAR_LEAD = 2


@lru_cache(maxsize=4096)
def _spelled_out(acronym: str) -> re.Pattern:
    words = [rf"{letter}[a-z][\w'’\-]*" for letter in acronym]
    return re.compile(r"\b" + rf"\s+{_JOINERS}".join(words) + r"\b")


def spelled_out(acronym: str, texts: list[str]) -> str | None:
    """The phrase ``texts`` spell ``acronym`` out as ("Scottish National Party" for "SNP"), or None where they
    never do or spell it two ways about as often."""
    found = Counter(
        match.group(0)
        for text in texts
        for match in _spelled_out(acronym).finditer(text)
        if not any(_calendar_word(word) for word in match.group(0).split())
    )
    if not found:
        return None
    ranked = found.most_common(2)
    if len(ranked) > 1 and ranked[0][1] < _CLEAR_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def _calendar_word(word: str) -> bool:
    """ "Monday's", "March": a spelling-out that runs into a date is a sentence's words, not a name."""
    bare = re.split(r"['’]", word)[0].lower()
    return bare in MONTHS or bare in WEEKDAYS
