<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>DemographicFieldDialog</name>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="17"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="18"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="19"/>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="31"/>
        <source>Demographic field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="38"/>
        <source>for a choice: the options, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="44"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="45"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_field_dialog.py" line="46"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemographicFieldsPanel</name>
    <message>
        <location filename="../../desktop/ui/study/demographic_fields_panel.py" line="23"/>
        <source>Demographic fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_fields_panel.py" line="24"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_fields_panel.py" line="24"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/demographic_fields_panel.py" line="25"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="21"/>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="21"/>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="26"/>
        <source>optional, e.g. en, fr, he</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="28"/>
        <source>optional, seen by the interviewer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="36"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="37"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="38"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/question_dialog.py" line="42"/>
        <source>Interviews already made keep the wording they were asked with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="29"/>
        <source>Questions (contexts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="31"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="32"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="33"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="34"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="35"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="36"/>
        <source>Import JSONL/CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="82"/>
        <source>Archived: new interviews cannot use it; its interviews stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="87"/>
        <source>Import questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="88"/>
        <source>Questions (*.jsonl *.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="99"/>
        <source>Nothing was imported. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="102"/>
        <source>Imported {count} question(s) from {file}; {skipped} already in the study were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/questions_panel.py" line="104"/>
        <source>Imported {count} question(s) from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="37"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="38"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="39"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="40"/>
        <source>Study record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="41"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="42"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="43"/>
        <source>Card versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="47"/>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="48"/>
        <source>Everything of this study lives in one file on this computer; every change is saved the moment it is made. There is no Save button to forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="55"/>
        <source>This study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="64"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="65"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="66"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="67"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="78"/>
        <source>none: straight to the last questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="82"/>
        <source>guided: built from the participant&apos;s own phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="84"/>
        <source>free: written by the model (for a larger model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="90"/>
        <source>Questions (contexts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="91"/>
        <source>Demographic fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="92"/>
        <source>Closing survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="93"/>
        <source>Interview settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="103"/>
        <source>Follow-up questions per interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="104"/>
        <source>Wiser-than questions after the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="105"/>
        <source>Question style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="106"/>
        <source>Interview texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="122"/>
        <source>{time} UTC with version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="139"/>
        <source>The interview texts cannot be used: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="140"/>
        <source>Consent text version {version}; prompts hash {hash}… Edit the files in {folder} to change the wording; every interview records the hash and keeps the texts it used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="160"/>
        <source>Saved: new interviews ask {follow_ups} follow-up question(s), then up to {votes} wiser-than question(s) after the card (when there are approved upgrade stories), with guided questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/study_page.py" line="164"/>
        <source>Saved: new interviews ask {follow_ups} follow-up question(s), then up to {votes} wiser-than question(s) after the card (when there are approved upgrade stories), with free questions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyItemsPanel</name>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="25"/>
        <source>A JSON list like [{&quot;key&quot;: &quot;clarified&quot;, &quot;kind&quot;: &quot;scale&quot;, &quot;text&quot;: &quot;Did this help you?&quot;, &quot;low&quot;: &quot;not at all&quot;, &quot;high&quot;: &quot;very much&quot;}, {&quot;key&quot;: &quot;comment&quot;, &quot;kind&quot;: &quot;text&quot;, &quot;text&quot;: &quot;Anything to add?&quot;}]. Scales run from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="37"/>
        <source>Closing survey items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="40"/>
        <source>Load from a JSON file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="41"/>
        <source>Use the default survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="67"/>
        <source>{item} (1 = {low} … 5 = {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="70"/>
        <source>{item} (free text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="73"/>
        <source>Survey items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="74"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="85"/>
        <source>the file lists no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="88"/>
        <source>{file}: {problem} The survey was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="91"/>
        <source>The closing survey now has {count} item(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/study/survey_items_panel.py" line="99"/>
        <source>The default survey (from the MGE paper) is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
