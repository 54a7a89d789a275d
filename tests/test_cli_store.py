"""reader notes / context / library from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.store import Store

ARTICLE = ("Harbour fees will double next year, the port authority said on Friday.\n\n"
           "Shipping firms said the increase was not announced in advance.\n")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("READER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def article(tmp_path: Path, home: Path) -> tuple[Path, str, object]:
    """An article file with two notes (one of them on a passage later removed)."""
    from reader.ingest import load

    path = tmp_path / "port.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    text = load(str(path)).text
    store = Store.open()
    aid = Store.article_id(text)
    store.remember_article(aid, "Port fees", str(path), text)
    q = "Harbour fees will double next year"
    store.add_note(aid, text, text.index(q), text.index(q) + len(q), body="Check the tariff sheet.",
                   tags=("ports", "money"), verdict="unverified")
    q2 = "the increase was not announced in advance"
    store.add_note(aid, text, text.index(q2), text.index(q2) + len(q2), body="Ask the firms.")
    return path, aid, store


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_notes_export_json_is_a_web_annotation_collection(article, capsys) -> None:
    path, aid, _ = article
    code, out, err = run(capsys, "notes", "export", str(path), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert "http://www.w3.org/ns/anno.jsonld" in data["@context"]
    assert data["type"] == "AnnotationCollection" and data["total"] == 2
    first = data["first"]["items"][0]
    assert first["type"] == "Annotation" and first["id"].startswith("urn:uuid:")
    assert first["motivation"] == "assessing"
    selectors = {s["type"]: s for s in first["target"]["selector"]}
    quote, pos = selectors["TextQuoteSelector"], selectors["TextPositionSelector"]
    assert quote["exact"] == "Harbour fees will double next year"
    from reader.ingest import load

    assert load(str(path)).text[pos["start"]:pos["end"]] == quote["exact"]
    purposes = {b["purpose"]: b["value"] for b in first["body"]}
    assert purposes["commenting"] == "Check the tariff sheet." and purposes["assessing"] == "unverified"
    assert first["target"]["source"] == path.resolve().as_uri()


def test_notes_export_markdown_shows_orphans_after_an_edit(article, capsys, tmp_path) -> None:
    path, _, _ = article
    path.write_text(ARTICLE.replace("Shipping firms said the increase was not announced in advance.",
                                    "Shipping firms declined to comment."), encoding="utf-8")
    out_file = tmp_path / "notes.md"
    code, _, err = run(capsys, "notes", "export", str(path), "--format", "md", "-o", str(out_file))
    assert code == 0, err
    md = out_file.read_text(encoding="utf-8")
    assert "> Harbour fees will double next year" in md and "**Verdict:** unverified" in md
    assert "## Orphaned notes" in md
    assert md.index("## Orphaned notes") < md.index("the increase was not announced in advance")


def test_notes_export_by_library_id_and_bad_input(article, capsys) -> None:
    _, aid, _ = article
    code, out, _ = run(capsys, "notes", "export", aid)
    assert code == 0 and "Check the tariff sheet." in out
    code, out, err = run(capsys, "notes", "export", "/no/such/file.txt")
    assert code == 1 and err.count("\n") == 1 and "no such file" in err and "Traceback" not in err


def test_context_add_list_export_import_delete(home, capsys, tmp_path) -> None:
    code, out, _ = run(capsys, "context", "add", "Maria Lopez", "--kind", "person",
                       "--description", "harbour master", "--alias", "Lopez")
    assert code == 0 and "maria-lopez" in out
    code, out, _ = run(capsys, "context", "list", "--kind", "person")
    assert "Maria Lopez (Lopez)\tharbour master" in out and "Najib Mikati" in out
    code, out, _ = run(capsys, "context", "list", "--json")
    assert any(json.loads(line)["id"] == "maria-lopez" for line in out.splitlines())
    export = tmp_path / "ctx.json"
    assert run(capsys, "context", "export", "-o", str(export))[0] == 0
    data = json.loads(export.read_text(encoding="utf-8"))
    assert data["format"] == "reader.context/1" and any(e["id"] == "maria-lopez" for e in data["entries"])
    assert run(capsys, "context", "delete", "maria-lopez")[0] == 0
    assert "maria-lopez" not in run(capsys, "context", "list")[1]
    code, out, _ = run(capsys, "context", "import", str(export))
    assert code == 0 and "imported" in out
    assert "Maria Lopez" in run(capsys, "context", "list")[1]


def test_context_import_rejects_bad_files_whole(home, capsys, tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"entries": [{"name": "Good One", "kind": "person"},
                                           {"name": "Bad One", "kind": "planet"}]}))
    code, _, err = run(capsys, "context", "import", str(bad))
    assert code == 1 and "entry 2" in err and err.count("\n") == 1
    assert "Good One" not in run(capsys, "context", "list")[1]  # nothing imported
    bad.write_text("{not json")
    code, _, err = run(capsys, "context", "import", str(bad))
    assert code == 1 and "not valid JSON" in err


def test_library_lists_and_searches(article, capsys) -> None:
    _, aid, _ = article
    code, out, _ = run(capsys, "library")
    assert code == 0 and aid in out and "Port fees" in out and "2 notes" in out
    assert aid in run(capsys, "library", "shipping", "increase")[1]  # words from the text
    code, out, err = run(capsys, "library", "volcano")
    assert code == 0 and out == "" and "no articles match" in err
    rows = [json.loads(line) for line in run(capsys, "library", "--json")[1].splitlines()]
    assert rows[0]["article_id"] == aid and rows[0]["note_count"] == 2


def test_control_characters_from_data_are_inert(home, capsys) -> None:
    store = Store.open()
    evil = "Evil\x1b[2J title"
    store.remember_article("0123456789abcdef", evil, "", "Some text.")
    out = run(capsys, "library")[1]
    assert "\x1b" not in out and "\\x1b[2J" in out


def test_notes_list_shows_offsets_verdicts_and_orphans(article, capsys) -> None:
    path, _, _ = article
    path.write_text(ARTICLE.replace("Shipping firms said the increase was not announced in advance.", "Nothing."),
                    encoding="utf-8")
    code, out, _ = run(capsys, "notes", "list", str(path))
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert "[unverified]" in lines[0] and "Check the tariff sheet." in lines[0]
    assert "(orphan)" in lines[1] and "Ask the firms." in lines[1]


def test_bidi_overrides_from_data_are_inert(home, capsys) -> None:
    """U+202E would make the terminal show the rest of the line backwards."""
    Store.open().remember_article("0123456789abcdef", "Ministry \u202edias\u202c report", "", "Some text.")
    out = run(capsys, "library")[1]
    assert "\u202e" not in out and "\u202c" not in out
    assert "Ministry \\u202edias\\u202c report" in out


def test_reader_home_that_is_a_file_is_one_clear_line(tmp_path, monkeypatch, capsys) -> None:
    (tmp_path / "file").write_text("not a folder")
    for home in (tmp_path / "file", tmp_path / "file" / "sub"):
        monkeypatch.setenv("READER_HOME", str(home))
        code, out, err = run(capsys, "library")
        assert code == 1 and out == ""
        assert err == f"reader: the reader's data folder {home} is not a folder (it, or a folder above it, " \
                      "is a file); set READER_HOME to a folder\n"


def test_web_annotation_of_an_orphan_has_no_stale_position(article, capsys) -> None:
    """Selectors in one list are alternatives: a position that no longer holds the quote would contradict it."""
    path, _, _ = article
    path.write_text(ARTICLE.replace("Shipping firms said the increase was not announced in advance.", "Nothing."),
                    encoding="utf-8")
    data = json.loads(run(capsys, "notes", "export", str(path), "--format", "json")[1])
    kept, orphan = data["first"]["items"]
    assert orphan["reader:orphan"] is True and "reader:orphan" not in kept
    assert [s["type"] for s in orphan["target"]["selector"]] == ["TextQuoteSelector"]
    assert [s["type"] for s in kept["target"]["selector"]] == ["TextQuoteSelector", "TextPositionSelector"]
    assert kept["created"].endswith("Z") and kept["modified"].endswith("Z")


def test_web_annotation_leaves_out_missing_dates() -> None:
    from reader.cli_store import notes_to_web_annotation
    from reader.store import Anchor, Note

    note = Note(id="n1", article_id="a", anchor=Anchor("fees", "Harbour ", " will", 8, 12))
    (item,) = notes_to_web_annotation("a", "T", "", [note])["first"]["items"]
    assert "created" not in item and "modified" not in item and item["motivation"] == "highlighting"


def test_markdown_export_keeps_article_text_literal() -> None:
    from reader.cli_store import notes_to_markdown
    from reader.store import Anchor, Note

    quote = "see [the docs](javascript:alert(1)) and <b>#1</b> *now*"
    note = Note(id="n1", article_id="a", anchor=Anchor(quote, "", "", 0, len(quote)), body="My **own** view",
                tags=("a_b",))
    md = notes_to_markdown("# Breaking", "x.txt", [note])
    assert md.splitlines()[0] == "# Notes: \\# Breaking"
    assert "> see \\[the docs\\](javascript:alert(1)) and \\<b\\>\\#1\\</b\\> \\*now\\*" in md
    assert "**Tags:** a\\_b" in md and "My **own** view" in md


@pytest.mark.parametrize("record, why", [
    ({"name": "A", "aliases": 5}, "'aliases' must be a list of strings"),
    ({"name": "A", "links": {"x": 1}}, "'links' must be a list of strings"),
    ({"name": "A", "source_span": [1, True]}, "'source_span' must be two integers"),
])
def test_context_import_of_a_mistyped_field_is_one_line(home, capsys, tmp_path, record, why) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([record]))
    code, out, err = run(capsys, "context", "import", str(bad))
    assert (code, out) == (1, "")
    assert err == f"reader: {bad}: entry 1: entry 'A': {why}\n"


def test_an_unexpected_failure_is_one_line_unless_debugging(home, capsys, monkeypatch) -> None:
    import reader.cli_store as cli_store

    def broken(argv):
        raise RuntimeError("something broke")

    monkeypatch.setitem(cli_store.COMMANDS, "library", broken)
    monkeypatch.delenv("READER_DEBUG", raising=False)
    code, _, err = run(capsys, "library")
    assert code == 1
    assert err == "reader: internal error (RuntimeError: something broke); set READER_DEBUG=1 for details\n"
    monkeypatch.setenv("READER_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["library"])


def test_every_store_command_is_dispatched() -> None:
    from reader import cli, cli_store

    assert set(cli.STORE_COMMANDS) == set(cli_store.COMMANDS)
