"""Arithmetic a sentence states: recompute it from the sentence's own figures, as statcheck does for p-values.

Six kinds of statement are recognised from the figures :func:`claimcheck.quantities.read_figures`
finds and the words around them:

- ``change``: a move and its two levels ("rose 31.6% from HK$38 to HK$50", "fell 12% to $44.20
  from $50.30", "more than doubled from 30 to 50");
- ``conversion``: a sum and its conversion in parentheses ("HK$7.8 billion (US$1 billion)"), at
  the ECB rate of the article's date;
- ``total``: parts and the total the sentence gives them ("$560 million and $620 million,
  together $1.18 billion");
- ``multiple``: "N times" a figure the sentence gives, against the other figure;
- ``shares``: shares the sentence says make up the whole ("45% coal, 30% gas and the remaining
  25% renewables"), against 100%;
- ``ratio``: a share of a population and the count it makes ("one in five of its 1.5 million
  residents, about 300,000 people").

The interval arithmetic is in :mod:`claimcheck.rounding`, the levels a statement takes in
:mod:`claimcheck.levels`, and each kind of statement in its own module:
:mod:`claimcheck.moves` (changes and multiples), :mod:`claimcheck.conversions` and
:mod:`claimcheck.totals` (totals, shares and ratios).
"""

from __future__ import annotations

import hashlib
import re

from .claims import stage_warning
from .conversions import conversions
from .engine import SerialEngine
from .levels import split_ranges
from .models import Arithmetic, Claim, StageWarning
from .moves import changes, multiples
from .quantities import read_figures
from .rounding import Finding
from .totals import ratios, shares, totals

#: Kinds of arithmetic a finding can check.
KINDS = ("change", "conversion", "total", "multiple", "shares", "ratio")


def check_arithmetic(sentence: str, date: str | None = None) -> list[Finding]:
    """Every piece of arithmetic ``sentence`` states, each recomputed and judged.

    ``date`` (ISO) is the article's date, which sets the exchange rate a conversion is
    checked at. A sentence that states no arithmetic gives an empty list.

    >>> [f.verdict for f in check_arithmetic("Shares rose 31.6% from HK$38 to HK$50.")]
    ['consistent']
    """
    figures = split_ranges(sentence, read_figures(sentence, date))
    findings: list[Finding] = []
    used: set[int] = set()
    for finder in (changes, multiples, conversions, totals, ratios, shares):
        for finding, ids in finder(sentence, figures, date):
            if ids & used:
                continue  # a figure answers one calculation: "doubled to $90 million from $30 million" is no total
            used |= ids
            findings.append(finding)
    return sorted(findings, key=lambda f: f.start)


#: Claims per partition of work when an engine spreads the arithmetic over workers.
CLAIMS_PER_PARTITION = 2000
_WORTH_READING_RE = re.compile(r"\d|\b(?:doubled?|tripled?|halved|quadrupled|times|twice|fold|one in)\b", re.I)


def find_arithmetic(
    claims, dates: dict, *, engine=None, strict: bool = False
) -> tuple[list[Arithmetic], list[tuple[Claim, StageWarning]]]:
    """The arithmetic every claim states, each checked at its document's date (``dates``: doc id to ISO date).

    A sentence whose check raises is left out and ``(claim, StageWarning)`` returned for
    it (stage "arithmetic"); ``strict`` raises :class:`~claimcheck.errors.StageError`
    instead. ``engine`` spreads partitions of claims over workers; the findings come
    back in claim order either way.
    """
    worth = [c for c in claims if _WORTH_READING_RE.search(c.text)]
    partitions = [worth[i : i + CLAIMS_PER_PARTITION] for i in range(0, len(worth), CLAIMS_PER_PARTITION)]
    found: list[Arithmetic] = []
    failed: list[tuple[Claim, StageWarning]] = []
    for part, (findings, broken) in zip(
        partitions, (engine or SerialEngine()).map(_partition_arithmetic, partitions, (dates, strict))
    ):
        found.extend(findings)
        failed.extend((part[index], warning) for index, warning in broken)
    return found, failed


def _partition_arithmetic(shared, claims) -> tuple[list[Arithmetic], list[tuple[int, StageWarning]]]:
    dates, strict = shared
    found: list[Arithmetic] = []
    broken = []
    for index, claim in enumerate(claims):
        try:
            found.extend(claim_arithmetic(claim, dates.get(claim.doc_id)))
        except Exception as error:  # noqa: BLE001 - one sentence, not the run
            broken.append((index, stage_warning("arithmetic", claim.start, error, f"claim {claim.id}", strict)))
    return found, broken


def claim_arithmetic(claim: Claim, date: str | None = None) -> list[Arithmetic]:
    """The findings of :func:`check_arithmetic` for one claim, as :class:`~claimcheck.models.Arithmetic` items."""
    return [
        Arithmetic(
            id=arithmetic_id(claim.id, finding.kind, finding.figures),
            doc_id=claim.doc_id,
            claim_id=claim.id,
            kind=finding.kind,
            figures=finding.figures,
            computed=finding.computed,
            stated=finding.stated,
            low=finding.low,
            high=finding.high,
            verdict=finding.verdict,
            explanation=finding.explanation,
        )
        for finding in check_arithmetic(claim.text, date)
    ]


def arithmetic_id(claim_id: str, kind: str, figures) -> str:
    """Same claim, kind and figures, same id, on every run: a reviewer's decision stays attached."""
    return "a" + hashlib.sha1(f"{claim_id}:{kind}:{'|'.join(figures)}".encode()).hexdigest()[:12]
