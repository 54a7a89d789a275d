"""reader: a claim-aware terminal reader for people who read news critically."""

__version__ = "0.1.0"
