"""The shape of the package, checked: layers import only downward, no project import hides in a
function, and linguistic knowledge lives in the tables of timeline/lang/, not in Python literals."""
from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

from timeline.actors.types import KINDS as ACTOR_TYPE_KINDS
from timeline.events.taxonomy import load_taxonomy
from timeline.records import COLUMNS, STATUSES, Article, Event, Filters, Source
from timeline.store import FRAME_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "timeline"

# The stages the data passes through, bottom first. A module may import its own layer and the layers
# below it (within one layer, only its own package), never a layer above.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("timeline.records", "timeline.lang"),
    ("timeline.io.articles", "timeline.io.parquet"),   # reading and writing files of records
    ("timeline.nlp", "timeline.timex"),
    ("timeline.places",),
    ("timeline.actors",),
    ("timeline.events",),
    ("timeline.table",),
    ("timeline.store", "timeline.io.export"),
    ("timeline.io.publish",),
    ("timeline.distributed",),
    ("timeline.app",),
    ("timeline.cli",),
    ("timeline.__main__", "timeline"),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> tuple[int, str]:
    """(rank, the layer entry it belongs to): the longest entry that is the module or a parent of it."""
    best = None
    for rank, entries in enumerate(LAYERS):
        for entry in entries:
            if module == entry or module.startswith(entry + "."):
                if best is None or len(entry) > len(best[1]):
                    best = (rank, entry)
    assert best is not None, f"{module} belongs to no layer of LAYERS"
    return best


MODULES = sorted(PACKAGE.rglob("*.py"))


def project_imports(tree: ast.AST, module: str) -> list[tuple[ast.AST, str]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node, alias.name) for alias in node.names if alias.name.startswith("timeline")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("timeline"):
            for alias in node.names:  # "from timeline import lang": the module imported is timeline.lang
                sub = f"{node.module}.{alias.name}"
                where = ROOT.joinpath(*sub.split("."))
                out.append((node, sub if where.is_dir() or where.with_suffix(".py").is_file() else node.module))
    return out


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_a_module_imports_only_its_own_layer_or_below(path):
    module = module_name(path)
    rank, entry = layer_of(module)
    for _node, target in project_imports(ast.parse(path.read_text(encoding="utf-8")), module):
        t_rank, t_entry = layer_of(target)
        assert t_rank < rank or (t_rank == rank and t_entry == entry), \
            f"{module} (layer {rank}: {entry}) imports {target} (layer {t_rank}: {t_entry})"


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_no_project_import_hides_inside_a_function(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for func in ast.walk(tree):
        if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(func):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                    assert not any(n.startswith("timeline") for n in names), \
                        f"{module_name(path)}.{func.name} imports {names} inside the function"


def test_dashboard_entry_is_thin():
    tree = ast.parse((ROOT / "dashboard.py").read_text(encoding="utf-8"))
    assert not [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))]
    assert len((ROOT / "dashboard.py").read_text(encoding="utf-8").splitlines()) <= 10


# ---------------------------------------------------------------- knowledge as data

WORD = re.compile(r"^[a-z][a-z' -]*[a-z]$")
PARSER_LABELS = {label.lower() for label in GLOSSARY}   # spaCy's labels ("nsubj", "amod"): the parser's scheme
REGEX_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "split"}
# The project's own identifiers (names of columns and record fields, statuses, categories,
# granularities, date bases, tense labels, value kinds): collections of these are no English lexicon.
IDENTIFIER_WORDS = (
    set(COLUMNS) | set(FRAME_COLUMNS) | set(STATUSES)
    | {f.name for record in (Event, Source, Article, Filters) for f in dataclasses.fields(record)}
    | set(load_taxonomy().categories) | set(ACTOR_TYPE_KINDS)
    | {"day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century", "unknown",
       "reference", "duration", "explicit", "narrative", "publication", "past", "present", "future", "scheduled",
       "perfect", "governed_past", "governed_future", "generic", "negated", "clause", "unreported", "governor",
       "speaker"}
)
# Other collections of words that are not English the engine matches against text: where, and why.
IDENTIFIERS = {
    "timeline/io/articles.py:DATE_KEY_MISTAKES": "keys other data formats use for the date, named in a message",
    "timeline/timex/model.py:Timex.to_dict": "keys of a tagged expression's JSON",
    "timeline/timex/resolve/__init__.py:RULES": "rule names of patterns.tsv",
    "timeline/places/__init__.py:__all__": "exported names",
    "timeline/timex/patterns.py:_tables": "names of lexicon tables",
    "timeline/timex/value.py:_DATE": "TIMEX3 value codes (XX, WE, SP, ...)",
    "timeline/events/__init__.py:__all__": "exported names",
    "timeline/app/page.py:UPLOAD_TYPES": "file suffixes",
    "timeline/app/page.py:facets": "keys of the sidebar's facets",
    "timeline/cli.py:cmd_ingest": "outcome counters",
    "timeline/io/publish.py:ACLED_COLUMNS": "ACLED's column names (its codebook's identifiers)",
    "timeline/io/publish.py:acled_row": "ACLED's column names (its codebook's identifiers)",
    "timeline/app/corrections.py:audit_section": "column names of the audit table",
    "timeline/app/maps.py:OFFLINE_GEO": "Plotly's names of its geo base layers (show<layer>)",
    "timeline/io/parquet.py:": "folder names of a Parquet dataset (EVENTS, PROVENANCE, ERRORS, ARTICLES)",
    "timeline/io/parquet.py:errors_table": "column names of a dataset's errors",
    "timeline/io/parquet.py:finish": "keys of a dataset's manifest",
    "timeline/store/dataset.py:AGGREGATE_COLUMNS": "column names of the aggregated chart data",
}


def _where(path: Path, stack: list[ast.AST]) -> str:
    names = []
    for node in stack:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and not names:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [t.id for t in targets if isinstance(t, ast.Name)][:1]
    return f"{path.relative_to(ROOT).as_posix()}:{'.'.join(names)}"


def english_literals(path: Path) -> list[tuple[str, int, list[str]]]:
    """(where, line, words) for every literal collection of three or more English-looking words, and
    every regular expression in Python code that alternates words."""
    found = []

    def visit(node: ast.AST, stack: list[ast.AST]) -> None:
        strings = None
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            strings = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        elif isinstance(node, ast.Dict):
            strings = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        if strings is not None:
            words = [s for s in strings if WORD.match(s) and s not in PARSER_LABELS and s not in IDENTIFIER_WORDS]
            if len(words) >= 3:
                found.append((_where(path, stack), node.lineno, words))
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in REGEX_CALLS and node.args \
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            words = re.findall(r"(?<![\\\w])[A-Za-z]{2,}(?=\||\))", node.args[0].value)
            if len(words) >= 2:
                found.append((_where(path, stack), node.lineno, words))
        for child in ast.iter_child_nodes(node):
            visit(child, stack + [node])

    visit(ast.parse(path.read_text(encoding="utf-8")), [])
    return found


def test_no_english_word_lists_or_patterns_in_python():
    stray = [f"{where} (line {line}): {words[:6]}" for path in MODULES
             for where, line, words in english_literals(path) if where not in IDENTIFIERS]
    assert not stray, ("English words belong in the tables of timeline/lang/en/ (words.tsv, contexts.tsv, ...), "
                       "not in Python:\n" + "\n".join(stray))


def test_every_identifier_allowance_is_still_needed():
    used = {where for path in MODULES for where, _line, _words in english_literals(path)}
    assert not set(IDENTIFIERS) - used, f"no longer needed: {sorted(set(IDENTIFIERS) - used)}"
