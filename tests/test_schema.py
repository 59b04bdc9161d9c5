import pytest

from claimcheck import schema, store
from claimcheck.errors import InputError


def test_schema_an_older_store_is_brought_up_to_date(reviewed_store):
    path, pair_id = reviewed_store
    connection = schema.connect(path)
    store.add_review(connection, pair_id, "confirmed_conflict", "Ana")
    expected = store.pair_rows(connection)
    # Take the store back to the schema before the queue columns, as an older claimcheck wrote it.
    indexes = connection.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()
    for (name,) in indexes:
        connection.execute(f"DROP INDEX {name}")
    for column in ("severity", "status", "reviewer", "a_source", "b_source"):
        connection.execute(f"ALTER TABLE pairs DROP COLUMN {column}")
    connection.execute("PRAGMA user_version = 0")
    connection.close()

    connection = schema.connect(path)
    assert store.pair_rows(connection) == expected
    assert [row["id"] for row in store.pair_rows(connection, reviewer="Ana")] == [pair_id]


def test_schema_not_a_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite at all, just text" * 100, encoding="utf-8")
    with pytest.raises(Exception, match="not a claimcheck database"):
        schema.connect(bad)


def test_schema_of_an_older_version_gains_the_findings_tables(ledger_store, ledger_result):
    path, _finding_id = ledger_store
    connection = schema.connect(path)
    connection.execute("DROP TABLE finding_reviews")
    connection.execute("DROP TABLE findings")
    connection.execute("PRAGMA user_version = 2")
    connection.close()
    connection = schema.connect(path)
    store.save_run(connection, ledger_result)
    assert len(store.finding_rows(connection)) == 3


def test_schema_a_failed_write_leaves_nothing(tmp_path):
    connection = schema.connect(tmp_path / "rollback.db")
    with pytest.raises(RuntimeError), schema.writing(connection, wait=1.0):
        connection.execute("INSERT INTO runs (started_at, settings) VALUES (?, '{}')", (schema.now(),))
        raise RuntimeError("interrupted before the commit")
    assert connection.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 0


def test_schema_connect_existing_leaves_no_empty_store_behind(tmp_path):
    missing = tmp_path / "typo.db"
    with pytest.raises(InputError, match=r"typo\.db: no such store; run claimcheck run first, or pass --db$"):
        schema.connect_existing(missing)
    assert not missing.exists()
    schema.connect(missing).close()
    assert schema.connect_existing(missing).execute("PRAGMA user_version").fetchone()[0] > 0
