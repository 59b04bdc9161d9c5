"""What a run reuses from the store instead of computing or fetching it again: sentence embeddings and web pages.

Both are caches: a write that finds the store busy for the connection's whole timeout
keeps nothing and returns False, and the run goes on without it.
"""

from __future__ import annotations

import sqlite3

from .errors import StoreBusyError
from .schema import writing


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
        with writing(connection, connection.execute("PRAGMA busy_timeout").fetchone()[0] / 1000):
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
        with writing(connection, connection.execute("PRAGMA busy_timeout").fetchone()[0] / 1000):
            connection.execute(_PAGES)
            connection.executemany("INSERT OR REPLACE INTO pages (url, html, fetched_at) VALUES (?, ?, ?)", pages)
    except StoreBusyError:
        return False
    return True
