<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DemographicFieldDialog</name>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="17"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="18"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="19"/>
        <source>choice</source>
        <translation>opción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="31"/>
        <source>Demographic field</source>
        <translation>Campo demográfico</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="38"/>
        <source>for a choice: the options, separated by commas</source>
        <translation>para una opción: las alternativas, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="44"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="45"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="46"/>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
</context>
<context>
    <name>DemographicFieldsPanel</name>
    <message>
        <location filename="../../desktop/ui/study/demographic_fields_panel.py" line="24"/>
        <source>Demographic fields</source>
        <translation>Campos demográficos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_fields_panel.py" line="25"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_fields_panel.py" line="25"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_fields_panel.py" line="26"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="21"/>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="21"/>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="26"/>
        <source>optional, e.g. en, fr, he</source>
        <translation>opcional, p. ej. en, fr, he</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="28"/>
        <source>optional, seen by the interviewer only</source>
        <translation>opcional, solo lo ve quien entrevista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="36"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="37"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="38"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="42"/>
        <source>Interviews already made keep the wording they were asked with.</source>
        <translation>Las entrevistas ya realizadas conservan la redacción con la que se preguntó.</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="30"/>
        <source>Questions (contexts)</source>
        <translation>Preguntas (contextos)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="32"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="33"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="34"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="35"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="36"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="37"/>
        <source>Import JSONL/CSV…</source>
        <translation>Importar JSONL/CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="83"/>
        <source>Archived: new interviews cannot use it; its interviews stay.</source>
        <translation>Archivada: las entrevistas nuevas no pueden usarla; sus entrevistas se conservan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="88"/>
        <source>Import questions</source>
        <translation>Importar preguntas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="89"/>
        <source>Questions (*.jsonl *.csv *.json);;All files (*)</source>
        <translation>Preguntas (*.jsonl *.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="100"/>
        <source>Nothing was imported. {problem}</source>
        <translation>No se importó nada. {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="103"/>
        <source>Imported {count} question(s) from {file}; {skipped} already in the study were skipped.</source>
        <translation>Se importaron {count} pregunta(s) de {file}; se omitieron {skipped} que ya estaban en el estudio.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="105"/>
        <source>Imported {count} question(s) from {file}.</source>
        <translation>Se importaron {count} pregunta(s) de {file}.</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="38"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="39"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="40"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="41"/>
        <source>Study record</source>
        <translation>Registro del estudio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="42"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="43"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="44"/>
        <source>Card versions</source>
        <translation>Versiones de tarjetas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="48"/>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="49"/>
        <source>Everything of this study lives in one file on this computer; every change is saved the moment it is made. There is no Save button to forget.</source>
        <translation>Todo este estudio vive en un solo archivo en este ordenador; cada cambio se guarda en el momento en que se hace. No hay ningún botón Guardar que olvidar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="56"/>
        <source>This study</source>
        <translation>Este estudio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="65"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="66"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="67"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="68"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="79"/>
        <source>none: straight to the last questions</source>
        <translation>ninguna: directamente a las últimas preguntas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="83"/>
        <source>guided: built from the participant&apos;s own phrases</source>
        <translation>guiadas: construidas con las propias frases del participante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="85"/>
        <source>free: written by the model (for a larger model)</source>
        <translation>libres: escritas por el modelo (para un modelo más grande)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="91"/>
        <source>Questions (contexts)</source>
        <translation>Preguntas (contextos)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="92"/>
        <source>Demographic fields</source>
        <translation>Campos demográficos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="93"/>
        <source>Closing survey</source>
        <translation>Encuesta final</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="94"/>
        <source>Interview settings</source>
        <translation>Ajustes de la entrevista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="104"/>
        <source>Follow-up questions per interview</source>
        <translation>Preguntas de seguimiento por entrevista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="105"/>
        <source>Wiser-than questions after the card</source>
        <translation>Preguntas «más sabio que» tras la tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="106"/>
        <source>Question style</source>
        <translation>Estilo de las preguntas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="107"/>
        <source>Interview texts</source>
        <translation>Textos de la entrevista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="123"/>
        <source>{time} UTC with version {version}</source>
        <translation>{time} UTC con la versión {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="126"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="140"/>
        <source>The interview texts cannot be used: {problem}</source>
        <translation>Los textos de la entrevista no se pueden usar: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="141"/>
        <source>Consent text version {version}; prompts hash {hash}… Edit the files in {folder} to change the wording; every interview records the hash and keeps the texts it used.</source>
        <translation>Versión del texto de consentimiento {version}; hash de las instrucciones {hash}… Edite los archivos de {folder} para cambiar la redacción; cada entrevista registra el hash y conserva los textos que usó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="161"/>
        <source>Saved: new interviews ask {follow_ups} follow-up question(s), then up to {votes} wiser-than question(s) after the card (when there are approved upgrade stories), with guided questions.</source>
        <translation>Guardado: las entrevistas nuevas hacen {follow_ups} pregunta(s) de seguimiento y luego hasta {votes} pregunta(s) «más sabio que» tras la tarjeta (cuando hay historias de mejora aprobadas), con preguntas guiadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="165"/>
        <source>Saved: new interviews ask {follow_ups} follow-up question(s), then up to {votes} wiser-than question(s) after the card (when there are approved upgrade stories), with free questions.</source>
        <translation>Guardado: las entrevistas nuevas hacen {follow_ups} pregunta(s) de seguimiento y luego hasta {votes} pregunta(s) «más sabio que» tras la tarjeta (cuando hay historias de mejora aprobadas), con preguntas libres.</translation>
    </message>
</context>
<context>
    <name>SurveyItemsPanel</name>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="26"/>
        <source>A JSON list like [{&quot;key&quot;: &quot;clarified&quot;, &quot;kind&quot;: &quot;scale&quot;, &quot;text&quot;: &quot;Did this help you?&quot;, &quot;low&quot;: &quot;not at all&quot;, &quot;high&quot;: &quot;very much&quot;}, {&quot;key&quot;: &quot;comment&quot;, &quot;kind&quot;: &quot;text&quot;, &quot;text&quot;: &quot;Anything to add?&quot;}]. Scales run from 1 to 5.</source>
        <translation>Una lista JSON como [{&quot;key&quot;: &quot;clarified&quot;, &quot;kind&quot;: &quot;scale&quot;, &quot;text&quot;: &quot;¿Le ha ayudado esto?&quot;, &quot;low&quot;: &quot;nada&quot;, &quot;high&quot;: &quot;mucho&quot;}, {&quot;key&quot;: &quot;comment&quot;, &quot;kind&quot;: &quot;text&quot;, &quot;text&quot;: &quot;¿Algo que añadir?&quot;}]. Las escalas van de 1 a 5.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="38"/>
        <source>Closing survey items</source>
        <translation>Preguntas de la encuesta final</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="41"/>
        <source>Load from a JSON file…</source>
        <translation>Cargar desde un archivo JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="42"/>
        <source>Use the default survey</source>
        <translation>Usar la encuesta predeterminada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="68"/>
        <source>{item} (1 = {low} … 5 = {high})</source>
        <translation>{item} (1 = {low} … 5 = {high})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="72"/>
        <source>{item} (free text)</source>
        <translation>{item} (texto libre)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="75"/>
        <source>Survey items</source>
        <translation>Preguntas de la encuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="76"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="87"/>
        <source>the file lists no items.</source>
        <translation>el archivo no contiene ninguna pregunta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="90"/>
        <source>{file}: {problem} The survey was not changed.</source>
        <translation>{file}: {problem} La encuesta no se modificó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="93"/>
        <source>The closing survey now has {count} item(s).</source>
        <translation>La encuesta final tiene ahora {count} pregunta(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="101"/>
        <source>The default survey (from the MGE paper) is used.</source>
        <translation>Se usa la encuesta predeterminada (del artículo de MGE).</translation>
    </message>
</context>
</TS>
