"""Reviewed pairs out of the store: schema.org ClaimReview JSON-LD, or a CSV of reviews.

ClaimReview is what search engines and fact-check aggregators read; one is written for
each reviewed pair, about the first claim, with the second named in the review body, and
one for each reviewed arithmetic finding or reference check, about its one claim.
The CSV holds every review, history included, for a spreadsheet.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from . import store

#: The textual rating each decision publishes as.
RATINGS = {
    "confirmed_conflict": "Conflicting figures",
    "not_a_conflict": "Figures consistent",
    "unsure": "Unverified",
}
#: The rating of a decision on an arithmetic finding ("confirmed" means the sum is wrong) or reference check.
FINDING_RATINGS = {
    "arithmetic": {
        "confirmed_conflict": "Figures do not add up",
        "not_a_conflict": "Arithmetic correct",
        "unsure": "Unverified",
    },
    "reference": {
        "confirmed_conflict": "Contradicts the official figure",
        "not_a_conflict": "Matches the official figure",
        "unsure": "Unverified",
    },
}
CSV_COLUMNS = (
    "pair_id", "decision", "reason", "note", "reviewer", "created_at", "verdict", "a_quantity", "b_quantity",
    "a_text", "b_text", "a_source", "b_source", "superseded",
)  # fmt: skip


def claim_reviews(connection: sqlite3.Connection, organisation: str, url: str | None = None) -> list[dict]:
    """One ClaimReview (JSON-LD) per reviewed pair, from its latest review."""
    author = {"@type": "Organization", "name": organisation, **({"url": url} if url else {})}
    reviews = []
    for row in store.pair_rows(connection, status="reviewed"):  # not the millions never decided
        review = row["review"]
        if review is None:
            continue
        body = (
            f"{row['a_quantity']} ({row['a_source']}) vs {row['b_quantity']} ({row['b_source']}): "
            f"{row['explanation']}" + (f" Reviewer's note: {review['note']}" if review["note"] else "")
        )
        item = {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": row["a_source"]},
            "appearance": [_appearance(row, "a"), _appearance(row, "b")],
        }
        if row["a_date"]:
            item["datePublished"] = row["a_date"]
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "identifier": row["id"],
                "claimReviewed": row["a_text"],
                "itemReviewed": item,
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": RATINGS[review["decision"]],
                    "ratingExplanation": review["reason"] or row["explanation"],
                },
                "reviewBody": body,
                "author": author,
                "datePublished": review["created_at"][:10],
            }
        )
    for row in store.finding_rows(connection, status="reviewed", flagged=False):
        reviews.append(_finding_review(row, author))
    return reviews


def _finding_review(row: dict, author: dict) -> dict:
    """The ClaimReview of a reviewed arithmetic finding or reference check: one claim, one explanation."""
    review = row["review"]
    work = {"@type": "CreativeWork", "headline": row["title"] or row["source"]}
    work |= {key: row[name] for key, name in (("url", "url"), ("datePublished", "date")) if row[name]}
    item = {"@type": "Claim", "author": {"@type": "Organization", "name": row["source"]}, "appearance": [work]}
    if row["date"]:
        item["datePublished"] = row["date"]
    if row["kind"] == "reference" and row["data"].get("url"):
        item["citation"] = {"@type": "CreativeWork", "name": row["data"]["source"], "url": row["data"]["url"]}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": row["id"],
        "claimReviewed": row["text"],
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": FINDING_RATINGS[row["kind"]][review["decision"]],
            "ratingExplanation": review["reason"] or row["explanation"],
        },
        "reviewBody": row["explanation"] + (f" Reviewer's note: {review['note']}" if review["note"] else ""),
        "author": author,
        "datePublished": review["created_at"][:10],
    }


#: Export formats: schema.org ClaimReview JSON-LD, or a CSV of every review.
FORMATS = ("claimreview", "csv")


def write_export(
    connection: sqlite3.Connection, fmt: str, path: str | Path, organisation: str = "claimcheck", url: str | None = None
) -> int:
    """Write the reviews in ``fmt`` (one of :data:`FORMATS`) to ``path``; return how many were written.

    ``organisation`` and ``url`` name the ClaimReview author; the CSV has no author.
    """
    if fmt == "claimreview":
        return write_claim_reviews(connection, path, organisation, url)
    if fmt == "csv":
        return write_reviews_csv(connection, path)
    raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_claim_reviews(
    connection: sqlite3.Connection, path: str | Path, organisation: str, url: str | None = None
) -> int:
    """Write the ClaimReview JSON-LD list to ``path``; return how many reviews it holds."""
    reviews = claim_reviews(connection, organisation, url)
    Path(path).write_text(json.dumps(reviews, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(reviews)


def write_reviews_csv(connection: sqlite3.Connection, path: str | Path) -> int:
    """Every review, oldest first, with its pair; ``superseded`` marks the ones a later review replaced.

    Reviews of arithmetic findings and reference checks follow those of pairs: ``pair_id``
    holds the finding's id, ``a_quantity`` its figures, ``b_quantity`` the reference
    figure, ``b_text`` the explanation.
    """
    pairs = {row["id"]: row for row in store.pair_rows(connection, status="reviewed")}
    latest = {review["id"] for review in store.latest_reviews(connection).values()}
    count = 0
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for review in connection.execute("SELECT * FROM reviews ORDER BY id"):
            pair = pairs[review["pair_id"]]
            writer.writerow(
                {
                    "pair_id": review["pair_id"],
                    "decision": review["decision"],
                    "reason": review["reason"] or "",
                    "note": review["note"] or "",
                    "reviewer": review["reviewer"],
                    "created_at": review["created_at"],
                    "superseded": review["id"] not in latest,
                    **{
                        key: pair[key]
                        for key in ("verdict", "a_quantity", "b_quantity", "a_text", "b_text", "a_source", "b_source")
                    },
                }
            )
            count += 1
        findings = {row["id"]: row for row in store.finding_rows(connection, status="reviewed", flagged=False)}
        latest = {review["id"] for review in store.latest_finding_reviews(connection).values()}
        for review in connection.execute("SELECT * FROM finding_reviews ORDER BY id"):
            found = findings[review["finding_id"]]
            writer.writerow(
                {
                    "pair_id": review["finding_id"],
                    **{key: review[key] or "" for key in ("decision", "reason", "note")},
                    "reviewer": review["reviewer"],
                    "created_at": review["created_at"],
                    "superseded": review["id"] not in latest,
                    "verdict": found["verdict"],
                    "a_quantity": found["figures"],
                    "b_quantity": found["other"] or "",
                    "a_text": found["text"],
                    "b_text": found["explanation"],
                    "a_source": found["source"],
                    "b_source": found["data"].get("source", "") if found["kind"] == "reference" else "",
                }
            )
            count += 1
    return count


def _appearance(row: dict, side: str) -> dict:
    work = {"@type": "CreativeWork", "headline": row[f"{side}_title"] or row[f"{side}_source"]}
    if row[f"{side}_url"]:
        work["url"] = row[f"{side}_url"]
    if row[f"{side}_date"]:
        work["datePublished"] = row[f"{side}_date"]
    return work
