"""The whole run: ingest, claims, embed, group, stories, compare, in that order.

Documents are grouped into the stories they report on (:mod:`claimcheck.stories`), and
pairs are formed within a story only (:mod:`claimcheck.candidates`): from sentences the
embedding model finds similar, and from figures of one kind and measure, however
differently worded. Either way, the figures decide the verdict.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from . import parsing, store
from .arithmetic import find_arithmetic
from .candidates import candidate_keys
from .claims import read_claims, stage_warning
from .compare import compare_claims, rank_pairs
from .dating import dated_claims, money_of_its_time, published_day, undated_dates
from .embed import DEFAULT_MODEL, embed
from .engine import SerialEngine, make_engine
from .entities import Aliases
from .errors import InputError
from .fetch import TIMEOUT as FETCH_TIMEOUT
from .group import DEFAULT_THRESHOLD, find_groups, similarity_graph
from .headline_owners import with_headline_owners
from .ingest import ingest
from .models import Claim, Document, Pair, Run, StageWarning
from .neighbours import build_index
from .reference import check_references, read_references
from .restated import restated_elsewhere
from .result import Result
from .settings import story_settings
from .stories import with_stories
from .topics import story_topics, with_topics

#: Candidate pairs per comparison partition: about a second of work, so progress moves
#: and a lost worker costs little to redo.
_PAIRS_PER_PARTITION = 20_000


def check(
    paths,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    model: str = DEFAULT_MODEL,
    encoding: str = "utf-8",
    progress: bool = False,
    cache: str | Path | None = None,
    engine: str = "local",
    address: str | None = None,
    workers: int | None = None,
    strict: bool = False,
    refetch: bool = False,
    fetch_timeout: float = FETCH_TIMEOUT,
    arithmetic: bool = True,
    reference=None,
) -> Result:
    """Read the articles under ``paths`` and compare the figures they state.

    ``paths``: files or folders (.txt, .md, .html, .jsonl, .csv, .parquet), or ``http(s)://``
    addresses, fetched within ``fetch_timeout`` seconds and kept in ``cache`` so a re-run does
    not fetch them again (``refetch=True`` does; see :mod:`claimcheck.fetch`). ``threshold``: the cosine
    similarity above which two sentences are compared (0.4; lower finds more pairs).
    ``model``: the sentence-transformers model, a name available offline or a local path.
    ``encoding``: the text encoding of the input files. ``progress=True``: progress bars on
    stderr. ``cache``: a store file (``claimcheck.db``) that keeps sentence embeddings, so a
    re-run embeds only new sentences and an interrupted run resumes. ``engine``: where the
    batch work runs, ``"local"`` (worker processes on this machine, one per core, or
    ``workers``), ``"serial"`` or ``"dask"`` (a Dask cluster at ``address``, or a local
    one); every engine gives the same pairs (see :mod:`claimcheck.engine`). A sentence,
    document or pair that fails a stage is left out and noted in its document's
    ``warnings`` (``strict=True``: :class:`~claimcheck.errors.StageError` instead).
    ``arithmetic``: recompute the calculations sentences state (:mod:`claimcheck.arithmetic`).
    ``reference``: a CSV/JSONL file of reference figures (or a list of
    :class:`~claimcheck.models.Reference`) to check every claim's figures against
    (:mod:`claimcheck.reference`). Returns a
    :class:`~claimcheck.result.Result`: ``documents``, ``claims``,
    ``quantities``, ``groups``, ``pairs``, ``arithmetic`` and ``references`` as pandas DataFrames, ``pair(id)`` and
    ``group(id)`` for a closer look, ``graph``, and ``to_html``/``to_json``/``to_csv``.
    The model is loaded once per process and reused. Raises
    :class:`~claimcheck.errors.InputError` when no document can be read.

    >>> import claimcheck as cc
    >>> result = cc.check(["fixtures/"])          # doctest: +SKIP
    >>> result.pairs.query("verdict == 'conflict'")  # doctest: +SKIP
    """
    runner = make_engine(engine, address=address, workers=workers)
    try:
        return _check(
            paths,
            runner,
            threshold=threshold,
            model=model,
            encoding=encoding,
            progress=progress,
            cache=cache,
            strict=strict,
            refetch=refetch,
            fetch_timeout=fetch_timeout,
            arithmetic=arithmetic,
            reference=reference,
        )
    finally:
        runner.close()


def _check(
    paths, runner, *, threshold, model, encoding, progress, cache, strict, refetch, fetch_timeout, arithmetic, reference
) -> Result:
    references = read_references(reference) if isinstance(reference, (str, Path)) else reference
    documents = ingest(
        paths, encoding=encoding, engine=runner, cache=cache, refetch=refetch, fetch_timeout=fetch_timeout
    )
    readable = [d for d in documents if d.skipped is None]
    if not readable:
        reasons = "; ".join(f"{d.path}: {d.skipped}" for d in documents) or "no files found"
        raise InputError(f"no readable article in the input ({reasons})")
    parsing.load()  # once, before the engine's workers fork
    with _bar(progress, len(readable), "claims") as bar:
        readable, claims = read_claims(
            readable, progress=(lambda _doc: bar.update(1)) if bar else None, engine=runner, strict=strict
        )
    aliases = Aliases()
    readable = [_learn_aliases(aliases, document, strict) for document in readable]
    figured = [c for c in claims if c.quantities]  # sentences without a figure are never embedded
    connection = store.connect(cache) if cache is not None else None
    try:
        with _bar(progress, len(figured), "embed") as bar:
            vectors = embed(
                [c.text for c in figured],
                model=model,
                cache=connection,
                progress=bar.update if bar else None,
                engine=runner,
            )
    finally:
        if connection is not None:
            connection.close()
    with _bar(progress, 2, "graph") as bar:
        index = build_index(vectors)  # one index answers the graph and the groups
        graph = similarity_graph([c.id for c in figured], vectors, threshold, index=index)
        if bar:
            bar.update(1)
        order = {claim.id: position for position, claim in enumerate(claims)}
        groups = find_groups(graph.ids, vectors, threshold, order=order, index=index)
        del index
        if bar:
            bar.update(1)
    readable = with_stories(readable, figured, vectors)  # pairs are formed within a story only
    for texts in _story_texts(readable):
        aliases.learn_story(texts)  # "Kane" in one article, "Harry Kane" in another
        aliases.add_settings(story_settings(texts))  # "in Tahta", "Sohag province": where, not whose
    story_dated = undated_dates(readable)  # an undated article's money is converted at its story's date
    if story_dated:
        claims = dated_claims(claims, story_dated)
    # a sum dated long before its article ("a fee of 222m euros in 2017") is converted at its own time's rate
    claims = money_of_its_time(claims, {d.id: d.date or story_dated.get(d.id) for d in readable})
    source_of = {d.id: d.source for d in readable}
    story_of = {d.id: d.story for d in readable}
    # a title-case headline's figure is not its capitals' ("Suffer Record"): the story name it writes is its topic
    claims = with_headline_owners(claims, story_of, aliases)
    # an unnamed figure may be its story's main entity's: never a conflict, but kept beside that entity's figures
    claims = with_topics(claims, story_of, story_topics(claims, story_of, aliases))
    figured = [c for c in claims if c.quantities]  # the same claims, in the same order as their vectors
    with _bar(progress, 0, "compare") as bar:
        failed: list | None = None if strict else []
        left_out: list[int] = []
        pairs = compare_candidates(
            figured,
            vectors,
            graph,
            aliases,
            source_of,
            progress=bar,
            engine=runner,
            failed=failed,
            left_out=left_out,
            story_of=story_of,
            date_of={d.id: d.date for d in readable},
        )
        checked = restated_elsewhere(pairs, figured, aliases)
        pairs = pairs if checked is pairs else rank_pairs(checked)
    findings: list = []
    if arithmetic:
        dates = {d.id: d.date or story_dated.get(d.id) for d in readable}
        findings, broken = find_arithmetic(claims, dates, engine=runner, strict=strict)
        failed = (failed or []) + broken
    checks = check_references(figured, references, aliases) if references else []
    documents = _with_warnings(documents, readable, failed or [])
    return Result(
        Run(
            documents=tuple(documents),
            claims=tuple(claims),
            groups=tuple(groups),
            pairs=tuple(pairs),
            settings={"model": model, "threshold": threshold, "left_out": sum(left_out)},
            graph=graph,
            arithmetic=tuple(findings),
            references=tuple(checks),
        )
    )


def _story_texts(documents: list[Document]) -> list[list[str]]:
    stories: dict = {}
    for document in documents:
        stories.setdefault(document.story, []).append(document.text)
    return list(stories.values())


def _learn_aliases(aliases: Aliases, document: Document, strict: bool) -> Document:
    """Learn a document's aliases; a failure is noted in its warnings (raised when ``strict``)."""
    try:
        aliases.learn(document.text)
    except Exception as error:  # noqa: BLE001 - one document's names, not the run
        warning = stage_warning("aliases", None, error, document.path, strict)
        return replace(document, warnings=document.warnings + (warning,))
    return document


def _with_warnings(documents: list[Document], readable: list[Document], failed: list) -> list[Document]:
    """``documents`` with the warnings the stages added to the readable ones, and those of failed pairs."""
    updated = {document.id: document for document in readable}
    for claim, warning in failed:
        document = updated[claim.doc_id]
        updated[claim.doc_id] = replace(document, warnings=document.warnings + (warning,))
    return [updated.get(d.id, d) if d.skipped is None else d for d in documents]


@dataclass(frozen=True)
class _CompareInputs:
    """What every comparison partition reads: sent to each worker once."""

    claims: list[Claim]
    sources: list[str]  #: Publisher of each claim, by position.
    days: list[int | None]  #: Day its article was published (an ordinal), by position; None: unknown.
    aliases: Aliases
    strict: bool = True  #: A pair whose comparison raises stops the run (else it is returned as failed).


def compare_candidates(
    claims: list[Claim],
    vectors: np.ndarray,
    graph,
    aliases: Aliases,
    source_of,
    progress=None,
    *,
    engine=None,
    failed: list | None = None,
    left_out: list | None = None,
    story_of=None,
    date_of=None,
) -> list[Pair]:
    """Compare every candidate pair of claims; pairs ranked most serious first.

    Candidates are held as sorted integer keys (``i * n + j``), not as tuples of ids:
    a desk's day has millions of them. They are compared in partitions on ``engine``
    (this process when None). ``progress`` (a tqdm bar) is told the number of
    candidates and advanced as partitions finish. A pair whose comparison raises is left
    out and ``(claim, StageWarning)`` for each of its claims added to ``failed``, a list;
    with ``failed=None`` it raises :class:`~claimcheck.errors.StageError`. The number of
    figure pairs left out for want of evidence that they are one fact (see
    :func:`~claimcheck.evidence.weigh_evidence`) is appended to ``left_out``, per partition.
    ``story_of`` maps a document id to its story: pairs are formed within a story only
    (see :mod:`claimcheck.candidates`; None: all one story). ``date_of`` maps a document id
    to the day it was published (ISO), so that figures told a week or more apart are not
    called a conflict unless both are dated alike (see :func:`~claimcheck.dating.told_apart`).
    """
    keys, loose = candidate_keys(claims, vectors, graph, aliases, story_of)
    count = len(claims)
    similarity = np.empty(len(keys), dtype=np.float32)
    for start in range(0, len(keys), 65536):
        part = keys[start : start + 65536]
        similarity[start : start + len(part)] = np.einsum("ij,ij->i", vectors[part // count], vectors[part % count])
    if progress is not None:
        progress.reset(total=len(keys))
    partitions = [
        (
            keys[start : start + _PAIRS_PER_PARTITION],
            similarity[start : start + _PAIRS_PER_PARTITION],
            loose[start : start + _PAIRS_PER_PARTITION],
        )
        for start in range(0, len(keys), _PAIRS_PER_PARTITION)
    ]
    day_of = {document: published_day(date) for document, date in (date_of or {}).items()}  # once a document
    sources, days = [source_of[c.doc_id] for c in claims], [day_of.get(c.doc_id) for c in claims]
    shared = _CompareInputs(list(claims), sources, days, aliases, failed is None)
    pairs: list[Pair] = []
    for (part_keys, _, _), (found, broken, unflagged) in zip(
        partitions, (engine or SerialEngine()).map(compare_partition, partitions, shared)
    ):
        pairs.extend(found)
        if left_out is not None:
            left_out.append(unflagged)
        for i, j, error, message in broken:
            warning = StageWarning("compare", None, error, message)
            failed.extend((claim, replace(warning, start=claim.start)) for claim in (claims[i], claims[j]))
        if progress is not None:
            progress.update(len(part_keys))
    return rank_pairs(pairs)


def compare_partition(shared: _CompareInputs, partition) -> tuple[list[Pair], list[tuple], int]:
    """Compare one partition of candidate pairs (keys, similarities, loose flags).

    Returns the pairs, for each candidate whose comparison raised (unless
    ``shared.strict``) ``(i, j, error class, message)``, and how many figure pairs were
    left out for want of evidence.
    """
    left_out: list = []
    keys, similarity, loose = partition
    count = len(shared.claims)
    pairs: list[Pair] = []
    broken: list[tuple] = []
    for key, score, is_loose in zip(keys.tolist(), similarity.tolist(), loose.tolist()):
        i, j = divmod(key, count)
        a, b = shared.claims[i], shared.claims[j]
        same_source = shared.sources[i] == shared.sources[j]
        day_a, day_b = shared.days[i], shared.days[j]
        days_apart = None if day_a is None or day_b is None else abs(day_a - day_b)
        try:
            options = {
                "same_source": same_source,
                "similarity": score,
                "evidence": True,
                "left_out": left_out,
                "days_apart": days_apart,
            }
            found = compare_claims(a, b, shared.aliases, **options)
            if not found and is_loose:
                found = compare_claims(a, b, shared.aliases, loose=True, **options)
        except Exception as error:  # noqa: BLE001 - one pair, not the run
            warning = stage_warning("compare", None, error, f"claims {a.id} and {b.id}", shared.strict)
            broken.append((i, j, warning.error, f"comparing claims {a.id} and {b.id}: {warning.message}"))
            continue
        pairs.extend(found)
    return pairs, broken, len(left_out)


def _bar(enabled: bool, total: int, label: str):
    if not enabled:
        return nullcontext(None)
    from tqdm import tqdm

    unit = {"claims": "doc", "embed": "sentence", "compare": "pair"}.get(label, "step")
    return tqdm(total=total, desc=label, unit=unit, leave=False, mininterval=0.5)
