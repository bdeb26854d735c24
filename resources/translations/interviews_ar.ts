<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AnswerPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/answer_panel.py" line="34"/>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/answer_panel.py" line="37"/>
        <source>Send  (Enter)</source>
        <translation>إرسال  (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/answer_panel.py" line="39"/>
        <source>Stop  (Esc)</source>
        <translation>إيقاف  (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/answer_panel.py" line="69"/>
        <source>Type your answer. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>اكتب إجابتك. يرسلها Enter، ويبدأ Shift+Enter سطرًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/answer_panel.py" line="71"/>
        <source>Or ask the interviewer to change the card (Enter sends).</source>
        <translation>أو اطلب من المحاور تغيير البطاقة (Enter للإرسال).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/answer_panel.py" line="111"/>
        <source>Please wait for the interviewer&apos;s question (Esc stops it).</source>
        <translation>يُرجى انتظار سؤال المحاور (Esc يوقفه).</translation>
    </message>
</context>
<context>
    <name>CardEditorPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="36"/>
        <source>the title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="37"/>
        <source>what you care about</source>
        <translation>ما يهمك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="38"/>
        <source>what you pay attention to</source>
        <translation>ما تنتبه إليه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="39"/>
        <source>when this matters</source>
        <translation>متى يكون هذا مهمًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="40"/>
        <source>MOMENTS when …</source>
        <translation>اللحظات التي …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="41"/>
        <source>CHOICES that …</source>
        <translation>الخيارات التي …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="42"/>
        <source>OPPORTUNITIES for …</source>
        <translation>فرص …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="43"/>
        <source>FEELINGS of …</source>
        <translation>مشاعر …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="55"/>
        <source>Your values card</source>
        <translation>بطاقة قيمك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="70"/>
        <source>This is my card: confirm  (Ctrl+Enter)</source>
        <translation>هذه بطاقتي: تأكيد  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="78"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="79"/>
        <source>What I care about</source>
        <translation>ما يهمني</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="90"/>
        <source>Attentional policy {number}</source>
        <translation>سياسة الانتباه {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="80"/>
        <source>What I pay attention to</source>
        <translation>ما أنتبه إليه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="81"/>
        <source>When this matters</source>
        <translation>متى يهم ذلك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="98"/>
        <source>2 to 5 words</source>
        <translation>من 2 إلى 5 كلمات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="100"/>
        <source>One sentence, starting with “I …”</source>
        <translation>جملة واحدة تبدأ بـ «أنا …»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="101"/>
        <source>When …</source>
        <translation>عندما …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="148"/>
        <source>Your values card (version {number})</source>
        <translation>بطاقة قيمك (الإصدار {number})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="171"/>
        <source>Drafting your card…</source>
        <translation>جارٍ إعداد بطاقتك…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="204"/>
        <source>The interviewer could not draft {fields}: please write it in your own words.</source>
        <translation>لم يتمكن المحاور من صياغة {fields}: يُرجى كتابته بكلماتك الخاصة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="206"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_editor_panel.py" line="209"/>
        <source>{filled} of at least {minimum} things you pay attention to.</source>
        <translation>‏{filled} من {minimum} على الأقل من الأشياء التي تنتبه إليها.</translation>
    </message>
</context>
<context>
    <name>CardNotes</name>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="18"/>
        <source>Give your card a short title.</source>
        <translation>أعطِ بطاقتك عنوانًا قصيرًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="20"/>
        <source>Write one sentence describing what you care about.</source>
        <translation>اكتب جملة واحدة تصف ما يهمك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="22"/>
        <source>Add at least one thing you pay attention to.</source>
        <translation>أضف شيئًا واحدًا على الأقل تنتبه إليه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="24"/>
        <source>Shorten title: it is too long for a card.</source>
        <translation>اختصر العنوان: إنه أطول مما تتسع له البطاقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="26"/>
        <source>Shorten description: it is too long for a card.</source>
        <translation>اختصر الوصف: إنه أطول مما تتسع له البطاقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="28"/>
        <source>Shorten context: it is too long for a card.</source>
        <translation>اختصر «متى يهم ذلك»: إنه أطول مما تتسع له البطاقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="30"/>
        <source>Shorten a policy: it is too long for a card.</source>
        <translation>اختصر إحدى السياسات: إنها أطول مما تتسع له البطاقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="32"/>
        <source>Keep at most {count} things you pay attention to.</source>
        <translation>اكتفِ بـ {count} أشياء على الأكثر مما تنتبه إليه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="35"/>
        <source>Titles work best with 2 to 5 words.</source>
        <translation>أفضل العناوين ما كان من 2 إلى 5 كلمات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="37"/>
        <source>Cards usually list 3 to 7 things you pay attention to.</source>
        <translation>تذكر البطاقات عادةً من 3 إلى 7 أشياء تنتبه إليها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/card_notes.py" line="39"/>
        <source>Each item usually starts with a word in capitals, like &quot;MOMENTS when&quot;.</source>
        <translation>يبدأ كل بند عادةً بكلمة مفتاحية، مثل &quot;اللحظات التي&quot;.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/consent_panel.py" line="21"/>
        <source>Consent text</source>
        <translation>نص الموافقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/consent_panel.py" line="23"/>
        <source>I agree</source>
        <translation>أوافق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/consent_panel.py" line="25"/>
        <source>I do not agree</source>
        <translation>لا أوافق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/consent_panel.py" line="39"/>
        <source>Consent (text version {version}) — participant {code}</source>
        <translation>الموافقة (إصدار النص {version}) — المشارك {code}</translation>
    </message>
</context>
<context>
    <name>DemographicsPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/demographics_panel.py" line="33"/>
        <source>A few optional questions about you. Leave any of them empty.</source>
        <translation>بعض الأسئلة الاختيارية عنك. يمكنك ترك أي منها فارغًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/demographics_panel.py" line="39"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/demographics_panel.py" line="71"/>
        <source>{field}: type a number.</source>
        <translation>‏{field}: اكتب رقمًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/demographics_panel.py" line="73"/>
        <source>{field}: at most {count} characters.</source>
        <translation>‏{field}: {count} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/demographics_panel.py" line="77"/>
        <source>{field}: choose one of {choices}.</source>
        <translation>‏{field}: اختر واحدًا من: {choices}.</translation>
    </message>
</context>
<context>
    <name>InterviewController</name>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="133"/>
        <source>Thank you. No interview was recorded; only your decision was noted.</source>
        <translation>شكرًا لك. لم تُسجَّل أي مقابلة؛ سُجِّل قرارك فقط.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="214"/>
        <source>Edit the card directly, or ask for a change below.</source>
        <translation>عدّل البطاقة مباشرةً، أو اطلب تغييرًا أدناه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="225"/>
        <source>Drafting your card from the conversation…</source>
        <translation>جارٍ إعداد بطاقتك من المحادثة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="226"/>
        <source>The interviewer is drafting your values card…</source>
        <translation>يُعِدّ المحاور بطاقة قيمك…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="228"/>
        <source>The interviewer is writing…</source>
        <translation>المحاور يكتب…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="246"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="259"/>
        <source>The interviewer is rephrasing…</source>
        <translation>المحاور يعيد الصياغة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="338"/>
        <source>Keeping your card…</source>
        <translation>جارٍ حفظ بطاقتك…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interview_controller.py" line="358"/>
        <source>asking for a change to the card</source>
        <translation>طلب تغيير في البطاقة</translation>
    </message>
</context>
<context>
    <name>InterviewPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/interview_panel.py" line="179"/>
        <source>Not saved</source>
        <translation>لم يُحفَظ</translation>
    </message>
</context>
<context>
    <name>InterviewWriter</name>
    <message>
        <location filename="../../desktop/ui/interviews/interview_writer.py" line="68"/>
        <source>It was not saved: {error}</source>
        <translation>لم يُحفَظ: {error}</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="45"/>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="46"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="47"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="48"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="49"/>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="54"/>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="55"/>
        <source>Interview a participant about one question: the local model asks, the participant answers, and their answers become a values card they confirm.</source>
        <translation>أجرِ مقابلة مع مشارك حول سؤال واحد: يسأل النموذج المحلي ويجيب المشارك، فتصبح إجاباته بطاقة قيم يؤكدها بنفسه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="67"/>
        <source>Question for the interview</source>
        <translation>سؤال المقابلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="68"/>
        <source>Start interview</source>
        <translation>بدء المقابلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="70"/>
        <source>Start in kiosk mode…</source>
        <translation>البدء في وضع الكشك…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="74"/>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="114"/>
        <source>Interviews in this study</source>
        <translation>المقابلات في هذه الدراسة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="75"/>
        <source>Open / resume</source>
        <translation>فتح / استئناف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="79"/>
        <source>← All interviews (everything is saved)</source>
        <translation>→ كل المقابلات (كل شيء محفوظ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="80"/>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="232"/>
        <source>Researcher…</source>
        <translation>الباحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="102"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="104"/>
        <source>Start an interview with the selected participant</source>
        <translation>بدء مقابلة مع المشارك المحدد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="180"/>
        <source>Add a question on the Study page first.</source>
        <translation>أضف سؤالًا في صفحة الدراسة أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="284"/>
        <source>Audit: {notes}</source>
        <translation>سجل المقابلة: {notes}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="304"/>
        <source>No study is open.</source>
        <translation>لا توجد دراسة مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="306"/>
        <source>This study has no questions yet: add them on the Study page.</source>
        <translation>لا تحتوي هذه الدراسة على أسئلة بعد: أضفها في صفحة الدراسة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="309"/>
        <source>No participant selected: starting makes a new one with a fresh code.</source>
        <translation>لم يُحدَّد مشارك: سيُنشئ البدء مشاركًا جديدًا برمز جديد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/interviews_page.py" line="313"/>
        <source>The interview will be with {code}.</source>
        <translation>ستكون المقابلة مع {code}.</translation>
    </message>
</context>
<context>
    <name>KioskDialog</name>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="26"/>
        <source>Kiosk mode</source>
        <translation>وضع الكشك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="26"/>
        <source>Leave kiosk mode</source>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="28"/>
        <source>Kiosk mode shows the participant only their own interview or voting session: no menus, no other participants. Choose a PIN (at least {count} characters) to leave it later.</source>
        <translation>يعرض وضع الكشك للمشارك مقابلته أو جلسة تصويته فقط: بلا قوائم ولا مشاركين آخرين. اختر رقمًا سريًا (من {count} أحرف على الأقل) للخروج منه لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="31"/>
        <source>For the researcher: type the PIN to leave kiosk mode.</source>
        <translation>للباحث: اكتب الرقم السري للخروج من وضع الكشك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="41"/>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="43"/>
        <source>PIN again</source>
        <translation>الرقم السري مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="69"/>
        <source>That is not the PIN.</source>
        <translation>هذا ليس الرقم السري.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="71"/>
        <source>The PIN needs at least {count} characters.</source>
        <translation>يحتاج الرقم السري إلى {count} أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/kiosk_dialog.py" line="73"/>
        <source>The two PINs differ.</source>
        <translation>الرقمان السريان مختلفان.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="34"/>
        <source>Participant {code}</source>
        <translation>المشارك {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="43"/>
        <source>No consent recorded yet.</source>
        <translation>لم تُسجَّل أي موافقة بعد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="45"/>
        <source>Record a withdrawal of consent…</source>
        <translation>تسجيل سحب الموافقة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="47"/>
        <source>The participant&apos;s interviews stay in the file (nothing is erased) but are left out of every export.</source>
        <translation>تبقى مقابلات المشارك في الملف (لا يُحذف شيء)، لكنها تُستبعد من كل تصدير.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="59"/>
        <source>Code (never a real name)</source>
        <translation>الرمز (ليس اسمًا حقيقيًا أبدًا)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="60"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="70"/>
        <source>Withdraw consent</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="71"/>
        <source>Record that {code} withdrew consent? Their interviews will be left out of every export from now on.</source>
        <translation>هل تريد تسجيل أن {code} سحب موافقته؟ ستُستبعد مقابلاته من كل تصدير من الآن فصاعدًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="81"/>
        <source>{time} UTC: given (consent text version {version})</source>
        <translation>‏{time} UTC: مُنحت الموافقة (إصدار نص الموافقة {version})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="82"/>
        <source>{time} UTC: refused (consent text version {version})</source>
        <translation>‏{time} UTC: رُفضت الموافقة (إصدار نص الموافقة {version})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participant_dialog.py" line="83"/>
        <source>{time} UTC: withdrawn (consent text version {version})</source>
        <translation>‏{time} UTC: سُحبت الموافقة (إصدار نص الموافقة {version})</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="29"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="31"/>
        <source>New participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="33"/>
        <source>Code and details…</source>
        <translation>الرمز والتفاصيل…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="61"/>
        <source>{code} · consent given</source>
        <translation>‏{code} · مُنحت الموافقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="62"/>
        <source>{code} · consent refused</source>
        <translation>‏{code} · رُفضت الموافقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="63"/>
        <source>{code} · consent withdrawn</source>
        <translation>‏{code} · سُحبت الموافقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/participants_panel.py" line="64"/>
        <source>{code} · no consent yet</source>
        <translation>‏{code} · لا موافقة بعد</translation>
    </message>
</context>
<context>
    <name>StageNames</name>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="14"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="15"/>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="16"/>
        <source>Your card</source>
        <translation>بطاقتك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="17"/>
        <source>Voting</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="18"/>
        <source>Last questions</source>
        <translation>الأسئلة الأخيرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="19"/>
        <source>Done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="30"/>
        <source>opening question</source>
        <translation>السؤال الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="31"/>
        <source>question {asked} of {total}</source>
        <translation>السؤال {asked} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interviews/stage_names.py" line="37"/>
        <source>about you</source>
        <translation>عنك</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <location filename="../../desktop/ui/interviews/survey_panel.py" line="33"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
</context>
</TS>
