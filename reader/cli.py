"""The ``reader`` command: wires ingest, analysis, store and TUI together.

    reader [PATH]                       open PATH ('-' for stdin; the seed article if none)
    reader extract [--format F] PATH... the analysis as JSON for scripts
    reader notes|context|library ...    the store (see reader/cli_store.py)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from reader import __version__
from reader.safe import escaped, json_escaped

PROG = "reader"
#: Commands of reader/cli_store.py (imported only when one of them runs).
STORE_COMMANDS = ("notes", "context", "library")


class CliError(Exception):
    """A failure to report as one line on stderr."""


def inert(text: str) -> str:
    """Terminal control characters shown as visible escapes, never interpreted."""
    return escaped(text)


def to_json(data: object, indent: int | None = None) -> str:
    """JSON text that is safe on a terminal: readable UTF-8, and every character a
    terminal would act on written as a \\u escape (the parsed value is the same)."""
    return json_escaped(json.dumps(data, ensure_ascii=False, indent=indent))


def _err(message: str) -> None:
    # Messages carry paths and data (a file named with an escape sequence): made inert too.
    sys.stderr.write(f"{PROG}: {inert(message)}\n")
    sys.stderr.flush()


def _write(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8", "surrogateescape"))


def _open_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="A claim-aware terminal reader: who says what, how, and what it contradicts.",
        epilog="commands:\n  extract   print the analysis of articles as JSON (reader extract --help)\n"
        "  notes     export your notes on an article: Markdown or W3C Web Annotation JSON\n"
        "  context   list, add, import, export context entries (people, organisations, ...)\n"
        "  library   the articles you have read; search by title and text\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", nargs="?", help="article to open: .txt, .md, .html, or - for stdin "
                        "(default: the bundled demo article)")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _extract_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} extract",
        description="Analyse articles and print the analysis JSON (schema reader.analysis/1).",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="articles to analyse ('-' for stdin)")
    parser.add_argument(
        "--format", choices=("json", "jsonl"), default=None,
        help="json: one pretty object (an array for several inputs); jsonl: one object a line "
        "(default: json for one input, jsonl for several)",
    )
    parser.add_argument("--as", dest="fmt", choices=("text", "markdown", "html"), default=None,
                        help="read every input as this format instead of guessing")
    return parser


def analyse_path(path: str, fmt: str | None = None):
    from reader.analysis import analyse
    from reader.ingest import load

    return analyse(load(path, fmt))


def cmd_extract(argv: Sequence[str]) -> int:
    args = _extract_parser().parse_args(argv)
    from reader.analysis.serialize import to_dict
    from reader.ingest import IngestError

    fmt = args.format or ("json" if len(args.paths) == 1 else "jsonl")
    failures = 0
    results = []
    for path in args.paths:
        try:
            doc = to_dict(analyse_path(path, args.fmt), path)
        except IngestError as exc:
            _err(str(exc))
            failures += 1
            continue
        except RecursionError:
            _err(f"{path}: too deeply nested to analyse")
            failures += 1
            continue
        except Exception as exc:  # a bug: one line, the other inputs still run
            if os.environ.get("READER_DEBUG"):
                raise
            _err(f"{path}: internal error ({type(exc).__name__}: {exc}); set READER_DEBUG=1 for details")
            failures += 1
            continue
        if fmt == "jsonl":
            _write(to_json(doc) + "\n")
            sys.stdout.flush()
        else:
            results.append(doc)
    if fmt == "json" and results:
        out = results[0] if len(args.paths) == 1 else results
        _write(to_json(out, indent=2) + "\n")
    return 1 if failures else 0


def cmd_open(argv: Sequence[str]) -> int:
    """Open the article in the TUI; any problem with the input is one line on stderr first.

    Only reading, decoding and parsing happen before the TUI starts (fast even for a
    million words); the analysis runs inside the app, after the first paint.
    """
    args = _open_parser().parse_args(argv)
    from reader.ingest import IngestError, load
    from reader.resources import seed_article

    try:
        path = args.path or str(seed_article())
    except FileNotFoundError as exc:  # a broken installation: say what is missing
        raise CliError(f"{exc}; give an article to open: reader PATH") from None
    try:
        document = load(path)
    except IngestError as exc:
        raise CliError(str(exc)) from None
    except RecursionError:
        raise CliError(f"{path}: too deeply nested to read") from None
    _need_terminal(path)
    try:
        from reader.tui.app import run
    except ImportError as exc:  # the TUI's dependencies are missing
        raise CliError(f"cannot start the reader's interface ({exc})") from None
    return run(document, path)


def _need_terminal(path: str) -> None:
    """The interface draws on stdout and reads keys from stdin: both must reach a terminal.

    Without this check ``reader a.txt > out`` or a cron job would write escape codes
    into a file and wait for keys that never come. Keys come from the controlling
    terminal when stdin is a pipe (``cat a.txt | reader -``) or redirected.
    """
    if not _isatty(sys.stdout):
        raise CliError("the reader needs a terminal to show an article, and its output is not one; "
                       "for the analysis as JSON use: reader extract PATH")
    if _isatty(sys.stdin):
        return
    try:
        tty = open("/dev/tty", "rb", buffering=0)  # noqa: SIM115 - lives as long as the app
    except OSError:
        why = "stdin was the article, and" if path == "-" else "stdin is not a terminal, and"
        raise CliError(f"{why} there is no terminal to read keys from") from None
    os.dup2(tty.fileno(), 0)


def _isatty(stream: object) -> bool:
    try:
        return bool(stream is not None and stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):  # closed or replaced by an object without a terminal
        return False


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "extract":
            return cmd_extract(argv[1:])
        if argv and argv[0] in STORE_COMMANDS:
            from reader.cli_store import run

            return run(argv[0], argv[1:])
        return cmd_open(argv)
    except CliError as exc:
        _err(str(exc))
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (reader extract ... | head): not an error.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return 0
    except Exception as exc:  # a bug: still one line, and the way to see more
        if os.environ.get("READER_DEBUG"):
            raise
        _err(f"internal error ({type(exc).__name__}: {exc}); set READER_DEBUG=1 for details")
        return 1
