"""The store: the only code that imports tinydb."""
