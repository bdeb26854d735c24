"""The window around the pages: application start, main window, model settings, the LLM worker and
background jobs."""
