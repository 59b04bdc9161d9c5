"""Review server: queue pages at 5 million pairs, decision latency, two reviewers deciding at once.

    python benchmarks/serve.py [--pairs 5000000] [--db /tmp/claimcheck-serve.db] [--decisions 500]

Generates a store of ``--pairs`` pairs (20 claims per document, 40 sources, 5% conflict,
25% needs_review, 2,000 reviews) in SQL, unless ``--db`` already holds that many, and
then measures, on this machine:

1. queue pages through the Flask app (SQL, template, response): the very first request,
   with the store's file dropped from the OS cache (``posix_fadvise``); then the first
   page of each view of the queue, the 100th page reached by following "next" links,
   and a pair's page, each timed 5 times, median and slowest (target: 0.5 s);
2. decisions over loopback against ``claimcheck serve`` running under waitress in its own
   process, one at a time: median, 95th percentile and slowest (target: 50 ms);
3. two reviewers, each with their own token, sending ``--decisions`` decisions at once
   on the same pairs: every one must be answered 201 and be in the store afterwards.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path

from claimcheck import store
from claimcheck.serve import create_app

CLAIMS_PER_DOC = 20
SOURCES = 40
REVIEWERS = ("Desk One", "Desk Two", "Desk Three", "Desk Four", "Desk Five")


def generate(path: Path, pairs: int, reviews: int = 2000) -> None:
    """A store of ``pairs`` pairs written in SQL (a recursive counter), indexes built after the rows."""
    path.unlink(missing_ok=True)
    connection = store.connect(path)
    docs = max(pairs // 12 // CLAIMS_PER_DOC, 50)
    claims = docs * CLAIMS_PER_DOC
    indexes = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    connection.execute("PRAGMA journal_mode = OFF")  # one writer and nothing to keep: write the pages once
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA cache_size = -1000000")
    connection.isolation_level = None
    for name, _sql in indexes:
        connection.execute(f"DROP INDEX {name}")
    counter = "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)"
    source = "printf('Wire %02d', ({doc}) % {sources})"
    connection.execute("BEGIN")
    connection.execute("INSERT INTO runs (started_at, settings) VALUES ('2026-01-01T00:00:00+00:00', '{}')")
    connection.execute(
        f"""INSERT INTO documents {counter}
            SELECT printf('d%08d', i), printf('wire/%d.txt', i), {source.format(doc="i", sources=SOURCES)},
                   printf('Story %d', i), '2026-01-01', NULL, NULL,
                   printf('Story %d. The company reported revenue of %d million dollars.', i, i % 997), 1, 1
            FROM n""",
        (docs,),
    )
    connection.execute(
        f"""INSERT INTO claims {counter}
            SELECT printf('c%09d', i), printf('d%08d', i / {CLAIMS_PER_DOC}),
                   printf('The company reported revenue of %d million dollars.', i % 997), 0, 52
            FROM n""",
        (claims,),
    )
    # Multiplying by an odd constant modulo 2**44 is a bijection: distinct, scattered ids.
    connection.execute(
        f"""INSERT INTO pairs (id, a, b, a_quantity, b_quantity, verdict, reasons, score, explanation,
                               same_source, similarity, first_run, last_run, severity, a_source, b_source)
            {counter}, k(i, a, b, h) AS (
                SELECT i, (i * 7919) % {claims}, (i * 104729 + 1) % {claims}, (i * 40503) % 1000 FROM n)
            SELECT printf('p%011x', (i * 2654435761) % 17592186044416), printf('c%09d', a), printf('c%09d', b),
                   printf('%d million', a % 997), printf('%d million', b % 997),
                   CASE WHEN h < 50 THEN 'conflict' WHEN h < 300 THEN 'needs_review' ELSE 'consistent' END,
                   CASE WHEN h % 3 = 0 THEN '["different_time"]' ELSE '[]' END,
                   ((i * 7477) % 10007) / 10007.0,
                   printf('%d million and %d million differ by more than the wording allows.', a % 997, b % 997),
                   0, 0.8, 1, 1,
                   CASE WHEN h < 50 THEN 2 WHEN h < 300 THEN 1 ELSE 0 END,
                   {source.format(doc=f"a / {CLAIMS_PER_DOC}", sources=SOURCES)},
                   {source.format(doc=f"b / {CLAIMS_PER_DOC}", sources=SOURCES)}
            FROM k""",
        (pairs,),
    )
    connection.execute("COMMIT")
    for _name, sql in indexes:
        connection.execute(sql)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.close()
    connection = store.connect(path)
    ids = [row[0] for row in connection.execute("SELECT id FROM pairs WHERE severity > 0 LIMIT ?", (reviews * 50,))]
    for number, pair_id in enumerate(ids[::50]):
        store.add_review(connection, pair_id, store.DECISIONS[number % 3], REVIEWERS[number % len(REVIEWERS)])
    connection.close()


def timed(call, times: int = 5) -> tuple[float, float]:
    """Median and slowest of ``times`` calls, in seconds."""
    seconds = []
    for _ in range(times):
        start = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), max(seconds)


def queue_pages(path: Path) -> list[tuple[str, float, float]]:
    http = create_app(str(path)).test_client()

    def get(url: str):
        response = http.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return response

    for name in (path, path.with_name(path.name + "-wal")):  # out of the OS cache: the first request reads the disk
        if name.exists() and hasattr(os, "posix_fadvise"):
            with open(name, "rb") as handle:
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    start = time.perf_counter()
    get("/")
    cold = time.perf_counter() - start
    rows = [("/ (first request, store not in the OS cache)", cold, cold)]
    reviewer = REVIEWERS[0].replace(" ", "+")
    for url in (
        "/",
        "/?verdict=conflict",
        "/?verdict=consistent",
        "/?status=all",
        "/?source=Wire+07",
        "/?source=Wire+07&verdict=needs_review",
        "/?status=reviewed",
        f"/?status=reviewed&reviewer={reviewer}",
    ):
        rows.append((url, *timed(lambda url=url: get(url))))
    url = "/"
    for _ in range(99):  # follow "next" to the 100th page
        page = get(url).get_data(as_text=True)
        url = page.split('id="next-page" rel="next">')[0].rsplit('href="', 1)[1].split('"')[0].replace("&amp;", "&")
    rows.append(("100th page of / (after=…)", *timed(lambda: get(url))))
    pair_id = get("/").get_data(as_text=True).split('href="/pairs/')[1].split('"')[0]
    rows.append((f"/pairs/{pair_id}", *timed(lambda: get(f"/pairs/{pair_id}"))))
    return rows


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(path: Path, reviewers: dict[str, str], port: int) -> subprocess.Popen:
    tokens = Path(tempfile.mkdtemp()) / "reviewers.txt"
    tokens.write_text("".join(f"{name}={token}\n" for token, name in reviewers.items()), encoding="utf-8")
    command = [sys.executable, "-m", "claimcheck", "serve", "--db", str(path), "--port", str(port)]
    server = subprocess.Popen([*command, "--reviewers", str(tokens)], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(server.stderr.read()) from None
            time.sleep(0.2)
    raise RuntimeError("claimcheck serve did not start in 120 s")


def decide(port: int, token: str, pair_ids: list[str], latencies: list[float], statuses: list[int]) -> None:
    """POST one decision per pair over one keep-alive connection, as the page's script does."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    for number, pair_id in enumerate(pair_ids):
        body = json.dumps({"decision": store.DECISIONS[number % 3], "note": f"decision {number}"})
        start = time.perf_counter()
        connection.request("POST", f"/api/pairs/{pair_id}/reviews", body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        latencies.append(time.perf_counter() - start)
        statuses.append(response.status)
    connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5_000_000, help="pairs in the generated store")
    parser.add_argument("--db", default=os.path.join(tempfile.gettempdir(), "claimcheck-serve.db"))
    parser.add_argument("--decisions", type=int, default=500, help="decisions each of the two reviewers sends")
    args = parser.parse_args()
    path = Path(args.db)

    have = 0
    if path.exists():
        with closing(store.connect(path)) as connection:
            have = connection.execute("SELECT COUNT(*) FROM pairs").fetchone()[0]
    if have != args.pairs:
        start = time.perf_counter()
        generate(path, args.pairs)
        print(f"generated {args.pairs:,} pairs in {time.perf_counter() - start:.0f} s: {path}", file=sys.stderr)
    size = sum(f.stat().st_size for f in path.parent.glob(path.name + "*"))
    print(f"store: {args.pairs:,} pairs, {size / 2**30:.1f} GiB, {os.cpu_count()} cores\n")

    print("1. Queue pages (Flask app: SQL + template), ms, median / slowest of 5; target 500")
    for url, median, slowest in queue_pages(path):
        print(f"   {url:46} {median * 1000:7.1f} {slowest * 1000:7.1f}")

    reviewers = {secrets.token_urlsafe(): name for name in ("Ana", "Ben")}
    with closing(store.connect(path)) as connection:
        pair_ids = [row[0] for row in connection.execute("SELECT id FROM pairs WHERE status IS NULL LIMIT ?", (2000,))]
        before = connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]
    port = free_port()
    server = start_server(path, reviewers, port)
    try:
        latencies: list[float] = []
        statuses: list[int] = []
        decide(port, next(iter(reviewers)), pair_ids[1000:1200], latencies, statuses)
        latencies.sort()
        print("\n2. Decisions over loopback (waitress, one at a time, 200), ms; target 50")
        print(
            f"   median {statistics.median(latencies) * 1000:.1f}, 95th percentile "
            f"{latencies[int(len(latencies) * 0.95)] * 1000:.1f}, slowest {latencies[-1] * 1000:.1f}; "
            f"{statuses.count(201)}/{len(statuses)} saved"
        )

        results = {token: ([], []) for token in reviewers}
        threads = [
            threading.Thread(target=decide, args=(port, token, pair_ids[: args.decisions], *results[token]))
            for token in reviewers
        ]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait()
    with closing(store.connect(path)) as connection:
        stored = dict(
            connection.execute(
                "SELECT reviewer, COUNT(*) FROM reviews WHERE id > ? AND reviewer IN ('Ana', 'Ben') GROUP BY reviewer",
                (before,),
            ).fetchall()
        )
    print(f"\n3. Two reviewers x {args.decisions} decisions at once on the same pairs: {seconds:.1f} s")
    lost = 0
    for token, name in reviewers.items():
        times, statuses = results[token]
        expected = args.decisions + (200 if name == "Ana" else 0)
        lost += expected - stored.get(name, 0)
        print(
            f"   {name}: {statuses.count(201)}/{len(statuses)} answered 201, {stored.get(name, 0)} in the store "
            f"(expected {expected}), median {statistics.median(times) * 1000:.1f} ms"
        )
    print(f"   lost: {lost}")
    return 0 if lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
