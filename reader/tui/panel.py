"""The side panel: who says the selected sentence, how, what it links to, context, notes.

:func:`describe` is a pure function from the analysis (and the store's entries and
notes) to a ``rich.text.Text`` built from plain strings: article text never passes
through markup. The widget only swaps that Text in, so keeping the panel in step with
the cursor costs one small render per move.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.text import Text
from textual.widgets import Static

from reader.analysis.model import Analysis
from reader.tui import facts
from reader.tui.safe import inert

LABEL_WIDTH = 9
SNIPPET = 60


@dataclass(frozen=True, slots=True)
class ContextItem:
    """A context entry shown for a sentence; ``stored`` False for a harvested one."""

    name: str
    kind: str
    description: str
    stored: bool


@dataclass(frozen=True, slots=True)
class PanelInput:
    """Everything the panel shows besides the analysis (from the store, when present)."""

    context: Sequence[ContextItem] = ()
    notes: Sequence[Any] = ()  # reader.store Note objects (body, tags, verdict)
    notes_message: str | None = None  # why notes are unavailable, if they are
    reverse: dict[int, list[tuple[str, int]]] = field(default_factory=dict)


def snippet(text: str, limit: int = SNIPPET) -> str:
    one = inert(facts.clean(text))
    return one if len(one) <= limit else one[: limit - 1].rstrip() + "\u2026"


def _row(out: Text, label: str, first: Text | str, style: str = "") -> None:
    out.append(f"{label:<{LABEL_WIDTH}}", style="bold")
    if isinstance(first, Text):
        out.append_text(first)
    else:
        out.append(first, style=style)
    out.append("\n")


def _more(out: Text, line: Text | str, style: str = "") -> None:
    out.append(" " * LABEL_WIDTH)
    if isinstance(line, Text):
        out.append_text(line)
    else:
        out.append(line, style=style)
    out.append("\n")


def describe(analysis: Analysis, index: int, extra: PanelInput | None = None) -> Text:
    """The panel's text for sentence ``index`` of ``analysis``."""
    extra = extra or PanelInput()
    out = Text(end="")
    sentences = analysis.sentences
    if not 0 <= index < len(sentences):
        out.append("No sentence selected.", style="italic")
        return out
    text = analysis.text
    s = sentences[index]
    head = f"Sentence {index + 1} of {len(sentences)}"
    out.append(head, style="bold")
    if s.claim:
        out.append("  \u258e claim", style="bold")
    out.append("\n\n")

    # Who says it
    if not s.attributions:
        _row(out, "Source", "none written (the article's own voice)", "italic")
    for a in s.attributions:
        src = facts.source_of(text, a)
        line = Text()
        if src.written:
            line.append(inert(src.written))
            if src.resolved and src.resolved.casefold() != src.written.casefold():
                line.append(" \u2192 ")
                line.append(inert(src.resolved), style="bold")
        else:
            line.append("none written", style="italic")
        line.append("  ")
        line.append(f" {facts.BADGES.get(src.kind, src.kind)} ", style="reverse")
        _row(out, "Source", line)
        cue = Text(inert(facts.clean(text[a.cue.start : a.cue.end])), style="bold")
        cue.append(f"  ({a.cue_group})", style="italic")
        if a.rule:
            cue.append(f"  rule: {a.rule}", style="dim")
        _row(out, "Cue", cue)

    # How
    stance = Text(s.stance, style="bold")
    if s.stance_cues:
        stance.append("  because of ")
        for n, cue in enumerate(s.stance_cues):
            if n:
                stance.append(", ")
            stance.append("\u201c" + inert(facts.clean(text[cue.start : cue.end])) + "\u201d", style="italic")
    _row(out, "Stance", stance)
    if s.stance_rule:
        _more(out, Text(inert(s.stance_rule), style="dim"))

    # Links, both ways
    links: list[tuple[str, int]] = [(lk.kind, lk.target) for lk in s.links]
    for kind, source in extra.reverse.get(index, []):
        links.append((f"is {'denied' if kind == 'denies' else 'confirmed'} by", source))
    first = True
    for label, target in links:
        if not 0 <= target < len(sentences):
            continue
        line = Text()
        line.append(f"{label} ", style="bold")
        line.append(f"#{target + 1} ")
        line.append(snippet(analysis.sentence_text(sentences[target]), 44), style="italic")
        if first:
            _row(out, "Links", line)
        else:
            _more(out, line)
        first = False
    if not first:
        _more(out, Text("Enter jumps there; Backspace comes back", style="dim"))

    # Context entries
    first = True
    for item in extra.context:
        line = Text()
        line.append(inert(item.name), style="bold")
        if item.kind:
            line.append(f" ({inert(item.kind)})", style="dim")
        if item.description:
            line.append(" \u2014 " + inert(facts.clean(item.description)))
        if not item.stored:
            line.append("  harvested: K keeps it", style="italic dim")
        if first:
            _row(out, "Context", line)
            first = False
        else:
            _more(out, line)

    # Notes
    out.append("\n")
    if extra.notes_message:
        _row(out, "Notes", extra.notes_message, "italic dim")
    elif not extra.notes:
        _row(out, "Notes", "none (a adds one)", "dim")
    for n, note in enumerate(extra.notes):
        line = Text()
        verdict = getattr(note, "verdict", None)
        if verdict:
            line.append(f"[{inert(str(verdict))}] ", style="bold")
        line.append(inert(facts.clean(getattr(note, "body", "") or "")) or "(no text)")
        tags = getattr(note, "tags", ()) or ()
        if tags:
            line.append("  " + " ".join("#" + inert(str(t)) for t in tags), style="italic")
        if getattr(note, "orphan", False):
            line.append("  (its text changed)", style="dim")
        if n == 0:
            _row(out, "Notes", line)
        else:
            _more(out, line)
    return out


class SidePanel(Static):
    """The panel widget: shows :func:`describe`'s Text; nothing else to update."""

    def show(self, analysis: Analysis | None, index: int, extra: PanelInput | None = None) -> None:
        if analysis is None:
            self.update(Text("Analysing\u2026", style="italic"))
            return
        self.update(describe(analysis, index, extra))
