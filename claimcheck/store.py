"""The SQLite store: runs, documents, claims, figures, pairs and the reviews of pairs.

Fact-checkers re-run claimcheck as articles come in and review pairs, often several at
once; a decision must never be lost or asked again. Pair ids are built from the claim
ids and the figures compared (:func:`claimcheck.compare.pair_id`), and claim ids from the
document text and the sentence span, so a re-run on more articles finds the same ids and
every review stays attached. Reviews are only ever added: the latest one for a pair is
its status, the earlier ones its history. Arithmetic findings and reference checks (one
claim each) live in ``findings`` and their reviews in ``finding_reviews``, kept the same
way: their ids come from the claim id and the figures (:func:`claimcheck.arithmetic.arithmetic_id`,
:func:`claimcheck.reference.reference_id`), and :func:`add_review` takes either kind of id.

The schema, its upgrades and the write transaction every write goes through are in
:mod:`claimcheck.schema`; reviews in :mod:`claimcheck.reviews`; the embeddings and pages
a run reuses in :mod:`claimcheck.caches`. Each pair also carries its verdict's severity,
its current decision and reviewer and the sources of both claims, kept up to date here,
so that :mod:`claimcheck.review_queue` can page the queue of millions of pairs over
indexes. The public names of all four modules and of the queue's readers are re-exported
here, so ``claimcheck.store`` stays the one module to import.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict

from .caches import cached_pages, cached_vectors, save_pages, save_vectors  # noqa: F401 - re-exported
from .errors import StoreBusyError  # noqa: F401 - re-exported: the error a busy store raises
from .models import Run
from .review_queue import (  # noqa: F401 - the store's readers, re-exported
    FINDING_SEVERITY,
    SEVERITY,
    STATUSES,
    count_pairs,
    document,
    finding,
    finding_history,
    finding_rows,
    history,
    latest_finding_reviews,
    latest_reviews,
    pair,
    pair_rows,
    reviewers,
    sources,
)
from .reviews import DECISIONS, MAX_NOTE, StaleReviewError, add_review  # noqa: F401 - re-exported
from .schema import connect, connect_existing, now, writing  # noqa: F401 - connect, connect_existing re-exported


def save_run(connection: sqlite3.Connection, result: Run, *, wait: float = 300.0) -> tuple[int, set[str]]:
    """Store a run's documents, claims, figures and pairs in one transaction; return (run id, ids of new pairs).

    A pair seen before keeps its first run and its reviews; its verdict and explanation
    are those of the latest run. When another process is writing, waits up to ``wait``
    seconds for it, then raises :class:`StoreBusyError`; a run interrupted while saving
    leaves nothing of itself behind.
    """
    source_of = {d.id: d.source for d in result.documents}
    claim_source = {c.id: source_of.get(c.doc_id) for c in result.claims}
    with writing(connection, wait):
        run_id = connection.execute(
            "INSERT INTO runs (started_at, settings) VALUES (?, ?)", (now(), json.dumps(dict(result.settings)))
        ).lastrowid
        connection.executemany(
            """INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)
               ON CONFLICT(id) DO UPDATE SET last_run=excluded.last_run, skipped=excluded.skipped""",
            (
                (d.id, d.path, d.source, d.title, d.date, d.url, d.skipped, d.text, run_id, run_id)
                for d in result.documents
            ),
        )
        connection.executemany(
            'INSERT OR IGNORE INTO claims (id, doc_id, text, start, "end") VALUES (?,?,?,?,?)',
            ((c.id, c.doc_id, c.text, c.start, c.end) for c in result.claims),
        )
        connection.executemany(
            "INSERT OR REPLACE INTO figures VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    c.id, position, q.text, q.start, q.end, q.kind, q.unit, q.value, q.low, q.high,
                    q.normalized, q.change, q.subject, q.measure, json.dumps(asdict(q), default=str),
                )
                for c in result.claims
                for position, q in enumerate(c.quantities)
            ),
        )  # fmt: skip
        ids = [p.id for p in result.pairs]
        known = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = connection.execute(f"SELECT id FROM pairs WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            known.update(row[0] for row in rows)
        connection.executemany(
            """INSERT INTO pairs (id, a, b, a_quantity, b_quantity, verdict, reasons, score, explanation,
                                  same_source, similarity, first_run, last_run, severity, a_source, b_source)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
               ON CONFLICT(id) DO UPDATE SET verdict=excluded.verdict, reasons=excluded.reasons,
               score=excluded.score, explanation=excluded.explanation, similarity=excluded.similarity,
               last_run=excluded.last_run, severity=excluded.severity""",
            (
                (
                    p.id, p.a, p.b, p.a_quantity, p.b_quantity, p.verdict, json.dumps(list(p.reasons)), p.score or 0.0,
                    p.explanation, int(p.same_source), p.similarity, run_id, run_id, SEVERITY.get(p.verdict, -1),
                    claim_source.get(p.a), claim_source.get(p.b),
                )
                for p in result.pairs
            ),
        )  # fmt: skip
        new_findings = _save_findings(connection, result, run_id, source_of)
    return run_id, (set(ids) - known) | new_findings


def _save_findings(connection: sqlite3.Connection, result: Run, run_id: int, source_of: dict) -> set[str]:
    """Store a run's arithmetic findings and reference checks; return the ids not seen before.

    As for pairs, a finding seen before keeps its first run and its reviews, and takes the
    latest run's verdict and explanation.
    """
    rows = [
        (
            a.id, "arithmetic", a.claim_id, a.doc_id, source_of.get(a.doc_id), a.verdict,
            FINDING_SEVERITY.get(a.verdict, -1), "; ".join(a.figures), None, a.explanation,
            json.dumps(asdict(a)), run_id, run_id,
        )
        for a in result.arithmetic
    ] + [
        (
            r.id, "reference", r.claim_id, r.doc_id, source_of.get(r.doc_id), r.verdict,
            FINDING_SEVERITY.get(r.verdict, -1), r.quantity, f"{r.reference} ({r.source})", r.explanation,
            json.dumps(asdict(r)), run_id, run_id,
        )
        for r in result.references
    ]  # fmt: skip
    known = set()
    ids = [row[0] for row in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found = connection.execute(f"SELECT id FROM findings WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        known.update(row[0] for row in found)
    connection.executemany(
        """INSERT INTO findings (id, kind, claim_id, doc_id, source, verdict, severity, figures, other, explanation,
                                 data, first_run, last_run)
           VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
           ON CONFLICT(id) DO UPDATE SET verdict=excluded.verdict, severity=excluded.severity,
           figures=excluded.figures, other=excluded.other, explanation=excluded.explanation, data=excluded.data,
           last_run=excluded.last_run""",
        rows,
    )
    return set(ids) - known
