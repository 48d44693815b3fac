"""One small LocalCluster (2 worker processes, 1 thread each) shared by the distributed tests."""
from __future__ import annotations

import pytest

from timeline.distributed import run


@pytest.fixture(scope="session")
def client():
    with run.connect(workers=2, dashboard=":0") as c:
        yield c
