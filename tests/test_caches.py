from claimcheck import caches, schema


def test_caches_vectors_come_back_by_model_and_key(tmp_path):
    connection = schema.connect(tmp_path / "vectors.db")
    assert caches.save_vectors(connection, "mini", [("k1", b"\x00\x01"), ("k2", b"\x02\x03")])
    assert caches.save_vectors(connection, "mini", [("k1", b"\xff\xff")])  # a key is kept once
    assert caches.cached_vectors(connection, "mini", ["k1", "k3"]) == {"k1": b"\x00\x01"}
    assert caches.cached_vectors(connection, "other", ["k1"]) == {}


def test_caches_pages_before_any_page_was_saved_and_after(tmp_path):
    connection = schema.connect(tmp_path / "pages.db")
    assert caches.cached_pages(connection, ["https://example.org/a"]) == {}  # no pages table yet
    caches.save_pages(connection, [("https://example.org/a", "<p>old</p>", "2025-01-01T00:00:00")])
    caches.save_pages(connection, [("https://example.org/a", "<p>new</p>", "2025-01-02T00:00:00")])
    assert caches.cached_pages(connection, ["https://example.org/a", "https://example.org/b"]) == {
        "https://example.org/a": ("<p>new</p>", "2025-01-02T00:00:00")
    }
