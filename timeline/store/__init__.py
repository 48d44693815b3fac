"""The store: articles, events and their sources in one SQLite file (db.py), written by
ingest.py, read by query.py, corrected by analysts through overrides.py, its schema kept by
migrations.py; or a Parquet dataset read through DuckDB (dataset.py, read-only). opening.py
picks one by what the path is."""
from timeline.store.dataset import DatasetStore
from timeline.store.db import DEFAULT_PATH, Store, StoreError, default_path
from timeline.store.ingest import IngestOutcome, IngestReport
from timeline.store.migrations import SCHEMA_VERSION
from timeline.store.opening import is_read_only, open_store
from timeline.store.overrides import FIELDS, Correction, CorrectionError, CorrectionResult, Moved, location_value
from timeline.store.query import FRAME_COLUMNS

__all__ = ["DEFAULT_PATH", "Store", "StoreError", "default_path", "IngestOutcome", "IngestReport",
           "SCHEMA_VERSION", "DatasetStore", "open_store", "is_read_only", "FRAME_COLUMNS", "FIELDS", "Correction", "CorrectionError", "CorrectionResult", "Moved",
           "location_value"]
