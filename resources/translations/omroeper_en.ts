<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../ui/key_date_list_model.py" line="40"/>
        <source>every %n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message numerus="yes">
        <location filename="../../ui/calendar_tab.py" line="325"/>
        <source>%n result(s) for “{text}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../ui/month_view.py" line="194"/>
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="34"/>
        <source>%n post(s) waiting in the outbox</source>
        <translation>
            <numerusform>%n post waiting in the outbox</numerusform>
            <numerusform>%n posts waiting in the outbox</numerusform>
        </translation>
    </message>
</context>
</TS>
