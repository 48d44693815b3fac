"""The store: articles, events and their sources in one SQLite file (db.py), written by
ingest.py, read by query.py, corrected by analysts through overrides.py, its schema kept by
migrations.py."""
from timeline.store.db import DEFAULT_PATH, Store, StoreError, default_path
from timeline.store.ingest import IngestOutcome, IngestReport
from timeline.store.migrations import SCHEMA_VERSION
from timeline.store.overrides import FIELDS, Correction, CorrectionError, CorrectionResult, Moved, location_value
from timeline.store.query import FRAME_COLUMNS

__all__ = ["DEFAULT_PATH", "Store", "StoreError", "default_path", "IngestOutcome", "IngestReport",
           "SCHEMA_VERSION", "FRAME_COLUMNS", "FIELDS", "Correction", "CorrectionError", "CorrectionResult", "Moved",
           "location_value"]
