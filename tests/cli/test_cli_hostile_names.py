"""Issue 16, items 3, 5 and 6: file names that are not UTF-8 or carry control and bidi characters,
and folder arguments with no article files, through `check` and `ingest` (real processes, so the
terminal encoding is the strict UTF-8 a user's has)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "---\ntitle: {title}\npublished: 2025-11-17\n---\nThe carrier arrived in the Caribbean on Sunday, {title} said.\n"
HOSTILE = {
    b"bad\xff\xfe.md": "bad\\xff\\xfe.md",                                   # not UTF-8
    "osc\x1b]0;pwned\x07.md".encode(): "osc\\x1b]0;pwned\\x07.md",           # sets the terminal title
    "rtl\u202egnp.md".encode(): "rtl\\u202egnp.md",                          # right-to-left override
    "two\nlines\u2028.md".encode(): "two\\nlines\\u2028.md",                 # newline, line separator
    "iso\u2066late\u200b.md".encode(): "iso\\u2066late\\u200b.md",           # bidi isolate, zero-width space
}


def run(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "PYTHONUTF8": "0", "LC_ALL": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "timeline", *argv], cwd=cwd, capture_output=True, timeout=300,
                          env={**env, "PYTHONPATH": str(ROOT)})


@pytest.fixture
def folder(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, raw in enumerate(HOSTILE):
        (folder / os.fsdecode(raw)).write_text(ARTICLE.format(title=f"Report {n}"), encoding="utf-8")
    (folder / "good.md").write_text(ARTICLE.format(title="Plain"), encoding="utf-8")
    return folder


def shown(folder: Path, escaped: str) -> str:
    return f"{folder}/{escaped}"


def assert_clean(stream: bytes) -> str:
    text = stream.decode("utf-8")  # strict: no undecodable bytes were written
    assert "Traceback" not in text
    assert not any(ch in text for ch in "\x1b\x07\u202e\u2066\u200b\u2028"), text
    return text


def test_check_lists_every_file_with_its_name_escaped(folder):
    done = run("check", str(folder), cwd=folder.parent)
    out, err = assert_clean(done.stdout), assert_clean(done.stderr)
    assert done.returncode == 0, err
    lines = out.splitlines()
    assert len(lines) == len(HOSTILE) + 1  # one line per file, whatever its name holds
    assert sorted(line.split("\t")[0] for line in lines) == sorted(
        [shown(folder, e) for e in HOSTILE.values()] + [shown(folder, "good.md")])


def test_check_errors_name_the_file_escaped(tmp_path):
    bad = tmp_path / os.fsdecode(b"empty\xff\x1b[2J.md")
    bad.write_bytes(b"")
    done = run("check", str(bad), cwd=tmp_path)
    err = assert_clean(done.stderr)
    assert done.returncode == 1
    assert err.splitlines()[0] == f"error: {tmp_path}/empty\\xff\\x1b[2J.md: empty file (0 bytes)"


def test_ingest_stores_every_file_and_goes_on_after_a_name_that_is_not_utf8(folder):
    db = folder.parent / "t.db"
    done = run("ingest", str(folder), "--db", str(db), cwd=folder.parent)
    out, err = assert_clean(done.stdout), assert_clean(done.stderr)
    assert done.returncode == 0, err
    assert len(out.splitlines()) == len(HOSTILE) + 1 and all(" 1 added" in line for line in out.splitlines())
    with sqlite3.connect(db) as conn:
        origins = sorted(o for (o,) in conn.execute("SELECT origin FROM articles"))
    assert origins == sorted([shown(folder, e) for e in HOSTILE.values()] + [shown(folder, "good.md")])


def test_ingest_reports_a_folder_with_no_article_files_like_check(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    good = tmp_path / "good.md"
    good.write_text(ARTICLE.format(title="Plain"), encoding="utf-8")
    message = f"error: {empty}: folder has no article files (.txt, .md, .jsonl, .csv)"
    checked = run("check", str(empty), str(good), cwd=tmp_path)
    ingested = run("ingest", str(empty), str(good), "--db", str(tmp_path / "t.db"), cwd=tmp_path)
    assert checked.returncode == ingested.returncode == 1
    assert message in checked.stderr.decode().splitlines()
    assert message in ingested.stderr.decode().splitlines()
    assert " 1 added" in ingested.stdout.decode() and "1 error(s)" in ingested.stderr.decode()
    alone = run("ingest", str(empty), "--db", str(tmp_path / "other.db"), cwd=tmp_path)
    assert alone.returncode == 1 and alone.stderr.decode().splitlines() == [message]
    assert not (tmp_path / "other.db").exists()
