"""Use cases, Qt-free: what the command line and the pages both call (import, export, interview
session, ranking report, stories, assignment, merge). They reach the study through desktop.store
and the model through desktop.llm, and never import Qt."""
