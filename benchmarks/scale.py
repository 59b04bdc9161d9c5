"""Scale: a desk's daily intake on one machine, stage by stage, and grouping against sentence-transformers.

    python benchmarks/scale.py [--sizes 10000,100000,300000] [--folder DIR] [--threshold 0.4] [--skip-baselines]

For each size, a corpus of realistic figure-bearing news sentences is generated
(companies, places, measures, figures in many written forms, dates; 20 sentences an
article, many stories told by several outlets) and written as JSON Lines, or --folder is
read instead. Each size runs in a fresh process and prints: sentences per second end to
end, seconds per stage (read and split, figures, embed, graph, groups, compare) and peak
memory. Then, on the same embeddings, the grouping is timed against
``sentence_transformers.util.community_detection`` and ``paraphrase_mining_embeddings``,
with the recall of their above-threshold pairs among ours, and the ratios side by side
(at --group-threshold, 0.75 by default, the threshold community_detection is made for).
Targets (issue 6): 300k sentences under 30 minutes within 8 GiB on 2 cores; grouping at
100k at least 10x faster than community_detection with at least 0.95 recall.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
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
    """``size`` sentences as JSON Lines articles of 20 sentences; stories recur across outlets."""
    rng = random.Random(seed)
    stories = [fact(rng) for _ in range(max(1, size // 3))]
    path = folder / f"corpus-{size}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in range(0, size, 20):
            count = min(20, size - article)
            lines = [tell(rng, rng.choice(stories)) if rng.random() < 0.5 else sentence(rng) for _ in range(count)]
            row = {
                "source": rng.choice(OUTLETS),
                "date": f"2025-{rng.randint(1, 12):02d}-15",
                "text": "\n\n".join(lines),
            }
            out.write(json.dumps({"id": f"a{article}", **row}) + "\n")
    return path


RUN = r"""
import json, os, resource, sys, threading, time
import numpy as np
from claimcheck.embed import embed
from claimcheck.engine import chunks, make_engine
from claimcheck.entities import Aliases
from claimcheck.group import find_groups, similarity_graph
from claimcheck.ingest import ingest
from claimcheck.pipeline import claims_of, compare_candidates

path, threshold, baselines, vectors_out, engine_name = sys.argv[1], float(sys.argv[2]), sys.argv[3] == "1", sys.argv[4], sys.argv[5]
peak = [0]

def tree_pss():
    # Proportional set size of this process and its worker processes: forked workers share
    # pages with the parent, so PSS counts each page once across the tree.
    pids, total = [os.getpid()], 0
    for pid in pids:
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    pids.extend(int(c) for c in f.read().split())
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
        except (OSError, StopIteration):
            pass
    return total / 1024

def sample():
    while True:
        peak[0] = max(peak[0], tree_pss())
        time.sleep(0.5)

threading.Thread(target=sample, daemon=True).start()
engine = make_engine(engine_name)
times, start = {}, time.perf_counter()
mark = lambda name, t0: times.__setitem__(name, round(time.perf_counter() - t0, 2))
t = time.perf_counter(); documents = [d for d in ingest([path], engine=engine) if d.skipped is None]; mark("read and split", t)
t = time.perf_counter(); claims = [c for part in engine.map(claims_of, chunks(documents, 32)) for c in part]; mark("figures", t)
figured = [c for c in claims if c.quantities]
t = time.perf_counter(); vectors = embed([c.text for c in figured], engine=engine); mark("embed", t)
ids = [c.id for c in figured]
t = time.perf_counter(); graph = similarity_graph(ids, vectors, threshold); mark("graph", t)
t = time.perf_counter(); groups = find_groups(graph, {c: i for i, c in enumerate(ids)}); mark("groups", t)
aliases = Aliases()
for d in documents:
    aliases.learn(d.text)
t = time.perf_counter(); pairs = compare_candidates(figured, vectors, graph, aliases, {d.id: d.source for d in documents}, engine=engine); mark("compare", t)
wall = time.perf_counter() - start
engine.close()
np.save(vectors_out, vectors)
verdicts = {v: sum(p.verdict == v for p in pairs) for v in ("conflict", "needs_review", "consistent")}
print(json.dumps({"sentences": len(claims), "figured": len(figured), "pairs": len(pairs), "groups": len(groups),
                  "edges": graph.number_of_edges(), "wall": wall, "stages": times, "verdicts": verdicts,
                  "peak_mib": max(peak[0], tree_pss()), "workers": engine.workers}))
"""

GROUPING = r"""
import json, resource, sys, time
import numpy as np
import torch
from claimcheck.group import similarity_graph
vectors = np.load(sys.argv[1]); threshold = float(sys.argv[2]); which = sys.argv[3]
ids = list(range(len(vectors)))
start = time.perf_counter()
if which == "claimcheck":
    pairs = {frozenset(e) for e in similarity_graph(ids, vectors, threshold).edges}
elif which == "community_detection":
    from sentence_transformers.util import community_detection
    communities = community_detection(torch.from_numpy(vectors), threshold=threshold, min_community_size=2)
    pairs = set()
    for members in communities:
        block = vectors[members] @ vectors[members].T
        rows, cols = np.nonzero(np.triu(block >= threshold, k=1))
        pairs |= {frozenset((members[i], members[j])) for i, j in zip(rows, cols)}
else:
    from sentence_transformers.util import paraphrase_mining_embeddings
    mined = paraphrase_mining_embeddings(torch.from_numpy(vectors), top_k=48, max_pairs=10**9)
    pairs = {frozenset((i, j)) for score, i, j in mined if score >= threshold}
elapsed = time.perf_counter() - start
np.save(sys.argv[4], np.array([sorted(p) for p in pairs], dtype=np.int64).reshape(-1, 2))
print(json.dumps({"seconds": elapsed, "pairs": len(pairs), "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_python(code: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"benchmark step failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def recall(ours_path: str, theirs_path: str) -> float:
    import numpy as np

    ours = {tuple(p) for p in np.load(ours_path).tolist()}
    theirs = {tuple(p) for p in np.load(theirs_path).tolist()}
    return len(ours & theirs) / len(theirs) if theirs else 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,300000", help="comma-separated sentence counts")
    parser.add_argument("--folder", type=Path, help="read this folder instead of generating a corpus")
    parser.add_argument("--threshold", type=float, default=0.4, help="similarity threshold of the run")
    parser.add_argument(
        "--group-threshold",
        type=float,
        default=0.75,
        help="threshold of the grouping comparison (community_detection's default: at 0.4 nearly every generated "
        "sentence joins one community, and each claim keeps only its 48 nearest)",
    )
    parser.add_argument("--engine", default="local", help="local (worker processes), serial or dask")
    parser.add_argument("--skip-baselines", action="store_true", help="do not time the sentence-transformers grouping")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        inputs = [(str(args.folder), args.folder)] if args.folder else []
        if not inputs:
            inputs = [(f"{int(n):,} generated", write_corpus(int(n), work)) for n in args.sizes.split(",")]
        for label, path in inputs:
            vectors = str(work / "vectors.npy")
            result = run_python(RUN, str(path), str(args.threshold), "0", vectors, args.engine)
            rate = result["sentences"] / result["wall"]
            stages = ", ".join(f"{k} {v:.1f}s" for k, v in result["stages"].items())
            print(
                f"\n{label}: {result['sentences']:,} sentences ({result['figured']:,} with figures), "
                f"{result['wall']:.1f} s end to end = {rate:,.0f} sentences/s, peak {result['peak_mib']:,.0f} MiB "
                f"(PSS of the process and its {result['workers']} workers; engine {args.engine})"
            )
            print(f"  stages: {stages}")
            print(
                f"  graph edges {result['edges']:,}, groups {result['groups']:,}, pairs found {result['pairs']:,} "
                f"({', '.join(f'{k} {v:,}' for k, v in result['verdicts'].items())})"
            )
            if args.skip_baselines:
                continue
            rows = {}
            for which in ("claimcheck", "community_detection", "paraphrase_mining"):
                rows[which] = run_python(
                    GROUPING, vectors, str(args.group_threshold), which, str(work / f"{which}.npy")
                )
            ours = rows["claimcheck"]
            print(f"  grouping on the same {result['figured']:,} embeddings (threshold {args.group_threshold}):")
            for which, row in rows.items():
                share = (
                    recall(str(work / "claimcheck.npy"), str(work / f"{which}.npy")) if which != "claimcheck" else 1.0
                )
                print(
                    f"    {which:<20} {row['seconds']:8.1f} s  peak {row['peak_mib']:7,.0f} MiB  pairs {row['pairs']:>10,}"
                    f"  speed ratio {row['seconds'] / ours['seconds']:6.1f}x  recall of its pairs by ours {share:.3f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
