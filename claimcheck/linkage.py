"""Average linkage of a run's documents into stories, and the lone articles clearly near one story.

:mod:`claimcheck.stories` scores pairs of documents by names, wording and dates; this module groups them.
Average linkage, unlike joining every pair above a threshold, does not chain: an article that mentions two
stories does not fuse them. A story of one or two articles that scores under the threshold with every story but
is clearly nearer one than any other joins it (:func:`_join_strays`).
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict

#: Pairs scoring under this share of the threshold are left out of the linkage (they count
#: as 0): a big run has millions of pairs that share one minor name.
WEAK_LINK = 0.25
#: A story of this many documents or fewer joins the story it is clearly nearest (:func:`_join_strays`) when its
#: average score there is at least this share of the threshold and this many times its score with any other story.
STRAY_SIZE = 2
STRAY_SHARE = 0.5
STRAY_LEAD = 8.0


def average_linkage(count, first, second, scores, threshold, fixed) -> list[int]:
    """Cluster of each document by average linkage over the scored pairs (unscored pairs count 0)."""
    cluster = list(range(count))
    label_cluster: dict[str, int] = {}
    for position, label in enumerate(fixed):  # hand-set labels start as one cluster each
        if label:
            cluster[position] = label_cluster.setdefault(label, position)
    size = Counter(cluster)
    label_of = {label_cluster[label]: label for label in label_cluster}
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for a, b, score in zip(first.tolist(), second.tolist(), scores.tolist()):
        ca, cb = cluster[a], cluster[b]
        if ca != cb:
            links[ca][cb] = links[ca].get(cb, 0.0) + score
            links[cb][ca] = links[cb].get(ca, 0.0) + score
    heap = [(-total / (size[a] * size[b]), a, b) for a in links for b, total in links[a].items() if a < b]
    heapq.heapify(heap)
    parent = {c: c for c in size}
    while heap:
        average, a, b = heapq.heappop(heap)
        if -average < threshold:
            break
        if parent[a] != a or parent[b] != b or b not in links[a]:
            continue
        if abs(links[a][b] / (size[a] * size[b]) + average) > 1e-9:
            continue  # a stale entry: the pair was pushed again with its new average
        if a in label_of and b in label_of:
            continue
        if len(links[a]) < len(links[b]):
            a, b = b, a  # merge the smaller neighbourhood into the larger
        parent[b] = a
        size[a] += size.pop(b)
        if b in label_of:
            label_of[a] = label_of.pop(b)
        del links[a][b]
        for other, total in links.pop(b).items():
            if other == a:
                continue
            del links[other][b]
            links[a][other] = links[a].get(other, 0.0) + total
            links[other][a] = links[a][other]
        for other, total in links[a].items():
            heapq.heappush(heap, (-total / (size[a] * size[other]), min(a, other), max(a, other)))
    _join_strays(parent, size, links, threshold, label_of, cluster, (first, second, scores))
    return [_root(parent, c) for c in cluster]


def _join_strays(
    parent: dict, size: Counter, links: dict, threshold: float, label_of: dict, cluster: list[int], pairs
) -> None:
    """Join each story of one or two documents to the story it is clearly nearest, where that is near enough.

    A short piece that names a spokesman and a news agency more than the event (a quake's toll "told AFP" by
    an official) scores under the threshold with every story; where one story scores at least
    :data:`STRAY_SHARE` of the threshold on average, :data:`STRAY_LEAD` times any other, and links to more
    than half its documents (one strong bridge to one member is no link to the story: linkage does not chain), it is
    that story's.
    """
    strays = [root for root in list(size) if size[root] <= STRAY_SIZE and links.get(root)]
    if not strays:
        return
    member_links: Counter = Counter()
    first, second, scores = pairs
    for a, b, score in zip(first.tolist(), second.tolist(), scores.tolist()):
        ra, rb = _root(parent, cluster[a]), _root(parent, cluster[b])
        if ra != rb and score >= threshold * WEAK_LINK:
            member_links[ra, rb] += 1
            member_links[rb, ra] += 1
    for stray in strays:
        if parent[stray] != stray or not links.get(stray):
            continue
        averages = sorted(
            ((total / (size[stray] * size[other]), other) for other, total in links[stray].items()), reverse=True
        )
        best, nearest = averages[0]
        runner_up = averages[1][0] if len(averages) > 1 else 0.0
        if best < threshold * STRAY_SHARE or best < STRAY_LEAD * runner_up:
            continue
        if member_links[stray, nearest] * 2 <= size[stray] * size[nearest]:
            continue
        if stray in label_of and nearest in label_of:
            continue
        parent[stray] = nearest
        size[nearest] += size.pop(stray)
        if stray in label_of:
            label_of[nearest] = label_of.pop(stray)
        for other, total in links.pop(stray).items():
            del links[other][stray]
            if other != nearest:
                links[nearest][other] = links[nearest].get(other, 0.0) + total
                links[other][nearest] = links[nearest][other]
                member_links[nearest, other] += member_links[stray, other]
                member_links[other, nearest] = member_links[nearest, other]


def _root(parent: dict[int, int], node: int) -> int:
    while parent[node] != node:
        node = parent[node]
    return node
