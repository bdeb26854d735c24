"""The participant's own phrases: short clauses and noun phrases cut from an answer, for guided
questions and grounded cards. Unicode-aware word lists (English, Spanish, Arabic), no NLP library.

An answer is split at punctuation and at conjunctions; each piece is trimmed of stop-words at its
edges, long pieces are cut again at prepositions, and a phrase is kept when it has 2 to 8 words
and at least one content word. A phrase after a determiner ("her own judgement") is offered too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

MIN_WORDS, MAX_WORDS = 2, 8
MAX_PHRASE_CHARS = 70
_WORD = re.compile(r"[\w\u0300-\u036f\u064b-\u065f\u0670'’-]+")
_BREAK = re.compile(r"[.,;:!?¿¡…()\[\]{}\"“”«»„،؛؟\n\r\t/|]+|\s[-–—]+\s|[–—]")

CONJUNCTIONS = frozenset("""
and but or nor so because since although though while whereas unless if when whenever then
also yet however therefore which who whom whose where that instead especially
y e o u ni pero sino porque pues aunque mientras cuando si que quien quienes donde como luego
entonces también además cual cuales
و أو ثم لكن ولكن بل لأن ولأن عندما حين حينما إذا إن لو حتى كي لكي الذي التي الذين اللذين
اللواتي بينما كما أيضا أيضاً فقط لذلك
""".split())
# Cut long pieces again here (they start a new phrase: "with her family", "para ella").
PREPOSITIONS = frozenset("""
with without for about after before like than by from through during against between into to
con sin para sobre después antes durante entre hacia desde contra según
مع بدون عن بعد قبل خلال بين ضد حول من إلى أن
""".split())
_EDGE_ANYWHERE = frozenset("""
um uh er oh well yes no okay ok really just actually basically very quite maybe perhaps
like sort kind thing things stuff anyway
pues bueno sí vale muy realmente solo sólo quizás quizá tal vez eh creo pienso
نعم لا ربما جدا جداً يعني طيب أعتقد أظن أرى
""".split())
# Words that cannot end a phrase: articles, possessives, prepositions (not "to": "listened to").
_TRAILING = frozenset("""
the a an my your his her its our their this that these those of for with about in on at by
from into than as is are was were be been am has have had do does did i you he she it we they
el la los las un una unos unas mi mis tu tus su sus de del al en por para con a es era fue
ser está estaba son me te se lo le nos
ال في على إلى الى من عن مع هذا هذه ذلك تلك هو هي كان كانت أن
""".split())
DETERMINERS = frozenset("""
the a an my your his her our their this that these those
el la los las un una mi mis tu tus su sus este esta estos estas
""".split())
STOP_WORDS = CONJUNCTIONS | PREPOSITIONS | _EDGE_ANYWHERE | _TRAILING | frozenset("""
to it me him them us not no can could would should will shall must may might there here what
how why all any some more most much many own same other such only too very again once even
ever never always get got make made go went going feel felt think thought know knew want wanted
someone something somebody anyone everyone one ones being done say said tell told let
no lo le les nos os se ya muy más menos todo toda todos todas otro otra algo alguien nada
ما ماذا كيف لماذا هل قد لم لن كل بعض أي غير نحن أنا أنت هم هن لي له لها لنا به بها كنت
""".split())


def words(text: str) -> list[str]:
    """The words of a text, in any script (apostrophes and hyphens kept inside a word)."""
    return [w.strip("'’-") for w in _WORD.findall(unicodedata.normalize("NFC", text))
            if w.strip("'’-")]


def fold(word: str) -> str:
    """A word as compared: case-folded, Arabic diacritics dropped."""
    return re.sub(r"[\u064b-\u065f\u0670]", "", word.casefold())


def is_content_word(word: str) -> bool:
    """Not a stop-word, and 3+ letters (2+ in scripts other than Latin, e.g. Arabic 'حب')."""
    folded = fold(word)
    if folded in STOP_WORDS or not any(c.isalpha() for c in folded):
        return False
    return len(folded) >= (3 if folded.isascii() or _latin(folded) else 2)


def content_words(text: str) -> list[str]:
    return [fold(w) for w in words(text) if is_content_word(w)]


def candidate_phrases(text: str, limit: int = 10) -> list[str]:
    """The answer's phrases in the order said, without duplicates, at most `limit`."""
    found: list[str] = []
    seen: set[str] = set()
    for piece in _pieces(text):
        for phrase in (piece, *_after_determiners(piece)):
            key = " ".join(fold(w) for w in phrase)
            if key not in seen and _usable(phrase):
                seen.add(key)
                found.append(" ".join(_lowered_start(phrase)))
    return found[:limit]


def transcript_phrases(answers: Sequence[str], limit: int = 24) -> list[str]:
    """Phrases from several answers, taken in turn from each, so every answer is represented."""
    per_answer = [candidate_phrases(a, limit) for a in answers]
    merged: list[str] = []
    seen: set[str] = set()
    for rank in range(max((len(p) for p in per_answer), default=0)):
        for phrases in per_answer:
            if rank < len(phrases) and phrases[rank].casefold() not in seen:
                seen.add(phrases[rank].casefold())
                merged.append(phrases[rank])
    return merged[:limit]


_SECOND_PERSON = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
                  "i'm": "you're", "i’m": "you’re", "i've": "you've", "i’ve": "you’ve",
                  "i'd": "you'd", "i’d": "you’d", "i'll": "you'll", "i’ll": "you’ll",
                  "am": "are"}
_SECOND_PERSON_ES = {"yo": "tú", "mi": "tu", "mis": "tus", "me": "te", "conmigo": "contigo"}


def second_person(phrase: str) -> str:
    """'I felt listened to' as said back: 'you felt listened to' (English and Spanish)."""
    tokens = phrase.split()
    table = _SECOND_PERSON_ES if _spanish(tokens) else _SECOND_PERSON
    out = []
    for index, token in enumerate(tokens):
        low = token.casefold()
        if low == "was" and index and tokens[index - 1].casefold() == "i":
            out.append("were")
        else:
            out.append(table.get(low, token))
    return " ".join(out)


_LEADING = frozenset({"أن", "que", "of", "de", "del"})
_LEADING_THOUGHT = ({"i", "think"}, {"i", "believe"}, {"i", "feel"}, {"i", "guess"})


def _pieces(text: str) -> Iterable[list[str]]:
    for chunk in _BREAK.split(text):
        for clause in _split_at(words(chunk), CONJUNCTIONS):
            for piece in _halved(_trim(clause)):
                trimmed = _trim(piece)
                while len(trimmed) > MAX_WORDS:
                    trimmed = _trim(trimmed[:MAX_WORDS])
                if trimmed:
                    yield trimmed


def _split_at(tokens: list[str], at: frozenset[str]) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    for index, token in enumerate(tokens):
        if fold(token) in at:
            parts.append([])
        elif index and _attached_and(token):
            parts.append([token])  # Arabic "و" written onto the next verb: "ويثق"
        else:
            parts[-1].append(token)
    return [p for p in parts if p]


def _attached_and(token: str) -> bool:
    folded = fold(token)
    return folded.startswith("و") and len(folded) >= 4 and folded not in STOP_WORDS


def _halved(tokens: list[str]) -> list[list[str]]:
    """A long clause cut at the preposition nearest its middle (both halves 2+ words)."""
    if len(tokens) <= MAX_WORDS:
        return [tokens]
    cuts = [i for i in range(2, len(tokens) - 1) if fold(tokens[i]) in PREPOSITIONS]
    if not cuts:
        return [tokens]
    cut = min(cuts, key=lambda i: abs(i - len(tokens) / 2))
    return [*_halved(tokens[:cut]), *_halved(tokens[cut:])]


def _trim(tokens: list[str]) -> list[str]:
    start, end = 0, len(tokens)
    if len(tokens) > 3 and {fold(t) for t in tokens[:2]} in _LEADING_THOUGHT:
        start = 2
    while start < end and fold(tokens[start]) in _EDGE_ANYWHERE | CONJUNCTIONS | _LEADING:
        start += 1
    while end > start and fold(tokens[end - 1]) in _EDGE_ANYWHERE | CONJUNCTIONS | _TRAILING:
        end -= 1
    return tokens[start:end]


def _lowered_start(phrase: list[str]) -> list[str]:
    """'My sister ...' cut from a sentence's start reads 'my sister ...' inside another one."""
    first = phrase[0]
    if first != "I" and fold(first) in STOP_WORDS:
        return [first.lower(), *phrase[1:]]
    return phrase


def _after_determiners(piece: list[str]) -> Iterable[list[str]]:
    for index in range(1, len(piece) - 1):
        if fold(piece[index]) in DETERMINERS and not pronoun_before_verb(piece[index:]):
            yield piece[index:]
            return


_CLITICS = frozenset({"la", "las", "lo", "los"})
_VERB_ENDINGS = ("aba", "abas", "aban", "ábamos", "ía", "ías", "ían", "íamos", "ó", "é",
                 "aron", "ieron", "aste", "iste", "ara", "iera", "ase", "iese")


def pronoun_before_verb(phrase: Sequence[str]) -> bool:
    """Spanish "la juzgaba" (her, judged), not "la familia": an article that is a pronoun."""
    return (len(phrase) > 1 and fold(phrase[0]) in _CLITICS
            and fold(phrase[1]).endswith(_VERB_ENDINGS))


def _usable(phrase: list[str]) -> bool:
    return (MIN_WORDS <= len(phrase) <= MAX_WORDS and any(is_content_word(w) for w in phrase)
            and len(" ".join(phrase)) <= MAX_PHRASE_CHARS)


def _latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") for c in word if c.isalpha())


def _spanish(tokens: Sequence[str]) -> bool:
    hints = {"yo", "mi", "mis", "que", "el", "la", "los", "las", "de", "y", "con", "por", "una"}
    english = {"i", "my", "the", "and", "to", "of", "was", "is", "with", "a"}
    folded = [fold(t) for t in tokens]
    return sum(t in hints for t in folded) > sum(t in english for t in folded)
