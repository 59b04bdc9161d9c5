"""Batch work over JSON Lines: compare many sentence pairs, read figures of many sentences.

A bad line is reported with its number and the other lines are still answered: one
typo in a 10,000-line file must not cost the other 9,999 answers.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from typing import IO

from .embed import DEFAULT_MODEL
from .models import Pair, Quantity
from .quantities import falls, read_figures
from .two_texts import compare_texts
from .units import count_noun

#: What a comparison says when neither sentence has a figure the other can be weighed against.
NO_FIGURES = "No comparable figures in the two sentences."


def compare_lines(lines: IO[str], model: str | None = DEFAULT_MODEL) -> Iterator[dict]:
    """For each line ``{"id","a","b"}`` (optional ``date_a``, ``date_b``), the verdict.

    Yields :func:`line_verdict` for each line, or ``{"line","error"}`` for a line that
    cannot be used.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield {"line": number, "error": f"line {number}: bad JSON ({error.msg})"}
            continue
        missing = [key for key in ("id", "a", "b") if not isinstance(row, dict) or key not in row]
        if missing:
            yield {"line": number, "error": f"line {number}: missing field(s) {', '.join(missing)}"}
            continue
        pairs = compare_texts(
            str(row["a"]), str(row["b"]), date_a=row.get("date_a"), date_b=row.get("date_b"), model=model
        )
        yield line_verdict(row["id"], pairs)


def line_verdict(line_id, pairs: list[Pair]) -> dict:
    """One answer for two sentences: the most serious of their figure comparisons, and all of them.

    ``pairs`` come ranked most serious first (:func:`claimcheck.compare.rank_pairs`), so
    a line whose speeds agree but whose durations do not is a conflict, not "consistent".
    ``{"id","verdict","reasons","a_quantity","b_quantity","explanation","figures"}``, where
    ``figures`` lists every comparison (``a_quantity``, ``b_quantity``, ``verdict``,
    ``reasons``, ``explanation``); two sentences with no comparable figures get verdict
    ``null`` and an empty ``figures``.
    """
    best = pairs[0] if pairs else None
    return {
        "id": line_id,
        "verdict": best.verdict if best else None,
        "reasons": list(best.reasons) if best else [],
        "a_quantity": best.a_quantity if best else None,
        "b_quantity": best.b_quantity if best else None,
        "explanation": best.explanation if best else NO_FIGURES,
        "figures": [
            {
                "a_quantity": pair.a_quantity,
                "b_quantity": pair.b_quantity,
                "verdict": pair.verdict,
                "reasons": list(pair.reasons),
                "explanation": pair.explanation,
            }
            for pair in pairs
        ],
    }


def verdict_lines(pairs: list[Pair]) -> list[str]:
    """Two sentences' answer as text: the most serious comparison first, the others indented below it."""
    if not pairs:
        return [NO_FIGURES]
    lines = []
    for number, pair in enumerate(pairs):
        reasons = f" ({', '.join(pair.reasons)})" if pair.reasons else ""
        lines.append(f"{'  ' if number else ''}{pair.verdict}{reasons}: {pair.explanation}")
    return lines


def write_answers(rows: Iterable[dict], out: IO[str], on_error: Callable[[str], None]) -> int:
    """Write answer rows to ``out`` as JSON Lines, as they come; hand each error row's message to ``on_error``.

    Returns how many rows were errors.
    """
    failures = 0
    for row in rows:
        if "error" in row:
            failures += 1
            on_error(row["error"])
            continue
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return failures


def figure_rows(lines: IO[str]) -> Iterator[dict]:
    """For each line ``{"text"}`` (or ``{"id","text"}``), its figures in the NewsQuant shape."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = row["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            yield {
                "line": number,
                "error": f"line {number}: needs a JSON object with 'text' ({error.__class__.__name__})",
            }
            continue
        out = {"id": row["id"]} if "id" in row else {}
        figures = read_figures(text, newsquant=True)
        out.update({"text": text, "quantities": [figure_dict(q, text) for q in figures]})
        yield out


def figure_dict(quantity: Quantity, sentence: str | None = None) -> dict:
    """A figure as JSON-ready data in the NewsQuant shape (context fields left out when unset).

    NewsQuant's names are kept: a range falling as written gives its high end as ``low``
    ("from 4.8 to 4.7" is 4.8-4.7); a fraction is given as written ("a third" is 0.333) with
    the unit "% <what it is a part of>"; a multiple ("four times", "sixfold") has the unit
    "count"; a figure with no unit has "-".
    """
    data = {key: value for key, value in asdict(quantity).items() if value is not None or key in ("low", "high")}
    unit = quantity.unit or "-"
    if quantity.unit == "fraction":
        for key in ("value", "low", "high"):
            if data[key] is not None:
                data[key] /= 100
        whole = count_noun(sentence, quantity.end)[0] if sentence else ""
        unit = f"% {whole or '-'}"
    elif quantity.kind == "multiplier":
        unit = "count"
    if falls(quantity):  # a range as written: "from 4.8 to 4.7 percent" is 4.8-4.7
        data["low"], data["high"] = data["high"], data["low"]
    data["unit"] = unit
    return data
