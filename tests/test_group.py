import numpy as np
import torch
from sentence_transformers.util import community_detection

from claimcheck.group import find_groups, similarity_graph


def unit(*values):
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def clustered(count=60, size=25, seed=7):
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((count, 32))
    points = np.repeat(centres, size, axis=0) + 0.35 * rng.standard_normal((count * size, 32))
    return (points / np.linalg.norm(points, axis=1, keepdims=True)).astype(np.float32)


def test_group_links_only_above_threshold():
    vectors = np.stack([unit(1, 0, 0), unit(0.95, 0.3, 0), unit(0, 0, 1)])
    graph = similarity_graph(["a", "b", "c"], vectors, threshold=0.5)
    assert set(graph.edges) == {("a", "b")}


def test_group_chain_of_similar_claims_is_not_one_group():
    # a~b~c~d~e~f, each next one similar, the ends far apart: connected components would
    # make one group of six; every member of a group must be close to its centre.
    angles = np.radians([0, 40, 80, 120, 160, 200])
    vectors = np.stack([unit(np.cos(a), np.sin(a), 0.1) for a in angles])
    ids = list("abcdef")
    groups = [set(g.claim_ids) for g in find_groups(ids, vectors, threshold=0.7)]
    assert groups and all(len(g) <= 3 for g in groups)
    for members in groups:
        rows = vectors[[ids.index(m) for m in members]]
        assert (rows @ rows.T).max(axis=1).min() > 0.7
        assert any(((rows @ row) >= 0.7).all() for row in rows)  # one member is near all the others


def test_group_members_in_document_order_largest_first():
    vectors = np.stack([unit(1, 0, 0), unit(0, 1, 0), unit(0.99, 0.1, 0), unit(0.1, 0.99, 0), unit(0.98, 0, 0.1)])
    groups = find_groups(["a", "b", "c", "d", "e"], vectors, threshold=0.9, order={"e": 0, "a": 1, "c": 2})
    assert [g.claim_ids for g in groups] == [("e", "a", "c"), ("b", "d")]


def test_group_exact_groups_are_community_detection_groups():
    points = clustered()
    ids = [str(i) for i in range(len(points))]
    ours = {frozenset(int(i) for i in g.claim_ids) for g in find_groups(ids, points, threshold=0.75, exact=True)}
    theirs = community_detection(torch.from_numpy(points), threshold=0.75, min_community_size=2)
    assert ours == {frozenset(members) for members in theirs}


def test_group_cells_keep_the_pairs_community_detection_groups():
    points = clustered(count=300, size=20)
    ids = [str(i) for i in range(len(points))]
    membership = np.full(len(points), -1)
    for number, group in enumerate(find_groups(ids, points, threshold=0.75, exact=False)):
        membership[[int(i) for i in group.claim_ids]] = number
    together = kept = 0
    for members in community_detection(torch.from_numpy(points), threshold=0.75, min_community_size=2):
        block = points[members] @ points[members].T
        first, second = np.nonzero(np.triu(block >= 0.75, k=1))
        a, b = membership[np.array(members)[first]], membership[np.array(members)[second]]
        together += len(a)
        kept += int(((a == b) & (a >= 0)).sum())
    assert together > 1000 and kept / together >= 0.95


def test_group_approximate_graph_finds_the_pairs_exact_search_finds():
    points = clustered()
    ids = [f"c{i}" for i in range(len(points))]
    exact = {frozenset(e) for e in similarity_graph(ids, points, threshold=0.75, exact=True).edges}
    approximate = {frozenset(e) for e in similarity_graph(ids, points, threshold=0.75, exact=False).edges}
    assert exact and approximate <= exact
    assert len(approximate) / len(exact) >= 0.95


def test_group_runs_are_repeatable():
    points = clustered(count=100, size=10)
    ids = [str(i) for i in range(len(points))]
    first = similarity_graph(ids, points, 0.7, exact=False)
    second = similarity_graph(ids, points, 0.7, exact=False)
    assert np.array_equal(first.sources, second.sources) and np.array_equal(first.targets, second.targets)
    assert find_groups(ids, points, 0.7, exact=False) == find_groups(ids, points, 0.7, exact=False)
