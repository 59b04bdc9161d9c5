"""The review queue read from the store: pairs filtered, ordered and paged in SQL.

A day's store holds millions of pairs, and a reviewer asks for one page of them at a
time. Every pair row carries its verdict's severity, its current decision and reviewer,
and the sources of both claims (written by :mod:`claimcheck.store`), and each view of the
queue reads an index kept in queue order, so a page costs the same in a store of
millions as in one of a hundred.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

#: Queue order: the higher a verdict's severity, the earlier its pairs are shown.
SEVERITY = {"conflict": 2, "needs_review": 1, "consistent": 0}
#: Review statuses the queue filters on.
STATUSES = ("unreviewed", "reviewed", "all")
#: Queue order of arithmetic findings and reference checks: an inconsistent calculation ranks with a conflict.
FINDING_SEVERITY = {"inconsistent": 2, **SEVERITY}


def latest_reviews(connection: sqlite3.Connection) -> dict[str, dict]:
    """The current review of every reviewed pair, by pair id."""
    rows = connection.execute("SELECT * FROM reviews WHERE id IN (SELECT MAX(id) FROM reviews GROUP BY pair_id)")
    return {row["pair_id"]: dict(row) for row in rows}


def history(connection: sqlite3.Connection, pair_id: str) -> list[dict]:
    """Every review of a pair, oldest first."""
    return [dict(r) for r in connection.execute("SELECT * FROM reviews WHERE pair_id = ? ORDER BY id", (pair_id,))]


def pair_rows(
    connection: sqlite3.Connection,
    *,
    verdicts: Iterable[str] | None = None,
    source: str | None = None,
    reviewer: str | None = None,
    status: str = "all",
    after: str | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Stored pairs with both claims, their documents and current review, most serious first.

    Filters and paging run in SQL over indexes in queue order, so a page costs the same
    in a store of millions of pairs. ``verdicts`` keeps those verdicts (None: all);
    ``source`` the pairs with a claim from that source; ``reviewer`` the pairs whose
    current review is theirs; ``status`` one of :data:`STATUSES`. ``after`` is a pair id:
    the rows start just after it in queue order (a page's last id gives the next page);
    ``limit`` caps the rows. Raises :class:`ValueError` for an unknown ``after`` or status.
    """
    return _rows(connection, *_page_query(connection, verdicts, source, reviewer, status, after, limit))


def pair(connection: sqlite3.Connection, pair_id: str) -> dict | None:
    """One stored pair as :func:`pair_rows` gives it, or None."""
    found = _rows(connection, "SELECT severity, score, id FROM pairs WHERE id = ?", [pair_id])
    return found[0] if found else None


def count_pairs(
    connection: sqlite3.Connection,
    *,
    verdicts: Iterable[str] | None = None,
    source: str | None = None,
    reviewer: str | None = None,
    status: str = "all",
    cap: int = 10_000,
) -> int:
    """How many pairs :func:`pair_rows` gives for these filters, counted up to ``cap`` (more: ``cap + 1``)."""
    sql, params = _page_query(connection, verdicts, source, reviewer, status, None, cap + 1)
    return connection.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0]


def _page_query(connection, verdicts, source, reviewer, status, after, limit) -> tuple[str, list]:
    """SQL giving (severity, score, id) of the pairs asked for, in queue order, and its parameters.

    Each view reads the index kept in queue order for it (``INDEXED BY``, so the plan does
    not depend on table statistics): its first page never sorts the matching pairs. Views
    of reviewed pairs read the reviewed ones (as many as people decided, not millions)
    and sort those.
    """
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
    where: list[str] = []
    params: list = []
    levels = sorted({SEVERITY.get(v, -1) for v in verdicts}) if verdicts is not None else None
    key = None
    if after is not None:
        key = connection.execute("SELECT severity, score, id FROM pairs WHERE id = ?", (after,)).fetchone()
        if key is None:
            raise ValueError(f"unknown pair {after!r}")
        if levels and key[0] > levels[-1]:
            key = None  # every pair of these verdicts comes after it
    if levels and levels == list(range(levels[0], levels[-1] + 1)):
        # A range keeps the index order. With a key, the key is the upper bound: SQLite
        # searches the index by a row value only when no other upper bound competes.
        where.append("severity >= ?" if key else "severity BETWEEN ? AND ?")
        params += [levels[0]] if key else [levels[0], levels[-1]]
    elif levels is not None:  # a gap ("conflict" and "consistent") or nothing: IN, and a sort
        where.append(f"severity IN ({','.join('?' * len(levels))})")
        params += levels
    if key is not None:
        where.append("(severity, score, id) < (?, ?, ?)")
        params += list(key)
    if status != "all":
        where.append("status IS NULL" if status == "unreviewed" else "status IS NOT NULL")
    if reviewer is not None:
        where.append("reviewer = ?")
        params.append(reviewer)
        index = "pairs_by_reviewer"
    elif status == "reviewed":
        index = "pairs_reviewed"
    elif source is not None:
        index = None
    else:
        index = "pairs_unreviewed" if status == "unreviewed" else "pairs_ranked"
    tail = " ORDER BY severity DESC, score DESC, id DESC" + (" LIMIT ?" if limit is not None else "")
    tail_params = [limit] if limit is not None else []
    if index is not None:
        if source is not None:
            where.append("(a_source = ? OR b_source = ?)")
            params += [source, source]
        sql = f"SELECT severity, score, id FROM pairs INDEXED BY {index} WHERE {' AND '.join(where) or 1}{tail}"
        return sql, params + tail_params
    # A source is on either side of a pair: merge the first rows of each side's index.
    sides = [
        f"SELECT * FROM (SELECT severity, score, id FROM pairs INDEXED BY pairs_by_{side}_source "
        f"WHERE {' AND '.join([f'{side}_source = ?', *where])}{tail})"
        for side in ("a", "b")
    ]
    sql = f"{sides[0]} UNION {sides[1]}{tail}"
    return sql, [source, *params, *tail_params] * 2 + tail_params


def _rows(connection: sqlite3.Connection, page: str, params: list) -> list[dict]:
    """The pairs whose keys ``page`` selects, joined to their claims and documents, in queue order."""
    rows = connection.execute(
        f"""SELECT p.*, ca.text AS a_text, cb.text AS b_text, ca.doc_id AS a_doc, cb.doc_id AS b_doc,
                   da.date AS a_date, db.date AS b_date, da.title AS a_title, db.title AS b_title,
                   da.url AS a_url, db.url AS b_url
            FROM ({page}) page JOIN pairs p ON p.id = page.id
            JOIN claims ca ON ca.id = p.a JOIN claims cb ON cb.id = p.b
            JOIN documents da ON da.id = ca.doc_id JOIN documents db ON db.id = cb.doc_id
            ORDER BY page.severity DESC, page.score DESC, page.id DESC""",
        params,
    ).fetchall()
    last_run = connection.execute("SELECT MAX(id) FROM runs").fetchone()[0]
    if len(rows) > 500:
        reviews = latest_reviews(connection)
    else:
        marks = ",".join("?" * len(rows))
        found = connection.execute(
            f"SELECT * FROM reviews WHERE id IN (SELECT MAX(id) FROM reviews WHERE pair_id IN ({marks}) GROUP BY pair_id)",
            [row["id"] for row in rows],
        )
        reviews = {review["pair_id"]: dict(review) for review in found}
    return [_as_item(row, "reasons", "[]", reviews, last_run) for row in rows]


def sources(connection: sqlite3.Connection) -> list[str]:
    """Every source of a stored document, sorted (read from an index: no table scan)."""
    rows = connection.execute("SELECT DISTINCT source FROM documents WHERE source IS NOT NULL ORDER BY source")
    return [row[0] for row in rows]


def reviewers(connection: sqlite3.Connection) -> list[str]:
    """Everyone whose decision is the current one on some pair, sorted."""
    rows = connection.execute(
        "SELECT DISTINCT reviewer FROM pairs INDEXED BY pairs_by_reviewer WHERE reviewer IS NOT NULL ORDER BY reviewer"
    )
    return [row[0] for row in rows]


def document(connection: sqlite3.Connection, doc_id: str) -> dict | None:
    row = connection.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return dict(row) if row else None


# Arithmetic findings and reference checks: one claim each, a few per article, so they are
# read whole, not paged over indexes as the millions of pairs are.


def finding_rows(
    connection: sqlite3.Connection,
    *,
    status: str = "all",
    flagged: bool = True,
    kind: str | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Stored arithmetic findings and reference checks with their claim, document and current review.

    Most serious first. ``flagged`` keeps the inconsistent calculations and the reference
    checks in conflict or needing review; ``status`` is one of :data:`STATUSES`; ``kind``
    "arithmetic" or "reference" (None: both).
    """
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
    where, params = [], []
    if flagged:
        where.append("f.severity >= 1")
    if status != "all":
        where.append("f.status IS NULL" if status == "unreviewed" else "f.status IS NOT NULL")
    if kind is not None:
        where.append("f.kind = ?")
        params.append(kind)
    tail = " LIMIT ?" if limit is not None else ""
    return _finding_rows(
        connection,
        f"WHERE {' AND '.join(where) or 1} ORDER BY f.severity DESC, f.kind, f.id{tail}",
        params + ([limit] if limit is not None else []),
    )


def finding(connection: sqlite3.Connection, finding_id: str) -> dict | None:
    """One stored finding as :func:`finding_rows` gives it, or None."""
    found = _finding_rows(connection, "WHERE f.id = ?", [finding_id])
    return found[0] if found else None


def finding_history(connection: sqlite3.Connection, finding_id: str) -> list[dict]:
    """Every review of a finding, oldest first (the finding's id also as ``pair_id``)."""
    rows = connection.execute(
        "SELECT *, finding_id AS pair_id FROM finding_reviews WHERE finding_id = ? ORDER BY id", (finding_id,)
    )
    return [dict(row) for row in rows]


def latest_finding_reviews(connection: sqlite3.Connection) -> dict[str, dict]:
    """The current review of every reviewed finding, by finding id."""
    rows = connection.execute(
        "SELECT *, finding_id AS pair_id FROM finding_reviews "
        "WHERE id IN (SELECT MAX(id) FROM finding_reviews GROUP BY finding_id)"
    )
    return {row["finding_id"]: dict(row) for row in rows}


def _finding_rows(connection: sqlite3.Connection, tail: str, params: list) -> list[dict]:
    rows = connection.execute(
        f"""SELECT f.*, c.text AS text, d.date AS date, d.title AS title, d.url AS url
            FROM findings f JOIN claims c ON c.id = f.claim_id JOIN documents d ON d.id = c.doc_id {tail}""",
        params,
    ).fetchall()
    last_run = connection.execute("SELECT MAX(id) FROM runs").fetchone()[0]
    reviews = latest_finding_reviews(connection) if rows else {}
    return [_as_item(row, "data", "{}", reviews, last_run) for row in rows]


def _as_item(row, json_column: str, empty: str, reviews: dict, last_run) -> dict:
    """A stored pair or finding as the queue shows it: its JSON column read, its latest review, whether it is new
    in the last run and still found by it."""
    item = dict(row)
    item[json_column] = json.loads(item[json_column] or empty)
    item["review"] = reviews.get(item["id"])
    item["new"] = item["first_run"] == last_run
    item["current"] = item["last_run"] == last_run
    return item
