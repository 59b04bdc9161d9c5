"""Two figures told of two parties of one fact: a deal's buyer, seller and what changed hands; an
artist and her tour; a country and the company whose share within it is given.

The same fact has more than one owner in news copy ("West Ham accepted £105m for Rice", "Rice
left West Ham for £105m"). Where the sentences themselves tie the owners together, the two
figures are one fact told from two sides: compared, shown for review, never dropped as two
entities' figures (:mod:`claimcheck.evidence`).
"""

from __future__ import annotations

import re

from .entities import Aliases, is_named
from .measures import DEAL_NOUNS
from .models import Quantity
from .relations import measure_link


def is_crossed(qa: Quantity, qb: Quantity, aliases: Aliases) -> bool:
    """One figure's subject is the other's scope: China's adoption against DeepSeek's share within China;
    or two prices of a deal told from two of its parties (:func:`one_deal`)."""
    return (
        bool(qa.subject and qb.scope and aliases.same(qa.subject, qb.scope))
        or bool(qb.subject and qa.scope and aliases.same(qb.subject, qa.scope))
        or one_deal(qa, qb)
    )


def told_together(qa: Quantity, qb: Quantity) -> bool:
    """One measure given to two owners, where each sentence names the other's owner: "Beyoncé closed out the
    Renaissance World Tour ... 39 cities" and "the Renaissance World Tour took Beyoncé to 50 cities". The
    owners are two parties of one fact (an artist and her tour), not two facts."""
    if not is_named(qa.subject) or not is_named(qb.subject) or measure_link(qa, qb) != "same":
        return False
    return _told_in(qa.subject, qb.clause) and _told_in(qb.subject, qa.clause)


def _told_in(name: str, clause: str | None) -> bool:
    """``name`` written whole in ``clause`` ("Eric Trump" does not name Donald Trump)."""
    return bool(clause) and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", clause) is not None


def one_deal(qa: Quantity, qb: Quantity) -> bool:
    """Two prices of a deal, each told from one of its parties: "West Ham accepted £105m for Rice" and
    "Rice left West Ham for £105m". A deal has a buyer, a seller and what changed hands, so its price may
    be written as any of theirs; where each sentence names the other's owner, it is that deal, and so it is
    where both sentences name what the story is about (:func:`topic_deal`)."""
    if not (_deal_price(qa) and _deal_price(qb)) or not qa.subject or not qb.subject or qa.subject == qb.subject:
        return False
    return (_named_in(qa.subject, qb.clause) and _named_in(qb.subject, qa.clause)) or topic_deal(qa, qb)


def topic_deal(qa: Quantity, qb: Quantity) -> bool:
    """Two current deal prices whose sentences both name their story's topic: "PSG agreed Neymar's move to
    Al Hilal for £86 million" and "Al Hilal agreed a €90 million fee with PSG" in a story about Neymar are
    one deal's price told of its seller and its buyer. A recalled record ("the €222 million PSG paid in
    2017") is another deal."""
    topic = qa.topic
    return bool(
        topic
        and qb.topic == topic
        and "earlier" not in (qa.moment, qb.moment)
        and all(q.subject == topic or _named_in(topic, q.clause) for q in (qa, qb))
    )


#: Measure words of a deal's price: its nouns and what is paid in one.
DEAL_WORDS = DEAL_NOUNS | {"fee", "fees", "bid", "offer"}


def _deal_price(figure: Quantity) -> bool:
    words = set((figure.measure or "").split())
    return figure.kind == "money" and bool(words & DEAL_WORDS)


def _named_in(name: str, clause: str | None) -> bool:
    """``name`` or its last word ("Rice" for "Declan Rice") in ``clause``."""
    last = name.split()[-1]
    return bool(clause) and is_named(name) and re.search(rf"\b{re.escape(last)}\b", clause) is not None
