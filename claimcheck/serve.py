"""The review page: a local web app over the store, for fact-checkers deciding flagged pairs.

Flask, because the job is a handful of server-rendered pages and one JSON endpoint:
no build step, templates beside the report's, a test client for the API tests, and a
threaded development server that is enough on loopback. Each request opens its own
SQLite connection (WAL), so two reviewers deciding at once both land; a decision sent
with the review id its page last saw is refused with 409 when someone decided since,
and the page shows that decision instead of overwriting it silently.
"""

from __future__ import annotations

import sqlite3

from flask import Flask, abort, g, jsonify, render_template, request

from . import store
from .models import REASONS

#: Largest request body accepted (a note is at most store.MAX_NOTE characters).
MAX_BODY = 16 * 1024


def create_app(db_path: str) -> Flask:
    """The review app over the store at ``db_path``."""
    app = Flask(__name__, template_folder="templates")
    app.config.update(DB_PATH=db_path, MAX_CONTENT_LENGTH=MAX_BODY)

    def connection() -> sqlite3.Connection:
        if "db" not in g:
            g.db = store.connect(app.config["DB_PATH"])
        return g.db

    @app.teardown_appcontext
    def close(_exception):
        db = g.pop("db", None)
        if db is not None:
            db.close()

    @app.get("/")
    def queue():
        rows = store.pair_rows(connection())
        filters = {key: request.args.get(key, "") for key in ("verdict", "source", "reviewer", "status")}
        filters["status"] = filters["status"] or "unreviewed"
        shown = [row for row in rows if _matches(row, filters)]
        return render_template(
            "serve_queue.html",
            pairs=shown,
            filters=filters,
            sources=sorted({r["a_source"] for r in rows} | {r["b_source"] for r in rows}),
            reviewers=sorted({r["review"]["reviewer"] for r in rows if r["review"]}),
            total=len(rows),
        )

    @app.get("/pairs/<pair_id>")
    def pair(pair_id: str):
        rows = store.pair_rows(connection())
        index = next((i for i, row in enumerate(rows) if row["id"] == pair_id), None)
        if index is None:
            abort(404, description=f"unknown pair {pair_id!r}")
        row = rows[index]
        following = next(
            (r["id"] for r in rows[index + 1 :] if r["review"] is None and r["verdict"] != "consistent"), None
        )
        return render_template(
            "serve_pair.html",
            pair=row,
            sides=[_side(row, "a"), _side(row, "b")],
            history=store.history(connection(), pair_id),
            next_id=following,
            decisions=store.DECISIONS,
            reasons=REASONS,
        )

    @app.get("/documents/<doc_id>")
    def document(doc_id: str):
        found = store.document(connection(), doc_id)
        if found is None:
            abort(404, description=f"unknown document {doc_id!r}")
        claim = connection().execute("SELECT * FROM claims WHERE id = ?", (request.args.get("claim", ""),)).fetchone()
        text = found["text"] or ""
        if claim is not None and claim["doc_id"] == doc_id:
            segments = [
                (text[: claim["start"]], False),
                (text[claim["start"] : claim["end"]], True),
                (text[claim["end"] :], False),
            ]
        else:
            segments = [(text, False)]
        return render_template("serve_document.html", document=found, segments=segments)

    @app.get("/api/pairs/<pair_id>")
    def pair_json(pair_id: str):
        if connection().execute("SELECT 1 FROM pairs WHERE id = ?", (pair_id,)).fetchone() is None:
            return _error(404, f"unknown pair {pair_id!r}")
        reviews = store.history(connection(), pair_id)
        return jsonify(pair_id=pair_id, latest=reviews[-1] if reviews else None, history=reviews)

    @app.post("/api/pairs/<pair_id>/reviews")
    def add_review(pair_id: str):
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            return _error(400, 'send JSON: {"decision", "reviewer", "note"?, "reason"?, "seen_review"?}')
        db = connection()
        if db.execute("SELECT 1 FROM pairs WHERE id = ?", (pair_id,)).fetchone() is None:
            return _error(404, f"unknown pair {pair_id!r}")
        reviews = store.history(db, pair_id)
        latest = reviews[-1] if reviews else None
        if "seen_review" in data and (latest["id"] if latest else None) != data["seen_review"]:
            return jsonify(error=f"{latest['reviewer']} decided {latest['decision']} first", latest=latest), 409
        try:
            saved = store.add_review(
                db,
                pair_id,
                str(data.get("decision", "")),
                str(data.get("reviewer", "")),
                note=str(data.get("note") or ""),
                reason=str(data.get("reason") or ""),
            )
        except ValueError as error:
            return _error(400, str(error))
        return jsonify(review=saved), 201

    @app.errorhandler(404)
    def not_found(error):
        if request.path.startswith("/api/"):
            return _error(404, getattr(error, "description", "not found"))
        return render_template("serve_error.html", message=error.description), 404

    @app.errorhandler(413)
    def too_large(_exception):
        return _error(413, f"request too large (at most {MAX_BODY} bytes)")

    return app


def _matches(row: dict, filters: dict) -> bool:
    verdict, source, reviewer, status = (filters[k] for k in ("verdict", "source", "reviewer", "status"))
    if verdict and row["verdict"] != verdict:
        return False
    if not verdict and row["verdict"] == "consistent":
        return False
    if source and source not in (row["a_source"], row["b_source"]):
        return False
    if reviewer and (row["review"] is None or row["review"]["reviewer"] != reviewer):
        return False
    if status == "unreviewed" and row["review"] is not None:
        return False
    return not (status == "reviewed" and row["review"] is None)


def _side(row: dict, side: str) -> dict:
    text, figure = row[f"{side}_text"], row[f"{side}_quantity"]
    start = text.find(figure) if figure else -1
    segments = (
        [(text, False)] if start < 0 else [(text[:start], False), (figure, True), (text[start + len(figure) :], False)]
    )
    return {
        "segments": [s for s in segments if s[0]],
        "source": row[f"{side}_source"],
        "date": row[f"{side}_date"],
        "doc": row[f"{side}_doc"],
        "claim": row[side],
    }


def _error(status: int, message: str):
    return jsonify(error=message), status
