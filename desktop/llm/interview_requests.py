"""The interview protocol's model requests in the LLM layer's terms, and back: the page, the
`interview` command and the benchmark all send the same requests the same way."""

from __future__ import annotations

from desktop.core.interview.protocol import ModelRequest
from desktop.core.interview.turns import ModelOutput
from desktop.llm.protocol import ChatMessage, Generation, SamplingSettings


def chat_messages(request: ModelRequest) -> list[ChatMessage]:
    return [ChatMessage(role, text) for role, text in request.messages]  # type: ignore[arg-type]


def sampling_settings(request: ModelRequest) -> SamplingSettings:
    return SamplingSettings(**request.sampling.as_dict())


def model_output(generation: Generation) -> ModelOutput:
    s = generation.sampling
    return ModelOutput(
        text=generation.text, finish_reason=generation.finish_reason,
        model_file=generation.model.file_name, model_sha256=generation.model.sha256,
        sampling={"max_tokens": s.max_tokens, "temperature": s.temperature, "top_p": s.top_p,
                  "top_k": s.top_k, "repeat_penalty": s.repeat_penalty, "seed": s.seed},
        completion_tokens=generation.completion_tokens,
        seconds_to_first_token=generation.seconds_to_first_token,
        seconds_total=generation.seconds_total)
