"""The whole a count is a part of: "won 101 of the 264 seats", "38 out of 40 on board".

The whole is not the part's owner's figure: the party won 101 seats, and the 264 are the assembly's. Read as one
more count of the party's seats it makes false conflicts ("264 against 102") and takes the part's place when two
sentences are matched. It is read as the total of what it counts, a measure of its own ("total seats"), so it is
only compared with other totals as one measure and with counts of that thing as a related one. Two articles' figures
are parts of one whole where one sentence adds another figure to its own to make the other's ("X and Y add up to
Z": :func:`parts_of_whole`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .counted import counted_noun
from .intervals import adds_up_to
from .models import Claim, Quantity

#: Before a later figure, words that make it a part of the one before: ", with 137 in", ", including 12".
PART_BEFORE_RE = re.compile(r"[,;(—–-]\s*(?:with|including|of which|among them|among whom)\s+$", re.I)
#: The words that lead from a part to its whole: " of the ", " out of ", " of all ".
_OF_WHOLE = r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?"
#: Right after a count, the whole it is a part of: "of the 543", "out of 242", "of all 27".
WHOLE_AFTER_RE = re.compile(_OF_WHOLE + r"(?P<whole>\d[\d,]*)\b(?!\.\d)")
#: What stands between a part and its whole: "101 of the 264", "143 seats out of 577", "12 of a total of 40".
_BETWEEN_RE = re.compile(r"^(?:\s+[a-z]+)?" + _OF_WHOLE + r"(?:a\s+total\s+of\s+)?$")


def as_wholes(sentence: str, figures: list[Quantity]) -> list[Quantity]:
    """``figures`` with each count that is the whole of the count before it read as a total, with no owner the
    part's owner gives it ("The alliance took 182 of the 577 seats": 577 total seats, not the alliance's)."""
    read = list(figures)
    for index in range(1, len(read)):
        part, whole = read[index - 1], read[index]
        if part.kind != "count" or whole.kind != "count" or not _BETWEEN_RE.match(sentence[part.end : whole.start]):
            continue
        if part.normalized is None or whole.normalized is None or whole.normalized < part.normalized:
            continue  # a part is no larger than its whole: "40 of 3 buses" is two counts
        measure = whole.measure or whole.unit or part.measure
        total = measure if measure and measure.split()[0] == "total" else " ".join(filter(None, ["total", measure]))
        owner = None if whole.subject == part.subject else whole.subject
        read[index] = replace(whole, measure=total, subject=owner)
    return read


def parts_of_whole(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> str | None:
    """ "X and Y add up to Z" where one figure and another of its sentence make the other claim's figure."""
    for part, claim, whole in ((qa, a, qb), (qb, b, qa)):
        # "214 injured, with 95 already treated": a part given of the figure is inside it, never added to it
        addends = [q for q in claim.quantities if not _part_given_of(claim.text, q, part)]
        other = adds_up_to(part, _counting_alike(part, addends), whole)
        if other is not None:
            return f"{part.text} and {other.text} add up to {whole.text}"
    for part, whole, claim in ((qa, qb, b), (qb, qa, a)):
        # "a $50 million posting fee, bringing the total to $375 million" against "a $325 million deal": the whole's
        # own sentence adds the rest to the other article's figure
        if not whole.normalized or part.normalized < _PART_SHARE * whole.normalized:
            continue
        kin = [q for q in claim.quantities if q.kind == whole.kind]
        if len(kin) > _ADDED_AT_MOST:
            continue  # a list's figures ("Arizona (1), Florida (3)...") add up to others by chance
        added = [
            q
            for q in kin
            if q is not whole
            and q.normalized >= _PART_SHARE * whole.normalized
            and _told_as_added(claim.text, q, whole)
        ]
        other = adds_up_to(part, _counting_alike(part, added), whole)
        if other is not None:
            return f"{part.text} and {other.text} add up to {whole.text}"
    return None


def _part_given_of(text: str, figure: Quantity, whole: Quantity) -> bool:
    """``figure`` comes right after ``whole`` as a part of it: "214 injured, with 95 already treated"."""
    return whole.end <= figure.start and bool(PART_BEFORE_RE.search(text[whole.end : figure.start]))


def _counting_alike(part: Quantity, figures) -> list[Quantity]:
    """The figures that may add to ``part``: for a count of something, counts of the same thing (the dead, not a
    crowd); for anything else, all of them (:func:`adds_up_to` keeps those of its kind and unit)."""
    if part.kind != "count" or not part.unit:
        return list(figures)
    counted = counted_noun(part)
    return [q for q in figures if q.kind == "count" and q.unit and counted_noun(q) == counted]


def _told_as_added(text: str, added: Quantity, whole: Quantity) -> bool:
    """The sentence adds ``added`` to something ("plus £4.4bn", "an additional $182 million", "including a £2m
    donation") or gives ``whole`` as a total ("bringing the total to $375 million", "for a worldwide $248 million")."""
    return bool(
        _ADDED_RE.search(text[max(0, added.start - _CUE_REACH) : added.start])
        or _TOTAL_RE.search(text[max(0, whole.start - _CUE_REACH) : whole.start])
    )


#: Words that add the figure after them to another.
_ADDED_RE = re.compile(
    r"\b(?:plus|includ(?:ing|es|ed)|in addition(?: to)?|additional|another|a further|on top of|add-ons?)\b"
    r"[^\d]{0,25}$",
    re.I,
)
#: Words that give the figure after them as a total.
_TOTAL_RE = re.compile(
    r"\b(?:(?:bringing|taking|brings|takes|bring|take) (?:the|its|their) (?:total|tally|overall)(?: \w+)? to|"
    r"(?:a|the) total of|for a (?:total|combined|worldwide|global)(?: \w+)?(?: of)?|in total|all-in|"
    r"combined total of)[^\d]{0,12}$",
    re.I,
)
#: How far before a figure the words that add it or make it a total may stand.
_CUE_REACH = 60
#: More figures of one kind than this in the whole's sentence make a list, whose figures add up by chance.
_ADDED_AT_MOST = 4
#: Each part a sentence adds must be a sizeable share of the whole: small figures add up to others by chance.
_PART_SHARE = 0.1
