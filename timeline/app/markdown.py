"""Text for Streamlit's Markdown: what comes from articles, files and URLs is shown as the
characters it is, never as a link, image or formatting."""
from __future__ import annotations

import re


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: object) -> str:
    """Text for Streamlit's Markdown (st.info/st.error/st.caption...): every Markdown character
    backslash-escaped, so a title like `[click](javascript:...)` or `![x](http://...)` shows as
    the characters it is, never as a link, image or formatting."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
