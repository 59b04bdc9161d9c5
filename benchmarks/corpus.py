"""A generated news corpus: realistic figure-bearing sentences, many stories told by several outlets.

Used by benchmarks/scale.py and benchmarks/distributed.py, and by the distributed tests
(a 20k-sentence run must give the same pairs on every engine). Deterministic for a seed.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

PLACES = [
    "China", "Japan", "Brazil", "Kenya", "Germany", "India", "Ohio", "Ontario", "Sichuan", "Auckland", "Texas", "Chile",
    "Poland", "Vietnam", "Nigeria", "Peru", "Bavaria", "Quebec", "Kerala", "Victoria", "Scotland", "Andalusia",
]  # fmt: skip
OUTLETS = ["Daily Ledger", "Metro Wire", "Harbour Post", "TechPulse", "Asia Digest", "World Desk"]
#: Paraphrases per kind of fact, so a story told by two outlets reads differently.
FACTS = {
    "revenue": [
        "{e} reported revenue of {money} for {year}",
        "{e}'s sales came to {money} in {year}, the company said",
        "revenue at {e} reached {money} last year",
    ],
    "profit": [
        "{e} posted a net profit of {money} in the quarter",
        "quarterly net income at {e} was {money}",
        "{e} earned {money} after tax in its latest quarter",
    ],
    "users": [
        "{e} now has {count} monthly users",
        "the {e} app counts {count} people who use it every month",
        "monthly active users of {e} reached {count}",
    ],
    "deaths": [
        "the {disaster} in {place} killed {small} people",
        "at least {small} people died when the {disaster} hit {place}",
        "officials in {place} put the death toll from the {disaster} at {small}",
    ],
    "turnout": [
        "turnout in {place}'s {year} election was {pct}",
        "some {pct} of registered voters in {place} cast a ballot in {year}",
        "{place} recorded a turnout of {pct} at the {year} vote",
    ],
    "inflation": [
        "inflation in {place} was {pct} in {month}",
        "consumer prices in {place} rose {pct} in the year to {month}",
        "{place}'s annual inflation rate stood at {pct} in {month}",
    ],
    "spending": [
        "the {place} government will spend {money} on {sector}",
        "{place} has set aside {money} for {sector} this year",
        "officials in {place} plan a {money} programme for {sector}",
    ],
    "jobs": [
        "{e} will cut {small} jobs, about {pct} of its workforce",
        "{e} plans to lay off {small} staff",
        "around {small} employees at {e} are set to lose their jobs",
    ],
    "listing": [
        "{e} raised {money} in its listing in {place}",
        "the {place} IPO of {e} brought in {money}",
        "{e}'s share sale in {place} raised {money}",
    ],
    "shipments": [
        "{e} shipped {count} {product} in the quarter",
        "shipments of {e} {product} reached {count} last quarter",
        "{e} sold {count} {product} in three months",
    ],
}
CONTEXTS = [
    "amid rising costs", "after a strike at its main plant", "as demand slowed", "despite a weaker currency",
    "according to a filing", "analysts said", "the ministry said on {weekday}", "in a statement",
    "ahead of the holiday season", "after heavy rain", "a spokesperson said", "as interest rates climbed",
    "in its annual report", "following a review", "the regulator confirmed", "local media reported",
]  # fmt: skip
SECTORS = ["roads", "schools", "hospitals", "flood defences", "public transport", "broadband", "housing", "water"]
DISASTERS = ["earthquake", "flood", "storm", "landslide", "wildfire", "cyclone"]
PRODUCTS = ["phones", "laptops", "vehicles", "headsets", "tablets", "smartwatches", "e-bikes"]
SYLLABLES = ["nor", "kes", "tra", "vel", "lum", "zen", "ori", "bal", "mar", "quin", "dex", "sol", "pra", "tiv", "cor"]
SUFFIXES = ["", " Labs", " Group", " Bank", " Foods", " Energy", " Motors", " Air", " Pharma", " Holdings"]


def _money(rng: random.Random) -> str:
    value = rng.choice([rng.randint(2, 999), round(rng.uniform(1, 99), 1)])
    return rng.choice(
        ["${v} million", "${v}m", "HK${v} billion", "US${v}bn", "{v} billion yuan", "€{v} million"]
    ).format(v=value)


def company(rng: random.Random) -> str:
    """Thousands of distinct company names, so that a big corpus is not a few firms repeated."""
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return name + rng.choice(SUFFIXES)


def fact(rng: random.Random) -> dict:
    """One fact: what it is about and its figures, to be told in any of its paraphrases."""
    return {
        "kind": rng.choice(list(FACTS)),
        "e": company(rng),
        "place": rng.choice(PLACES),
        "money": _money(rng),
        "pct": f"{round(rng.uniform(0.5, 80), rng.choice([0, 1]))}%",
        "count": rng.choice([f"{rng.randint(2, 900)} million", f"{rng.randint(10, 999):,},000"]),
        "small": rng.randint(3, 4000),
        "year": rng.randint(2019, 2026),
        "month": rng.choice(["January", "March", "May", "August", "October"]),
        "sector": rng.choice(SECTORS),
        "disaster": rng.choice(DISASTERS),
        "product": rng.choice(PRODUCTS),
    }


def tell(rng: random.Random, told: dict) -> str:
    """A news sentence stating ``told``, in a random paraphrase with a random context."""
    text = rng.choice(FACTS[told["kind"]]).format(**told)
    if rng.random() < 0.6:
        text += ", " + rng.choice(CONTEXTS).format(weekday=rng.choice(["Monday", "Tuesday", "Friday"]))
    return text[0].upper() + text[1:] + "."


def sentence(rng: random.Random) -> str:
    return tell(rng, fact(rng))


def write_corpus(size: int, folder: Path, seed: int = 7) -> Path:
    """``size`` sentences as JSON Lines articles of 20 sentences; stories recur across outlets.

    Each row's ``stories`` lists, per sentence, the index of the story it tells (-1 for a
    one-off fact): sentences sharing a story state the same figures, which is how the
    scale benchmark measures whether such pairs are found and judged consistent.
    """
    rng = random.Random(seed)
    stories = [fact(rng) for _ in range(max(1, size // 3))]
    path = folder / f"corpus-{size}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in range(0, size, 20):
            lines, told = [], []
            for _ in range(min(20, size - article)):
                if rng.random() < 0.5:
                    story = rng.randrange(len(stories))
                    lines.append(tell(rng, stories[story]))
                else:
                    story = -1
                    lines.append(sentence(rng))
                told.append(story)
            row = {
                "source": rng.choice(OUTLETS),
                "date": f"2025-{rng.randint(1, 12):02d}-15",
                "text": "\n\n".join(lines),
                "stories": told,
            }
            out.write(json.dumps({"id": f"a{article}", **row}) + "\n")
    return path
