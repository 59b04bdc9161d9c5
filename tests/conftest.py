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


@pytest.fixture
def reviewed_store(tmp_path, fixtures_result):
    """A store holding the fixtures run, its path and the id of its most serious pair."""
    from claimcheck import store

    path = tmp_path / "claimcheck.db"
    connection = store.connect(path)
    store.save_run(connection, fixtures_result)
    connection.close()
    return path, fixtures_result.pairs[0].id
