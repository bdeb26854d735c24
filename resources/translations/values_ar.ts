<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>SameValueChecker</name>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="38"/>
        <source>question {step} of {total}, &apos;{asked}&apos;</source>
        <translation>السؤال {step} من {total}، «{asked}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="43"/>
        <source>the check was stopped before the model answered {where}; ask again when you like</source>
        <translation>أُوقف الفحص قبل أن يجيب النموذج عن {where}؛ اسأل مجددًا متى شئت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="51"/>
        <source>same value?</source>
        <translation>القيمة نفسها؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="52"/>
        <source>different values?</source>
        <translation>قيم مختلفة؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="58"/>
        <source>Model: same value</source>
        <translation>النموذج: القيمة نفسها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="60"/>
        <source>Model: different values</source>
        <translation>النموذج: قيم مختلفة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="61"/>
        <source>Model: unclear</source>
        <translation>النموذج: غير واضح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="66"/>
        <source>no reason given</source>
        <translation>دون ذكر سبب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="68"/>
        <source>Model&apos;s answer unclear: {problem}.</source>
        <translation>إجابة النموذج غير واضحة: {problem}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="72"/>
        <source>Model says: same value (asked both ways round) — {reason}</source>
        <translation>يقول النموذج: القيمة نفسها (بعد السؤال في الاتجاهين) — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="75"/>
        <source>Model says: different values (asked both ways round) — {reason}</source>
        <translation>يقول النموذج: قيم مختلفة (بعد السؤال في الاتجاهين) — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="102"/>
        <source>No model is loaded yet: wait until it has loaded, or choose one under Model &gt; Model settings.</source>
        <translation>لم يُحمَّل أي نموذج بعد: انتظر حتى يكتمل تحميله، أو اختر نموذجًا من النموذج &gt; إعدادات النموذج.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="112"/>
        <source>Asking the model whether these cards are one value… ({step} of {total})</source>
        <translation>جارٍ سؤال النموذج عمّا إذا كانت هذه البطاقات قيمة واحدة… ({step} من {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="115"/>
        <source>The model could not check these cards: {problem}</source>
        <translation>تعذّر على النموذج فحص هذه البطاقات: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="120"/>
        <source>{summary}
(Advice from {model}; you decide.)</source>
        <translation>{summary}
(رأي استشاري من {model}؛ والقرار لك.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/same_value_checker.py" line="155"/>
        <source>{problem} (while answering {where})</source>
        <translation>{problem} (أثناء الإجابة عن {where})</translation>
    </message>
</context>
<context>
    <name>StoriesPanel</name>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="42"/>
        <source>Upgrade stories</source>
        <translation>قصص التحوّل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="46"/>
        <source>Story text</source>
        <translation>نص القصة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="49"/>
        <source>Draft stories for new pairs</source>
        <translation>صياغة قصص للأزواج الجديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="58"/>
        <source>Save edit</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="59"/>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="59"/>
        <source>Drop</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="83"/>
        <source>[{status}] {source} → {target}</source>
        <translation>[{status}] {source} ‏←‏ {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="84"/>
        <source>[{status}] {source} → {target}  (to be written)</source>
        <translation>[{status}] {source} ‏←‏ {target}  (لم تُكتب بعد)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="92"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="92"/>
        <source>approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="93"/>
        <source>dropped</source>
        <translation>مستبعدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/values/stories_panel.py" line="101"/>
        <source>Drafting %n stories with the local model…</source>
        <translation>
            <numerusform>جارٍ صياغة %n قصة بالنموذج المحلي…</numerusform>
            <numerusform>جارٍ صياغة قصة واحدة بالنموذج المحلي…</numerusform>
            <numerusform>جارٍ صياغة قصتين بالنموذج المحلي…</numerusform>
            <numerusform>جارٍ صياغة %n قصص بالنموذج المحلي…</numerusform>
            <numerusform>جارٍ صياغة %n قصةً بالنموذج المحلي…</numerusform>
            <numerusform>جارٍ صياغة %n قصة بالنموذج المحلي…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="102"/>
        <source>Every proposed pair has a story already.</source>
        <translation>لكل زوج مقترح قصة بالفعل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="124"/>
        <source>Drafts are ready: read each one, edit it, then approve or drop.</source>
        <translation>المسودات جاهزة: اقرأ كل واحدة منها وعدّلها، ثم اعتمدها أو استبعدها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/stories_panel.py" line="130"/>
        <source>The model could not draft stories: {problem}</source>
        <translation>تعذّر على النموذج صياغة القصص: {problem}</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="35"/>
        <source>Values &amp; voting</source>
        <translation>القيم والتصويت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="37"/>
        <source>Group the participants&apos; confirmed cards into values, review the upgrade stories the local model drafts, and run wiser-than voting sessions.</source>
        <translation>جمّع بطاقات المشاركين المؤكَّدة في قيم، وراجع قصص التحوّل التي يصوغها النموذج المحلي، وأدِر جلسات تصويت «أكثر حكمة من».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="45"/>
        <source>Participant who votes</source>
        <translation>المشارك الذي يصوّت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="47"/>
        <source>Number of voting questions</source>
        <translation>عدد أسئلة التصويت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="52"/>
        <source>Researcher…</source>
        <translation>الباحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="57"/>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="58"/>
        <source>Upgrade stories</source>
        <translation>قصص التحوّل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="60"/>
        <source>Voting session</source>
        <translation>جلسة التصويت</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/values/values_page.py" line="66"/>
        <source>up to %n questions</source>
        <translation>
            <numerusform>حتى %n سؤال</numerusform>
            <numerusform>حتى %n سؤال</numerusform>
            <numerusform>حتى %n سؤالين</numerusform>
            <numerusform>حتى %n أسئلة</numerusform>
            <numerusform>حتى %n سؤالًا</numerusform>
            <numerusform>حتى %n سؤال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="72"/>
        <source>Start voting</source>
        <translation>بدء التصويت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="74"/>
        <source>Start in kiosk mode…</source>
        <translation>البدء في وضع الكشك…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="80"/>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_page.py" line="108"/>
        <source>Choose a participant first (participants are added on the Interviews page).</source>
        <translation>اختر مشاركًا أولًا (يُضاف المشاركون في صفحة المقابلات).</translation>
    </message>
</context>
<context>
    <name>ValuesPanel</name>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="56"/>
        <source>Suggested groups (same value?)</source>
        <translation>مجموعات مقترحة (القيمة نفسها؟)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="57"/>
        <source>Cards in no value yet</source>
        <translation>بطاقات لم تُضمّ إلى قيمة بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="58"/>
        <source>Values and their cards</source>
        <translation>القيم وبطاقاتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="68"/>
        <source>Ask the model: same value?</source>
        <translation>سؤال النموذج: القيمة نفسها؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="71"/>
        <source>A second opinion from the local model, asked both ways round (same value? different values?). It groups nothing: you decide.</source>
        <translation>رأي ثانٍ من النموذج المحلي، يُسأل في الاتجاهين (القيمة نفسها؟ قيم مختلفة؟). لا يجمّع شيئًا: القرار لك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="82"/>
        <source>Accept group</source>
        <translation>قبول المجموعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="83"/>
        <source>Make a value of this card</source>
        <translation>جعل هذه البطاقة قيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="84"/>
        <source>Put card into the value selected →</source>
        <translation>وضع البطاقة في القيمة المحددة ←</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="85"/>
        <source>Take card out of its value</source>
        <translation>إخراج البطاقة من قيمتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="86"/>
        <source>Merge this value into…</source>
        <translation>دمج هذه القيمة في…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="124"/>
        <source>{confirmed} confirmed card(s); {ungrouped} not in a value yet. A card always keeps its participant&apos;s own words.</source>
        <translation>البطاقات المؤكَّدة: {confirmed}؛ غير المضمومة إلى قيمة بعد: {ungrouped}. تحتفظ كل بطاقة دائمًا بكلمات المشارك الذي صاغها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="131"/>
        <source>{titles}
(worded like: {title})</source>
        <translation>{titles}
(بصياغة: {title})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="140"/>
        <source>Choose a suggested group first.</source>
        <translation>اختر مجموعة مقترحة أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="189"/>
        <source>Select a card in the middle list and a value on the right, then put the card into that value.</source>
        <translation>حدّد بطاقة في القائمة الوسطى وقيمة في القائمة اليسرى، ثم ضع البطاقة في تلك القيمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="207"/>
        <source>Select a value on the right first; there must be another value to merge it into.</source>
        <translation>حدّد قيمة في القائمة اليسرى أولًا؛ ويجب أن توجد قيمة أخرى تُدمج فيها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/values/values_panel.py" line="210"/>
        <source>{title} (%n card(s))</source>
        <translation>
            <numerusform>{title} (%n بطاقة)</numerusform>
            <numerusform>{title} (بطاقة واحدة)</numerusform>
            <numerusform>{title} (بطاقتان)</numerusform>
            <numerusform>{title} (%n بطاقات)</numerusform>
            <numerusform>{title} (%n بطاقةً)</numerusform>
            <numerusform>{title} (%n بطاقة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="213"/>
        <source>Merge values</source>
        <translation>دمج القيم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="214"/>
        <source>Move every card of “{title}” into:</source>
        <translation>نقل كل بطاقات «{title}» إلى:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/values_panel.py" line="224"/>
        <source>Not merged</source>
        <translation>لم يتم الدمج</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="63"/>
        <location filename="../../desktop/ui/values/voting_panel.py" line="64"/>
        <source>Why? (optional)</source>
        <translation>لماذا؟ (اختياري)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="66"/>
        <source>That&apos;s enough for me</source>
        <translation>يكفيني هذا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="69"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="69"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="70"/>
        <source>Not sure</source>
        <translation>لا أدري</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="78"/>
        <source>Before: the value they lived by</source>
        <translation>قبل: القيمة التي كان يعيش وفقها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="79"/>
        <source>After: the value they came to live by</source>
        <translation>بعد: القيمة التي صار يعيش وفقها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="88"/>
        <source>Did this person become wiser?</source>
        <translation>هل أصبح هذا الشخص أكثر حكمة؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="120"/>
        <source>Thank you: your card is saved. Now a few questions about how other people&apos;s values changed. {intro}</source>
        <translation>شكرًا لك: حُفظت بطاقتك. والآن بعض الأسئلة عن كيفية تغيّر قيم أشخاص آخرين. {intro}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="126"/>
        <source>Here is the story of someone who came to live by a different value. Read it and the two values, then say whether you think this person became wiser. There are no right answers.</source>
        <translation>هذه قصة شخص صار يعيش وفق قيمة مختلفة. اقرأها واقرأ القيمتين، ثم قل هل ترى أن هذا الشخص أصبح أكثر حكمة. لا توجد إجابات صحيحة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="138"/>
        <location filename="../../desktop/ui/values/voting_panel.py" line="182"/>
        <source>Not saved: {problem}</source>
        <translation>لم يُحفَظ: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="198"/>
        <source>(no longer in the study)</source>
        <translation>(لم تعد ضمن الدراسة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/values/voting_panel.py" line="200"/>
        <source>Question {number} of up to {limit}. Keys: 1 yes, 2 no, 3 not sure.</source>
        <translation>السؤال {number} من {limit} كحد أقصى. المفاتيح: 1 نعم، 2 لا، 3 لا أدري.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/values/voting_panel.py" line="209"/>
        <source>Thank you: %n answer(s) saved. There is nothing more to vote on right now.</source>
        <translation>
            <numerusform>شكرًا لك: لم تُحفَظ أي إجابة. لا يوجد ما يُصوَّت عليه حاليًا.</numerusform>
            <numerusform>شكرًا لك: حُفظت إجابة واحدة. لا يوجد ما يُصوَّت عليه حاليًا.</numerusform>
            <numerusform>شكرًا لك: حُفظت إجابتان. لا يوجد ما يُصوَّت عليه حاليًا.</numerusform>
            <numerusform>شكرًا لك: حُفظت %n إجابات. لا يوجد ما يُصوَّت عليه حاليًا.</numerusform>
            <numerusform>شكرًا لك: حُفظت %n إجابةً. لا يوجد ما يُصوَّت عليه حاليًا.</numerusform>
            <numerusform>شكرًا لك: حُفظت %n إجابة. لا يوجد ما يُصوَّت عليه حاليًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/values/voting_panel.py" line="212"/>
        <source>Thank you: %n answer(s) saved.</source>
        <translation>
            <numerusform>شكرًا لك: لم تُحفَظ أي إجابة.</numerusform>
            <numerusform>شكرًا لك: حُفظت إجابة واحدة.</numerusform>
            <numerusform>شكرًا لك: حُفظت إجابتان.</numerusform>
            <numerusform>شكرًا لك: حُفظت %n إجابات.</numerusform>
            <numerusform>شكرًا لك: حُفظت %n إجابةً.</numerusform>
            <numerusform>شكرًا لك: حُفظت %n إجابة.</numerusform>
        </translation>
    </message>
</context>
</TS>
