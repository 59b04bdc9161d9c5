"""Link similar claims into a graph and cut it into groups that stay on one topic.

The graph takes any array of embeddings, so tests feed it small hand-made vectors.
Groups are Louvain communities rather than connected components: a chain of pairwise
similar sentences (A~B, B~C) must not pull unrelated claims (A, C) into one group.
"""

from __future__ import annotations

import hashlib

import networkx as nx
import numpy as np

from .models import Group

#: Cosine similarity above which two figure-bearing claims are compared. Tuned on
#: ``fixtures/`` with benchmarks/threshold.py: every gold case holds from 0.30 to 0.45;
#: 0.4 sits inside that range with fewer pairs to review than 0.3.
DEFAULT_THRESHOLD = 0.4


def similarity_graph(claim_ids: list[str], embeddings: np.ndarray, threshold: float = DEFAULT_THRESHOLD) -> nx.Graph:
    """A graph of claims with an edge, weighted by cosine similarity, above ``threshold``."""
    graph = nx.Graph()
    graph.add_nodes_from(claim_ids)
    if len(claim_ids) < 2:
        return graph
    vectors = np.asarray(embeddings, dtype=np.float32)
    similarity = vectors @ vectors.T
    rows, cols = np.nonzero(np.triu(similarity >= threshold, k=1))
    graph.add_edges_from((claim_ids[i], claim_ids[j], {"weight": float(similarity[i, j])}) for i, j in zip(rows, cols))
    return graph


def find_groups(graph: nx.Graph, order: dict[str, int] | None = None) -> list[Group]:
    """Communities of two or more claims, members in document order, largest first."""
    if graph.number_of_edges() == 0:
        return []
    communities = nx.community.louvain_communities(graph, weight="weight", resolution=1.0, seed=7)
    order = order or {node: index for index, node in enumerate(graph.nodes)}
    groups = []
    for members in communities:
        if len(members) < 2:
            continue
        ids = tuple(sorted(members, key=lambda node: order.get(node, 0)))
        digest = hashlib.sha1("|".join(sorted(ids)).encode()).hexdigest()[:10]
        groups.append(Group(id="g" + digest, claim_ids=ids))
    return sorted(groups, key=lambda g: (-len(g.claim_ids), order.get(g.claim_ids[0], 0)))
