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

    return check([str(fixtures_dir)])
