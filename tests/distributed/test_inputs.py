"""Partitions of the inputs (timeline.distributed.inputs): planned without reading the articles,
read lazily, and together exactly the articles (and errors) of reading every file whole."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from timeline.distributed import inputs
from timeline.io import articles as art
from timeline.io.parquet import BadArticle

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


def read_all(plan: inputs.Plan) -> tuple[list, list[BadArticle]]:
    articles, errors = [], []
    for p in plan.partitions:
        loaded, bad = inputs.load(p)
        articles += [item.article for item in loaded]
        errors += bad
    return articles, errors


def jsonl_file(path: Path) -> Path:
    lines = []
    for n in range(1, 41):
        if n == 7:
            lines.append('{"text": "broken')
        elif n == 12:
            lines.append("")
        elif n == 20:
            lines.append(json.dumps({"published": "2025-09-01", "title": "no text"}))
        else:
            lines.append(json.dumps({"text": f"Report {n}: ships moved " + "far " * (n % 5), "published": "2025-09-01",
                                     "title": f"Report {n}", "source": "Wire"}))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_a_large_jsonl_file_is_read_in_blocks_that_give_what_the_whole_file_gives(tmp_path):
    path = jsonl_file(tmp_path / "big.jsonl")
    plan = inputs.plan([path], partition_bytes=300)
    assert len(plan.partitions) > 5 and all(p.kind == "jsonl" for p in plan.partitions)
    assert [p.start for p in plan.partitions[1:]] == [p.stop for p in plan.partitions[:-1]]
    articles, errors = read_all(plan)
    whole = art.load_file(path)
    assert articles == whole.articles   # origins ("big.jsonl:33") name the file's own line numbers
    assert errors == [inputs.bad(e) for e in whole.errors]
    assert [e.record for e in errors] == ["7", "20"]


def test_small_files_are_grouped_and_every_file_is_read_once_in_order(tmp_path):
    plan = inputs.plan([SAMPLE], partition_bytes=5_000)
    assert 1 < len(plan.partitions) < 14
    assert [f for p in plan.partitions for f in p.files] == [str(f) for f in art.expand_paths([SAMPLE])]
    articles, errors = read_all(plan)
    assert not errors and articles == art.load_paths([SAMPLE]).articles


def test_parquet_is_read_by_row_groups_and_a_bad_row_is_named_by_its_number(tmp_path):
    texts = [f"Report {n}: the carrier arrived." if n != 6 else "" for n in range(1, 11)]
    table = pa.table({"text": texts, "published": [dt.date(2025, 11, 16)] * 10, "title": [None] * 10,
                      "id": [str(n) for n in range(10)]})
    path = tmp_path / "articles.parquet"
    pq.write_table(table, path, row_group_size=4)
    plan = inputs.plan([tmp_path], partition_bytes=1)
    assert [p.groups for p in plan.partitions] == [(0,), (1,), (2,)]
    assert [p.first for p in plan.partitions] == [1, 5, 9]
    articles, errors = read_all(plan)
    assert [a.origin for a in articles] == [f"{path}:{n}" for n in (1, 2, 3, 4, 5, 7, 8, 9, 10)]
    assert articles[0].title == "Report 1: the carrier arrived." and articles[0].published == dt.date(2025, 11, 16)
    assert errors == [BadArticle(str(path), "6", "empty article: no text")]


def test_bad_parquet_files_and_patterns_matching_nothing_are_errors_not_crashes(tmp_path):
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "notext.parquet")
    (tmp_path / "fake.parquet").write_text("not parquet")
    shutil.copy(SAMPLE / "2025-09-03-first-boat-strike.md", tmp_path)
    plan = inputs.plan([tmp_path, str(tmp_path / "missing-*.jsonl")])
    reasons = {Path(e.file).name: e.reason for e in plan.errors}
    assert reasons["notext.parquet"].startswith("Parquet file has no 'text' column")
    assert reasons["fake.parquet"].startswith("not a readable Parquet file")
    assert reasons["missing-*.jsonl"] == "no file matches this pattern"
    assert len(plan.partitions) == 1 and len(read_all(plan)[0]) == 1


def test_a_glob_stands_for_the_files_it_matches():
    plan = inputs.plan([str(SAMPLE / "2025-11-2*.md")])
    assert [Path(f).name for f in plan.files] == ["2025-11-22-faa-warning.md", "2025-11-24-cartel-designation-caine.md",
                                                  "2025-11-25-terror-label-options.md", "2025-11-27-russia-makarevich.md"]
