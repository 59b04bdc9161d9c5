"""A result as plain data: the JSON contract, CSV and pandas DataFrames.

JSON follows the contract the scorers read (documents, claims, groups, pairs); the CSV
holds one row per compared pair with both sentences, which is what a reviewer sorts
and filters in a spreadsheet. Parts of documents a stage failed on are listed in JSON
(``documents[].warnings``) and, when there are any, in a second CSV beside the first.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict
from pathlib import Path

from .models import Run


def to_dict(result: Run) -> dict:
    """The JSON contract as a dict; open interval bounds are ``null``."""
    documents = [{k: v for k, v in asdict(d).items() if k != "text"} for d in result.documents]
    claims = [_finite(asdict(c)) for c in result.claims]
    for claim in claims:
        claim["quantities"] = list(claim["quantities"])
    return {
        "documents": documents,
        "claims": claims,
        "groups": [{"id": g.id, "claim_ids": list(g.claim_ids)} for g in result.groups],
        "pairs": [pair_dict(p) for p in result.pairs],
        "arithmetic": [dict(asdict(a), figures=list(a.figures)) for a in result.arithmetic],
        "references": [dict(asdict(r), reasons=list(r.reasons)) for r in result.references],
        "settings": dict(result.settings),
    }


def write_json(result: Run, path: str | Path) -> None:
    """Write the JSON contract to ``path`` (UTF-8, indented)."""
    Path(path).write_text(json.dumps(to_dict(result), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def pairs_frame(result: Run):
    """One row per compared pair, with both sentences and their sources."""
    import pandas as pd

    claims = {c.id: c for c in result.claims}
    documents = {d.id: d for d in result.documents}
    rows = []
    for pair in result.pairs:
        a, b = claims[pair.a], claims[pair.b]
        doc_a, doc_b = documents[a.doc_id], documents[b.doc_id]
        rows.append(
            {
                "id": pair.id,
                "verdict": pair.verdict,
                "reasons": ";".join(pair.reasons),
                "score": pair.score,
                "a_quantity": pair.a_quantity,
                "b_quantity": pair.b_quantity,
                "explanation": pair.explanation,
                "same_source": pair.same_source,
                "similarity": pair.similarity,
                "a_source": doc_a.source,
                "a_date": doc_a.date,
                "a_text": a.text,
                "a": pair.a,
                "b_source": doc_b.source,
                "b_date": doc_b.date,
                "b_text": b.text,
                "b": pair.b,
            }
        )
    columns = [
        "id",
        "verdict",
        "reasons",
        "score",
        "a_quantity",
        "b_quantity",
        "explanation",
        "same_source",
        "similarity",
        "a_source",
        "a_date",
        "a_text",
        "a",
        "b_source",
        "b_date",
        "b_text",
        "b",
    ]
    return pd.DataFrame(rows, columns=columns)


def write_csv(result: Run, path: str | Path) -> None:
    """Write the pairs table to ``path`` as CSV, and beside it, when there are any, the arithmetic
    findings (``report.arithmetic.csv``), the reference checks (``report.references.csv``) and
    the documents' warnings (:func:`warnings_path`)."""
    pairs_frame(result).to_csv(path, index=False)
    for name, frame in (("arithmetic", arithmetic_frame), ("references", references_frame)):
        if getattr(result, name):
            frame(result).to_csv(beside(path, name), index=False)
    warnings = warnings_frame(result)
    if len(warnings):
        warnings.to_csv(warnings_path(path), index=False)


def warnings_frame(result: Run):
    """One row per warning of a document: which part a stage failed on, and the error."""
    import pandas as pd

    rows = [
        {"doc_id": d.id, "path": d.path, "source": d.source, **asdict(w)} for d in result.documents for w in d.warnings
    ]
    return pd.DataFrame(rows, columns=["doc_id", "path", "source", "stage", "start", "error", "message"])


def warnings_path(path: str | Path) -> Path:
    """Where :func:`write_csv` lists the warnings: ``report.csv`` gives ``report.warnings.csv``."""
    return beside(path, "warnings")


def beside(path: str | Path, name: str) -> Path:
    """The CSV file named ``name`` beside ``path``: ``report.csv`` and "arithmetic" give ``report.arithmetic.csv``."""
    path = Path(path)
    return path.with_name(f"{path.stem}.{name}.csv")


#: Columns of :func:`arithmetic_frame`.
ARITHMETIC_COLUMNS = [
    "id", "verdict", "kind", "explanation", "figures", "computed", "stated", "low", "high",
    "source", "date", "text", "claim_id", "doc_id",
]  # fmt: skip
#: Columns of :func:`references_frame`.
REFERENCE_COLUMNS = [
    "id", "verdict", "reasons", "score", "quantity", "reference", "explanation", "reference_source", "url", "line",
    "source", "date", "text", "claim_id", "doc_id",
]  # fmt: skip


def arithmetic_frame(result: Run):
    """One row per arithmetic finding, inconsistent first, with its sentence and source."""
    import pandas as pd

    claims = {c.id: c for c in result.claims}
    documents = {d.id: d for d in result.documents}
    rows = []
    for item in sorted(result.arithmetic, key=lambda a: a.verdict != "inconsistent"):
        document = documents.get(item.doc_id)
        rows.append(
            {
                **asdict(item),
                "figures": "; ".join(item.figures),
                "source": document.source if document else None,
                "date": document.date if document else None,
                "text": claims[item.claim_id].text if item.claim_id in claims else None,
            }
        )
    return pd.DataFrame(rows, columns=ARITHMETIC_COLUMNS)


def references_frame(result: Run):
    """One row per claim figure checked against a reference figure, most serious first."""
    import pandas as pd

    claims = {c.id: c for c in result.claims}
    documents = {d.id: d for d in result.documents}
    rows = []
    for item in result.references:
        document = documents.get(item.doc_id)
        row = {**asdict(item), "reasons": ";".join(item.reasons), "reference_source": item.source}
        row |= {
            "source": document.source if document else None,
            "date": document.date if document else None,
            "text": claims[item.claim_id].text if item.claim_id in claims else None,
        }
        rows.append(row)
    return pd.DataFrame(rows, columns=REFERENCE_COLUMNS)


def _finite(value):
    """Infinite floats become None, recursively, so the JSON stays standard."""
    if isinstance(value, float) and math.isinf(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def pair_dict(pair) -> dict:
    """One pair as JSON-ready data."""
    return dict(asdict(pair), reasons=list(pair.reasons))
