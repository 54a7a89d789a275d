"""The analysis core: pure functions from a Document to what the reader shows.

No file I/O, no Textual, no TinyDB here. Each stage is a function of the previous
stage's immutable result: blocks → kept blocks → sentences → attributions → stances.
"""

from reader.analysis.pipeline import Analysis, Sentence, analyse

__all__ = ["Analysis", "Sentence", "analyse"]
