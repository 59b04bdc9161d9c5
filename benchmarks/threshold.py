"""How the similarity threshold moves the verdicts on fixtures/ (the threshold is tuned here, not on the seeds).

Usage: python benchmarks/threshold.py [FOLDER GOLD]

Prints, per threshold: pairs compared, flagged, gold cases held (must_flag, must_not_conflict) and ideal verdicts.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck import check  # noqa: E402


def score(result, gold) -> tuple[int, int, int, int]:
    flag_ok = safe_ok = ideal = 0
    for case in gold["cases"]:
        ids = []
        for side in (case["a"], case["b"]):
            docs = {d.id for d in result.documents if os.path.basename(d.path) == side["doc"]}
            ids.append({c.id for c in result.claims if c.doc_id in docs and side["quote"] in c.text})
        verdicts = {p.verdict for p in result.pairs if {p.a, p.b} & ids[0] and {p.a, p.b} & ids[1] and p.a != p.b}
        flag_ok += bool(case.get("must_flag")) and bool(verdicts & {"conflict", "needs_review"})
        safe_ok += bool(case.get("must_not_conflict")) and "conflict" not in verdicts
        ideal += case["expect"] in verdicts
    flag_n = sum(1 for c in gold["cases"] if c.get("must_flag"))
    return flag_ok, flag_n, safe_ok, ideal


def main() -> None:
    folder = sys.argv[1] if len(sys.argv) > 2 else str(ROOT / "fixtures")
    gold = json.loads(Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / "tests/data/fixtures_gold.json").read_text())
    safe_n = sum(1 for c in gold["cases"] if c.get("must_not_conflict"))
    print("threshold  pairs  flagged  must_flag  must_not_conflict  ideal")
    for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        result = check([folder], threshold=threshold).run
        flag_ok, flag_n, safe_ok, ideal = score(result, gold)
        flagged = sum(1 for p in result.pairs if p.verdict != "consistent")
        print(
            f"{threshold:9.2f}  {len(result.pairs):5d}  {flagged:7d}  {flag_ok:4d}/{flag_n:<4d}  "
            f"{safe_ok:9d}/{safe_n:<7d}  {ideal:3d}/{len(gold['cases'])}"
        )


if __name__ == "__main__":
    main()
