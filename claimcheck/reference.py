"""Claims against reference figures: a desk's table of official numbers (``--reference FILE``).

A reference table is a CSV or JSON Lines file, one figure a row: ``entity``, ``measure``,
``period`` (may be empty: any period), ``value`` and ``unit``, and optionally ``low`` and
``high`` (a stated range), ``source`` and ``url``. The value is read as it is written, with
its unit after it ("5.2" and "billion USD", "4.1" and "%", "7.5" and "million people"),
by the same figure reader as the articles, so its precision, scale word and currency
count as they would in a sentence.

Every claim figure about the same entity (the figure's subject or scope, aliases as the
articles declare them), the same measure and an overlapping period is compared with the
reference figure by :func:`claimcheck.compare.judge`, the function that judges a pair:
the same verdicts, reasons and explanations, with the reference's source as the other
side. A reference row no claim mentions is simply unused.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from .compare import judge
from .entities import Aliases
from .errors import InputError
from .models import Claim, Period, Quantity, Reference, ReferenceCheck
from .quantities import read_figures
from .relations import measure_relation
from .timeref import find_periods, overlaps

#: Columns a reference row must give (``period`` may be empty).
REQUIRED = ("entity", "measure", "period", "value", "unit")
#: Columns a reference row may give.
OPTIONAL = ("low", "high", "source", "url")
#: A value written as a plain numeral, kept as written for its precision ("5.20", "1,200").
_NUMERAL_RE = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")


def read_references(path: str | Path, *, encoding: str = "utf-8") -> list[Reference]:
    """The reference figures in a CSV or JSON Lines file, in file order.

    Raises :class:`~claimcheck.errors.InputError` naming the file and the line of the
    first malformed row (a missing column, a value that is not a number, a unit or
    period that cannot be read), or when the file cannot be read.
    """
    path = Path(path)
    try:
        # Spreadsheets save UTF-8 with a byte-order mark, which would cling to the first column's name.
        content = path.read_text(encoding="utf-8-sig" if encoding.lower().replace("_", "-") == "utf-8" else encoding)
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the reference table ({error})") from error
    rows = _jsonl_rows(path, content) if path.suffix.lower() in (".jsonl", ".json") else _csv_rows(path, content)
    references = []
    for line, row in rows:
        try:
            reference = _reference(line, row)
            reference_figure(reference)  # a row whose figure cannot be read is malformed
        except ValueError as error:
            raise InputError(f"{path}, line {line}: {error}") from error
        references.append(reference)
    return references


def _csv_rows(path: Path, content: str):
    header = content.split("\n", 1)[0]
    # A spreadsheet set to a European locale separates columns with ";"; tabs come from pasted tables.
    delimiter = max(",;\t", key=header.count) if header else ","
    reader = csv.DictReader(io.StringIO(content), delimiter=delimiter)
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{path}, line 1: the header lacks {', '.join(missing)} (needs {', '.join(REQUIRED)})")
    for row in reader:
        if any(v is not None and str(v).strip() for v in row.values()):
            yield reader.line_num, row


def _jsonl_rows(path: Path, content: str):
    for line, text in enumerate(content.splitlines(), 1):
        if not text.strip():
            continue
        try:
            row = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}, line {line}: not JSON ({error.msg})") from error
        if not isinstance(row, dict):
            raise InputError(f"{path}, line {line}: not a JSON object")
        yield line, row


def _reference(line: int, row: dict) -> Reference:
    """One row as a :class:`Reference`; :class:`ValueError` says what is wrong with it."""
    text = {key: ("" if row.get(key) is None else str(row.get(key)).strip()) for key in (*REQUIRED, *OPTIONAL)}
    missing = [key for key in REQUIRED if key not in row]
    empty = [key for key in ("entity", "measure", "value") if key not in missing and not text[key]]
    if missing or empty:
        return _fail(f"no {', '.join(missing + empty)}")
    bounds = {}
    for key in ("value", "low", "high"):
        if text[key]:
            try:
                bounds[key] = _number(text[key])
            except ValueError:
                return _fail(f"{key} {text[key]!r} is not a number")
    return Reference(
        line=line,
        entity=text["entity"],
        measure=text["measure"],
        period=text["period"] or None,
        value=bounds["value"],
        unit=text["unit"],
        low=bounds.get("low"),
        high=bounds.get("high"),
        source=text["source"] or "reference",
        url=text["url"] or None,
        written=text["value"] if _NUMERAL_RE.fullmatch(text["value"]) else "",
    )


def _number(text: str) -> float:
    """A table's number: "1,200" is 1200, but "2,8" (a decimal comma, one or two digits after it) is 2.8."""
    if re.fullmatch(r"-?\d+,\d{1,2}", text):
        return float(text.replace(",", "."))
    return float(text.replace(",", ""))


def _fail(message: str):
    raise ValueError(message)


def reference_figure(reference: Reference) -> Quantity:
    """The reference as a figure, read like one in a sentence and described by its row.

    Raises :class:`ValueError` when its value and unit do not read as one figure, or its
    period as a time.
    """
    written = reference.written or _written(reference.value)
    unit = reference.unit.strip()
    candidates = [f"{written}{unit}" if unit.startswith("%") else f"{written} {unit}".strip(), f"{unit} {written}"]
    if " " in unit:
        first, rest = unit.split(" ", 1)
        candidates += [f"{first} {written} {rest}", f"{written} {rest} {first}"]
    figure = None
    for text in candidates:
        found = read_figures(text)
        # A bare count whose unit words were not all read ("7 widgetz") is no reading of the row.
        if len(found) == 1 and (found[0].unit or found[0].kind != "count" or found[0].text == text):
            figure = found[0]
            break
    if figure is None:
        return _fail(f"cannot read {written} {unit!r} as one figure (write the unit as after a number: 'billion USD')")
    if reference.low is not None or reference.high is not None:
        factor = figure.value / reference.value if reference.value else 1.0
        to_normal = figure.normalized / figure.value if figure.value else 1.0
        low = reference.low * factor if reference.low is not None else figure.low
        high = reference.high * factor if reference.high is not None else figure.high
        figure = replace(
            figure,
            low=low,
            high=high,
            normalized_low=None if low is None else low * to_normal,
            normalized_high=None if high is None else high * to_normal,
            range=True,
        )
    period = _period(reference.period) if reference.period else None
    label = " ".join(filter(None, [reference.entity, reference.measure, reference.period]))
    return replace(
        figure,
        text=figure.text,
        subject=reference.entity,
        measure=reference.measure,
        period=period,
        clause=f"{label}: {figure.text}",
    )


def _written(value: float) -> str:
    """A value as a decimal numeral with thousands marked ("5.2", "250,000"), never in exponent form."""
    whole, _, decimals = f"{Decimal(repr(abs(value))):f}".partition(".")
    decimals = decimals.rstrip("0")
    return ("-" if value < 0 else "") + f"{int(whole):,}" + (f".{decimals}" if decimals else "")


def _period(text: str) -> Period:
    for candidate in (text, f"in {text}"):
        found = find_periods(candidate)
        if found:
            return found[0][2]
    return _fail(f"cannot read the period {text!r} (write a year, a month, a quarter: '2025', 'March 2026', 'Q1 2026')")


def check_references(
    claims: list[Claim], references: list[Reference], aliases: Aliases | None = None
) -> list[ReferenceCheck]:
    """Every claim figure about a reference figure's entity, measure and period, judged against it.

    ``aliases`` are the names the articles declare equal (:class:`~claimcheck.entities.Aliases`).
    Results are ranked most serious first, as pairs are.
    """
    aliases = aliases or Aliases()
    # References by their entity's canonical name: a figure is weighed only against the rows of
    # the names it carries, so a desk's day of claims costs one lookup per figure, not one per row.
    by_entity: dict[str, list[tuple[Reference, Quantity]]] = defaultdict(list)
    for reference in references:
        by_entity[aliases.canonical(reference.entity)].append((reference, reference_figure(reference)))
    checks = []
    for claim in claims:
        for figure in claim.quantities:
            names = {aliases.canonical(name) for name in (figure.subject, figure.scope) if name}
            for reference, official in [row for name in sorted(names) for row in by_entity.get(name, ())]:
                if not matches(figure, official, aliases):
                    continue
                shown = f"{official.clause} ({reference.source})"
                # The match settled that both measure one thing, however each is worded: the
                # judge weighs the values, period, scope and stage.
                same = replace(official, measure=figure.measure)
                verdict, reasons, score, explanation = judge(figure, same, aliases, claim.text, shown)
                checks.append(
                    ReferenceCheck(
                        id=reference_id(claim.id, figure.text, reference),
                        doc_id=claim.doc_id,
                        claim_id=claim.id,
                        quantity=figure.text,
                        reference=official.clause or official.text,
                        line=reference.line,
                        source=reference.source,
                        url=reference.url,
                        verdict=verdict,
                        reasons=tuple(reasons),
                        score=round(score, 4),
                        explanation=f"{explanation} Reference: {reference.source}.",
                    )
                )
    order = {"conflict": 0, "needs_review": 1, "consistent": 2}
    return sorted(checks, key=lambda c: (order.get(c.verdict, 3), -c.score, c.id))


def matches(figure: Quantity, official: Quantity, aliases: Aliases) -> bool:
    """Whether a claim's figure is about the reference figure's entity, measure and period.

    The entity is the figure's subject or, failing that, its scope ("Hong Kong's
    unemployment rate", "unemployment in Hong Kong"); the measures must be the same (see
    :func:`claimcheck.relations.measure_relation`); a reference with a period needs the
    figure to state one that overlaps it.
    """
    if figure.kind != official.kind or figure.kind == "date":
        return False
    named = [name for name in (figure.subject, figure.scope) if name]
    if not any(aliases.same(name, official.subject or "") for name in named):
        return False
    if not _same_measure(figure, official.measure or ""):
        return False
    if official.period is not None:
        return figure.period is not None and overlaps(figure.period, official.period)
    return True


def _same_measure(figure: Quantity, measure: str) -> bool:
    """Whether ``figure`` measures ``measure``: the same measure family (see
    :func:`claimcheck.relations.measure_relation`), a count of what the measure names
    ("2.4 million tourist arrivals" for "tourist arrivals"), or, where the lexicon knows
    neither, every word of ``measure`` in the figure's measure."""
    if measure_relation(figure.measure, measure, figure.kind == "percent") == "same":
        return True
    if figure.kind == "count" and figure.unit and measure_relation(figure.unit, measure) == "same":
        return True
    words = set((figure.measure or "").lower().split())
    return bool(words) and set(measure.lower().split()) <= words


def reference_id(claim_id: str, figure: str, reference: Reference) -> str:
    """Same claim, figure and reference row (entity, measure, period, source), same id on every run."""
    key = f"{claim_id}:{figure}:{reference.entity}:{reference.measure}:{reference.period}:{reference.source}"
    return "r" + hashlib.sha1(key.encode()).hexdigest()[:12]
