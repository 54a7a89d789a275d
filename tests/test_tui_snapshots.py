"""What the reader looks like: SVG snapshots (pytest-textual-snapshot; Textual is pinned).

Update after an intended change with ``pytest tests/test_tui_snapshots.py --snapshot-update``
and look at the report before committing.
"""

from __future__ import annotations

from tui_support import make_app, settle

SIZE = (110, 32)


def _press(*keys: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)

    return run_before


def test_main_screen(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_press())


def test_panel_with_source_stance_and_links(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_press("j", "j", "j"))


def test_stripped_boilerplate_shown(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_press("b", "G"))


def test_help_screen(snap_compare):
    assert snap_compare(make_app(), terminal_size=(110, 44), run_before=_press("question_mark"))


def test_note_editor(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_press("j", "a", *"Ask for the permit"))
