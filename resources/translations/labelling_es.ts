<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChipsPanel</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_chips_panel.py" line="87"/>
        <source>none listed — press N to add one</source>
        <translation>ninguno en la lista — pulse N para añadir uno</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="23"/>
        <source>— not in this file —</source>
        <translation>— no está en este archivo —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="25"/>
        <source>the situation</source>
        <translation>la situación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="26"/>
        <source>action A</source>
        <translation>acción A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="27"/>
        <source>action B</source>
        <translation>acción B</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="28"/>
        <source>parties affected</source>
        <translation>partes afectadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="29"/>
        <source>values of action A</source>
        <translation>valores de la acción A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="30"/>
        <source>values of action B</source>
        <translation>valores de la acción B</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="31"/>
        <source>value, right or duty (the kind)</source>
        <translation>valor, derecho o deber (el tipo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="32"/>
        <source>the value, right or duty</source>
        <translation>el valor, derecho o deber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="33"/>
        <source>valence (supports / opposes / either)</source>
        <translation>valencia (apoya / se opone / depende)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="34"/>
        <source>the item (its id or source id)</source>
        <translation>el elemento (su id o id de origen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="35"/>
        <source>the annotator&apos;s code</source>
        <translation>el código del anotador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="36"/>
        <source>the field labelled</source>
        <translation>el campo etiquetado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="37"/>
        <source>the label&apos;s value</source>
        <translation>el valor de la etiqueta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="38"/>
        <source>when it was labelled</source>
        <translation>cuándo se etiquetó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="48"/>
        <source>Which columns of {file} hold what?</source>
        <translation>¿Qué contiene cada columna de {file}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="66"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not in a layout the app knows. Choose the column for each field (* = needed). The first row is shown under each choice.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; no tiene un formato que la aplicación conozca. Elija la columna de cada campo (* = obligatorio). Bajo cada opción se muestra la primera fila.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="88"/>
        <source>e.g. {value}</source>
        <translation>p. ej. {value}</translation>
    </message>
</context>
<context>
    <name>DilemmaPanel</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="48"/>
        <source>Parties affected</source>
        <translation>Partes afectadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="56"/>
        <source>Value or party to add</source>
        <translation>Valor o parte que añadir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="58"/>
        <source>Type a value, Enter to add it, Esc to go back</source>
        <translation>Escriba un valor; Enter lo añade, Esc vuelve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="76"/>
        <source>Values served by {letter}</source>
        <translation>Valores que sirve {letter}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="159"/>
        <source>Type a party for parties affected; Enter adds it, Esc goes back</source>
        <translation>Escriba una parte afectada; Enter la añade, Esc vuelve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="160"/>
        <source>Type a value for values served by {letter}; Enter adds it, Esc goes back</source>
        <translation>Escriba un valor que sirva {letter}; Enter lo añade, Esc vuelve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="197"/>
        <source>can&apos;t decide</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="206"/>
        <source>Your choice: &lt;b&gt;{choice}&lt;/b&gt;</source>
        <translation>Su elección: &lt;b&gt;{choice}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="208"/>
        <source>Which would you do? A, B, or C if you can&apos;t decide</source>
        <translation>¿Qué haría usted? A, B, o C si no puede decidir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="212"/>
        <source>☆ The model suggests the values marked ☆; Space ticks them (check them first).</source>
        <translation>☆ El modelo sugiere los valores marcados con ☆; Espacio los marca (revíselos antes).</translation>
    </message>
</context>
<context>
    <name>LabelNotes</name>
    <message>
        <location filename="../../desktop/ui/labelling/label_notes.py" line="18"/>
        <source>Choose the action you would take: A, B, or C if you cannot decide.</source>
        <translation>Elija la acción que tomaría: A, B, o C si no puede decidir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/label_notes.py" line="21"/>
        <source>Mark the value: 1 supports, 2 opposes, 3 either, 0 not relevant.</source>
        <translation>Marque el valor: 1 apoya, 2 se opone, 3 depende, 0 no pertinente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/label_notes.py" line="24"/>
        <source>Choose the valence: 1 supports, 2 opposes or 3 either.</source>
        <translation>Elija la valencia: 1 apoya, 2 se opone o 3 depende.</translation>
    </message>
</context>
<context>
    <name>LabellingPage</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_page.py" line="22"/>
        <source>Labelling</source>
        <translation>Etiquetado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_page.py" line="23"/>
        <source>Label moral dilemmas and the valence of values with the keyboard alone. Each label is saved the moment you press Enter.</source>
        <translation>Etiquete dilemas morales y la valencia de los valores solo con el teclado. Cada etiqueta se guarda en cuanto pulsa Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_page.py" line="38"/>
        <source>Label</source>
        <translation>Etiquetar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_page.py" line="39"/>
        <source>Items and annotators</source>
        <translation>Elementos y anotadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_page.py" line="40"/>
        <source>Review and agreement</source>
        <translation>Revisión y acuerdo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_page.py" line="41"/>
        <source>Value profiles</source>
        <translation>Perfiles de valores</translation>
    </message>
</context>
<context>
    <name>LabellingSetupPanel</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="47"/>
        <source>Tables (*.csv *.tsv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Tablas (*.csv *.tsv *.jsonl *.ndjson *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="52"/>
        <source>Import dilemmas…</source>
        <translation>Importar dilemas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="54"/>
        <source>Import valence items…</source>
        <translation>Importar elementos de valencia…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="56"/>
        <source>Import labels made elsewhere…</source>
        <translation>Importar etiquetas hechas en otro lugar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="58"/>
        <source>as imported</source>
        <translation>en el orden importado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="59"/>
        <source>shuffled per annotator</source>
        <translation>aleatorio por anotador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="84"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="100"/>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="102"/>
        <source>Annotators</source>
        <translation>Anotadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="103"/>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="119"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="103"/>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="120"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="104"/>
        <source>Assigned</source>
        <translation>Asignados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="104"/>
        <source>Labelled</source>
        <translation>Etiquetados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="110"/>
        <source>code (blank: made up)</source>
        <translation>código (vacío: se genera)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="111"/>
        <source>group (optional)</source>
        <translation>grupo (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="114"/>
        <source>Add annotator</source>
        <translation>Añadir anotador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="115"/>
        <source>Set group of selected</source>
        <translation>Poner grupo a los elegidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="132"/>
        <source>Assignment and suggestions</source>
        <translation>Asignación y sugerencias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="138"/>
        <source>Assign items (to the selected annotators, else to all)</source>
        <translation>Asignar elementos (a los anotadores elegidos o, si no, a todos)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="142"/>
        <source>Show the local model&apos;s suggestions to annotators</source>
        <translation>Mostrar a los anotadores las sugerencias del modelo local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="145"/>
        <source>Annotators per item</source>
        <translation>Anotadores por elemento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="146"/>
        <source>Queue order</source>
        <translation>Orden de la cola</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="153"/>
        <source>Guidelines annotators see (F1 while labelling)</source>
        <translation>Pautas que ven los anotadores (F1 al etiquetar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="155"/>
        <source>Guidelines annotators see</source>
        <translation>Pautas que ven los anotadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="157"/>
        <source>Save guidelines</source>
        <translation>Guardar pautas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="184"/>
        <source>{dilemmas} dilemmas, {valence} valence items; {unassigned} not assigned to anyone yet.</source>
        <translation>{dilemmas} dilemas, {valence} elementos de valencia; {unassigned} sin asignar todavía.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="216"/>
        <source>{problem} Nothing was imported.</source>
        <translation>{problem} No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="222"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="225"/>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="242"/>
        <source>{file}: {added} added, {skipped} already in the study.</source>
        <translation>{file}: {added} añadidos, {skipped} ya estaban en el estudio.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="282"/>
        <source>Add an annotator first.</source>
        <translation>Primero añada un anotador.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="286"/>
        <source>No items were assigned.</source>
        <translation>No se asignó ningún elemento.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="290"/>
        <source>Assigning…</source>
        <translation>Asignando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="298"/>
        <source>{added} assignments added: every item now goes to {overlap} of these {people} annotator(s).</source>
        <translation>{added} asignaciones añadidas: cada elemento va ahora a {overlap} de estos {people} anotador(es).</translation>
    </message>
</context>
<context>
    <name>LabellingView</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="80"/>
        <source>Labelling as annotator</source>
        <translation>Etiquetando como anotador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="86"/>
        <source>%v of %m labelled</source>
        <translation>%v de %m etiquetados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="90"/>
        <source>Labelling as</source>
        <translation>Etiquetando como</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="96"/>
        <source>Start labelling as a new annotator</source>
        <translation>Empezar a etiquetar como anotador nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="108"/>
        <source>Labelling guidelines</source>
        <translation>Pautas de etiquetado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="114"/>
        <source>&lt;b&gt;Enter&lt;/b&gt; save and next · &lt;b&gt;Backspace&lt;/b&gt; back · &lt;b&gt;End&lt;/b&gt; first unlabelled · &lt;b&gt;F1&lt;/b&gt; guidelines · &lt;b&gt;Space&lt;/b&gt; take suggestion</source>
        <translation>&lt;b&gt;Enter&lt;/b&gt; guardar y seguir · &lt;b&gt;Backspace&lt;/b&gt; atrás · &lt;b&gt;End&lt;/b&gt; primero sin etiquetar · &lt;b&gt;F1&lt;/b&gt; pautas · &lt;b&gt;Espacio&lt;/b&gt; aceptar sugerencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="188"/>
        <source>Labelled earlier: Enter keeps it, or change it and press Enter.</source>
        <translation>Etiquetado antes: Enter lo conserva; o cámbielo y pulse Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="210"/>
        <source>No study is open.</source>
        <translation>No hay ningún estudio abierto.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="212"/>
        <source>No annotators yet. Start labelling as a new annotator (every item is assigned to you), or add annotators under Items and annotators.</source>
        <translation>Aún no hay anotadores. Empiece a etiquetar como anotador nuevo (se le asignan todos los elementos) o añada anotadores en Elementos y anotadores.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="216"/>
        <source>No items are assigned to you yet. Import dilemmas or valence items and assign them under Items and annotators.</source>
        <translation>Aún no tiene elementos asignados. Importe dilemas o elementos de valencia y asígnelos en Elementos y anotadores.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="219"/>
        <source>All {count} of your items are labelled. Thank you! Backspace goes back to change a label.</source>
        <translation>Sus {count} elementos están etiquetados. ¡Gracias! Backspace vuelve atrás para cambiar una etiqueta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="249"/>
        <source>{time} on this item</source>
        <translation>{time} en este elemento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="278"/>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="324"/>
        <source>Suggestion taken: check it, then Enter saves.</source>
        <translation>Sugerencia aceptada: revísela; luego Enter la guarda.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="48"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="48"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="49"/>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="49"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="50"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="50"/>
        <source>By 2+</source>
        <translation>Por 2+</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="51"/>
        <source>Disagree</source>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="63"/>
        <source>can&apos;t decide</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="66"/>
        <source>values A: {values}</source>
        <translation>valores A: {values}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="67"/>
        <source>values B: {values}</source>
        <translation>valores B: {values}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="68"/>
        <source>parties: {parties}</source>
        <translation>partes: {parties}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="87"/>
        <source>Agreement figures</source>
        <translation>Cifras de acuerdo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="96"/>
        <source>Items the annotators disagree on</source>
        <translation>Elementos en los que discrepan los anotadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="107"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="107"/>
        <source>Export labels…</source>
        <translation>Exportar etiquetas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="111"/>
        <source>&lt;b&gt;Agreement&lt;/b&gt; (current labels; alpha is Krippendorff&apos;s, nominal)</source>
        <translation>&lt;b&gt;Acuerdo&lt;/b&gt; (etiquetas actuales; alfa de Krippendorff, nominal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="125"/>
        <source>&lt;b&gt;Items annotators disagree on&lt;/b&gt; — 1-9 takes that annotator&apos;s label, Enter saves it as the final label</source>
        <translation>&lt;b&gt;Elementos en los que discrepan los anotadores&lt;/b&gt; — 1-9 toma la etiqueta de ese anotador; Enter la guarda como etiqueta final</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="154"/>
        <source>No disagreements to review.</source>
        <translation>No hay discrepancias que revisar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="186"/>
        <source>They differ on: &lt;b&gt;{fields}&lt;/b&gt;</source>
        <translation>Discrepan en: &lt;b&gt;{fields}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="194"/>
        <source>&lt;i&gt;Final label now:&lt;/i&gt; {label}</source>
        <translation>&lt;i&gt;Etiqueta final actual:&lt;/i&gt; {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="197"/>
        <source>&lt;b&gt;Enter&lt;/b&gt; saves the highlighted label as the final one.</source>
        <translation>&lt;b&gt;Enter&lt;/b&gt; guarda la etiqueta resaltada como final.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="217"/>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="239"/>
        <source>Export labels into</source>
        <translation>Exportar etiquetas a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="248"/>
        <source>Exported {count} files to {folder}.</source>
        <translation>Se exportaron {count} archivos a {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="274"/>
        <source>{kind}: suggestions kept {kept} of {shown}</source>
        <translation>{kind}: sugerencias conservadas {kept} de {shown}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="280"/>
        <source>model vs majority on {field}: kappa {kappa} ({count} items)</source>
        <translation>modelo frente a mayoría en {field}: kappa {kappa} ({count} elementos)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="286"/>
        <source>No labels by two or more annotators yet.</source>
        <translation>Aún no hay etiquetas de dos o más anotadores.</translation>
    </message>
</context>
<context>
    <name>ValencePanel</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="27"/>
        <source>Supports</source>
        <translation>Apoya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="28"/>
        <source>Opposes</source>
        <translation>Se opone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="29"/>
        <source>Either</source>
        <translation>Depende</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="30"/>
        <source>Not relevant</source>
        <translation>No pertinente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="31"/>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="32"/>
        <source>RIGHT</source>
        <translation>DERECHO</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="33"/>
        <source>DUTY</source>
        <translation>DEBER</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="58"/>
        <source>Explanation (optional)</source>
        <translation>Explicación (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="59"/>
        <source>Explanation (optional): Tab or W to write, Enter saves, Esc goes back</source>
        <translation>Explicación (opcional): Tab o W para escribir, Enter guarda, Esc vuelve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="78"/>
        <source>Is it relevant here? Does it support the action, oppose it, or could it go either way?</source>
        <translation>¿Es pertinente aquí? ¿Apoya la acción, se opone a ella o depende?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="125"/>
        <source>☆ The model suggests &lt;b&gt;{valence}&lt;/b&gt;: “{explanation}” Space takes it (check it first).</source>
        <translation>☆ El modelo sugiere &lt;b&gt;{valence}&lt;/b&gt;: «{explanation}» Espacio la acepta (revísela antes).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="129"/>
        <source>☆ The model suggests &lt;b&gt;{valence}&lt;/b&gt;. Space takes it (check it first).</source>
        <translation>☆ El modelo sugiere &lt;b&gt;{valence}&lt;/b&gt;. Espacio la acepta (revísela antes).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="150"/>
        <source>not relevant</source>
        <translation>no pertinente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="151"/>
        <source>supports</source>
        <translation>apoya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="152"/>
        <source>opposes</source>
        <translation>se opone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="153"/>
        <source>either</source>
        <translation>depende</translation>
    </message>
</context>
<context>
    <name>ValueProfileView</name>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="21"/>
        <source>World Values Survey</source>
        <translation>Encuesta Mundial de Valores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="22"/>
        <source>Moral Foundations</source>
        <translation>Fundamentos morales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="23"/>
        <source>Virtues</source>
        <translation>Virtudes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="24"/>
        <source>Emotions (Plutchik)</source>
        <translation>Emociones (Plutchik)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="25"/>
        <source>Maslow&apos;s needs</source>
        <translation>Necesidades de Maslow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="37"/>
        <source>Theory of values</source>
        <translation>Teoría de valores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="41"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="48"/>
        <source>share among chosen actions&apos; values − share among neglected actions&apos; values</source>
        <translation>proporción en los valores de las acciones elegidas − proporción en los de las descartadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="57"/>
        <source>Theory</source>
        <translation>Teoría</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="88"/>
        <source>No dilemma labels with a chosen action yet.</source>
        <translation>Aún no hay etiquetas de dilemas con una acción elegida.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="89"/>
        <source>{people} choices by annotators, {model} by the model (from its suggestions).</source>
        <translation>{people} elecciones de anotadores, {model} del modelo (de sus sugerencias).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="93"/>
        <source>{count} value name(s) are not in the 301-value mapping and are left out: {names}.</source>
        <translation>{count} nombre(s) de valor no están en la tabla de 301 valores y se omiten: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="100"/>
        <source>All annotators</source>
        <translation>Todos los anotadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="102"/>
        <source>Local model (its own choices)</source>
        <translation>Modelo local (sus propias elecciones)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="104"/>
        <source>Group: {name}</source>
        <translation>Grupo: {name}</translation>
    </message>
</context>
</TS>
