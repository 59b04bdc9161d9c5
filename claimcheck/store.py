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

The database runs in WAL mode, so readers never wait for a writer. Every write is one
transaction begun ``IMMEDIATE``: a run killed halfway through saving leaves the store as
the previous run left it, and a second writer waits for the lock (up to ``wait``
seconds) instead of failing halfway, then gets a :class:`StoreBusyError`. Each pair
also carries its verdict's severity, its current decision and reviewer and the sources
of both claims, kept up to date here, so that :mod:`claimcheck.review_queue` can page the
queue of millions of pairs over indexes; its readers are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from .errors import InputError, StoreBusyError
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

#: Decisions a reviewer can record.
DECISIONS = ("confirmed_conflict", "not_a_conflict", "unsure")
#: Longest note accepted, in characters.
MAX_NOTE = 2000

_VERSION = 3  # PRAGMA user_version of the current schema; 0 is the schema before the queue columns, 2 before findings
_TIMEOUT = 30.0  # seconds a statement waits for a lock unless a write asks for another wait
_QUEUE_COLUMNS = {"severity": "INTEGER NOT NULL DEFAULT 0", "status": "TEXT", "reviewer": "TEXT"}
_QUEUE_COLUMNS |= {"a_source": "TEXT", "b_source": "TEXT"}

_TABLES = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    settings TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    path TEXT, source TEXT, title TEXT, date TEXT, url TEXT, skipped TEXT, text TEXT,
    first_run INTEGER, last_run INTEGER
);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    text TEXT NOT NULL, start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS figures (
    claim_id TEXT NOT NULL REFERENCES claims(id),
    position INTEGER NOT NULL,
    text TEXT, start INTEGER, "end" INTEGER, kind TEXT, unit TEXT, value REAL, low REAL, high REAL,
    normalized REAL, change TEXT, subject TEXT, measure TEXT, data TEXT,
    PRIMARY KEY (claim_id, position)
);
CREATE TABLE IF NOT EXISTS pairs (
    id TEXT PRIMARY KEY,
    a TEXT NOT NULL REFERENCES claims(id),
    b TEXT NOT NULL REFERENCES claims(id),
    a_quantity TEXT, b_quantity TEXT, verdict TEXT, reasons TEXT, score REAL, explanation TEXT,
    same_source INTEGER, similarity REAL,
    first_run INTEGER NOT NULL, last_run INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pair_id TEXT NOT NULL REFERENCES pairs(id),
    decision TEXT NOT NULL,
    reason TEXT,
    note TEXT,
    reviewer TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS findings (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims(id),
    doc_id TEXT, source TEXT, verdict TEXT NOT NULL, severity INTEGER NOT NULL DEFAULT 0,
    figures TEXT, other TEXT, explanation TEXT, data TEXT, status TEXT, reviewer TEXT,
    first_run INTEGER NOT NULL, last_run INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS finding_reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    finding_id TEXT NOT NULL REFERENCES findings(id),
    decision TEXT NOT NULL,
    reason TEXT,
    note TEXT,
    reviewer TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    key TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, key)
);
"""
# Each queue view has an index in queue order, so its first page reads about one page of
# index entries: unreviewed pairs (a partial index), every pair, reviewed pairs and each
# reviewer's (small partial indexes) and the pairs of a source (one index per side, with
# the status, so that counting a source's unreviewed pairs never reads the table).
_INDEXES = """
CREATE INDEX IF NOT EXISTS reviews_by_pair ON reviews(pair_id, id);
CREATE INDEX IF NOT EXISTS documents_by_source ON documents(source);
CREATE INDEX IF NOT EXISTS pairs_unreviewed ON pairs(severity, score, id) WHERE status IS NULL;
CREATE INDEX IF NOT EXISTS pairs_ranked ON pairs(severity, score, id);
CREATE INDEX IF NOT EXISTS pairs_reviewed ON pairs(status, severity, score, id) WHERE status IS NOT NULL;
CREATE INDEX IF NOT EXISTS pairs_by_reviewer ON pairs(reviewer, severity, score, id) WHERE reviewer IS NOT NULL;
CREATE INDEX IF NOT EXISTS pairs_by_a_source ON pairs(a_source, severity, score, id, status);
CREATE INDEX IF NOT EXISTS pairs_by_b_source ON pairs(b_source, severity, score, id, status);
CREATE INDEX IF NOT EXISTS findings_ranked ON findings(severity, id);
CREATE INDEX IF NOT EXISTS finding_reviews_by_finding ON finding_reviews(finding_id, id);
"""
# Fills the queue columns of a store written before they existed.
_BACKFILL = """
UPDATE pairs SET
    severity = CASE verdict WHEN 'conflict' THEN 2 WHEN 'needs_review' THEN 1 WHEN 'consistent' THEN 0 ELSE -1 END,
    a_source = (SELECT d.source FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.id = pairs.a),
    b_source = (SELECT d.source FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.id = pairs.b),
    score = COALESCE(score, 0);
UPDATE pairs SET status = r.decision, reviewer = r.reviewer
FROM (SELECT pair_id, decision, reviewer FROM reviews WHERE id IN (SELECT MAX(id) FROM reviews GROUP BY pair_id)) r
WHERE r.pair_id = pairs.id;
"""


class StaleReviewError(ValueError):
    """Someone decided on the pair since the review the decision was based on; ``latest`` is theirs."""

    def __init__(self, latest: dict):
        super().__init__(f"{latest['reviewer']} decided {latest['decision']} first")
        self.latest = latest


def connect(path: str | Path, *, timeout: float = _TIMEOUT) -> sqlite3.Connection:
    """Open (and create, or bring up to date) the store at ``path`` in WAL mode; rows come back by name.

    ``timeout`` is how long a statement waits for another process's lock.
    """
    try:
        connection = sqlite3.connect(str(path), timeout=timeout, check_same_thread=False)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA foreign_keys=ON")
        if connection.execute("PRAGMA user_version").fetchone()[0] < _VERSION:
            _create(connection, timeout)
    except sqlite3.DatabaseError as error:
        if _locked(error):
            raise StoreBusyError(f"{path}: another claimcheck process holds the store ({error})") from error
        raise InputError(f"{path}: not a claimcheck database ({error}); choose another file with --db") from error
    return connection


def _locked(error: sqlite3.Error) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def _create(connection: sqlite3.Connection, wait: float) -> None:
    """Create the tables and indexes, or add the queue columns to an older store; once, under the write lock."""
    with _writing(connection, wait):
        if connection.execute("PRAGMA user_version").fetchone()[0] >= _VERSION:
            return  # another process did it while this one waited
        _script(connection, _TABLES)
        have = {row["name"] for row in connection.execute("PRAGMA table_info(pairs)")}
        for name, kind in _QUEUE_COLUMNS.items():
            if name not in have:
                connection.execute(f"ALTER TABLE pairs ADD COLUMN {name} {kind}")
        _script(connection, _BACKFILL)
        _script(connection, _INDEXES)
        connection.execute(f"PRAGMA user_version = {_VERSION}")


def _script(connection: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the open transaction first, so run the statements one by one.
    for statement in script.split(";\n"):
        if statement.strip():
            connection.execute(statement)


@contextmanager
def _writing(connection: sqlite3.Connection, wait: float) -> Iterator[None]:
    """One write transaction: take the write lock first (waiting up to ``wait`` s), commit, or roll back on error."""
    previous = connection.execute("PRAGMA busy_timeout").fetchone()[0]
    connection.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if not _locked(error):
            raise
        raise StoreBusyError(
            f"another claimcheck process is writing to the store and did not finish within {wait:g} s; "
            "try again when it has finished"
        ) from error
    finally:
        connection.execute(f"PRAGMA busy_timeout = {previous}")
    try:
        yield
    except BaseException:
        connection.rollback()
        raise
    connection.commit()


def save_run(connection: sqlite3.Connection, result: Run, *, wait: float = 300.0) -> tuple[int, set[str]]:
    """Store a run's documents, claims, figures and pairs in one transaction; return (run id, ids of new pairs).

    A pair seen before keeps its first run and its reviews; its verdict and explanation
    are those of the latest run. When another process is writing, waits up to ``wait``
    seconds for it, then raises :class:`StoreBusyError`; a run interrupted while saving
    leaves nothing of itself behind.
    """
    source_of = {d.id: d.source for d in result.documents}
    claim_source = {c.id: source_of.get(c.doc_id) for c in result.claims}
    with _writing(connection, wait):
        run_id = connection.execute(
            "INSERT INTO runs (started_at, settings) VALUES (?, ?)", (_now(), json.dumps(dict(result.settings)))
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


_ANY = object()


def add_review(
    connection: sqlite3.Connection,
    pair_id: str,
    decision: str,
    reviewer: str,
    *,
    note: str = "",
    reason: str = "",
    seen: int | None | object = _ANY,
    wait: float = 10.0,
) -> dict:
    """Record a decision on a pair, or on an arithmetic finding or reference check (by its id);
    earlier decisions stay as history. Returns the stored review (its item's id as ``pair_id``).

    ``seen`` is the id of the review the reviewer last saw (None: none); when someone has
    decided since, nothing is written and :class:`StaleReviewError` carries their review.
    The check and the write are one transaction, so of two reviewers who saw the same
    review, exactly one lands. Raises :class:`ValueError` with a message for the reviewer
    when the pair is unknown, the decision is not one of :data:`DECISIONS`, the reviewer
    is empty or the note too long, and :class:`StoreBusyError` when another process holds
    the write lock for more than ``wait`` seconds.
    """
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}: use one of {', '.join(DECISIONS)}")
    if not reviewer or not reviewer.strip():
        raise ValueError("a review needs the reviewer's name")
    if len(note or "") > MAX_NOTE:
        raise ValueError(f"note too long ({len(note)} characters, at most {MAX_NOTE})")
    with _writing(connection, wait):
        table, reviews, key = "pairs", "reviews", "pair_id"
        if connection.execute("SELECT 1 FROM pairs WHERE id = ?", (pair_id,)).fetchone() is None:
            if connection.execute("SELECT 1 FROM findings WHERE id = ?", (pair_id,)).fetchone() is None:
                raise ValueError(f"unknown pair {pair_id!r}")
            table, reviews, key = "findings", "finding_reviews", "finding_id"
        columns = "*" if key == "pair_id" else "*, finding_id AS pair_id"
        if seen is not _ANY:
            latest = connection.execute(
                f"SELECT {columns} FROM {reviews} WHERE {key} = ? ORDER BY id DESC LIMIT 1", (pair_id,)
            ).fetchone()
            if latest is None and seen is not None:
                raise ValueError(f"review {seen!r} is not this pair's: nobody has decided on it yet")
            if latest is not None and latest["id"] != seen:
                raise StaleReviewError(dict(latest))
        review_id = connection.execute(
            f"INSERT INTO {reviews} ({key}, decision, reason, note, reviewer, created_at) VALUES (?,?,?,?,?,?)",
            (pair_id, decision, reason or None, note or None, reviewer.strip(), _now()),
        ).lastrowid
        connection.execute(
            f"UPDATE {table} SET status = ?, reviewer = ? WHERE id = ?", (decision, reviewer.strip(), pair_id)
        )
        saved = dict(connection.execute(f"SELECT {columns} FROM {reviews} WHERE id = ?", (review_id,)).fetchone())
    return saved


def cached_vectors(connection: sqlite3.Connection, model: str, keys: list[str]) -> dict[str, bytes]:
    """Stored embeddings of ``keys`` (text hashes) for ``model``, as raw float32 bytes."""
    found: dict[str, bytes] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = connection.execute(
            f"SELECT key, vector FROM embeddings WHERE model = ? AND key IN ({marks})", (model, *chunk)
        )
        found.update((row["key"], row["vector"]) for row in rows)
    return found


def save_vectors(connection: sqlite3.Connection, model: str, items: list[tuple[str, bytes]]) -> bool:
    """Keep embeddings (text hash, float32 bytes) for ``model``; one transaction.

    Returns False, having kept nothing, when another process held the write lock for the
    connection's whole timeout: this is a cache, and a run does not fail for want of it.
    """
    try:
        with _writing(connection, connection.execute("PRAGMA busy_timeout").fetchone()[0] / 1000):
            connection.executemany(
                "INSERT OR IGNORE INTO embeddings VALUES (?, ?, ?)", [(model, k, v) for k, v in items]
            )
    except StoreBusyError:
        return False
    return True


# Web pages fetched for a run (claimcheck.fetch), keyed by URL. The table is made by the
# first page saved, so stores written before it existed need no schema change.
_PAGES = "CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, html TEXT NOT NULL, fetched_at TEXT NOT NULL)"


def cached_pages(connection: sqlite3.Connection, urls: list[str]) -> dict[str, tuple[str, str]]:
    """Stored HTML of ``urls``: URL -> (html, fetched_at) for the ones fetched before."""
    if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pages'").fetchone() is None:
        return {}
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(urls), 500):
        chunk = urls[start : start + 500]
        rows = connection.execute(
            f"SELECT url, html, fetched_at FROM pages WHERE url IN ({','.join('?' * len(chunk))})", chunk
        )
        found.update((row["url"], (row["html"], row["fetched_at"])) for row in rows)
    return found


def save_pages(connection: sqlite3.Connection, pages: list[tuple[str, str, str]]) -> bool:
    """Keep fetched pages (url, html, fetched_at), replacing older copies; one transaction.

    Returns False, having kept nothing, when another process held the write lock for the
    connection's whole timeout: the next run fetches them again.
    """
    try:
        with _writing(connection, connection.execute("PRAGMA busy_timeout").fetchone()[0] / 1000):
            connection.execute(_PAGES)
            connection.executemany("INSERT OR REPLACE INTO pages (url, html, fetched_at) VALUES (?, ?, ?)", pages)
    except StoreBusyError:
        return False
    return True


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
