"""Wall time, peak memory and claims per second of one run, model load included.

Usage: python benchmarks/seeds.py [FOLDER]   (default: ../shared/seeds, else fixtures/)

Each measurement runs in a fresh process so the model load is counted. Also prints the
baseline issue 6 compares against: loading the model and embedding every sentence.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RUN = """
import json, resource, sys, time
start = time.perf_counter()
from claimcheck import check
result = check([sys.argv[1]]).run
wall = time.perf_counter() - start
print(json.dumps({"wall": wall, "claims": len(result.claims), "pairs": len(result.pairs),
                  "figured": sum(1 for c in result.claims if c.quantities),
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

BASELINE = """
import json, resource, sys, time
start = time.perf_counter()
from claimcheck.claims import sentence_spans
from claimcheck.embed import embed
from claimcheck.ingest import ingest
docs = [d for d in ingest([sys.argv[1]]) if d.skipped is None]
sentences = [d.text[s:e] for d in docs for s, e in sentence_spans(d.text)]
embed(sentences)
print(json.dumps({"wall": time.perf_counter() - start, "sentences": len(sentences),
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(code: str, folder: str) -> dict:
    output = subprocess.run([sys.executable, "-c", code, folder], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> None:
    default = ROOT.parent / "shared" / "seeds"
    folder = sys.argv[1] if len(sys.argv) > 1 else str(default if default.exists() else ROOT / "fixtures")
    run = measure(RUN, folder)
    base = measure(BASELINE, folder)
    print(f"input: {folder}")
    print(
        f"claimcheck run:      {run['wall']:.2f} s wall, {run['peak_mib']:.0f} MiB peak, "
        f"{run['claims']} claims ({run['claims'] / run['wall']:.0f} claims/s), "
        f"{run['figured']} with figures, {run['pairs']} pairs"
    )
    print(
        f"load + embed all:    {base['wall']:.2f} s wall, {base['peak_mib']:.0f} MiB peak, "
        f"{base['sentences']} sentences"
    )
    print(f"ratio run / baseline: {run['wall'] / base['wall']:.2f}x (issue 6 target: <= 1.2x)")


if __name__ == "__main__":
    main()
