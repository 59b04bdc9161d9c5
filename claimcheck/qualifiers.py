"""How a writer hedges or moves a figure: "over 700 million", "nearly 30%", "rose 13%".

A figure's ``change`` is one of ``=`` (exact), ``~`` (approximate), ``>`` (more than / at
least), ``<`` (less than / up to), ``up`` or ``down`` (a rise or fall by that amount). The
qualifier also sets the interval the figure allows; see :func:`claimcheck.quantities.read_figures`.
"""

from __future__ import annotations

import re

_MORE = r"more|greater|higher|larger|bigger"
_LESS = r"less|fewer|lower|smaller"
# Comparisons in every order a writer puts them: "more than", "greater than or equal to",
# "equal to or less than", "higher or equal than", "no fewer than", "at least or equal to".
# A bound's hedge stays on the figure's text: "just over", "slightly more than", "well under".
_BY_A_LITTLE = (
    r"(?:(?:just|slightly|a little|a bit|a touch|a shade|fractionally|well|far|much|only|barely|marginally)\s+)?"
)
_QUALIFIERS = {  # "nearly" first: it wins a tie ("just shy of" is nearly, "shy of" under)
    "nearly": r"nearly|near|almost|close to|just shy of|just short of|the best part of",
    ">": rf"{_BY_A_LITTLE}(?:(?:equal to or )?(?:{_MORE})(?: or equal)? than(?: or equal to)?|(?:no|not) (?:{_LESS}) than|"
    r"at least(?: or equal to)?|over|pass(?:ed|es)|surpass(?:ed|es)|top(?:ped|s)|exceed(?:s|ed|ing)?|cross(?:ed|es)|upwards? of|"
    r"in excess of|above|beyond|north of|(?:a )?minimum of|as (?:little|few|low) as)",
    "<": rf"{_BY_A_LITTLE}(?:(?:equal to or )?(?:{_LESS})(?: or equal)? than(?: or equal to)?|(?:no|not) (?:{_MORE}) than|"
    r"up to|as much as|as many as|as high as|below|under|at most|shy of|short of|(?:a )?maximum of|south of|sub-)",
    "~": r"about|around|roughly|approximately|approx\.|c\.|ca\.|some|an estimated|estimated|circa|an approximate|~|"
    r"more or less|in the region of|on the order of|give or take|in the neighbou?rhood of",
}
_SYMBOLS = {">": r">=?|≥|=>", "<": r"<=?|≤|=<", "~": r"≈"}
_QUALIFIER_RE = {
    key: re.compile(
        rf"(?:(?:^|[\s(\"“‘'])(?P<q>{pattern})(?:\s+|(?<=[-~.]))|(?P<q2>{_SYMBOLS.get(key, '(?!)')})\s?)$",
        re.IGNORECASE,
    )
    for key, pattern in _QUALIFIERS.items()
}


def _inflected(stems: str) -> str:
    """Every form of the verbs in ``stems`` ("drop" gives drop, dropped, drops, dropping; "rise:rose,risen"
    names its irregular past), as a pattern's alternatives."""
    forms = []
    for entry in stems.split():
        stem, _, past = entry.partition(":")
        if stem.endswith("e"):
            regular = [stem + "d", stem + "s", stem[:-1] + "ing"]
        elif stem.endswith("y"):
            regular = [stem[:-1] + "ied", stem[:-1] + "ies", stem + "ing"]
        elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", stem):  # "drop", "slip": the consonant doubles
            regular = [stem + stem[-1] + "ed", stem + "s", stem + stem[-1] + "ing"]
        else:
            regular = [stem + "ed", stem + ("es" if stem.endswith(("s", "sh", "ch", "x")) else "s"), stem + "ing"]
        forms += [stem, *(past.split(",") if past else regular[:1]), *regular[1:]]
    return "|".join(forms)


# Verbs that are also nouns ("a spike", "a contract", "the crash") move a figure in their past forms only.
_RISE = "up|spiked|rocketed|ballooned|leapt|leaped|swelled|firmed|accelerated|accelerating|" + _inflected(
    "rise:rose,risen gain jump surge climb increase grow:grew,grown soar add boost lift advance rally rebound "
    "expand widen skyrocket strengthen appreciate recover"
)
_FALL = "down|contracted|crashed|tanked|dived|dove|skidded|slowed|slowing|" + _inflected(
    "fall:fell,fallen drop decline lose:lost slide:slid slip decrease shrink:shrank,shrunk plunge tumble "
    "sink:sank,sunk shed:shed cut:cut reduce lower slash trim ease dip plummet retreat slump sag narrow "
    "weaken soften depreciate evaporate erase wipe"
)
RISE_VERBS = frozenset(_RISE.split("|"))
FALL_VERBS = frozenset(_FALL.split("|")) - {"down"}
#: Verbs that say a figure moved, either way.
MOVE_VERBS = f"{_RISE}|{_FALL}"
_NOUNS_RISE = r"increase|rise|gain|jump|growth|surge"
_NOUNS_FALL = r"decrease|drop|fall|decline|loss|cut"
#: Nouns that say a figure moved, singular or plural: "an increase in fares from 2 to 3".
MOVE_NOUNS = rf"(?:{_NOUNS_RISE}|{_NOUNS_FALL}|hike)s?|losses"
_MOVES = {**dict.fromkeys(_RISE.split("|"), "up"), **dict.fromkeys(_FALL.split("|"), "down")}
_MOVE_NOUNS = {**dict.fromkeys(_NOUNS_RISE.split("|"), "up"), **dict.fromkeys(_NOUNS_FALL.split("|"), "down")}
# "gave up 517 yards", "put down 5": "up"/"down" after these verbs is a particle, not a move.
_PARTICLE_VERBS = frozenset(
    "gave give gives giving given set sets put puts picked pick took take takes made make makes brought bring "
    "turned turn shut signed sign backed back broke break came come comes".split()
)
# "closed 3% higher", "ended 1.4 percent lower": a move written after the amount ("higher than" compares).
_CHANGE_NOUN_AFTER_RE = re.compile(
    rf"^\s*(?:(?P<verb>{_NOUNS_RISE}|{_NOUNS_FALL})\b|(?P<comparative>higher|lower)\b(?!\s+than\b))", re.I
)
_FALL_RE = re.compile(rf"^(?:{_FALL}|halved|(?:{_NOUNS_FALL})(?: of)?)$", re.I)
_BOUND_AFTER_RE = re.compile(
    rf"^\s?(?:(?P<more>\+|(?:or (?:more|above|over|{_MORE})|plus|and (?:above|over|up))\b)"
    rf"|(?P<less>or (?:below|under|{_LESS})\b)|(?P<equal>or equal(?: to)?\b)|(?P<about>or (?:so|thereabouts)\b|-odd\b))",
    re.I,
)
_OR_BEFORE_RE = re.compile(r"^(?:\s+[\w\-]+){0,3},?\s+or\s+(?:about\s+)?$", re.I)
_LIST_BEFORE_RE = re.compile(
    r"^(?:\s+(?:in|for|at)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$"
)
_CONVERSION_BEFORE_RE = re.compile(r"^\s?\(\s?(?:or\s+|about\s+|around\s+)?$|^\s?/\s?$")


def qualifier(before: str) -> tuple[str, int | None]:
    """The qualifier right before a figure and where it starts: ("~", offset) for "about "."""
    tail = before[-40:]
    offset = len(before) - len(tail)
    best: tuple[int, str] | None = None
    for key, pattern in _QUALIFIER_RE.items():
        # All end at the figure; the longest is meant: "no less than" is a lower bound.
        found = pattern.search(tail)
        start = found and (found.start("q") if found.group("q") else found.start("q2"))
        if found and (best is None or start < best[0]):
            best = (start, key)
    if best is None and (rose_past := _ROSE_PAST_RE.search(tail)):
        return ">", offset + rose_past.start("q")  # "soars past $150 billion": beyond it, not at it
    if best is None or best[1] == "<" and _RISEN_TO_RE.search(tail[: best[0]]) and tail[best[0] :].startswith("up to"):
        return "=", None  # "the death toll is now up to 40": where a count has risen to, not a ceiling
    return best[1], offset + best[0]


#: A rise "past" a figure goes beyond it ("soars past $150 billion", "climbed past 1,000"); "the past 10 years" is no
#: bound, so only a verb of rising makes "past" one.
_ROSE_PAST_RE = re.compile(rf"\b(?:{_RISE})\s+(?P<q>past)\s+$", re.I)


#: Before "up to", words that make it where a count stands: "is now up to", "the number of cases ... is up to",
#: "has gone up to", "went up to" (a rise told as done, not "could go up to").
_RISEN_TO_RE = re.compile(
    r"(?:\bnow|\b(?:toll|number|count|tally|total|cases|deaths)\s+(?:[\w-]+\s+){0,4}?(?:is|are|was|were|has gone|"
    r"have gone)|\b(?:has|have|had)\s+gone|\bwent)\s+$",
    re.I,
)


def direction(before: str, after: str) -> str | None:
    """ "up" or "down" when the words around a figure say it moved by that amount, else None.

    Read from the last words before the figure, as words (a set look-up each, not a search):
    "rose 5%", "fell by just 2", "a rise of 3", "cut its forecast by about 1", "a 5% drop".
    """
    words = before[-60:].lower().split() if before[-1:].isspace() else []
    if len(words) > 1 and words[-1] in ("up", "down") and words[-2] in _PARTICLE_VERBS:
        return None
    moved = _moved_before(words) or _moved_by(words)
    if moved:
        return moved
    found = _CHANGE_NOUN_AFTER_RE.match(after)
    if found and found.group("comparative"):
        return "up" if found.group("comparative").lower() == "higher" else "down"
    return _MOVE_NOUNS[found.group("verb").lower()] if found else None


def _moved_before(words: list[str]) -> str | None:
    """ "rose ", "fell by just ", "a rise of ": the move word right before the figure."""
    if words[-2:] == ["a", "further"]:
        words = words[:-2]
    elif words[-1:] and words[-1] in ("just", "only", "another", "an"):
        words = words[:-1]
    elif len(words) > 2 and words[-2] in ("a", "an") and words[-1] in _PRAISE:
        words = words[:-2]  # "jumped an impressive 48%", "fell a whopping 20%"
    if len(words) > 1 and (phrasal := _PHRASAL_MOVES.get((words[-2], words[-1]))):
        return phrasal  # "tacked on 3%", "shaved off 2 points"
    if words[-1:] == ["off"] and len(words) > 1 and words[-2] in _OFF_AFTER:
        return "down"  # market copy: "BHP was off 1.2 per cent"
    if words[-1:] == ["by"]:
        words = words[:-1]
        if words and (raised := _RAISED_BY.get(words[-1])):
            return raised  # "were raised by 5%", "was higher by 3%"
    if words[-1:] == ["of"] and len(words) > 1:
        return _MOVE_NOUNS.get(words[-2].lstrip("(\"'“‘"))
    return _MOVES.get(words[-1].lstrip("(\"'“‘")) if words else None


#: Words that praise a move's size, between its verb and the figure.
_PRAISE = frozenset("impressive whopping staggering stunning massive huge remarkable astonishing hefty".split())
# Market copy's two-word moves: a verb and its particle.
_PHRASAL_MOVES = {
    **{(verb, "on"): "up" for verb in ["put", "puts", "putting", *_inflected("tack pile").split("|")]},
    **{(verb, "off"): "down" for verb in _inflected("knock shave lop wipe").split("|")},
    **{(verb, "out"): "down" for verb in _inflected("wipe").split("|")},
}
_OFF_AFTER = frozenset("is was were are been be closed ended finished traded".split())
# "raised $20 million" is an amount raised, "raised rates by a quarter point" a move: with "by" only.
_RAISED_BY = {**dict.fromkeys(_inflected("raise hike").split("|"), "up"), "higher": "up"}


def _moved_by(words: list[str]) -> str | None:
    """ "cut its forecast by ", "rose in May by about ": a move verb one to three words before "by"."""
    if words[-1:] and words[-1] in ("just", "only", "around", "about"):
        words = words[:-1]
    if words[-1:] != ["by"]:
        return None
    for back in (2, 3, 4):
        if len(words) > back and all(re.fullmatch(r"[\w'’]+", w) for w in words[-back:-1]):
            verb = words[-back - 1].lstrip("(\"'“‘")
            if moved := _MOVES.get(verb) or _RAISED_BY.get(verb):
                return moved
    return None


def passed_mark(before: str, after: str) -> bool:
    """A figure a verb of passing sets as a mark: "crossed the Rs 200 crore mark", "broke the 1,000 barrier". Past
    the mark is more than it, as "crossed Rs 200 crore" is, not the figure reached."""
    return bool(_PASSED_THE_RE.search(before[-40:]) and _MARK_AFTER_RE.match(after))


#: A verb of passing and the article before a mark's figure.
_PASSED_THE_RE = re.compile(
    r"\b(?:pass(?:ed|es|ing)?|surpass(?:ed|es|ing)?|top(?:ped|s|ping)?|exceed(?:ed|s|ing)?|cross(?:ed|es|ing)?|"
    r"breach(?:ed|es|ing)?|broke|break(?:s|ing)?|beat(?:s|ing)?)\s+the\s+$",
    re.I,
)
#: The noun after a figure that makes it a mark.
_MARK_AFTER_RE = re.compile(r"^[\s\-]*(?:mark|milestone|barrier|threshold)\b", re.I)


def bound_after(after: str) -> tuple[str | None, int]:
    """The bound written after a figure ("or more" is ``>``, "or less" ``<``, "or equal" ``=``, "or so" ``~``)
    and its length."""
    found = _BOUND_AFTER_RE.match(after)
    if not found:
        return None, 0
    return {"more": ">", "less": "<", "equal": "=", "about": "~"}[found.lastgroup], found.end()


def inherits_change(between: str, previous_change: str, change: str) -> str:
    """A figure restating the one before takes its change.

    "lost 190 points, or 0.6%" is a fall of 0.6%; "more than 100 km (60 miles)" is more
    than 60 miles; "rose 12% in China, 8% in Japan" is two rises. ``between`` is the text from the previous figure's end to this one.
    """
    if change != "=":
        return change
    if previous_change in ("up", "down") and (
        _OR_BEFORE_RE.match(between) or _BY_ALONE_RE.search(between) or _LIST_BEFORE_RE.match(between)
    ):
        return previous_change
    if previous_change != "=" and _CONVERSION_BEFORE_RE.match(between):
        return previous_change
    return change


# "fell to 49.55", "doubled to 4,000", "climbed to a two-year high of 4.2%": the level a move reached.
_MOVED_TO_RE = re.compile(
    rf"\b(?P<verb>{_RISE}|{_FALL}|doubled|tripled|quadrupled|halved)\s+(?:down\s+|up\s+|back\s+)?to\s+"
    r"(?:(?:a|an|its|their)\s+(?:[\w\-]+\s+)?(?:high|low|record|peak|level)\s+of\s+)?$",
    re.I,
)
_NOUN_CHANGE_AFTER_RE = re.compile(rf"^\s*(?:{_NOUNS_RISE}|{_NOUNS_FALL}|higher|lower)\b", re.I)
_NOUN_CHANGE_BEFORE_RE = re.compile(rf"\b(?:{_NOUNS_RISE}|{_NOUNS_FALL}) of\s+$", re.I)
_BOUND_VERB_RE = re.compile(
    r"\b(?:pass(?:ed|es)|surpass(?:ed|es)|top(?:ped|s)|exceed(?:ed|s)|cross(?:ed|es))\s+$", re.I
)
_AVERAGED_RE = re.compile(r"\baverag(?:ed|ing|es)\s+$", re.I)
_BY_ALONE_RE = re.compile(r"(?:^|[,;]\s*)[A-Z][\w&.\- ]{0,40}\s+by\s+$")


def newsquant_change(before: str, after: str, change: str, qualified: bool) -> str:
    """A figure's change by the NewsQuant annotation convention (see ``read_figures``)."""
    tail = before[-60:]
    if change in ("up", "down") and (_NOUN_CHANGE_AFTER_RE.match(after) or _NOUN_CHANGE_BEFORE_RE.search(tail)):
        return "="
    if change == ">" and _BOUND_VERB_RE.search(tail):
        return "="
    if change == "=" and not qualified:
        if moved := _MOVED_TO_RE.search(tail):
            return "down" if _FALL_RE.match(moved.group("verb")) else "up"
        if _AVERAGED_RE.search(tail):
            return "~"
    return change
