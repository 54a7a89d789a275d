"""Ingest: bytes → text (encodings, line ends), format sniffing, Markdown, files and stdin."""

from __future__ import annotations

import codecs
import io
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.ingest import IngestError, load, load_bytes, load_text, max_bytes, read_input
from reader.ingest.decode import DecodeError, declared_charset, decode, preview
from reader.ingest.sniff import sniff_format

# Realistic multi-sentence samples: charset detection on a few words is guesswork.
ENGLISH_CP1252 = (
    "\u201cWe will not negotiate under pressure,\u201d the minister said on Tuesday, according to a "
    "statement. The caf\u00e9 owners\u2019 association, which represents 1,200 businesses, called the "
    "decision \u201creckless\u201d. Officials in Zurich and M\u00fcnchen declined to comment \u2014 a "
    "spokesperson said talks would resume next week.\n"
)
SPANISH_LATIN1 = (
    "El se\u00f1or Mu\u00f1oz dijo que la reuni\u00f3n hab\u00eda terminado sin acuerdo. Seg\u00fan fuentes "
    "del ministerio, la negociaci\u00f3n continuar\u00e1 el pr\u00f3ximo martes en la capital. Los "
    "representantes franceses se negaron a comentar la decisi\u00f3n del comit\u00e9.\n"
)
ENGLISH_LATIN1 = (
    "The report, published on Monday, found that na\u00efve estimates overstated the effect. Researchers "
    "at the caf\u00e9 r\u00e9sum\u00e9 workshop in S\u00e3o Paulo disputed the figures. The authors said "
    "their data were preliminary and would be revised.\n"
)
GERMAN_LATIN1 = (
    "Die Stra\u00dfenbahn f\u00e4hrt ab M\u00e4rz wieder \u00fcber die Br\u00fccke. Der B\u00fcrgermeister "
    "sagte am Montag, die Arbeiten seien fr\u00fcher als geplant abgeschlossen worden. Kritiker "
    "bezweifeln das.\n"
)
POLISH_CP1250 = (
    "Minister zdrowia powiedzia\u0142 w \u015brod\u0119, \u017ce szpitale otrzymaj\u0105 dodatkowe "
    "\u015brodki. Wed\u0142ug rzecznika resortu decyzja zapadnie w przysz\u0142ym tygodniu. Opozycja "
    "zarzuci\u0142a rz\u0105dowi, \u017ce sp\u00f3\u017ania si\u0119 z reform\u0105.\n"
)


# --- decoding ------------------------------------------------------------------------------


def test_utf8_without_bom_is_exactly_the_file():
    text = "Caf\u00e9 \u201cquotes\u201d \u2014 na\u00efve.\nSecond line.\n"
    assert decode(text.encode("utf-8")) == text


def test_utf8_bom_is_dropped():
    assert decode(codecs.BOM_UTF8 + "Caf\u00e9 ok.\n".encode()) == "Caf\u00e9 ok.\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_bom(codec):
    text = "The minister\u2019s statement, in full: \u201cno comment\u201d.\n"
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[codec]
    assert decode(bom + text.encode(codec)) == text


def test_truncated_utf16_with_bom_is_a_clear_error():
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode(codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00\xd8")  # lone high surrogate


@pytest.mark.parametrize(
    ("text", "codec"),
    [(ENGLISH_CP1252, "cp1252"), (SPANISH_LATIN1, "latin-1"), (ENGLISH_LATIN1, "latin-1"),
     (GERMAN_LATIN1, "latin-1"), (POLISH_CP1250, "cp1250")],
    ids=["english-cp1252", "spanish-latin1", "english-latin1", "german-latin1", "polish-cp1250"],
)
def test_legacy_encodings_are_detected(text, codec):
    data = text.encode(codec)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the sample really exercises detection
    assert decode(data) == text


def test_crlf_and_lone_cr_become_newlines():
    assert decode(b"one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"
    assert decode(codecs.BOM_UTF16_LE + "a\r\nb\r".encode("utf-16-le")) == "a\nb\n"


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"PK\x03\x04" + bytes(range(32)) * 4,
                                  bytes(range(0, 9)) * 50])
def test_binary_data_is_refused(data):
    with pytest.raises(DecodeError, match="binary"):
        decode(data)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=300))
def test_any_utf8_text_round_trips(text):
    assert decode(text.encode("utf-8")) == text


# --- HTML charset declarations ------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="windows-1252">', "cp1252"),
        (b"<meta charset=iso-8859-1>", "cp1252"),  # browsers read latin-1 labels as windows-1252
        (b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "cp932"),
        (b'<meta charset="utf-16">', None),  # a BOM-less file that says UTF-16 is not
        (b'<meta charset="no-such-codec">', None),
        (b"<p>no declaration</p>", None),
    ],
)
def test_declared_charset(head, expected):
    assert declared_charset(b"<html><head>" + head + b"</head><body></body></html>") == expected


def test_xml_declaration_charset():
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-15"?>\n<html>') == "iso8859-15"


def test_html_uses_its_declared_charset_when_not_utf8():
    text = "\u201cNa\u00efve\u201d \u2014 \u00e7a va."
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{text}</p></body></html>'
    assert text in decode(page.encode("cp1252"), html=True)


def test_valid_utf8_beats_a_stale_legacy_declaration():
    # A browser's "save page" re-encodes to UTF-8 but keeps the old <meta charset>.
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>caf\u00e9 \u2019</p></body></html>'
    assert "caf\u00e9 \u2019" in decode(page.encode("utf-8"), html=True)


def test_shift_jis_page():
    body = "\u65e5\u672c\u8a9e\u306e\u8a18\u4e8b\u3067\u3059\u3002\u653f\u5e9c\u306f\u767a\u8868\u3057\u305f"
    meta = '<meta http-equiv="content-type" content="text/html; charset=shift_jis">'
    page = f"<html><head>{meta}</head><body><p>{body}</p></body></html>"
    doc = load_bytes(page.encode("shift_jis"), "page.html")
    assert body in doc.text


def test_preview_reads_utf16_with_bom():
    data = codecs.BOM_UTF16_LE + "<!DOCTYPE html><html>".encode("utf-16-le")
    assert preview(data).startswith("<!DOCTYPE html>")
    assert sniff_format("-", preview(data)) == "html"


# --- sniffing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.html", "html"), ("A.HTM", "html"), ("x.xhtml", "html"), ("notes.md", "markdown"),
     ("n.markdown", "markdown"), ("story.txt", "text")],
)
def test_extension_decides(name, fmt):
    # The content says otherwise: the extension wins.
    content = "# Heading\n\n**bold** [x](http://y)\n" if fmt != "markdown" else "<html><body>x</body></html>"
    assert sniff_format(name, content) == fmt


@pytest.mark.parametrize(
    "content",
    [
        "<!DOCTYPE html>\n<html><body><p>x</p></body></html>",
        "  <!-- saved from url=(0040)https://example.com/ -->\n<html lang=en>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">',
        "<head><title>t</title></head>",
        "<meta charset=utf-8><title>x</title><p>y",
    ],
)
def test_content_sniffs_html(content):
    assert sniff_format("-", content) == "html"
    assert sniff_format("article", content) == "html"  # no extension


def test_content_sniffs_markdown():
    md = "# A headline\n\nSome text with a [link](https://example.com).\n\n- one\n- two\n"
    assert sniff_format("-", md) == "markdown"


@pytest.mark.parametrize(
    "content",
    [
        "The council met on Monday.\n\nIt said <b> tags are not a page, and 2 * 3 = 6.\n",
        "Menu\nHome\nNews\n\nPrices rose by 3%.\n- according to officials\n",
        "x < y and y > z, the paper says.\n",
    ],
)
def test_prose_stays_text(content):
    assert sniff_format("-", content) == "text"


# --- Markdown ------------------------------------------------------------------------------


MARKDOWN = """\
---
title: "Council: the vote"
author: Someone
---

# Council: the vote

The council **voted** 7\u20132 on [the plan](https://example.com/plan "Plan"), officials said.
A second line of the same paragraph.<br>After a break.

## Reactions

- Residents *welcomed* it.
- Critics said it was [rushed][r].
  1. A nested point.

> \u201cWe were not consulted,\u201d a shop owner said.

```
code stays  as   it is
```

| Party | Votes |
|-------|-------|
| Green | 4 |

![a chart](chart.png)

<div class="aside"><p>An aside in HTML.</p><script>alert(1)</script></div>

[r]: https://example.com/critics
"""


def blocks(doc):
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def test_markdown_structure():
    doc = load_text(MARKDOWN, "story.md")
    assert doc.format == "markdown"
    assert doc.title == "Council: the vote"
    assert blocks(doc) == [
        ("title", "Council: the vote"),
        ("paragraph", "The council voted 7\u20132 on the plan, officials said. A second line of the same "
                      "paragraph.\nAfter a break."),
        ("heading", "Reactions"),
        ("list", "Residents welcomed it."),
        ("list", "Critics said it was rushed."),
        ("list", "A nested point."),
        ("quote", "\u201cWe were not consulted,\u201d a shop owner said."),
        ("code", "code stays  as   it is"),
        ("other", "Party | Votes"),
        ("other", "Green | 4"),
        ("paragraph", "An aside in HTML."),
    ]
    assert "\n\n".join(t for _, t in blocks(doc)) == doc.text


def test_markdown_links_are_metadata():
    doc = load_text(MARKDOWN, "story.md")
    assert [(doc.text[lk.start : lk.end], lk.href) for lk in doc.links] == [
        ("the plan", "https://example.com/plan"),
        ("rushed", "https://example.com/critics"),
    ]


def test_markdown_title_from_h1_without_front_matter():
    doc = load_text("# Headline here\n\nBody text.\n", "x.md")
    assert doc.title == "Headline here"
    assert blocks(doc) == [("title", "Headline here"), ("paragraph", "Body text.")]


def test_markdown_front_matter_title_not_in_body_leads():
    doc = load_text("---\ntitle: The real title\n---\nBody only.\n", "x.md")
    assert blocks(doc) == [("title", "The real title"), ("paragraph", "Body only.")]


def test_markdown_without_title():
    doc = load_text("Just a paragraph.\n\n## Then a heading\n", "x.md")
    assert doc.title is None
    assert [k for k, _ in blocks(doc)] == ["paragraph", "heading"]


def test_markdown_with_nothing_readable_is_an_error():
    with pytest.raises(IngestError, match="no readable text"):
        load_text("![only an image](x.png)\n", "x.md")


# --- plain text ----------------------------------------------------------------------------


def test_plain_text_offsets_are_file_offsets():
    text = "Headline\n\nFirst paragraph, wrapped\nover two lines by the sender of the mail.\n"
    doc = load_bytes(text.encode(), "a.txt")
    assert doc.text == text
    assert [doc.text[b.start : b.end] for b in doc.blocks][0] == "Headline"


def test_crlf_text_file(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes(b"Title\r\n\r\nBody sentence one. Body two.\r\n")
    doc = load(str(path))
    assert doc.text == "Title\n\nBody sentence one. Body two.\n"


# --- files and stdin -----------------------------------------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_input(str(tmp_path / "nope.txt"))


def test_directory(tmp_path):
    with pytest.raises(IngestError, match="is a directory"):
        read_input(str(tmp_path))


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_input(content):
    with pytest.raises(IngestError, match="empty"):
        load_bytes(content, "e.txt")


def test_size_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_MAX_MB", "0.001")  # 1 KB
    assert max_bytes() == 1048
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 400)
    with pytest.raises(IngestError, match=r"file is 1\.95 KB, larger than the 1\.02 KB limit"):
        read_input(str(path))


@pytest.mark.parametrize("value", ["abc", "0", "-3", "nan", "inf"])
def test_bad_size_limit_falls_back_to_default(monkeypatch, value):
    monkeypatch.setenv("READER_MAX_MB", value)
    assert max_bytes() == 32 * 2**20


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"# Title\n\nFrom a pipe, with **markup**.\n")))
    doc = load("-")
    assert doc.format == "markdown"
    assert doc.text == "Title\n\nFrom a pipe, with markup."


def test_stdin_size_limit(monkeypatch):
    monkeypatch.setenv("READER_MAX_MB", "0.001")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 5000)))
    with pytest.raises(IngestError, match="^stdin: input larger"):
        load("-")


def test_format_override():
    doc = load_bytes(b"# not a heading\n", "x.md", fmt="text")
    assert doc.format == "text" and doc.text == "# not a heading\n"


def test_text_and_markdown_do_not_import_the_html_stack(tmp_path):
    """trafilatura and lxml cost ~0.15 s to import: only an HTML input should pay that."""
    import subprocess
    from pathlib import Path

    article = tmp_path / "a.md"
    article.write_text("# Title\n\nSome *text*.\n", encoding="utf-8")
    code = (
        "import sys; from reader.ingest import load; load(sys.argv[1]); load(sys.argv[2]); "
        "print(sorted(m for m in ('trafilatura', 'lxml', 'charset_normalizer') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parent.parent
    seed = root / "seeds" / "lebanon-ceasefire.txt"
    out = subprocess.run([sys.executable, "-c", code, str(article), str(seed)], capture_output=True, text=True,
                         env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_prepend_title_shifts_every_offset_by_the_title_and_its_blank_line():
    from reader.document import Block, Link
    from reader.ingest.build import TextBuilder, prepend_title

    builder = TextBuilder()
    builder.append("First para.", "paragraph")
    start = builder.append("See the report.", "paragraph")
    builder.links.append(Link(start + 8, start + 14, "https://example.org/r"))
    text, blocks, links = prepend_title(builder.text(), builder.blocks, builder.links, "Headline")
    assert text == "Headline\n\nFirst para.\n\nSee the report."
    assert [text[b.start : b.end] for b in blocks] == ["Headline", "First para.", "See the report."]
    assert [b.kind for b in blocks] == ["title", "paragraph", "paragraph"]
    assert [text[lk.start : lk.end] for lk in links] == ["report"]
    assert prepend_title("", [], [], "Only") == ("Only", [Block(0, 4, "title")], [])
