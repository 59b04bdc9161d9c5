"""A reviewer's decision on a flagged pair, an arithmetic finding or a reference check.

Fact-checkers review pairs, often several at once; a decision must never be lost or
asked again. Reviews are only ever added: the latest one for a pair is its status, the
earlier ones its history. Findings and reference checks keep theirs in
``finding_reviews`` the same way, and :func:`add_review` takes either kind of id.
"""

from __future__ import annotations

import sqlite3

from .schema import now, writing

#: Decisions a reviewer can record.
DECISIONS = ("confirmed_conflict", "not_a_conflict", "unsure")
#: Longest note accepted, in characters.
MAX_NOTE = 2000


class StaleReviewError(ValueError):
    """Someone decided on the pair since the review the decision was based on; ``latest`` is theirs."""

    def __init__(self, latest: dict):
        super().__init__(f"{latest['reviewer']} decided {latest['decision']} first")
        self.latest = latest


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
    with writing(connection, wait):
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
            (pair_id, decision, reason or None, note or None, reviewer.strip(), now()),
        ).lastrowid
        connection.execute(
            f"UPDATE {table} SET status = ?, reviewer = ? WHERE id = ?", (decision, reviewer.strip(), pair_id)
        )
        saved = dict(connection.execute(f"SELECT {columns} FROM {reviews} WHERE id = ?", (review_id,)).fetchone())
    return saved
