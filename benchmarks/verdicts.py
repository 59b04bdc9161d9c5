"""Verdict accuracy on the labelled pair corpus, per category, through the public ``compare`` API.

    python benchmarks/verdicts.py [--pairs tests/data/pairs.jsonl] [--show-misses] [--model all-MiniLM-L6-v2]

Each line of the corpus holds two sentences, their dates, the expected verdict and the
reasons a ``needs_review`` may give. ``cc.compare`` is asked about every pair; its most
serious pair is the answer; two sentences with no comparable figures get the answer
``none``, which is always wrong (every corpus pair has figures to compare). Prints accuracy per category and
per topic, the confusion matrix, conflict precision and recall, whether every
``needs_review`` names a reason and whether it names an expected one.
Targets (issue 3): accuracy >= 90%, conflict precision >= 0.95.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import claimcheck as cc

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ("conflict", "needs_review", "consistent", "none")


def answer(row: dict, model: str | None) -> tuple[str, tuple[str, ...], str]:
    pairs = cc.compare(row["a"], row["b"], date_a=row.get("date_a"), date_b=row.get("date_b"), model=model)
    if not pairs:
        return "none", (), "no comparable figures"
    best = pairs[0]
    return best.verdict, best.reasons, best.explanation


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=ROOT / "tests" / "data" / "pairs.jsonl")
    parser.add_argument("--model", default=None, help="embedding model for Pair.similarity (not needed for verdicts)")
    parser.add_argument("--show-misses", action="store_true", help="print every pair answered wrongly")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines() if line.strip()]

    start = time.perf_counter()
    results = [(row, *answer(row, args.model)) for row in rows]
    elapsed = time.perf_counter() - start

    by_category: dict[str, list[bool]] = defaultdict(list)
    by_topic: dict[str, list[bool]] = defaultdict(list)
    confusion: Counter = Counter()
    reasonless = reason_hits = reason_total = 0
    misses = []
    for row, verdict, reasons, explanation in results:
        right = verdict == row["verdict"]
        by_category[row["category"]].append(right)
        by_topic[row["topic"]].append(right)
        confusion[(row["verdict"], verdict)] += 1
        if verdict == "needs_review" and not reasons:
            reasonless += 1
        if row["verdict"] == "needs_review":
            reason_total += 1
            reason_hits += right and bool(set(reasons) & set(row["reasons"]))
        if not right:
            misses.append((row, verdict, reasons, explanation))

    correct = sum(right for rights in by_category.values() for right in rights)
    print(f"{len(rows)} pairs, {len(by_category)} categories, {len(by_topic)} topics, {elapsed:.1f} s\n")
    print(f"{'category':<22}{'pairs':>6}{'right':>7}{'accuracy':>10}")
    for name, rights in sorted(by_category.items()):
        print(f"{name:<22}{len(rights):>6}{sum(rights):>7}{sum(rights) / len(rights):>10.0%}")
    print(f"{'all':<22}{len(rows):>6}{correct:>7}{correct / len(rows):>10.1%}   (target >= 90%)\n")
    print("topics: " + ", ".join(f"{t} {sum(r)}/{len(r)}" for t, r in sorted(by_topic.items())))

    print("\nconfusion (rows: expected, columns: answered)")
    print(" " * 14 + "".join(f"{v:>14}" for v in VERDICTS))
    for expected in VERDICTS[:3]:
        print(f"{expected:<14}" + "".join(f"{confusion[(expected, got)]:>14}" for got in VERDICTS))
    flagged = sum(confusion[(e, "conflict")] for e in VERDICTS)
    true_conflicts = confusion[("conflict", "conflict")]
    all_conflicts = sum(confusion[("conflict", g)] for g in VERDICTS)
    precision = true_conflicts / flagged if flagged else 1.0
    print(f"\nconflict precision {precision:.3f} (target >= 0.95), recall {true_conflicts / all_conflicts:.3f}")
    print(f"needs_review answers without a reason: {reasonless} (target 0)")
    print(f"expected needs_review answered with an expected reason: {reason_hits}/{reason_total}")

    if args.show_misses:
        print("\nmisses:")
        for row, verdict, reasons, explanation in misses:
            print(f"- {row['id']}: expected {row['verdict']} {row['reasons']}, got {verdict} {list(reasons)}")
            print(f"    A: {row['a']}\n    B: {row['b']}\n    {explanation}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
