"""The HTML report: one self-contained file a fact-checker opens offline.

Two steps, as datasette and displaCy do it: :func:`build_context` turns a result into
plain data (tested by equality), :func:`render` only fills the template. Jinja2's
autoescaping escapes all article text; the figures are highlighted by splitting each
sentence into plain and marked segments, never by inserting markup into the text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from pathlib import Path

from .models import ARITHMETIC_VERDICTS, VERDICTS, Claim, Run

#: Pairs, groups, and claims per group drawn in the HTML report. A desk's day has millions
#: of pairs; the page shows the most serious and says where the rest are (JSON, CSV, the
#: store and ``claimcheck serve``), so it still opens in a browser.
REPORT_PAIRS = 5000
REPORT_GROUPS = 500
REPORT_GROUP_CLAIMS = 100


def build_context(result: Run, reviews: dict | None = None, new_ids: set[str] | None = None) -> dict:
    """Plain data for the template: counts, pairs with both sides, groups, documents; the
    inconsistent arithmetic findings and every reference check, each with its sentence.

    ``reviews`` (pair id to its latest review, from :mod:`claimcheck.store`) and
    ``new_ids`` (pairs first seen in this run) add each pair's review status and a "new" tag.
    """
    reviews = reviews or {}
    new_ids = new_ids or set()
    claims = {c.id: c for c in result.claims}
    documents = {d.id: d for d in result.documents}
    counts = Counter(p.verdict for p in result.pairs)
    per_document = Counter(c.doc_id for c in result.claims)
    pairs = []
    for rank, pair in enumerate(result.pairs[:REPORT_PAIRS], start=1):
        sides = []
        for claim_id, figure in ((pair.a, pair.a_quantity), (pair.b, pair.b_quantity)):
            claim = claims[claim_id]
            document = documents[claim.doc_id]
            sides.append(
                {
                    "claim_id": claim.id,
                    "segments": highlight(claim, figure),
                    "figure": figure,
                    "source": document.source,
                    "title": document.title,
                    "date": document.date,
                    "path": document.path,
                }
            )
        pairs.append(
            {
                "rank": rank,
                "id": pair.id,
                "verdict": pair.verdict,
                "reasons": list(pair.reasons),
                "explanation": pair.explanation,
                "score": pair.score,
                "same_source": pair.same_source,
                "sides": sides,
                "review": reviews.get(pair.id),
                "new": pair.id in new_ids,
            }
        )
    groups = [
        {
            "id": g.id,
            "size": len(g.claim_ids),
            "claims": [
                {"text": claims[c].text, "source": documents[claims[c].doc_id].source}
                for c in g.claim_ids[:REPORT_GROUP_CLAIMS]
            ],
        }
        for g in result.groups[:REPORT_GROUPS]
    ]
    arithmetic = Counter(a.verdict for a in result.arithmetic)
    return {
        "arithmetic": [
            _finding(item, claims, documents, reviews, item.figures, new_ids)
            for item in result.arithmetic
            if item.verdict == "inconsistent"
        ][:REPORT_PAIRS],
        "arithmetic_counts": {verdict: arithmetic.get(verdict, 0) for verdict in ARITHMETIC_VERDICTS},
        "references": [
            dict(
                _finding(item, claims, documents, reviews, (item.quantity,), new_ids),
                reasons=list(item.reasons),
                reference=item.reference,
                reference_source=item.source,
                url=item.url,
            )
            for item in result.references[:REPORT_PAIRS]
        ],
        "reference_counts": {v: sum(1 for r in result.references if r.verdict == v) for v in VERDICTS},
        "counts": {verdict: counts.get(verdict, 0) for verdict in VERDICTS},
        "flagged": sum(counts.get(v, 0) for v in ("conflict", "needs_review")),
        "left_out": int(result.settings.get("left_out", 0)),
        "total_pairs": len(result.pairs),
        "pairs": pairs,
        "groups": groups,
        "total_groups": len(result.groups),
        "documents": [
            {
                "path": d.path,
                "source": d.source,
                "title": d.title,
                "date": d.date,
                "skipped": d.skipped,
                "claims": per_document.get(d.id, 0),
                "warnings": [asdict(w) for w in d.warnings],
            }
            for d in result.documents
        ],
        "warned": sum(1 for d in result.documents if d.warnings),
        "claims": len(result.claims),
        "settings": dict(result.settings),
    }


def _finding(item, claims: dict, documents: dict, reviews: dict, figures, new_ids: set[str]) -> dict:
    """An arithmetic finding or reference check with its sentence, the figures it used marked."""
    claim = claims[item.claim_id]
    document = documents[item.doc_id]
    return {
        "id": item.id,
        "verdict": item.verdict,
        "kind": getattr(item, "kind", "reference"),
        "explanation": item.explanation,
        "figures": list(figures),
        "claim_id": claim.id,
        "segments": mark(claim.text, figures),
        "source": document.source,
        "title": document.title,
        "date": document.date,
        "review": reviews.get(item.id),
        "new": item.id in new_ids,
    }


def mark(text: str, figures) -> list[dict]:
    """``text`` as segments, ``{"text", "mark"}``, with each of ``figures`` marked where first found in order."""
    spans = []
    position = 0
    for figure in figures:
        start = text.find(figure, position)
        if start < 0:
            start = text.find(figure)
        if start < 0 or any(s < start + len(figure) and start < e for s, e in spans):
            continue
        spans.append((start, start + len(figure)))
        position = start + len(figure)
    segments, cursor = [], 0
    for start, end in sorted(spans):
        segments += [{"text": text[cursor:start], "mark": False}, {"text": text[start:end], "mark": True}]
        cursor = end
    segments.append({"text": text[cursor:], "mark": False})
    return [s for s in segments if s["text"]]


def highlight(claim: Claim, figure_text: str) -> list[dict]:
    """The sentence as segments, ``{"text", "mark"}``, with the compared figure marked."""
    for quantity in claim.quantities:
        if quantity.text == figure_text:
            start, end = quantity.start, quantity.end
            break
    else:
        start = claim.text.find(figure_text)
        end = start + len(figure_text)
    if start < 0:
        return [{"text": claim.text, "mark": False}]
    segments = [
        {"text": claim.text[:start], "mark": False},
        {"text": claim.text[start:end], "mark": True},
        {"text": claim.text[end:], "mark": False},
    ]
    return [s for s in segments if s["text"]]


def render(context: dict) -> str:
    """Fill the report template with a context from :func:`build_context`."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    environment = Environment(loader=PackageLoader("claimcheck"), autoescape=select_autoescape(["html"]))
    return environment.get_template("report.html").render(**context)


def write_html(result: Run, path: str | Path, reviews: dict | None = None, new_ids: set[str] | None = None) -> None:
    """Write the report for ``result`` to ``path`` (review status and "new" tags where given)."""
    Path(path).write_text(render(build_context(result, reviews, new_ids)), encoding="utf-8")
