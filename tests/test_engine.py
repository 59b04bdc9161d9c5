"""Engines: the local worker pool and one process give the same run; Parquet in and out."""

import json
import os

import pandas as pd
import pytest
from click.testing import CliRunner

from claimcheck import claims, pipeline
from claimcheck.cli import cli
from claimcheck.engine import EngineError, LocalEngine, SerialEngine, chunks, make_engine
from claimcheck.errors import InputError
from claimcheck.ingest import ingest


def add_offset(offset, numbers):
    return [n + offset for n in numbers]


def die(_shared, _numbers):
    os._exit(3)  # a worker killed mid-task (the kernel's OOM killer, say)


def pair_set(run):
    return {(p.id, p.a, p.b, p.verdict, p.reasons, p.similarity) for p in run.pairs}


def test_local_pool_returns_partitions_in_order_with_the_shared_value():
    partitions = chunks(list(range(50)), 3)
    results = list(LocalEngine(2).map(add_offset, partitions, shared=100))
    assert [n for part in results for n in part] == list(range(100, 150))
    assert list(SerialEngine().map(add_offset, partitions, shared=100)) == results


def test_a_dead_worker_process_is_a_clear_error_not_a_hang():
    with pytest.raises(EngineError, match="a worker process died"):
        list(LocalEngine(2).map(die, [[1], [2], [3]]))


def test_unknown_engine_is_named_in_the_error():
    with pytest.raises(InputError, match="unknown engine 'spark'"):
        make_engine("spark")


def test_worker_pool_run_equals_one_process_run(fixtures_dir, fixtures_result, monkeypatch):
    # Tiny partitions, so the fixtures really are spread over forked workers.
    monkeypatch.setattr(claims, "DOCUMENTS_PER_PARTITION", 1)
    monkeypatch.setattr(pipeline, "_PAIRS_PER_PARTITION", 3)
    pooled = pipeline.check([str(fixtures_dir)], engine="local", workers=2).run
    single = pipeline.check([str(fixtures_dir)], engine="serial").run
    assert [c.id for c in pooled.claims] == [c.id for c in single.claims]
    assert pair_set(pooled) == pair_set(single) == pair_set(fixtures_result)
    assert [p.id for p in pooled.pairs] == [p.id for p in single.pairs]  # same ranking too


def test_parquet_shards_are_read_like_jsonl(tmp_path, fixtures_dir):
    articles = sorted(fixtures_dir.glob("*.txt"))
    rows = [{"text": path.read_text(encoding="utf-8"), "source": path.stem, "date": "2025-06-12"} for path in articles]
    pd.DataFrame(rows[:2]).to_parquet(tmp_path / "part-0.parquet")
    pd.DataFrame(rows[2:]).to_parquet(tmp_path / "part-1.parquet")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    pd.DataFrame([{"body": "no text column"}]).to_parquet(tmp_path / "wrong.parquet")
    documents = ingest([str(tmp_path)])
    read = [d for d in documents if d.skipped is None]
    assert [d.source for d in read] == [path.stem for path in articles]
    assert read[0].path.endswith("part-0.parquet#1") and read[0].date == "2025-06-12"
    skipped = {d.path.rsplit("/", 1)[-1]: d.skipped for d in documents if d.skipped}
    assert skipped["broken.parquet"].startswith("not a readable Parquet file")
    assert skipped["wrong.parquet"] == "no 'text' column in the Parquet file"


def test_cli_writes_parquet_tables_matching_the_json(tmp_path, fixtures_dir):
    out = tmp_path / "archive"
    result = CliRunner().invoke(
        cli,
        ["run", str(fixtures_dir), "--out-parquet", str(out), "--json", str(tmp_path / "r.json"), "--engine", "serial"],
    )
    assert result.exit_code == 0, result.output
    pairs = pd.read_parquet(out / "pairs.parquet")
    claims = pd.read_parquet(out / "claims.parquet")
    expected = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert list(pairs["id"]) == [p["id"] for p in expected["pairs"]]
    assert set(pairs["verdict"]) <= {"conflict", "needs_review", "consistent"}
    assert len(claims) == len(expected["claims"])
    assert {"documents.parquet", "quantities.parquet"} <= {p.name for p in out.iterdir()}


def test_cli_address_without_dask_engine_is_a_usage_error(fixtures_dir):
    result = CliRunner().invoke(cli, ["run", str(fixtures_dir), "--address", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert "--engine dask" in result.output
