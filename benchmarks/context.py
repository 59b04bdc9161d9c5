"""What each figure is about, on real news: subject, measure and period against hand annotations.

    python benchmarks/context.py [--gold ../shared/eval/newsquant/dev.json] [--all] [--date YYYY-MM-DD]

Reads every NewsQuant development sentence with ``checkable_figures(sentence, date, bare_counts=True)``
(NewsQuant gives no publication dates, so ``date`` is None unless ``--date`` sets one for all)
and scores the subject, measure and period of each figure against
``benchmarks/data/newsquant_context_{a,b}.jsonl`` (format in ``benchmarks/data/README.md``).
A gold figure is aligned to the predicted figure whose span overlaps it most; a gold figure the
reader did not find counts as a miss for every field and is also counted as "figure not read".

Scoring:
- subject: both none; or the predicted subject equals the gold or an alternative, case-insensitive,
  without a leading "the" or a possessive 's; or the gold's words are a subset of the predicted
  ones (at most two words longer); or the predicted words are a subset of the gold's and what they
  drop is a company suffix ("Apple" for "Apple Inc", not "Pro" for "iPhone 14 Pro"). With a null
  gold subject, alternatives list the names that also count;
- measure: the normalised phrase equals the gold or an alternative; or their head nouns (the last
  content word before "of"/"per", singular) match; or both fall in one ``measure_family``;
- period: both none; or the gold period's years and content words all appear in the predicted one.

Held-out part: sentence index % 3 == 0. Its misses are printed only with ``--all``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from claimcheck.claims import checkable_figures
from claimcheck.context import measure_family
from claimcheck.words import STOPWORDS, singular

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "eval" / "newsquant" / "dev.json"
ANNOTATIONS = [HERE / "data" / "newsquant_context_a.jsonl", HERE / "data" / "newsquant_context_b.jsonl"]
FIELDS = ("subject", "measure", "period")
_WORD = re.compile(r"[a-z0-9]+(?:[.&/\-][a-z0-9]+)*")
_HEAD_CUT = re.compile(r"\s(?:of|per|in|on|for|from|with|to)\s")
#: Words a shorter form of a name may drop: "Apple" is "Apple Inc", but "Pro" is not "iPhone 14 Pro".
_NAME_SUFFIXES = frozenset("inc corp corporation co ltd limited plc group holdings company llc sa ag nv se".split())
#: Words that carry no time of their own in a period phrase.
_PERIOD_FILLER = frozenset("the of in on at by for from to since during a an between and until through".split())


def load_annotations(paths: list[Path]) -> list[dict]:
    """Every annotation line of the files that exist, in sentence order."""
    rows = []
    for path in paths:
        if path.exists():
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted(rows, key=lambda row: row["sentence"])


def locate(sentence: str, figure: str, occurrence: int = 1) -> tuple[int, int] | None:
    """(start, end) of the ``occurrence``-th whole-token match of ``figure`` in ``sentence``."""
    before = r"(?<![\w.,])" if figure[:1].isalnum() else ""
    after = r"(?![\w])" if figure[-1:].isalnum() else ""
    matches = list(re.finditer(before + re.escape(figure) + after, sentence))
    if len(matches) < occurrence:
        return None
    return matches[occurrence - 1].span()


def align(span: tuple[int, int], predicted: list, used: set[int]):
    """The predicted figure overlapping ``span`` most, preferring one not yet aligned; None if none overlaps."""
    best, best_key = None, None
    for index, figure in enumerate(predicted):
        overlap = min(span[1], figure.end) - max(span[0], figure.start)
        if overlap <= 0:
            continue
        key = (index not in used, overlap)
        if best_key is None or key > best_key:
            best, best_key = index, key
    return best


def _words(text: str) -> list[str]:
    text = text.lower().replace("’", "'")
    text = re.sub(r"'s\b|s'(?=\s|$)", "", text)
    return _WORD.findall(text)


def _name(text: str) -> list[str]:
    words = _words(text)
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words


def subject_ok(predicted: str | None, gold: str | None, alternatives: list[str]) -> bool:
    if predicted is None:
        return gold is None
    wanted = _name(predicted)
    content = {w for w in wanted if w not in STOPWORDS}
    for option in [gold, *alternatives] if gold is not None else alternatives:
        words = _name(option)
        if wanted == words:
            return True
        option_content = {w for w in words if w not in STOPWORDS}
        if content and option_content:
            if content <= option_content and option_content - content <= _NAME_SUFFIXES:
                return True
            if option_content <= content and len(content) <= len(option_content) + 2:
                return True
    return False


def _normal_measure(text: str) -> str:
    return " ".join(singular(w) for w in _name(text.replace("-", " ")))


def _head(text: str) -> str | None:
    core = _HEAD_CUT.split(" " + text.lower().replace("-", " ") + " ")[0]
    words = [w for w in _words(core) if w not in STOPWORDS]
    return singular(words[-1]) if words else None


def measure_ok(predicted: str | None, gold: str, alternatives: list[str]) -> bool:
    if not predicted:
        return False
    options = [gold, *alternatives]
    normal = _normal_measure(predicted)
    if any(normal == _normal_measure(option) for option in options):
        return True
    head = _head(predicted)
    if head and any(head == _head(option) for option in options):
        return True
    family = measure_family(predicted)[0]
    return family is not None and any(family == measure_family(option)[0] for option in options)


def period_ok(predicted: str | None, gold: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    have = {singular(w) for w in _words(predicted)}
    need = {singular(w) for w in _words(gold) if w not in _PERIOD_FILLER}
    return need <= have


def score(sentences: list[dict], annotations: list[dict], date: str | None = None) -> tuple[list[dict], float]:
    """One row per gold figure with the predicted values and a verdict per field; and the reading time."""
    by_sentence: dict[int, list[dict]] = {}
    for row in annotations:
        by_sentence.setdefault(row["sentence"], []).append(row)
    rows = []
    started = time.perf_counter()
    predictions = {index: checkable_figures(sentences[index]["text"], date, bare_counts=True) for index in by_sentence}
    elapsed = time.perf_counter() - started
    for index, gold_rows in by_sentence.items():
        text = sentences[index]["text"]
        predicted = predictions[index]
        used: set[int] = set()
        for gold in gold_rows:
            span = locate(text, gold["figure"], gold.get("occurrence", 1))
            if span is None:
                raise SystemExit(f"sentence {index}: figure {gold['figure']!r} not in the sentence")
            match = align(span, predicted, used)
            figure = predicted[match] if match is not None else None
            if match is not None:
                used.add(match)
            got = {
                "subject": figure.subject if figure else None,
                "measure": figure.measure if figure else None,
                "period": figure.period.text if figure and figure.period else None,
            }
            ok = {
                "subject": figure is not None and subject_ok(got["subject"], gold["subject"], gold["subject_alt"]),
                "measure": figure is not None and measure_ok(got["measure"], gold["measure"], gold["measure_alt"]),
                "period": figure is not None and period_ok(got["period"], gold["period"]),
            }
            rows.append({"gold": gold, "read": figure is not None, "got": got, "ok": ok})
    return rows, elapsed


def table(parts: dict[str, list[dict]]) -> str:
    lines = [f"{'part':<9} {'figures':>7} {'read':>5}  " + "  ".join(f"{f + ' all/read':>20}" for f in FIELDS)]
    for name, rows in parts.items():
        read = [r for r in rows if r["read"]]
        cells = []
        for field in FIELDS:
            hits = sum(r["ok"][field] for r in rows)
            cells.append(f"{_pct(hits, len(rows)):>9} /{_pct(hits, len(read)):>9}")
        lines.append(f"{name:<9} {len(rows):>7} {len(read):>5}  " + "  ".join(f"{c:>20}" for c in cells))
    return "\n".join(lines)


def _pct(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f}%" if total else "-"


def misses(rows: list[dict]) -> list[str]:
    lines = []
    unread = [r for r in rows if not r["read"]]
    if unread:
        lines.append(f"figure not read ({len(unread)}):")
        lines += [f"  [{r['gold']['sentence']}] {r['gold']['figure']!r}" for r in unread]
    for field in FIELDS:
        wrong = [r for r in rows if r["read"] and not r["ok"][field]]
        lines.append(f"{field} misses ({len(wrong)}):")
        for r in wrong:
            gold = r["gold"][field]
            alternatives = r["gold"].get(f"{field}_alt") or []
            shown = f"{gold!r}" + (f" (or {', '.join(map(repr, alternatives))})" if alternatives else "")
            lines.append(f"  [{r['gold']['sentence']}] {r['gold']['figure']!r}: gold {shown}; read {r['got'][field]!r}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEV, help="NewsQuant dev.json")
    parser.add_argument("--all", action="store_true", help="also print the held-out part's misses")
    parser.add_argument("--date", help="publication date given to every sentence (YYYY-MM-DD); default none")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        sys.exit(f"{args.gold} not found")
    sentences = json.loads(args.gold.read_text(encoding="utf-8"))
    annotations = load_annotations(ANNOTATIONS)
    if not annotations:
        sys.exit("no annotation file found under benchmarks/data/")
    rows, elapsed = score(sentences, annotations, args.date)
    parts = {
        "tune": [r for r in rows if r["gold"]["sentence"] % 3 != 0],
        "held-out": [r for r in rows if r["gold"]["sentence"] % 3 == 0],
    }
    parts["all"] = rows
    # claimcheck reads owners as names and leaves common-noun owners ("the robots") unknown on
    # purpose: an unknown subject never counts as the same in a comparison, a wrong one might.
    parts["named"] = [r for r in rows if not r["gold"]["subject"] or any(c.isupper() for c in r["gold"]["subject"])]
    annotated = len({r["gold"]["sentence"] for r in rows})
    print(f"{len(rows)} gold figures in {annotated} annotated sentences; read in {elapsed:.2f} s")
    print("accuracy on all gold figures / on the figures the reader found")
    print("named: the figures whose gold subject is a name or none (what claimcheck's subject is for)\n")
    print(table(parts))
    shown = rows if args.all else parts["tune"]
    print(f"\nMisses ({'all parts' if args.all else 'tune part only; --all adds the held-out part'}):")
    print("\n".join(misses(shown)))


if __name__ == "__main__":
    main()
