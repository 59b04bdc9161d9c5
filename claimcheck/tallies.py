"""Vote tallies: "passed 311-112", "by a vote of 366 to 58", "MPs rejected it by 432 votes to 202".

A tally is two figures, the votes for and the votes against: never a range, a score or a model number
("747-8"), and never two counts of one measure (that would set 311 against 112 as one fact). Which side
each number is comes from the verb: a motion passed or backed won, so its larger number is for it; one
rejected or defeated lost, so its larger number is against it. Without such a verb the first is for,
as tallies are written ("a 366-58 vote"). A count with its side written after it ("320 votes in favour
and 112 against") keeps that side.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from .atoms import build
from .models import Quantity
from .parsing import parse

__all__ = [
    "VOTES_AGAINST",
    "VOTES_FOR",
    "Tally",
    "tally_figures",
    "vote_side",
    "vote_tallies",
    "voted_on",
    "voter",
    "votes_listed",
]

VOTES_FOR = "votes for"
VOTES_AGAINST = "votes against"

_NUMBER = r"\d{1,3}(?:,\d{3})*"
_TALLY_RE = re.compile(
    rf"(?<![\d.,$£€¥\w])(?P<a>{_NUMBER})"
    rf"(?P<sep>\s?[-–—]\s?|\s+(?:votes?\s+)?to\s+)"
    rf"(?P<b>{_NUMBER})(?![\d%\w]|[.,]\d)"
)
#: A verb that a tally in its clause counts the votes of; "passed" and "approved" win, the rest lose.
_WON_RE = r"pass(?:ed|es)?|approv(?:ed|es|e)|adopt(?:ed|s)?|back(?:ed|s)?|clear(?:ed|s)?|ratif(?:ied|ies|y)|endorsed|confirmed|upheld|overr(?:ode|ide)"
_LOST_RE = r"reject(?:ed|s)?|defeat(?:ed|s)?|vot(?:ed|es|e)\s+down|block(?:ed|s)?|sank|killed|struck\s+down"
_VERB_BEFORE_RE = re.compile(
    rf"\b(?:(?P<won>{_WON_RE})|(?P<lost>{_LOST_RE})|(?P<vote>vot(?:ed|es|e|ing)|ballot(?:ed)?))\b(?P<gap>[^;:.!?\d]{{0,60}})$",
    re.I,
)
#: Words that make the two numbers a tally by themselves: "by a vote of", "a 366-58 vote", "votes to".
_VOTE_BEFORE_RE = re.compile(r"\b(?:a\s+vote\s+of|by\s+a\s+(?:margin|tally)\s+of|tally\s+of)\s+$", re.I)
_VOTE_AFTER_RE = re.compile(r"^\s?(?:votes?|vote\s+margin|tally|margin|decision|ruling|in\s+favou?r)\b", re.I)
#: What may follow a tally: a clause's end or a word that carries on the sentence, never a counted noun
#: ("approved 3 to 5 new projects" counts projects).
_AFTER_TALLY_RE = re.compile(
    r"^(?:\s*$|\s*[,;.)—–-]|\s+(?:on|in|with|after|to|and|margin|vote|votes|against|for|majority|earlier|late|"
    r"early|last|this|yesterday|today|tonight|Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"(?:in|at)\s+the)\b)",
    re.I,
)
_RANGE_BEFORE_RE = re.compile(r"\b(?:from|between|aged?|ages)\s+$", re.I)
#: A game's words between the verb and the numbers: "backed by their fans, won 3-1" is a score.
_GAME_RE = re.compile(
    r"\b(?:won|wins?|beat|beats|lost|lose|drew|draw|led|leads?|trail\w*|scor\w*|goals?|points?)\b", re.I
)
_SIDE_AFTER_RE = re.compile(
    r"^\s?(?:votes?\s+)?(?:(?P<for>in\s+favou?r|for\b|yes\b|ayes?\b|yeas?\b|to\s+approve|backing)"
    r"|(?P<against>against|opposed|no\b|noes\b|nays?\b|to\s+reject))",
    re.I,
)

#: After a count of voters, the side they took: "112 Republicans voted against", "101 backing the package",
#: "101 voted in favor", "22 senators who opposed it".
_VOTERS_SIDE_AFTER_RE = re.compile(
    r"^\s+(?:[A-Za-z][\w.-]*\s+){0,5}?(?:who\s+|had\s+|have\s+)?(?:"
    r"(?:vot(?:ed|ing|e)|came\s+out|cast\s+(?:their\s+)?votes?)\s+(?:it\s+)?"
    r"(?:(?P<for>in\s+favou?r|for\b|yes\b)|(?P<against>against|no\b))"
    r"|(?P<for2>back(?:ed|ing)|support(?:ed|ing)|endors(?:ed|ing))"
    r"|(?P<against2>oppos(?:ed|ing)|reject(?:ed|ing)))",
    re.I,
)
#: Words that make backing or opposing a vote's side: "backing the aid package", "opposed the bill".
_VOTE_TALK_RE = re.compile(
    r"\b(?:vot\w*|ballots?|bill|motion|measure|legislation|resolution|amendment|referendum)\b", re.I
)

#: After a share, the side its voters took: "52 per cent voted No", "66.4% of voters voting in favour".
_SHARE_SIDE_AFTER_RE = re.compile(
    r"^\s?(?:of\s+(?:the\s+|all\s+)?(?:electorate|voters|votes?(?:\s+cast)?|ballots(?:\s+cast)?)\s+)?"
    r"(?:(?:(?:had|have|has)\s+)?(?:vot(?:ed|ing|e)|came\s+out|backed|opted)\s+(?:in\s+)?|(?:cast\s+)?for\s+the\s+)['‘\"]?"
    r"(?:(?P<for>yes\b|in\s+favou?r|for\b)|(?P<against>no\b|against))",
    re.I,
)
#: Before a share, the side it is of: "a Yes vote of 68%", "the 'No' side won 51%".
_SHARE_SIDE_BEFORE_RE = re.compile(
    r"['‘\"]?\b(?:(?P<for>yes)|(?P<against>no))['’\"]?\s+(?:vote|votes|side|camp|campaign)\b[^.;,]{0,30}$", re.I
)
#: What a vote is on: "the Ukraine aid bill", "the Taiwan measure", "aid to Israel".
_MOTIONS = frozenset(
    "bill measure package legislation resolution amendment motion act treaty agreement deal plan budget".split()
)
_RECEIVER_RE = re.compile(
    r"\b(?:aid|funding|support|assistance|weapons|money|bill|measure|package|legislation)\s+(?:for|to)"
    r"(?:\s+(?:support|help|fund|aid|arm|assist))?\s+(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)"
)


class Tally(NamedTuple):
    """The two numbers of one tally, where each is written and which side it counts."""

    first: tuple[int, int]  #: Span of the first number in the sentence.
    second: tuple[int, int]  #: Span of the second number.
    first_side: str  #: :data:`VOTES_FOR` or :data:`VOTES_AGAINST`.
    second_side: str


def vote_tallies(sentence: str) -> list[Tally]:
    """Every vote tally in ``sentence``: two numbers a vote's wording frames, each side named."""
    tallies = []
    for match in _TALLY_RE.finditer(sentence):
        before, after = sentence[: match.start()], sentence[match.end() :]
        if _RANGE_BEFORE_RE.search(before):
            continue  # "raise the age from 62 to 64", "between 40 and 50": a move or a range
        verb = _VERB_BEFORE_RE.search(before)
        named = _VOTE_BEFORE_RE.search(before) or _VOTE_AFTER_RE.match(after) or "vote" in match.group("sep")
        if not (named or (verb and _AFTER_TALLY_RE.match(after))) or (verb and _GAME_RE.search(verb.group("gap"))):
            continue
        a, b = (float(match.group(n).replace(",", "")) for n in ("a", "b"))
        if verb and verb.group("won"):
            first_for = a >= b  # the side that won is the larger
        elif verb and verb.group("lost"):
            first_for = a < b
        else:
            first_for = True  # "a 366-58 vote", "voted 79 to 18": the votes for first
        sides = (VOTES_FOR, VOTES_AGAINST) if first_for else (VOTES_AGAINST, VOTES_FOR)
        tallies.append(Tally(match.span("a"), match.span("b"), *sides))
    return tallies


def vote_side(sentence: str, end: int) -> str | None:
    """The side a count of votes names right after it: "320 votes in favour", "112 against"."""
    side = _SIDE_AFTER_RE.match(sentence[end:])
    if side is None:
        return None
    return VOTES_FOR if side.group("for") else VOTES_AGAINST


def voters_side(sentence: str, end: int) -> str | None:
    """The side a count of voters took, said right after it: "112 Republicans voting against it"."""
    side = _VOTERS_SIDE_AFTER_RE.match(sentence[end:])
    if side is None or (side.group("for2") or side.group("against2")) and not _VOTE_TALK_RE.search(sentence):
        return None  # "5,000 people backing its products" take no side in any vote
    return VOTES_FOR if side.group("for") or side.group("for2") else VOTES_AGAINST


def share_side(sentence: str, start: int, end: int) -> str | None:
    """The side a share of a vote is of: "52 per cent voted No", "66.4% of voters voting in favour", "a Yes
    vote of 68%", "the No side won 51%"."""
    side = _SHARE_SIDE_AFTER_RE.match(sentence[end:]) or _SHARE_SIDE_BEFORE_RE.search(
        sentence[max(0, start - 60) : start]
    )
    if side is None:
        return None
    return VOTES_FOR if side.group("for") else VOTES_AGAINST


def voted_on(sentence: str, start: int, end: int) -> str | None:
    """The name of what the vote between ``start`` and ``end`` is on ("the Ukraine aid bill" -> "Ukraine"),
    which tells one bill's tally from another's in a story about a package of them; the chamber that voted
    is where, not whose."""
    for token in parse(sentence):
        if not (start <= token.idx < end and token.lower_.removesuffix("s") in _MOTIONS):
            continue
        names = [
            t for t in token.subtree if t.i < token.i and t.dep_ in ("compound", "nmod", "amod") and t.pos_ == "PROPN"
        ]
        if names and token.i - names[0].i <= 4:
            return names[0].text
    receiver = _RECEIVER_RE.search(sentence, start, end)
    return receiver.group("name") if receiver else None


def voter(sentence: str, start: int, end: int) -> str | None:
    """Who cast the votes: the named body that passed or rejected the motion ("The House passed", "cleared
    the Senate"), so that one chamber's tally is never set against another's. Members named by a common noun
    ("lawmakers", "MPs") are no body: None."""
    for token in parse(sentence):
        if not (start <= token.idx < end and token.pos_ in ("VERB", "AUX") and token.dep_ in ("ROOT", "conj", "advcl")):
            continue
        for child in token.children:
            if child.dep_ in ("nsubj", "dobj", "agent", "pobj") and child.pos_ == "PROPN":
                if child.lower_.removesuffix("s") in _MOTIONS:
                    continue
                if voted_on(sentence, child.idx, child.idx + len(child.text)) is None:
                    return " ".join(t.text for t in child.subtree if t.pos_ == "PROPN")
    return None


def votes_listed(sentence: str, figures: list[Quantity]) -> list[Quantity]:
    """ "311 votes in favour, 112 against": the bare count after a count of votes counts votes too."""
    if not any(f.unit == "vote" for f in figures):
        return figures
    return [
        replace(f, unit="vote") if f.kind == "count" and not f.unit and vote_side(sentence, f.end) else f
        for f in figures
    ]


def tally_figures(sentence: str, tallies: list[Tally], date: str | None) -> list[Quantity]:
    """Each number of a vote tally as its side's count of votes ("passed 311-112": 311 for, 112 against)."""
    found = []
    for tally in tallies:
        for (start, end), side in ((tally.first, tally.first_side), (tally.second, tally.second_side)):
            value = float(sentence[start:end].replace(",", ""))
            fresh = Quantity("", 0, 0, value, None, None, "count", "vote", 0.0, None, None, measure=side)
            built = build(sentence, start, end, fresh, value, value, 0.0, 1.0, "=", date)
            if built is not None:
                found.append(built)
    return found
