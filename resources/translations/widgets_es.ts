<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../desktop/ui/widgets/chat_view.py" line="15"/>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/chat_view.py" line="16"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/chat_view.py" line="24"/>
        <source>Interview conversation</source>
        <translation>Conversación de la entrevista</translation>
    </message>
</context>
</TS>
