"""Whole-pipeline invariants: offsets, kept blocks covered by sentences, the fixed JSON shape."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis import analyse
from reader.analysis.model import STANCES
from reader.analysis.serialize import SCHEMA, to_dict
from reader.document import BLOCK_KINDS
from reader.ingest import IngestError, load_bytes, load_text

ARTICLE = """Council votes to close the old bridge

The city council voted 7-2 on Tuesday to close the Elm Street bridge, the mayor's office said.

Engineers found cracks in two supports last month. The bridge opened in 1931.
"""

# Paragraph-ish text: words, punctuation, newlines and blank lines.
words = st.sampled_from(["The", "mayor", "said", "U.S.", "3.5", "Dr.", "\u201cNo,\u201d", "it", "failed", "..."])
line = st.lists(words, min_size=1, max_size=12).map(" ".join).map(lambda s: s + st_end(s))
texts = st.lists(st.one_of(line, st.just(""), st.text(max_size=30)), max_size=12).map("\n".join)


def st_end(s: str) -> str:
    return "." if len(s) % 3 else ""


def check_invariants(text: str, fmt: str = "text") -> None:
    try:
        document = load_text(text, "x", fmt)
    except IngestError:
        # Only an input with nothing to read may be refused (one clear message, no crash).
        assert fmt == "markdown" or not "".join(c for c in text if c.isprintable()).strip()
        return
    analysis = analyse(document)
    doc_text = analysis.text
    blocks = analysis.blocks
    assert all(0 <= b.start <= b.end <= len(doc_text) for b in blocks)
    assert all(a.end <= b.start for a, b in zip(blocks, blocks[1:]))
    assert all((b.reason is None) == b.kept for b in blocks)
    assert all(b.kind in BLOCK_KINDS for b in blocks)
    for s in analysis.sentences:
        block = blocks[s.block]
        assert block.kept and block.start <= s.start < s.end <= block.end
        assert s.stance in STANCES
    for index, block in enumerate(blocks):
        if not block.kept:
            continue
        covered = "".join(doc_text[s.start : s.end] for s in analysis.sentences if s.block == index)
        expected = doc_text[block.start : block.end]
        assert covered.split() == expected.split() or "".join(covered.split()) == "".join(expected.split())


@given(texts)
def test_any_plain_text_keeps_the_invariants(text):
    check_invariants(text)


@given(st.text(max_size=300))
def test_any_markdown_keeps_the_invariants(text):
    check_invariants(text, "markdown")


def test_plain_text_offsets_are_file_offsets():
    analysis = analyse(load_text(ARTICLE, "a.txt"))
    assert analysis.text == ARTICLE
    first = next(s for s in analysis.sentences if "voted" in analysis.sentence_text(s))
    assert ARTICLE[first.start : first.end].startswith("The city council voted 7-2")


def test_json_has_the_fixed_fields():
    doc = json.loads(json.dumps(to_dict(analyse(load_text(ARTICLE, "a.txt")), "a.txt")))
    assert doc["schema"] == SCHEMA and doc["path"] == "a.txt"
    assert doc["title"] == "Council votes to close the old bridge"
    assert {"start", "end", "kind", "kept", "reason"} <= set(doc["blocks"][0])
    sentence = doc["sentences"][1]
    assert {"start", "end", "text", "stance", "attributions"} <= set(sentence)
    assert sentence["text"] == doc["text"][sentence["start"] : sentence["end"]]


@given(st.binary(max_size=600), st.sampled_from(["a.txt", "a.md", "a.html", "-"]))
def test_any_bytes_give_an_analysis_or_one_clear_error(data, name):
    """Fuzzing the whole path from bytes: the only exception a user may see is IngestError."""
    try:
        document = load_bytes(data, name)
    except IngestError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
        return
    analysis = analyse(document)
    to_dict(analysis, name)


def test_json_keeps_every_field_the_spec_fixes():
    """docs/analysis-json.md: the scorers read these; they may be added to, never renamed or dropped."""
    doc = to_dict(analyse(load_text(ARTICLE, "a.txt")), "a.txt")
    assert {"schema", "path", "title", "text", "blocks", "sentences"} <= set(doc)
    assert all(set(b) >= {"start", "end", "kind", "kept", "reason"} for b in doc["blocks"])
    attributed = [s for s in doc["sentences"] if s["attributions"]]
    assert attributed, "the article has an attributed sentence"
    for sentence in doc["sentences"]:
        assert {"start", "end", "text", "stance", "attributions"} <= set(sentence)
        for a in sentence["attributions"]:
            assert {"cue", "source", "content"} <= set(a)
            assert doc["text"][a["cue"]["start"] : a["cue"]["end"]] == a["cue"]["text"]
            if a["source"] is not None:
                assert doc["text"][a["source"]["start"] : a["source"]["end"]] == a["source"]["text"]
            assert all({"start", "end"} <= set(c) for c in a["content"])
    said = attributed[0]["attributions"][0]
    assert said["cue"]["text"] == "said" and said["source"]["text"] == "the mayor's office"


def test_analysis_in_parts_ends_exactly_as_the_whole():
    """The TUI shows a long document part by part; the final part must be the pipeline's result."""
    from reader.analysis.incremental import analyse_in_parts

    paragraphs = [f"Officials in district {n} said the bridge {n} would close. Residents denied it." for n in range(12)]
    document = load_text("Bridges to close\n\n" + "\n\n".join(paragraphs) + "\n", "a.txt")
    parts = list(analyse_in_parts(document, part_chars=200))
    assert len(parts) > 3 and [p.final for p in parts] == [False] * (len(parts) - 1) + [True]
    assert [p.done for p in parts] == sorted(p.done for p in parts) and parts[-1].done == 1.0
    assert parts[-1].analysis == analyse(document)
