import json

import pandas as pd
import pytest
from click.testing import CliRunner

from claimcheck.cli import cli


def invoke(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_cli_run_writes_json_html_csv(fixtures_dir, tmp_path):
    out = tmp_path / "r"
    result = invoke(
        "run", str(fixtures_dir), "--json", f"{out}.json", "--html", f"{out}.html", "--csv", f"{out}.csv", "--quiet"
    )
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert set(data) >= {"documents", "claims", "groups", "pairs"}
    assert data["pairs"][0]["verdict"] == "conflict"
    frame = pd.read_csv(tmp_path / "r.csv")
    assert list(frame["id"]) == [p["id"] for p in data["pairs"]]
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_run_skipped_file_listed_and_run_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Acme sold 500 widgets in 2025.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00binary")
    result = invoke("run", str(tmp_path), "--json", str(tmp_path / "r.json"))
    assert result.exit_code == 0
    assert f"skipped {tmp_path}/bad.txt: binary file, not text" in result.output
    docs = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["documents"]
    assert [d["skipped"] for d in docs] == ["binary file, not text", None]


def test_cli_run_errors_are_one_line(tmp_path):
    missing = invoke("run", str(tmp_path / "nope"))
    assert missing.exit_code == 1
    assert missing.output.strip() == f"Error: {tmp_path}/nope: no such file or folder"
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    unreadable = invoke("run", str(tmp_path / "empty.txt"))
    assert unreadable.exit_code == 1
    assert unreadable.output.strip().startswith("Error: no readable article in the input")
    bad_option = invoke("run", str(tmp_path), "--threshold", "7")
    assert bad_option.exit_code == 2


def test_cli_compare_two_sentences():
    result = invoke(
        "compare", "MiniMax raised $619 million in its IPO.", "MiniMax raised $620 million in its IPO.", "--json"
    )
    assert result.exit_code == 0
    (pair,) = json.loads(result.output)
    assert pair["verdict"] == "consistent" and pair["a_quantity"] == "$619 million"


def test_cli_compare_batch_reports_bad_lines_and_answers_the_rest(tmp_path):
    lines = [
        json.dumps(
            {"id": "1", "a": "Qwen has over 700 million downloads.", "b": "Qwen has over one billion downloads."}
        ),
        "{not json",
        json.dumps({"id": "3", "a": "Turnout was 61%."}),
        json.dumps(
            {
                "id": "4",
                "a": "MiniMax is seeking up to HK$4.19 billion in its IPO.",
                "b": "MiniMax raised $619 million in its IPO.",
                "date_a": "2026-01-02",
            }
        ),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("compare", "--pairs", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0
    assert "line 2: bad JSON" in result.output and "line 3: missing field(s) b" in result.output
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["verdict"]) for r in rows] == [("1", "consistent"), ("4", "needs_review")]
    assert set(rows[1]) == {"id", "verdict", "reasons", "a_quantity", "b_quantity", "explanation", "figures"}
    assert rows[1]["figures"][0]["verdict"] == rows[1]["verdict"]


def test_cli_compare_pairs_answers_with_the_most_serious_figure(tmp_path):
    line = {"id": "trip", "a": "The coach ran at 60 mph for 2 hours.", "b": "The coach ran at 60 mph for 3 hours."}
    (tmp_path / "in.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = invoke("compare", "--pairs", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0
    (row,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert row["verdict"] == "conflict" and (row["a_quantity"], row["b_quantity"]) == ("2 hours", "3 hours")
    assert [(f["a_quantity"], f["verdict"]) for f in row["figures"]] == [
        ("2 hours", "conflict"),
        ("60 mph", "consistent"),
    ]
    plain = invoke("compare", line["a"], line["b"])
    assert plain.output.startswith("conflict: 2 hours vs 3 hours")


def test_cli_compare_usage_errors():
    assert invoke("compare", "only one").exit_code == 2


def test_cli_figures():
    result = invoke("figures", "Zhipu sought HK$4.35 billion, up 13% on last year.")
    figures = json.loads(result.output)
    assert [(f["text"], f["kind"], f["change"]) for f in figures] == [
        ("HK$4.35 billion", "money", "="),
        ("13%", "percent", "up"),
    ]


def test_cli_figures_jsonl_in_the_newsquant_shape(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "s1", "text": "A third of voters backed it, and prices fell to 49.55 Hz."})
        + "\n{not json}\n"
        + json.dumps({"text": "He was traveling at 15-22 miles per hour."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = invoke("figures", "--jsonl", str(source), "--out", str(out))
    assert "line 2" in result.output
    first, second = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert first["id"] == "s1"
    third, hertz = first["quantities"]
    assert third["value"] == pytest.approx(1 / 3, rel=1e-3) and third["unit"] == "% voter"
    assert (hertz["value"], hertz["unit"], hertz["change"]) == (49.55, "hertz", "down")
    (speed,) = second["quantities"]
    assert speed["range"] and (speed["low"], speed["high"], speed["unit"]) == (15, 22, "mile per hour")


def test_cli_run_keeps_a_store_and_the_report_shows_reviews_and_new_pairs(fixtures_dir, tmp_path):
    import shutil

    some = tmp_path / "some"
    some.mkdir()
    for name in ("techpulse-adoption.txt", "digital-asia-token-economy.txt"):
        shutil.copy(fixtures_dir / name, some / name)
    first = tmp_path / "first.json"
    assert invoke("run", str(some), "--json", str(first), "--quiet").exit_code == 0
    assert (tmp_path / "claimcheck.db").exists()  # beside the output
    pair_id = json.loads(first.read_text(encoding="utf-8"))["pairs"][0]["id"]
    decided = invoke(
        "review", pair_id, "confirmed_conflict", "--reviewer", "Ana", "--db", str(tmp_path / "claimcheck.db")
    )
    assert decided.exit_code == 0, decided.output
    html = tmp_path / "second.html"
    assert invoke("run", str(fixtures_dir), "--html", str(html), "--quiet").exit_code == 0
    page = html.read_text(encoding="utf-8")
    article = page.split(f'id="{pair_id}"')[1].split("</article>")[0]
    assert "confirmed conflict by Ana" in article and "new since last run" not in article
    assert "new since last run" in page


def test_cli_run_creates_missing_output_folders(fixtures_dir, tmp_path):
    out = tmp_path / "out" / "deeper"
    result = invoke("run", str(fixtures_dir), "--html", f"{out}/r.html", "--json", f"{tmp_path}/json/r.json", "--quiet")
    assert result.exit_code == 0, result.output
    assert (out / "r.html").is_file() and (tmp_path / "json" / "r.json").is_file()
    assert (out / "claimcheck.db").is_file()  # the store beside the first output, in the folder made for it


def test_cli_run_names_a_file_in_the_way_of_an_output_folder(fixtures_dir, tmp_path):
    (tmp_path / "out").write_text("not a folder", encoding="utf-8")
    result = invoke("run", str(fixtures_dir), "--csv", f"{tmp_path}/out/r.csv")
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {tmp_path}/out/r.csv: {tmp_path}/out is a file, not a folder"


def _fail_on_quux(monkeypatch):
    from claimcheck import claims

    real = claims.checkable_figures

    def reader(sentence, date=None, **options):
        if "Quux" in sentence:
            raise ValueError("max() arg is an empty sequence")
        return real(sentence, date, **options)

    monkeypatch.setattr(claims, "checkable_figures", reader)


def test_cli_run_keeps_going_past_a_sentence_that_fails_and_lists_it(tmp_path, monkeypatch):
    _fail_on_quux(monkeypatch)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Acme sold 500 widgets in 2025. Quux sold 7 crates.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Acme sold 900 widgets in 2025.", encoding="utf-8")
    out = tmp_path / "r"
    result = invoke(
        "run", str(tmp_path / "in"), "--json", f"{out}.json", "--csv", f"{out}.csv", "--html", f"{out}.html"
    )
    assert result.exit_code == 0, result.output
    assert (
        f"warning {tmp_path}/in/a.txt: 1 part(s) left out; first: figures at offset 31: ValueError: "
        "max() arg is an empty sequence" in result.output
    )
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [d["warnings"] for d in data["documents"]] == [
        [{"stage": "figures", "start": 31, "error": "ValueError", "message": "max() arg is an empty sequence"}],
        [],
    ]
    kept = [c for c in data["claims"] if c["start"] == 31]
    assert len(kept) == 1 and kept[0]["text"] == "Quux sold 7 crates." and kept[0]["quantities"] == []
    assert [p["verdict"] for p in data["pairs"]] == ["conflict"]  # the rest of the run is whole
    listed = pd.read_csv(tmp_path / "r.warnings.csv")
    assert listed[["path", "stage", "start", "error"]].values.tolist() == [
        [f"{tmp_path}/in/a.txt", "figures", 31, "ValueError"]
    ]
    assert "1 document read with parts left out" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_cli_run_strict_turns_a_failing_sentence_into_an_error(tmp_path, monkeypatch):
    _fail_on_quux(monkeypatch)
    (tmp_path / "a.txt").write_text("Acme sold 500 widgets in 2025. Quux sold 7 crates.", encoding="utf-8")
    result = invoke("run", str(tmp_path), "--strict", "--json", str(tmp_path / "r.json"))
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: {tmp_path}/a.txt: figures failed on sentence at offset 31: ValueError: max() arg is an empty sequence"
    )
    assert not (tmp_path / "r.json").exists()


def test_cli_run_fetches_urls_compares_them_and_lists_the_pages_it_could_not_fetch(page_server, tmp_path):
    ledger, courier = page_server.url("lumen-ledger.html"), page_server.url("lumen-courier.html")
    missing, slow = page_server.url("missing"), page_server.url("slow")
    result = invoke(
        "run", ledger, missing, courier, slow, "--fetch-timeout", "0.5", "--engine", "serial",
        "--json", str(tmp_path / "r.json"), "--db", str(tmp_path / "desk.db"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "2 documents read, 2 skipped" in result.output
    assert f"skipped {missing}: could not be fetched: HTTP 404 Not Found" in result.output
    assert f"skipped {slow}: could not be fetched: no answer within 0.5 s" in result.output
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    documents = {d["path"]: d for d in data["documents"]}
    assert [(documents[u]["url"], documents[u]["date"]) for u in (ledger, courier)] == [
        (ledger, "2026-03-10"),
        (courier, "2026-03-11"),
    ]
    assert [documents[u]["skipped"] for u in (missing, slow)] == [
        "could not be fetched: HTTP 404 Not Found",
        "could not be fetched: no answer within 0.5 s",
    ]
    doc_of = {c["id"]: c["doc_id"] for c in data["claims"]}
    across = {frozenset((doc_of[p["a"]], doc_of[p["b"]])) for p in data["pairs"] if p["verdict"] == "conflict"}
    assert frozenset((documents[ledger]["id"], documents[courier]["id"])) in across


def test_cli_run_reads_urls_from_a_file_and_the_store_on_a_rerun(page_server, tmp_path):
    pages = [page_server.url("lumen-ledger.html"), page_server.url("lumen-courier.html")]
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# the morning's pages\n{pages[0]}\n\n{pages[1]}\n", encoding="utf-8")
    db, out = str(tmp_path / "desk.db"), str(tmp_path / "r.json")
    common = ("--urls", str(listing), "--db", db, "--json", out, "--engine", "serial", "--quiet")
    assert invoke("run", *common).exit_code == 0
    first = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [d["url"] for d in first["documents"]] == pages
    assert invoke("run", *common).exit_code == 0  # the same store: read from it, nothing fetched
    assert page_server.requests == {"/lumen-ledger.html": 1, "/lumen-courier.html": 1}
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["pairs"] == first["pairs"]
    assert invoke("run", *common, "--refetch").exit_code == 0
    assert page_server.requests == {"/lumen-ledger.html": 2, "/lumen-courier.html": 2}


def test_cli_run_url_errors_are_one_line(page_server, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("https://example.org/a\nexample.org/b\n", encoding="utf-8")
    bad = invoke("run", "--urls", str(listing))
    assert bad.exit_code == 1
    assert bad.output.strip() == (
        f"Error: {listing}, line 2: 'example.org/b' is not a web address; write one http(s):// URL a line"
    )
    gone = page_server.url("missing")
    nothing = invoke("run", gone, "--db", str(tmp_path / "desk.db"))
    assert nothing.exit_code == 1
    assert nothing.output.strip() == (
        f"Error: no readable article in the input ({gone}: could not be fetched: HTTP 404 Not Found)"
    )
    assert invoke("run").exit_code == 2


def test_cli_run_checks_arithmetic_and_a_reference_table(ledger_dir, tmp_path):
    out = tmp_path / "r"
    args = ["run", str(ledger_dir / "northwind.txt"), "--json", f"{out}.json", "--csv", f"{out}.csv", "--quiet"]
    result = invoke(*args, "--reference", str(ledger_dir / "official.csv"))
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [a["verdict"] for a in data["arithmetic"]] == ["consistent", "inconsistent", "inconsistent"]
    assert [r["source"] for r in data["references"]] == ["Northwind annual report"]
    assert len(pd.read_csv(tmp_path / "r.arithmetic.csv")) == 3
    off = invoke(*args, "--no-arithmetic")
    assert off.exit_code == 0
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["arithmetic"] == [] and data["references"] == []


def test_cli_run_names_the_line_of_a_malformed_reference_row(ledger_dir, tmp_path):
    table = tmp_path / "official.csv"
    table.write_text("entity,measure,period,value,unit\nNorthwind,revenue,2025,n/a,billion USD\n", encoding="utf-8")
    result = invoke("run", str(ledger_dir / "northwind.txt"), "--reference", str(table), "--quiet")
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {table}, line 2: value 'n/a' is not a number"


def test_cli_run_summary_lists_inconsistent_arithmetic(ledger_dir, tmp_path):
    result = invoke("run", str(ledger_dir / "northwind.txt"), "--db", str(tmp_path / "c.db"))
    assert result.exit_code == 0, result.output
    assert "arithmetic: 2 inconsistent, 1 consistent; reference figures: 0 flagged, 0 consistent" in result.output
    assert "[inconsistent total] 4,500 stated; 2,400 + 1,600 gives 4,000" in result.output
