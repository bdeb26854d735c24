<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>DemographicFieldDialog</name>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="17"/>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="18"/>
        <source>number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="19"/>
        <source>choice</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="31"/>
        <source>Demographic field</source>
        <translation>حقل ديموغرافي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="38"/>
        <source>for a choice: the options, separated by commas</source>
        <translation>لحقل الاختيار: الخيارات مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="44"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="45"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="46"/>
        <source>Choices</source>
        <translation>الخيارات</translation>
    </message>
</context>
<context>
    <name>DemographicFieldsPanel</name>
    <message>
        <location filename="../../desktop/ui/study/demographic_fields_panel.py" line="24"/>
        <source>Demographic fields</source>
        <translation>الحقول الديموغرافية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_fields_panel.py" line="25"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_fields_panel.py" line="25"/>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_fields_panel.py" line="26"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="21"/>
        <source>Edit question</source>
        <translation>تحرير السؤال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="21"/>
        <source>New question</source>
        <translation>سؤال جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="26"/>
        <source>optional, e.g. en, fr, he</source>
        <translation>اختياري، مثل en أو fr أو he</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="28"/>
        <source>optional, seen by the interviewer only</source>
        <translation>اختياري، لا يراه إلا المحاور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="36"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="37"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="38"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="42"/>
        <source>Interviews already made keep the wording they were asked with.</source>
        <translation>تحتفظ المقابلات التي أُجريت بالصياغة التي طُرح بها السؤال.</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="30"/>
        <source>Questions (contexts)</source>
        <translation>الأسئلة (السياقات)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="32"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="33"/>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="34"/>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="35"/>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="36"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="37"/>
        <source>Import JSONL/CSV…</source>
        <translation>استيراد JSONL/CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="83"/>
        <source>Archived: new interviews cannot use it; its interviews stay.</source>
        <translation>أُرشف: لا يمكن للمقابلات الجديدة استخدامه، وتبقى مقابلاته محفوظة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="88"/>
        <source>Import questions</source>
        <translation>استيراد الأسئلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="89"/>
        <source>Questions (*.jsonl *.csv *.json);;All files (*)</source>
        <translation>الأسئلة (*.jsonl *.csv *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="100"/>
        <source>Nothing was imported. {problem}</source>
        <translation>لم يُستورد أي شيء. {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="103"/>
        <source>Imported {count} question(s) from {file}; {skipped} already in the study were skipped.</source>
        <translation>الأسئلة المستوردة من {file}: {count}؛ وتُجوهل {skipped} منها لوجودها في الدراسة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="105"/>
        <source>Imported {count} question(s) from {file}.</source>
        <translation>الأسئلة المستوردة من {file}: {count}.</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="38"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="39"/>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="40"/>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="41"/>
        <source>Study record</source>
        <translation>سجل الدراسة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="42"/>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="43"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="44"/>
        <source>Card versions</source>
        <translation>إصدارات البطاقات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="48"/>
        <source>Study</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="49"/>
        <source>Everything of this study lives in one file on this computer; every change is saved the moment it is made. There is no Save button to forget.</source>
        <translation>كل ما يخص هذه الدراسة محفوظ في ملف واحد على هذا الحاسوب؛ ويُحفظ كل تغيير لحظة إجرائه. لا يوجد زر «حفظ» قد تنساه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="56"/>
        <source>This study</source>
        <translation>هذه الدراسة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="65"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="66"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="67"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="68"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="79"/>
        <source>none: straight to the last questions</source>
        <translation>لا شيء: مباشرة إلى الأسئلة الأخيرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="83"/>
        <source>guided: built from the participant&apos;s own phrases</source>
        <translation>موجّهة: مبنية من عبارات المشارك نفسه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="85"/>
        <source>free: written by the model (for a larger model)</source>
        <translation>حرة: يكتبها النموذج (لنموذج أكبر)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="91"/>
        <source>Questions (contexts)</source>
        <translation>الأسئلة (السياقات)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="92"/>
        <source>Demographic fields</source>
        <translation>الحقول الديموغرافية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="93"/>
        <source>Closing survey</source>
        <translation>الاستبيان الختامي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="94"/>
        <source>Interview settings</source>
        <translation>إعدادات المقابلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="104"/>
        <source>Follow-up questions per interview</source>
        <translation>أسئلة المتابعة في كل مقابلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="105"/>
        <source>Wiser-than questions after the card</source>
        <translation>أسئلة «أحكم من» بعد البطاقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="106"/>
        <source>Question style</source>
        <translation>أسلوب الأسئلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="107"/>
        <source>Interview texts</source>
        <translation>نصوص المقابلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="123"/>
        <source>{time} UTC with version {version}</source>
        <translation>{time} بالتوقيت العالمي (UTC) بالإصدار {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="126"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="140"/>
        <source>The interview texts cannot be used: {problem}</source>
        <translation>لا يمكن استخدام نصوص المقابلة: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="141"/>
        <source>Consent text version {version}; prompts hash {hash}… Edit the files in {folder} to change the wording; every interview records the hash and keeps the texts it used.</source>
        <translation>إصدار نص الموافقة {version}؛ بصمة الموجّهات {hash}… عدّل الملفات في {folder} لتغيير الصياغة؛ تسجّل كل مقابلة البصمة وتحتفظ بالنصوص التي استخدمتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="161"/>
        <source>Saved: new interviews ask {follow_ups} follow-up question(s), then up to {votes} wiser-than question(s) after the card (when there are approved upgrade stories), with guided questions.</source>
        <translation>حُفظ: تطرح المقابلات الجديدة أسئلة متابعة عددها {follow_ups}، ثم ما يصل إلى {votes} من أسئلة «أحكم من» بعد البطاقة (عند وجود قصص ارتقاء معتمدة)، بأسئلة موجّهة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="165"/>
        <source>Saved: new interviews ask {follow_ups} follow-up question(s), then up to {votes} wiser-than question(s) after the card (when there are approved upgrade stories), with free questions.</source>
        <translation>حُفظ: تطرح المقابلات الجديدة أسئلة متابعة عددها {follow_ups}، ثم ما يصل إلى {votes} من أسئلة «أحكم من» بعد البطاقة (عند وجود قصص ارتقاء معتمدة)، بأسئلة حرة.</translation>
    </message>
</context>
<context>
    <name>SurveyItemsPanel</name>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="26"/>
        <source>A JSON list like [{&quot;key&quot;: &quot;clarified&quot;, &quot;kind&quot;: &quot;scale&quot;, &quot;text&quot;: &quot;Did this help you?&quot;, &quot;low&quot;: &quot;not at all&quot;, &quot;high&quot;: &quot;very much&quot;}, {&quot;key&quot;: &quot;comment&quot;, &quot;kind&quot;: &quot;text&quot;, &quot;text&quot;: &quot;Anything to add?&quot;}]. Scales run from 1 to 5.</source>
        <translation>قائمة JSON مثل [{&quot;key&quot;: &quot;clarified&quot;, &quot;kind&quot;: &quot;scale&quot;, &quot;text&quot;: &quot;هل ساعدك هذا؟&quot;, &quot;low&quot;: &quot;إطلاقًا&quot;, &quot;high&quot;: &quot;كثيرًا جدًا&quot;}, {&quot;key&quot;: &quot;comment&quot;, &quot;kind&quot;: &quot;text&quot;, &quot;text&quot;: &quot;هل لديك ما تضيفه؟&quot;}]. تمتد المقاييس من 1 إلى 5.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="38"/>
        <source>Closing survey items</source>
        <translation>بنود الاستبيان الختامي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="41"/>
        <source>Load from a JSON file…</source>
        <translation>تحميل من ملف JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="42"/>
        <source>Use the default survey</source>
        <translation>استخدام الاستبيان الافتراضي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="68"/>
        <source>{item} (1 = {low} … 5 = {high})</source>
        <translation>{item} (1 = {low} … 5 = {high})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="72"/>
        <source>{item} (free text)</source>
        <translation>{item} (نص حر)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="75"/>
        <source>Survey items</source>
        <translation>بنود الاستبيان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="76"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="87"/>
        <source>the file lists no items.</source>
        <translation>لا يتضمن الملف أي بنود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="90"/>
        <source>{file}: {problem} The survey was not changed.</source>
        <translation>{file}: {problem} لم يتغير الاستبيان.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="93"/>
        <source>The closing survey now has {count} item(s).</source>
        <translation>عدد بنود الاستبيان الختامي الآن: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="101"/>
        <source>The default survey (from the MGE paper) is used.</source>
        <translation>يُستخدم الاستبيان الافتراضي (من ورقة MGE البحثية).</translation>
    </message>
</context>
</TS>
