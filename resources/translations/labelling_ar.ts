<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ChipsPanel</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_chips_panel.py" line="87"/>
        <source>none listed — press N to add one</source>
        <translation>لا شيء مدرج — اضغط N لإضافة عنصر</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="23"/>
        <source>— not in this file —</source>
        <translation>— غير موجود في هذا الملف —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="25"/>
        <source>the situation</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="26"/>
        <source>action A</source>
        <translation>الإجراء A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="27"/>
        <source>action B</source>
        <translation>الإجراء B</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="28"/>
        <source>parties affected</source>
        <translation>الأطراف المتأثرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="29"/>
        <source>values of action A</source>
        <translation>قيم الإجراء A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="30"/>
        <source>values of action B</source>
        <translation>قيم الإجراء B</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="31"/>
        <source>value, right or duty (the kind)</source>
        <translation>قيمة أو حق أو واجب (النوع)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="32"/>
        <source>the value, right or duty</source>
        <translation>القيمة أو الحق أو الواجب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="33"/>
        <source>valence (supports / opposes / either)</source>
        <translation>التكافؤ (يدعم / يعارض / حسب الحال)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="34"/>
        <source>the item (its id or source id)</source>
        <translation>البند (معرّفه أو معرّف المصدر)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="35"/>
        <source>the annotator&apos;s code</source>
        <translation>رمز الموسِّم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="36"/>
        <source>the field labelled</source>
        <translation>الحقل الموسوم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="37"/>
        <source>the label&apos;s value</source>
        <translation>قيمة الوسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="38"/>
        <source>when it was labelled</source>
        <translation>وقت الوسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="48"/>
        <source>Which columns of {file} hold what?</source>
        <translation>ما محتوى كل عمود في {file}؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="66"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not in a layout the app knows. Choose the column for each field (* = needed). The first row is shown under each choice.</source>
        <translation>‏&lt;b&gt;{file}&lt;/b&gt; ليس بتنسيق يعرفه التطبيق. اختر العمود لكل حقل (* = مطلوب). يظهر الصف الأول تحت كل اختيار.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_mapping_dialog.py" line="88"/>
        <source>e.g. {value}</source>
        <translation>مثلًا: {value}</translation>
    </message>
</context>
<context>
    <name>DilemmaPanel</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="48"/>
        <source>Parties affected</source>
        <translation>الأطراف المتأثرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="56"/>
        <source>Value or party to add</source>
        <translation>قيمة أو طرف للإضافة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="58"/>
        <source>Type a value, Enter to add it, Esc to go back</source>
        <translation>اكتب قيمة؛ Enter للإضافة، Esc للرجوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="76"/>
        <source>Values served by {letter}</source>
        <translation>القيم التي يخدمها {letter}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="159"/>
        <source>Type a party for parties affected; Enter adds it, Esc goes back</source>
        <translation>اكتب طرفًا متأثرًا؛ Enter للإضافة، Esc للرجوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="160"/>
        <source>Type a value for values served by {letter}; Enter adds it, Esc goes back</source>
        <translation>اكتب قيمة يخدمها {letter}؛ Enter للإضافة، Esc للرجوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="197"/>
        <source>can&apos;t decide</source>
        <translation>دون حسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="206"/>
        <source>Your choice: &lt;b&gt;{choice}&lt;/b&gt;</source>
        <translation>اختيارك: &lt;b&gt;{choice}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="208"/>
        <source>Which would you do? A, B, or C if you can&apos;t decide</source>
        <translation>ماذا كنت ستفعل؟ A أو B، أو C إن لم تستطع الحسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_dilemma_panel.py" line="212"/>
        <source>☆ The model suggests the values marked ☆; Space ticks them (check them first).</source>
        <translation>☆ يقترح النموذج القيم المعلَّمة بـ ☆؛ يحددها Space (راجعها أولًا).</translation>
    </message>
</context>
<context>
    <name>LabelNotes</name>
    <message>
        <location filename="../../desktop/ui/labelling/label_notes.py" line="18"/>
        <source>Choose the action you would take: A, B, or C if you cannot decide.</source>
        <translation>اختر الإجراء الذي كنت ستتخذه: A أو B، أو C إن لم تستطع الحسم.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/label_notes.py" line="21"/>
        <source>Mark the value: 1 supports, 2 opposes, 3 either, 0 not relevant.</source>
        <translation>حدِّد القيمة: 1 يدعم، 2 يعارض، 3 حسب الحال، 0 غير ذي صلة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/label_notes.py" line="24"/>
        <source>Choose the valence: 1 supports, 2 opposes or 3 either.</source>
        <translation>اختر التكافؤ: 1 يدعم، 2 يعارض، أو 3 حسب الحال.</translation>
    </message>
</context>
<context>
    <name>LabellingPage</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_page.py" line="22"/>
        <source>Labelling</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_page.py" line="23"/>
        <source>Label moral dilemmas and the valence of values with the keyboard alone. Each label is saved the moment you press Enter.</source>
        <translation>ضع وسومًا للمعضلات الأخلاقية ولتكافؤ القيم باستخدام لوحة المفاتيح وحدها. يُحفظ كل وسم لحظة الضغط على Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_page.py" line="38"/>
        <source>Label</source>
        <translation>وسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_page.py" line="39"/>
        <source>Items and annotators</source>
        <translation>البنود والموسِّمون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_page.py" line="40"/>
        <source>Review and agreement</source>
        <translation>المراجعة والاتفاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_page.py" line="41"/>
        <source>Value profiles</source>
        <translation>ملامح القيم</translation>
    </message>
</context>
<context>
    <name>LabellingSetupPanel</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="47"/>
        <source>Tables (*.csv *.tsv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>جداول (*.csv *.tsv *.jsonl *.ndjson *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="52"/>
        <source>Import dilemmas…</source>
        <translation>استيراد المعضلات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="54"/>
        <source>Import valence items…</source>
        <translation>استيراد بنود التكافؤ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="56"/>
        <source>Import labels made elsewhere…</source>
        <translation>استيراد وسوم أُنشئت في مكان آخر…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="58"/>
        <source>as imported</source>
        <translation>بترتيب الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="59"/>
        <source>shuffled per annotator</source>
        <translation>عشوائي لكل موسِّم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="84"/>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="100"/>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="102"/>
        <source>Annotators</source>
        <translation>الموسِّمون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="103"/>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="119"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="103"/>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="120"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="104"/>
        <source>Assigned</source>
        <translation>المُسنَدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="104"/>
        <source>Labelled</source>
        <translation>الموسومة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="110"/>
        <source>code (blank: made up)</source>
        <translation>الرمز (فارغ: يُنشأ تلقائيًا)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="111"/>
        <source>group (optional)</source>
        <translation>المجموعة (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="114"/>
        <source>Add annotator</source>
        <translation>إضافة موسِّم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="115"/>
        <source>Set group of selected</source>
        <translation>تعيين مجموعة المحدَّدين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="132"/>
        <source>Assignment and suggestions</source>
        <translation>الإسناد والاقتراحات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="138"/>
        <source>Assign items (to the selected annotators, else to all)</source>
        <translation>إسناد البنود (إلى الموسِّمين المحدَّدين، وإلا فإلى الجميع)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="142"/>
        <source>Show the local model&apos;s suggestions to annotators</source>
        <translation>عرض اقتراحات النموذج المحلي على الموسِّمين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="145"/>
        <source>Annotators per item</source>
        <translation>الموسِّمون لكل بند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="146"/>
        <source>Queue order</source>
        <translation>ترتيب قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="153"/>
        <source>Guidelines annotators see (F1 while labelling)</source>
        <translation>الإرشادات التي يراها الموسِّمون (F1 أثناء الوسم)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="155"/>
        <source>Guidelines annotators see</source>
        <translation>الإرشادات التي يراها الموسِّمون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="157"/>
        <source>Save guidelines</source>
        <translation>حفظ الإرشادات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="184"/>
        <source>{dilemmas} dilemmas, {valence} valence items; {unassigned} not assigned to anyone yet.</source>
        <translation>المعضلات: {dilemmas}، بنود التكافؤ: {valence}؛ غير المُسنَدة لأحد بعد: {unassigned}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="216"/>
        <source>{problem} Nothing was imported.</source>
        <translation>‏{problem} لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="222"/>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="225"/>
        <source>Importing {file}…</source>
        <translation>جارٍ استيراد {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="242"/>
        <source>{file}: {added} added, {skipped} already in the study.</source>
        <translation>‏{file}: أُضيف {added}، و{skipped} موجودة في الدراسة مسبقًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="282"/>
        <source>Add an annotator first.</source>
        <translation>أضف موسِّمًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="286"/>
        <source>No items were assigned.</source>
        <translation>لم يُسنَد أي بند.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="290"/>
        <source>Assigning…</source>
        <translation>جارٍ الإسناد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_setup_panel.py" line="298"/>
        <source>{added} assignments added: every item now goes to {overlap} of these {people} annotator(s).</source>
        <translation>الإسنادات المضافة: {added}؛ يُسنَد كل بند الآن إلى {overlap} من أصل {people} من الموسِّمين.</translation>
    </message>
</context>
<context>
    <name>LabellingView</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="80"/>
        <source>Labelling as annotator</source>
        <translation>الوسم باسم الموسِّم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="86"/>
        <source>%v of %m labelled</source>
        <translation>‏%v من %m موسومة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="90"/>
        <source>Labelling as</source>
        <translation>الوسم باسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="96"/>
        <source>Start labelling as a new annotator</source>
        <translation>ابدأ الوسم بصفتك موسِّمًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="108"/>
        <source>Labelling guidelines</source>
        <translation>إرشادات الوسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="114"/>
        <source>&lt;b&gt;Enter&lt;/b&gt; save and next · &lt;b&gt;Backspace&lt;/b&gt; back · &lt;b&gt;End&lt;/b&gt; first unlabelled · &lt;b&gt;F1&lt;/b&gt; guidelines · &lt;b&gt;Space&lt;/b&gt; take suggestion</source>
        <translation>‏&lt;b&gt;Enter&lt;/b&gt; حفظ والتالي · &lt;b&gt;Backspace&lt;/b&gt; رجوع · &lt;b&gt;End&lt;/b&gt; أول بند غير موسوم · &lt;b&gt;F1&lt;/b&gt; الإرشادات · &lt;b&gt;Space&lt;/b&gt; قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="188"/>
        <source>Labelled earlier: Enter keeps it, or change it and press Enter.</source>
        <translation>موسوم سابقًا: Enter يُبقيه، أو غيّره واضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="210"/>
        <source>No study is open.</source>
        <translation>لا توجد دراسة مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="212"/>
        <source>No annotators yet. Start labelling as a new annotator (every item is assigned to you), or add annotators under Items and annotators.</source>
        <translation>لا يوجد موسِّمون بعد. ابدأ الوسم بصفتك موسِّمًا جديدًا (تُسنَد إليك كل البنود)، أو أضف موسِّمين في «البنود والموسِّمون».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="216"/>
        <source>No items are assigned to you yet. Import dilemmas or valence items and assign them under Items and annotators.</source>
        <translation>لم تُسنَد إليك أي بنود بعد. استورد معضلات أو بنود تكافؤ وأسنِدها في «البنود والموسِّمون».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="219"/>
        <source>All {count} of your items are labelled. Thank you! Backspace goes back to change a label.</source>
        <translation>وُسمت كل بنودك ({count}). شكرًا لك! يعود Backspace إلى الخلف لتغيير وسم.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="249"/>
        <source>{time} on this item</source>
        <translation>‏{time} على هذا البند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="278"/>
        <source>Not saved: {error}</source>
        <translation>لم يُحفَظ: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_view.py" line="324"/>
        <source>Suggestion taken: check it, then Enter saves.</source>
        <translation>قُبل الاقتراح: راجعه، ثم يحفظه Enter.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="48"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="48"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="49"/>
        <source>Alpha</source>
        <translation>ألفا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="49"/>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="50"/>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="50"/>
        <source>By 2+</source>
        <translation>من 2+</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="51"/>
        <source>Disagree</source>
        <translation>الخلاف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="63"/>
        <source>can&apos;t decide</source>
        <translation>دون حسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="66"/>
        <source>values A: {values}</source>
        <translation>قيم A: {values}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="67"/>
        <source>values B: {values}</source>
        <translation>قيم B: {values}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="68"/>
        <source>parties: {parties}</source>
        <translation>الأطراف: {parties}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="87"/>
        <source>Agreement figures</source>
        <translation>أرقام الاتفاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="96"/>
        <source>Items the annotators disagree on</source>
        <translation>البنود التي يختلف عليها الموسِّمون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="107"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="107"/>
        <source>Export labels…</source>
        <translation>تصدير الوسوم…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="111"/>
        <source>&lt;b&gt;Agreement&lt;/b&gt; (current labels; alpha is Krippendorff&apos;s, nominal)</source>
        <translation>‏&lt;b&gt;الاتفاق&lt;/b&gt; (الوسوم الحالية؛ ألفا كريبندورف، اسمي)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="125"/>
        <source>&lt;b&gt;Items annotators disagree on&lt;/b&gt; — 1-9 takes that annotator&apos;s label, Enter saves it as the final label</source>
        <translation>‏&lt;b&gt;البنود التي يختلف عليها الموسِّمون&lt;/b&gt; — 1-9 يأخذ وسم ذلك الموسِّم، وEnter يحفظه وسمًا نهائيًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="154"/>
        <source>No disagreements to review.</source>
        <translation>لا توجد خلافات للمراجعة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="186"/>
        <source>They differ on: &lt;b&gt;{fields}&lt;/b&gt;</source>
        <translation>يختلفون في: &lt;b&gt;{fields}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="194"/>
        <source>&lt;i&gt;Final label now:&lt;/i&gt; {label}</source>
        <translation>‏&lt;i&gt;الوسم النهائي الآن:&lt;/i&gt; {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="197"/>
        <source>&lt;b&gt;Enter&lt;/b&gt; saves the highlighted label as the final one.</source>
        <translation>‏&lt;b&gt;Enter&lt;/b&gt; يحفظ الوسم المميَّز وسمًا نهائيًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="217"/>
        <source>Not saved: {error}</source>
        <translation>لم يُحفَظ: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="239"/>
        <source>Export labels into</source>
        <translation>تصدير الوسوم إلى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="248"/>
        <source>Exported {count} files to {folder}.</source>
        <translation>الملفات المُصدَّرة: {count}، إلى {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="274"/>
        <source>{kind}: suggestions kept {kept} of {shown}</source>
        <translation>‏{kind}: الاقتراحات المُبقاة {kept} من {shown}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="280"/>
        <source>model vs majority on {field}: kappa {kappa} ({count} items)</source>
        <translation>النموذج مقابل الأغلبية في {field}: كابا {kappa} (البنود: {count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/review_view.py" line="286"/>
        <source>No labels by two or more annotators yet.</source>
        <translation>لا توجد بعد وسوم من موسِّمَين أو أكثر.</translation>
    </message>
</context>
<context>
    <name>ValencePanel</name>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="27"/>
        <source>Supports</source>
        <translation>يدعم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="28"/>
        <source>Opposes</source>
        <translation>يعارض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="29"/>
        <source>Either</source>
        <translation>حسب الحال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="30"/>
        <source>Not relevant</source>
        <translation>غير ذي صلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="31"/>
        <source>VALUE</source>
        <translation>قيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="32"/>
        <source>RIGHT</source>
        <translation>حق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="33"/>
        <source>DUTY</source>
        <translation>واجب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="58"/>
        <source>Explanation (optional)</source>
        <translation>التفسير (اختياري)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="59"/>
        <source>Explanation (optional): Tab or W to write, Enter saves, Esc goes back</source>
        <translation>التفسير (اختياري): Tab أو W للكتابة، Enter للحفظ، Esc للرجوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="78"/>
        <source>Is it relevant here? Does it support the action, oppose it, or could it go either way?</source>
        <translation>هل هو ذو صلة هنا؟ هل يدعم الإجراء أم يعارضه أم يحتمل الأمرين؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="125"/>
        <source>☆ The model suggests &lt;b&gt;{valence}&lt;/b&gt;: “{explanation}” Space takes it (check it first).</source>
        <translation>☆ يقترح النموذج &lt;b&gt;{valence}&lt;/b&gt;: «{explanation}» يقبله Space (راجعه أولًا).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="129"/>
        <source>☆ The model suggests &lt;b&gt;{valence}&lt;/b&gt;. Space takes it (check it first).</source>
        <translation>☆ يقترح النموذج &lt;b&gt;{valence}&lt;/b&gt;. يقبله Space (راجعه أولًا).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="150"/>
        <source>not relevant</source>
        <translation>غير ذي صلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="151"/>
        <source>supports</source>
        <translation>يدعم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="152"/>
        <source>opposes</source>
        <translation>يعارض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/labelling_valence_panel.py" line="153"/>
        <source>either</source>
        <translation>حسب الحال</translation>
    </message>
</context>
<context>
    <name>ValueProfileView</name>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="21"/>
        <source>World Values Survey</source>
        <translation>مسح القيم العالمي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="22"/>
        <source>Moral Foundations</source>
        <translation>الأسس الأخلاقية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="23"/>
        <source>Virtues</source>
        <translation>الفضائل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="24"/>
        <source>Emotions (Plutchik)</source>
        <translation>المشاعر (بلوتشيك)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="25"/>
        <source>Maslow&apos;s needs</source>
        <translation>احتياجات ماسلو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="37"/>
        <source>Theory of values</source>
        <translation>نظرية القيم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="41"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="48"/>
        <source>share among chosen actions&apos; values − share among neglected actions&apos; values</source>
        <translation>الحصة بين قيم الإجراءات المختارة − الحصة بين قيم الإجراءات المُهمَلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="57"/>
        <source>Theory</source>
        <translation>النظرية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="88"/>
        <source>No dilemma labels with a chosen action yet.</source>
        <translation>لا توجد بعد وسوم معضلات اختير فيها إجراء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="89"/>
        <source>{people} choices by annotators, {model} by the model (from its suggestions).</source>
        <translation>اختيارات الموسِّمين: {people}، واختيارات النموذج: {model} (من اقتراحاته).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="93"/>
        <source>{count} value name(s) are not in the 301-value mapping and are left out: {names}.</source>
        <translation>أسماء قيم ليست في جدول القيم الـ301 فاستُبعدت ({count}): {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="100"/>
        <source>All annotators</source>
        <translation>كل الموسِّمين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="102"/>
        <source>Local model (its own choices)</source>
        <translation>النموذج المحلي (اختياراته الخاصة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labelling/value_profile_view.py" line="104"/>
        <source>Group: {name}</source>
        <translation>المجموعة: {name}</translation>
    </message>
</context>
</TS>
