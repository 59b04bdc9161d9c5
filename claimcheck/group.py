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
#: Up to this many claims every pair is compared exactly; above it an ANN index is used.
EXACT_LIMIT = 20_000
#: Neighbours asked of the index per claim: a claim with more similar claims than this
#: keeps its closest ones, which is all the grouping and comparison need.
NEIGHBOURS = 48


def similarity_graph(
    claim_ids: list[str],
    embeddings: np.ndarray,
    threshold: float = DEFAULT_THRESHOLD,
    *,
    exact: bool | None = None,
) -> nx.Graph:
    """A graph of claims with an edge, weighted by cosine similarity, above ``threshold``.

    Each claim keeps at most its :data:`NEIGHBOURS` most similar claims: a fact-checker
    compares a claim with its closest matches, and a cap keeps the work linear in the
    number of claims. ``exact=None`` finds them by brute force up to :data:`EXACT_LIMIT`
    claims and with an approximate nearest-neighbour index (usearch HNSW) above it;
    ``exact=True`` always by brute force (the reference the index is measured against).
    """
    graph = nx.Graph()
    graph.add_nodes_from(claim_ids)
    if len(claim_ids) < 2:
        return graph
    vectors = np.ascontiguousarray(embeddings, dtype=np.float32)
    use_exact = exact if exact is not None else len(claim_ids) <= EXACT_LIMIT
    edges = _exact_edges(vectors, threshold) if use_exact else _approximate_edges(vectors, threshold)
    graph.add_edges_from((claim_ids[i], claim_ids[j], {"weight": w}) for i, j, w in edges)
    return graph


def _exact_edges(vectors: np.ndarray, threshold: float, block: int = 2048):
    """Each claim's :data:`NEIGHBOURS` most similar claims above the threshold, by brute force.

    One block of rows at a time, so memory stays block x n; an edge is kept when either
    end has the other among its nearest, as the index does.
    """
    keep = min(NEIGHBOURS + 1, len(vectors))
    for start in range(0, len(vectors), block):
        similarity = vectors[start : start + block] @ vectors.T
        if keep < len(vectors):
            nearest = np.argpartition(-similarity, keep - 1, axis=1)[:, :keep]
        else:
            nearest = np.broadcast_to(np.arange(len(vectors)), similarity.shape)
        for row in range(similarity.shape[0]):
            i = start + row
            for j in nearest[row]:
                j = int(j)
                if j != i and similarity[row, j] >= threshold:
                    yield min(i, j), max(i, j), float(similarity[row, j])


def _approximate_edges(vectors: np.ndarray, threshold: float):
    """Pairs above the threshold among each claim's nearest neighbours in an HNSW index."""
    from usearch.index import Index

    index = Index(
        ndim=vectors.shape[1], metric="cos", dtype="f16", connectivity=16, expansion_add=96, expansion_search=96
    )
    keys = np.arange(len(vectors), dtype=np.uint64)
    index.add(keys, vectors, threads=0)
    neighbours = min(NEIGHBOURS, len(vectors))
    for start in range(0, len(vectors), 8192):
        matches = index.search(vectors[start : start + 8192], neighbours, threads=0)
        for row, (found, distances) in enumerate(zip(matches.keys, matches.distances)):
            i = start + row
            for j, distance in zip(found, distances):
                similarity = 1.0 - float(distance)
                if similarity >= threshold and i != int(j):
                    yield min(i, int(j)), max(i, int(j)), similarity


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
