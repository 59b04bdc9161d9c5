"""One article's list and table lines: items of a list, not one fact restated.

An article that lists records ("Fastest to $100 Million: 1 Day", "Fastest to $250 Million: 3 Days") or a
table of prizes ("Men's singles: £2,700,000", "Men's wheelchair doubles: £80,000") writes its lines alike;
their figures differ because the lines are different rows. :func:`claimcheck.evidence.weigh_evidence`
never sets two rows of one article against each other.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .models import Quantity
from .numbers import NUMBER_WORDS


def list_items(qa: Quantity, qb: Quantity) -> bool:
    """Two figures of one article that are items of a list or rows of a table."""
    return _one_template(qa, qb) or _two_labelled_lines(qa, qb)


def _one_template(qa: Quantity, qb: Quantity) -> bool:
    """Two clauses written alike but for their numbers, a plural and what they add in brackets: the lines of a
    list or a table ("Fastest to $100 Million: 1 Day", "Fastest to $250 Million: 3 Days")."""
    return bool(qa.clause) and _template(qa.clause) == _template(qb.clause or "")


def _two_labelled_lines(qa: Quantity, qb: Quantity) -> bool:
    """Two lines of one article's table, each a label and its figures ("Men's and Women's singles: £35,884,000
    (11.6%)", "Men's and Women's Wheelchair Doubles: £80,000 (45.5%)"): two labels are two rows, not one restated."""
    labels = [_LABEL_RE.match(q.clause or "") for q in (qa, qb)]
    if not all(labels) or any(q.clause.find(q.text) < label.end() for q, label in zip((qa, qb), labels)):
        return False
    return labels[0].group("label").strip().lower() != labels[1].group("label").strip().lower()


#: A table line's label before its figures: "Men's singles: ", "- Domestic Opening Weekend: ".
_LABEL_RE = re.compile(r"^\s*(?:[-•*]\s*)?(?P<label>[^:\d]{2,80}):\s")


@lru_cache(maxsize=65536)
def _template(clause: str) -> str:
    """A clause with its numbers, bracketed asides and plural endings taken out."""
    bare = _NUMBERS_RE.sub("#", _BRACKETED_RE.sub("", clause)).lower()
    return _PLURAL_RE.sub("", bare).strip()


_NUMBERS_RE = re.compile(rf"\d[\d.,]*|\b(?:{NUMBER_WORDS})\b", re.I)
#: A bracketed aside, closed or cut off: "(Avengers: Infinity War)", "(Pre. 3 days by".
_BRACKETED_RE = re.compile(r"\s*\([^)]*(?:\)|$)")
_PLURAL_RE = re.compile(r"(?<=[a-z]{3})s\b")
