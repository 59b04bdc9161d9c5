"""Candidate selection: pairs within a story only; like figures of one story paired whatever the wording."""

from types import SimpleNamespace

import numpy as np
import pytest

from claimcheck.candidates import (
    BLOCK_LIMIT,
    STORY_BLOCK_LIMIT,
    block_pairs,
    candidate_keys,
    same_figure_blocks,
    scale_blocks,
    story_blocks,
    story_codes,
)
from claimcheck.entities import Aliases
from claimcheck.models import Claim, Quantity


def figure(kind="money", measure="market value", unit="US dollar", subject=None, value=5e8):
    return Quantity("x", 0, 1, value, value, value, kind, unit, value, value, value, measure=measure, subject=subject)


def claim(doc, *figures, number=0):
    return Claim(id=f"c-{doc}-{number}", doc_id=doc, text="x", start=0, end=1, quantities=tuple(figures))


def pairs(keys, count):
    return {(int(k // count), int(k % count)) for k in keys}


def no_edges():
    return SimpleNamespace(sources=np.zeros(0, dtype=np.int64), targets=np.zeros(0, dtype=np.int64))


def orthogonal(count):
    """Unit vectors no two of which are alike: no similarity edge could pair them."""
    return np.eye(count, dtype=np.float32)


def test_candidates_like_figures_of_one_story_are_paired_however_worded():
    claims = [claim("a", figure()), claim("b", figure(value=6e8))]
    keys, _ = candidate_keys(claims, orthogonal(2), no_edges(), Aliases(), {"a": "s", "b": "s"})
    assert pairs(keys, 2) == {(0, 1)}


def test_candidates_never_cross_stories():
    claims = [claim("a", figure()), claim("b", figure()), claim("c", figure(subject="Quellix"))]
    claims.append(claim("d", figure(subject="Quellix")))
    vectors = np.ones((4, 2), dtype=np.float32) / np.sqrt(2)  # every sentence alike
    graph = SimpleNamespace(sources=np.array([0, 0, 1, 2]), targets=np.array([1, 2, 3, 3]))
    story_of = {"a": "ferry", "b": "ferry", "c": "vaccine", "d": "vaccine"}
    keys, _ = candidate_keys(claims, vectors, graph, Aliases(), story_of)
    assert pairs(keys, 4) == {(0, 1), (2, 3)}
    # Without stories, the graph edges and blocks would have crossed.
    everything, _ = candidate_keys(claims, vectors, graph, Aliases())
    assert (0, 2) in pairs(everything, 4) and (1, 3) in pairs(everything, 4)


@pytest.mark.parametrize(
    "other",
    [
        figure(kind="percent", unit="percentage"),  # another kind
        figure(measure="revenue"),  # another measure
        figure(measure=None),  # an unread measure matches nothing
    ],
)
def test_candidates_story_blocks_need_one_kind_and_one_known_measure(other):
    claims = [claim("a", figure()), claim("b", other)]
    assert not len(story_blocks(claims, orthogonal(2)))


def test_candidates_counts_need_one_unit_noun():
    users = figure(kind="count", measure="users", unit="monthly active user")
    claims = [claim("a", users), claim("b", figure(kind="count", measure="users", unit="user"))]
    claims.append(claim("c", figure(kind="count", measure="users", unit="download")))
    assert pairs(story_blocks(claims, orthogonal(3)), 3) == {(0, 1)}


def test_candidates_story_blocks_are_across_documents():
    claims = [claim("a", figure(), number=0), claim("a", figure(), number=1)]
    assert not len(story_blocks(claims, orthogonal(2)))


def test_candidates_a_figure_restated_in_one_article_is_paired():
    adoption = figure(kind="percent", unit="percentage", measure="adoption", subject="Brazil", value=62)
    firms = figure(kind="percent", unit="percentage", measure="firms", subject="Brazil", value=62)
    other = figure(kind="percent", unit="percentage", measure="firms", subject="Brazil", value=35)
    claims = [claim("a", adoption, number=0), claim("a", firms, number=1), claim("a", other, number=2)]
    assert pairs(same_figure_blocks(claims, Aliases(), orthogonal(3)), 3) == {(0, 1)}


def test_candidates_story_codes():
    claims = [claim("a"), claim("b"), claim("c")]
    assert story_codes(claims).tolist() == [0, 0, 0]
    codes = story_codes(claims, {"a": "x", "b": "y", "c": "x"})
    assert codes[0] == codes[2] != codes[1]


def test_candidates_a_story_block_below_its_limit_gives_every_pair():
    count = STORY_BLOCK_LIMIT
    claims = [claim(f"d{i}", figure()) for i in range(count)]
    assert len(story_blocks(claims, orthogonal(count))) == count * (count - 1) // 2


def test_candidates_a_huge_block_stays_linear():
    count = 3 * STORY_BLOCK_LIMIT
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(count, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    keys = block_pairs([set(range(count))], count, vectors, limit=STORY_BLOCK_LIMIT)
    assert count * BLOCK_LIMIT // 2 <= len(keys) <= count * BLOCK_LIMIT
    # Each member keeps its nearest: the most similar other member is always among its pairs.
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, -2)
    found = pairs(keys, count)
    for member in range(0, count, 50):
        best = int(np.argmax(similarity[member]))
        assert (min(member, best), max(member, best)) in found


def test_candidates_one_fact_worded_apart_is_paired_with_no_similarity_at_all():
    from claimcheck.claims import checkable_figures
    from claimcheck.measures import measure_family

    texts = {
        "a": "Varnel Motors, whose plants in Ohio employ 40,000 people, lost $212 billion of market value on Monday.",
        "b": "Weather forecasters warned of snow in the Alps as Varnel Motors' market value fell $190 billion.",
    }
    claims = [
        claim(doc, *(f for f in checkable_figures(text, "2025-01-27") if f.kind == "money"))
        for doc, text in texts.items()
    ]
    families = {measure_family(c.quantities[0].measure)[0] for c in claims}
    assert len(families) == 1 and None not in families  # the reader gives both one measure
    keys, _ = candidate_keys(claims, orthogonal(2), no_edges(), Aliases(), {"a": "s", "b": "s"})
    assert pairs(keys, 2) == {(0, 1)}
    apart, _ = candidate_keys(claims, orthogonal(2), no_edges(), Aliases(), {"a": "s", "b": "t"})
    assert not len(apart)


def test_candidates_the_same_digits_at_two_scales_are_paired_within_one_document_too():
    from claimcheck.claims import checkable_figures

    def read(doc, number, sentence):
        return Claim(
            id=f"c-{doc}-{number}",
            doc_id=doc,
            text=sentence,
            start=0,
            end=1,
            quantities=tuple(checkable_figures(sentence)),
        )

    claims = [
        read("a", 0, "The network agreed to pay $787.5 million to settle the suit."),
        read("a", 1, "The $787.5 billion payout is the largest of its kind."),
        read("b", 0, "Ratings reached $1 billion in ad sales."),
        read("b", 1, "Ratings reached $1 million in ad sales."),
    ]
    assert pairs(scale_blocks(claims), len(claims)) == {(0, 1)}  # "$1 million" and "$1 billion" share one digit only


def test_candidates_precise_totals_within_a_percent_are_paired_however_their_sentences_read():
    from claimcheck.claims import checkable_figures

    def read(doc, sentence):
        return Claim(
            id=f"c-{doc}", doc_id=doc, text=sentence, start=0, end=1, quantities=tuple(checkable_figures(sentence))
        )

    claims = [
        read("a", "The record belongs to Endgame, whose opening took in $357.1 million."),
        read("b", "That would top the $357.2 million Nightfall made in its first weekend."),
        read("c", "Orbex sold shares worth $350 million."),
        read("d", "Orbex sold shares worth $352 million."),
    ]
    assert pairs(scale_blocks(claims), len(claims)) == {(0, 1)}  # "$350 million" is too round to be a copy
