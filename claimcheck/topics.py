"""The entity each story is about: whose a figure may be when its sentence names no owner.

"The death toll rose to 2,900" names nobody. In a story whose articles give their figures to
Morocco, that toll is most likely Morocco's, and far less likely the toll of another quake an
article recalls by name. The story's topic is the named owner that most of its articles give
figures to. It is weaker evidence than a name in the sentence, so it never makes a conflict
(:func:`claimcheck.evidence.weigh_evidence`): it keeps an unnamed figure beside the topic's
own figures for review, and away from another entity's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from .entities import Aliases, is_named
from .models import Claim

#: How many of an article's first figured sentences say what it is about.
LEAD_CLAIMS = 4
#: Least share of a story's articles that must give figures to one owner for it to be the topic.
TOPIC_SHARE = 0.4


def story_topics(claims: list[Claim], story_of: dict, aliases: Aliases) -> dict:
    """Map each story to its topic: the named owner the most of its articles (and at least
    :data:`TOPIC_SHARE` of them, two at the least) give figures to in their first :data:`LEAD_CLAIMS`
    sentences with figures (``claims`` in document order); a story without one is left out."""
    articles: dict = defaultdict(set)
    owners: dict = defaultdict(dict)  # story -> {(owner, article): None}, ordered: a tie goes to the first
    spelled: dict = {}
    lead: Counter = Counter()
    for claim in claims:
        if not claim.quantities:
            continue  # a story's articles, and an article's lead, are counted in sentences with figures
        story = story_of.get(claim.doc_id)
        articles[story].add(claim.doc_id)
        lead[claim.doc_id] += 1
        if lead[claim.doc_id] > LEAD_CLAIMS:
            continue  # what an article leads with is what it is about; its lists of others come later
        for figure in claim.quantities:
            if is_named(figure.subject):
                key = aliases.canonical(figure.subject)
                spelled.setdefault(key, figure.subject)
                owners[story][key, claim.doc_id] = None
    topics = {}
    for story, named in owners.items():
        (key, count), *_ = Counter(key for key, _doc in named).most_common(1)
        if count >= max(2, TOPIC_SHARE * len(articles[story])):
            topics[story] = spelled[key]
    return topics


def with_topics(claims: list[Claim], story_of: dict, topics: dict) -> list[Claim]:
    """``claims`` with each figure's ``topic`` set to its story's topic: the owner of an unnamed figure, where a
    place's figure may hold ("across the US there were 156 fatalities" in a story about a hurricane), and what
    a deal's price in the story is most likely for."""
    out = []
    for claim in claims:
        topic = topics.get(story_of.get(claim.doc_id))
        if topic is None:
            out.append(claim)
            continue
        # a headline's figure may have a topic of its own already (claimcheck.headline_owners)
        out.append(
            replace(claim, quantities=tuple(q if q.topic else replace(q, topic=topic) for q in claim.quantities))
        )
    return out
