"""The event a temporal clause ties a figure to: "150 mph winds when it made landfall" are the landfall's; and
whether a magnitude is another quake's ("followed by a 6.4 aftershock", "a second of magnitude 5.5").

Read from the dependency parse (:mod:`claimcheck.parsing`), whether the figure sits in the "when"
clause or in the clause it modifies; :mod:`claimcheck.timing` uses it to date a figure by its event.
"""

from __future__ import annotations

import re

from .models import Quantity
from .names import VERBS
from .parsing import parse

#: Marks of a temporal clause: "when it made landfall", "after the vote" ("as" and "while" also contrast or give
#: a cause, so they date nothing).
_WHEN = frozenset("when after before once until".split())


def event_of(sentence: str, start: int, end: int) -> str | None:
    """The event a temporal clause ties the figure at ``sentence[start:end]`` to ("make landfall" in "Ian
    had 150 mph winds when it made landfall"), whether the figure is in that clause or in the one it modifies."""
    doc = parse(sentence)
    inside = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not inside:
        return None
    token = next((t for t in inside if t.head not in inside or t.head == t), inside[-1])
    for _ in range(6):
        if token.dep_ == "advcl" and _temporal(token):
            return _event_words(token)
        for child in token.children:
            if child.dep_ == "advcl" and child.pos_ in VERBS and _temporal(child):
                return _event_words(child)
        if token.head == token:
            return None
        token = token.head
    return None


def _temporal(verb) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN for c in verb.children)


def _event_words(verb) -> str:
    """The clause as written, from its mark to its object: "when it made landfall"."""
    kept = [c for c in verb.children if c.dep_ in ("mark", "advmod", "nsubj") and c.i < verb.i]
    kept += [c for c in verb.children if c.dep_ in ("dobj", "attr", "acomp", "oprd", "prt") and c.i > verb.i][:1]
    return " ".join(t.text.lower() for t in sorted([*kept, verb], key=lambda t: t.i))


def another_shock(sentence: str, figure: Quantity) -> bool:
    """Whether the quake word nearest a magnitude is "aftershock" ("followed by several aftershocks, including one of
    6.4"), not "quake" ("the 7.7 magnitude quake")."""
    if _ANOTHER_SHOCK_RE.search(sentence[max(0, figure.start - 40) : figure.start]):
        return True  # "the main shock was followed by a second of magnitude 5.5": another quake's
    found = [
        (min(abs(m.start() - figure.end), abs(figure.start - m.end())), m.group(0).lower())
        for m in _SHOCK_RE.finditer(sentence)
    ]
    return bool(found) and min(found)[1].startswith("aftershock")


_ANOTHER_SHOCK_RE = re.compile(
    r"\b(?:a second|a third|another|a further|a later)(?:\s+(?:(?:earth)?quake|tremor|temblor|shock|one))?"
    r"(?:\s+(?:of|measuring|with a magnitude of|of magnitude))?\s*(?:magnitude\s*)?-?\s*$",
    re.I,
)
_SHOCK_RE = re.compile(r"\b(?:aftershocks?|(?:earth)?quakes?|tremors?|temblors?|shocks?)\b", re.I)
