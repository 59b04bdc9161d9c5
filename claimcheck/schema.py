"""The SQLite store's schema: its tables and indexes, bringing an older store up to date, and the one way to write.

The database runs in WAL mode, so readers never wait for a writer. Every write is one
transaction begun ``IMMEDIATE``: a run killed halfway through saving leaves the store as
the previous run left it, and a second writer waits for the lock (up to ``wait``
seconds) instead of failing halfway, then gets a :class:`StoreBusyError`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import InputError, StoreBusyError

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


def connect_existing(path: str | Path) -> sqlite3.Connection:
    """:func:`connect` to a store a run has already written; :class:`InputError` when there is none at ``path``.

    Reading commands must not leave an empty store behind where a path was mistyped.
    """
    if not Path(path).exists():
        raise InputError(f"{path}: no such store; run claimcheck run first, or pass --db")
    return connect(path)


def _locked(error: sqlite3.Error) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def _create(connection: sqlite3.Connection, wait: float) -> None:
    """Create the tables and indexes, or add the queue columns to an older store; once, under the write lock."""
    with writing(connection, wait):
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
def writing(connection: sqlite3.Connection, wait: float) -> Iterator[None]:
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


def now() -> str:
    """The time now, in UTC, as ISO text to the second: when a run or a review was written."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
