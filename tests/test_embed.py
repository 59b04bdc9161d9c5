import numpy as np

from claimcheck import embed as embed_module
from claimcheck import store


class CountingEncoder:
    """Stands in for the model: records what it was asked to embed."""

    def __init__(self):
        self.seen = []

    def encode(self, texts, **_options):
        self.seen.extend(texts)
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)


def test_embed_cache_embeds_only_new_sentences(tmp_path, monkeypatch):
    encoder = CountingEncoder()
    monkeypatch.setattr(embed_module, "load_model", lambda name: encoder)
    cache = store.connect(tmp_path / "claimcheck.db")
    first = embed_module.embed(["Sales rose 5%.", "Profit fell 2%."], model="m", cache=cache)
    again = embed_module.embed(["Profit fell 2%.", "Sales rose 5%.", "Jobs grew 1%."], model="m", cache=cache)
    assert encoder.seen == ["Sales rose 5%.", "Profit fell 2%.", "Jobs grew 1%."]
    assert np.array_equal(again[1], first[0]) and np.array_equal(again[0], first[1])
    other_model = embed_module.embed(["Sales rose 5%."], model="other", cache=cache)
    assert encoder.seen[-1] == "Sales rose 5%." and other_model.shape == (1, 3)


def test_embed_real_model_gives_unit_vectors():
    vectors = embed_module.embed(["Sales rose 5% in 2025.", "Revenue grew five percent last year."])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert float(vectors[0] @ vectors[1]) > 0.4


def test_embed_onnx_path_gives_the_same_vectors_as_sentence_transformers():
    from claimcheck.embed import _load

    onnx = embed_module.load_model()
    assert type(onnx).__name__ == "OnnxEncoder"  # the fast path is taken, not the fallback
    torch_model = _load(embed_module.DEFAULT_MODEL)
    sentences = [
        "Sales rose 5% in 2025.",
        "Minerva Robotics raised HK$4.35 billion in its listing on Friday, the exchange said.",
    ]
    fast = onnx.encode(sentences)
    reference = torch_model.encode(sentences, normalize_embeddings=True)
    assert np.allclose((fast * reference).sum(axis=1), 1.0, atol=1e-4)


def test_embed_an_interrupted_run_resumes_without_redoing_finished_chunks(tmp_path, monkeypatch):
    encoder = CountingEncoder()
    monkeypatch.setattr(embed_module, "load_model", lambda name: encoder)
    monkeypatch.setattr(embed_module, "_CHUNK", 2)
    cache = store.connect(tmp_path / "claimcheck.db")
    sentences = [f"Claim {i} says {i}%." for i in range(6)]

    def stop_after_first_chunk(done):
        raise KeyboardInterrupt

    try:
        embed_module.embed(sentences, model="m", cache=cache, progress=stop_after_first_chunk)
    except KeyboardInterrupt:
        pass
    assert encoder.seen == sentences[:2]  # one chunk made and saved before the interruption
    embed_module.embed(sentences, model="m", cache=cache)
    assert encoder.seen == sentences  # the re-run embedded only the rest


def test_embed_first_export_to_onnx_draws_no_bar_of_its_own(tmp_path, monkeypatch, capfd):
    # A fresh machine exports the model once; transformers' "Loading weights" bar must not break a quiet run.
    from claimcheck.onnx_encoder import OnnxEncoder

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    encoder = OnnxEncoder.for_default_model()
    assert list((tmp_path / "claimcheck" / "onnx").glob("*.onnx"))
    assert encoder.encode(["Sales rose 5% in 2025."]).shape == (1, 384)
    assert "Loading weights" not in capfd.readouterr().err
