import numpy as np
import pytest

from claimcheck import neighbours
from claimcheck.neighbours import NeighbourIndex, build_index, distinct


def points(count=1200, dims=24, seed=3):
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((40, dims))
    data = centres[rng.integers(0, 40, count)] + 0.5 * rng.standard_normal((count, dims))
    return (data / np.linalg.norm(data, axis=1, keepdims=True)).astype(np.float32)


def brute_force(vectors, k, threshold):
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, -np.inf)
    order = np.argsort(-similarity, axis=1, kind="stable")[:, :k]
    return [[j for j in row if similarity[i, j] >= threshold] for i, row in enumerate(order)]


def test_neighbours_one_cell_is_exact():
    vectors = points()
    index = build_index(vectors, exact=True)
    nearest, scores = index.scan(5, 0.6)
    expected = brute_force(vectors, 5, 0.6)
    assert [[j for j in row if j >= 0] for row in nearest.tolist()] == expected
    assert np.all(np.diff(scores, axis=1)[np.isfinite(scores[:, 1:])] <= 0)  # best first
    assert np.array_equal(index.counts(0.6), ((vectors @ vectors.T) >= 0.6).sum(axis=1))


def test_neighbours_within_matches_brute_force_with_and_without_kept_pairs(monkeypatch):
    vectors = points()
    similarity = vectors @ vectors.T
    centres = [0, 17, 400, 1199]
    expected = [sorted(set(np.flatnonzero(similarity[c] >= 0.6)) - {c}) for c in centres]
    for budget in (neighbours.HIT_BUDGET, 10):  # 10: too many pairs to keep, computed on demand
        monkeypatch.setattr(neighbours, "HIT_BUDGET", budget)
        index = build_index(vectors, exact=True)
        index.scan(5, 0.6)
        found = index.within(centres, 0.6)
        assert [sorted(f.tolist()) for f in found] == expected
        assert all(np.all(np.diff(similarity[c, f]) <= 1e-6) for c, f in zip(centres, found))  # most similar first


def test_neighbours_over_budget_scan_still_finds_the_nearest(monkeypatch):
    vectors = points()
    monkeypatch.setattr(neighbours, "HIT_BUDGET", 100)
    nearest, _ = build_index(vectors, exact=True).scan(5, 0.6)
    assert [[j for j in row if j >= 0] for row in nearest.tolist()] == brute_force(vectors, 5, 0.6)


def test_neighbours_cells_find_most_of_the_nearest():
    vectors = points(3000)
    index = NeighbourIndex(vectors, cells=30, probes=6)
    nearest, _ = index.scan(10, 0.5)
    expected = brute_force(vectors, 10, 0.5)
    found = sum(len(set(row) & set(want)) for row, want in zip(nearest.tolist(), expected))
    assert found / sum(map(len, expected)) >= 0.95
    assert len(set(index.cell.tolist())) == 30  # k-means used every cell


@pytest.mark.parametrize("values", [[], [5], [3, 1, 3, 2, 1], list(range(100, 0, -1)) * 2])
def test_neighbours_distinct_is_sorted_unique(values):
    keys = np.array(values, dtype=np.int64)
    assert distinct(keys).tolist() == sorted(set(values))
