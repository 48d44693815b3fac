"""`python -m timeline check FILES...`: one line per article, one line per bad file, exit 1 on any error."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from timeline import cli

ROOT = Path(__file__).resolve().parents[2]


def write(path: Path, body: str, published: str | None = "2025-11-17", title: str | None = None) -> Path:
    head = []
    if title:
        head.append(f"title: {title}")
    if published:
        head.append(f"published: {published}")
    front = "---\n" + "\n".join(head) + "\n---\n" if head else ""
    path.write_text(front + body, encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, list[str], list[str]]:
    status = cli.main(["check", *argv])
    out, err = capsys.readouterr()
    return status, out.splitlines(), err.splitlines()


def test_good_files_list_title_date_and_length(tmp_path, capsys):
    a = write(tmp_path / "a.md", "Four words of text.", title="First")
    b = write(tmp_path / "b.md", "Two words", published="2025-08-20", title="Second")
    status, out, err = run(capsys, str(a), str(b))
    assert status == 0
    assert out == [f"{a}\t2025-11-17\t4 words\tFirst", f"{b}\t2025-08-20\t2 words\tSecond"]
    assert err == ["2 article(s) loaded, 0 error(s)"]


def test_published_flag_is_the_default_only(tmp_path, capsys):
    bare = write(tmp_path / "bare.txt", "No front matter here.", published=None)
    dated = write(tmp_path / "dated.md", "Has its own date.", published="2025-10-24")
    status, out, _ = run(capsys, str(bare), str(dated), "--published", "2025-09-03")
    assert status == 0
    assert [line.split("\t")[1] for line in out] == ["2025-09-03", "2025-10-24"]


def test_without_published_flag_a_bare_file_is_an_error(tmp_path, capsys):
    bare = write(tmp_path / "bare.txt", "No front matter here.", published=None)
    status, out, err = run(capsys, str(bare))
    assert status == 1 and out == []
    assert err[0].startswith(f"error: {bare}: no publication date")


def test_folder_argument_and_collection_rows(tmp_path, capsys):
    write(tmp_path / "one.md", "Text one.")
    (tmp_path / "rows.csv").write_text("published,text\n2025-11-16,Row two.\n2025-11-18,Row three.\n")
    (tmp_path / "README.md").write_text("not an article")
    status, out, _ = run(capsys, str(tmp_path))
    assert status == 0
    assert [line.split("\t")[0] for line in out] == [str(tmp_path / "one.md"), f"{tmp_path / 'rows.csv'}:2",
                                                     f"{tmp_path / 'rows.csv'}:3"]


def test_missing_file_is_one_error_and_the_rest_is_listed(tmp_path, capsys):
    good = write(tmp_path / "good.md", "Text.", title="Good")
    status, out, err = run(capsys, str(tmp_path / "nope.md"), str(good))
    assert status == 1
    assert out == [f"{good}\t2025-11-17\t1 words\tGood"]
    assert err == [f"error: {tmp_path / 'nope.md'}: no such file", "1 article(s) loaded, 1 error(s)"]


def test_bad_published_flag_is_a_usage_error(tmp_path, capsys):
    good = write(tmp_path / "good.md", "Text.")
    with pytest.raises(SystemExit) as exc:
        cli.main(["check", str(good), "--published", "2025-13-45"])
    assert exc.value.code == 2
    assert "'2025-13-45' is not a date in the form YYYY-MM-DD" in capsys.readouterr().err


def test_real_process_exit_status_and_no_traceback(tmp_path):
    good = write(tmp_path / "good.md", "Text.", title="Good")
    (tmp_path / "bin.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    proc = subprocess.run([sys.executable, "-m", "timeline", "check", str(tmp_path / "bin.md"), str(good)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [f"{good}\t2025-11-17\t1 words\tGood"]
    assert f"error: {tmp_path / 'bin.md'}: not a text file: looks like a PNG image" in proc.stderr.splitlines()
    assert "Traceback" not in proc.stderr


def test_help_lists_check():
    proc = subprocess.run([sys.executable, "-m", "timeline", "--help"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0 and "check" in proc.stdout
