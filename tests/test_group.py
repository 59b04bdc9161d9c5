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
