import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

from claimcheck import check, store
from claimcheck.models import Claim, Document, Pair, Run
from claimcheck.review_queue import _page_query

FLAGGED = ("conflict", "needs_review")


def synthetic_run(pairs: int, *, prefix: str = "s", sources: int = 3) -> Run:
    """A run of ``pairs`` pairs over 40 claims in 8 documents: mixed verdicts, tied scores, ``sources`` sources."""
    documents = tuple(
        Document(id=f"{prefix}d{i}", path=f"{i}.txt", source=f"Wire {i % sources}", title=None, date=None, text="x")
        for i in range(8)
    )
    claims = tuple(
        Claim(id=f"{prefix}c{i}", doc_id=f"{prefix}d{i % 8}", text=f"Sales rose {i} per cent.", start=0, end=20)
        for i in range(40)
    )
    verdicts = ("conflict", "needs_review", "consistent", "needs_review", "consistent")
    made = tuple(
        Pair(
            id=f"{prefix}p{i:05d}",
            a=f"{prefix}c{i % 40}",
            b=f"{prefix}c{(i * 7 + 3) % 40}",
            a_quantity=f"{i} per cent",
            b_quantity=f"{i + 1} per cent",
            verdict=verdicts[i % 5],
            reasons=(),
            score=float(i % 4),  # many ties: the id settles the order
            explanation="The figures differ.",
            same_source=False,
        )
        for i in range(pairs)
    )
    return Run(documents=documents, claims=claims, groups=(), pairs=made)


@pytest.fixture
def queue_store(tmp_path):
    """A store of 300 synthetic pairs, 40 of them reviewed by Ana or Ben (some twice)."""
    connection = store.connect(tmp_path / "queue.db")
    store.save_run(connection, synthetic_run(300))
    for i in range(0, 200, 5):
        store.add_review(connection, f"sp{i:05d}", store.DECISIONS[i % 3], ("Ana", "Ben")[i % 2])
    store.add_review(connection, "sp00010", "unsure", "Ben")  # a later review replaces Ana's
    return connection


def expected_queue(connection, verdicts=None, source=None, reviewer=None, status="all") -> list[str]:
    """The queue worked out in Python from every row, as the review page did before paging in SQL."""
    latest = store.latest_reviews(connection)
    rows = [dict(row) for row in connection.execute("SELECT * FROM pairs")]
    kept = [
        row
        for row in rows
        if (verdicts is None or row["verdict"] in verdicts)
        and (source is None or source in (row["a_source"], row["b_source"]))
        and (reviewer is None or (row["id"] in latest and latest[row["id"]]["reviewer"] == reviewer))
        and (status == "all" or (row["id"] in latest) == (status == "reviewed"))
    ]
    kept.sort(key=lambda row: (store.SEVERITY[row["verdict"]], row["score"], row["id"]), reverse=True)
    return [row["id"] for row in kept]


VIEWS = [
    {"verdicts": FLAGGED, "status": "unreviewed"},
    {"verdicts": ("conflict",), "status": "unreviewed"},
    {"verdicts": ("consistent",)},
    {"verdicts": ("conflict", "consistent")},
    {},
    {"verdicts": FLAGGED, "source": "Wire 1", "status": "unreviewed"},
    {"source": "Wire 2"},
    {"verdicts": FLAGGED, "status": "reviewed"},
    {"reviewer": "Ana", "status": "reviewed"},
    {"reviewer": "Ben", "source": "Wire 0"},
    {"verdicts": ()},
]


@pytest.mark.parametrize("view", VIEWS)
def test_store_queue_filters_orders_and_pages_in_sql(queue_store, view):
    expected = expected_queue(queue_store, **view)
    assert [row["id"] for row in store.pair_rows(queue_store, **view)] == expected
    paged, after = [], None
    while page := store.pair_rows(queue_store, **view, after=after, limit=7):
        paged += [row["id"] for row in page]
        after = page[-1]["id"]
    assert paged == expected
    assert store.count_pairs(queue_store, **view, cap=10) == min(len(expected), 11)


def test_store_queue_after_a_pair_of_another_verdict(queue_store):
    conflict = expected_queue(queue_store, verdicts=("conflict",))[3]
    rows = store.pair_rows(queue_store, verdicts=("needs_review",), after=conflict, limit=5)
    assert [row["id"] for row in rows] == expected_queue(queue_store, verdicts=("needs_review",))[:5]
    with pytest.raises(ValueError, match="unknown pair"):
        store.pair_rows(queue_store, after="nope")


@pytest.mark.parametrize(
    "view, index",
    [
        ({"verdicts": FLAGGED, "status": "unreviewed"}, "pairs_unreviewed"),
        ({"verdicts": ("needs_review",), "status": "unreviewed", "after": "sp00001"}, "pairs_unreviewed"),
        ({"verdicts": FLAGGED}, "pairs_ranked"),
        ({"after": "sp00001"}, "pairs_ranked"),
        ({"reviewer": "Ana"}, "pairs_by_reviewer"),
    ],
)
def test_store_queue_page_reads_its_index_in_order_without_sorting(queue_store, view, index):
    sql, params = _page_query(
        queue_store, view.get("verdicts"), None, view.get("reviewer"), view.get("status", "all"), view.get("after"), 50
    )
    plan = " | ".join(row[3] for row in queue_store.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert f"INDEX {index}" in plan and "TEMP B-TREE" not in plan, plan
    if "after" in view:
        assert "(severity,score,id)<(?,?,?)" in plan, plan  # the key bounds the search, not a filter


def test_store_queue_of_a_source_reads_both_sides_indexes(queue_store):
    sql, params = _page_query(queue_store, FLAGGED, "Wire 1", None, "unreviewed", None, 50)
    plan = [row[3] for row in queue_store.execute("EXPLAIN QUERY PLAN " + sql, params)]
    for side in ("a", "b"):
        search = f"SEARCH pairs USING COVERING INDEX pairs_by_{side}_source ({side}_source=?"
        assert any(step.startswith(search) for step in plan), plan


def test_store_rerun_on_more_articles_keeps_reviews_attached(tmp_path, fixtures_dir):
    some = tmp_path / "some"
    some.mkdir()
    for name in ("techpulse-adoption.txt", "digital-asia-token-economy.txt", "harbour-post-listings.txt"):
        shutil.copy(fixtures_dir / name, some / name)
    connection = store.connect(tmp_path / "claimcheck.db")
    first = check([some]).run
    _, new_first = store.save_run(connection, first)
    assert new_first == {p.id for p in first.pairs}
    reviewed = first.pairs[0].id
    store.add_review(connection, reviewed, "confirmed_conflict", "Ana", note="both sources checked")

    everything = check([fixtures_dir]).run
    _, new_second = store.save_run(connection, everything)
    assert reviewed in {p.id for p in everything.pairs}  # the same pair, the same id
    assert reviewed not in new_second and new_second == {p.id for p in everything.pairs} - {p.id for p in first.pairs}
    assert store.latest_reviews(connection)[reviewed]["decision"] == "confirmed_conflict"
    rows = {row["id"]: row for row in store.pair_rows(connection)}
    assert rows[reviewed]["review"]["reviewer"] == "Ana" and not rows[reviewed]["new"]
    assert [row["id"] for row in store.pair_rows(connection, reviewer="Ana")] == [reviewed]
    assert reviewed not in {row["id"] for row in store.pair_rows(connection, status="unreviewed")}


def test_store_second_writer_waits_for_the_first(reviewed_store, fixtures_result):
    path, _ = reviewed_store
    first = store.connect(path)
    first.execute("BEGIN IMMEDIATE")
    first.execute("INSERT INTO runs (started_at, settings) VALUES ('now', '{}')")
    threading.Timer(0.5, first.commit).start()
    started = time.monotonic()
    run_id, new = store.save_run(store.connect(path), fixtures_result, wait=30)
    assert time.monotonic() - started >= 0.4 and new == set()
    assert [row[0] for row in store.connect(path).execute("SELECT id FROM runs")] == [1, 2, run_id]


def test_store_second_writer_gives_up_with_a_clear_message(reviewed_store, fixtures_result):
    path, pair_id = reviewed_store
    first = store.connect(path)
    first.execute("BEGIN IMMEDIATE")
    with pytest.raises(store.StoreBusyError, match=r"^another claimcheck process is writing to the store and did not"):
        store.save_run(store.connect(path), fixtures_result, wait=0.2)
    with pytest.raises(store.StoreBusyError):
        store.add_review(store.connect(path), pair_id, "unsure", "Ana", wait=0.2)
    assert not store.save_vectors(store.connect(path, timeout=0.2), "model", [("key", b"1234")])
    first.rollback()
    assert store.connect(path).execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1


def test_store_two_runs_at_once_both_land(reviewed_store, fixtures_result):
    path, _ = reviewed_store
    runs = [synthetic_run(2000, prefix=prefix) for prefix in ("x", "y")]
    threads = [threading.Thread(target=store.save_run, args=(store.connect(path), run)) for run in runs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    connection = store.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 3
    assert connection.execute("SELECT COUNT(*) FROM pairs").fetchone()[0] == len(fixtures_result.pairs) + 4000


_KILLED_RUN = """
import sys
sys.path.insert(0, sys.argv[2])
from test_store import synthetic_run
from claimcheck import store

run = synthetic_run(int(sys.argv[3]), prefix="k")
connection = store.connect(sys.argv[1])
print("writing", flush=True)
store.save_run(connection, run)
print("saved", flush=True)
"""


def snapshot(path) -> tuple:
    connection = store.connect(path)
    return (
        [tuple(row) for row in connection.execute("SELECT * FROM reviews ORDER BY id")],
        [(row["id"], row["status"], row["reviewer"], row["last_run"]) for row in store.pair_rows(connection)],
        connection.execute("SELECT COUNT(*) FROM runs").fetchone()[0],
    )


def test_store_run_killed_while_saving_leaves_the_previous_run_and_reviews(reviewed_store):
    path, pair_id = reviewed_store
    connection = store.connect(path)
    store.add_review(connection, pair_id, "confirmed_conflict", "Ana", note="checked with the company")
    store.add_review(connection, pair_id, "unsure", "Ben")
    connection.close()
    before = snapshot(path)
    command = [sys.executable, "-c", _KILLED_RUN, str(path), os.path.dirname(__file__), "300000"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout.readline() == "writing\n"
        wal = path.with_name(path.name + "-wal")
        deadline = time.monotonic() + 60
        while wal.stat().st_size < 4 * 2**20 and time.monotonic() < deadline:  # the run's pages reach the log
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
        assert child.wait() == -signal.SIGKILL
        assert child.stdout.read() == ""  # killed before the run was saved

    connection = store.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert snapshot(path) == before
    assert store.add_review(connection, pair_id, "not_a_conflict", "Cai")["reviewer"] == "Cai"


def test_store_keeps_findings_and_their_reviews_survive_a_rerun(ledger_store, ledger_result):
    path, finding_id = ledger_store
    connection = store.connect(path)
    rows = store.finding_rows(connection, flagged=False)
    assert len(rows) == len(ledger_result.arithmetic) + len(ledger_result.references)
    flagged = store.finding_rows(connection)
    assert {(r["kind"], r["verdict"]) for r in flagged} == {("arithmetic", "inconsistent"), ("reference", "conflict")}
    saved = store.add_review(connection, finding_id, "confirmed_conflict", "Ana", note="checked the filing")
    assert saved["pair_id"] == finding_id and saved["finding_id"] == finding_id
    with pytest.raises(store.StaleReviewError):
        store.add_review(connection, finding_id, "unsure", "Ben", seen=None)
    _run, new_ids = store.save_run(connection, ledger_result)  # the same article again
    assert new_ids == set()
    (row,) = [r for r in store.finding_rows(connection, status="reviewed")]
    assert (row["id"], row["review"]["decision"], row["review"]["reviewer"]) == (
        finding_id,
        "confirmed_conflict",
        "Ana",
    )
    assert [r["id"] for r in store.finding_rows(connection, status="unreviewed")] == [
        r["id"] for r in flagged if r["id"] != finding_id
    ]
    assert [h["decision"] for h in store.finding_history(connection, finding_id)] == ["confirmed_conflict"]
    assert store.latest_finding_reviews(connection)[finding_id]["reviewer"] == "Ana"
    assert store.latest_reviews(connection) == {}  # pair reviews are kept apart
