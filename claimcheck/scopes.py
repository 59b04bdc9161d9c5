"""Where and over what a figure holds, from the words around it: its scope.

A place other than the owner ("in Japan"), a market ("$182M overseas", "a worldwide total"), a
group ("among adults"), a "top 10" list, the employer of a wage, and what a sum counts in or
leaves out ("including debt"): two figures told for two scopes can both be right.
"""

from __future__ import annotations

import re

from .measures import measure_family
from .models import Quantity
from .timeref import MONTHS, WEEKDAYS
from .words import GLOBAL_WORDS, HISTORY_AFTER_RE, STOPWORDS, TIME_WORDS, place_of

_AMONG = re.compile(
    r"\b(among|across)\s+(?:the\s+|its\s+|all\s+)?(?P<who>[\w\-]+(?:\s(?:over|under|aged|above|below)\s\d+|\s(?!and\b|or\b|in\b)[a-z]+)?)",
    re.I,
)
_SCOPE_PHRASE = re.compile(
    r"\b(?:in|within|across|among|inside|outside)\s+(?:the\s+)?(?P<what>[\w.’']+(?:\s[\w.’']+){0,3})", re.I
)


_TOP_N = re.compile(
    r"\btop[\s\-](?:\d+|three|five|ten|twenty|fifty|hundred)\b|"
    r"\b(?:\d+|three|five|ten|twenty|fifty|hundred)\s(?:most[\s\-]\w+|largest|biggest|leading)\b",
    re.I,
)
#: What a sum says it counts in or leaves out, right after it: "including debt", "plus interest".
_INCLUSION_RE = re.compile(
    r"^\s*(?:[a-z\-]+\s*){0,2},?\s*\(?\s*(?P<how>including|includes|inclusive of|plus|excluding|exclusive of|not including|net of"
    r"|with|without)\s+(?:[$€£]?\s?[\d.,]+\s*(?:[a-z]{1,8}\s+)?(?:of|in)\s+)?(?:the\s+|its\s+|their\s+|all\s+)?"
    r"(?P<what>(?:[a-z][a-z\-]+\s+){0,1}[a-z][a-z\-]+)",
)


def inclusion(after: str) -> str | None:
    """What a sum says it counts in or leaves out ("including debt", "plus interest"), or None.

    A sum with debt or interest counted in and one without are two figures of one deal or one
    fine: both can be right, so the marker is the sum's scope.
    """
    found = _INCLUSION_RE.match(after)
    if found is None:
        return None
    what = found.group("what")
    if what.split()[0] in STOPWORDS or (found.group("how") in ("with", "without") and what not in _ADD_ONS):
        return None
    how = (
        "excluding"
        if found.group("how") in ("excluding", "exclusive of", "not including", "net of", "without")
        else "including"
    )
    return f"{how} {what}"


#: What "with" or "without" adds to a sum as a part of it rather than as company ("with interest").
_ADD_ONS = frozenset({"interest", "debt", "bonuses", "add-ons", "fees", "taxes", "tax", "dividends"})


_NAME_RUN_RE = re.compile(r"\b[A-Z][\w\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w\-]*)+")


def clause_scope(clause: str, subject: str | None) -> str | None:
    """Where the figure holds: "global", a place other than the subject, or a "top N" list."""
    if (top := _TOP_N.search(clause)) is not None:
        return "top " + re.search(r"\d+|three|five|ten|twenty|fifty|hundred", top.group(0), re.I).group(0).lower()
    unnamed = _NAME_RUN_RE.sub(" ", clause)  # "the National Disaster Management Authority" is a name, not a scope
    lowered = re.findall(r"[\w’']+", unnamed.lower())
    if any(word in GLOBAL_WORDS for word in lowered):
        return "global"
    for match in _SCOPE_PHRASE.finditer(clause):
        what = match.group("what")
        if HISTORY_AFTER_RE.match(clause, match.end()) or HISTORY_AFTER_RE.match(what) or _RECORD_OF_RE.search(what):
            continue  # "the largest drop in US history": where a record holds, not the figure
        words = re.findall(r"[\w.’']+", what)[:3]
        if words and re.search(r"['’]s$", words[0]):
            continue  # "a 26% decrease in Meta's stocks": whose stocks, not where
        if len(words) > 1 and words[0] in _DIRECTIONS and words[1][:1].isupper():
            words = words[1:]  # "in western Afghanistan": Afghanistan, not the West
        candidates = [" ".join(words[:n]) for n in (3, 2)] + words
        place = next((p for p in map(place_of, candidates) if p), None)
        if place:
            return place if place != subject else None
        bare = [_bare(w) for w in words]  # "in Sunday's runoff": a day, not a place
        if words and words[0][0].isupper() and bare[0].rstrip(".") not in MONTHS and words[0] != subject:
            name = " ".join(w for w in words if w[0].isupper())
            if not (TIME_WORDS | WEEKDAYS) & set(bare) and not (subject and name in subject):
                return name.rstrip(".")  # "in Auckland": a place the gazetteer does not know
    if (among := _AMONG.search(clause)) is not None:
        return among.group(1).lower() + " " + among.group("who").lower()
    if re.search(r"\b(?:domestic|domestically|national|nationwide|local)\b", unnamed, re.I):
        return "domestic"
    return None


#: Words that say which part of a place: "western Afghanistan", "north-east Nepal".
_DIRECTIONS = frozenset(
    """western eastern northern southern central west east north south northwest northeast southwest southeast
    north-west north-east south-west south-east northwestern northeastern southwestern southeastern""".split()
)
#: A record's field as a possessive: "one of Europe's deadliest shipping disasters".
_RECORD_OF_RE = re.compile(r"['’]s\s+(?:[\w\-]+\s+)?(?:\w+est|worst|biggest)\b", re.I)
#: Markets a figure is told for, in the words next to it: "$182M overseas", "a worldwide total of $382
#: million", "$155 million domestically". The nearest word wins over the clause's ("global" elsewhere).
MARKETS = {
    "overseas": "international",
    "abroad": "international",
    "international": "international",
    "internationally": "international",
    "foreign": "international",
    "offshore": "international",
    "domestic": "domestic",
    "domestically": "domestic",
    "nationwide": "domestic",
    "global": "global",
    "globally": "global",
    "worldwide": "global",
}


_MARKET_AFTER_RE = re.compile(rf"^\s+(?:in\s+)?(?P<m>{'|'.join(MARKETS)})\b", re.I)
_MARKET_BEFORE_RE = re.compile(
    rf"\b(?P<m>{'|'.join(MARKETS)})\s+(?:[a-z\-]+\s+){{0,2}}(?:of|at|was|were|is|reached|hit|to)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|an estimated|over|more than)\s+)?$|"
    rf"\b(?:an?|the|its|their)\s+(?P<n>{'|'.join(MARKETS)})\s+$",
    re.I,
)


_EMPLOYER_RE = re.compile(
    r"\b(?:at|with|by|joins?|joined|joining)\s+(?:the\s+)?(?P<org>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})"
)


def employer_of(clause: str, subject: str | None) -> str | None:
    """Who pays a wage, where the clause names them ("at Al Nassr", "joined Inter"): a wage at two
    employers is two facts, so the employer is the wage's scope."""
    for found in _EMPLOYER_RE.finditer(clause):
        name = found.group("org")
        following = re.match(r"\s+([a-z]+)", clause[found.end() :])
        if following and following.group(1) not in STOPWORDS:
            continue  # "at the Saudi club": a word that describes the employer, not its name
        if name.lower() not in MONTHS and not (subject and (name in subject or subject in name)):
            return name
    return None


_MARKET_FRONTED_RE = re.compile(rf"^(?P<m>{'|'.join(MARKETS)}),", re.I)


def market_of(sentence: str, figure: Quantity) -> str | None:
    """The market the words next to a figure tell it for: "domestic", "international" or "global"."""
    after = _MARKET_AFTER_RE.match(sentence[figure.end : figure.end + 30])
    if after:
        return MARKETS[after.group("m").lower()]
    before = _MARKET_BEFORE_RE.search(sentence[max(0, figure.start - 50) : figure.start])
    if before:
        return MARKETS[(before.group("m") or before.group("n")).lower()]
    fronted = _MARKET_FRONTED_RE.match(sentence)
    if fronted and "," in sentence[: figure.start]:
        return MARKETS[fronted.group("m").lower()]  # "Overseas, the movie took in $194 million"
    return None


def _bare(word: str) -> str:
    """A word in lower case without its possessive: "Sunday's" is "sunday"."""
    return re.sub(r"[’']s$", "", word.lower())


def scope_after(text: str) -> str | None:
    """A place named right after the figure: "8% in Japan" in a list of countries."""
    found = re.match(r"^\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*)?)", text)
    if not found:
        return None
    name = found.group("place").rstrip(".")
    bare = _bare(name)  # "in Sunday's runoff": a day, not a place
    return place_of(name) or (name if bare not in MONTHS and bare not in WEEKDAYS | TIME_WORDS else None)


def channel_after(text: str) -> str | None:
    """The channel an audience watched on, named right after the figure: "4.5 million on ITV", "18 million
    watched on BBC One"; the channel's audience is the channel's figure."""
    found = _CHANNEL_AFTER_RE.match(text)
    if found is None:
        return None
    name = found.group("name").rstrip(".’'")
    when = name.lower() in MONTHS or name.lower() in WEEKDAYS or name.lower().endswith("day")
    return None if when or place_of(name) else name


_CHANNEL_AFTER_RE = re.compile(
    r"^\s+(?:[a-z]+\s+){0,2}on\s+(?P<name>[A-Z][\w.&’'\-]*(?:\s(?:[A-Z][\w.&’'\-]*|One|Two|Three|Four|\d))?)"
)


#: Words that make a sum raised a running total rather than one round: "has raised $12 billion in total".
_CUMULATIVE_RE = re.compile(
    r"\b(?:in total|a total of|total(?:ling|ing)?|in all|so far|to date|altogether|cumulative(?:ly)?|combined|"
    r"all-time|since (?:its |their )?(?:founding|inception|launch|creation|start)|over (?:its|their) (?:lifetime|history))\b",
    re.I,
)


def cumulative(clause: str) -> str | None:
    """ "in total" where a clause gives a running total of money raised ("has raised $12 billion to date"):
    a round's size and the sum of all rounds are two facts, so the total is its own scope."""
    return "in total" if _CUMULATIVE_RE.search(clause) else None


#: The same marker set off between a measure and its sum: "The deal's value, including debt, is about $64.5bn".
_INCLUSION_BEFORE_RE = re.compile(
    r",\s*(?P<marker>(?:including|excluding|inclusive of|exclusive of|not including|net of)\s+[^,]{2,40}),\s*"
    r"(?:is|was|are|were|stands at|stood at|comes to|came to|totals|totalled|totaled|of|at)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just|over|more than)\s+)?$"
)


def counted_in(figure: Quantity, measure: str | None, clause: str, after: str, before: str = "") -> str | None:
    """What a sum says it counts in or leaves out (:func:`inclusion`, after it or set off just before it),
    else whether a sum raised is a running total (:func:`cumulative`); None for other figures."""
    if figure.kind != "money":
        return None
    set_off = _INCLUSION_BEFORE_RE.search(before)
    return (
        inclusion(after)
        or (inclusion(set_off.group("marker")) if set_off else None)
        or (cumulative(clause) if measure_family(measure)[0] == "funds raised" else None)
    )
