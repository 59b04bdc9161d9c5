"""Which pairs of claims are compared: candidate selection, within stories.

A pair is a candidate only when both claims come from documents of one story
(:mod:`claimcheck.stories`); a run whose documents have no story is one story. Within a
story the candidates are:

- every cross-document pair of figures of one kind (for counts, one unit noun: "users"
  with "users") and one known measure family (:func:`story_blocks`), however the two
  sentences are worded: the same fact told in other words is found without the embedding;
- the similarity graph's edges (sentences worded alike, within one document too);
- figures that share a subject and a measure family, or a well-known family
  (:func:`figure_blocks`);
- figures naming one entity with nearly one value (:func:`same_figure_blocks`: one fact
  told in two languages, or restated in one article), the only ones compared loosely
  when nothing else aligns;
- figures written with the same digits at two scales (:func:`scale_blocks`: "$787.5 million"
  where another sentence writes "$787.5 billion"), within one document too, and precise
  totals within 1% of each other ("$357.1 million" and "$357.2 million").

Every source is held as sorted integer keys ``i * n + j`` (i < j) over the claims'
positions: a desk's day has millions of candidates. A block larger than its limit (a
run that is all one story, with thousands of "revenue" figures) pairs each member with
its :data:`BLOCK_LIMIT` most similar members only, so the work stays linear.
"""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np

from .counted import counted_noun
from .entities import Aliases
from .measures import MEASURES, measure_family
from .models import Claim, Quantity
from .neighbours import distinct
from .twins import precise_total, significant_digits, written_digits

#: Largest block of claims compared all with all; in a larger one each claim meets its
#: this many nearest (see group.NEIGHBOURS for how the cap was measured).
BLOCK_LIMIT = 20
#: Largest block of one story's like figures whose cross-document pairs are all
#: candidates (19,900 pairs at most); a larger one falls back to the nearest members.
STORY_BLOCK_LIMIT = 200
_SAME_VALUE = 0.03  # figures within about 3% land in a shared bucket


def candidate_keys(
    claims: list[Claim], vectors: np.ndarray, graph, aliases: Aliases, story_of=None
) -> tuple[np.ndarray, np.ndarray]:
    """Every candidate pair as a sorted key ``i * n + j`` (i < j), and whether it may be compared loosely.

    ``story_of`` maps a document id to its story (None: every claim is of one story);
    no key joins claims of two stories.
    """
    count = len(claims)
    stories = story_codes(claims, story_of)
    sources = np.asarray(graph.sources, dtype=np.int64)
    targets = np.asarray(graph.targets, dtype=np.int64)
    within = stories[sources] == stories[targets]
    first, second = np.minimum(sources, targets)[within], np.maximum(sources, targets)[within]
    edges = first * count + second
    same_figure = same_figure_blocks(claims, aliases, vectors, stories)
    keys = distinct(
        np.concatenate(
            [
                edges,
                figure_blocks(claims, aliases, vectors, stories),
                story_blocks(claims, vectors, stories),
                scale_blocks(claims, vectors, stories),
                same_figure,
            ]
        )
    )
    if not len(same_figure):
        return keys, np.zeros(len(keys), dtype=bool)
    found = np.minimum(np.searchsorted(same_figure, keys), len(same_figure) - 1)  # both sorted: no hashing
    return keys, same_figure[found] == keys


def story_codes(claims: list[Claim], story_of=None) -> np.ndarray:
    """A small integer per claim naming its story (all 0 when ``story_of`` is None)."""
    if story_of is None:
        return np.zeros(len(claims), dtype=np.int64)
    codes: dict = {}
    return np.array([codes.setdefault(story_of.get(c.doc_id), len(codes)) for c in claims], dtype=np.int64)


def story_blocks(claims: list[Claim], vectors: np.ndarray | None, stories: np.ndarray | None = None) -> np.ndarray:
    """Pairs (as keys) of claims of two documents of one story with figures of one kind and one measure family.

    The family must be known on both sides (an unread measure matches nothing); for counts
    the unit's noun must agree too ("users" and "users", not "users" and "downloads").
    """
    blocks: dict[tuple, set[int]] = defaultdict(set)
    for position, story, figure in _story_figures(claims, stories):
        family = _family(figure)
        if family:
            blocks[(story, family, figure.kind, _unit_noun(figure))].add(position)
    keys = block_pairs(blocks.values(), len(claims), vectors, limit=STORY_BLOCK_LIMIT)
    return _across_documents(keys, claims)


def same_figure_blocks(
    claims: list[Claim], aliases: Aliases, vectors: np.ndarray | None = None, stories: np.ndarray | None = None
) -> np.ndarray:
    """Pairs (as keys) of claims of one story naming one entity with a figure of one kind and nearly one value.

    This finds the same fact told in two languages ("HK$4.35 billion" and "43.5亿港元"),
    which the English embedding model does not bring together, and one figure an article
    restates in other words ("80% of startups use ..." and later "80% of startups are
    building on ..."), so that the restatement is shown agreeing, not left unseen.
    """
    blocks: dict[tuple, set[int]] = defaultdict(set)
    for position, story, figure in _story_figures(claims, stories):
        if not figure.normalized or figure.kind == "count" and not figure.unit:
            continue
        bucket = int(math.floor(math.log(abs(figure.normalized)) / math.log(1 + _SAME_VALUE)))
        for entity in filter(None, (figure.subject, figure.scope)):
            for key in (bucket, bucket + 1):
                blocks[(story, aliases.canonical(entity), figure.kind, key)].add(position)
    return block_pairs(blocks.values(), len(claims), vectors)


def scale_blocks(
    claims: list[Claim], vectors: np.ndarray | None = None, stories: np.ndarray | None = None
) -> np.ndarray:
    """Pairs (as keys) of claims of one story with a sum or count written with the same digits at two scales.

    A scale word that slipped ("million" for "billion") changes the figure a thousandfold, and the
    sentence around it may be read as another subject or measure; the digits written alike
    (:func:`claimcheck.relations.scale_slipped`) are what brings the two together.
    """
    blocks: dict[tuple, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    for position, story, figure in _story_figures(claims, stories):
        if figure.kind not in ("money", "count") or not figure.normalized or figure.range:
            continue
        digits = written_digits(figure.text)
        if digits is None or significant_digits(figure.text) < 2:
            continue
        scale = round(math.log10(abs(figure.normalized)) / 3)
        blocks[(story, figure.kind, figure.unit, digits)][scale].add(position)
    scaled = [set().union(*by_scale.values()) for by_scale in blocks.values() if len(by_scale) > 1]
    twins: dict[tuple, set[int]] = defaultdict(set)
    for position, story, figure in _story_figures(claims, stories):
        if precise_total(figure):
            bucket = int(math.floor(math.log(abs(figure.value)) / math.log(1.01)))  # one unit a block: as written
            for key in (bucket, bucket + 1):
                twins[(story, figure.kind, figure.unit, key)].add(position)
    return block_pairs(scaled + list(twins.values()), len(claims), vectors)


def figure_blocks(
    claims: list[Claim], aliases: Aliases, vectors: np.ndarray | None = None, stories: np.ndarray | None = None
) -> np.ndarray:
    """Pairs (as keys) of claims of one story whose figures share a subject and a measure, or a well-known family.

    Sentences carrying several facts embed far from each other even when one of their
    figures matches; these blocks find such pairs, within one document too.
    """
    blocks: dict[tuple, set[int]] = defaultdict(set)
    for position, story, figure in _story_figures(claims, stories):
        family = _family(figure)
        if figure.subject and family:
            blocks[(story, aliases.canonical(figure.subject), family, figure.kind)].add(position)
        if family in MEASURES:
            blocks[(story, family, figure.kind)].add(position)
    return block_pairs(blocks.values(), len(claims), vectors)


def block_pairs(blocks, count: int, vectors: np.ndarray | None, *, limit: int = BLOCK_LIMIT) -> np.ndarray:
    """Keys of all pairs within each block of at most ``limit`` members, and of each member's nearest members within a larger one.

    ``blocks`` hold claim positions; ``count`` is the number of claims (the key base).
    In a large block each member meets its :data:`BLOCK_LIMIT` most similar members.
    """
    found: list[np.ndarray] = []
    for members in blocks:
        ordered = np.array(sorted(members), dtype=np.int64)
        if len(ordered) < 2:
            continue
        if len(ordered) <= limit or vectors is None:
            first, second = np.triu_indices(len(ordered), k=1)
            found.append(ordered[first] * count + ordered[second])
            continue
        rows = vectors[ordered]
        for start in range(0, len(ordered), 2048):  # a block of 100k claims must not need a 100k x 100k matrix
            similarity = rows[start : start + 2048] @ rows.T
            similarity[np.arange(similarity.shape[0]), np.arange(start, start + similarity.shape[0])] = -2.0
            nearest = np.argpartition(-similarity, BLOCK_LIMIT - 1, axis=1)[:, :BLOCK_LIMIT]
            mine = np.repeat(ordered[start : start + similarity.shape[0]], BLOCK_LIMIT)
            theirs = ordered[nearest.ravel()]
            found.append(np.minimum(mine, theirs) * count + np.maximum(mine, theirs))
    return distinct(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)


def _across_documents(keys: np.ndarray, claims: list[Claim]) -> np.ndarray:
    """The keys whose two claims come from two documents."""
    if not len(keys):
        return keys
    documents = np.array([claim.doc_id for claim in claims], dtype=object)
    return keys[documents[keys // len(claims)] != documents[keys % len(claims)]]


def _story_figures(claims: list[Claim], stories: np.ndarray | None):
    """(claim position, story code, figure) for every figure of every claim; one story for all when none are given."""
    for position, claim in enumerate(claims):
        story = 0 if stories is None else int(stories[position])
        for figure in claim.quantities:
            yield position, story, figure


def _family(figure: Quantity) -> str | None:
    return measure_family(figure.measure, figure.kind == "percent")[0]


def _unit_noun(figure: Quantity) -> str | None:
    """The noun a count counts ("user" for "weekly active user", "death" for a toll); None for other kinds."""
    return counted_noun(figure) if figure.kind == "count" and figure.unit else None
