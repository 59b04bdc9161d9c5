"""Split documents into sentences (claims) and read the figures each one states.

pysbd handles the abbreviations and decimals news copy is full of ("U.S.", "Ltd.",
"$0.028"), but slows badly on long texts, so it is fed one paragraph at a time.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from .context import describe
from .engine import SerialEngine, chunks
from .models import Claim, Document, Quantity
from .quantities import read_figures

#: Documents per partition of work when an engine spreads the reading over workers.
DOCUMENTS_PER_PARTITION = 32


def extract_claims(documents, progress=None, *, engine=None) -> list[Claim]:
    """Every sentence of every readable document, with its figures described.

    ``progress`` is an optional callable called with each document once done.
    ``engine`` (:mod:`claimcheck.engine`) reads partitions of documents in parallel; the
    claims come back in document order either way.
    """
    partitions = chunks(list(documents), DOCUMENTS_PER_PARTITION)
    claims: list[Claim] = []
    for part, found in zip(partitions, (engine or SerialEngine()).map(_partition_claims, partitions)):
        claims.extend(found)
        if progress:
            for document in part:
                progress(document)
    return claims


def _partition_claims(_shared, documents: list[Document]) -> list[Claim]:
    return [claim for document in documents if document.skipped is None for claim in document_claims(document)]


def document_claims(document: Document) -> list[Claim]:
    """The sentences of one document with character offsets into its text."""
    text_hash = hashlib.sha1(document.text.encode("utf-8")).hexdigest()
    claims = []
    for start, end in sentence_spans(document.text):
        sentence = document.text[start:end]
        claims.append(
            Claim(
                id=claim_id(text_hash, start, end),
                doc_id=document.id,
                text=sentence,
                start=start,
                end=end,
                quantities=tuple(checkable_figures(sentence, document.date)),
            )
        )
    return claims


def claim_id(text_hash: str, start: int, end: int) -> str:
    """Same document text and span, same id, on every run and machine."""
    return "c" + hashlib.sha1(f"{text_hash}:{start}:{end}".encode()).hexdigest()[:12]


def checkable_figures(sentence: str, date: str | None = None, *, bare_counts: bool = False) -> list[Quantity]:
    """The figures of a sentence worth comparing, with subject, measure and period.

    Bare counts with no noun ("Four of the top five") name nothing to check and are left
    out, unless ``bare_counts`` (two sentences compared on request: "the waiting list
    stands at 7.6 million").
    """
    figures = [f for f in read_figures(sentence, date) if bare_counts or not (f.kind == "count" and not f.unit)]
    return describe(sentence, figures, date)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, paragraph by paragraph."""
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        base = paragraph.start()
        for span in _segmenter().segment(paragraph.group(0)):
            start, end = base + span.start, base + span.end
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
    return spans


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)
