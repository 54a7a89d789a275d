"""The side panel: who says the selected sentence, how, what it links to, context, notes.

:func:`describe` is a pure function from the analysis (and the store's entries and
notes) to a ``rich.text.Text`` built from plain strings: article text never passes
through markup. The widget only swaps that Text in, so keeping the panel in step with
the cursor costs one small render per move.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from reader.analysis.model import Analysis
from reader.tui import facts
from reader.safe import inert

LABEL_WIDTH = 9
SNIPPET = 60
DESCRIPTION = 140


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
    details: bool = False  # show the rule behind each result (the analysis's own names)


def snippet(text: str, limit: int = SNIPPET) -> str:
    one = inert(facts.clean(text))
    return one if len(one) <= limit else one[: limit - 1].rstrip() + "\u2026"


class _Rows:
    """Label/value rows (a label of "" continues the row above; None is a gap)."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, Text] | None] = []

    def add(self, label: str, value: Text | str, style: str = "") -> None:
        self.rows.append((label, value if isinstance(value, Text) else Text(value, style=style)))

    def gap(self) -> None:
        self.rows.append(None)


def _row(out: _Rows, label: str, value: Text | str, style: str = "") -> None:
    out.add(label, value, style)


def _more(out: _Rows, value: Text | str, style: str = "") -> None:
    out.add("", value, style)


@dataclass(frozen=True, slots=True)
class Description:
    """The panel's content: a heading and label/value rows."""

    heading: Text
    rows: tuple[tuple[str, Text] | None, ...]

    @property
    def plain(self) -> str:
        lines = [self.heading.plain, ""]
        for row in self.rows:
            lines.append("" if row is None else f"{row[0]:<{LABEL_WIDTH}}{row[1].plain}")
        return "\n".join(lines)

    def renderable(self) -> Group:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(ratio=1)
        for row in self.rows:
            if row is None:
                grid.add_row("", "")
            else:
                grid.add_row(row[0], row[1])
        return Group(self.heading, Text(" "), grid)


_LINK_STARTS: dict[int, tuple[tuple[Any, ...], list[Any], list[int]]] = {}


def links_in(document: Any, start: int, end: int) -> list[Any]:
    """The document's hyperlinks that overlap [start, end), by bisection (one list per document)."""
    links = getattr(document, "links", ()) or ()
    if not links:
        return []
    cached = _LINK_STARTS.get(id(links))
    if cached is None or cached[0] is not links:
        _LINK_STARTS.clear()
        ordered = sorted(links, key=lambda lk: (lk.start, lk.end))
        cached = (links, ordered, [lk.start for lk in ordered])
        _LINK_STARTS[id(links)] = cached
    _, ordered, starts = cached
    # a link starting before the sentence may reach into it; links are short, so look back a few
    k = max(bisect_right(starts, start) - 8, 0)
    out = []
    while k < len(ordered) and ordered[k].start < end:
        if ordered[k].end > start:
            out.append(ordered[k])
        k += 1
    return out


def empty_message(analysis: Analysis) -> str:
    """Why an analysed article has no sentence to read, and what to do about it."""
    stripped = sum(1 for b in analysis.blocks if not b.kept)
    if stripped:
        return (f"No sentences to read: all {stripped} block{'s were' if stripped != 1 else ' was'} stripped as "
                "boilerplate. Press b to show them, with the reason for each.")
    return "No sentences to read: the article has no text."


def describe(analysis: Analysis, index: int, extra: PanelInput | None = None) -> Description:
    """The panel's content for sentence ``index`` of ``analysis``."""
    extra = extra or PanelInput()
    out = _Rows()
    sentences = analysis.sentences
    if not sentences:
        return Description(Text(empty_message(analysis), style="italic"), ())
    if not 0 <= index < len(sentences):
        return Description(Text("No sentence selected.", style="italic"), ())
    text = analysis.text
    s = sentences[index]
    heading = Text(f"Sentence {index + 1} of {len(sentences)}", style="bold", end="")
    if s.claim:
        heading.append("  \u258e checkable claim", style="bold")

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
        cue.append(f" \u2014 {facts.cue_meaning(a.cue_group)}", style="italic")
        _row(out, "Cue", cue)
        if extra.details:
            why = f"cue group: {a.cue_group}" + (f"; found by rule: {a.rule}" if a.rule else "")
            _more(out, Text(inert(why), style="dim"))

    # How
    stance = Text(s.stance, style="bold")
    if s.stance_cues:
        stance.append("  because of ")
        for n, cue in enumerate(s.stance_cues):
            if n:
                stance.append(", ")
            stance.append("\u201c" + inert(facts.clean(text[cue.start : cue.end])) + "\u201d", style="italic")
    _row(out, "Stance", stance)
    if s.stance_rule and (extra.details or not s.stance_cues):
        # Without cues the rule is the only reason given ("stated as fact"); with cues,
        # "because of" already says it, and the rule's wording is detail.
        _more(out, Text(inert(s.stance_rule if not extra.details else f"rule: {s.stance_rule}"), style="dim"))
    if extra.details and s.claim_rule:
        _row(out, "Claim", Text(("yes: " if s.claim else "no: ") + inert(s.claim_rule), style="dim"))

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

    # Web links in the sentence (Markdown/HTML): where the writer points for the source
    for n, link in enumerate(links_in(analysis.document, s.start, s.end)):
        line = Text()
        line.append(snippet(text[link.start : link.end], 30), style="bold")
        line.append(" \u2192 ")
        line.append(snippet(link.href, 70), style="underline")
        if n == 0:
            _row(out, "Web link", line)
        else:
            _more(out, line)

    # Context entries
    first = True
    for item in extra.context:
        line = Text()
        line.append(inert(item.name), style="bold")
        if item.kind:
            line.append(f" ({inert(item.kind)})", style="dim")
        if item.description:
            line.append(" \u2014 " + snippet(item.description, DESCRIPTION))
        if not item.stored:
            line.append("  harvested: K keeps it", style="italic dim")
        if first:
            _row(out, "Context", line)
            first = False
        else:
            _more(out, line)

    # Notes
    out.gap()
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
    out.gap()
    _more(out, Text("d hides the rules" if extra.details else "d shows the rule behind each line", style="dim"))
    return Description(heading, tuple(out.rows))


class SidePanel(Static):
    """The panel widget: shows :func:`describe`'s content; nothing else to update."""

    plain: str = ""

    def show(self, analysis: Analysis | None, index: int, extra: PanelInput | None = None) -> None:
        if analysis is None:
            self.plain = "Analysing\u2026"
            self.update(Text(self.plain, style="italic"))
            return
        description = describe(analysis, index, extra)
        self.plain = description.plain
        self.update(description.renderable())
