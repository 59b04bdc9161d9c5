"""Who gives a figure: the speaker a sentence names ("the interior ministry said", "according to the CGT").

Two sources' counts of one crowd may each be what its source said, so a figure's source is kept beside its owner
(:mod:`claimcheck.subjects`); a speaker that names no one in particular ("officials said") gives no source.
"""

from __future__ import annotations

import re

from .models import Quantity
from .owners import speakers
from .parsing import parse

#: Speakers that name no one in particular, capitalised or not at the start of a sentence.
_VAGUE_SOURCES = frozenset(
    "he she they it we i you who officials official authorities sources reports media experts analysts "
    "witnesses residents locals".split()
)
#: Speakers named by a common noun that still tell whose count it is: "police said", "organisers said".
_INSTITUTIONS = frozenset(
    "police organisers organizers union unions ministry government army military hospital hospitals rescuers "
    "firefighters coroner prosecutors regulator organisation organization agency council".split()
)
_NAME_RUN_RE = re.compile(r"\b[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|the|de|du|des)\s+)?[A-Z][\w’'\-]*)*")


def sources(sentence: str) -> list[tuple[int, str | None]]:
    """Who speaks in a sentence ("the interior ministry said", "according to the CGT"): where each speaker starts,
    and its name where it has one ("Meta CEO Mark Zuckerberg" and "Mark Zuckerberg, CEO of Meta" are one source).
    Read once a sentence; :func:`source_of` gives each figure the nearest."""
    return [(start, _source_name(sentence[start:end])) for start, end in speakers(parse(sentence))]


def source_of(said: list[tuple[int, str | None]], figure: Quantity) -> str | None:
    """Who gives the figure: the sentence's speaker nearest it (:func:`sources`). Two sources' counts of one
    crowd may each be what its source said."""
    if not said:
        return None
    return min(said, key=lambda speaker: abs(speaker[0] - figure.start))[1]


def _source_name(speaker: str) -> str | None:
    parts = [p.strip() for p in speaker.split(",") if p.strip()]
    for part in parts:
        part = re.sub(r"^(?:the|a|an)\s+|\s*\([^)]*\)", "", part, flags=re.I)
        name = _NAME_RUN_RE.search(part)
        if name and name.group(0).lower() not in _VAGUE_SOURCES | _INSTITUTIONS:
            return name.group(0)
        if part.split()[-1].lower() in _INSTITUTIONS:
            return part
    return None
