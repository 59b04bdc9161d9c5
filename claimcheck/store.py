"""The SQLite store: runs, documents, claims, figures, pairs and the reviews of pairs.

Fact-checkers re-run claimcheck as articles come in and review pairs, often several at
once; a decision must never be lost or asked again. Pair ids are built from the claim
ids and the figures compared (:func:`claimcheck.compare.pair_id`), and claim ids from the
document text and the sentence span, so a re-run on more articles finds the same ids and
every review stays attached. Reviews are only ever added: the latest one for a pair is
its status, the earlier ones its history. The database runs in WAL mode and each write
is one transaction, so two reviewers deciding at once both land.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from .errors import InputError
from .models import Run

#: Decisions a reviewer can record.
DECISIONS = ("confirmed_conflict", "not_a_conflict", "unsure")
#: Longest note accepted, in characters.
MAX_NOTE = 2000

_SCHEMA = """
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
CREATE INDEX IF NOT EXISTS reviews_by_pair ON reviews(pair_id, id);
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    key TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, key)
);
"""


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (and create) the store at ``path`` in WAL mode; rows come back as dicts by name."""
    try:
        connection = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.executescript(_SCHEMA)
    except sqlite3.DatabaseError as error:
        raise InputError(f"{path}: not a claimcheck database ({error}); choose another file with --db") from error
    return connection


def save_run(connection: sqlite3.Connection, result: Run) -> tuple[int, set[str]]:
    """Store a run's documents, claims, figures and pairs; return (run id, ids of new pairs).

    A pair seen before keeps its first run and its reviews; its verdict and explanation
    are those of the latest run.
    """
    now = _now()
    with connection:
        run_id = connection.execute(
            "INSERT INTO runs (started_at, settings) VALUES (?, ?)", (now, json.dumps(dict(result.settings)))
        ).lastrowid
        for d in result.documents:
            connection.execute(
                """INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)
                   ON CONFLICT(id) DO UPDATE SET last_run=excluded.last_run, skipped=excluded.skipped""",
                (d.id, d.path, d.source, d.title, d.date, d.url, d.skipped, d.text, run_id, run_id),
            )
        for c in result.claims:
            connection.execute(
                'INSERT OR IGNORE INTO claims (id, doc_id, text, start, "end") VALUES (?,?,?,?,?)',
                (c.id, c.doc_id, c.text, c.start, c.end),
            )
            for position, q in enumerate(c.quantities):
                connection.execute(
                    "INSERT OR REPLACE INTO figures VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        c.id, position, q.text, q.start, q.end, q.kind, q.unit, q.value, q.low, q.high,
                        q.normalized, q.change, q.subject, q.measure, json.dumps(asdict(q), default=str),
                    ),
                )  # fmt: skip
        known = {row["id"] for row in connection.execute("SELECT id FROM pairs")}
        for p in result.pairs:
            connection.execute(
                """INSERT INTO pairs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
                   ON CONFLICT(id) DO UPDATE SET verdict=excluded.verdict, reasons=excluded.reasons,
                   score=excluded.score, explanation=excluded.explanation, similarity=excluded.similarity,
                   last_run=excluded.last_run""",
                (
                    p.id, p.a, p.b, p.a_quantity, p.b_quantity, p.verdict, json.dumps(list(p.reasons)), p.score,
                    p.explanation, int(p.same_source), p.similarity, run_id, run_id,
                ),
            )  # fmt: skip
    return run_id, {p.id for p in result.pairs} - known


def add_review(
    connection: sqlite3.Connection,
    pair_id: str,
    decision: str,
    reviewer: str,
    *,
    note: str = "",
    reason: str = "",
) -> dict:
    """Record a decision on a pair; earlier decisions stay as history. Returns the stored review.

    Raises :class:`ValueError` with a message for the reviewer when the pair is unknown,
    the decision is not one of :data:`DECISIONS`, the reviewer is empty or the note too long.
    """
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}: use one of {', '.join(DECISIONS)}")
    if not reviewer or not reviewer.strip():
        raise ValueError("a review needs the reviewer's name")
    if len(note or "") > MAX_NOTE:
        raise ValueError(f"note too long ({len(note)} characters, at most {MAX_NOTE})")
    with connection:
        if connection.execute("SELECT 1 FROM pairs WHERE id = ?", (pair_id,)).fetchone() is None:
            raise ValueError(f"unknown pair {pair_id!r}")
        review_id = connection.execute(
            "INSERT INTO reviews (pair_id, decision, reason, note, reviewer, created_at) VALUES (?,?,?,?,?,?)",
            (pair_id, decision, reason or None, note or None, reviewer.strip(), _now()),
        ).lastrowid
    return dict(connection.execute("SELECT * FROM reviews WHERE id = ?", (review_id,)).fetchone())


def latest_reviews(connection: sqlite3.Connection) -> dict[str, dict]:
    """The current review of every reviewed pair, by pair id."""
    rows = connection.execute(
        "SELECT r.* FROM reviews r JOIN (SELECT pair_id, MAX(id) AS id FROM reviews GROUP BY pair_id) m ON r.id = m.id"
    )
    return {row["pair_id"]: dict(row) for row in rows}


def history(connection: sqlite3.Connection, pair_id: str) -> list[dict]:
    """Every review of a pair, oldest first."""
    return [dict(r) for r in connection.execute("SELECT * FROM reviews WHERE pair_id = ? ORDER BY id", (pair_id,))]


def pair_rows(connection: sqlite3.Connection) -> list[dict]:
    """Every stored pair with both claims, their documents and its current review, most serious first."""
    reviews = latest_reviews(connection)
    last_run = connection.execute("SELECT MAX(id) AS id FROM runs").fetchone()["id"]
    rows = connection.execute(
        """SELECT p.*, ca.text AS a_text, cb.text AS b_text, ca.doc_id AS a_doc, cb.doc_id AS b_doc,
                  da.source AS a_source, db.source AS b_source, da.date AS a_date, db.date AS b_date,
                  da.title AS a_title, db.title AS b_title, da.url AS a_url, db.url AS b_url
           FROM pairs p JOIN claims ca ON ca.id = p.a JOIN claims cb ON cb.id = p.b
           JOIN documents da ON da.id = ca.doc_id JOIN documents db ON db.id = cb.doc_id"""
    )
    order = {"conflict": 0, "needs_review": 1, "consistent": 2}
    out = []
    for row in rows:
        item = dict(row)
        item["reasons"] = json.loads(item["reasons"] or "[]")
        item["review"] = reviews.get(item["id"])
        item["new"] = item["first_run"] == last_run
        item["current"] = item["last_run"] == last_run
        out.append(item)
    return sorted(out, key=lambda r: (order.get(r["verdict"], 3), -(r["score"] or 0), r["id"]))


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


def save_vectors(connection: sqlite3.Connection, model: str, items: list[tuple[str, bytes]]) -> None:
    """Keep embeddings (text hash, float32 bytes) for ``model``; one transaction."""
    with connection:
        connection.executemany("INSERT OR IGNORE INTO embeddings VALUES (?, ?, ?)", [(model, k, v) for k, v in items])


def document(connection: sqlite3.Connection, doc_id: str) -> dict | None:
    row = connection.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return dict(row) if row else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
