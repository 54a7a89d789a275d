"""Saved HTML: main text with structure, title, links; odd encodings and broken pages."""

from __future__ import annotations

import pytest

from reader.analysis import analyse
from reader.ingest import IngestError, load_bytes, load_text
from reader.ingest.html import render_fragment

PARAGRAPHS = [
    "The city council voted on Tuesday to close the Elm Street bridge for repairs, a decision that "
    "residents had opposed for months. The vote was seven to two.",
    "Mayor Jane Ortiz said the closure would last until the end of the year. \u201cWe cannot keep a "
    "bridge open that engineers say is unsafe,\u201d she told reporters after the meeting.",
    "Shop owners on both sides of the river said they had not been consulted. Several of them plan "
    "to ask the county court to delay the work, according to a lawyer for the group.",
    "The engineering report, published in March, found corrosion in three of the bridge\u2019s "
    "supports. The council has set aside four million dollars for the repairs.",
]


def page(article: str, title: str = "Council votes to close Elm Street bridge", head: str = "",
         charset: str = "utf-8") -> str:
    menu = "".join(f'<li><a href="/{s}">{s.title()}</a></li>' for s in ("news", "sport", "weather", "opinion"))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}"><title>{title} | The Riverside Gazette</title>
<meta property="og:title" content="{title}">
<link rel="canonical" href="https://gazette.example.com/news/2024/bridge-vote">
<style>p {{ color: red }}</style>
<script>var tracking = "<p>not text</p>"; if (a < b && c > d) {{ render(); }}</script>
{head}</head>
<body>
<header><nav><ul>{menu}</ul></nav></header>
<main><article>
{article}
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/x">Another story entirely about something</a></li></ul></aside>
<footer><p>\u00a9 2024 The Riverside Gazette. All rights reserved.</p></footer>
</body></html>"""


ARTICLE = f"""<h1>Council votes to close Elm Street bridge</h1>
<p>{PARAGRAPHS[0].replace("seven to two", '<a href="/results/vote-42">seven to two</a>')}</p>
<p>{PARAGRAPHS[1]}</p>
<h2>Businesses object</h2>
<p>{PARAGRAPHS[2].replace("county court", '<a href="https://courts.example.org/county">county court</a>')}</p>
<blockquote><p>\u201cNobody asked us. Nobody came to talk to us before this vote.\u201d</p></blockquote>
<p>{PARAGRAPHS[3]}</p>
<ul><li>Closure starts on 1 June.</li><li>Detours via <b>Oak Avenue</b> and the ring road.</li></ul>
<pre>Budget:   $4,000,000
Duration: 7 months</pre>
<script>document.write("<p>injected</p>")</script>
<p>Entities: Tom &amp; Jerry &lt;3 &ldquo;caf&eacute;&rdquo; &#8212; &#x263A;.</p>
"""


def kinds(doc):
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


@pytest.fixture(scope="module")
def doc():
    return load_text(page(ARTICLE), "story.html")


def test_blocks_have_kinds(doc):
    got = kinds(doc)
    assert got[0] == ("title", "Council votes to close Elm Street bridge")
    assert ("heading", "Businesses object") in got
    assert ("quote", "\u201cNobody asked us. Nobody came to talk to us before this vote.\u201d") in got
    assert ("list", "Closure starts on 1 June.") in got
    assert ("list", "Detours via Oak Avenue and the ring road.") in got
    assert ("code", "Budget:   $4,000,000\nDuration: 7 months") in got
    for para in PARAGRAPHS:
        assert ("paragraph", para) in got


def test_text_is_blocks_joined_by_blank_lines(doc):
    assert doc.text == "\n\n".join(doc.text[b.start : b.end] for b in doc.blocks)
    assert doc.format == "html"


def test_boilerplate_scripts_and_styles_are_gone(doc):
    for junk in ("tracking", "not text", "injected", "color: red", "Most read", "All rights reserved", "Sport"):
        assert junk not in doc.text


def test_entities_are_decoded(doc):
    assert "Entities: Tom & Jerry <3 \u201ccaf\u00e9\u201d \u2014 \u263a." in doc.text


def test_title_from_metadata_marks_the_h1(doc):
    assert doc.title == "Council votes to close Elm Street bridge"
    assert sum(1 for b in doc.blocks if b.kind == "title") == 1


def test_links_are_metadata_resolved_against_the_canonical_url(doc):
    links = [(doc.text[lk.start : lk.end], lk.href) for lk in doc.links]
    assert ("seven to two", "https://gazette.example.com/results/vote-42") in links
    assert ("county court", "https://courts.example.org/county") in links


def test_title_not_in_body_is_a_leading_title_block():
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    d = load_text(page(article, title="Bridge to close for repairs"), "x.html")
    assert kinds(d)[0] == ("title", "Bridge to close for repairs")
    assert kinds(d)[1] == ("paragraph", PARAGRAPHS[0])
    assert d.title == "Bridge to close for repairs"
    # Offsets of later blocks and links account for the added title.
    assert d.text == "\n\n".join(d.text[b.start : b.end] for b in d.blocks)


def test_analysis_runs_on_html(doc):
    analysis = analyse(doc)
    assert analysis.title == "Council votes to close Elm Street bridge"
    said = [analysis.sentence_text(s) for s in analysis.sentences]
    assert any("Mayor Jane Ortiz said" in s for s in said)


def test_legacy_charset_declared_in_meta():
    html = page(ARTICLE.replace("Mayor Jane Ortiz", "Mayor Jos\u00e9 Pe\u00f1a"), charset="windows-1252")
    d = load_bytes(html.encode("cp1252", "xmlcharrefreplace"), "legacy.html")
    assert "Mayor Jos\u00e9 Pe\u00f1a said" in d.text
    assert "\u201cWe cannot keep a bridge open" in d.text


def test_xml_declaration_in_decoded_text_is_not_applied_twice():
    html = '<?xml version="1.0" encoding="iso-8859-1"?>\n' + page(ARTICLE)
    d = load_bytes(html.encode("utf-8"), "x.xhtml")
    assert "\u201ccaf\u00e9\u201d" in d.text  # would be mojibake if lxml re-decoded the UTF-8 as latin-1


def test_non_utf8_page_without_declaration_is_detected():
    html = page(ARTICLE).replace('<meta charset="utf-8">', "")
    d = load_bytes(html.encode("cp1252", "xmlcharrefreplace"), "nodecl.html")
    assert "\u201cWe cannot keep a bridge open that engineers say is unsafe,\u201d" in d.text


def test_short_page_falls_back_to_the_whole_body_with_structure():
    html = ("<html><head><title>Short note</title></head><body><nav><a href='/'>Home</a></nav>"
            "<h1>Short note</h1><p>The bridge reopens on Monday, the mayor said.</p>"
            "<p>See <a href='https://example.org/r'>the report</a>.</p></body></html>")
    d = load_text(html, "short.html")
    got = kinds(d)
    assert got[0] == ("title", "Short note")
    assert ("paragraph", "The bridge reopens on Monday, the mayor said.") in got
    assert ("paragraph", "See the report.") in got
    assert [(d.text[lk.start : lk.end], lk.href) for lk in d.links if lk.href.startswith("https")] == [
        ("the report", "https://example.org/r")
    ]


def test_fragment_without_html_tags():
    d = load_text("<p>Just a fragment with <b>bold</b> text.</p>", "frag.html")
    assert kinds(d) == [("paragraph", "Just a fragment with bold text.")]
    assert d.title is None


@pytest.mark.parametrize(
    "html",
    [
        "<html></html>",
        "<html><head><script>alert(1)</script></head><body><script>var a = '<p>hi</p>'</script></body></html>",
        "<html><body><!-- nothing here --></body></html>",
        "<html><frameset><frame src='a.html'></frameset></html>",
        "<html><body><img src='a.png'><svg><text>drawn</text></svg></body></html>",
    ],
    ids=["empty", "only-script", "only-comment", "frameset", "only-media"],
)
def test_no_text_is_a_clear_error(html):
    with pytest.raises(IngestError, match=r"^page\.html: no article text found"):
        load_text(html, "page.html")


def test_deeply_nested_markup_still_reads():
    html = "<html><body>" + "<div>" * 400 + "<p>Deep text here.</p>" + "</div>" * 400 + "</body></html>"
    assert "Deep text here." in load_text(html, "deep.html").text


def test_table_rows_are_blocks():
    pairs = (("Ward 1", "4 votes"), ("Ward 2", "3 votes"))
    rows = "".join(f"<tr><td>{a}</td><td></td><td>{b}</td></tr>" for a, b in pairs)
    blocks = render_fragment(f"<table><tr><th>Ward</th><th></th><th>Votes</th></tr>{rows}</table>")
    assert [(t, k) for t, k, _ in blocks] == [("Ward | Votes", "other"), ("Ward 1 | 4 votes", "other"),
                                              ("Ward 2 | 3 votes", "other")]


def test_line_breaks_and_whitespace():
    blocks = render_fragment("<p>  An   address:<br>  12 Elm   Street <br/>Riverside  </p><p>\n\tnext\n</p>")
    assert [t for t, _, _ in blocks] == ["An address:\n12 Elm Street\nRiverside", "next"]


def test_links_in_fragment_keep_offsets():
    blocks = render_fragment('<p>Read <a href="/a">the <i>full</i> report</a> and <a href="#top">top</a>.</p>')
    (text, kind, links), = blocks
    assert text == "Read the full report and top."
    assert [(text[s:e], h) for s, e, h in links] == [("the full report", "/a")]  # "#top" is not a target


def test_javascript_and_fragment_links_are_dropped_from_documents():
    html = page(ARTICLE.replace('href="/results/vote-42"', 'href="javascript:void(0)"'))
    d = load_text(html, "x.html")
    assert [(d.text[lk.start : lk.end], lk.href) for lk in d.links] == [
        ("county court", "https://courts.example.org/county")]  # the javascript: one is gone, the other kept


def test_invisible_and_control_characters_are_dropped():
    blocks = render_fragment("<p>bell\x07 and esc\x1b[31m red, ac\u00adcord\u200bing to \ufeffthem</p>")
    assert [t for t, _, _ in blocks] == ["bell and esc[31m red, according to them"]


def test_double_line_break_separates_paragraphs():
    blocks = render_fragment('<div>First paragraph, <a href="/a">linked</a>.<br><br> Second one.<br>Same one.</div>')
    assert [(t, k) for t, k, _ in blocks] == [("First paragraph, linked.", "paragraph"),
                                              ("Second one.\nSame one.", "paragraph")]
    assert blocks[0][2] == [(17, 23, "/a")]


def test_code_keeps_blank_lines():
    blocks = render_fragment("<pre>def f():\n\n    return 1\n</pre>")
    assert blocks == [("def f():\n\n    return 1", "code", [])]


# --- properties over generated pages -----------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_words = st.text(alphabet=st.sampled_from(list("abc xyz\u00e9\u201c\u201d.,&<>\n\t\u00a0")), max_size=30)


def _element(children):
    tags = st.sampled_from(["p", "div", "h2", "li", "ul", "blockquote", "pre", "a", "b", "br", "td", "tr", "table",
                            "script", "span"])
    return st.builds(lambda tag, kids: (tag, kids), tags, st.lists(children, max_size=4))


_tree = st.recursive(_words, _element, max_leaves=25)


def _html(node) -> str:
    if isinstance(node, str):
        return node.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    tag, kids = node
    inner = "".join(_html(k) for k in kids)
    attrs = ' href="/x"' if tag == "a" else ""
    return f"<{tag}{attrs}>" if tag == "br" else f"<{tag}{attrs}>{inner}</{tag}>"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_tree, min_size=1, max_size=5))
def test_any_page_gives_a_consistent_document(nodes):
    body = "".join(_html(n) for n in nodes)
    try:
        doc = load_text(f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>", "g.html")
    except IngestError as exc:
        assert "no article text found" in str(exc)
        return
    assert doc.text == "\n\n".join(doc.text[b.start : b.end] for b in doc.blocks)
    for b in doc.blocks:
        piece = doc.text[b.start : b.end]
        assert piece.strip()
        if b.kind != "code":
            assert piece == piece.strip() and "\n\n" not in piece and "  " not in piece
    for lk in doc.links:
        assert 0 <= lk.start < lk.end <= len(doc.text)
        assert doc.text[lk.start : lk.end].strip()


def test_opening_headline_wins_over_a_metadata_title_with_a_site_name():
    html = ('<html><head><meta property="og:title" content="Bridge closes for repairs | The Riverside Gazette">'
            "</head><body><article>"
            "<h1>Bridge closes for repairs</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>")
    d = load_text(html, "x.html")
    assert d.title == "Bridge closes for repairs"
    assert kinds(d)[:2] == [("title", "Bridge closes for repairs"), ("paragraph", PARAGRAPHS[0])]


def test_an_unrelated_opening_heading_is_not_the_title():
    html = ("<html><head><title>Bridge closes for repairs</title></head><body><article>"
            "<h2>Live updates</h2>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>")
    d = load_text(html, "x.html")
    assert d.title == "Bridge closes for repairs"
    assert kinds(d)[:2] == [("title", "Bridge closes for repairs"), ("heading", "Live updates")]
