"""Pilot tests of the reader's TUI: navigation, panel, filters, search, notes, safety."""

from __future__ import annotations

import pytest
from tui_support import ARTICLE, FakeStore, article_analysis, make_app, settle

from reader.ingest import load
from reader.resources import seed_article
from reader.tui.panel import SidePanel
from reader.tui.view import ArticleView, segments_text

SIZE = (110, 32)


def panel_text(app) -> str:
    return app.query_one(SidePanel).plain


def screen_lines(app) -> list[str]:
    view = app.query_one(ArticleView)
    return [segments_text(view.render_line(y)) for y in range(view.size.height)]


async def test_sentence_navigation_keys():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.view
        assert view.cursor == 0
        await pilot.press("j", "down")
        assert view.cursor == 2
        await pilot.press("k")
        assert view.cursor == 1
        await pilot.press("up")
        assert view.cursor == 0
        await pilot.press("G")
        assert view.cursor == len(view.sentences) - 1
        await pilot.press("g")
        assert view.cursor == 0
        await pilot.press("end")
        assert view.cursor == len(view.sentences) - 1
        await pilot.press("home")
        assert view.cursor == 0
        await pilot.press("k")  # at the top: stays
        assert view.cursor == 0


async def test_paragraph_claim_and_source_navigation():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.view
        await pilot.press("}")  # title → first paragraph
        assert view.cursor == 1
        await pilot.press("}")
        assert view.cursor == 3
        await pilot.press("{")  # back to the start of the previous paragraph
        assert view.cursor == 1
        await pilot.press("g", "c")  # next claim from the title
        assert view.cursor == 1
        await pilot.press("c", "c", "c", "c")
        assert view.cursor == 5
        await pilot.press("C")
        assert view.cursor == 4
        # "They" resolves to "two officials": same source as sentence 1
        await pilot.press("g", "j", "s")
        assert view.cursor == 2
        await pilot.press("S")
        assert view.cursor == 1


async def test_panel_shows_source_antecedent_badge_stance_and_links():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")  # "They said repairs would start in March."
        text = panel_text(app)
        assert "They \u2192 two officials" in text
        assert "anonymous" in text
        assert "reports" in text and "\u201csaid\u201d" in text
        await pilot.press("k")  # the denied sentence: reverse links
        text = panel_text(app)
        assert "is denied by #4" in text
        assert "is confirmed by #6" in text
        await pilot.press("j", "j")
        text = panel_text(app)
        assert "The council" in text and "organisation" in text
        assert "denies" in text and "\u201cdenied\u201d" in text and "a denial" in text
        assert "deny cue" not in text and "rule:" not in text  # the rules wait behind d
        await pilot.press("d")
        text = panel_text(app)
        assert "rule: deny cue" in text and "cue group: deny" in text
        await pilot.press("d")
        assert "rule:" not in panel_text(app)
        assert "denies #2" in text


async def test_enter_follows_link_and_back_returns():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.view
        view.set_cursor(3)
        await pilot.press("enter")
        assert view.cursor == 1
        await pilot.press("backspace")
        assert view.cursor == 3
        # two links point at sentence 1: Enter offers a choice
        view.set_cursor(1)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "Chooser"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert view.cursor == 5


async def test_panel_on_seed_article_follows_the_engine():
    path = str(seed_article())
    from reader.tui.app import ReaderApp
    from reader.tui.services import Services

    app = ReaderApp(load(path), path, services_factory=lambda: Services(None, "notes are off: test"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        analysis = app.analysis
        assert analysis is not None and app.final
        n = len(analysis.sentences)
        assert n > 5
        for index in (0, 3, n - 1):
            app.view.set_cursor(index)
            await pilot.pause()
            text = panel_text(app)
            sentence = analysis.sentences[index]
            assert f"Sentence {index + 1} of {n}" in text
            assert sentence.stance in text
            for a in sentence.attributions:
                if a.source is not None:
                    assert " ".join(analysis.text[a.source.start:a.source.end].split()) in text
        assert "notes are off: test" in text
        # the comment section of the seed is stripped, and shown with its reason on 'b'
        assert not any("Leave a Reply" in line for line in app.view.wrapped_text())
        await pilot.press("b")
        lines = app.view.wrapped_text()
        assert any("Leave a Reply" in line for line in lines)
        assert any("stripped: comment section" in line for line in lines)
        await pilot.press("b")
        assert not any("Leave a Reply" in line for line in app.view.wrapped_text())


async def test_panel_toggle():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        panel = app.query_one("#panel")
        assert panel.display
        await pilot.press("p")
        assert not panel.display
        await pilot.press("j", "p")
        assert panel.display
        assert "Sentence 2 of" in panel_text(app)


async def test_filter_by_stance_moves_only_among_matches():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.view
        app.apply_filter(("stance", "denies"))
        await pilot.pause()
        assert view.sentences[view.cursor].stance == "denies"
        start = view.cursor
        await pilot.press("j")
        assert view.cursor == start + 1 and view.sentences[view.cursor].stance == "denies"
        await pilot.press("j")  # no further denial: stays
        assert view.cursor == start + 1
        await pilot.press("escape")
        assert view.filter is None
        await pilot.press("j")
        assert view.cursor == start + 2


async def test_filter_by_source_from_the_chooser():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "Chooser"
        options = [label for label, _ in app.screen.choices]
        assert any(label.startswith("Source: two officials (2)") for label in options)
        index = next(i for i, label in enumerate(options) if label.startswith("Source: two officials"))
        for _ in range(index):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        view = app.view
        assert view.filter_label == "source two officials"
        assert view.cursor == 1
        await pilot.press("j")
        assert view.cursor == 2
        await pilot.press("j")
        assert view.cursor == 2


async def test_search_and_next_previous_match():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.view
        await pilot.press("slash")
        await pilot.press(*"repairs")
        await pilot.press("enter")
        await pilot.pause()
        assert view.cursor == 2  # first match after the title
        assert "repairs" in view.text[view.sentences[view.cursor].start:view.sentences[view.cursor].end]
        await pilot.press("n")
        assert view.cursor == 5
        await pilot.press("n")  # wraps to the top
        assert view.cursor == 2
        await pilot.press("N")
        assert view.cursor == 5
        assert app.focused is view
        assert "match 2/2" in app.query_one("#status").render().plain


async def test_a_fresh_search_starts_at_the_selected_sentence():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.view
        await pilot.press("j", "j")  # "They said repairs would start in March."
        await pilot.press("slash", *"repairs", "enter")
        await pilot.pause()
        assert view.cursor == 2  # its own match, not the next one
        assert "match 1/2" in app.query_one("#status").render().plain


async def test_mouse_click_selects_the_sentence_under_it():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.view
        target = 3
        row = view.rows_of_sentence(target).start - int(view.scroll_offset.y)
        start, _, _, _ = view.wrapped.lines[view.rows_of_sentence(target).start]
        col = view.sentences[target].start - start + view._margin() + 3
        await pilot.click(ArticleView, offset=(col + 2, row))
        assert view.cursor == target


async def test_cursor_move_refreshes_only_the_two_sentences():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.view
        refreshed: list[tuple[int, int]] = []
        original = view.refresh_lines
        view.refresh_lines = lambda y, n=1: (refreshed.append((y, n)), original(y, n))  # type: ignore[method-assign]
        await pilot.press("j")
        assert refreshed == [(view.rows_of_sentence(0).start, 1), (view.rows_of_sentence(1).start,
                                                                  len(view.rows_of_sentence(1)))]


async def test_markup_and_escape_sequences_render_literally():
    text = (
        "Title [bold]x[/] here\n\n"
        "He wrote [link=https://evil.example]click[/link] and [red]alarm[/red] today. "
        "Then came \x1b[31mred\x1b[0m and a bell\x07 and \x1b]0;pwned\x07 a title.\n"
    )
    app = make_app(text, no_store=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = "\n".join(screen_lines(app))
        assert "[bold]x[/]" in shown
        assert "[link=https://evil.example]click[/link]" in shown
        assert "[red]alarm[/red]" in shown
        assert "\u241b[31mred\u241b[0m" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        assert "\u2407" in shown
        # offsets are unchanged: the sentence still starts where the document says
        view = app.view
        k = next(i for i, s in enumerate(view.sentences) if "Then came" in view.text[s.start:s.end])
        view.set_cursor(k)
        await pilot.pause()
        assert "\x1b" not in app.query_one(SidePanel).plain
        # the styled segments of the rendered lines carry no link from the article
        for y in range(view.size.height):
            for segment in view.render_line(y):
                assert segment.style is None or not segment.style.link


async def test_note_editing_saves_through_the_store():
    store = FakeStore()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "a")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "NoteEditor"
        await pilot.press(*"Check the permit")
        app.screen.query_one("#note-tags").value = "bridge, council"
        app.screen.query_one("#note-verdict").value = "unverified"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen.__class__.__name__ != "NoteEditor"
        assert len(store.saved) == 1
        note = store.saved[0]
        assert note.body == "Check the permit"
        assert note.tags == ("bridge", "council")
        assert note.verdict == "unverified"
        assert note.anchor.exact.startswith("The city council will close")
        text = panel_text(app)
        assert "[unverified] Check the permit" in text and "#bridge" in text
        assert 1 in app.view.noted
        # editing the same sentence opens the note again
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.query_one("#note-body").text == "Check the permit"
        await pilot.press("end", *" again", "ctrl+s")
        await settle(pilot)
        assert len(store.saved) == 1 and store.saved[0].body == "Check the permit again"
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("ctrl+d")  # once: asks
        await settle(pilot)
        assert len(store.saved) == 1 and app.screen.__class__.__name__ == "NoteEditor"
        assert "again to delete" in str(app.screen.query_one("#note-error").render())
        await pilot.press("ctrl+d")
        await settle(pilot)
        assert store.saved == [] and 1 not in app.view.noted
        assert "none (a adds one)" in panel_text(app)


async def test_failed_save_keeps_the_text_and_says_why():
    store = FakeStore(fail_saves="the notes file is locked by another reader")
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a", *"keep me", "ctrl+s")
        await settle(pilot)
        assert app.screen.__class__.__name__ == "NoteEditor"
        assert app.screen.query_one("#note-body").text == "keep me"
        error = str(app.screen.query_one("#note-error").render())
        assert "Not saved: the notes file is locked by another reader" in error
        assert store.saved == []


async def test_without_a_store_notes_are_disabled_with_a_message():
    app = make_app(no_store=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.__class__.__name__ != "NoteEditor"
        assert "notes are off: no store in this test" in panel_text(app)


async def test_reading_position_is_saved_and_resumed(monkeypatch):
    import reader.tui.app as app_module

    monkeypatch.setattr(app_module, "POSITION_DELAY", 0.01)
    store = FakeStore()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "j")
        await pilot.pause(0.1)
        await settle(pilot)
    assert list(store.positions.values()) == [3]
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.view.cursor == 3


async def test_library_lists_articles_and_opens_one(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Another story\n\nThe mayor said the budget was balanced.\n")
    store = FakeStore()
    store.remember_article("x1", "Another story", str(other), other.read_text())
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        assert app.screen.__class__.__name__ == "LibraryScreen"
        table = app.screen.query_one("#library-table")
        assert table.row_count == 2
        titles = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert "Enter opens" in str(app.screen.query_one("#library-message").render())
        row = titles.index("Another story")
        for _ in range(row):
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot)
        assert app.path == str(other)
        assert "budget" in app.view.text
        assert app.view.sentences


async def test_export_notes_to_markdown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = FakeStore()
    analysis = article_analysis()
    s = analysis.sentences[3]
    store.add_note(FakeStore.article_id(ARTICLE), ARTICLE, s.start, s.end, body="Ask the council", tags=("t1",),
                   verdict="misleading")
    app = make_app(store=store, analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.action_export_notes()
        await settle(pilot)
        messages = [n.message for n in app._notifications]
    files = list(tmp_path.glob("*-notes.md"))
    assert len(files) == 1
    assert any(m == f"1 note exported to {files[0]}" for m in messages), messages  # says where it went
    md = files[0].read_text()
    assert md.startswith("# Notes: Council denies bridge closure")
    assert "> The council denied the report on Tuesday." in md
    assert "**Verdict:** misleading" in md and "Ask the council" in md


async def test_help_lists_every_binding_with_its_id():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HelpScreen"
        ids = [row[2] for row in app.screen.rows]
        for ident in ("sentence.next", "sentence.prev", "claim.next", "paragraph.next", "source.next",
                      "search.start", "search.next", "filter.choose", "note.edit", "panel.toggle",
                      "boilerplate.toggle", "sentence.first", "sentence.last"):
            assert ident in ids
        await pilot.press("a", "b")  # article actions do not act under a dialog
        assert app.screen.__class__.__name__ == "HelpScreen" and not app.view.show_stripped
        await pilot.press("escape")
        assert app.screen.__class__.__name__ == "Screen"


async def test_keymap_remaps_by_binding_id():
    app = make_app()
    app.set_keymap({"sentence.next": "ctrl+n"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+n")
        assert app.view.cursor == 1
        await pilot.press("j")
        assert app.view.cursor == 1


async def test_command_palette_offers_reader_commands():
    from reader.tui.commands import ReaderCommands

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        names = [name for name, _, _ in ReaderCommands(app.screen)._commands()]
        for wanted in ("Open file\u2026", "Export notes to Markdown", "Toggle stripped boilerplate",
                       "Filter: denies", "Next theme", "Library"):
            assert wanted in names
        theme = app.theme
        dict((n, cb) for n, cb, _ in ReaderCommands(app.screen)._commands())["Next theme"]()
        assert app.theme != theme


async def test_long_document_fills_in_as_analysis_lands():
    # distinct paragraphs: repeated ones would be stripped as boilerplate
    text = "A long report\n\n" + "\n\n".join(
        " ".join(f"The minister said plan {i}-{j} was ready. Critics said plan {i}-{j} was not." for j in range(20))
        for i in range(150)
    )
    from reader.analysis.incremental import analyse_in_parts
    from reader.tui.app import ReaderApp

    parts_seen: list[int] = []

    def analyse(doc):
        for part in analyse_in_parts(doc, part_chars=40_000):
            parts_seen.append(len(part.analysis.sentences))
            yield part

    from reader.ingest import load_text

    app = ReaderApp(load_text(text, "long.txt"), "long.txt", services_factory=None, analyse=analyse)
    async with app.run_test(size=SIZE) as pilot:
        # the text is on screen before any sentence is known
        assert any("The minister said" in line for line in screen_lines(app))
        await settle(pilot)
        assert len(parts_seen) > 3 and parts_seen == sorted(parts_seen)
        assert len(app.view.sentences) == parts_seen[-1] == 6001  # with the title
        await pilot.press("G")
        assert app.view.cursor == 6000


def test_incremental_analysis_matches_the_pipeline():
    from reader.analysis.incremental import analyse_in_parts
    from reader.analysis.pipeline import analyse
    from reader.ingest import load_text

    text = "A council story\n\n" + "\n\n".join(f"Paragraph {i} says the council met. Officials said no." for i in range(60))
    doc = load_text(text, "t.txt")
    whole = analyse(doc)
    parts = list(analyse_in_parts(doc, part_chars=500))
    assert len(parts) > 3 and parts[-1].final and not parts[0].final
    assert parts[-1].analysis.sentences == whole.sentences
    assert parts[-1].analysis.blocks == whole.blocks
    assert parts[-1].analysis.title == whole.title


@pytest.mark.parametrize("argv,needle", [
    (["/nonexistent/article.txt"], "no such file"),
])
def test_open_reports_bad_input_in_one_line_before_the_tui(argv, needle, capsys):
    from reader.cli import main

    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and needle in err


def test_open_binary_file_is_one_line(tmp_path, capsys):
    from reader.cli import main

    bad = tmp_path / "x.bin"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    assert main([str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "binary" in err


async def test_context_entries_stored_harvested_kept_and_added():
    from reader.analysis.context import Entry

    store = FakeStore()
    saved: list = []
    store.entries = lambda: [Entry("elm", "Elm Street bridge", "place", "A road bridge over the river")]
    store.save_entry = lambda entry: (saved.append(entry), entry)[1]
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        assert "Elm Street bridge (place) \u2014 A road bridge over the river" in panel_text(app)
        # "Mayor Ana Ruiz" in the fourth sentence: the article defines who she is
        app.view.set_cursor(next(i for i, s in enumerate(app.view.sentences)
                                 if "Ana Ruiz" in app.analysis.text[s.start : s.end]))
        await settle(pilot)
        assert "Ana Ruiz (person) \u2014 Mayor  harvested: K keeps it" in panel_text(app)
        await pilot.press("K")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "EntryEditor"
        assert app.screen.query_one("#entry-name").value == "Ana Ruiz"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert [e.name for e in saved] == ["Ana Ruiz"] and saved[0].provenance == "harvested"
        app.view.set_cursor(5)
        await settle(pilot)
        # a new entry from the selection starts from the sentence's source
        await pilot.press("x")
        await pilot.pause()
        assert app.screen.query_one("#entry-name").value == "A spokesman for the transport agency"
        await pilot.press("escape")
        assert app.screen.__class__.__name__ == "Screen"


async def test_notifications_show_paths_literally(tmp_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app._load_path(str(tmp_path / "[red]gone[/red]\x1b[2J.txt"))
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("[red]gone[/red]\u241b[2J.txt: no such file" in m for m in messages), messages


async def test_footer_keeps_its_key_keys_at_80_columns_and_refits_on_resize():
    from textual.widgets._footer import FooterKey

    from reader.tui.footer import key_width

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause()

        def shown() -> list[FooterKey]:
            return [w for w in app.screen.query(FooterKey) if not w.has_class("-command-palette")]

        actions = {w.action for w in shown()}
        assert {"note", "search", "filter", "help", "next_sentence"} <= actions
        assert sum(key_width(w.key_display, w.description) for w in app.screen.query(FooterKey)) <= 80
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        await pilot.pause()
        assert {"next_same_source", "toggle_boilerplate", "prev_sentence"} <= {w.action for w in shown()}


async def test_help_leaves_out_textual_internals():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        ids = [row[2] for row in app.screen.rows]
        assert not {"page_left", "page_right", "app.focus_next", "screen.copy_text"} & set(ids)
        assert ids.index("sentence.next") < ids.index("note.edit") < ids.index("app.quit")


def test_library_times_are_local_minutes_and_bad_ones_pass_through():
    from reader.tui.screens import local_time

    assert len(local_time("2026-01-01T10:00:00.000Z")) == len("2026-01-01 10:00")
    assert local_time("2026-01-01T10:00:00.000Z")[:4] in ("2025", "2026")
    assert local_time("yesterday") == "yesterday"


async def test_list_items_show_a_bullet_and_clicks_still_find_the_sentence():
    text = "# Kit\n\nWe packed four things.\n\n- Bottled water for everyone.\n- A map of the trail.\n\nThen we left.\n"
    app = make_app(text, path="kit.md")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.view
        target = next(i for i, s in enumerate(view.sentences) if view.text[s.start:s.end].startswith("A map"))
        row = view.rows_of_sentence(target).start
        line = screen_lines(app)[row - int(view.scroll_offset.y)]
        assert line.strip().startswith("\u2022 A map of the trail.")
        col = line.index("A map")
        assert view.offset_at(col, row - int(view.scroll_offset.y)) == view.sentences[target].start
        await pilot.click(ArticleView, offset=(col + 3, row - int(view.scroll_offset.y)))
        assert view.cursor == target


async def test_dialogs_show_their_own_keys_and_escape_closes_each():
    from textual.widgets._footer import FooterKey

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key, dialog, action in (("a", "NoteEditor", "save"), ("f", "Chooser", "cancel"),
                                    ("o", "OpenFile", "cancel"), ("question_mark", "HelpScreen", "dismiss")):
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()
            assert app.screen.__class__.__name__ == dialog
            actions = {w.action for w in app.screen.query(FooterKey)}
            assert action in actions and "next_sentence" not in actions
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen.__class__.__name__ == "Screen", dialog


async def test_an_article_that_is_all_boilerplate_says_so():
    app = make_app("Share this article\n\nSubscribe to our newsletter\n\nLeave a Reply\n")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not app.view.sentences
        assert "stripped as boilerplate" in panel_text(app) and "Press b" in panel_text(app)
        assert any("stripped as boilerplate" in n.message for n in app._notifications)
        await pilot.press("b")
        assert any(line.startswith("stripped:") for line in app.view.wrapped_text())


async def test_keys_with_nothing_to_act_on_say_so():
    app = make_app("Just one plain sentence here.\n")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        assert not app.view.show_stripped
        assert any("Nothing was stripped" in n.message for n in app._notifications)
    app = make_app("Share this article\n\nSubscribe to our newsletter\n")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "Screen"
        assert any("No sentence to annotate" in n.message for n in app._notifications)


async def test_bottom_pressed_before_the_analysis_lands_ends_on_the_last_sentence():
    import threading

    from reader.analysis.incremental import analyse_in_parts
    from reader.ingest import load_text
    from reader.tui.app import ReaderApp

    text = "A report\n\n" + "\n\n".join(f"The minister said plan {i} was ready. Critics said it was not {i}."
                                        for i in range(400))
    go = threading.Event()

    def analyse(doc):
        go.wait(10)
        yield from analyse_in_parts(doc, part_chars=4_000)

    app = ReaderApp(load_text(text, "r.txt"), "r.txt", services_factory=None, analyse=analyse)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("G")
        go.set()
        await settle(pilot)
        assert app.view.cursor == len(app.view.sentences) - 1 > 100


async def test_tab_never_strands_the_reading_keys_and_the_panel_scrolls_from_the_article():
    app = make_app(analysis=None, text=seed_article().read_text())
    async with app.run_test(size=(100, 16)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await pilot.press("j")
        assert app.view.cursor == 1 and app.focused is app.view
        panel = app.query_one("#panel")
        before = panel.scroll_offset.y
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert panel.scroll_offset.y > before
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert panel.scroll_offset.y == before


async def test_unsaved_note_survives_a_reflex_escape_or_quit():
    store = FakeStore()
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("escape")  # nothing typed: closes at once
        await pilot.pause()
        assert app.screen.__class__.__name__ == "Screen"
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Call the mayor", "escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "NoteEditor"
        assert "Esc again discards" in str(app.screen.query_one("#note-error").render())
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running and app.screen.__class__.__name__ == "NoteEditor"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert store.saved and store.saved[0].body == "Call the mayor"
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*" today", "escape", "escape")  # twice: the change is dropped
        await pilot.pause()
        assert app.screen.__class__.__name__ == "Screen" and store.saved[0].body == "Call the mayor"


async def test_theme_from_the_environment_and_T_says_how_to_keep_one(monkeypatch):
    monkeypatch.setenv("READER_THEME", "nord")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "nord"
        await pilot.press("T")
        assert app.theme != "nord"
        assert any(f"READER_THEME={app.theme}" in n.message for n in app._notifications)
    monkeypatch.setenv("READER_THEME", "no-such-theme")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"


async def test_panel_widens_on_a_wide_terminal_and_yields_on_a_narrow_one():
    app = make_app()
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        assert app.query_one("#panel").outer_size.width == 60
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.query_one("#panel").outer_size.width == 36
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert app.query_one("#panel").outer_size.width == 44


def test_help_explains_every_gutter_mark():
    from reader.tui import facts
    from reader.tui.screens import marks_legend

    legend = marks_legend().plain
    for stance, mark in facts.STANCE_MARKS.items():
        assert (f"{mark} {stance}" in legend) if mark.strip() else (f"no mark: {stance}" in legend)
    assert f"{facts.CLAIM_MARK} checkable claim" in legend and f"{facts.NOTE_MARK} has a note" in legend
