"""Shared set-up of the dashboard tests (AppTest and browser): one store built from sample_data/
per test session through the store's own ingest (real extraction), copied per test that writes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_BUILT: dict[str, object] = {}


def build_sample_store(factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The sample store (built once per session) and facts about it for the assertions."""
    if "path" not in _BUILT:
        from timeline.io.articles import load_paths
        from timeline.store import Store

        path = factory.mktemp("sample_store") / "timeline.db"
        loaded = load_paths([ROOT / "sample_data"])
        assert loaded.articles and not loaded.errors, loaded.errors
        with Store(path) as store:
            report = store.ingest(loaded.articles)
            assert not report.failed, report.failed
            counts = store.actor_counts()
            info = {"events": store.event_count(), "articles": store.article_count(),
                    "top_actor": counts[0][0], "top_actor_events": counts[0][1],
                    "categories": store.categories(), "bounds": store.date_bounds()}
        assert info["events"] >= 10, "the sample store should hold the sample's events"
        _BUILT.update(path=path, info=info)
    return _BUILT["path"], _BUILT["info"]  # type: ignore[return-value]


@pytest.fixture
def sample_store(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    """A private copy of the sample store for one test (tests may add articles to it)."""
    built, _ = build_sample_store(tmp_path_factory)
    copy = tmp_path / "timeline.db"
    shutil.copyfile(built, copy)
    return copy


@pytest.fixture
def sample_store_info(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return build_sample_store(tmp_path_factory)[1]
