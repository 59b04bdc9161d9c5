"""Distributed: sentences per second on a local Dask cluster of 1 and 2 workers, against one process.

    python benchmarks/distributed.py [--size 20000] [--workers 1,2] [--address tcp://scheduler:8786]

A generated corpus (benchmarks/corpus.py) is run end to end by the serial engine, by
the local worker pool, and by ``--engine dask`` on local clusters of 1 and 2 worker
processes (or on the cluster at --address). Each run starts from an empty embedding
cache, so the embedding stage is measured on the workers too. Prints wall time,
sentences per second, the ratio to the serial run, and whether the pairs and verdicts
are exactly those of the serial run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# This file's name would shadow Dask's ``distributed`` package (here and in the workers).
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]


def _load_corpus_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("claimcheck_bench_corpus", HERE / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="sentences in the generated corpus")
    parser.add_argument("--workers", default="1,2", help="local Dask cluster sizes to time")
    parser.add_argument("--address", help="time an existing Dask cluster instead of local ones")
    args = parser.parse_args()

    from distributed import LocalCluster

    from claimcheck.pipeline import check

    write_corpus = _load_corpus_module().write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        corpus = str(write_corpus(args.size, Path(tmp)))

        def timed(label: str, **options):
            start = time.perf_counter()
            run = check([corpus], **options).run
            seconds = time.perf_counter() - start
            pairs = {(p.id, p.verdict, p.reasons) for p in run.pairs}
            return label, seconds, len(run.claims), pairs

        rows = [timed("serial (one process)", engine="serial")]
        rows.append(timed("local pool (2 processes)", engine="local", workers=2))
        if args.address:
            rows.append(timed(f"dask at {args.address}", engine="dask", address=args.address))
        for count in [int(n) for n in args.workers.split(",")]:
            with LocalCluster(n_workers=count, threads_per_worker=1, dashboard_address=":0") as cluster:
                rows.append(timed(f"dask, {count} local worker(s)", engine="dask", address=cluster.scheduler_address))
        _, base_seconds, sentences, base_pairs = rows[0]
        print(f"\n{sentences:,} sentences, {len(base_pairs):,} pairs in the serial run")
        for label, seconds, _, pairs in rows:
            same = "same pairs and verdicts" if pairs == base_pairs else f"DIFFERENT ({len(pairs ^ base_pairs)} differ)"
            print(
                f"  {label:<28} {seconds:7.1f} s  {sentences / seconds:6.0f} sentences/s  "
                f"{base_seconds / seconds:4.2f}x serial  {same}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
