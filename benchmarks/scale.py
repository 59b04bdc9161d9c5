"""Scale: a desk's daily intake on one machine, stage by stage, and grouping against sentence-transformers.

    python benchmarks/scale.py [--sizes 10000,100000,300000] [--corpus stories|mixed] [--folder DIR] [--threshold 0.4]
                               [--skip-baselines]
    python benchmarks/scale.py --vectors saved.npy --limit 100000   # the grouping comparison alone

For each size, a corpus of realistic figure-bearing news sentences is generated
(companies, places, measures, figures in many written forms, dates; 20 sentences an
article, many stories told by several outlets) and written as JSON Lines, or --folder is
read instead. ``--corpus stories`` (the default, benchmarks/stories.py) writes articles
that each report on one story, as news does, with background facts about other
companies; ``--corpus mixed`` (benchmarks/corpus.py) writes articles of 20 unrelated
facts, whose stories recur across articles: with pairs formed within a story only, those
articles share no story and their pairs are not formed (the same-story recall shows it). Each size runs in a fresh process and prints: sentences per second end to
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
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus  # noqa: E402
from stories import write_story_corpus  # noqa: E402

RUN = r"""
import json, os, resource, sys, threading, time
from collections import Counter
import numpy as np
from claimcheck.embed import embed
from claimcheck.engine import make_engine
from claimcheck.entities import Aliases
from claimcheck.group import find_groups, similarity_graph
from claimcheck.neighbours import build_index
from claimcheck.ingest import ingest
from claimcheck.claims import extract_claims
from claimcheck.pipeline import compare_candidates
from claimcheck.stories import with_stories

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
from claimcheck import parsing
t = time.perf_counter(); parsing.load(); claims = extract_claims(documents, engine=engine); mark("figures", t)  # as check() does
figured = [c for c in claims if c.quantities]
# The parse runs inside the figures stage, in the workers; its share is timed here on a sample of the same
# sentences (fresh, in this process) and spread over the workers, so the stage's cost of grammar is printed apart.
probe = [c.text + " " for c in figured[:: max(1, len(figured) // 2000)]][:2000]  # a trailing space: not cached
t = time.perf_counter(); parsing.parse_all(probe); rate = len(probe) / max(time.perf_counter() - t, 1e-9)
times["parse (part of figures, estimated)"] = round(len(figured) / rate / max(1, engine.workers or 1), 2)
t = time.perf_counter(); vectors = embed([c.text for c in figured], engine=engine); mark("embed", t)
ids = [c.id for c in figured]
t = time.perf_counter(); index = build_index(vectors); graph = similarity_graph(ids, vectors, threshold, index=index); mark("graph", t)
t = time.perf_counter(); groups = find_groups(ids, vectors, threshold, index=index); del index; mark("groups", t)
aliases = Aliases()
for d in documents:
    aliases.learn(d.text)
t = time.perf_counter(); documents = with_stories(documents, figured, vectors); mark("stories", t)
t = time.perf_counter(); pairs = compare_candidates(figured, vectors, graph, aliases, {d.id: d.source for d in documents}, engine=engine, story_of={d.id: d.story for d in documents}); mark("compare", t)
wall = time.perf_counter() - start
engine.close()
np.save(vectors_out, vectors)
verdicts = {v: sum(p.verdict == v for p in pairs) for v in ("conflict", "needs_review", "consistent")}
# Pairs of sentences that tell one generated story (same figures, other words and outlet):
# how many became a pair at all, and how many were wrongly called a conflict.
story_of, by_doc = {}, {}
for c in claims:
    by_doc.setdefault(c.doc_id, []).append(c.id)
if path.endswith(".jsonl"):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line).get("stories") for line in f]
    for d in documents:
        told = rows[int(d.path.rsplit("#", 1)[1]) - 1]
        if told and len(told) == len(by_doc.get(d.id, [])):
            story_of.update((c, s) for c, s in zip(by_doc[d.id], told) if s >= 0)
doc_of = {c.id: c.doc_id for c in figured}
members = {}
for c in figured:
    if c.id in story_of:
        members.setdefault(story_of[c.id], []).append(c.id)
truth = {frozenset((a, b)) for ids in members.values() for i, a in enumerate(ids) for b in ids[i + 1:] if doc_of[a] != doc_of[b]}
found = {}
for p in pairs:
    key = frozenset((p.a, p.b))
    if key in truth:
        found[key] = found.get(key, False) or p.verdict == "conflict"
stories = {"pairs": len(truth), "found": len(found), "conflict": sum(found.values())}
# Documents grouped into stories against the generated truth (rows with story_truth): pairs
# of documents put in one story that truly are one (precision), and the converse (recall).
grouping = None
if path.endswith(".jsonl"):
    with open(path, encoding="utf-8") as f:
        truth_of = [json.loads(line).get("story_truth") for line in f]
    given = [truth_of[int(d.path.rsplit("#", 1)[1]) - 1] for d in documents]
    if all(given):
        same = lambda labels: sum(n * (n - 1) // 2 for n in Counter(labels).values())
        put = [d.story for d in documents]
        both = same(list(zip(put, given)))
        grouping = {"precision": both / max(1, same(put)), "recall": both / max(1, same(given)),
                    "found": len(set(put)), "true": len(set(given))}
print(json.dumps({"sentences": len(claims), "figured": len(figured), "pairs": len(pairs), "groups": len(groups),
                  "edges": graph.number_of_edges(), "wall": wall, "stages": times, "verdicts": verdicts, "stories": stories, "grouping": grouping,
                  "peak_mib": max(peak[0], tree_pss()), "workers": engine.workers}))
"""

GROUPING = r"""
import json, resource, sys, time
import numpy as np
import torch
from claimcheck.group import find_groups, similarity_graph
from claimcheck.neighbours import build_index
vectors = np.load(sys.argv[1], mmap_mode="r"); limit = int(sys.argv[5])
vectors = np.ascontiguousarray(vectors[:limit] if limit else vectors)
threshold = float(sys.argv[2]); which = sys.argv[3]
ids = [str(i) for i in range(len(vectors))]
start = time.perf_counter()  # the timed work: each one's own call, not the bookkeeping below
if which == "claimcheck":  # what the pipeline does: one index, the graph, the groups
    index = build_index(vectors)
    graph = similarity_graph(ids, vectors, threshold, index=index)
    groups = find_groups(ids, vectors, threshold, index=index)
elif which == "community_detection":
    from sentence_transformers.util import community_detection
    communities = community_detection(torch.from_numpy(vectors), threshold=threshold, min_community_size=2)
else:
    from sentence_transformers.util import paraphrase_mining_embeddings
    mined = paraphrase_mining_embeddings(torch.from_numpy(vectors), top_k=48, max_pairs=10**9)
elapsed = time.perf_counter() - start
if which == "claimcheck":
    communities = [[int(i) for i in g.claim_ids] for g in groups]
    pairs = {(i, j) for i, j in zip(graph.sources.tolist(), graph.targets.tolist())}
elif which == "community_detection":  # its above-threshold pairs: within a community and above the threshold
    pairs = set()
    for members in communities:
        block = vectors[members] @ vectors[members].T
        rows, cols = np.nonzero(np.triu(block >= threshold, k=1))
        pairs |= {(min(members[i], members[j]), max(members[i], members[j])) for i, j in zip(rows, cols)}
else:
    pairs = {(min(i, j), max(i, j)) for score, i, j in mined if score >= threshold}
np.save(sys.argv[4], np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2))
purity = None
if which != "paraphrase_mining":  # share of pairs put in one group that are above the threshold
    membership = np.full(len(ids), -1, dtype=np.int64)
    for number, members in enumerate(communities):
        membership[members] = number
    np.save(sys.argv[4].replace(".npy", "-groups.npy"), membership)
    rng = np.random.default_rng(0)
    grouped = np.flatnonzero(membership >= 0)
    if len(grouped):
        first = rng.choice(grouped, 20000)
        second = np.array([rng.choice(communities[membership[i]]) for i in first])
        distinct = first != second
        purity = float(np.mean(np.einsum("ij,ij->i", vectors[first[distinct]], vectors[second[distinct]]) >= threshold))
print(json.dumps({"seconds": elapsed, "pairs": len(pairs), "purity": purity,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_python(code: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"benchmark step failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def recall(ours_path: str, theirs_path: str) -> tuple[float, float]:
    """Share of their pairs that are edges of our graph, and share whose two claims share one of our groups."""
    import numpy as np

    ours = {tuple(p) for p in np.load(ours_path).tolist()}
    theirs = np.load(theirs_path)
    if not len(theirs):
        return 1.0, 1.0
    edges = sum(tuple(p) in ours for p in theirs.tolist()) / len(theirs)
    membership = np.load(ours_path.replace(".npy", "-groups.npy"))
    first, second = membership[theirs[:, 0]], membership[theirs[:, 1]]
    return edges, float(np.mean((first == second) & (first >= 0)))


def compare_grouping(vectors: str, threshold: float, work: Path, limit: int = 0) -> None:
    """Time our graph + groups against sentence-transformers on the same embeddings, with recall of their pairs."""
    rows = {}
    for which in ("claimcheck", "community_detection", "paraphrase_mining"):
        rows[which] = run_python(GROUPING, vectors, str(threshold), which, str(work / f"{which}.npy"), str(limit))
    ours = rows["claimcheck"]
    print(f"  grouping on the same embeddings (threshold {threshold}); recall = share of its pairs that are")
    print("  edges of our graph / that fall in one of our groups; purity = share of pairs in one group that are")
    print("  above the threshold (a giant group would buy recall with it):")
    for which, row in rows.items():
        edges, grouped = (
            (1.0, 1.0) if which == "claimcheck" else recall(str(work / "claimcheck.npy"), str(work / f"{which}.npy"))
        )
        purity = "  -  " if row["purity"] is None else f"{row['purity']:.3f}"
        print(
            f"    {which:<20} {row['seconds']:8.1f} s  peak {row['peak_mib']:7,.0f} MiB  pairs {row['pairs']:>10,}"
            f"  time ratio {row['seconds'] / ours['seconds']:6.1f}x  recall {edges:.3f} / {grouped:.3f}"
            f"  purity {purity}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,300000", help="comma-separated sentence counts")
    parser.add_argument("--folder", type=Path, help="read this folder instead of generating a corpus")
    parser.add_argument(
        "--corpus",
        choices=("stories", "mixed"),
        default="stories",
        help="generated articles on one story each (stories), or of unrelated facts (mixed, the corpus before stories)",
    )
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
    parser.add_argument("--vectors", help="only compare the grouping, on embeddings saved as .npy (first --limit rows)")
    parser.add_argument("--limit", type=int, default=0, help="rows of --vectors to use (0: all)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.vectors:
            print(f"\n{args.vectors}, first {args.limit or 'all'} rows:")
            compare_grouping(args.vectors, args.group_threshold, work, args.limit)
            return 0
        inputs = [(str(args.folder), args.folder)] if args.folder else []
        if not inputs:
            write = write_story_corpus if args.corpus == "stories" else write_corpus
            inputs = [(f"{int(n):,} generated ({args.corpus})", write(int(n), work)) for n in args.sizes.split(",")]
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
            told = result["stories"]
            if told["pairs"]:
                print(
                    f"  pairs of sentences telling one story: {told['pairs']:,}, found {told['found'] / told['pairs']:.3f}, "
                    f"called a conflict {told['conflict'] / told['pairs']:.4f}"
                )
            grouping = result.get("grouping")
            if grouping:
                print(
                    f"  documents in stories: {grouping['found']:,} found for {grouping['true']:,} true; pairs of "
                    f"documents put in one story precision {grouping['precision']:.3f}, recall {grouping['recall']:.3f}"
                )
            if args.skip_baselines:
                continue
            compare_grouping(vectors, args.group_threshold, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
