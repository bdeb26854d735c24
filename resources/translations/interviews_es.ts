<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnswerPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/answer_panel.py" line="34"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/answer_panel.py" line="37"/>
        <source>Send  (Enter)</source>
        <translation>Enviar  (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/answer_panel.py" line="39"/>
        <source>Stop  (Esc)</source>
        <translation>Detener  (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/answer_panel.py" line="69"/>
        <source>Type your answer. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>Escriba su respuesta. Enter la envía; Shift+Enter empieza una línea nueva.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/answer_panel.py" line="71"/>
        <source>Or ask the interviewer to change the card (Enter sends).</source>
        <translation>O pida al entrevistador que cambie la tarjeta (Enter envía).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/answer_panel.py" line="111"/>
        <source>Please wait for the interviewer&apos;s question (Esc stops it).</source>
        <translation>Espere la pregunta del entrevistador (Esc la detiene).</translation>
    </message>
</context>
<context>
    <name>CardEditorPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="36"/>
        <source>the title</source>
        <translation>el título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="37"/>
        <source>what you care about</source>
        <translation>lo que le importa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="38"/>
        <source>what you pay attention to</source>
        <translation>aquello a lo que presta atención</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="39"/>
        <source>when this matters</source>
        <translation>cuándo importa esto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="40"/>
        <source>MOMENTS when …</source>
        <translation>MOMENTOS en que …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="41"/>
        <source>CHOICES that …</source>
        <translation>DECISIONES que …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="42"/>
        <source>OPPORTUNITIES for …</source>
        <translation>OPORTUNIDADES de …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="43"/>
        <source>FEELINGS of …</source>
        <translation>SENTIMIENTOS de …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="55"/>
        <source>Your values card</source>
        <translation>Su tarjeta de valores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="70"/>
        <source>This is my card: confirm  (Ctrl+Enter)</source>
        <translation>Es mi tarjeta: confirmar  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="78"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="79"/>
        <source>What I care about</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="90"/>
        <source>Attentional policy {number}</source>
        <translation>Política de atención {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="80"/>
        <source>What I pay attention to</source>
        <translation>A qué presto atención</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="81"/>
        <source>When this matters</source>
        <translation>Cuándo importa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="98"/>
        <source>2 to 5 words</source>
        <translation>De 2 a 5 palabras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="100"/>
        <source>One sentence, starting with “I …”</source>
        <translation>Una frase que empiece por «Yo …»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="101"/>
        <source>When …</source>
        <translation>Cuando …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="148"/>
        <source>Your values card (version {number})</source>
        <translation>Su tarjeta de valores (versión {number})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="171"/>
        <source>Drafting your card…</source>
        <translation>Redactando su tarjeta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="204"/>
        <source>The interviewer could not draft {fields}: please write it in your own words.</source>
        <translation>El entrevistador no pudo redactar {fields}: escríbalo con sus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="206"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="209"/>
        <source>{filled} of at least {minimum} things you pay attention to.</source>
        <translation>{filled} de al menos {minimum} cosas a las que presta atención.</translation>
    </message>
</context>
<context>
    <name>CardNotes</name>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="18"/>
        <source>Give your card a short title.</source>
        <translation>Dé a su tarjeta un título breve.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="20"/>
        <source>Write one sentence describing what you care about.</source>
        <translation>Escriba una frase que describa lo que le importa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="22"/>
        <source>Add at least one thing you pay attention to.</source>
        <translation>Añada al menos una cosa a la que presta atención.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="24"/>
        <source>Shorten title: it is too long for a card.</source>
        <translation>Acorte el título: es demasiado largo para una tarjeta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="26"/>
        <source>Shorten description: it is too long for a card.</source>
        <translation>Acorte la descripción: es demasiado larga para una tarjeta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="28"/>
        <source>Shorten context: it is too long for a card.</source>
        <translation>Acorte «cuándo importa»: es demasiado largo para una tarjeta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="30"/>
        <source>Shorten a policy: it is too long for a card.</source>
        <translation>Acorte una política: es demasiado larga para una tarjeta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="32"/>
        <source>Keep at most {count} things you pay attention to.</source>
        <translation>Incluya como máximo {count} cosas a las que presta atención.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="35"/>
        <source>Titles work best with 2 to 5 words.</source>
        <translation>Los títulos funcionan mejor con 2 a 5 palabras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="37"/>
        <source>Cards usually list 3 to 7 things you pay attention to.</source>
        <translation>Las tarjetas suelen enumerar de 3 a 7 cosas a las que presta atención.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="39"/>
        <source>Each item usually starts with a word in capitals, like &quot;MOMENTS when&quot;.</source>
        <translation>Cada elemento suele empezar con una palabra en mayúsculas, como &quot;MOMENTOS en que&quot;.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/consent_panel.py" line="21"/>
        <source>Consent text</source>
        <translation>Texto de consentimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/consent_panel.py" line="23"/>
        <source>I agree</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/consent_panel.py" line="25"/>
        <source>I do not agree</source>
        <translation>No acepto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/consent_panel.py" line="39"/>
        <source>Consent (text version {version}) — participant {code}</source>
        <translation>Consentimiento (versión del texto {version}) — participante {code}</translation>
    </message>
</context>
<context>
    <name>DemographicsPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/demographics_panel.py" line="33"/>
        <source>A few optional questions about you. Leave any of them empty.</source>
        <translation>Algunas preguntas opcionales sobre usted. Puede dejar cualquiera en blanco.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/demographics_panel.py" line="39"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/demographics_panel.py" line="71"/>
        <source>{field}: type a number.</source>
        <translation>{field}: escriba un número.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/demographics_panel.py" line="73"/>
        <source>{field}: at most {count} characters.</source>
        <translation>{field}: como máximo {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/demographics_panel.py" line="77"/>
        <source>{field}: choose one of {choices}.</source>
        <translation>{field}: elija una de estas opciones: {choices}.</translation>
    </message>
</context>
<context>
    <name>InterviewController</name>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="133"/>
        <source>Thank you. No interview was recorded; only your decision was noted.</source>
        <translation>Gracias. No se registró ninguna entrevista; solo se anotó su decisión.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="214"/>
        <source>Edit the card directly, or ask for a change below.</source>
        <translation>Edite la tarjeta directamente o pida un cambio abajo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="225"/>
        <source>Drafting your card from the conversation…</source>
        <translation>Redactando su tarjeta a partir de la conversación…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="226"/>
        <source>The interviewer is drafting your values card…</source>
        <translation>El entrevistador está redactando su tarjeta de valores…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="228"/>
        <source>The interviewer is writing…</source>
        <translation>El entrevistador está escribiendo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="246"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="259"/>
        <source>The interviewer is rephrasing…</source>
        <translation>El entrevistador está reformulando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="338"/>
        <source>Keeping your card…</source>
        <translation>Guardando su tarjeta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="358"/>
        <source>asking for a change to the card</source>
        <translation>pide un cambio en la tarjeta</translation>
    </message>
</context>
<context>
    <name>InterviewPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/interview_panel.py" line="179"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>InterviewWriter</name>
    <message>
        <location filename="../../desktop/ui/interviews/interview_writer.py" line="68"/>
        <source>It was not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="45"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="46"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="47"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="48"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="49"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="54"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="55"/>
        <source>Interview a participant about one question: the local model asks, the participant answers, and their answers become a values card they confirm.</source>
        <translation>Entreviste a un participante sobre una pregunta: el modelo local pregunta, el participante responde y sus respuestas se convierten en una tarjeta de valores que él mismo confirma.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="67"/>
        <source>Question for the interview</source>
        <translation>Pregunta de la entrevista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="68"/>
        <source>Start interview</source>
        <translation>Iniciar entrevista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="70"/>
        <source>Start in kiosk mode…</source>
        <translation>Iniciar en modo quiosco…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="74"/>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="114"/>
        <source>Interviews in this study</source>
        <translation>Entrevistas de este estudio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="75"/>
        <source>Open / resume</source>
        <translation>Abrir / reanudar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="79"/>
        <source>← All interviews (everything is saved)</source>
        <translation>← Todas las entrevistas (todo está guardado)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="80"/>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="232"/>
        <source>Researcher…</source>
        <translation>Investigador…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="102"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="104"/>
        <source>Start an interview with the selected participant</source>
        <translation>Iniciar una entrevista con el participante seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="180"/>
        <source>Add a question on the Study page first.</source>
        <translation>Primero añada una pregunta en la página Estudio.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="284"/>
        <source>Audit: {notes}</source>
        <translation>Registro: {notes}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="304"/>
        <source>No study is open.</source>
        <translation>No hay ningún estudio abierto.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="306"/>
        <source>This study has no questions yet: add them on the Study page.</source>
        <translation>Este estudio aún no tiene preguntas: añádalas en la página Estudio.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="309"/>
        <source>No participant selected: starting makes a new one with a fresh code.</source>
        <translation>Ningún participante seleccionado: al iniciar se crea uno nuevo con un código nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="313"/>
        <source>The interview will be with {code}.</source>
        <translation>La entrevista será con {code}.</translation>
    </message>
</context>
<context>
    <name>KioskDialog</name>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="26"/>
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="26"/>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="28"/>
        <source>Kiosk mode shows the participant only their own interview or voting session: no menus, no other participants. Choose a PIN (at least {count} characters) to leave it later.</source>
        <translation>El modo quiosco muestra al participante solo su propia entrevista o sesión de votación: sin menús ni otros participantes. Elija un PIN (de al menos {count} caracteres) para salir después.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="31"/>
        <source>For the researcher: type the PIN to leave kiosk mode.</source>
        <translation>Para el investigador: escriba el PIN para salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="41"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="43"/>
        <source>PIN again</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="69"/>
        <source>That is not the PIN.</source>
        <translation>Ese no es el PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="71"/>
        <source>The PIN needs at least {count} characters.</source>
        <translation>El PIN necesita al menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="73"/>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="34"/>
        <source>Participant {code}</source>
        <translation>Participante {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="43"/>
        <source>No consent recorded yet.</source>
        <translation>Aún no hay consentimiento registrado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="45"/>
        <source>Record a withdrawal of consent…</source>
        <translation>Registrar una retirada del consentimiento…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="47"/>
        <source>The participant&apos;s interviews stay in the file (nothing is erased) but are left out of every export.</source>
        <translation>Las entrevistas del participante permanecen en el archivo (no se borra nada), pero quedan fuera de toda exportación.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="59"/>
        <source>Code (never a real name)</source>
        <translation>Código (nunca un nombre real)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="60"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="70"/>
        <source>Withdraw consent</source>
        <translation>Retirar el consentimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="71"/>
        <source>Record that {code} withdrew consent? Their interviews will be left out of every export from now on.</source>
        <translation>¿Registrar que {code} retiró su consentimiento? Sus entrevistas quedarán fuera de toda exportación a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="81"/>
        <source>{time} UTC: given (consent text version {version})</source>
        <translation>{time} UTC: otorgado (versión del texto de consentimiento {version})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="82"/>
        <source>{time} UTC: refused (consent text version {version})</source>
        <translation>{time} UTC: rechazado (versión del texto de consentimiento {version})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="83"/>
        <source>{time} UTC: withdrawn (consent text version {version})</source>
        <translation>{time} UTC: retirado (versión del texto de consentimiento {version})</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="29"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="31"/>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="33"/>
        <source>Code and details…</source>
        <translation>Código y datos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="61"/>
        <source>{code} · consent given</source>
        <translation>{code} · consentimiento otorgado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="62"/>
        <source>{code} · consent refused</source>
        <translation>{code} · consentimiento rechazado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="63"/>
        <source>{code} · consent withdrawn</source>
        <translation>{code} · consentimiento retirado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="64"/>
        <source>{code} · no consent yet</source>
        <translation>{code} · sin consentimiento aún</translation>
    </message>
</context>
<context>
    <name>StageNames</name>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="14"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="15"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="16"/>
        <source>Your card</source>
        <translation>Su tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="17"/>
        <source>Voting</source>
        <translation>Votación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="18"/>
        <source>Last questions</source>
        <translation>Últimas preguntas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="19"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="30"/>
        <source>opening question</source>
        <translation>pregunta inicial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="31"/>
        <source>question {asked} of {total}</source>
        <translation>pregunta {asked} de {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="37"/>
        <source>about you</source>
        <translation>sobre usted</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/survey_panel.py" line="33"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
</context>
</TS>
