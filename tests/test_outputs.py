import sqlite3

import pytest

from claimcheck import outputs
from claimcheck.errors import InputError, OutputError


def test_outputs_default_db_sits_beside_the_first_output(tmp_path):
    assert outputs.default_db(None, str(tmp_path / "out" / "r.json")) == str(tmp_path / "out" / "claimcheck.db")
    assert outputs.default_db(None, None) == "claimcheck.db"


def test_outputs_make_parents_creates_folders_or_names_the_file_in_the_way(tmp_path):
    outputs.make_parents(str(tmp_path / "deep" / "er" / "r.html"), None)
    assert (tmp_path / "deep" / "er").is_dir()
    (tmp_path / "taken").write_text("a file", encoding="utf-8")
    with pytest.raises(OutputError, match=r"taken is a file, not a folder$"):
        outputs.make_parents(str(tmp_path / "taken" / "r.csv"))


def test_outputs_keep_run_returns_reviews_and_new_ids(tmp_path, ledger_result):
    path = tmp_path / "kept.db"
    reviews, new_ids = outputs.keep_run(path, ledger_result)
    assert reviews == {} and new_ids == {a.id for a in ledger_result.arithmetic} | {
        r.id for r in ledger_result.references
    } | {p.id for p in ledger_result.pairs}
    assert outputs.keep_run(path, ledger_result) == ({}, set())  # nothing new the second time
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 2


def test_outputs_keep_run_on_a_file_that_is_no_store(tmp_path, ledger_result):
    bad = tmp_path / "notes.db"
    bad.write_text("plain text, not a database " * 50, encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.db: cannot use the store \(.*\); choose another file with --db$"):
        outputs.keep_run(bad, ledger_result)


def test_outputs_write_outputs_names_the_file_it_cannot_write(tmp_path, ledger_result):
    outputs.write_outputs(ledger_result, json_path=tmp_path / "r.json")
    assert (tmp_path / "r.json").read_text(encoding="utf-8").startswith("{")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(OutputError, match=r"a-folder: cannot write \("):
        outputs.write_outputs(ledger_result, csv_path=folder)
