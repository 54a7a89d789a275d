"""The user's data: context entries, notes and the library, kept durably in TinyDB.

This package is the only code that imports tinydb. See :mod:`reader.store.store`.
"""

from reader.store.anchor import Anchor
from reader.store.store import VERDICTS, LibraryItem, Note, Store, StoreBusy, StoreError

__all__ = ["VERDICTS", "Anchor", "LibraryItem", "Note", "Store", "StoreBusy", "StoreError"]
