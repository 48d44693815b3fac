"""The dashboard: the page (page.py) and its parts, each testable without Streamlit: figures
(charts.py), filter state <-> URL (url_state.py), provenance (provenance.py), uploads (uploads.py)."""
