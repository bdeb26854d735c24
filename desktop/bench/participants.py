"""Scripted participants for the interview-quality benchmark: plain answers in English, Spanish
and Arabic, each to one of the demo study's questions (by its position)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScriptedParticipant:
    name: str
    question: int  # position in the demo study's questions
    answers: tuple[str, ...]  # the opening answer, then one per follow-up


PARTICIPANTS = (
    ScriptedParticipant("sister", 0, (
        "When my sister found out she was pregnant, she mostly needed someone to listen.",
        "She called me late at night and I just let her talk without giving advice.",
        "I noticed she relaxed when nobody judged her or told her what to do.",
        "It mattered because she is an adult who can trust her own judgement.",
        "A wise person would notice whether she feels respected and not alone.")),
    ScriptedParticipant("homework", 1, (
        "The parent should find out why the boy avoids homework before making rules.",
        "My nephew hid his bad marks because he felt stupid in maths class.",
        "I noticed he only played games when the homework felt impossible.",
        "Feeling capable again mattered more to him than any punishment.")),
    ScriptedParticipant("father", 3, (
        "The assistant should help the person speak honestly but gently to their father.",
        "My grandfather gave up his car keys after a small accident in the parking lot.",
        "He cared most about keeping his independence and visiting his friends.",
        "We found other rides for him so he did not feel trapped at home.")),
    ScriptedParticipant("secret", 4, (
        "It depends on how serious the harm is and whether the friend can still act.",
        "A classmate once told me her boyfriend was cheating on my best friend.",
        "I first talked to the classmate and asked her to tell my friend herself.",
        "Loyalty matters, but protecting someone from real harm matters more.")),
    ScriptedParticipant("teacher", 1, (
        "Be honest but kind, and do not pretend there is one right answer.",
        "A teacher once told me the truth about my exam without crushing me.",
        "She paid attention to how I was feeling and what I could still change.",
        "I could act on her words instead of feeling ashamed.")),
    ScriptedParticipant("grandmother", 0, (
        "Respect her own beliefs and help her think without pushing her.",
        "My grandmother made a hard choice alone and I saw how lonely that was.",
        "What mattered was whether anyone asked her what she wanted.",
        "Choices about your own body and life should stay your own.")),
    ScriptedParticipant("hermana-es", 0, (
        "El asistente debería escucharla con calma y no juzgar su decisión.",
        "Cuando mi prima se quedó embarazada, nadie le preguntó qué quería ella.",
        "Me fijé en que lloraba menos cuando alguien la escuchaba sin sermones.",
        "Importa porque cada mujer conoce su propia vida mejor que nadie.")),
    ScriptedParticipant("hijo-es", 1, (
        "Primero hay que entender por qué el niño prefiere la computadora.",
        "Mi hijo se escondía en los videojuegos cuando tenía problemas en la escuela.",
        "Noté que hablaba más cuando jugábamos juntos sin regañarlo.",
        "La confianza entre padre e hijo vale más que cualquier castigo.")),
    ScriptedParticipant("sister-ar", 0, (
        "يجب أن يستمع المساعد إليها بهدوء ولا يحكم على قرارها.",
        "عندما حملت أختي، كانت تحتاج إلى من يسمعها دون لوم.",
        "لاحظت أنها ارتاحت عندما احترمنا رأيها الخاص.",
        "الأهم أن تثق بنفسها وتختار ما يناسب حياتها.")),
    ScriptedParticipant("father-ar", 3, (
        "على المساعد أن يساعد الابن على الحديث مع والده باحترام.",
        "جدي توقف عن القيادة بعد حادث صغير أمام المسجد.",
        "كان يهتم باستقلاله وزيارة أصدقائه كل أسبوع.",
        "وجدنا له من يوصله حتى لا يشعر بالعزلة في البيت.")),
)
