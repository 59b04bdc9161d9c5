"""Average linkage of documents into stories: no chaining, and a lone article clearly near one story joins it."""

import numpy as np

from claimcheck.linkage import average_linkage


def test_linkage_average_linkage_does_not_chain():
    # a-b and b-c score well, a-c not at all: one strong bridge does not make a-b-c one story.
    first, second = np.array([0, 1, 0]), np.array([1, 2, 2])
    scores = np.array([0.9, 0.3, 0.0])
    clusters = average_linkage(3, first, second, scores, 0.2, [None, None, None])
    assert clusters[0] == clusters[1] != clusters[2]
    # Single linkage would have joined c through b: 0.3 is above the threshold.
    assert scores[1] >= 0.2


def _linked(pairs):
    first, second, scores = (np.array(values) for values in zip(*pairs))
    return first.astype(np.int64), second.astype(np.int64), scores.astype(np.float64)


STORY_PAIRS = [(0, 1, 0.5), (0, 2, 0.5), (1, 2, 0.5), (3, 4, 0.5), (3, 5, 0.5), (4, 5, 0.5)]


def test_linkage_a_lone_article_near_one_story_only_joins_it():
    # a short piece naming a spokesman and an agency more than the event: under the threshold with every
    # story, but clearly nearer one than any other
    stray = [(0, 6, 0.15), (1, 6, 0.12), (2, 6, 0.15), (3, 6, 0.01)]
    clusters = average_linkage(7, *_linked(STORY_PAIRS + stray), 0.2, [None] * 7)
    assert clusters[6] == clusters[0] != clusters[3]


def test_linkage_a_lone_article_between_two_stories_or_far_from_all_stays_alone():
    between = [(0, 6, 0.15), (1, 6, 0.15), (2, 6, 0.15), (3, 6, 0.06), (4, 6, 0.06), (5, 6, 0.06)]
    clusters = average_linkage(7, *_linked(STORY_PAIRS + between), 0.2, [None] * 7)
    assert clusters[6] not in (clusters[0], clusters[3])
    far = [(0, 6, 0.06), (1, 6, 0.06), (2, 6, 0.06)]
    clusters = average_linkage(7, *_linked(STORY_PAIRS + far), 0.2, [None] * 7)
    assert clusters[6] not in (clusters[0], clusters[3])
