<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
