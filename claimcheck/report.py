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

from .models import VERDICTS, Claim, Run

#: Pairs, groups, and claims per group drawn in the HTML report. A desk's day has millions
#: of pairs; the page shows the most serious and says where the rest are (JSON, CSV, the
#: store and ``claimcheck serve``), so it still opens in a browser.
REPORT_PAIRS = 5000
REPORT_GROUPS = 500
REPORT_GROUP_CLAIMS = 100


def build_context(result: Run, reviews: dict | None = None, new_ids: set[str] | None = None) -> dict:
    """Plain data for the template: counts, pairs with both sides, groups, documents.

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
    return {
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
