"""Where the batch work of a run happens: this process, local worker processes, or a Dask cluster.

The pipeline cuts its heavy stages into partitions (documents to read, sentences to
embed, candidate pairs to compare) and hands each engine the same pure function and the
same partitions. Every engine returns the results in partition order, so a run gives the
same answer wherever it runs; only the speed differs.

- ``serial``: everything in this process (small runs, tests, debugging).
- ``local`` (the default): a pool of forked worker processes on this machine, one per
  core. Python reads figures and compares pairs on one core at a time; forking lets
  both cores of a laptop work, and the workers see the run's claims without copying them.
- ``dask``: a Dask ``distributed`` cluster (``pip install claimcheck-figures[distributed]``).
  Without an address a local cluster is started for the run; with one
  (``tcp://scheduler:8786``) the work goes to that cluster. Shared inputs are sent to
  every worker once; each worker loads the embedding model once; a task lost with its
  worker is run again elsewhere, so no partition is lost or counted twice.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .errors import ClaimcheckError, InputError

ENGINES = ("local", "serial", "dask")
#: Below this many partitions the local engine works in-process: forking costs more.
_POOL_MIN_PARTITIONS = 2
#: Times a Dask map sends its shared input again after losing it with a worker.
_RESENDS = 3


class EngineError(ClaimcheckError):
    """The engine could not finish the work (a worker died, the cluster went away)."""


_shared: dict[int, Any] = {}  # what forked workers read (inherited, never pickled)


class SerialEngine:
    """Every partition in this process, in order."""

    name = "serial"
    workers = 1
    #: Whether the embedding model runs on the workers (else in this process, which
    #: ONNX Runtime already spreads over every core).
    embeds_on_workers = False

    def map(self, function: Callable, partitions: Sequence, shared: Any = None) -> Iterator:
        for partition in partitions:
            yield function(shared, partition)

    def close(self) -> None:
        pass


class LocalEngine(SerialEngine):
    """Partitions spread over forked worker processes on this machine.

    ``shared`` is put where the workers inherit it when they are forked, so a run's
    hundreds of thousands of claims reach them without being pickled.
    """

    name = "local"

    def __init__(self, workers: int | None = None):
        self.workers = max(1, workers or os.cpu_count() or 1)

    def map(self, function: Callable, partitions: Sequence, shared: Any = None) -> Iterator:
        if (
            self.workers == 1
            or len(partitions) < _POOL_MIN_PARTITIONS
            or "fork" not in multiprocessing.get_all_start_methods()
        ):
            yield from SerialEngine.map(self, function, partitions, shared)
            return
        key = id(shared)
        _shared[key] = shared
        # Objects made before the fork are left out of the workers' garbage collection, which
        # would otherwise write to (and so copy) every page of the run's claims in each worker.
        gc.freeze()
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(self.workers, mp_context=context) as pool:
                yield from pool.map(_call_shared, [(function, key, p) for p in partitions])
        except BrokenProcessPool as error:
            raise EngineError(
                "a worker process died (out of memory?): try fewer --workers, or --engine serial"
            ) from error
        finally:
            gc.unfreeze()
            _shared.pop(key, None)


def _call_shared(task):
    function, key, partition = task
    return function(_shared[key], partition)


class DaskEngine:
    """Partitions as tasks on a Dask ``distributed`` cluster (a local one when no address is given)."""

    name = "dask"
    embeds_on_workers = True

    def __init__(self, address: str | None = None, workers: int | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise InputError(
                "the dask engine needs Dask distributed: pip install 'claimcheck-figures[distributed]'"
            ) from error
        self._cluster = None
        if address:
            try:
                self.client = Client(address, timeout="10s")
            except OSError as error:
                raise InputError(f"cannot reach the Dask scheduler at {address}: {error}") from error
        else:
            count = max(1, workers or min(2, os.cpu_count() or 1))
            self._cluster = LocalCluster(
                n_workers=count, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
            )
            self.client = Client(self._cluster)
        self.workers = len(self.client.scheduler_info().get("workers", {})) or 1

    def map(self, function: Callable, partitions: Sequence, shared: Any = None) -> Iterator:
        """Results in partition order. Tasks lost with a worker are re-run by Dask; if the
        shared input itself was lost with it (it cannot be recomputed), it is sent again and
        the partitions not yet returned are resubmitted, so nothing is lost or returned twice."""
        from distributed import KilledWorker

        partitions = list(partitions)
        returned = resends = 0
        while returned < len(partitions):
            remaining = partitions[returned:]
            # Sent to every worker once, as one object (a bare tuple would be scattered item by item).
            shared_future = self.client.scatter([shared], broadcast=True, hash=False)[0] if shared is not None else None
            futures = self.client.map(function, [shared_future] * len(remaining), remaining, pure=False, retries=2)
            try:
                for future in futures:
                    result = future.result()
                    returned += 1
                    yield result
            except KilledWorker as error:
                raise EngineError(
                    f"Dask workers kept dying on one task ({error}): check their memory, or try --engine local"
                ) from error
            except CancelledError as error:
                resends += 1
                if resends > _RESENDS:
                    raise EngineError(f"the Dask cluster kept losing the run's data ({error})") from error
            finally:
                self.client.cancel(futures)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(name: str = "local", *, address: str | None = None, workers: int | None = None):
    """The engine called ``name`` (one of :data:`ENGINES`); close it when the run is done."""
    if name == "serial":
        return SerialEngine()
    if name == "local":
        return LocalEngine(workers)
    if name == "dask":
        return DaskEngine(address, workers)
    raise InputError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")


def chunks(items: Sequence, size: int) -> list:
    """``items`` cut into consecutive partitions of at most ``size``."""
    return [items[start : start + size] for start in range(0, len(items), size)]
