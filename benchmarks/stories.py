"""Stories: how well a run's documents are grouped into the stories they report on.

    python benchmarks/stories.py [--articles 1000] [--thresholds 0.1,0.15,0.2,0.25,0.3]
    python benchmarks/stories.py --jsonl labelled.jsonl     # rows with "text" and "story_truth"

A generated corpus of articles on known stories (``write_story_corpus``: several outlets
cover each story, each article states some of the story's facts in its own words, with
background facts about other companies, names shared across stories and dates a few days
apart) is read, its figures embedded, and ``claimcheck.stories.find_stories`` run at each
threshold. Printed per threshold: pairwise precision (share of document pairs put in one
story that are truly one story) and recall (share of truly same-story pairs put
together), purity (share of each found story's documents from its main true story) and
inverse purity (share of each true story's documents in its main found story), and the
number of stories found against the truth. ``--jsonl`` measures a labelled set of your
own (for instance real articles kept outside the repository) instead.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import FACTS, OUTLETS, SUFFIXES, SYLLABLES, fact, sentence, tell  # noqa: E402

#: Names many stories mention (an index, a regulator, a big customer): they must count little.
HUBS = ["Nasdaq", "Reuters", "Bloomberg", "Washington", "Beijing", "Brussels", "Apple", "Walmart", "Tokyo", "Frankfurt"]
ASIDES = [
    "Shares of {e} rose in early trading in {place}.",
    "{e} did not respond to a request for comment.",
    "Analysts at {hub} said the outlook for {e} remained uncertain.",
    "The news from {e} was followed closely in {hub}.",
    "Executives at {e} in {place} declined to give a forecast.",
]


def story(rng: random.Random, taken: set[str]) -> dict:
    """A story: a company, a place, a day, and two to five facts about them.

    Its company (and its town, where it has one) is named by no other story: distinct
    events of one company would be a different test.
    """
    lead = _unused(rng, taken)
    # Half the stories happen somewhere only they name (a town, a district), half in a
    # country many stories share.
    place = _unused(rng, taken).split()[0] if rng.random() < 0.5 else fact(rng)["place"]
    facts = []
    for kind in rng.sample(sorted(FACTS), rng.randint(2, 5)):  # one fact of each kind: two would contradict
        told = fact(rng)
        told.update(kind=kind, e=lead, place=place)
        facts.append(told)
    return {"e": lead, "place": place, "day": rng.randint(0, 364), "facts": facts}


def _unused(rng: random.Random, taken: set[str]) -> str:
    """A company name whose first word no other story uses (three or four syllables: 54,000 of them)."""
    while True:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()
        if stem not in taken:
            taken.add(stem)
            return stem + rng.choice(SUFFIXES)


def write_story_corpus(size: int, folder: Path, seed: int = 7) -> Path:
    """About ``size`` sentences as JSON Lines articles of 20 sentences, each on one generated story.

    Each story is covered by one to eight articles from different outlets. A row's
    ``story_truth`` names its story (not ``story``, which a run would take as set by hand)
    and ``stories`` lists, per sentence, the fact it tells (-1 for background), as in
    ``corpus.write_corpus``, so benchmarks/scale.py can count same-fact pairs.
    """
    rng = random.Random(seed)
    path = folder / f"stories-{size}.jsonl"
    articles = max(1, size // 20)
    written = 0
    number = 0
    taken: set[str] = set()
    with path.open("w", encoding="utf-8") as out:
        while written < articles:
            told = story(rng, taken)
            index = number
            number += 1
            for outlet in rng.sample(OUTLETS, min(len(OUTLETS), rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6]))):
                if written >= articles:
                    break
                lines, facts = [], []
                for _ in range(20):
                    roll = rng.random()
                    if roll < 0.5:
                        which = rng.randrange(len(told["facts"]))
                        lines.append(tell(rng, told["facts"][which]))
                        facts.append(index * 8 + which)
                    else:
                        lines.append(
                            sentence(rng)
                            if roll < 0.85
                            else rng.choice(ASIDES).format(e=told["e"], place=told["place"], hub=rng.choice(HUBS))
                        )
                        facts.append(-1)
                day = told["day"] + rng.randint(0, 6) + (rng.randint(60, 240) if rng.random() < 0.1 else 0)
                row = {
                    "id": f"a{written}",
                    "source": outlet,
                    "date": f"{2025 + day // 365}-{(day % 365) // 31 + 1:02d}-{(day % 365) % 28 + 1:02d}",
                    "text": "\n\n".join(lines),
                    "stories": facts,
                    "story_truth": f"s{index}",
                }
                out.write(json.dumps(row) + "\n")
                written += 1
    return path


def scores(found: list[str], truth: list[str]) -> dict:
    """Pairwise precision and recall, purity and inverse purity of ``found`` against ``truth``."""
    by_found, by_truth = Counter(found), Counter(truth)
    joint = Counter(zip(found, truth))
    both = sum(n * (n - 1) // 2 for n in joint.values())
    same_found = sum(n * (n - 1) // 2 for n in by_found.values())
    same_truth = sum(n * (n - 1) // 2 for n in by_truth.values())
    purity = sum(max(n for (f, _), n in joint.items() if f == label) for label in by_found) / len(found)
    inverse = sum(max(n for (_, t), n in joint.items() if t == label) for label in by_truth) / len(truth)
    return {
        "precision": both / same_found if same_found else 1.0,
        "recall": both / same_truth if same_truth else 1.0,
        "purity": purity,
        "inverse_purity": inverse,
        "found": len(by_found),
        "true": len(by_truth),
    }


def measure(path: Path, thresholds: list[float]) -> None:
    import numpy as np

    from claimcheck.claims import extract_claims
    from claimcheck.embed import embed
    from claimcheck.ingest import ingest
    from claimcheck.stories import find_stories

    documents = [d for d in ingest([path]) if d.skipped is None]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    truth = [rows[int(d.path.rsplit("#", 1)[1]) - 1]["story_truth"] for d in documents]
    claims = [c for c in extract_claims(documents) if c.quantities]
    position = {d.id: i for i, d in enumerate(documents)}
    vectors = embed([c.text for c in claims])
    owners = np.array([position[c.doc_id] for c in claims], dtype=np.int64)
    print(f"{path.name}: {len(documents):,} documents, {len(set(truth)):,} true stories, {len(claims):,} figures")
    for threshold in thresholds:
        for label, used in (("names + wording + dates", vectors), ("names + dates", None)):
            found = find_stories(documents, used, owners if used is not None else None, threshold=threshold)
            s = scores(found, truth)
            print(
                f"  threshold {threshold:.2f} {label:<24} pairs precision {s['precision']:.3f} recall {s['recall']:.3f}"
                f"  purity {s['purity']:.3f} inverse purity {s['inverse_purity']:.3f}  stories {s['found']:,}/{s['true']:,}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles of the generated corpus")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--thresholds", default="0.1,0.15,0.2,0.25,0.3")
    parser.add_argument("--jsonl", type=Path, help="a labelled JSON Lines file (story_truth per row) instead")
    args = parser.parse_args()
    thresholds = [float(t) for t in args.thresholds.split(",")]
    if args.jsonl:
        measure(args.jsonl, thresholds)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        measure(write_story_corpus(args.articles * 20, Path(tmp), args.seed), thresholds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
