<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SameValueChecker</name>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="38"/>
        <source>question {step} of {total}, &apos;{asked}&apos;</source>
        <translation>pregunta {step} de {total}, «{asked}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="43"/>
        <source>the check was stopped before the model answered {where}; ask again when you like</source>
        <translation>la comprobación se detuvo antes de que el modelo respondiera a la {where}; vuelva a preguntar cuando quiera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="51"/>
        <source>same value?</source>
        <translation>¿mismo valor?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="52"/>
        <source>different values?</source>
        <translation>¿valores distintos?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="58"/>
        <source>Model: same value</source>
        <translation>Modelo: mismo valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="60"/>
        <source>Model: different values</source>
        <translation>Modelo: valores distintos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="61"/>
        <source>Model: unclear</source>
        <translation>Modelo: no está claro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="66"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="68"/>
        <source>Model&apos;s answer unclear: {problem}.</source>
        <translation>La respuesta del modelo no está clara: {problem}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="72"/>
        <source>Model says: same value (asked both ways round) — {reason}</source>
        <translation>El modelo dice: mismo valor (preguntado en ambos sentidos) — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="75"/>
        <source>Model says: different values (asked both ways round) — {reason}</source>
        <translation>El modelo dice: valores distintos (preguntado en ambos sentidos) — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="102"/>
        <source>No model is loaded yet: wait until it has loaded, or choose one under Model &gt; Model settings.</source>
        <translation>Todavía no hay ningún modelo cargado: espere a que termine de cargarse o elija uno en Modelo &gt; Ajustes del modelo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="112"/>
        <source>Asking the model whether these cards are one value… ({step} of {total})</source>
        <translation>Preguntando al modelo si estas tarjetas son un mismo valor… ({step} de {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="115"/>
        <source>The model could not check these cards: {problem}</source>
        <translation>El modelo no pudo comprobar estas tarjetas: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="120"/>
        <source>{summary}
(Advice from {model}; you decide.)</source>
        <translation>{summary}
(Consejo de {model}; la decisión es suya.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="155"/>
        <source>{problem} (while answering {where})</source>
        <translation>{problem} (al responder a la {where})</translation>
    </message>
</context>
<context>
    <name>StoriesPanel</name>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="42"/>
        <source>Upgrade stories</source>
        <translation>Historias de cambio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="46"/>
        <source>Story text</source>
        <translation>Texto de la historia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="49"/>
        <source>Draft stories for new pairs</source>
        <translation>Redactar historias para pares nuevos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="58"/>
        <source>Save edit</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="59"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="59"/>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="83"/>
        <source>[{status}] {source} → {target}</source>
        <translation>[{status}] {source} → {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="84"/>
        <source>[{status}] {source} → {target}  (to be written)</source>
        <translation>[{status}] {source} → {target}  (por escribir)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="92"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="92"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="93"/>
        <source>dropped</source>
        <translation>descartada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/values/stories_panel.py" line="101"/>
        <source>Drafting %n stories with the local model…</source>
        <translation>
            <numerusform>Redactando %n historia con el modelo local…</numerusform>
            <numerusform>Redactando %n historias con el modelo local…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="102"/>
        <source>Every proposed pair has a story already.</source>
        <translation>Todos los pares propuestos ya tienen su historia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="124"/>
        <source>Drafts are ready: read each one, edit it, then approve or drop.</source>
        <translation>Los borradores están listos: lea cada uno, edítelo y después apruébelo o descártelo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="130"/>
        <source>The model could not draft stories: {problem}</source>
        <translation>El modelo no pudo redactar historias: {problem}</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="35"/>
        <source>Values &amp; voting</source>
        <translation>Valores y votación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="37"/>
        <source>Group the participants&apos; confirmed cards into values, review the upgrade stories the local model drafts, and run wiser-than voting sessions.</source>
        <translation>Agrupe en valores las tarjetas confirmadas de los participantes, revise las historias de cambio que redacta el modelo local y dirija sesiones de votación «más sabio que».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="45"/>
        <source>Participant who votes</source>
        <translation>Participante que vota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="47"/>
        <source>Number of voting questions</source>
        <translation>Número de preguntas de votación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="52"/>
        <source>Researcher…</source>
        <translation>Investigador…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="57"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="58"/>
        <source>Upgrade stories</source>
        <translation>Historias de cambio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="60"/>
        <source>Voting session</source>
        <translation>Sesión de votación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/values/values_page.py" line="66"/>
        <source>up to %n questions</source>
        <translation>
            <numerusform>hasta %n pregunta</numerusform>
            <numerusform>hasta %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="72"/>
        <source>Start voting</source>
        <translation>Empezar la votación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="74"/>
        <source>Start in kiosk mode…</source>
        <translation>Empezar en modo quiosco…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="80"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="108"/>
        <source>Choose a participant first (participants are added on the Interviews page).</source>
        <translation>Elija primero un participante (los participantes se añaden en la página Entrevistas).</translation>
    </message>
</context>
<context>
    <name>ValuesPanel</name>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="56"/>
        <source>Suggested groups (same value?)</source>
        <translation>Grupos sugeridos (¿mismo valor?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="57"/>
        <source>Cards in no value yet</source>
        <translation>Tarjetas aún sin valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="58"/>
        <source>Values and their cards</source>
        <translation>Valores y sus tarjetas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="68"/>
        <source>Ask the model: same value?</source>
        <translation>Preguntar al modelo: ¿mismo valor?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="71"/>
        <source>A second opinion from the local model, asked both ways round (same value? different values?). It groups nothing: you decide.</source>
        <translation>Una segunda opinión del modelo local, preguntada en ambos sentidos (¿mismo valor? ¿valores distintos?). No agrupa nada: usted decide.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="82"/>
        <source>Accept group</source>
        <translation>Aceptar grupo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="83"/>
        <source>Make a value of this card</source>
        <translation>Hacer un valor con esta tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="84"/>
        <source>Put card into the value selected →</source>
        <translation>Poner la tarjeta en el valor elegido →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="85"/>
        <source>Take card out of its value</source>
        <translation>Sacar la tarjeta de su valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="86"/>
        <source>Merge this value into…</source>
        <translation>Fusionar este valor con…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="124"/>
        <source>{confirmed} confirmed card(s); {ungrouped} not in a value yet. A card always keeps its participant&apos;s own words.</source>
        <translation>Tarjetas confirmadas: {confirmed}; aún sin valor: {ungrouped}. Cada tarjeta conserva siempre las palabras de su participante.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="131"/>
        <source>{titles}
(worded like: {title})</source>
        <translation>{titles}
(redactado como: {title})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="140"/>
        <source>Choose a suggested group first.</source>
        <translation>Elija primero un grupo sugerido.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="189"/>
        <source>Select a card in the middle list and a value on the right, then put the card into that value.</source>
        <translation>Seleccione una tarjeta en la lista central y un valor a la derecha; después ponga la tarjeta en ese valor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="207"/>
        <source>Select a value on the right first; there must be another value to merge it into.</source>
        <translation>Seleccione primero un valor a la derecha; tiene que haber otro valor con el que fusionarlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/values/values_panel.py" line="210"/>
        <source>{title} (%n card(s))</source>
        <translation>
            <numerusform>{title} (%n tarjeta)</numerusform>
            <numerusform>{title} (%n tarjetas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="213"/>
        <source>Merge values</source>
        <translation>Fusionar valores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="214"/>
        <source>Move every card of “{title}” into:</source>
        <translation>Mover todas las tarjetas de «{title}» a:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="224"/>
        <source>Not merged</source>
        <translation>No se fusionó</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="63"/>
        <location filename="../../desktop/ui/values/voting_panel.py" line="64"/>
        <source>Why? (optional)</source>
        <translation>¿Por qué? (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="66"/>
        <source>That&apos;s enough for me</source>
        <translation>Con esto me basta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="69"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="69"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="70"/>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="78"/>
        <source>Before: the value they lived by</source>
        <translation>Antes: el valor según el que vivía</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="79"/>
        <source>After: the value they came to live by</source>
        <translation>Después: el valor según el que pasó a vivir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="88"/>
        <source>Did this person become wiser?</source>
        <translation>¿Se volvió más sabia esta persona?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="120"/>
        <source>Thank you: your card is saved. Now a few questions about how other people&apos;s values changed. {intro}</source>
        <translation>Gracias: su tarjeta está guardada. Ahora, unas preguntas sobre cómo cambiaron los valores de otras personas. {intro}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="126"/>
        <source>Here is the story of someone who came to live by a different value. Read it and the two values, then say whether you think this person became wiser. There are no right answers.</source>
        <translation>Esta es la historia de alguien que pasó a vivir según otro valor. Léala junto con los dos valores y diga si cree que esta persona se volvió más sabia. No hay respuestas correctas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="138"/>
        <location filename="../../desktop/ui/values/voting_panel.py" line="182"/>
        <source>Not saved: {problem}</source>
        <translation>No se guardó: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="198"/>
        <source>(no longer in the study)</source>
        <translation>(ya no está en el estudio)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="200"/>
        <source>Question {number} of up to {limit}. Keys: 1 yes, 2 no, 3 not sure.</source>
        <translation>Pregunta {number} de un máximo de {limit}. Teclas: 1 sí, 2 no, 3 no lo sé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/values/voting_panel.py" line="209"/>
        <source>Thank you: %n answer(s) saved. There is nothing more to vote on right now.</source>
        <translation>
            <numerusform>Gracias: se guardó %n respuesta. Por ahora no hay nada más que votar.</numerusform>
            <numerusform>Gracias: se guardaron %n respuestas. Por ahora no hay nada más que votar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/values/voting_panel.py" line="212"/>
        <source>Thank you: %n answer(s) saved.</source>
        <translation>
            <numerusform>Gracias: se guardó %n respuesta.</numerusform>
            <numerusform>Gracias: se guardaron %n respuestas.</numerusform>
        </translation>
    </message>
</context>
</TS>
