"""Qt widgets, pages and the LLM worker thread: the only package that imports Qt."""
