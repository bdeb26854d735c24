"""`python -m desktop` does what the `moral-graph-studio` command does."""

from desktop.cli import main

raise SystemExit(main())
