"""Scale: a desk's daily intake on one machine, stage by stage, and grouping against sentence-transformers.

    python benchmarks/scale.py [--sizes 10000,100000,300000] [--folder DIR] [--threshold 0.4] [--skip-baselines]

For each size, a corpus of realistic figure-bearing news sentences is generated
(companies, places, measures, figures in many written forms, dates; 20 sentences an
article, many stories told by several outlets) and written as JSON Lines, or --folder is
read instead. Each size runs in a fresh process and prints: sentences per second end to
end, seconds per stage (read and split, figures, embed, graph, groups, compare) and peak
memory. Then, on the same embeddings, the grouping is timed against
``sentence_transformers.util.community_detection`` and ``paraphrase_mining_embeddings``,
with the recall of their above-threshold pairs among ours, and the ratios side by side.
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

COMPANIES = [
    "Northwind", "Kestrel Foods", "Harbor Mills", "Orbit AI", "Zephyr Labs", "Lumen Bio", "Minerva Robotics",
    "Atlas Mining", "Cobalt Air", "Pinecrest Bank", "Solace Energy", "Vantage Motors", "Helix Pharma", "Quarry Steel",
]  # fmt: skip
PLACES = [
    "China", "Japan", "Brazil", "Kenya", "Germany", "India", "Ohio", "Ontario", "Sichuan", "Auckland", "Texas", "Chile",
    "Poland", "Vietnam", "Nigeria", "Peru", "Bavaria", "Quebec", "Kerala", "Victoria", "Scotland", "Andalusia",
]  # fmt: skip
OUTLETS = ["Daily Ledger", "Metro Wire", "Harbour Post", "TechPulse", "Asia Digest", "World Desk"]
TEMPLATES = [
    "{company} reported revenue of {money} for {year}, {outlet} said.",
    "{company} raised {money} in its {place} listing on {day}.",
    "Shares of {company} {move} {pct} on {weekday} after the results.",
    "{company} has {count} monthly users, up {pct} from a year earlier.",
    "Unemployment in {place} {move} to {pct} in {month}.",
    "The storm killed {small} people in {place} and forced {count} to evacuate.",
    "Turnout in {place} was {pct} in the {year} election.",
    "The {place} government will spend {money} on roads this year.",
    "{company} plans to hire {small} workers at its {place} plant by {year}.",
    "Inflation in {place} was {pct} in {month}, the statistics office said.",
    "{company}'s net profit was {money} in the quarter, compared with {money} a year earlier.",
    "About {pct} of adults in {place} use the app every week.",
    "The {place} central bank raised its key rate by {bp} basis points to {pct}.",
    "Exports from {place} grew {pct} in {month} to {money}.",
    "{company} cut {small} jobs, about {pct} of its workforce, in {month}.",
    "A magnitude {quake} earthquake struck {place} on {day}, damaging {count} homes.",
    "{company} shipped {count} units in the quarter, its best since {year}.",
    "Hospitals in {place} admitted {small} patients with flu last week.",
    "The {company} deal values the firm at {money}, or {multiple} times its sales.",
    "Rainfall in {place} reached {small} millimetres in {month}, the most since {year}.",
]


def _money(rng: random.Random) -> str:
    value = rng.choice([rng.randint(2, 999), round(rng.uniform(1, 99), 1)])
    return rng.choice(
        ["${v} million", "${v}m", "HK${v} billion", "US${v}bn", "{v} billion yuan", "€{v} million"]
    ).format(v=value)


SYLLABLES = ["nor", "kes", "tra", "vel", "lum", "zen", "ori", "bal", "mar", "quin", "dex", "sol", "pra", "tiv", "cor"]
SUFFIXES = ["", " Labs", " Group", " Bank", " Foods", " Energy", " Motors", " Air", " Pharma", " Holdings"]


def company(rng: random.Random) -> str:
    """Thousands of distinct company names, so that a big corpus is not a few firms repeated."""
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return name + rng.choice(SUFFIXES)


def sentence(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        company=company(rng) if rng.random() < 0.8 else rng.choice(COMPANIES),
        place=rng.choice(PLACES),
        outlet=rng.choice(OUTLETS),
        money=_money(rng),
        pct=f"{round(rng.uniform(0.5, 80), rng.choice([0, 1]))}%",
        count=rng.choice(
            [f"{rng.randint(2, 900)} million", f"{rng.randint(10, 999):,},000", f"about {rng.randint(2, 99)},000"]
        ),
        small=rng.randint(3, 4000),
        move=rng.choice(["rose", "fell", "jumped", "slipped"]),
        year=rng.randint(2019, 2026),
        month=rng.choice(["January", "March", "May", "August", "October"]),
        day=f"March {rng.randint(1, 28)}",
        weekday=rng.choice(["Monday", "Tuesday", "Friday"]),
        bp=rng.choice([25, 50, 75]),
        quake=round(rng.uniform(4.5, 8.2), 1),
        multiple=rng.randint(2, 40),
    )


def write_corpus(size: int, folder: Path, seed: int = 7) -> Path:
    """``size`` sentences as JSON Lines articles of 20 sentences; stories recur across outlets."""
    rng = random.Random(seed)
    stories = [sentence(rng) for _ in range(max(1, size // 3))]
    path = folder / f"corpus-{size}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in range(0, size, 20):
            lines = [
                rng.choice(stories) if rng.random() < 0.5 else sentence(rng) for _ in range(min(20, size - article))
            ]
            row = {
                "source": rng.choice(OUTLETS),
                "date": f"2025-{rng.randint(1, 12):02d}-15",
                "text": "\n\n".join(lines),
            }
            out.write(json.dumps({"id": f"a{article}", **row}) + "\n")
    return path


RUN = r"""
import json, resource, sys, time
import numpy as np
from claimcheck.claims import extract_claims
from claimcheck.embed import embed
from claimcheck.entities import Aliases
from claimcheck.group import find_groups, similarity_graph
from claimcheck.ingest import ingest
from claimcheck.pipeline import compare_candidates

path, threshold, baselines, vectors_out = sys.argv[1], float(sys.argv[2]), sys.argv[3] == "1", sys.argv[4]
times, start = {}, time.perf_counter()
mark = lambda name, t0: times.__setitem__(name, round(time.perf_counter() - t0, 2))
t = time.perf_counter(); documents = [d for d in ingest([path]) if d.skipped is None]; mark("read and split", t)
t = time.perf_counter(); claims = extract_claims(documents); mark("figures", t)
figured = [c for c in claims if c.quantities]
t = time.perf_counter(); vectors = embed([c.text for c in figured]); mark("embed", t)
ids = [c.id for c in figured]
t = time.perf_counter(); graph = similarity_graph(ids, vectors, threshold); mark("graph", t)
t = time.perf_counter(); groups = find_groups(graph, {c: i for i, c in enumerate(ids)}); mark("groups", t)
aliases = Aliases()
for d in documents:
    aliases.learn(d.text)
t = time.perf_counter(); pairs = compare_candidates(figured, vectors, graph, aliases, {d.id: d.source for d in documents}); mark("compare", t)
wall = time.perf_counter() - start
np.save(vectors_out, vectors)
print(json.dumps({"sentences": len(claims), "figured": len(figured), "pairs": len(pairs), "groups": len(groups),
                  "edges": graph.number_of_edges(), "wall": wall, "stages": times,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
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
    parser.add_argument("--threshold", type=float, default=0.4)
    parser.add_argument("--skip-baselines", action="store_true", help="do not time the sentence-transformers grouping")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        inputs = [(str(args.folder), args.folder)] if args.folder else []
        if not inputs:
            inputs = [(f"{int(n):,} generated", write_corpus(int(n), work)) for n in args.sizes.split(",")]
        for label, path in inputs:
            vectors = str(work / "vectors.npy")
            result = run_python(RUN, str(path), str(args.threshold), "0", vectors)
            rate = result["sentences"] / result["wall"]
            stages = ", ".join(f"{k} {v:.1f}s" for k, v in result["stages"].items())
            print(
                f"\n{label}: {result['sentences']:,} sentences ({result['figured']:,} with figures), "
                f"{result['wall']:.1f} s end to end = {rate:,.0f} sentences/s, peak {result['peak_mib']:,.0f} MiB"
            )
            print(f"  stages: {stages}")
            print(f"  graph edges {result['edges']:,}, groups {result['groups']:,}, pairs compared {result['pairs']:,}")
            if args.skip_baselines:
                continue
            rows = {}
            for which in ("claimcheck", "community_detection", "paraphrase_mining"):
                rows[which] = run_python(GROUPING, vectors, str(args.threshold), which, str(work / f"{which}.npy"))
            ours = rows["claimcheck"]
            print(f"  grouping on the same {result['figured']:,} embeddings (threshold {args.threshold}):")
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
