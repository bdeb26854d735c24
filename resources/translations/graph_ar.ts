<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>GraphBridgingPanel</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="30"/>
        <source>None: the group filter keeps only {field} {group}. Choose Everyone to compare {field} groups.</source>
        <translation>لا شيء: مرشّح الفئة لا يُبقي إلا فئة {group} من {field}. اختر «الجميع» للمقارنة بين فئات {field}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="35"/>
        <source>No value yet that people from two or more {field} groups moved towards, as of this point of the replay.</source>
        <translation>لا توجد بعدُ قيمة انتقل إليها أشخاص من فئتين أو أكثر من فئات {field}، حتى هذه النقطة من إعادة العرض.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="39"/>
        <source>1 value, ringed in magenta, that people from two or more {field} groups moved towards (voted it the wiser one), as of this point of the replay.</source>
        <translation>قيمة واحدة، محاطة بحلقة أرجوانية، انتقل إليها أشخاص من فئتين أو أكثر من فئات {field} (صوّتوا لها بأنها الأكثر حكمة)، حتى هذه النقطة من إعادة العرض.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="43"/>
        <source>{count} values, ringed in magenta, that people from two or more {field} groups moved towards (voted it the wiser one), as of this point of the replay.</source>
        <translation>حتى هذه النقطة من إعادة العرض، انتقل أشخاص من فئتين أو أكثر من فئات {field} إلى قيم عددها {count}، محاطة بحلقة أرجوانية (صوّتوا لها بأنها الأكثر حكمة).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="68"/>
        <source>Ring the values that people from two or more groups of this demographic field moved towards</source>
        <translation>إحاطة القيم التي انتقل إليها أشخاص من فئتين أو أكثر من فئات هذا الحقل الديموغرافي بحلقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="75"/>
        <source>Counting each person&apos;s latest answer in the votes shown (context filter, time slider); people who gave no answer to the field are left out.</source>
        <translation>تُحتسب آخر إجابة لكل شخص في الأصوات المعروضة (مرشّح السياق، شريط الزمن)؛ ويُستبعد من لم يُجب عن هذا الحقل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="80"/>
        <source>Bridging across</source>
        <translation>التجسير بين فئات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="97"/>
        <source>(off)</source>
        <translation>(معطّل)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="112"/>
        <source>Choose a demographic field to ring the values that people from two or more of its groups moved towards: common ground across groups.</source>
        <translation>اختر حقلًا ديموغرافيًا لإحاطة القيم التي انتقل إليها أشخاص من فئتين أو أكثر من فئاته بحلقة: أرضية مشتركة بين الفئات.</translation>
    </message>
</context>
<context>
    <name>GraphCard</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="29"/>
        <source>Our PageRank</source>
        <translation>PageRank لدينا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="30"/>
        <source>MGE PageRank</source>
        <translation>PageRank حسب MGE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="31"/>
        <source>Bradley-Terry</source>
        <translation>Bradley-Terry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="95"/>
        <source>Where their attention goes</source>
        <translation>ما الذي ينتبهون إليه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="117"/>
        <source>No votes on this value at this point of the replay.</source>
        <translation>لا أصوات على هذه القيمة حتى هذه النقطة من إعادة العرض.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="120"/>
        <source>– (not in MGE&apos;s graph yet)</source>
        <translation>– (ليست في مخطط MGE بعد)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="124"/>
        <source>Rank {rank} of {ranked}</source>
        <translation>المرتبة {rank} من {ranked}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="126"/>
        <source>{rank} by {measure}&lt;br&gt;Our PageRank {ours} · MGE PageRank {mge}&lt;br&gt;Bradley-Terry {bt}{interval}&lt;br&gt;Votes won {won}, lost {lost}</source>
        <translation>{rank} حسب {measure}&lt;br&gt;PageRank لدينا {ours} · PageRank حسب MGE {mge}&lt;br&gt;Bradley-Terry {bt}{interval}&lt;br&gt;أصوات رابحة {won}، خاسرة {lost}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="139"/>
        <source>&lt;b&gt;Bridging across {field}:&lt;/b&gt; people from {count} {field} groups moved towards this value ({groups}).</source>
        <translation>&lt;b&gt;تجسير بين فئات {field}:&lt;/b&gt; انتقل إلى هذه القيمة أشخاص من فئات {field} عددها {count} ({groups}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="143"/>
        <source>&lt;b&gt;Not bridging across {field}:&lt;/b&gt; only people from {groups} moved towards it so far.</source>
        <translation>&lt;b&gt;لا تجسير بين فئات {field}:&lt;/b&gt; لم ينتقل إليها حتى الآن إلا أشخاص من {groups}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="147"/>
        <source>&lt;b&gt;Not bridging across {field}:&lt;/b&gt; no {field} group moved towards it so far.</source>
        <translation>&lt;b&gt;لا تجسير بين فئات {field}:&lt;/b&gt; لم تنتقل إليها أي فئة من فئات {field} حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="155"/>
        <source>Moving here from</source>
        <translation>الانتقال إلى هذه القيمة من</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="157"/>
        <source>Moving from here to</source>
        <translation>الانتقال من هذه القيمة إلى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="168"/>
        <source>{value}: {wiser} wiser, {not_wiser} not wiser, {unsure} not sure (kept edge)</source>
        <translation>{value}: أكثر حكمة {wiser}، ليس أكثر حكمة {not_wiser}، لا أدري {unsure} (حافة مُبقاة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="172"/>
        <source>{value}: {wiser} wiser, {not_wiser} not wiser, {unsure} not sure</source>
        <translation>{value}: أكثر حكمة {wiser}، ليس أكثر حكمة {not_wiser}، لا أدري {unsure}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="181"/>
        <source>(on moving from {source} to {target})</source>
        <translation>(عن الانتقال من {source} إلى {target})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="187"/>
        <source>Why, in voters&apos; words</source>
        <translation>لماذا، بكلمات المصوّتين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="199"/>
        <source>Upgrade stories</source>
        <translation>قصص التحوّل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="205"/>
        <source>From {source} to {target} (draft)</source>
        <translation>من {source} إلى {target} (مسودة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="207"/>
        <source>From {source} to {target}</source>
        <translation>من {source} إلى {target}</translation>
    </message>
</context>
<context>
    <name>GraphController</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_controller.py" line="70"/>
        <source>No study is open.</source>
        <translation>لا توجد دراسة مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_controller.py" line="98"/>
        <source>Reading the votes and laying the graph out…</source>
        <translation>جارٍ قراءة الأصوات وترتيب المخطط…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_controller.py" line="150"/>
        <source>Laying the graph out afresh…</source>
        <translation>جارٍ ترتيب المخطط من جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_controller.py" line="210"/>
        <source>The graph could not be computed: {problem}</source>
        <translation>تعذّر حساب المخطط: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_controller.py" line="239"/>
        <source>{values} values · {votes} votes counted (a changed mind replaces the earlier answer) · {edges} edges kept by MGE&apos;s filter: at least 2 wiser votes and a clear direction</source>
        <translation>القيم: {values} · الأصوات المحتسبة: {votes} (تغيير الرأي يحلّ محلّ الإجابة السابقة) · الحواف التي يُبقيها مرشّح MGE (صوتان على الأقل بأنها «أكثر حكمة» واتجاه واضح): {edges}</translation>
    </message>
</context>
<context>
    <name>GraphDetailsPanel</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_details_panel.py" line="25"/>
        <source>Point at a value to see its card; click it to keep it here. Larger discs rank higher; arrows point to the value people judged wiser.</source>
        <translation>أشِر إلى قيمة لترى بطاقتها، وانقر عليها لتثبيتها هنا. الأقراص الأكبر أعلى مرتبة، والأسهم تشير إلى القيمة التي رآها الناس أكثر حكمة.</translation>
    </message>
</context>
<context>
    <name>GraphFilterPanel</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="32"/>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="37"/>
        <source>Re-layout</source>
        <translation>إعادة الترتيب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="38"/>
        <source>Lay the whole graph out afresh (values will move)</source>
        <translation>ترتيب المخطط كله من جديد (ستتحرك القيم)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="41"/>
        <source>Export picture</source>
        <translation>تصدير الصورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="44"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="44"/>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="45"/>
        <source>As PNG…</source>
        <translation>بصيغة PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="46"/>
        <source>As SVG…</source>
        <translation>بصيغة SVG…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="50"/>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="52"/>
        <source>Size by</source>
        <translation>الحجم حسب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="84"/>
        <source>All contexts ({count} votes)</source>
        <translation>كل السياقات (الأصوات: {count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="98"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="109"/>
        <source>Export the graph picture</source>
        <translation>تصدير صورة المخطط</translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_page.py" line="46"/>
        <source>Moral graph</source>
        <translation>المخطط الأخلاقي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_page.py" line="47"/>
        <source>Values are nodes, wiser-than votes are edges. Watch the graph grow, rank it and export it for analysis.</source>
        <translation>القيم عُقد، وأصوات «أكثر حكمة من» حواف. شاهد المخطط ينمو، ورتّب قيمه، وصدّره للتحليل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_page.py" line="60"/>
        <source>No wiser-than votes in this study yet. The graph appears here as participants vote; an online MGE run can be brought in with
{command} --kind mge-cards, then --kind mge-votes.</source>
        <translation>لا توجد بعدُ أصوات «أكثر حكمة من» في هذه الدراسة. يظهر المخطط هنا مع تصويت المشاركين، ويمكن استيراد جولة MGE عبر الإنترنت بالأمر
{command} --kind mge-cards ثم --kind mge-votes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_page.py" line="73"/>
        <source>Ranking of the values shown</source>
        <translation>ترتيب القيم المعروضة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_page.py" line="74"/>
        <source>Card of the chosen value</source>
        <translation>بطاقة القيمة المختارة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_page.py" line="152"/>
        <source>Saved the picture to {path}</source>
        <translation>حُفظت الصورة في {path}</translation>
    </message>
</context>
<context>
    <name>GraphRankingModel</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="32"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="32"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="32"/>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="32"/>
        <source>MGE PR</source>
        <translation>PR MGE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="33"/>
        <source>B-T [95%]</source>
        <translation>B-T [95%]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="33"/>
        <source>W/L</source>
        <translation>ر/خ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="33"/>
        <source>Bridging</source>
        <translation>تجسير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="35"/>
        <source>Rank by the measure the discs are sized by</source>
        <translation>المرتبة حسب المقياس الذي تُحدَّد به أحجام الأقراص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="35"/>
        <source>The value&apos;s title</source>
        <translation>عنوان القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="36"/>
        <source>Our PageRank (dangling values keep their rank)</source>
        <translation>PageRank لدينا (تحتفظ القيم التي لا تخرج منها حواف بدرجتها)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="37"/>
        <source>PageRank as MGE computes it (– : not on an edge MGE&apos;s filter kept)</source>
        <translation>PageRank كما يحسبه MGE (–: ليست على أي حافة أبقاها مرشّح MGE)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="38"/>
        <source>Bradley-Terry log-strength and its bootstrap 95% interval (… while computed)</source>
        <translation>لوغاريتم القوة وفق Bradley-Terry وفترة الثقة 95% بطريقة bootstrap (… أثناء الحساب)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="40"/>
        <source>Votes the value won and lost</source>
        <translation>الأصوات التي ربحتها القيمة والتي خسرتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="41"/>
        <source>How many groups of the chosen field moved towards the value, and which (shown when two or more did)</source>
        <translation>عدد فئات الحقل المختار التي انتقلت إلى القيمة وأسماؤها (يظهر حين تنتقل إليها فئتان أو أكثر)</translation>
    </message>
</context>
<context>
    <name>GraphTimelinePanel</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="22"/>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="80"/>
        <source>▶ Play</source>
        <translation>▶ تشغيل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="25"/>
        <source>Replay how the graph grew, vote by vote</source>
        <translation>إعادة عرض نموّ المخطط صوتًا بعد صوت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="29"/>
        <source>Votes counted</source>
        <translation>الأصوات المحتسبة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="30"/>
        <source>Move back to see the graph as it was earlier</source>
        <translation>ارجع إلى الوراء لترى المخطط كما كان سابقًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="33"/>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="66"/>
        <source>Vote {step} of {total}</source>
        <translation>الصوت {step} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="65"/>
        <source>Vote {step} of {total} · {when}</source>
        <translation>الصوت {step} من {total} · {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="80"/>
        <source>⏸ Pause</source>
        <translation>⏸ إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="102"/>
        <source>%d %b %Y %H:%M</source>
        <comment>strftime format of a vote&apos;s time</comment>
        <translation>%d/%m/%Y %H:%M</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_view.py" line="258"/>
        <source>Moral graph</source>
        <translation>المخطط الأخلاقي</translation>
    </message>
</context>
</TS>
