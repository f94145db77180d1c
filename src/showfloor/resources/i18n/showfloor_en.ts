<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DuplicateHintController</name>
    <message numerus="yes">
        <source>Met before? {who}, %Ln visit(s) ({reason}). Saving adds a new lead; combine them in Leads if they are one.</source>
        <translation>
            <numerusform>Met before? {who}, %Ln visit ({reason}). Saving adds a new lead; combine them in Leads if they are one.</numerusform>
            <numerusform>Met before? {who}, %Ln visits ({reason}). Saving adds a new lead; combine them in Leads if they are one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadCountController</name>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsController</name>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln to qualify (Class: {to_qualify})</source>
        <translation>
            <numerusform> · %Ln to qualify (Class: {to_qualify})</numerusform>
            <numerusform> · %Ln to qualify (Class: {to_qualify})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln lead(s), received: {arg0}.</source>
        <translation>
            <numerusform>Sent %Ln lead, received: {arg0}.</numerusform>
            <numerusform>Sent %Ln leads, received: {arg0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSyncController</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
</TS>
