import shutil
import sqlite3
import threading

import pytest

from claimcheck import check, store


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


def test_store_history_is_kept_and_the_latest_review_wins(reviewed_store):
    path, pair_id = reviewed_store
    connection = store.connect(path)
    store.add_review(connection, pair_id, "confirmed_conflict", "Ana")
    store.add_review(connection, pair_id, "not_a_conflict", "Ben", reason="different_time")
    assert [r["decision"] for r in store.history(connection, pair_id)] == ["confirmed_conflict", "not_a_conflict"]
    assert store.latest_reviews(connection)[pair_id]["reviewer"] == "Ben"


@pytest.mark.parametrize(
    "pair, decision, reviewer, note, message",
    [
        ("nope", "unsure", "Ana", "", "unknown pair"),
        (None, "maybe", "Ana", "", "unknown decision"),
        (None, "unsure", " ", "", "reviewer"),
        (None, "unsure", "Ana", "x" * (store.MAX_NOTE + 1), "too long"),
    ],
)
def test_store_refuses_bad_reviews_and_writes_nothing(reviewed_store, pair, decision, reviewer, note, message):
    path, pair_id = reviewed_store
    connection = store.connect(path)
    with pytest.raises(ValueError, match=message):
        store.add_review(connection, pair or pair_id, decision, reviewer, note=note)
    assert store.latest_reviews(connection) == {}


def test_store_two_writers_at_once_both_land(reviewed_store):
    path, pair_id = reviewed_store
    errors = []

    def decide(name):
        try:
            for _ in range(20):
                store.add_review(store.connect(path), pair_id, "unsure", name)
        except sqlite3.Error as error:  # pragma: no cover - the failure this test looks for
            errors.append(error)

    threads = [threading.Thread(target=decide, args=(name,)) for name in ("Ana", "Ben")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(store.history(store.connect(path), pair_id)) == 40


def test_store_not_a_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite at all, just text" * 100, encoding="utf-8")
    with pytest.raises(Exception, match="not a claimcheck database"):
        store.connect(bad)
