"""Headless commands of the `moral-graph-studio` CLI, one module per command."""
