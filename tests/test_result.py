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
