import sqlite3
import threading

import pytest

from claimcheck import reviews, store


def test_reviews_history_is_kept_and_the_latest_review_wins(reviewed_store):
    path, pair_id = reviewed_store
    connection = store.connect(path)
    reviews.add_review(connection, pair_id, "confirmed_conflict", "Ana")
    reviews.add_review(connection, pair_id, "not_a_conflict", "Ben", reason="different_time")
    assert [r["decision"] for r in store.history(connection, pair_id)] == ["confirmed_conflict", "not_a_conflict"]
    assert store.latest_reviews(connection)[pair_id]["reviewer"] == "Ben"
    assert store.pair(connection, pair_id)["status"] == "not_a_conflict"
    assert store.reviewers(connection) == ["Ben"]


@pytest.mark.parametrize(
    "pair, decision, reviewer, note, message",
    [
        ("nope", "unsure", "Ana", "", "unknown pair"),
        (None, "maybe", "Ana", "", "unknown decision"),
        (None, "unsure", " ", "", "reviewer"),
        (None, "unsure", "Ana", "x" * (reviews.MAX_NOTE + 1), "too long"),
    ],
)
def test_reviews_refuses_bad_reviews_and_writes_nothing(reviewed_store, pair, decision, reviewer, note, message):
    path, pair_id = reviewed_store
    connection = store.connect(path)
    with pytest.raises(ValueError, match=message):
        reviews.add_review(connection, pair or pair_id, decision, reviewer, note=note)
    assert store.latest_reviews(connection) == {}


def test_reviews_two_writers_at_once_both_land(reviewed_store):
    path, pair_id = reviewed_store
    errors = []

    def decide(name):
        try:
            for _ in range(20):
                reviews.add_review(store.connect(path), pair_id, "unsure", name)
        except sqlite3.Error as error:  # pragma: no cover - the failure this test looks for
            errors.append(error)

    threads = [threading.Thread(target=decide, args=(name,)) for name in ("Ana", "Ben")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(store.history(store.connect(path), pair_id)) == 40


def test_reviews_of_reviewers_who_saw_the_same_review_exactly_one_lands(reviewed_store):
    path, pair_id = reviewed_store
    outcomes = []
    start = threading.Barrier(6)

    def decide(name):
        connection = store.connect(path)
        start.wait()
        try:
            reviews.add_review(connection, pair_id, "unsure", name, seen=None)
            outcomes.append(name)
        except reviews.StaleReviewError as error:
            outcomes.append(error.latest["reviewer"])

    threads = [threading.Thread(target=decide, args=(f"R{i}",)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    landed = store.history(store.connect(path), pair_id)
    assert len(landed) == 1 and outcomes == [landed[0]["reviewer"]] * 6
