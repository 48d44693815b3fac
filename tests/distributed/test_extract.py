"""A distributed run end to end on a 2-worker LocalCluster: the dataset holds exactly the rows of
single-process `extract` on the same articles, a bad article is an error that stops nothing, and a
worker killed in the middle of the run changes nothing in the output."""
from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import dask
import pytest

from timeline import nlp
from timeline.cli import main
from timeline.distributed import extract as dx
from timeline.distributed import inputs
from timeline.events import extract
from timeline.io import articles as art
from timeline.io import parquet

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
# Two reports of the deployment of August 14, three of the first boat strike: merges across partitions.
NAMES = ("2025-08-15-us-warships-caribbean.md", "2025-08-22-rubio-partners-guadeloupe.md",
         "2025-09-03-first-boat-strike.md", "2025-09-17-rights-groups-strikes.md")


def order(events):
    return sorted(events, key=lambda e: (e.date, e.date_end, e.event_id))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name in NAMES:
        shutil.copy(SAMPLE / name, folder)
    (folder / "undated.md").write_text("US warships sailed toward Venezuela on Monday.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def expected(corpus):
    return order(extract(art.load_paths([corpus]).articles))


def leftovers(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if p.name.endswith(".tmp") or p.name in (dx.WORK, "rows")]


def test_the_dataset_holds_the_rows_of_extract(client, corpus, expected, tmp_path):
    plan = inputs.plan([corpus], partition_bytes=1)   # one file a partition
    out = tmp_path / "ds"
    result = dx.run(client, plan, out)
    assert result.written and result.partitions == 5 and result.articles == 4
    assert order(parquet.read_events(out)) == expected
    assert any(len({s.article_id for s in e.sources}) > 1 for e in expected)   # merged across partitions
    assert [(Path(e.file).name, e.record) for e in parquet.read_errors(out)] == [("undated.md", "")]
    assert parquet.read_errors(out)[0].reason.startswith("no publication date")
    assert sorted(a.origin for a in parquet.read_articles(out)) == sorted(str(corpus / n) for n in NAMES)
    assert not leftovers(out) and not [p for p in tmp_path.iterdir() if p.name != "ds"]
    assert set(client.run(pipelines_loaded).values()) == {1}   # once per worker, not once per article


def pipelines_loaded() -> int:
    return nlp.load.cache_info().misses


def test_a_worker_killed_during_the_run_changes_nothing(client, corpus, expected, tmp_path):
    plan = inputs.plan([corpus], partition_bytes=1)
    pids_before = set(client.run(os.getpid).values())
    killed = []

    def kill_a_busy_worker(label, done, total):
        if label.startswith("extract") and done == 1 and not killed:
            busy = [w for w, keys in client.processing().items() if keys]
            assert busy, "no partition left running to kill"
            pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    out = tmp_path / "ds"
    result = dx.run(client, plan, out, progress=kill_a_busy_worker)
    assert killed and killed[0] in pids_before
    assert result.written and result.articles == 4 and len(result.errors) == 1
    assert order(parquet.read_events(out)) == expected   # no duplicate, no gap
    assert len(parquet.read_articles(out)) == 4
    assert not leftovers(out)
    client.wait_for_workers(2, timeout=60)   # the nanny restarted it
    assert killed[0] not in set(client.run(os.getpid).values())


def test_the_command_line_runs_on_a_cluster_and_reports_in_one_line_each(client, corpus, expected, tmp_path, capsys):
    out = tmp_path / "ds"
    address = client.scheduler.address
    status = main(["extract", str(corpus), "--parquet", str(out), "--scheduler", address, "--partition-bytes", "5000"])
    captured = capsys.readouterr()
    assert status == 1   # an article could not be used: said, and the rest written
    assert f"error: {corpus / 'undated.md'}: no publication date" in captured.err
    assert "Traceback" not in captured.err
    summary = captured.out.strip().splitlines()[-1]
    assert summary.startswith(f"4 article(s), {len(expected)} event(s)") and "1 error(s)" in summary
    assert "extract partitions: 2/2 tasks" in captured.err
    assert order(parquet.read_events(out)) == expected


def test_command_line_mistakes_are_one_line_and_write_nothing(tmp_path, capsys):
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine")
    sample = str(SAMPLE / NAMES[0])
    cases = [(["extract", sample], "nothing to write: give --csv OUT.csv (or --parquet OUT_DIR)"),
             (["extract", sample, "--parquet", str(tmp_path / "a"), "--csv", "x.csv"], "--csv cannot go with --parquet"),
             (["extract", sample, "--parquet", str(tmp_path / "a"), "--scheduler", "tcp://x:1", "--workers", "2"],
              "give --scheduler ADDRESS or --workers N, not both"),
             (["extract", "-", "--parquet", str(tmp_path / "a")], "standard input ('-') cannot be read"),
             (["extract", sample, "--csv", "x.csv", "--scheduler", "tcp://x:1"], "--scheduler goes with --parquet"),
             (["extract", str(tmp_path / "none-*.md"), "--parquet", str(tmp_path / "a")], "no file matches this pattern"),
             (["extract", sample, "--parquet", str(tmp_path / "a"), "--scheduler", "tcp://127.0.0.1:9"],
              "cannot reach the scheduler at tcp://127.0.0.1:9"),
             (["extract", sample, "--parquet", str(taken)], "taken: exists and is not a timeline dataset; not overwritten")]
    for argv, message in cases:
        with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
            assert main(argv) == 1
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err, (argv, err)
    assert not (tmp_path / "a").exists() and [p.name for p in taken.iterdir()] == ["notes.txt"]
