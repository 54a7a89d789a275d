"""The analysis core: pure functions from a Document to what the reader shows.

No file I/O, no Textual, no TinyDB here. Each stage is a function of the previous
stage's immutable result: blocks → kept blocks → sentences → attributions → stances.

The pipeline is imported on first use, so code that needs one light module (the store's
commands need ``reader.analysis.context``) does not pay for loading every stage's lexicon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.analysis.pipeline import Analysis, Sentence, analyse

__all__ = ["Analysis", "Sentence", "analyse"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from reader.analysis import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'reader.analysis' has no attribute {name!r}")
