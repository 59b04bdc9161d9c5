import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return ROOT / "fixtures"


@pytest.fixture(scope="session")
def fixtures_gold() -> dict:
    return json.loads((ROOT / "tests" / "data" / "fixtures_gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def fixtures_result(fixtures_dir):
    """The whole pipeline run once on fixtures/, with the real model."""
    from claimcheck import check

    return check([str(fixtures_dir)]).run


@pytest.fixture(scope="session")
def ledger_dir() -> Path:
    """An article stating arithmetic (two calculations wrong, one right) and a reference table for it."""
    return ROOT / "tests" / "data" / "ledger"


@pytest.fixture(scope="session")
def ledger_result(ledger_dir):
    """The pipeline run on the ledger article, checked against its reference table."""
    from claimcheck import check

    return check([ledger_dir / "northwind.txt"], engine="serial", reference=ledger_dir / "official.csv").run


@pytest.fixture
def ledger_store(tmp_path, ledger_result):
    """A store holding the ledger run, its path and the id of its first inconsistent arithmetic finding."""
    from claimcheck import store

    path = tmp_path / "ledger.db"
    connection = store.connect(path)
    store.save_run(connection, ledger_result)
    connection.close()
    return path, next(a.id for a in ledger_result.arithmetic if a.verdict == "inconsistent")


@pytest.fixture
def reviewed_store(tmp_path, fixtures_result):
    """A store holding the fixtures run, its path and the id of its most serious pair."""
    from claimcheck import store

    path = tmp_path / "claimcheck.db"
    connection = store.connect(path)
    store.save_run(connection, fixtures_result)
    connection.close()
    return path, fixtures_result.pairs[0].id


class PageServer:
    """A web server on loopback serving tests/data/pages/; ``/missing`` answers 404, ``/slow`` answers too late."""

    def __init__(self, delay: float):
        import threading
        from collections import Counter
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        pages, server = ROOT / "tests" / "data" / "pages", self
        self.requests: Counter = Counter()  # path -> requests received
        self.agents: list[str] = []
        self.released = threading.Event()  # set at teardown, so /slow stops waiting

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests[self.path] += 1
                server.agents.append(self.headers.get("User-Agent", ""))
                if self.path == "/slow":
                    server.released.wait(delay)
                page = pages / self.path.lstrip("/")
                try:
                    if self.path == "/missing" or not page.is_file():
                        self.send_error(404, "Not Found")
                        return
                    body = page.read_bytes()
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:  # the client gave up waiting (the /slow page)
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/{path.lstrip('/')}"

    def close(self) -> None:
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def page_server(monkeypatch):
    """A :class:`PageServer` on loopback for the duration of a test; nothing reaches the internet."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    server = PageServer(delay=3.0)
    yield server
    server.close()
