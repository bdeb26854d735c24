"""The interview's texts, read from editable files (resources/interview/<language>) and hashed
for audit."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.interview.survey import SurveyItem, survey_items

# The guided style's files come last: texts kept in a study before that style have none of them
# (such an interview goes on in the free style).
GUIDED_FILES = ("frames.txt", "card_frames.json")
# The language's own files came later still: texts kept without them are English.
LANGUAGE_FILES = ("language.json", "card_fields.json")
OPTIONAL_FILES = (*GUIDED_FILES, *LANGUAGE_FILES)
FILES = ("consent.txt", "system.txt", "opening.txt", "turn_notes.txt", "fallbacks.txt",
         "card_draft.txt", "card_revision.txt", "card_schema.json", "survey.json", "closing.txt",
         *OPTIONAL_FILES)
SEPARATOR = "---"
PHRASE = "{phrase}"
CARD_FRAME_KEYS = ("nouns", "clause_links", "phrase_links", "clause_descriptions",
                   "phrase_descriptions", "contexts")
CARD_FIELDS = ("title", "description", "policies", "context")
ENGLISH = {"code": "en", "name": "English", "direction": "ltr", "say_back": "second_person",
           "picks": "words", "phrase_list": ""}
ENGLISH_FIELDS = {"title": "Title", "description": "What I care about",
                  "policies": "What I pay attention to", "context": "When this matters"}


class PromptError(ValueError):
    """An interview text file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class PromptSet:
    """Every text of one interview protocol, exactly as read, and their hash."""

    files: dict[str, str]
    sha256: str
    consent_version: str
    consent_text: str
    turn_notes: tuple[str, ...]
    fallbacks: tuple[str, ...]
    card_schema: dict[str, Any] = field(hash=False)
    survey: tuple[SurveyItem, ...]
    frames: tuple[tuple[str, ...], ...] = ()  # per follow-up, the question frames to choose from
    card_frames: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    language: dict[str, str] = field(default_factory=lambda: dict(ENGLISH), hash=False)
    card_fields: dict[str, str] = field(default_factory=lambda: dict(ENGLISH_FIELDS),
                                        hash=False)

    @property
    def language_code(self) -> str:
        """The participant's language these texts are in ('en', 'es', 'ar', ...)."""
        return self.language["code"]

    @property
    def right_to_left(self) -> bool:
        return self.language["direction"] == "rtl"

    @property
    def picks_by_number(self) -> bool:
        """Whether the model picks the participant's phrases by number (a script that costs a
        small model many tokens per word, e.g. Arabic) rather than by writing them out."""
        return self.language["picks"] == "numbers"

    @property
    def says_back_in_second_person(self) -> bool:
        """English turns "I felt" into "you felt"; other languages quote the phrase as said."""
        return self.language["say_back"] == "second_person"

    @property
    def can_guide(self) -> bool:
        """Whether these texts hold the frames that guided questions and cards are built from."""
        return bool(self.frames and self.card_frames)

    def frames_for(self, follow_up: int) -> tuple[str, ...]:
        """The question frames for the n-th follow-up (0-based); the last set repeats."""
        return self.frames[min(follow_up, len(self.frames) - 1)]

    @property
    def system(self) -> str:
        return self.files["system.txt"].strip()

    @property
    def closing(self) -> str:
        return self.files["closing.txt"].strip()

    def opening(self, question: str) -> str:
        return self.files["opening.txt"].strip().replace("{question}", question)

    def card_draft(self, question: str) -> str:
        return self.files["card_draft.txt"].strip().replace("{question}", question)

    def card_revision(self, card_json: str, request: str) -> str:
        text = self.files["card_revision.txt"].strip()
        return text.replace("{card}", card_json).replace("{request}", request)

    def turn_note(self, follow_up: int) -> str:
        """The guide for the n-th follow-up (0-based); the last one repeats."""
        return self.turn_notes[min(follow_up, len(self.turn_notes) - 1)]

    def fallback(self, follow_up: int) -> str:
        return self.fallbacks[min(follow_up, len(self.fallbacks) - 1)]


DEFAULT_LANGUAGE = "en"


def default_prompt_dir(language: str = DEFAULT_LANGUAGE) -> Path:
    """The shipped texts of one language (English unless another is named)."""
    return paths.resource("interview", language)


def load_prompts(folder: Path | None = None) -> PromptSet:
    folder = folder or default_prompt_dir()
    # The language files may be left out: such texts are English.
    return prompt_set({name: read_text(folder / name) for name in FILES
                       if name not in LANGUAGE_FILES or (folder / name).is_file()}, folder)


def prompt_set(files: dict[str, str], where: Path | str = "stored prompts") -> PromptSet:
    """The texts as a PromptSet (from a folder, or as kept in a study for a resumed interview)."""
    missing = [name for name in FILES if name not in files and name not in OPTIONAL_FILES]
    if missing:
        raise PromptError(f"{where}: {', '.join(missing)} missing.")
    folder = Path(where)
    version, consent = _consent(folder / "consent.txt", files["consent.txt"])
    return PromptSet(
        files=dict(files), sha256=prompt_hash(files), consent_version=version,
        consent_text=consent,
        turn_notes=_sections(folder / "turn_notes.txt", files["turn_notes.txt"]),
        fallbacks=_sections(folder / "fallbacks.txt", files["fallbacks.txt"]),
        card_schema=_json(folder / "card_schema.json", files["card_schema.json"], dict),
        survey=_survey(folder / "survey.json", files["survey.json"]),
        frames=_frames(folder / "frames.txt", files.get("frames.txt")),
        card_frames=_card_frames(folder / "card_frames.json", files.get("card_frames.json")),
        language=_language(folder / "language.json", files.get("language.json")),
        card_fields=_card_fields(folder / "card_fields.json", files.get("card_fields.json")))


def prompt_hash(files: dict[str, str]) -> str:
    """SHA-256 over every file's name and bytes, in name order: one hash per wording."""
    digest = hashlib.sha256()
    for name in sorted(files):
        for part in (name, files[name]):
            data = part.encode("utf-8")
            digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def read_text(path: Path) -> str:
    """One interview text file (PromptError naming it when missing, unreadable or empty)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise PromptError(f"{path}: the interview text file is missing.") from error
    except (OSError, UnicodeDecodeError) as error:
        raise PromptError(f"{path}: could not be read as UTF-8 text ({error}).") from error
    if not text.strip():
        raise PromptError(f"{path}: the file is empty.")
    return text.replace("\r\n", "\n")


def _consent(path: Path, text: str) -> tuple[str, str]:
    first, _, rest = text.partition("\n")
    key, _, value = first.partition(":")
    if key.strip().lower() != "version" or not value.strip() or not rest.strip():
        raise PromptError(f"{path}: the first line must be 'version: ...', then the text.")
    return value.strip(), rest.strip()


def _sections(path: Path, text: str) -> tuple[str, ...]:
    parts = [" ".join(p.split()) for p in _split(text)]
    if not all(parts):
        raise PromptError(f"{path}: a section between '{SEPARATOR}' lines is empty.")
    return tuple(parts)


def _split(text: str) -> list[str]:
    sections: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip() == SEPARATOR:
            sections.append("\n".join(current))
            current = []
        else:
            current.append(line)
    sections.append("\n".join(current))
    return sections


def _frames(path: Path, text: str | None) -> tuple[tuple[str, ...], ...]:
    """One section per follow-up, one frame per line, each with one {phrase} and one '?'."""
    if text is None:
        return ()
    sections = []
    for section in _split(text):
        frames = tuple(" ".join(line.split()) for line in section.split("\n") if line.strip())
        bad = [f for f in frames if f.count(PHRASE) != 1 or f.count("?") + f.count("؟") != 1
               or not f.endswith(("?", "؟"))]
        if not frames or bad:
            raise PromptError(f"{path}: each section needs frames with one {PHRASE} that end "
                              f"in one question mark ({bad[0] if bad else 'an empty section'}).")
        sections.append(frames)
    return tuple(sections)


MODAL_KEYS = ("modals", "modal_descriptions")


def _card_frames(path: Path, text: str | None) -> dict[str, tuple[str, ...]]:
    if text is None:
        return {}
    raw = _json(path, text, dict)
    words = {key: tuple(str(v).strip() for v in raw.get(key, ()) if str(v).strip())
             for key in CARD_FRAME_KEYS}
    empty = [key for key, values in words.items() if not values]
    if empty:
        raise PromptError(f"{path}: {', '.join(empty)} must list at least one entry.")
    # Scripts without capitals (Arabic) pass: their upper case is the word itself.
    if any(n.upper() != n or not n.isalpha() for n in words["nouns"]):
        raise PromptError(f"{path}: the nouns must be single words in capitals, like MOMENTS.")
    # Optional: modals that already carry "it matters", and the frame to use before them.
    for key in MODAL_KEYS:
        words[key] = tuple(str(v).strip() for v in raw.get(key, ()) if str(v).strip())
    if any(not _plain(entry) for values in words.values() for entry in values):
        raise PromptError(f"{path}: entries hold only letters, apostrophes and spaces.")
    return words


def _plain(text: str) -> bool:
    # Card frames go into a grammar's regular expression unescaped.
    return all(c.isalpha() or c in " '’-" or "\u064b" <= c <= "\u065f" for c in text)


def _language(path: Path, text: str | None) -> dict[str, str]:
    if text is None:
        return dict(ENGLISH)
    raw = _json(path, text, dict)
    found = {key: str(raw.get(key, ENGLISH[key] if key in ("picks", "phrase_list") else ""))
             .strip() for key in ENGLISH}
    if not found["code"].isalpha() or not found["name"]:
        raise PromptError(f"{path}: needs a \"code\" (like \"es\") and a \"name\".")
    if found["direction"] not in ("ltr", "rtl"):
        raise PromptError(f"{path}: \"direction\" must be \"ltr\" or \"rtl\".")
    if found["say_back"] not in ("second_person", "quote"):
        raise PromptError(f"{path}: \"say_back\" must be \"second_person\" or \"quote\".")
    if found["picks"] not in ("words", "numbers"):
        raise PromptError(f"{path}: \"picks\" must be \"words\" or \"numbers\".")
    return found


def _card_fields(path: Path, text: str | None) -> dict[str, str]:
    if text is None:
        return dict(ENGLISH_FIELDS)
    raw = _json(path, text, dict)
    names = {key: str(raw.get(key, "")).strip() for key in CARD_FIELDS}
    missing = [key for key, name in names.items() if not name]
    if missing:
        raise PromptError(f"{path}: no name for {', '.join(missing)}.")
    return names


def _survey(path: Path, text: str) -> tuple[SurveyItem, ...]:
    try:
        return survey_items(_json(path, text, list))
    except (ValueError, AttributeError) as error:
        raise PromptError(f"{path}: {error}") from error


def _json(path: Path, text: str, kind: type) -> Any:
    try:
        value = json.loads(text)
    except ValueError as error:
        raise PromptError(f"{path}: not valid JSON ({error}).") from error
    if not isinstance(value, kind):
        raise PromptError(f"{path}: expected a JSON {kind.__name__}.")
    return value
