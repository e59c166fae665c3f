"""Entry point of the `attdesk` command.

Without a sub-command it opens the window. Every failure a user can cause ends as one line
on stderr and a non-zero exit status; tracebacks go to the log file only.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from attdesk import __version__
from attdesk.cli import (
    activities_cmd,
    demo_cmd,
    exchange_cmd,
    import_cmd,
    offers_cmd,
    questionnaire_cmd,
    report_cmd,
    setup_cmd,
)
from attdesk.errors import AttDeskError
from attdesk.logs import configure_logging, log_file

log = logging.getLogger(__name__)

EXIT_ERROR = 1
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="attdesk",
        description="ATT Desk: record and report arms-control assistance, needs and CIFTA "
        "questionnaire answers. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"attdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file or SQLAlchemy URL (default: attdesk.sqlite in your user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    setup_cmd.register(commands)
    demo_cmd.register(commands)
    activities_cmd.register(commands)
    questionnaire_cmd.register(commands)
    exchange_cmd.register(commands)
    import_cmd.register(commands)
    report_cmd.register(commands)
    offers_cmd.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from attdesk.gui.app import run_gui

        return int(run_gui(args.db))
    configure_logging()
    try:
        result: int = args.handler(args)
        return result
    except AttDeskError as error:
        print(f"attdesk: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("attdesk: interrupted; nothing more was written.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:
        log.exception("internal error in %s", args.command)
        print(
            f"attdesk: internal error ({error.__class__.__name__}: {error}); "
            f"this is a bug, details are in {log_file()}",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
