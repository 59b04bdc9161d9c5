"""A story's setting: the places most of its articles name, where its figures hold rather than whose they are.

Outlets place one event at different levels: "32 people were killed in Tahta", "the collision in Sohag
province killed 19", "Egypt's train crash left 22 dead". Read as owners, the three places make three
facts, and the story's disagreement is never shown. A name is part of a story's setting when the story's
own words use it as a place (after "in", "near" or "outside", or before a place noun such as "province",
"river" or "stadium", or a country the place table knows) and most of the story's articles name it. A place
one article names in passing ("43 died in Harris County") is not the setting, and keeps its own count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .entities import text_mentions

#: Nouns that make the name before them a place: "Enga province", "the Machchu river", "Kanjuruhan stadium".
PLACE_NOUNS = frozenset(
    "province provinces state district county region city town village river lake island stadium mine "
    "station area prefecture governorate municipality regency department valley mountain volcano".split()
)
#: Words right before a name that make it where something happened: "in Sohag", "near Kanpur" (not "in the
#: Commonwealth Games": an event or a body takes the article, a town does not).
_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|near|outside)\s+$", re.I)
_NOUN_AFTER_RE = re.compile(r"^\s+([a-z]+)")
#: A setting is named in at least this share of its story's articles, and in two of them.
_SHARE_NAMING = 0.4


def story_settings(texts: Iterable[str]) -> frozenset[str]:
    """The names one story's articles use as places and mostly name."""
    texts = list(texts)
    naming: dict[str, int] = {}
    placed: set[str] = set()
    located: set[str] = set()  # "in X": a place, or a company one has a stake in
    owners: set[str] = set()  # "X's": whose
    for text in texts:
        named = set()
        for mention in text_mentions(text):
            if mention.is_source:
                continue
            name = mention.name
            named.add(name)
            if mention.possessive:
                owners.add(name)
            elif mention.is_place or _before_place_noun(text, mention.end):
                placed.add(name)
            elif _LOCATIVE_BEFORE_RE.search(text[max(0, mention.start - 12) : mention.start]):
                located.add(name)
        for name in named:
            naming[name] = naming.get(name, 0) + 1
    least = max(2, _SHARE_NAMING * len(texts))
    places = placed | (located - owners)  # "shares in UBS" and "UBS's offer" make a company, not a place
    return frozenset(name for name in places if naming.get(name, 0) >= least)


def _before_place_noun(text: str, end: int) -> bool:
    after = _NOUN_AFTER_RE.match(text[end : end + 20])
    return bool(after and after.group(1) in PLACE_NOUNS)
