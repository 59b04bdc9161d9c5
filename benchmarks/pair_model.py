"""Fit the second look's weights (claimcheck/pair_weights.py) on sets of real coverage, and say how it does on sets
it was not fitted on.

Each set is a folder with ``articles.jsonl`` (one article a line: text, title, source, date) and ``gold.json``
(every real disagreement between two articles as a ``must_flag`` case, written before any run; the format
``../shared/eval/score_seeds.py`` reads). The sets hold article text and stay outside the repository; the
weights this writes hold only numbers.

    python benchmarks/pair_model.py /path/to/coverage86 /path/to/coverage87 ... --features /tmp/features.jsonl
    python benchmarks/pair_model.py --features /tmp/features.jsonl --write

The first reads every set with the rules alone and records, for each figure pair the rules weigh, its evidence
(:func:`claimcheck.pair_model.evidence_features`), what the rules decided and whether it is one of the gold's
real disagreements. Both then fit one model on the pairs the rules leave out (``rescue``) and one on those they
show for review (``trim``), print what each does on every set when fitted on the others (leave one set out),
and with ``--write`` fit on all sets and write the weights.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import numpy as np


def _norm(text: str) -> str:
    return " ".join(str(text).replace("\u2019", "'").replace("\u2018", "'").split()).lower()


def _digits(text: str) -> str:
    return "".join(ch for ch in str(text) if ch.isdigit())


def record(set_dir: str) -> list[dict]:
    """Every figure pair the rules weigh on one set: its features, the rules' decision and its gold label."""
    import importlib

    compare = importlib.import_module("claimcheck.compare")  # the package's own ``compare`` is a function
    pipeline = importlib.import_module("claimcheck.pipeline")
    from claimcheck.pair_model import evidence_features, rescuable, trimmable

    rows: list[dict] = []
    current: dict = {}
    compare_claims, rules_only, loose_only = compare.compare_claims, compare.second_look, compare.loose_look

    def claims_compared(a, b, *args, **options):
        current.update(a=a.id, b=b.id)
        return compare_claims(a, b, *args, **options)

    def row(pair, shown: str | None, pool: str) -> dict:
        return {
            "a": current["a"],
            "b": current["b"],
            "qa": pair.qa.text,
            "qb": pair.qb.text,
            "shown": shown,
            "pool": pool,  # "rules": a pair the rules weigh; "loose": one they never weigh
            "rescuable": rescuable(pair),
            "trimmable": pool == "rules" and trimmable(pair),
            "features": evidence_features(pair),
        }

    def recorded(weighed, pair, consulted=None):
        rows.append(row(pair, None if weighed is None else weighed[0], "rules"))
        return weighed

    def loosely_recorded(pair, consulted=None):
        rows.append(row(pair, None, "loose"))
        return None

    pipeline.compare_claims, compare.second_look, compare.loose_look = claims_compared, recorded, loosely_recorded
    try:
        result = pipeline.check([os.path.join(set_dir, "articles.jsonl")], engine="serial")
    finally:
        pipeline.compare_claims, compare.second_look, compare.loose_look = compare_claims, rules_only, loose_only
    path_of = {d.id: os.path.basename(d.path) for d in result.run.documents}
    claims = [(c.id, path_of.get(c.doc_id), _norm(c.text)) for c in result.run.claims]
    with open(os.path.join(set_dir, "gold.json"), encoding="utf-8") as handle:
        gold = json.load(handle)
    cases = []
    for case in gold["cases"]:
        if not case.get("must_flag"):
            continue
        sides = []
        for side in (case["a"], case["b"]):
            quote = _norm(side["quote"])
            sides.append({cid for cid, doc, text in claims if doc == side["doc"] and quote in text})
        cases.append((case["id"], sides, _digits(case["a"]["figure"]), _digits(case["b"]["figure"])))
    for row in rows:
        row["case"] = None
        for case_id, (ids_a, ids_b), figure_a, figure_b in cases:
            for x, y, qx, qy in (
                (row["a"], row["b"], row["qa"], row["qb"]),
                (row["b"], row["a"], row["qb"], row["qa"]),
            ):
                if x in ids_a and y in ids_b and figure_a in _digits(qx) and figure_b in _digits(qy):
                    row["case"] = case_id
    return rows


#: The second look's models: pairs the rules leave out, pairs they show for review, pairs they never weigh.
MODELS = ("rescue", "trim", "loose")


def _fit(rows: list[dict]):
    from sklearn.linear_model import LogisticRegression

    x = np.array([row["features"] for row in rows])
    y = np.array([row["case"] is not None for row in rows])
    return LogisticRegression(C=1.0, max_iter=5000).fit(x, y)


def _pool(rows: list[dict], model: str) -> list[dict]:
    if model == "loose":
        return [row for row in rows if row.get("pool") == "loose" and row["rescuable"]]
    rules = [row for row in rows if row.get("pool") != "loose"]
    if model == "rescue":
        return [row for row in rules if row["shown"] is None and row["rescuable"]]
    return [row for row in rules if row["shown"] == "needs_review" and row["trimmable"]]


def cross_validate(sets: dict[str, list[dict]], rescue: float, trim: float, loose: float) -> None:
    """Leave one set out: each set's pairs weighed by models fitted on the others."""
    totals = dict.fromkeys(("shown", "added", "dropped", "cases", "gained", "lost"), 0)
    print(f"{'set':<14}{'shown':>7}{'added':>7}{'dropped':>9}{'cases':>7}{'gained':>8}{'lost':>6}")
    for name, rows in sets.items():
        others = [row for other, held in sets.items() if other != name for row in held]
        shown_cases = {row["case"] for row in rows if row["shown"] and row["case"]}
        added, dropped = [], []
        for model, cut in zip(MODELS, (rescue, trim, loose)):
            pool = _pool(rows, model)
            if not pool:
                continue
            fitted = _fit(_pool(others, model))
            probability = fitted.predict_proba(np.array([row["features"] for row in pool]))[:, 1]
            if model != "trim":
                added += [row for row, p in zip(pool, probability) if p >= cut]
            else:
                dropped = [row for row, p in zip(pool, probability) if p < cut]
        dropped_ids = {id(row) for row in dropped}
        kept = {row["case"] for row in rows if row["shown"] and row["case"] and id(row) not in dropped_ids}
        gained = {row["case"] for row in added if row["case"]} - shown_cases
        lost = shown_cases - kept
        line = {
            "shown": sum(bool(row["shown"]) for row in rows),
            "added": len(added),
            "dropped": len(dropped),
            "cases": len(shown_cases),
            "gained": len(gained),
            "lost": len(lost),
        }
        for key, value in line.items():
            totals[key] += value
        print(f"{name:<14}" + "".join(f"{line[k]:>{w}}" for k, w in zip(line, (7, 7, 9, 7, 8, 6))))
    print(f"{'all':<14}" + "".join(f"{totals[k]:>{w}}" for k, w in zip(totals, (7, 7, 9, 7, 8, 6))))


def write_weights(sets: dict[str, list[dict]], path: str, models: tuple[str, ...] = MODELS) -> None:
    from claimcheck.pair_model import FEATURES
    from claimcheck.pair_weights import WEIGHTS

    weights = {}
    for model in MODELS:
        if model not in models or not any(_pool(rows, model) for rows in sets.values()):
            weights[model] = WEIGHTS[model]  # not asked for, or not recorded: kept as they are
            continue
        fitted = _fit([row for rows in sets.values() for row in _pool(rows, model)])
        weights[model] = {
            "sets": len(sets),
            "intercept": round(float(fitted.intercept_[0]), 6),
            "coefficients": [round(float(c), 6) for c in fitted.coef_[0]],
        }
    lines = [
        '"""The second look\'s weights (:mod:`claimcheck.pair_model`), one per feature in the order of its FEATURES.',
        "",
        "Written by benchmarks/pair_model.py (each model says how many sets of real coverage it was fitted on); do not",
        "edit by hand.",
        '"""',
        "",
        "WEIGHTS = {",
    ]
    for model, fitted in weights.items():
        lines.append(f'    "{model}": {{')
        lines.append(f'        "sets": {fitted["sets"]},')
        lines.append(f'        "intercept": {fitted["intercept"]},')
        lines.append('        "coefficients": [')
        lines.extend(f"            {c},  # {name}" for c, name in zip(fitted["coefficients"], FEATURES))
        lines.append("        ],")
        lines.append("    },")
    lines.append("}")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="set folders to read (each with articles.jsonl and gold.json)")
    parser.add_argument("--features", required=True, help="where the recorded pairs are kept (JSON lines)")
    parser.add_argument("--write", action="store_true", help="fit on all sets and write claimcheck/pair_weights.py")
    parser.add_argument(
        "--refit", nargs="+", choices=MODELS, default=list(MODELS), help="with --write, the models to fit again"
    )
    parser.add_argument("--rescue", type=float, default=None, help="threshold to show a left-out pair")
    parser.add_argument("--trim", type=float, default=None, help="threshold to keep a shown pair")
    parser.add_argument("--loose", type=float, default=None, help="threshold to show a pair the rules never weighed")
    args = parser.parse_args(argv)
    from claimcheck.pair_model import FEATURES, LOOSE, RESCUE, TRIM

    if args.sets:
        with open(args.features, "w", encoding="utf-8") as handle:
            for set_dir in args.sets:
                name = os.path.basename(os.path.normpath(set_dir))
                for row in record(set_dir):
                    handle.write(json.dumps({"set": name, **row}) + "\n")
                print(f"read {name}", file=sys.stderr)
    sets: dict[str, list[dict]] = {}
    with open(args.features, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if len(row["features"]) != len(FEATURES):
                raise SystemExit(f"{args.features}: recorded with other features; read the sets again")
            sets.setdefault(row["set"], []).append(row)
    cross_validate(
        sets,
        RESCUE if args.rescue is None else args.rescue,
        TRIM if args.trim is None else args.trim,
        LOOSE if args.loose is None else args.loose,
    )
    if args.write:
        path = os.path.join(os.path.dirname(__file__), "..", "claimcheck", "pair_weights.py")
        write_weights(sets, path, tuple(args.refit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
