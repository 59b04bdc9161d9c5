"""The review page: a web app over the store, for fact-checkers deciding flagged pairs.

Flask, because the job is a handful of server-rendered pages and one JSON endpoint: no
build step, templates beside the report's and a test client for the API tests. It runs
under waitress (:func:`make_server`), a production WSGI server in pure Python: a pool of
threads, no fork, the same on Linux, macOS and Windows, and nothing to compile.

Each server thread has its own SQLite connection (WAL), and each decision is one
transaction, so reviewers deciding at once all land; a decision sent with the review id its page last saw is refused with 409 when
someone decided since, and the page shows that decision instead of overwriting it.

Security model. A server on loopback serves whoever can reach it: the people on this
machine, who name themselves. Given reviewers (token → name), every request must carry
a token, as ``Authorization: Bearer TOKEN`` or as the cookie a first visit to
``/?token=TOKEN`` sets, and the reviewer's name comes from the token, never from the
request. Whatever the mode, a request whose ``Host`` is not a name the server answers to
is refused (a DNS-rebinding page would carry its own name), and a state-changing request
must be JSON and come from no other origin, which a cross-site form or script cannot do.
"""

from __future__ import annotations

import functools
import hmac
import ipaddress
import socket
import threading
import weakref
from collections.abc import Iterable, Mapping
from urllib.parse import urlencode, urlsplit

import waitress
from flask import Flask, abort, g, jsonify, redirect, render_template, request, url_for

from . import store
from .models import REASONS
from .report import mark

#: Largest request body accepted (a note is at most store.MAX_NOTE characters).
MAX_BODY = 16 * 1024
#: Pairs on one page of the queue.
PAGE_SIZE = 50
#: Verdicts the queue shows unless asked for another.
FLAGGED = ("conflict", "needs_review")
#: Shortest token accepted (``secrets.token_urlsafe()`` gives 43 characters).
MIN_TOKEN = 16
#: The queue counts matching pairs up to this many and says "more than" beyond.
COUNT_CAP = 10_000
COOKIE = "claimcheck_token"
_SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def create_app(
    db_path: str, *, reviewers: Mapping[str, str] | None = None, hosts: Iterable[str] = ("127.0.0.1",)
) -> Flask:
    """The review app over the store at ``db_path``.

    ``reviewers`` maps tokens to reviewer names; when given, every request needs a token.
    ``hosts`` are the addresses the server listens on or is reached by; requests naming
    another ``Host`` are refused (see :func:`allowed_hosts`).
    """
    app = Flask(__name__, template_folder="templates")
    app.config.update(DB_PATH=db_path, MAX_CONTENT_LENGTH=MAX_BODY)
    tokens = dict(reviewers or {})
    hosts = list(hosts)
    names = set().union(*(allowed_hosts(host) for host in hosts))
    everywhere = any(host.strip("[]") in ("0.0.0.0", "::", "") for host in hosts)

    # One connection per server thread, kept open: it keeps its page cache between
    # requests, and closing the last connection would checkpoint the whole log each time.
    local = threading.local()
    opened: list = []
    weakref.finalize(app, lambda: [db.close() for db in opened])

    def connection():
        if not hasattr(local, "db"):
            local.db = store.connect(app.config["DB_PATH"])
            opened.append(local.db)
        return local.db

    @app.before_request
    def guard():
        host = _hostname(request.host)
        if host not in names and not (everywhere and _local_address(host)):
            return _refuse(400, f"this server does not answer to {host}; use {', '.join(sorted(names))}")
        if tokens:
            given = _bearer() or request.args.get("token") or request.cookies.get(COOKIE) or ""
            g.reviewer = _reviewer_of(given, tokens)
            if g.reviewer is None:
                return _refuse(401, "open the link with ?token=… you were given, or send Authorization: Bearer")
            if "token" in request.args and request.method == "GET":
                # Keep the token out of the address bar, history and Referer: it lives in the cookie.
                rest = urlencode([(k, v) for k, v in request.args.items(multi=True) if k != "token"])
                response = redirect(request.path + (f"?{rest}" if rest else ""), 303)
                response.set_cookie(COOKIE, given, httponly=True, samesite="Lax", secure=request.is_secure)
                return response
        if request.method not in _SAFE_METHODS:
            if request.mimetype != "application/json":
                return _refuse(415, 'send JSON (Content-Type: application/json): {"decision", "note"?, "reason"?}')
            origin = request.headers.get("Origin")
            site = request.headers.get("Sec-Fetch-Site", "same-origin")
            if (origin is not None and urlsplit(origin).netloc.lower() != request.host.lower()) or site not in (
                "same-origin",
                "none",
            ):
                return _refuse(403, f"refused a request from another site ({origin or site})")
        return None

    @app.get("/")
    def queue():
        filters = {key: request.args.get(key, "") for key in ("verdict", "source", "reviewer", "status")}
        filters["status"] = filters["status"] if filters["status"] in store.STATUSES else "unreviewed"
        query = {
            "verdicts": [filters["verdict"]] if filters["verdict"] else FLAGGED,
            "source": filters["source"] or None,
            "reviewer": filters["reviewer"] or None,
            "status": filters["status"],
        }
        try:
            rows = store.pair_rows(connection(), **query, after=request.args.get("after") or None, limit=PAGE_SIZE)
        except ValueError as error:
            abort(404, description=str(error))
        findings = []
        if not request.args.get("after") and not filters["verdict"]:
            findings = [
                row
                for row in store.finding_rows(connection(), status=filters["status"])
                if (not filters["source"] or row["source"] == filters["source"])
                and (not filters["reviewer"] or row["reviewer"] == filters["reviewer"])
            ]
        following = None
        if len(rows) == PAGE_SIZE:
            following = url_for("queue", **{k: v for k, v in filters.items() if v}, after=rows[-1]["id"])
        return render_template(
            "serve_queue.html",
            pairs=rows,
            findings=findings,
            filters=filters,
            sources=store.sources(connection()),
            reviewers=store.reviewers(connection()),
            total=store.count_pairs(connection(), **query, cap=COUNT_CAP),
            cap=COUNT_CAP,
            first_page=not request.args.get("after"),
            next_url=following,
        )

    @app.get("/pairs/<pair_id>")
    def pair(pair_id: str):
        row = store.pair(connection(), pair_id)
        if row is None:
            abort(404, description=f"unknown pair {pair_id!r}")
        following = store.pair_rows(connection(), verdicts=FLAGGED, status="unreviewed", after=pair_id, limit=1)
        return render_template(
            "serve_pair.html",
            pair=row,
            sides=[_side(row, "a"), _side(row, "b")],
            history=store.history(connection(), pair_id),
            next_url=f"/pairs/{following[0]['id']}" if following else None,
            decisions=store.DECISIONS,
            reasons=REASONS,
        )

    @app.get("/findings/<finding_id>")
    def finding(finding_id: str):
        row = store.finding(connection(), finding_id)
        if row is None:
            abort(404, description=f"unknown finding {finding_id!r}")
        figures = row["data"].get("figures") or [row["data"].get("quantity", "")]
        waiting = [f["id"] for f in store.finding_rows(connection(), status="unreviewed") if f["id"] != finding_id]
        following = store.pair_rows(connection(), verdicts=FLAGGED, status="unreviewed", limit=1)
        next_url = f"/findings/{waiting[0]}" if waiting else (f"/pairs/{following[0]['id']}" if following else None)
        return render_template(
            "serve_finding.html",
            finding=row,
            segments=mark(row["text"], figures),
            history=store.finding_history(connection(), finding_id),
            next_url=next_url,
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
        if connection().execute("SELECT 1 FROM pairs WHERE id = ?", (pair_id,)).fetchone() is not None:
            reviews = store.history(connection(), pair_id)
        elif store.finding(connection(), pair_id) is not None:  # an arithmetic finding or reference check
            reviews = store.finding_history(connection(), pair_id)
        else:
            return _error(404, f"unknown pair {pair_id!r}")
        return jsonify(pair_id=pair_id, latest=reviews[-1] if reviews else None, history=reviews)

    @app.post("/api/pairs/<pair_id>/reviews")
    def add_review(pair_id: str):
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            return _error(400, 'send JSON: {"decision", "reviewer", "note"?, "reason"?, "seen_review"?}')
        seen = {"seen": data["seen_review"]} if "seen_review" in data else {}
        try:
            saved = store.add_review(
                connection(),
                pair_id,
                str(data.get("decision", "")),
                g.get("reviewer") or str(data.get("reviewer", "")),
                note=str(data.get("note") or ""),
                reason=str(data.get("reason") or ""),
                **seen,
            )
        except store.StaleReviewError as error:
            return jsonify(error=str(error), latest=error.latest), 409
        except ValueError as error:
            return _error(404 if str(error).startswith("unknown pair") else 400, str(error))
        except store.StoreBusyError:
            return _error(503, "not saved: the store is busy saving a run; decide again in a minute")
        return jsonify(review=saved), 201

    @app.errorhandler(404)
    def not_found(error):
        return _refuse(404, getattr(error, "description", "not found"))

    @app.errorhandler(413)
    def too_large(_exception):
        return _error(413, f"request too large (at most {MAX_BODY} bytes)")

    return app


def make_server(app: Flask, host: str = "127.0.0.1", port: int = 8421, *, threads: int = 8):
    """A waitress server for ``app`` on ``host:port`` (port 0: any free one); ``run()`` serves until stopped."""
    return waitress.create_server(app, host=host, port=port, threads=threads, ident="claimcheck")


def is_loopback(host: str) -> bool:
    """Whether ``host`` only listens on this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str) -> set[str]:
    """The names a request's ``Host`` may give for a server listening on ``host``.

    The address itself; for loopback also ``localhost``; for every interface
    (``0.0.0.0`` or ``::``) this machine's names and loopback, but not the wildcard
    itself, which a browser would send only to a page on this machine. A server on every
    interface also answers to any address of this machine, checked per request.
    """
    host = host.lower().strip("[]")
    if is_loopback(host):
        return {host, "localhost", "127.0.0.1", "::1"}
    if host not in ("0.0.0.0", "::", ""):
        return {host}
    return {socket.gethostname().lower(), socket.getfqdn().lower(), "localhost", "127.0.0.1", "::1"}


@functools.lru_cache(maxsize=64)
def _local_address(host: str) -> bool:
    """Whether ``host`` is an IP address of this machine: only those can be bound to.

    A DNS-rebinding page sends its own domain name as ``Host``, never an address, so
    answering to this machine's addresses gives such a page nothing.
    """
    try:
        family = socket.AF_INET6 if ipaddress.ip_address(host).version == 6 else socket.AF_INET
    except ValueError:
        return False
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.bind((host, 0))
    except OSError:
        return False
    return True


def read_reviewers(lines: Iterable[str], *, where: str = "line") -> dict[str, str]:
    """Tokens to reviewer names from ``NAME=TOKEN`` lines (blank lines and ``#`` comments skipped).

    Raises :class:`ValueError` naming the line (``where`` and its number) for a missing
    name, a token shorter than :data:`MIN_TOKEN` characters or a token given twice.
    """
    found: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, token = (part.strip() for part in line.rpartition("="))
        if not name:
            raise ValueError(f"{where} {number}: write NAME=TOKEN")
        if len(token) < MIN_TOKEN:
            raise ValueError(f"{where} {number}: the token for {name} is shorter than {MIN_TOKEN} characters")
        if token in found:
            raise ValueError(f"{where} {number}: {name} has the token of {found[token]}; give each reviewer their own")
        found[token] = name
    return found


def _reviewer_of(given: str, tokens: Mapping[str, str]) -> str | None:
    # Compare with every token in constant time, so timing tells nothing about near misses.
    found = None
    for token, name in tokens.items():
        if hmac.compare_digest(given.encode(), token.encode()):
            found = name
    return found


def _bearer() -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def _hostname(host: str) -> str:
    """``host`` from a ``Host`` value ``host[:port]`` or ``[v6]:port``."""
    host = host.lower()
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


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


def _refuse(status: int, message: str):
    """An error as JSON for the API, as a page for a browser."""
    if request.path.startswith("/api/"):
        return _error(status, message)
    return render_template("serve_error.html", message=message, status=status), status


def _error(status: int, message: str):
    return jsonify(error=message), status
