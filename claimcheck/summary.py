"""The plain-text summary of a run that ``claimcheck run`` prints.

Counts first, then what was left out and why, then, when no file was asked for, the
flagged pairs, calculations and reference checks themselves, so that a run in a terminal
answers without opening a report. Each function returns lines; the command line decides
where they go.
"""

from __future__ import annotations

from .models import Run

#: The most pairs, calculations and reference checks of each kind listed when no file is written.
FLAGGED_SHOWN = 20


def counts(result: Run) -> list[str]:
    """How many documents, claims and verdicts; a second line for arithmetic and reference figures when checked."""
    verdicts = {v: sum(1 for p in result.pairs if p.verdict == v) for v in ("conflict", "needs_review", "consistent")}
    skipped = [d for d in result.documents if d.skipped]
    lines = [
        f"{len(result.documents) - len(skipped)} documents read, {len(skipped)} skipped; "
        f"{len(result.claims)} claims; {verdicts['conflict']} conflict, {verdicts['needs_review']} needs_review, "
        f"{verdicts['consistent']} consistent; {result.settings.get('left_out', 0)} left out (nothing shown to make "
        "them one fact)"
    ]
    if result.arithmetic or result.references:
        wrong = sum(1 for a in result.arithmetic if a.verdict == "inconsistent")
        flagged = sum(1 for r in result.references if r.verdict != "consistent")
        lines.append(
            f"arithmetic: {wrong} inconsistent, {len(result.arithmetic) - wrong} consistent; "
            f"reference figures: {flagged} flagged, {len(result.references) - flagged} consistent"
        )
    return lines


def notices(result: Run) -> list[str]:
    """Each skipped document and why, and each document with parts left out, with the first failure."""
    lines = [f"skipped {document.path}: {document.skipped}" for document in result.documents if document.skipped]
    for document in (d for d in result.documents if d.warnings):
        first = document.warnings[0]
        lines.append(
            f"warning {document.path}: {len(document.warnings)} part(s) left out; first: {first.stage} "
            f"at offset {first.start}: {first.error}: {first.message}"
        )
    return lines


def flagged(result: Run, limit: int = FLAGGED_SHOWN) -> list[str]:
    """The first ``limit`` flagged pairs, inconsistent calculations and flagged reference checks, each with its sentences."""
    claims = {c.id: c for c in result.claims}
    lines = []
    for pair in [p for p in result.pairs if p.verdict != "consistent"][:limit]:
        lines.append(f"\n[{pair.verdict}] {pair.explanation}")
        lines.append(f"  A: {claims[pair.a].text}")
        lines.append(f"  B: {claims[pair.b].text}")
    for item in [a for a in result.arithmetic if a.verdict == "inconsistent"][:limit]:
        lines.append(f"\n[inconsistent {item.kind}] {item.explanation}\n  {claims[item.claim_id].text}")
    for check in [r for r in result.references if r.verdict != "consistent"][:limit]:
        lines.append(f"\n[{check.verdict} against {check.source}] {check.explanation}\n  {claims[check.claim_id].text}")
    return lines
