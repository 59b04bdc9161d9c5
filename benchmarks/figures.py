"""Figure reading on NewsQuant: the shared scorer's table on the tuning part, the held-out part and
both, beside the published rows; speed; and the tuning part's failures grouped by cause.

    python benchmarks/figures.py [--gold ../shared/eval/newsquant/dev.json] [--examples 3]

Runs every sentence through the public API (``cc.read_figures(text, newsquant=True)`` and
``cc.figure_dict``), times it (best of --repeat passes), writes the predictions to a JSON
Lines file and scores them with ``../shared/eval/score_figures.py``, whose table lists the
published systems (CQE, GPT-3, quantulum3...). The dev file is cut in two by
``benchmarks/data/holdout_split.json`` (about 30%, by a hash of the text): the held-out part
is scored but its failures are never printed, so it stays text the reader was not tuned on.
Then every gold figure of the tuning part that was missed, every predicted figure that
matched nothing, and every matched figure whose change or unit differs is put under a cause,
so a fix can aim at the largest one.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import claimcheck as cc

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "eval"
SPLIT = HERE / "data" / "holdout_split.json"
NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|dozens?|half|third|quarter|fourth|thousands|millions|hundreds|tens)\b",
    re.I,
)


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_figures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def split(rows: list, name: str) -> dict[str, list]:
    """The tuning part, the held-out part and all of ``rows``, by the split file's indices for ``name``."""
    held = set(json.loads(SPLIT.read_text(encoding="utf-8"))[name]["held_out"])
    return {
        "tune": [row for i, row in enumerate(rows) if i not in held],
        "held-out": [row for i, row in enumerate(rows) if i in held],
        "all": rows,
    }


def score_parts(parts: dict[str, list], rows_out: dict[str, dict], scorer: Path, extra: list[str]) -> dict[str, str]:
    """The shared scorer's output on each part: gold rows written to a temporary file, one prediction file."""
    with tempfile.TemporaryDirectory() as folder:
        predicted = Path(folder) / "pred.jsonl"
        predicted.write_text("".join(json.dumps(row) + "\n" for row in rows_out.values()), encoding="utf-8")
        tables = {}
        for name, rows in parts.items():
            gold = Path(folder) / f"{name}.json"
            gold.write_text(json.dumps(rows), encoding="utf-8")
            command = [sys.executable, str(scorer), str(predicted), "--gold", str(gold), *extra]
            tables[name] = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return tables


def predict(sentences: list[str]) -> list[list[dict]]:
    return [[cc.figure_dict(f, text) for f in cc.read_figures(text, newsquant=True)] for text in sentences]


def causes(gold: list[dict], predictions: list[list[dict]], scorer) -> dict[str, list[str]]:
    """Each failure under one cause, with a short example line."""
    found: dict[str, list[str]] = defaultdict(list)
    for sentence, predicted in zip(gold, predictions):
        text = sentence["text"]
        wanted = [dict(q, _v=scorer.parse_gold_value(q["value"])) for q in sentence["quantities"]]
        wanted = [q for q in wanted if q["_v"] is not None]
        got = [dict(q, _v=scorer.pred_value(q)) for q in predicted]
        got = [q for q in got if q["_v"] is not None]
        used: set[int] = set()
        for want in wanted:
            hit = next((i for i, q in enumerate(got) if i not in used and scorer.close(want["_v"], q["_v"])), None)
            if hit is None:
                found[_miss_cause(want, got, text)].append(f"{want['value']} {want['unit']!r} in: {text[:110]}")
                continue
            used.add(hit)
            q = got[hit]
            if want.get("change", "=") != (q.get("change") or "="):
                found[f"change misread: {want['change']} read as {q.get('change')}"].append(
                    f"{q['text']!r} in: {text[:110]}"
                )
            if scorer.norm_unit(want.get("normalized_unit")) != scorer.norm_unit(q.get("unit")):
                cause = "unit missing" if q.get("unit") in (None, "", "-") else "unit not normalized"
                if q.get("kind") == "count" and q.get("unit") not in (None, "", "-"):
                    cause = "counted noun differs"
                found[cause].append(f"{want['normalized_unit']!r} read as {q.get('unit')!r} ({q['text']!r})")
        for i, q in enumerate(got):
            if i not in used:
                found[_spurious_cause(q, wanted, text)].append(f"{q['text']!r} in: {text[:110]}")
    return found


def _miss_cause(want: dict, got: list[dict], text: str) -> str:
    low, high = want["_v"]
    if low > high:
        return "missed: a fall 'from X to Y' the gold writes as a range"
    if low != high:
        if any(
            abs(q["_v"][0] - low) < 1e-6 * max(1, abs(low)) or abs(q["_v"][1] - high) < 1e-6 * max(1, abs(high))
            for q in got
        ):
            return "missed: range read as separate figures"
        return "missed: range"
    for q in got:
        for power in (1e3, 1e6, 1e9, 1e-3, 1e-6, 100, 0.01):
            if abs(q["_v"][0] * power - low) < 1e-6 * max(1, abs(low)):
                return "missed: wrong scale"
    if NUMBER_WORDS.search(text) and float(low).is_integer() and low < 100 or 0 < low < 1:
        return "missed: number or fraction word"
    return "missed: other"


def _spurious_cause(q: dict, wanted: list[dict], text: str) -> str:
    if q.get("range"):
        return "spurious: range the gold splits or ignores"
    if re.search(r"\d", q["text"]) is None:
        return "spurious: number word"
    if any(abs(w["_v"][0] - q["_v"][0]) < 1e-9 for w in wanted):
        return "spurious: figure read twice"
    return "spurious: other"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=SHARED / "newsquant" / "dev.json")
    parser.add_argument("--scorer", type=Path, default=SHARED / "score_figures.py")
    parser.add_argument("--examples", type=int, default=2, help="examples printed per cause (tuning part only)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    args = parser.parse_args()
    if not args.gold.exists() or not args.scorer.exists():
        sys.exit(f"error: {args.gold} or {args.scorer} not found; pass --gold and --scorer")
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    sentences = [s["text"] for s in gold]

    predictions = predict(sentences)  # warm-up: currency tables, regexes
    best = min(_timed(sentences) for _ in range(args.repeat))
    rows = {text: {"text": text, "quantities": figures} for text, figures in zip(sentences, predictions)}
    parts = split(gold, "newsquant")
    tables = score_parts(parts, rows, args.scorer, [])
    for name, table in tables.items():
        lines = table.rstrip().splitlines()
        shown = lines if name == "all" else [line for line in lines if not line.startswith((" ", "paper"))]
        print(f"== {name} ({len(parts[name])} sentences)")
        print("\n".join(shown))
    rate = len(sentences) / best
    print(f"speed: {len(sentences)} sentences in {best:.3f} s of CPU = {rate:,.0f} sentences/s (target >= 2,000)")

    tune = parts["tune"]
    found = causes(tune, [rows[s["text"]]["quantities"] for s in tune], load_scorer(args.scorer))
    print("\nfailures of the tuning part by cause (largest first):")
    for cause, items in sorted(found.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(items):4d}  {cause}")
        for example in items[: args.examples]:
            print(f"        {example}")
    kinds = Counter(f["kind"] for figures in predictions for f in figures)
    print("\nfigures read by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    return 0


def _timed(sentences: list[str]) -> float:
    # CPU time of this process: on a shared machine, wall time measures the neighbours too.
    start = time.process_time()
    predict(sentences)
    return time.process_time() - start


if __name__ == "__main__":
    sys.exit(main())
