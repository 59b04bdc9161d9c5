"""The whole a count is a part of: "won 101 of the 264 seats", "38 out of 40 on board".

The whole is not the part's owner's figure: the party won 101 seats, and the 264 are the assembly's. Read as one
more count of the party's seats it makes false conflicts ("264 against 102") and takes the part's place when two
sentences are matched. It is read as the total of what it counts, a measure of its own ("total seats"), so it is
only compared with other totals as one measure and with counts of that thing as a related one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .models import Quantity

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
