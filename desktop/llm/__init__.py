"""Local language models: a Qt-free protocol and its llama-cpp-python implementation."""
