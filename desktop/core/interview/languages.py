"""The participant's language: which set of interview texts a question is asked in.

A question's own language wins; without one, its text tells (Arabic script, else Spanish or
English stop-words, counted offline). A language's folder under resources/interview/<code>/
may lack files: each missing one is taken from English, and the set says which, so that the
interview's audit can note it. A language with no folder is English throughout.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop.core import paths
from desktop.core.interview.prompts import (
    DEFAULT_LANGUAGE,
    FILES,
    LANGUAGE_FILES,
    PromptError,
    PromptSet,
    prompt_set,
    read_text,
)

RIGHT_TO_LEFT_CODES = frozenset({"ar", "fa", "he", "ur"})
_CODE = re.compile(r"^[a-z]{2,3}$")

# Short, frequent words that tell the two Latin-script languages apart. Words both share
# ("a", "no", "me") are left out.
_SPANISH = frozenset("""
el la los las un una unos unas de del al y o que en por para con sin es son está están era
fue ser estar hay qué cómo cuándo dónde por qué cuál quién debería deberían puede pueden
mi mis tu tus su sus se le les lo nos muy más pero si sí también cuando como este esta eso
ella ellos usted ustedes yo mí mío alguien algo porque sobre entre hacia
""".split())
_ENGLISH = frozenset("""
the an of and or that in for with without is are was were be been being do does did to it
what how when where why which who should would could can my your his her their our this
these those there here very more but if also someone something because about between you
they we i me him them will have has had not
""".split())
_SPANISH_LETTERS = frozenset("ñáéíóúü¿¡")


@dataclass(frozen=True)
class LanguageSet:
    """One language's interview texts, and what had to be taken from English."""

    requested: str
    prompts: PromptSet
    fell_back: tuple[str, ...] = ()  # the files taken from English ("*" when all were)

    @property
    def code(self) -> str:
        return self.prompts.language_code

    def notes(self) -> list[str]:
        """What the interview's audit should keep about the language, in plain words."""
        if not self.fell_back:
            return []
        if self.fell_back == ("*",):
            return [f"No interview texts in '{self.requested}': the interview is in English."]
        return [f"Fell back to English for {name} (no '{self.requested}' version)."
                for name in self.fell_back]


def interview_root() -> Path:
    return paths.resource("interview")


def shipped_languages(root: Path | None = None) -> list[str]:
    """The language codes with a folder of texts (English first)."""
    root = root or interview_root()
    codes = sorted(p.name for p in root.iterdir() if p.is_dir() and _CODE.match(p.name))
    return sorted(codes, key=lambda code: code != DEFAULT_LANGUAGE)


def load_language(code: str, root: Path | None = None) -> LanguageSet:
    """The texts of `code`, each missing file taken from English (PromptError names a bad
    file)."""
    root = root or interview_root()
    code = normalised(code) or DEFAULT_LANGUAGE
    folder, english = root / code, root / DEFAULT_LANGUAGE
    if code == DEFAULT_LANGUAGE or not folder.is_dir():
        prompts = prompt_set(_read_all(english), english)
        return LanguageSet(code, prompts, () if code == DEFAULT_LANGUAGE else ("*",))
    files, fell_back = {}, []
    for name in FILES:
        if (folder / name).is_file():
            files[name] = read_text(folder / name)
        elif name == "language.json":
            files[name] = _made_language(code)  # English's would claim the wrong language
            fell_back.append(name)
        elif (english / name).is_file():
            files[name] = read_text(english / name)
            fell_back.append(name)
    return LanguageSet(code, prompt_set(files, folder), tuple(fell_back))


@functools.cache
def language_name(code: str) -> str:
    """A shipped language's own name ('Español', 'العربية'); the code itself otherwise."""
    if not code.isalpha():  # a code from a study file names no folder outside the texts
        return code
    path = interview_root() / code / "language.json"
    try:
        return str(json.loads(path.read_text(encoding="utf-8")).get("name") or code)
    except (OSError, ValueError, AttributeError):
        return code


def question_language(text: str, explicit: str = "") -> str:
    """A question's language: its own when set, else the one its text is written in."""
    return normalised(explicit) or detect_language(text)


def language_for_question(text: str, explicit: str = "", root: Path | None = None
                          ) -> LanguageSet:
    return load_language(question_language(text, explicit), root)


def detect_language(text: str) -> str:
    """'ar' for mostly Arabic script; otherwise 'es' or 'en' by their common words (English
    when unsure)."""
    letters = [c for c in unicodedata.normalize("NFC", text) if c.isalpha()]
    arabic = sum("ARABIC" in unicodedata.name(c, "") for c in letters)
    if letters and arabic * 2 >= len(letters):
        return "ar"
    words = re.findall(r"[^\W\d_]+", text.casefold())
    spanish = sum(w in _SPANISH for w in words) + 2 * sum(c in _SPANISH_LETTERS
                                                          for c in text.casefold())
    english = sum(w in _ENGLISH for w in words)
    return "es" if spanish > english else DEFAULT_LANGUAGE


def normalised(code: str) -> str:
    """'es-MX', 'ES', ' es_ES ' → 'es'; anything that is no language code → ''."""
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return base if _CODE.match(base) else ""


def _read_all(folder: Path) -> dict[str, str]:
    files = {}
    for name in FILES:
        if (folder / name).is_file() or name not in LANGUAGE_FILES:
            files[name] = read_text(folder / name)
    return files


def _made_language(code: str) -> str:
    direction = "rtl" if code in RIGHT_TO_LEFT_CODES else "ltr"
    return json.dumps({"code": code, "name": code, "direction": direction, "say_back": "quote"})


__all__ = ["LanguageSet", "PromptError", "detect_language", "language_for_question",
           "load_language", "normalised", "question_language", "shipped_languages"]
