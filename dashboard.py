"""The timeline dashboard: `streamlit run dashboard.py` (or `make run`).

The page itself is timeline/app/page.py; this file is only Streamlit's entry point.
"""
from timeline.app import page

page.run()
