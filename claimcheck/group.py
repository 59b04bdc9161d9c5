"""Link similar claims into a graph, and gather them into groups around a central claim.

Both take any array of embeddings, so tests feed them small hand-made vectors.
A group is a central claim and every claim at least ``threshold`` similar to it, taken
greedily from the claim with the most such neighbours (the rule of sentence-transformers'
``community_detection``, which scales as all pairs). So a group can be explained in one
line, and a chain of pairwise similar sentences (A~B, B~C, C~D) never pulls unrelated
claims into one group as connected components would: every member is near the centre.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import networkx as nx
import numpy as np

from .models import Group
from .neighbours import NeighbourIndex, build_index

#: Cosine similarity above which two figure-bearing claims are compared. Tuned on
#: ``fixtures/`` with benchmarks/threshold.py: every gold case holds from 0.30 to 0.45;
#: 0.4 sits inside that range with fewer pairs to review than 0.3.
DEFAULT_THRESHOLD = 0.4
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
    index: NeighbourIndex | None = None,
) -> SimilarityGraph:
    """A graph of claims with an edge, weighted by cosine similarity, above ``threshold``.

    Each claim keeps at most its :data:`NEIGHBOURS` most similar claims (an edge stays when
    either end keeps the other): a fact-checker compares a claim with its closest matches,
    and a cap keeps the work linear in the number of claims. ``exact=None`` searches by
    brute force up to ``neighbours.EXACT_LIMIT`` claims and over k-means cells above it;
    ``exact=True`` always by brute force (the reference the cells are measured against).
    ``index``: one already built over ``embeddings`` (the pipeline shares it with grouping).
    """
    ids = list(claim_ids)
    if len(ids) < 2:
        empty = np.zeros(0, dtype=np.int64)
        return SimilarityGraph(ids=ids, sources=empty, targets=empty, weights=np.zeros(0))
    index = index if index is not None else build_index(embeddings, exact)
    nearest, scores = index.scan(NEIGHBOURS, threshold)
    mine = np.repeat(np.arange(len(ids), dtype=np.int64), nearest.shape[1])
    theirs, weights = nearest.ravel(), scores.ravel()
    found = theirs >= 0
    mine, theirs, weights = mine[found], theirs[found], weights[found]
    keys = np.minimum(mine, theirs) * len(ids) + np.maximum(mine, theirs)
    order = np.argsort(keys, kind="stable")
    keys, weights = keys[order], weights[order]
    first = np.concatenate(([True], keys[1:] != keys[:-1])) if len(keys) else np.zeros(0, dtype=bool)
    keys = keys[first]
    return SimilarityGraph(
        ids=ids, sources=keys // len(ids), targets=keys % len(ids), weights=weights[first].astype(np.float64)
    )


def find_groups(
    claim_ids: list[str],
    embeddings: np.ndarray,
    threshold: float = DEFAULT_THRESHOLD,
    *,
    order: dict[str, int] | None = None,
    exact: bool | None = None,
    index: NeighbourIndex | None = None,
) -> list[Group]:
    """Groups of two or more claims around a central claim, members in document order, largest first.

    Every claim within ``threshold`` of a centre joins it unless an earlier group took it;
    centres are taken by how many claims lie within ``threshold`` of them, then by position
    (the order of ``community_detection``, whose groups the exact index reproduces).
    """
    ids = list(claim_ids)
    if len(ids) < 2:
        return []
    index = index if index is not None else build_index(embeddings, exact)
    counts = index.counts(threshold)
    candidates = np.lexsort((np.arange(len(ids)), -counts))
    candidates = candidates[counts[candidates] >= 2].tolist()
    taken = np.zeros(len(ids), dtype=bool)
    members: list[np.ndarray] = []
    for start in range(0, len(candidates), 64):  # neighbourhoods asked 64 at a time: one matrix product
        centres = [c for c in candidates[start : start + 64] if not taken[c]]
        for centre, near in zip(centres, index.within(centres, threshold)):
            if taken[centre]:
                continue
            free = near[~taken[near]]  # `within` never lists the centre itself
            if len(free):
                group = np.concatenate(([centre], free))
                taken[group] = True
                members.append(group)
    order = order or {node: position for position, node in enumerate(ids)}
    groups = []
    for group in members:
        names = tuple(sorted((ids[i] for i in group.tolist()), key=lambda node: order.get(node, 0)))
        digest = hashlib.sha1("|".join(sorted(names)).encode()).hexdigest()[:10]
        groups.append(Group(id="g" + digest, claim_ids=names))
    return sorted(groups, key=lambda g: (-len(g.claim_ids), order.get(g.claim_ids[0], 0)))
