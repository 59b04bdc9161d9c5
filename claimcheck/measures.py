"""Measure families: which words name the same kind of figure, whatever the wording.

"raised", "IPO proceeds" and "fundraising" all say funds raised; "weekly" and "monthly"
users are one family with different qualifiers. The grammar reader (:mod:`claimcheck.grammar`)
finds the measure word; this table says which words are one measure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .words import STOPWORDS, singular

#: Measure families: words that name the same kind of figure, whatever the wording.
MEASURES = {
    "adoption": "adoption adopt adopted adopting diffusion penetration uptake",
    "market share": "market-share",
    "usage": "usage use consumption traffic calls queries requests",
    "downloads": "download downloads downloaded",
    "users": "user users subscriber subscribers customer customers visitors",
    "viewers": "viewer viewers audience audiences viewership watched",
    "funds raised": "raise raised raising raises ipo offering listing proceeds fundraising funding round",
    "revenue": "revenue revenues sales turnover earnings earned earn earns gross grossed grossing takings haul opening "
    "pocket pocketed pockets pocketing collection collections nett",
    "profit": "profit profits loss losses income",
    "valuation": "valuation valued valuing worth capitalisation capitalization cap value",
    "price": "price prices pricing priced shares stock stocks fee fees command commanded commands commanding "
    "realise realised realize realized",
    "cost": "cost costs cheaper",
    "pay": "pay salary salaries wage wages compensation paycheck",
    "sum paid": "paid payment payments fine fines fined penalty penalties forfeit forfeits forfeited forfeiture "
    "restitution damages settlement settlements settle settled settles settling",
    "spending": "spending spend spent investment invest investing invested capex budget",
    "tokens": "token tokens",
    "deaths": "deaths death dead killed fatalities died toll tolls perished martyrs",
    "votes": "votes vote ballots turnout won",
    "jobs": "jobs job employees staff workers workforce layoffs laid",
    "debts": "debt debts liabilities liability borrowings owed owes",
    "participants": "participant participants participated participating protester protesters demonstrator "
    "demonstrators marcher marchers marched attendee attendees attended attendance crowd crowds part rallied "
    "mobilised mobilized",
    "production": "production output produce produced shipments units",
}
#: What a firm cuts or adds, by any name: "12,000 jobs", "10,000 employees", "500 positions".
JOB_NOUNS = frozenset({"job", "employee", "worker", "staff", "position", "role", "staffer"})
#: Nouns that count people by what they are to the story: "41 miners", "40 workers" and "41 people" may be one
#: count, told by outlets that name the group differently (a person checks that the groups are one).
PEOPLE_NOUNS = frozenset(
    "person people man men woman women child children adult adults resident individual miner worker employee "
    "member machinist customer user subscriber client consumer passenger traveller traveler commuter tourist "
    "visitor pilgrim migrant refugee civilian soldier troop victim survivor patient student pupil voter fan "
    "spectator viewer attendee participant protester demonstrator marcher striker citizen inhabitant household "
    "family crew staff staffer player athlete inmate prisoner detainee hostage captive abductee worshipper worshiper "
    "schoolchild schoolchildren schoolgirl schoolboy veteran pedestrian fighter militant holidaymaker vacationer "
    "holidaygoer climber hiker trekker tourist camper swimmer diver fisherman fishermen sailor seafarer longshoreman "
    "dockworker docker driver officer policeman policemen firefighter journalist nurse doctor teacher farmer "
    "labourer laborer".split()
)
#: Words that say how big or notable a figure is, not what it measures: "a record fee", "a whopping $100m".
PRAISE_WORDS = frozenset(
    "record record-breaking club-record whopping staggering hefty huge massive impressive astonishing historic "
    "eye-watering mammoth bumper reported estimated".split()
)
#: Nouns of a deal: a sum a deal, a takeover or a transfer is worth is the price of what changed hands.
DEAL_NOUNS = frozenset(
    "deal deals agreement transaction takeover acquisition purchase buyout transfer merger signing".split()
)
#: What kind of sum paid a word names; "pay" and "paid" name none.
_PAID_KINDS = {
    **dict.fromkeys("fine fines fined penalty penalties".split(), "penalty"),
    **dict.fromkeys("forfeit forfeits forfeited forfeiture".split(), "forfeiture"),
    **dict.fromkeys("restitution damages settlement settlements settle settled settles settling".split(), "redress"),
}
#: A statistic written as a verb is the statistic: "viewers averaged" are the average viewers, "peaked" the peak.
_QUALIFIER_FORMS = {
    **dict.fromkeys("averaged averaging averages".split(), "average"),
    **dict.fromkeys("peaked peaking peaks".split(), "peak"),
    "nett": "net",  # a film's takings after tax, as Indian trade writes it: "Rs 57 crore nett"
}
#: Each measure word and the family it belongs to.
WORD_TO_MEASURE = {word: family for family, words in MEASURES.items() for word in words.split()}
#: Qualifiers that make two figures of one family different measures.
MEASURE_QUALIFIERS = frozenset(
    "daily weekly monthly annual annually yearly quarterly hourly active registered paying cumulative "
    "gross net pre-tax operating adjusted core total average median private public pre-money post-money "
    "diluted fully-diluted implied additional peak maximum punitive compensatory asking former break-even reserve".split()
)


@lru_cache(maxsize=65536)
def measure_family(measure: str | None, percent: bool = False) -> tuple[str | None, frozenset[str]]:
    """(family, qualifiers) of a measure phrase: "weekly active users" gives ("users", {...}).

    ``percent=True`` reads "of the market" as market share.
    """
    if not measure:
        return None, frozenset()
    words = [w.lower() for w in re.findall(r"[\w\-]+", measure)]
    joined = " ".join(words)
    market = "market share" in joined or "market-share" in joined or (words[-1:] == ["market"] and percent)
    family = "market share" if market else None
    if family is None:
        for position, word in enumerate(reversed(words)):
            # a stem names the family of the phrase's last word only: "people demonstrated" are participants, but
            # "ballot boxes counted" are no ballots and a "fatality rate" no deaths
            family = WORD_TO_MEASURE.get(word) or (_STEM_TO_MEASURE.get(stem(word)) if position == 0 else None)
            if family == "funds raised" and word in _RAISE_WORDS:
                # "toll raised", "pay raise": what was raised names the measure; "funds raised" has no other word
                family = next((WORD_TO_MEASURE[w] for w in reversed(words[:-1]) if w in WORD_TO_MEASURE), family)
            if family:
                break
    if family in (None, "valuation") and DEAL_NOUNS.intersection(words):
        family = "price"  # "a deal worth $69 billion", "the $69 billion acquisition": what was paid
    if family is None:
        heads = [singular(w) for w in words if w not in STOPWORDS and w not in MEASURE_QUALIFIERS]
        family = stem(heads[-1]) if heads else None
    qualifiers = {q for q in (_QUALIFIER_FORMS.get(w, w) for w in words) if q in MEASURE_QUALIFIERS}
    if family == "sum paid":
        # a fine, a forfeiture and damages are kinds of one payment; "must pay $454m" may be all of them
        qualifiers |= {_PAID_KINDS[w] for w in words if w in _PAID_KINDS}
    if family == "valuation" and "market" in words:
        qualifiers.add("market")  # a market value is traded; "valued at" is a deal's or a round's price
    if family == "votes":
        # turnout, the votes for and the votes against are three figures of one vote
        qualifiers |= {w for w in words if w in ("turnout", "for", "against")}
    return family, frozenset(qualifiers)


#: Words of raising, which name funds raised only where nothing raised is named ("toll raised" is a toll).
_RAISE_WORDS = frozenset({"raise", "raised", "raises", "raising"})


#: Words that make a sum per year (or season, month, week) what someone is paid: "a $220m-a-year deal",
#: "earn $215 million annually", "a contract worth €200m a year", "a salary of $4m a season".
_PAY_WORDS = frozenset(
    "pay pays paid paying salary salaries wage wages compensation contract contracts deal deals agreement "
    "package earn earns earned earning earnings worth".split()
)
_PAY_VERBS = frozenset("pay pays paid paying".split())
_TIME_RATE = re.compile(r" per (?:year|season|month|week)$")


def pay_measure(measure: str | None, kind: str, unit: str) -> str | None:
    """ "pay" for a sum per unit of time under a contract, a wage or an earning verb, "contract" for
    the length of one, "sum paid" for a sum paid once ("must pay $360 million"); else ``measure``.

    One wage is written as a deal's yearly worth, an earning, a salary or a contract, and its
    term as "a two-year deal" or "earn ... over two and a half years": whatever the wording,
    a time rate or a duration with any of those words is one measure.
    """
    if kind == "money" and measure and not _TIME_RATE.search(unit) and measure.split()[-1] in _PAY_VERBS:
        return "sum paid"  # "must pay $360 million", "fined $354.8 million": a sum paid once, not a wage
    if not measure or kind not in ("money", "duration") or kind == "money" and not _TIME_RATE.search(unit):
        return measure
    if not set(re.findall(r"[a-z]+", measure.lower())) & _PAY_WORDS:
        return measure
    return "pay" if kind == "money" else "contract"


#: Counts a story keeps revising while it runs: the dead, the hurt, the missing, the evacuated, and the votes and
#: seats counted while the count goes on.
_TALLY_WORDS = frozenset(
    MEASURES["deaths"].split()
    + "toll injured injuries wounded hurt missing displaced evacuated evacuees homeless arrested arrests detained "
    "drowned perished "
    "rescued casualties victims case cases infections infected hospitalized hospitalised votes ballots seats".split()
)
#: What a share moves with while a count goes on: "Labour's 35.6% vote share with 545 results declared".
_COUNTED_SHARE_WORDS = frozenset("vote votes ballots".split())


def is_running_tally(measure: str | None, kind: str) -> bool:
    """Whether a count grows as a story runs ("the death toll rose to 66", "Labour has 372 seats with 545 declared"):
    two articles' days are two moments."""
    words = _words(measure)
    if words & {"for", "against"}:
        return False  # a chamber's roll call ("passed 284-131") is cast at once, not counted over days
    return kind == "count" and bool(words & _TALLY_WORDS)


def is_counted_share(measure: str | None, kind: str) -> bool:
    """A share of the votes ("49.5% of the vote"), which moves while the count goes on: articles published on two
    days may give two moments of it; told undated, or on one day, two shares are one result."""
    return kind == "percent" and bool(_words(measure) & _COUNTED_SHARE_WORDS)


@lru_cache(maxsize=65536)
def _words(measure: str | None) -> frozenset[str]:
    """A measure's words, lower case: asked of both figures of every pair weighed, read once per measure."""
    return frozenset(re.findall(r"[a-z]+", (measure or "").lower()))


def measured_alike(a: str | None, b: str | None) -> bool:
    """Whether two measures are written in the same words, inflection aside ("guests" and "guest", "fine" and
    "fined"): positive evidence of one measure, where one family ("cost" and "recovery costs") is only a reading."""
    if not a or not b:
        return a == b  # neither written: what the figures measure was matched by their clauses, worded alike
    return _measure_stems(a) == _measure_stems(b)


def _measure_stems(measure: str) -> frozenset[str]:
    return frozenset(stem(w) for w in re.findall(r"[a-z]+", measure.lower()) if w not in STOPWORDS)


_ENDINGS = (
    "ations", "ation", "ators", "ator", "ated", "ates", "ating", "ings", "ing", "ies", "ied", "ees", "ers",
    "als", "al", "ed", "es", "s",
)  # fmt: skip


#: Endings of a verb's forms that may leave a three-letter stem: "saved", "saving", "saves" ("sav").
_VERB_ENDINGS = frozenset({"ed", "es", "ing", "ings"})


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """One form for a verb and its nouns: "withdrawals", "withdrawing", "withdrawn" and "withdraw" are one word;
    so are "demonstrated" and "demonstrators", "injuries" and "injured", "cancellations" and "canceled".

    A measure the table does not know is its head word; news writes one measure as a verb on one side
    ("withdrew $42 billion") and a noun on the other ("$42 billion of withdrawals").
    """
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= (3 if ending in _VERB_ENDINGS else 4):
            word = word[: -len(ending)]
            break
    else:
        if word.endswith("wn") and len(word) > 5:
            return word[:-1]  # "withdrawn", "drawn", "shown"
        if word.endswith("y") and len(word) >= 6:
            word = word[:-1]  # "injury" and "injured", "delivery" and "delivered"
        elif word.endswith("e") and len(word) >= 4 and word[-2] not in "aeiou":
            word = word[:-1]  # "save" and "saved", "savings"; "price" and "priced"
    if len(word) >= 5 and word[-1] == word[-2] and word[-1] not in "aeiosu":
        word = word[:-1]  # "cancelled" and "canceled", "cancellations"
    return word


#: Table words whose measure is one sense of a common verb: "opened at $47" is no opening's takings, "listed 400
#: stores" no listing, "offered $5bn" no share offering, "worked" no workforce.
_ONE_SENSE = frozenset("listing opening offering calls workers shares stocks units customers funding sales".split())


def _stems_to_measure() -> dict[str, str]:
    """The family of each stem the table's inflected words have ("killed": "kill"), where only one family has it:
    "killing" and "killings" are deaths as "killed" is, "demonstrated" is what "demonstrators" did."""
    families: dict[str, set[str]] = {}
    for word, family in WORD_TO_MEASURE.items():
        if (root := stem(word)) != word and word not in _ONE_SENSE:
            families.setdefault(root, set()).add(family)
    return {root: next(iter(found)) for root, found in families.items() if len(found) == 1}


_STEM_TO_MEASURE = _stems_to_measure()
