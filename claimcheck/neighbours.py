"""Which claims lie near which, by cosine similarity: exact for small runs, over k-means cells above.

Two questions are asked of the embeddings: each claim's few most similar claims (the
candidate graph) and, for grouping, how many claims lie within a threshold of each claim
and which ones lie near a chosen centre. One :class:`NeighbourIndex` answers all three,
so the pipeline builds it once.

Above :data:`EXACT_LIMIT` claims the index is an inverted file: claims are split into
about sqrt(n) cells by spherical k-means, and each claim is compared only with the claims
of its :data:`PROBES` nearest cells (at or below it, one cell: every pair, exactly).
The comparison runs cell by cell, every claim that probes a cell against all of that
cell's claims, as one matrix product, which is why this
beats the libraries measured for the job on 2 cores (100k claims, same cells and probes:
faiss-cpu's IVFFlat took 17 s for the 24 nearest, this 4 s; usearch's HNSW 32 s and
its threaded build is not repeatable). It is seeded and runs in a fixed order, so a run
gives the same graph and groups every time, and it needs nothing beyond numpy.
"""

from __future__ import annotations

import math

import numpy as np

#: Up to this many claims every pair is compared exactly; above it claims are split into cells.
EXACT_LIMIT = 20_000
#: Cells each claim is compared with. Measured with benchmarks/scale.py (--vectors) on
#: 100k generated sentences (README, "Development"): 16 keep 0.983 of community_detection's
#: pairs, 12 keep 0.955.
PROBES = 16
#: Pairs within the threshold kept from a scan, so grouping need not compute them again:
#: 30M pairs are 360 MB. Above it (a dense corpus at a low threshold) each centre's
#: neighbours are computed when asked.
HIT_BUDGET = 30_000_000
_BLOCK = 8_000_000  # entries of one similarity block (32 MB)
_ROWS = 8192  # claims compared with the centroids at a time


def distinct(keys: np.ndarray) -> np.ndarray:
    """Sorted distinct values of an int64 array (numpy 2's ``unique`` hashes, and is 10x slower here)."""
    keys = np.sort(keys)
    return keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys


class NeighbourIndex:
    """Claims split into cells, each claim compared with the claims of its nearest cells."""

    def __init__(self, vectors: np.ndarray, cells: int | None = None, probes: int = PROBES, seed: int = 0):
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        n = len(self.vectors)
        cells = cells or max(1, round(math.sqrt(n)))
        self.cell = np.zeros(n, dtype=np.int64)
        self.probes = np.zeros((n, min(probes, cells)), dtype=np.int64)
        if cells > 1:
            centroids = _spherical_kmeans(self.vectors, cells, seed)
            for start in range(0, n, _ROWS):
                closeness = self.vectors[start : start + _ROWS] @ centroids.T
                self.cell[start : start + len(closeness)] = np.argmax(closeness, axis=1)
                self.probes[start : start + len(closeness)] = _top(closeness, np.arange(cells), self.probes.shape[1])[0]
        self.order = np.argsort(self.cell, kind="stable")  # claims sorted by cell: a cell is one slice
        self.sorted = self.vectors[self.order]
        self.bounds = np.searchsorted(self.cell[self.order], np.arange(cells + 1))
        flat = self.probes.ravel()
        by_cell = np.argsort(flat, kind="stable")
        self._askers = np.repeat(np.arange(n), self.probes.shape[1])[by_cell]
        self._asker_bounds = np.searchsorted(flat[by_cell], np.arange(cells + 1))
        self._threshold: float | None = None
        self._counts = np.zeros(0, dtype=np.int64)
        self._hits: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # starts, members, similarities

    def scan(self, k: int, threshold: float) -> tuple[np.ndarray, np.ndarray]:
        """Each claim's ``k`` most similar other claims at or above ``threshold``, best first, and their similarities.

        Where a claim has fewer, the row ends in -1 (similarity -inf). The same pass counts
        the claims within ``threshold`` of each claim and keeps the pairs for :meth:`within`.
        """
        n = len(self.vectors)
        nearest = np.full((n, k), -1, dtype=np.int64)
        scores = np.full((n, k), -np.inf, dtype=np.float32)
        counts = np.zeros(n, dtype=np.int64)
        kept: list[tuple[np.ndarray, np.ndarray, np.ndarray]] | None = []
        total = 0
        for cell in range(len(self.bounds) - 1):
            first, last = self.bounds[cell], self.bounds[cell + 1]
            members = self.order[first:last]
            askers = self._askers[self._asker_bounds[cell] : self._asker_bounds[cell + 1]]
            step = max(1, _BLOCK // max(1, len(members)))
            for chunk in (askers[s : s + step] for s in range(0, len(askers), step)):
                similarity = self.vectors[chunk] @ self.sorted[first:last].T
                close = similarity >= threshold
                counts[chunk] += np.count_nonzero(close, axis=1)
                own = np.flatnonzero(self.cell[chunk] == cell)  # a claim is not its own neighbour
                columns = np.searchsorted(members, chunk[own])
                close[own, columns], similarity[own, columns] = False, -np.inf
                if kept is not None:
                    rows, found = np.nonzero(close)
                    kept.append(
                        (chunk[rows].astype(np.int32), members[found].astype(np.int32), similarity[rows, found])
                    )
                    total += len(rows)
                    if total > HIT_BUDGET:
                        _fill(nearest, scores, *_by_claim(kept, n))
                        kept = None
                elif k:
                    found, values = _top(similarity, members, k)
                    _merge(nearest, scores, chunk, np.where(values >= threshold, found, -1), values)
        self._threshold, self._counts, self._hits = threshold, counts, None
        if kept is not None:
            self._hits = _by_claim(kept, n)
            _fill(nearest, scores, *self._hits)
        return nearest, scores

    def counts(self, threshold: float) -> np.ndarray:
        """How many claims (itself included) lie at or above ``threshold`` from each claim."""
        if self._threshold != threshold:
            self.scan(0, threshold)
        return self._counts

    def within(self, centres: list[int], threshold: float) -> list[np.ndarray]:
        """For each centre, the other claims at or above ``threshold`` from it, most similar first."""
        if self._threshold == threshold and self._hits is not None:
            starts, members, _ = self._hits
            return [members[starts[c] : starts[c + 1]].astype(np.int64) for c in centres]
        centres_array = np.asarray(centres, dtype=np.int64)
        cells = self.probes[centres_array].ravel()
        asking = np.repeat(np.arange(len(centres_array)), self.probes.shape[1])
        by_cell = np.argsort(cells, kind="stable")
        cells, asking = cells[by_cell], asking[by_cell]
        found = []
        for cell in np.unique(cells):  # each cell once for every centre of the batch probing it
            who = asking[np.searchsorted(cells, cell) : np.searchsorted(cells, cell, side="right")]
            first, last = self.bounds[cell], self.bounds[cell + 1]
            similarity = self.sorted[first:last] @ self.vectors[centres_array[who]].T
            rows, columns = np.nonzero(similarity >= threshold)
            found.append((who[columns], self.order[first + rows], similarity[rows, columns]))
        asker, member, value = (np.concatenate(parts) for parts in zip(*found)) if found else ([],) * 3
        ranked = np.argsort(_claim_then_similarity(np.asarray(asker), np.asarray(value)), kind="stable")
        asker, member = np.asarray(asker)[ranked], np.asarray(member, dtype=np.int64)[ranked]
        bounds = np.searchsorted(asker, np.arange(len(centres_array) + 1))
        return [
            member[bounds[i] : bounds[i + 1]][member[bounds[i] : bounds[i + 1]] != c] for i, c in enumerate(centres)
        ]


def build_index(vectors: np.ndarray, exact: bool | None = None) -> NeighbourIndex:
    """One cell (every pair) up to :data:`EXACT_LIMIT` claims or when ``exact``; about sqrt(n) cells above."""
    use_exact = exact if exact is not None else len(vectors) <= EXACT_LIMIT
    return NeighbourIndex(vectors, cells=1 if use_exact else None)


def _by_claim(kept, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Kept pairs grouped by claim, most similar first: (row starts, members, similarities)."""
    asker, member, value = (np.concatenate(parts) for parts in zip(*kept)) if kept else (np.zeros(0, np.int32),) * 3
    ranked = np.argsort(_claim_then_similarity(asker, value), kind="stable")
    asker, member, value = asker[ranked], member[ranked], value[ranked]
    return np.searchsorted(asker, np.arange(n + 1)), member, value


def _claim_then_similarity(claims: np.ndarray, similarities: np.ndarray) -> np.ndarray:
    """One int64 sort key: by claim, then most similar first (a lexsort of millions is 5x slower)."""
    bits = np.ascontiguousarray(similarities, dtype=np.float32).view(np.uint32).astype(np.int64)
    ascending = np.where(bits >= 2**31, 2**32 - 1 - bits, bits + 2**31)  # float order as unsigned order
    return claims.astype(np.int64) * 2**32 + (2**32 - 1 - ascending)


def _fill(nearest: np.ndarray, scores: np.ndarray, starts: np.ndarray, members: np.ndarray, values: np.ndarray) -> None:
    """Put the first ``k`` kept pairs of each claim into the nearest-neighbour table."""
    k = nearest.shape[1]
    if not k or not len(members):
        return
    owner = np.repeat(np.arange(len(starts) - 1), np.diff(starts))
    rank = np.arange(len(members)) - starts[owner]
    first = rank < k
    nearest[owner[first], rank[first]] = members[first]
    scores[owner[first], rank[first]] = values[first]


def _merge(nearest: np.ndarray, scores: np.ndarray, rows: np.ndarray, found: np.ndarray, values: np.ndarray) -> None:
    """Keep, for ``rows``, the best ``k`` of their current neighbours and newly ``found`` ones."""
    values = np.where(found >= 0, values, -np.inf)
    best, best_scores = _top(
        np.concatenate([scores[rows], values], axis=1), np.concatenate([nearest[rows], found], axis=1), nearest.shape[1]
    )
    nearest[rows], scores[rows] = np.where(best_scores > -np.inf, best, -1), best_scores


def _top(scores: np.ndarray, labels: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` highest scores of each row and their labels (``labels`` per column, or per cell), best first."""
    k = min(k, scores.shape[1])
    if k < scores.shape[1]:
        columns = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    else:
        columns = np.broadcast_to(np.arange(scores.shape[1]), scores.shape)
    values = np.take_along_axis(scores, columns, axis=1)
    ranking = np.argsort(-values, axis=1, kind="stable")
    columns = np.take_along_axis(columns, ranking, axis=1)
    chosen = labels[columns] if labels.ndim == 1 else np.take_along_axis(labels, columns, axis=1)
    return chosen, np.take_along_axis(values, ranking, axis=1)


def _spherical_kmeans(vectors: np.ndarray, cells: int, seed: int, iterations: int = 5) -> np.ndarray:
    """Unit centroids of ``cells`` clusters by cosine, from a seeded sample (repeatable)."""
    rng = np.random.default_rng(seed)
    centroids = vectors[np.sort(rng.choice(len(vectors), cells, replace=False))].copy()
    for _ in range(iterations):
        assigned = np.concatenate(
            [np.argmax(vectors[s : s + _ROWS] @ centroids.T, axis=1) for s in range(0, len(vectors), _ROWS)]
        )
        order = np.argsort(assigned, kind="stable")
        starts = np.searchsorted(assigned[order], np.arange(cells))
        used = np.bincount(assigned, minlength=cells) > 0
        sums = np.add.reduceat(vectors[order], starts[used], axis=0)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centroids[used] = sums / np.maximum(norms, 1e-12)
    return centroids
