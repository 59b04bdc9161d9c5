"""How well check_arithmetic tells right arithmetic from wrong on the labelled set.

Usage: python benchmarks/arithmetic.py [LABELLED.jsonl]

Each row is one sentence with the kind of arithmetic it states and whether that arithmetic is
right. A sentence is predicted "inconsistent" when any finding of its kind is, "consistent" when
findings of its kind exist and all hold, and "none" when none of its kind is found (a miss
either way). Prints per-kind counts, precision and recall of "inconsistent", and the misses.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.arithmetic import KINDS, check_arithmetic  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "arithmetic.jsonl"


def predict(row: dict) -> tuple[str, list]:
    """("consistent" | "inconsistent" | "none", findings of the row's kind)."""
    findings = [f for f in check_arithmetic(row["sentence"], row.get("date")) if f.kind == row["kind"]]
    if not findings:
        return "none", findings
    return ("inconsistent" if any(f.verdict == "inconsistent" for f in findings) else "consistent"), findings


def score(rows: list[dict]) -> dict:
    """Counts per kind, precision and recall of "inconsistent", and the rows predicted wrong."""
    per_kind: dict[str, Counter] = {kind: Counter() for kind in KINDS}
    true_pos = false_pos = false_neg = 0
    misses = []
    for row in rows:
        predicted, findings = predict(row)
        counts = per_kind.setdefault(row["kind"], Counter())
        counts["rows"] += 1
        counts[row["expect"]] += 1
        counts["found"] += predicted != "none"
        counts["right"] += predicted == row["expect"]
        if predicted == "inconsistent":
            true_pos += row["expect"] == "inconsistent"
            false_pos += row["expect"] != "inconsistent"
        elif row["expect"] == "inconsistent":
            false_neg += 1
        if predicted != row["expect"]:
            misses.append((row, predicted, findings))
    flagged = true_pos + false_pos
    return {
        "per_kind": per_kind,
        "precision": true_pos / flagged if flagged else 1.0,
        "recall": true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0,
        "misses": misses,
    }


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else LABELLED
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    result = score(rows)
    print(f"{'kind':<11} {'rows':>4} {'right':>5} {'wrong':>5} {'found':>5} {'correct':>7}")
    for kind, counts in result["per_kind"].items():
        print(
            f"{kind:<11} {counts['rows']:4d} {counts['consistent']:5d} {counts['inconsistent']:5d} "
            f"{counts['found']:5d} {counts['right']:7d}"
        )
    print(f"inconsistent: precision {result['precision']:.3f}, recall {result['recall']:.3f} (targets 0.95, 0.90)")
    for row, predicted, findings in result["misses"]:
        print(f"MISS {row['id']} expected {row['expect']}, got {predicted}: {row['sentence']}")
        for finding in findings:
            print(f"    {finding.explanation}")


if __name__ == "__main__":
    main()
