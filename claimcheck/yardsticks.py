"""Figures a sentence cites as a yardstick for another: a record beaten, a rival matched, last year's total.

News measures a fact against others: "the fee surpasses the £89m Rovers paid for Dalton", "bettering
the $140 million opening of last spring's sequel", "a bigger opening than the summer's hit", "the largest
audience since 2020's 21 million". The figure after such words belongs to the yardstick, another entity's or another
time's, not to the sentence's own subject; two close figures of one measure given to two owners are
one fact misread only where neither is a yardstick.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .models import Quantity

#: Words that set a figure up as the measure of another, just before it: a record held, a rival beaten or
#: matched, an earlier total. "more than", "less than" and their kin are bounds, not comparisons; "compared to"
#: sets two sources' figures for one fact side by side as often as two facts ("16% here, compared to 81% in
#: the capital"), and "broke" is as often "broke into" as "broke the record".
_YARDSTICK_BEFORE_RE = re.compile(
    r"\b(?:surpass\w*|eclips\w*|outpac\w*|outstrip\w*|overtak\w*|exceed\w*|beat(?:s|ing|en)?|better(?:s|ed|ing)|"
    r"trump(?:s|ed|ing)|match(?:es|ed|ing)|equal(?:s|led|ed|ling|ing)|top(?:s|ped|ping)|"
    r"previous(?:ly)?|record (?:set|held)|since|behind|ahead of|smash\w*|shatter\w*|record\s*[–—:]|"
    r"(?<!more )(?<!less )(?<!fewer )(?<!over )(?<!greater )(?<!rather )than)\b",
    re.I,
)
#: How far before a figure (characters of its clause) the yardstick's word may stand: "eclipsing the £100m".
_REACH = 60


def is_yardstick(figure: Quantity) -> bool:
    """Whether ``figure``'s clause sets it up as what another figure is measured against."""
    return _cited_as_yardstick(figure.clause or "", figure.text)


@lru_cache(maxsize=65536)
def _cited_as_yardstick(clause: str, text: str) -> bool:
    at = clause.find(text)
    return at >= 0 and _YARDSTICK_BEFORE_RE.search(clause[max(0, at - _REACH) : at]) is not None
