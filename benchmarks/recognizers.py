"""Figure reading on a peer's test suite: Microsoft Recognizers-Text's English specs, recall per model.

    python benchmarks/recognizers.py [--gold ../shared/eval/recognizers/dev.json] [--show 10]

Reads every sentence as ``claimcheck figures --jsonl`` does (``batch.figure_rows``, the NewsQuant
convention) and scores the rows with the shared ``score_recognizers.py`` on the tuning part,
the held-out part (``benchmarks/data/holdout_split.json``, about 30% by a hash of the text,
never looked at while tuning) and both. The team's bar counts the currency, dimension,
temperature, age, percent and numberrange models; the number model (number-word puzzles,
parts of phone numbers and addresses) is scored on a line of its own. ``--show N`` prints N
misses per model, from the tuning part only.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import SHARED, split

from claimcheck.batch import figure_rows

BAR = ("currency", "dimension", "temperature", "age", "percent", "numberrange")
_ROW_RE = re.compile(r"^(?P<model>\w+)\s+(?P<n>\d+)\s+(?P<value>[\d.]+)%\s+(?P<unit>[\d.]+)%$")


def score(gold: list[dict], predicted: Path, scorer: Path, show: int = 0) -> tuple[str, dict[str, tuple]]:
    """The scorer's output on ``gold`` and its rows as {model: (n, value recall, value+unit recall)}."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as out:
        json.dump(gold, out)
    command = [sys.executable, str(scorer), str(predicted), "--gold", out.name, "--show", str(show)]
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    Path(out.name).unlink()
    rows = {}
    for line in text.splitlines():
        if match := _ROW_RE.match(line.strip()):
            rows[match["model"]] = (int(match["n"]), float(match["value"]), float(match["unit"]))
    return text, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=SHARED / "recognizers" / "dev.json")
    parser.add_argument("--scorer", type=Path, default=SHARED / "recognizers" / "score_recognizers.py")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="misses per model, tuning part only")
    args = parser.parse_args()
    if not args.gold.exists() or not args.scorer.exists():
        sys.exit(f"error: {args.gold} or {args.scorer} not found; pass --gold and --scorer")
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    lines = [json.dumps({"text": entry["text"]}) for entry in gold]
    rows = list(figure_rows(lines))  # warm-up: currency rates, regexes
    start = time.process_time()
    rows = list(figure_rows(lines))
    elapsed = time.process_time() - start

    with tempfile.TemporaryDirectory() as folder:
        predicted = Path(folder) / "pred.jsonl"
        predicted.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        print(f"{'part':9s} {'model':12s} {'n':>4s} {'value':>7s} {'value+unit':>11s}")
        for name, part in split(gold, "recognizers").items():
            text, table = score(part, predicted, args.scorer, args.show if name == "tune" else 0)
            if name == "tune" and args.show:
                print(text.split("model ")[0].rstrip() + "\n")
            n = value = unit = 0.0
            for model in (*BAR, "number"):
                if model not in table:
                    continue
                count, v, u = table[model]
                print(f"{name:9s} {model:12s} {count:4d} {v:6.1f}% {u:10.1f}%")
                if model in BAR:
                    n, value, unit = n + count, value + v * count, unit + u * count
            if n:
                print(f"{name:9s} {'bar (6)':12s} {int(n):4d} {value / n:6.1f}% {unit / n:10.1f}%   (target 90% / 85%)")
    print(f"speed: {len(rows)} sentences in {elapsed:.3f} s of CPU = {len(rows) / elapsed:,.0f} sentences/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
