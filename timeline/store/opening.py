"""One door to either store: a Parquet dataset folder opens as the read-only `DatasetStore`
(DuckDB), anything else as the SQLite `Store` file."""
from __future__ import annotations

import os
from pathlib import Path

from timeline.io.parquet import MANIFEST, is_dataset
from timeline.store.dataset import DatasetStore
from timeline.store.db import Store, StoreError


def open_store(path: str | os.PathLike, *, create: bool = True) -> Store | DatasetStore:
    """A `DatasetStore` for a timeline Parquet dataset folder, the SQLite `Store` otherwise (created
    when missing and `create`). A folder that is neither is a StoreError naming it."""
    path = Path(path)
    if is_dataset(path):
        return DatasetStore(path)
    if path.is_dir():
        unfinished = (path / "events").is_dir()
        raise StoreError(f"{path}: a folder, but neither a timeline store file nor a finished Parquet dataset"
                         + (f" (it has events/ but no {MANIFEST}: the run that writes it did not finish)"
                            if unfinished else f" (no {MANIFEST})"))
    return Store(path, create=create)


def is_read_only(store: object) -> bool:
    """Whether a store opened by `open_store` can take articles and corrections (a dataset cannot)."""
    return bool(getattr(store, "read_only", False))
