"""What ``cc.check`` returns: a run as pandas DataFrames, and views of one pair or group for notebooks.

The pipeline passes plain dataclasses (:class:`claimcheck.models.Run`); an analyst in
Jupyter wants tables to filter and plot, and a pair shown as two highlighted sentences.
``Result`` adds both without copying the run: each table is built once, on first use.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from functools import cached_property
from html import escape
from pathlib import Path

from . import report, tables
from .errors import ClaimcheckError
from .models import VERDICTS, Pair, Run


class Result:
    """One run of claimcheck over a set of articles.

    Tables (pandas DataFrames): ``documents``, ``claims``, ``quantities`` (one row per
    figure), ``groups``, ``pairs`` (most serious first), ``arithmetic`` (calculations
    sentences state, recomputed) and ``references`` (claims against reference figures). Objects: ``pair(id)`` and
    ``group(id)`` render in a notebook; ``graph`` is the networkx similarity graph of the
    claims that carry figures; ``run`` holds the underlying dataclasses. Writers:
    ``to_html``, ``to_json``, ``to_csv``.
    """

    def __init__(self, run: Run):
        self.run = run

    def __repr__(self) -> str:
        counts = Counter(p.verdict for p in self.run.pairs)
        verdicts = ", ".join(f"{counts.get(v, 0)} {v}" for v in VERDICTS)
        return f"<Result: {len(self.run.documents)} documents, {len(self.run.claims)} claims, {verdicts}>"

    @cached_property
    def documents(self):
        """One row per input document; ``skipped`` says why one could not be read."""
        import pandas as pd

        per_doc = Counter(c.doc_id for c in self.run.claims)
        rows = [
            {**{k: v for k, v in asdict(d).items() if k != "text"}, "claims": per_doc.get(d.id, 0)}
            for d in self.run.documents
        ]
        return pd.DataFrame(
            rows, columns=["id", "path", "source", "title", "date", "url", "story", "skipped", "claims"]
        )

    @cached_property
    def claims(self):
        """One row per sentence: its document, source, text and number of figures."""
        import pandas as pd

        sources = {d.id: d.source for d in self.run.documents}
        rows = [
            {"id": c.id, "doc_id": c.doc_id, "source": sources[c.doc_id], "text": c.text, "figures": len(c.quantities)}
            for c in self.run.claims
        ]
        return pd.DataFrame(rows, columns=["id", "doc_id", "source", "text", "figures"])

    @cached_property
    def quantities(self):
        """One row per figure, with what it is about (subject, measure, scope, stage, period)."""
        import pandas as pd

        columns = ["claim_id", "doc_id", "text", "value", "low", "high", "kind", "unit", "normalized", "change"]
        columns += ["range", "currency", "subject", "measure", "scope", "stage", "moment", "period"]
        rows = []
        for claim in self.run.claims:
            for q in claim.quantities:
                row = {"claim_id": claim.id, "doc_id": claim.doc_id, **asdict(q)}
                row["period"] = q.period.text if q.period else None
                rows.append({key: row.get(key) for key in columns})
        return pd.DataFrame(rows, columns=columns)

    @cached_property
    def groups(self):
        """One row per group of similar claims: size, sources and member claim ids."""
        import pandas as pd

        claims = {c.id: c for c in self.run.claims}
        sources = {d.id: d.source for d in self.run.documents}
        rows = [
            {
                "id": g.id,
                "size": len(g.claim_ids),
                "sources": sorted({sources[claims[c].doc_id] for c in g.claim_ids}),
                "claim_ids": list(g.claim_ids),
            }
            for g in self.run.groups
        ]
        return pd.DataFrame(rows, columns=["id", "size", "sources", "claim_ids"])

    @cached_property
    def pairs(self):
        """One row per compared pair, most serious first, with both sentences and sources."""
        return tables.pairs_frame(self.run)

    @cached_property
    def arithmetic(self):
        """One row per calculation a sentence states, recomputed: verdict, explanation, figures, sentence."""
        return tables.arithmetic_frame(self.run)

    @cached_property
    def references(self):
        """One row per claim figure checked against a reference figure (``reference=``), most serious first."""
        return tables.references_frame(self.run)

    @cached_property
    def graph(self):
        """The networkx graph of claims with figures; edges weighted by cosine similarity."""
        return self.run.graph.to_networkx() if self.run.graph is not None else None

    def pair(self, pair_id: str) -> PairView:
        """A pair to look at: both sentences with the figures marked, verdict, reasons, explanation."""
        found = next((p for p in self.run.pairs if p.id == pair_id), None)
        if found is None:
            raise KeyError(f"no pair {pair_id!r}; see result.pairs.id for the ids")
        return PairView(self.run, found)

    def group(self, group_id: str) -> GroupView:
        """A group of similar claims, with the pairs compared inside it."""
        found = next((g for g in self.run.groups if g.id == group_id), None)
        if found is None:
            raise KeyError(f"no group {group_id!r}; see result.groups.id for the ids")
        return GroupView(self.run, found)

    def to_html(self, path: str | Path) -> None:
        """Write the self-contained HTML report."""
        report.write_html(self.run, path)

    def to_json(self, path: str | Path) -> None:
        """Write the JSON contract (documents, claims, groups, pairs, arithmetic, references, settings)."""
        tables.write_json(self.run, path)

    def to_csv(self, path: str | Path) -> None:
        """Write one row per compared pair; arithmetic findings and reference checks beside it (see :func:`tables.write_csv`)."""
        tables.write_csv(self.run, path)

    def to_parquet(self, folder: str | Path) -> list[Path]:
        """Write ``documents``, ``claims``, ``quantities`` and ``pairs`` as Parquet files into ``folder``.

        For an archive: the tables load back with ``pandas.read_parquet`` or any Parquet
        reader (Spark, DuckDB), and columns are typed. Needs pyarrow (the ``distributed`` extra).
        """
        try:
            import pyarrow  # noqa: F401 - pandas needs it to write Parquet
        except ImportError as error:
            raise ClaimcheckError(
                "writing Parquet needs pyarrow: pip install 'claimcheck-figures[distributed]'"
            ) from error
        target = Path(folder)
        try:
            target.mkdir(parents=True, exist_ok=True)
            written = []
            for name in ("documents", "claims", "quantities", "pairs"):
                path = target / f"{name}.parquet"
                getattr(self, name).to_parquet(path, index=False)
                written.append(path)
        except OSError as error:
            raise ClaimcheckError(f"{folder}: cannot write Parquet files ({error.strerror})") from error
        return written


class PairView:
    """One compared pair; in a notebook it shows both sentences with the figures highlighted."""

    def __init__(self, run: Run, pair: Pair):
        self.pair = pair
        self._run = run
        self.verdict, self.reasons, self.explanation = pair.verdict, pair.reasons, pair.explanation

    def __repr__(self) -> str:
        return f"<Pair {self.pair.id} {self.verdict}: {self.explanation}>"

    def _repr_html_(self) -> str:
        claims = {c.id: c for c in self._run.claims}
        sources = {d.id: d.source for d in self._run.documents}
        rows = []
        for claim_id, figure in ((self.pair.a, self.pair.a_quantity), (self.pair.b, self.pair.b_quantity)):
            claim = claims[claim_id]
            text = "".join(
                f"<mark>{escape(s['text'])}</mark>" if s["mark"] else escape(s["text"])
                for s in report.highlight(claim, figure)
            )
            rows.append(f"<blockquote>{text}<br><small>{escape(sources[claim.doc_id])}</small></blockquote>")
        reasons = ", ".join(r.replace("_", " ") for r in self.reasons)
        return (
            f"<div class='claimcheck-pair'><strong>{escape(self.verdict.replace('_', ' '))}</strong>"
            + (f" ({escape(reasons)})" if reasons else "")
            + f"<p>{escape(self.explanation)}</p>{''.join(rows)}</div>"
        )


class GroupView:
    """A group of similar claims; in a notebook, its sentences and the verdicts inside it."""

    def __init__(self, run: Run, group):
        self.group = group
        self._run = run
        members = set(group.claim_ids)
        self.pairs = [p for p in run.pairs if p.a in members and p.b in members]

    def __repr__(self) -> str:
        return f"<Group {self.group.id}: {len(self.group.claim_ids)} claims, {len(self.pairs)} pairs>"

    def _repr_html_(self) -> str:
        claims = {c.id: c for c in self._run.claims}
        sources = {d.id: d.source for d in self._run.documents}
        items = "".join(
            f"<li>{escape(claims[c].text)} <small>({escape(sources[claims[c].doc_id])})</small></li>"
            for c in self.group.claim_ids
        )
        verdicts = Counter(p.verdict for p in self.pairs)
        summary = ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in verdicts.items()) or "no pairs compared"
        return f"<div class='claimcheck-group'><p>{escape(summary)}</p><ol>{items}</ol></div>"
