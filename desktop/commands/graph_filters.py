"""The flags that choose which votes of the moral graph count, shared by `rank` and
`export --what graph`: `--context`, `--as-of`, `--group FIELD=VALUE`."""

from __future__ import annotations

import argparse

from desktop.services.ranking import GraphFilter

FLAGS = ("context", "as_of", "group")


def add_graph_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--context", default=None, help="only votes in this context")
    parser.add_argument("--as-of", default=None, metavar="TIME",
                        help="only votes cast up to this ISO time (e.g. 2024-05-01T12:00Z)")
    parser.add_argument("--group", default=None, metavar="FIELD=VALUE",
                        help="only votes of participants whose demographic FIELD is VALUE")


def graph_filter(args: argparse.Namespace) -> GraphFilter:
    return GraphFilter(context=args.context, as_of=args.as_of, group=args.group)


def filters_given(args: argparse.Namespace) -> list[str]:
    """The filter flags on the command line, as typed (`--as-of`)."""
    return [f"--{name.replace('_', '-')}" for name in FLAGS if getattr(args, name) is not None]
