"""`reader extract` as a user runs it: real subprocesses, bad inputs, pipes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import __version__

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = (
    "Council votes to close bridge\n\n"
    "The city council voted on Tuesday to close the Elm Street bridge, officials said. "
    "\u201cIt is unsafe,\u201d the mayor told reporters.\n\n"
    "Shop owners said they had not been consulted.\n"
)


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    full_env.pop("READER_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], input=stdin, capture_output=True, env=full_env, timeout=120
    )


def no_traceback(proc: subprocess.CompletedProcess) -> None:
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "Error:" not in err.replace("reader:", ""), err


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("inputs")
    good = d / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    md = d / "notes.md"
    md.write_text("# Notes\n\nThe mayor said it was *unsafe*.\n", encoding="utf-8")
    binary = d / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    empty = d / "empty.txt"
    empty.write_bytes(b"")
    folder = d / "folder"
    folder.mkdir()
    return {"good": good, "md": md, "binary": binary, "empty": empty, "folder": folder, "missing": d / "nope.txt"}


def test_many_paths_bad_ones_reported_one_line_each(files):
    order = ["good", "missing", "folder", "binary", "empty", "md"]
    proc = run("extract", *(str(files[k]) for k in order))
    assert proc.returncode == 1
    no_traceback(proc)
    docs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [d["path"] for d in docs] == [str(files["good"]), str(files["md"])]  # the good ones, in order
    assert docs[1]["format"] == "markdown"
    errors = proc.stderr.decode().splitlines()
    assert len(errors) == 4
    expected = {"missing": "no such file", "folder": "is a directory", "binary": "binary file", "empty": "empty file"}
    for line, key in zip(errors, ["missing", "folder", "binary", "empty"], strict=True):
        assert line.startswith(f"reader: {files[key]}: ") and expected[key] in line, line


def test_single_good_path_is_pretty_json(files):
    proc = run("extract", str(files["good"]))
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["schema"] == "reader.analysis/1"
    assert doc["text"] == ARTICLE  # UTF-8 with \n line ends: the text is the file
    assert proc.stdout.startswith(b"{\n")


def test_stdin(files):
    proc = run("extract", "-", stdin=ARTICLE.encode("utf-16"))
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["path"] == "-" and doc["text"] == ARTICLE


def test_empty_stdin_is_a_clear_error():
    proc = run("extract", "-", stdin=b"")
    assert proc.returncode == 1
    assert proc.stderr.decode().strip() == "reader: stdin: empty file, nothing to read"


def test_size_limit_is_fast_and_clear(tmp_path):
    # One 3 MB line with a 1 MB limit stands in for a 50 MB line with the default 32 MB limit.
    big = tmp_path / "oneline.txt"
    big.write_bytes(b"word " * (3 * 2**20 // 5))
    proc = run("extract", str(big), env={"READER_MAX_MB": "1"})
    assert proc.returncode == 1
    no_traceback(proc)
    assert "larger than the 1 MB limit" in proc.stderr.decode()
    assert proc.stdout == b""


def test_long_single_line_under_the_limit_is_analysed(tmp_path):
    line = tmp_path / "line.txt"
    line.write_text("The mayor said the bridge was unsafe and would close " * 2000, encoding="utf-8")
    proc = run("extract", "--format", "jsonl", str(line))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["sentences"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied(tmp_path, files):
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE)
    secret.chmod(0)
    proc = run("extract", str(secret), str(files["good"]))
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines() == [f"reader: {secret}: permission denied"]
    assert len(proc.stdout.splitlines()) == 1


def test_permission_denied_message(monkeypatch, tmp_path):
    """In-process twin of the test above, which root cannot run: the read itself fails."""
    from reader.ingest import IngestError, read_input

    target = tmp_path / "x.txt"
    target.write_text("x")

    def deny(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(IngestError, match=r"x\.txt: permission denied$"):
        read_input(str(target))


def test_version_and_help():
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.decode().strip() == f"reader {__version__}"
    proc = run("--help")
    assert proc.returncode == 0 and b"extract" in proc.stdout
    proc = run("extract", "--help")
    assert proc.returncode == 0 and b"--format" in proc.stdout


def test_usage_error_exits_2():
    proc = run("extract")
    assert proc.returncode == 2
    no_traceback(proc)


def test_broken_pipe_is_quiet(tmp_path):
    # More output than a pipe buffer holds, so the writer really meets a closed pipe.
    article = tmp_path / "long.txt"
    article.write_text("Headline\n\n" + "The mayor said the bridge was unsafe. " * 4000, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "extract", *[str(article)] * 3],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.read(10)
    proc.stdout.close()  # what `| head -c 10` does
    err = proc.stderr.read().decode("utf-8", "replace")
    code = proc.wait(timeout=120)
    assert head == b'{"schema":'
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert code == 0


def test_open_without_a_terminal_is_one_clear_line(files):
    """`reader a.txt > file` or a cron job: no escape codes in the file, no hang waiting for keys."""
    proc = run(str(files["good"]), stdin=b"")
    assert proc.returncode == 1
    no_traceback(proc)
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and "needs a terminal" in err and "reader extract" in err
    assert proc.stdout == b""


def test_open_reports_a_bad_input_before_the_missing_terminal(files):
    proc = run(str(files["missing"]), stdin=b"")
    assert proc.returncode == 1
    assert proc.stderr.decode().strip() == f"reader: {files['missing']}: no such file"


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("path, why", [("-", "stdin was the article"), ("a.txt", "stdin is not a terminal")])
def test_keys_need_a_terminal_when_stdin_is_not_one(monkeypatch, path, why):
    from reader import cli

    def no_tty(*args, **kwargs):
        raise OSError(6, "No such device or address")

    monkeypatch.setattr(cli.sys, "stdout", _Stream(True))
    monkeypatch.setattr(cli.sys, "stdin", _Stream(False))
    monkeypatch.setattr(cli, "open", no_tty, raising=False)
    with pytest.raises(cli.CliError, match=f"^{why}, and there is no terminal to read keys from$"):
        cli._need_terminal(path)


def test_a_terminal_on_both_ends_is_enough(monkeypatch):
    from reader import cli

    monkeypatch.setattr(cli.sys, "stdout", _Stream(True))
    monkeypatch.setattr(cli.sys, "stdin", _Stream(True))
    cli._need_terminal("a.txt")  # no error, nothing reattached


def test_no_article_and_no_bundled_demo_is_one_line(monkeypatch, capsys):
    from reader import cli, resources

    def missing(name):
        raise FileNotFoundError(f"bundled folder {name!r} is missing from this installation")

    monkeypatch.setattr(resources, "_find", missing)
    assert cli.main([]) == 1
    assert capsys.readouterr().err == ("reader: bundled folder 'seeds' is missing from this installation; "
                                       "give an article to open: reader PATH\n")


def test_version_and_extract_import_only_what_they_use(files):
    """Start-up paths stay fast: --version loads no analysis, store or UI; extract no store or UI."""
    heavy = ("reader.analysis", "reader.store", "reader.tui", "tinydb", "textual", "trafilatura", "pysbd")
    code = (
        "import sys; from reader.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    version = subprocess.run([sys.executable, "-c", code, "--version"], capture_output=True, env=env, timeout=60)
    assert version.stderr.decode().strip() == "[]"
    extract = subprocess.run([sys.executable, "-c", code, "extract", str(files["good"])], capture_output=True,
                             env=env, timeout=60)
    assert extract.stderr.decode().strip() == "['pysbd', 'reader.analysis']"


def test_error_lines_make_control_characters_in_paths_inert(tmp_path):
    name = str(tmp_path / "\x1b[2Jgone\u202e.txt")
    proc = run("extract", name)
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "\x1b" not in err and "\u202e" not in err
    assert err == f"reader: {tmp_path}/\\x1b[2Jgone\\u202e.txt: no such file\n"


def test_json_output_escapes_what_a_terminal_would_act_on(tmp_path):
    """C1 controls (\\x9b is a CSI) and bidi overrides from an article go out as \\u escapes: same value."""
    article = tmp_path / "c1.txt"
    text = "The mayor said the \x9b2J vote was \u202eeurt\u202c, caf\u00e9 owners said.\n"
    article.write_text(text, encoding="utf-8")
    proc = run("extract", "--format", "jsonl", str(article))
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 0
    assert "\x9b" not in out and "\u202e" not in out and "\\u009b2J" in out and "\\u202eeurt" in out
    assert "caf\u00e9" in out  # other text stays readable UTF-8
    assert json.loads(out)["text"] == text
