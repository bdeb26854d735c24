"""`generate`: stream a reply from the local model to standard output."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from dataclasses import asdict

from desktop.commands.errors import UsageError
from desktop.llm.errors import ModelLoadError
from desktop.llm.llama_model import load_chosen_model
from desktop.llm.protocol import ChatMessage, SamplingSettings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--prompt", required=True, help="what to ask the model")
    parser.add_argument("--system", default="", help="an optional system message")
    parser.add_argument("--model", default="", help="a GGUF file (default: SmolLM2-135M)")
    parser.add_argument("--max-tokens", type=int, default=256)
    parser.add_argument("--temperature", type=float, default=0.7)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--json", action="store_true",
                        help="print the reply and its audit fields as JSON at the end")


def run(args: argparse.Namespace) -> int:
    if not args.prompt.strip():
        raise UsageError("the prompt is empty: there is nothing to send to the model.")
    if args.max_tokens < 1:
        raise UsageError("--max-tokens must be at least 1.")
    try:
        model = load_chosen_model(args.model, args.threads, lambda path: print(
            f"Loading {path.name}…", file=sys.stderr, flush=True))
    except ModelLoadError as error:
        raise UsageError(error.problem) from error
    messages = ([ChatMessage("system", args.system)] if args.system.strip() else [])
    messages.append(ChatMessage("user", args.prompt))
    sampling = SamplingSettings(max_tokens=args.max_tokens, temperature=args.temperature,
                                seed=args.seed)
    cancel = threading.Event()
    try:
        generation = model.generate(messages, sampling, cancel,
                                    on_text=lambda text: print(text, end="", flush=True))
    except KeyboardInterrupt:
        cancel.set()
        raise
    print(flush=True)
    speed = generation.tokens_per_second
    print(f"[{generation.completion_tokens} tokens, {speed or 0:.0f} tokens/s, "
          f"{generation.finish_reason}, {generation.model.file_name}]", file=sys.stderr)
    if args.json:
        print(json.dumps(asdict(generation), ensure_ascii=False))
    return 0
