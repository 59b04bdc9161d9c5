"""Figures written in lists: each count keeps its own place and the noun and verb the list writes once, and a
figure told of several owners "each" is each one's.

"105 people have died in Hatay and 52 in Adana": the 52 are Adana's, and they died too; "Wei and Liu were fined
1 million yuan each": Wei's fine, and Liu's; "A and B raised $560 million and $620 million (respectively)": each
name its figure, in order.
"""

from __future__ import annotations

import re

from .entities import Mention
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


def respective_subjects(sentence: str, figures: list[Quantity], names: list[Mention]) -> dict[int, str]:
    """Map figures to subjects in order when the sentence says "respectively", or each to the name right after
    it where a list gives two or more that way ("£2.9 million by the Ministry of Defence, £2.6 million by the
    Department for Transport"): a list item's owner follows its figure, not the item before."""
    if "respectively" not in sentence.lower() or len(figures) < 2:
        return _listed_in_order(sentence, figures, names) or _listed_owners(sentence, figures, names)
    kinds = [f.kind for f in figures]
    listed = [i for i, f in enumerate(figures) if f.kind == max(set(kinds), key=kinds.count)]
    owners = [m for m in names if m.start < figures[listed[0]].start and not m.is_place and not m.is_source]
    if len(owners) < len(listed):
        return {}
    chosen = owners[-len(listed) :]
    return {index: owner.name for index, owner in zip(listed, chosen)}


def _listed_in_order(sentence: str, figures: list[Quantity], names: list[Mention]) -> dict[int, str]:
    """A list of figures after a list of as many names, each name its figure in order, as "respectively" says
    unwritten: "the records of Hera and Vela, which took 52 crore and 50 crore" gives Vela 50, not 52."""
    run = _joined_run(sentence, [(f.start, f.end) for f in figures])
    if run is None or len({(figures[i].kind, figures[i].unit) for i in run}) > 1:
        return {}
    if re.search(r"\b(?:between|from)\s+(?:\S+\s+){0,2}$", sentence[: figures[run[0]].start], re.IGNORECASE):
        return {}  # "between 52 and 50": the two ends of one figure
    owners = [m for m in names if m.end <= figures[run[0]].start and not m.is_source]
    chain = _joined_run(sentence, [(m.start, m.end) for m in owners], last=True)
    if chain is None or len(chain) != len(run):
        return {}
    return {index: owners[at].name for index, at in zip(run, chain)}


def _joined_run(sentence: str, spans: list[tuple[int, int]], last: bool = False) -> list[int] | None:
    """The first (or last) run of two or more spans joined as one list ("A, B and C", "A (2019) and B")."""
    runs: list[list[int]] = []
    for index in range(len(spans)):
        if index and _LIST_JOIN_RE.fullmatch(_ASIDE_RE.sub("", sentence[spans[index - 1][1] : spans[index][0]])):
            runs[-1].append(index)
        else:
            runs.append([index])
    runs = [run for run in runs if len(run) >= 2]
    return (runs[-1] if last else runs[0]) if runs else None


#: What joins two items of one list, and an aside in brackets an item may carry ("War (2019) and KGF").
_LIST_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")
_ASIDE_RE = re.compile(r"\s*\([^()]*\)")


def _listed_owners(sentence: str, figures: list[Quantity], names: list[Mention]) -> dict[int, str]:
    """Each figure a name follows right after "by", "for" or "from", where two or more figures of one kind do."""
    starts = {m.start: m for m in names if not m.is_source}
    owners = {}
    for index, figure in enumerate(figures):
        item = _LIST_OWNER_RE.match(sentence, figure.end)
        if item is not None and item.end() in starts:
            owners[index] = starts[item.end()].name
    kinds = {figures[index].kind for index in owners}
    return owners if len(owners) >= 2 and len(kinds) == 1 else {}


#: Between a list item's figure and its owner: "£2.6 million by the Department", "$40 million for Orbex".
_LIST_OWNER_RE = re.compile(r"\s+(?:by|for|from)\s+(?:the\s+)?")
