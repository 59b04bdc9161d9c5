"""Where a run's results go: the store that keeps every run with its reviews, and the HTML, JSON and CSV files.

The command line names the files; this module makes the folders they need, keeps the run
in the store (beside the first output unless another store is named) and writes each
file, raising :class:`~claimcheck.errors.ClaimcheckError` subclasses with one-line
messages that name the file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import report, store, tables
from .errors import ClaimcheckError, InputError, OutputError, StoreBusyError
from .models import Run


def default_db(*outputs: str | None) -> str:
    """claimcheck.db in the folder of the first output file, else in the current folder."""
    first = next((o for o in outputs if o), None)
    return str(Path(first).resolve().parent / "claimcheck.db") if first else "claimcheck.db"


def make_parents(*paths: str | None) -> None:
    """Create the missing folders of the files a run writes, or name the one that cannot be."""
    for path in filter(None, paths):
        parent = Path(path).parent
        blocking = next((p for p in (parent, *parent.parents) if p.exists() and not p.is_dir()), None)
        if blocking is not None:
            raise OutputError(f"{path}: {blocking} is a file, not a folder")
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"{path}: cannot create the folder {parent} ({error.strerror})") from error


def keep_run(db_path: str | Path, result: Run) -> tuple[dict[str, dict], set[str]]:
    """Save ``result`` in the store at ``db_path``; return the current review of every pair and finding, and the new ids.

    The report shows each item's review and marks the items this run saw first. A store
    that cannot be used raises :class:`InputError` (:class:`StoreBusyError` when another
    process holds it) telling the user to choose another file with --db.
    """
    try:
        connection = store.connect(db_path)
        _run_id, new_ids = store.save_run(connection, result)
        reviews = store.latest_reviews(connection) | store.latest_finding_reviews(connection)
    except (ClaimcheckError, sqlite3.Error) as error:
        message = f"{db_path}: cannot use the store ({error}); choose another file with --db"
        raise (StoreBusyError if isinstance(error, StoreBusyError) else InputError)(message) from error
    return reviews, new_ids


def write_outputs(
    result: Run,
    *,
    html_path: str | Path | None = None,
    json_path: str | Path | None = None,
    csv_path: str | Path | None = None,
    reviews: dict | None = None,
    new_ids: set[str] | None = None,
) -> None:
    """Write the HTML report (with ``reviews`` and ``new_ids`` from :func:`keep_run`), the JSON and the CSV asked for."""
    writers = (
        (html_path, lambda r, p: report.write_html(r, p, reviews, new_ids)),
        (json_path, tables.write_json),
        (csv_path, tables.write_csv),
    )
    for path, writer in writers:
        if path:
            try:
                writer(result, path)
            except OSError as error:
                raise OutputError(f"{path}: cannot write ({error.strerror})") from error
