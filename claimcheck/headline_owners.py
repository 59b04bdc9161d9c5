"""Whose a figure in a headline is, read from the names its story's articles give figures to.

A headline in title case capitalises every word, so capitals there say nothing of names:
"Orbex Shares Tank Over 9%, Suffer Record $279 Billion Loss" gives its figures to "Record" and
"Suffer Record". The story's running text is where names are written as names: where the
headline writes an owner the story's sentences give figures to (the first such, as headlines
lead with whom they are about), the figure's capitals-read owner is dropped and that name is
its topic, as a story's topic is an unnamed figure's (:mod:`claimcheck.topics`): kept beside
that name's figures for review, never a conflict on a guess. A headline whose read owner is
such a name keeps it; one naming none of them keeps what was read only where its article's running text writes that
name too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .entities import Aliases, is_named
from .models import Claim
from .words import place_of

#: A capitalised word or initialism: "Nvidia", "U.S.", "Boar's".
CAPITALISED_WORD_RE = re.compile(
    r"(?<![\w$.])(?:[A-Z]\.){2,}|(?<![\w$])[A-Z][\w&\-]*[\w](?:['’]s)?(?![\w$])|(?<![\w$])[A-Z](?=[\s,.;:])"
)
_LOWER_WORD_RE = re.compile(r"\b[a-z]{4,}")
_END_STOP_RE = re.compile(r"[.!?][\"”’)]*\s*$")
_WORD_RE = re.compile(r"[A-Za-z][\w'’\-]*")


def is_title_case(line: str) -> bool:
    """Whether ``line`` is a headline in title case ("Tesla Lays Off 14,000 Staff Amid Slowdown"): three capitalised
    words or more, no full stop at its end, hardly a word of four letters or more in lower case."""
    return (
        len(CAPITALISED_WORD_RE.findall(line)) >= 3
        and not _END_STOP_RE.search(line)
        and len(_LOWER_WORD_RE.findall(line)) <= 1
    )


def with_headline_owners(claims: list[Claim], story_of: dict, aliases: Aliases) -> list[Claim]:
    """``claims`` with each article's headline (its first line, in title case) giving its figures, as their topic,
    to the first name in it that its story's running text gives figures to, where the owner read from its capitals
    is none of them.
    Lines of a table or a list in title case ("Largest Saturday: $109 million") are no headline: left alone."""
    owners: dict = defaultdict(dict)  # story -> {canonical name: the name as first written}
    for claim in claims:
        if claim.quantities and not is_title_case(claim.text):
            story = owners[story_of.get(claim.doc_id)]
            for figure in claim.quantities:
                if is_named(figure.subject):
                    story.setdefault(aliases.canonical(figure.subject), figure.subject)
    running: dict = defaultdict(list)  # document -> its running text's sentences, headline aside
    for claim in claims:
        if not (claim.start == 0 and is_title_case(claim.text)):
            running[claim.doc_id].append(claim.text)
    out = []
    for claim in claims:
        known = owners.get(story_of.get(claim.doc_id))
        if not (claim.start == 0 and claim.quantities and known and is_title_case(claim.text)):
            out.append(claim)
            continue
        named = _first_known(claim.text, known, aliases)
        if named is None:
            out.append(_capitals_dropped(claim, " ".join(running.get(claim.doc_id, ()))))
            continue
        figures = tuple(
            figure
            if is_named(figure.subject) and aliases.canonical(figure.subject) in known
            else replace(figure, subject=None, topic=named)
            for figure in claim.quantities
        )
        out.append(replace(claim, quantities=figures))
    return out


def _capitals_dropped(claim: Claim, running: str) -> Claim:
    """The headline's figures without an owner its capitals alone made ("Train Derailed After Colliding With A
    Construction Truck"): one its own article's running text never writes is no name."""
    figures = tuple(
        replace(figure, subject=None)
        if is_named(figure.subject)
        and not place_of(figure.subject)  # a place is written under its table name ("British": United Kingdom)
        and not re.search(rf"(?<![\w-]){re.escape(figure.subject)}(?![\w-])", running)
        else figure
        for figure in claim.quantities
    )
    return replace(claim, quantities=figures)


def _first_known(text: str, known: dict, aliases: Aliases) -> str | None:
    """The first run of one to four words in ``text`` that is a known owner, as the story first wrote it."""
    words = list(_WORD_RE.finditer(text))
    for start in range(len(words)):
        for length in (4, 3, 2, 1):
            if start + length > len(words):
                continue
            span = text[words[start].start() : words[start + length - 1].end()]
            span = re.sub(r"['’]s$", "", span)
            if not span[:1].isupper():
                continue
            key = aliases.canonical(span)
            if key in known:
                return known[key]
    return None
