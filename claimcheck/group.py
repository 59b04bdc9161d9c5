"""Link similar claims into a graph and cut it into groups that stay on one topic.

The graph takes any array of embeddings, so tests feed it small hand-made vectors.
Groups are Louvain communities rather than connected components: a chain of pairwise
similar sentences (A~B, B~C) must not pull unrelated claims (A, C) into one group.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

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
#: keeps its closest ones, which is all the grouping and comparison need. Measured with
#: benchmarks/scale.py on 100k generated sentences: pairs of sentences telling one fact
#: are found 0.988 of the time with 24 (0.990 with 48), for 45% fewer pairs to compare.
NEIGHBOURS = 24


@dataclass
class SimilarityGraph:
    """Claims and the similarity edges between them, held as arrays.

    At a desk's daily intake the graph has millions of edges; a networkx graph of that
    size takes gigabytes, so the pipeline keeps arrays and builds networkx only when a
    notebook asks for it (:meth:`to_networkx`).
    """

    ids: list[str]
    sources: np.ndarray  #: Index into ``ids`` of each edge's first claim.
    targets: np.ndarray  #: Index into ``ids`` of each edge's second claim.
    weights: np.ndarray  #: Cosine similarity of each edge.

    @property
    def nodes(self) -> list[str]:
        return self.ids

    @property
    def edges(self) -> list[tuple[str, str]]:
        """The edges as (claim id, claim id)."""
        return [(self.ids[i], self.ids[j]) for i, j in zip(self.sources.tolist(), self.targets.tolist())]

    def number_of_edges(self) -> int:
        return len(self.sources)

    def to_networkx(self) -> nx.Graph:
        """The same graph in networkx, edges weighted by similarity (for drawing and exploring)."""
        graph = nx.Graph()
        graph.add_nodes_from(self.ids)
        graph.add_weighted_edges_from(
            (self.ids[i], self.ids[j], w)
            for i, j, w in zip(self.sources.tolist(), self.targets.tolist(), self.weights.tolist())
        )
        return graph


def similarity_graph(
    claim_ids: list[str],
    embeddings: np.ndarray,
    threshold: float = DEFAULT_THRESHOLD,
    *,
    exact: bool | None = None,
) -> SimilarityGraph:
    """A graph of claims with an edge, weighted by cosine similarity, above ``threshold``.

    Each claim keeps at most its :data:`NEIGHBOURS` most similar claims: a fact-checker
    compares a claim with its closest matches, and a cap keeps the work linear in the
    number of claims. ``exact=None`` finds them by brute force up to :data:`EXACT_LIMIT`
    claims and with an approximate nearest-neighbour index (usearch HNSW) above it;
    ``exact=True`` always by brute force (the reference the index is measured against).
    """
    ids = list(claim_ids)
    found: dict[tuple[int, int], float] = {}
    if len(ids) >= 2:
        vectors = np.ascontiguousarray(embeddings, dtype=np.float32)
        use_exact = exact if exact is not None else len(ids) <= EXACT_LIMIT
        for i, j, w in _exact_edges(vectors, threshold) if use_exact else _approximate_edges(vectors, threshold):
            found[(i, j)] = w
    pairs = sorted(found)
    return SimilarityGraph(
        ids=ids,
        sources=np.array([i for i, _ in pairs], dtype=np.int64),
        targets=np.array([j for _, j in pairs], dtype=np.int64),
        weights=np.array([found[p] for p in pairs], dtype=np.float64),
    )


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


def find_groups(graph: SimilarityGraph, order: dict[str, int] | None = None) -> list[Group]:
    """Communities of two or more claims, members in document order, largest first.

    Louvain communities (igraph's C implementation, seeded, so a run is repeatable):
    seconds at millions of edges where networkx took minutes and gigabytes.
    """
    if graph.number_of_edges() == 0:
        return []
    import random

    import igraph

    igraph.set_random_number_generator(random.Random(7))
    network = igraph.Graph(n=len(graph.ids), edges=np.column_stack([graph.sources, graph.targets]).tolist())
    membership = network.community_multilevel(weights=graph.weights.tolist()).membership
    communities: dict[int, list[str]] = {}
    for node, community in enumerate(membership):
        communities.setdefault(community, []).append(graph.ids[node])
    order = order or {node: index for index, node in enumerate(graph.ids)}
    groups = []
    for members in communities.values():
        if len(members) < 2:
            continue
        ids = tuple(sorted(members, key=lambda node: order.get(node, 0)))
        digest = hashlib.sha1("|".join(sorted(ids)).encode()).hexdigest()[:10]
        groups.append(Group(id="g" + digest, claim_ids=ids))
    return sorted(groups, key=lambda g: (-len(g.claim_ids), order.get(g.claim_ids[0], 0)))
