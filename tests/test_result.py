import json

import pytest

from claimcheck.result import Result


@pytest.fixture(scope="module")
def result(request):
    run = request.getfixturevalue("fixtures_result")
    return Result(run)


def test_result_tables_are_dataframes_a_notebook_can_filter(result):
    assert list(result.pairs.id) == [p.id for p in result.run.pairs]
    assert set(result.pairs.verdict) <= {"conflict", "needs_review", "consistent"}
    assert len(result.documents) == len(result.run.documents) and "skipped" in result.documents
    assert result.documents["story"].notna().all()  # every read document is put in a story
    assert len(result.claims) == len(result.run.claims)
    assert len(result.quantities) == sum(len(c.quantities) for c in result.run.claims)
    assert {"kind", "unit", "subject", "measure", "period"} <= set(result.quantities.columns)
    assert (result.groups["size"] >= 2).all()


def test_result_pair_and_group_views_render_in_a_notebook(result):
    view = result.pair(result.pairs.id.iloc[0])
    html = view._repr_html_()
    assert html.count("<mark>") == 2 and view.verdict in html.replace(" ", "_")
    group = result.group(result.groups.id.iloc[0])
    assert "<ol>" in group._repr_html_()
    with pytest.raises(KeyError, match="result.pairs.id"):
        result.pair("nope")


def test_result_graph_and_writers(result, tmp_path):
    assert set(result.graph.nodes) >= {c for g in result.run.groups for c in g.claim_ids}
    result.to_json(tmp_path / "r.json")
    result.to_csv(tmp_path / "r.csv")
    result.to_html(tmp_path / "r.html")
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["pairs"][0]["id"] == result.pairs.id.iloc[0]
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "conflict" in repr(result)


def test_result_arithmetic_and_reference_tables(ledger_result, tmp_path):
    result = Result(ledger_result)
    assert list(result.arithmetic.verdict) == ["inconsistent", "inconsistent", "consistent"]
    assert {"kind", "explanation", "figures", "computed", "stated", "low", "high", "text"} <= set(result.arithmetic)
    assert result.arithmetic.figures.iloc[0] == "$120 million; $90 million; 10%"
    assert list(result.references.reference_source) == ["Northwind annual report"]
    result.to_json(tmp_path / "r.json")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in data["arithmetic"]] == [a.id for a in ledger_result.arithmetic]
    assert data["arithmetic"][1]["figures"] == ["$120 million", "$90 million", "10%"]  # in sentence order
    assert data["references"][0]["reasons"] == [] and data["references"][0]["verdict"] == "conflict"
    result.to_csv(tmp_path / "r.csv")
    import pandas as pd

    assert list(pd.read_csv(tmp_path / "r.arithmetic.csv").id) == list(result.arithmetic.id)
    assert list(pd.read_csv(tmp_path / "r.references.csv").line) == [2]


def test_result_csv_writes_no_arithmetic_file_when_none_found(result, tmp_path):
    result.to_csv(tmp_path / "r.csv")
    assert not (tmp_path / "r.arithmetic.csv").exists() and not (tmp_path / "r.references.csv").exists()
