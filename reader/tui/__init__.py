"""The Textual reader: the only code that imports textual."""
