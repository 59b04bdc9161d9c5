"""The Dask engine on a local cluster of 2 workers: the same answer as one machine, even when a worker dies."""

import importlib.util
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster  # the `test` extra installs it, as `distributed` does

from claimcheck.cli import cli
from claimcheck.pipeline import check


def _corpus_module():
    # Loaded by path: putting benchmarks/ on sys.path would let benchmarks/distributed.py
    # shadow Dask's ``distributed`` package in the worker processes.
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location("claimcheck_bench_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


write_corpus = _corpus_module().write_corpus


def pair_set(run):
    return {(p.id, p.a, p.b, p.verdict, p.reasons, p.similarity) for p in run.pairs}


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
        yield local


def test_fixtures_on_a_local_cluster_give_the_single_machine_pairs(cluster, fixtures_dir, fixtures_result):
    # No cache: sentences are embedded on the workers, each loading the model once.
    run = check([str(fixtures_dir)], engine="dask", address=cluster.scheduler_address).run
    assert [c.id for c in run.claims] == [c.id for c in fixtures_result.claims]
    assert pair_set(run) == pair_set(fixtures_result)
    assert [g.claim_ids for g in run.groups] == [g.claim_ids for g in fixtures_result.groups]


def test_cli_starts_and_stops_its_own_cluster(tmp_path, fixtures_dir, fixtures_result):
    out = tmp_path / "r.json"
    result = CliRunner().invoke(cli, ["run", str(fixtures_dir), "--engine", "dask", "--json", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count('"verdict"') == len(fixtures_result.pairs)


def test_unreachable_scheduler_is_a_one_line_error(fixtures_dir):
    result = CliRunner().invoke(
        cli, ["run", str(fixtures_dir), "--engine", "dask", "--address", "tcp://127.0.0.1:9", "--quiet"]
    )
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert "Traceback" not in result.output


def kill_a_busy_worker(address: str, done: list) -> None:
    """Wait until a worker is running tasks, then kill its process outright (no clean shutdown)."""
    with Client(address, timeout="10s") as client:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            busy = [worker for worker, tasks in client.processing().items() if tasks]
            if busy:
                pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
                os.kill(pid, signal.SIGKILL)
                done.append(pid)
                return
            time.sleep(0.02)


def test_generated_corpus_same_answer_with_a_worker_killed_mid_run(cluster, tmp_path):
    corpus = write_corpus(6_000, tmp_path)  # 3 chunks to embed, 4 or more to compare: many partitions
    cache = tmp_path / "vectors.db"  # both runs read one set of vectors: this test is about the partitions
    single = check([str(corpus)], cache=cache).run
    killed: list[int] = []
    killer = threading.Thread(target=kill_a_busy_worker, args=(cluster.scheduler_address, killed))
    killer.start()
    distributed = check([str(corpus)], cache=cache, engine="dask", address=cluster.scheduler_address).run
    killer.join()
    assert killed, "no worker was killed during the run"
    assert len(single.claims) == 6_000
    assert [d.id for d in distributed.documents] == [d.id for d in single.documents]  # none lost, none twice
    assert [c.id for c in distributed.claims] == [c.id for c in single.claims]
    # Enough comparisons to span many partitions: the pairs shown plus those the evidence gate left out.
    assert len(single.pairs) + single.settings["left_out"] > 10_000
    assert pair_set(distributed) == pair_set(single)
