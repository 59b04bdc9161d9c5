import numpy as np

from claimcheck.group import find_groups, similarity_graph


def unit(*values):
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_group_links_only_above_threshold():
    vectors = np.stack([unit(1, 0, 0), unit(0.95, 0.3, 0), unit(0, 0, 1)])
    graph = similarity_graph(["a", "b", "c"], vectors, threshold=0.5)
    assert set(graph.edges) == {("a", "b")}


def test_group_communities_do_not_chain_unrelated_claims():
    # Two tight clusters joined by one weak bridge: a chain would merge them.
    vectors = np.stack(
        [
            unit(1, 0.05, 0),
            unit(1, 0, 0.05),
            unit(1, 0.02, 0.02),
            unit(0.6, 0.8, 0),
            unit(0.05, 1, 0),
            unit(0, 1, 0.05),
            unit(0.02, 1, 0.02),
        ]
    )
    ids = list("abcdefg")
    graph = similarity_graph(ids, vectors, threshold=0.5)
    groups = find_groups(graph)
    members = [set(g.claim_ids) for g in groups]
    assert {"a", "b", "c"} in [m & {"a", "b", "c"} for m in members]
    assert not any({"a", "g"} <= m for m in members)


def test_group_approximate_index_finds_the_pairs_exact_search_finds():
    rng = np.random.default_rng(7)
    centres = rng.standard_normal((60, 32))
    points = np.repeat(centres, 25, axis=0) + 0.35 * rng.standard_normal((1500, 32))
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    ids = [f"c{i}" for i in range(len(points))]
    exact = {frozenset(e) for e in similarity_graph(ids, points, threshold=0.75, exact=True).edges}
    approximate = {frozenset(e) for e in similarity_graph(ids, points, threshold=0.75, exact=False).edges}
    assert exact and approximate <= exact
    assert len(approximate) / len(exact) >= 0.95
