import csv
import json

import pytest
from click.testing import CliRunner

from claimcheck import export, store
from claimcheck.cli import cli


def test_export_claimreview_has_the_fields_fact_check_readers_need(reviewed_store, tmp_path):
    path, pair_id = reviewed_store
    connection = store.connect(path)
    store.add_review(connection, pair_id, "unsure", "Ana")
    store.add_review(connection, pair_id, "confirmed_conflict", "Ben", note="called both newsrooms")
    out = tmp_path / "reviews.jsonld"
    result = CliRunner().invoke(
        cli, ["export", "--format", "claimreview", "--out", str(out), "--org", "Desk Fact Check", "--db", str(path)]
    )
    assert result.exit_code == 0, result.output
    (review,) = json.loads(out.read_text(encoding="utf-8"))
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] and review["identifier"] == pair_id
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"]["name"]
    assert len(item["appearance"]) == 2 and all(a["@type"] == "CreativeWork" for a in item["appearance"])
    assert item["datePublished"]
    assert review["reviewRating"]["alternateName"] == "Conflicting figures"  # the latest decision
    assert review["author"] == {"@type": "Organization", "name": "Desk Fact Check"}
    assert len(review["datePublished"]) == 10 and "called both newsrooms" in review["reviewBody"]


def test_export_csv_keeps_history(reviewed_store, tmp_path):
    path, pair_id = reviewed_store
    connection = store.connect(path)
    store.add_review(connection, pair_id, "unsure", "Ana")
    store.add_review(connection, pair_id, "not_a_conflict", "Ben", reason="different_time")
    out = tmp_path / "reviews.csv"
    CliRunner().invoke(cli, ["export", "--format", "csv", "--out", str(out), "--db", str(path)], catch_exceptions=False)
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["reviewer"], r["superseded"]) for r in rows] == [("Ana", "True"), ("Ben", "False")]
    assert rows[1]["reason"] == "different_time" and rows[1]["a_text"]


def test_export_without_a_store_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--out", "x.csv", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such store" in result.output and "Traceback" not in result.output


def test_export_includes_reviewed_findings(ledger_store, tmp_path):
    path, finding_id = ledger_store
    connection = store.connect(path)
    store.add_review(connection, finding_id, "confirmed_conflict", "Ana", note="the fall is 25%")
    out = tmp_path / "reviews.jsonld"
    result = CliRunner().invoke(cli, ["export", "--format", "claimreview", "--out", str(out), "--db", str(path)])
    assert result.exit_code == 0, result.output
    (review,) = json.loads(out.read_text(encoding="utf-8"))
    assert review["identifier"] == finding_id
    assert review["claimReviewed"] == "The company's profit fell 10% to $90 million from $120 million."
    assert review["reviewRating"]["alternateName"] == "Figures do not add up"
    assert review["reviewBody"].startswith("10% fall stated;") and "the fall is 25%" in review["reviewBody"]
    assert len(review["itemReviewed"]["appearance"]) == 1
    csv_out = tmp_path / "reviews.csv"
    CliRunner().invoke(
        cli, ["export", "--format", "csv", "--out", str(csv_out), "--db", str(path)], catch_exceptions=False
    )
    with csv_out.open(encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["pair_id"], row["verdict"], row["superseded"]) == (finding_id, "inconsistent", "False")


def test_cli_review_records_a_decision_on_a_finding(ledger_store):
    path, finding_id = ledger_store
    result = CliRunner().invoke(cli, ["review", finding_id, "not_a_conflict", "--reviewer", "Ben", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{finding_id}: not_a_conflict by Ben")


def test_export_write_export_picks_the_writer_of_the_format(reviewed_store, tmp_path):
    path, pair_id = reviewed_store
    connection = store.connect(path)
    store.add_review(connection, pair_id, "unsure", "Ana")
    assert export.write_export(connection, "csv", tmp_path / "r.csv") == 1
    assert export.write_export(connection, "claimreview", tmp_path / "r.jsonld", "Desk") == 1
    assert json.loads((tmp_path / "r.jsonld").read_text(encoding="utf-8"))[0]["author"]["name"] == "Desk"
    with pytest.raises(ValueError, match="use one of claimreview, csv"):
        export.write_export(connection, "xml", tmp_path / "r.xml")
