<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiGateway</name>
    <message numerus="yes">
        <source>Rate limit exceeded; retry after %n second(s).</source>
        <translation>
            <numerusform>Rate limit exceeded; retry after %n second.</numerusform>
            <numerusform>Rate limit exceeded; retry after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictExercise</name>
    <message numerus="yes">
        <source>%n indicator(s) still in conflict.</source>
        <translation>
            <numerusform>%n indicator still in conflict.</numerusform>
            <numerusform>%n indicators still in conflict.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropperExercise</name>
    <message numerus="yes">
        <source>Not yet: %n problem(s) left.</source>
        <translation>
            <numerusform>Not yet: %n problem left.</numerusform>
            <numerusform>Not yet: %n problems left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportImportExercise</name>
    <message numerus="yes">
        <source>A partner sent a threat report, %1. Import its indicators. %n of its lines cannot become indicators: read why, keep the valid part, and make sure every valid indicator is in the workspace.</source>
        <translation>
            <numerusform>A partner sent a threat report, %1. Import its indicators. %n of its lines cannot become indicators: read why, keep the valid part, and make sure every valid indicator is in the workspace.</numerusform>
            <numerusform>A partner sent a threat report, %1. Import its indicators. %n of its lines cannot become indicators: read why, keep the valid part, and make sure every valid indicator is in the workspace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n conflict to resolve.</numerusform>
            <numerusform>%n conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed indicator(s) have a type or action this console does not know; left out.</source>
        <translation>
            <numerusform>%n listed indicator has a type or action this console does not know; left out.</numerusform>
            <numerusform>%n listed indicators have a type or action this console does not know; left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelemetryIndex</name>
    <message numerus="yes">
        <source>%1 · %n record(s)</source>
        <translation>
            <numerusform>%1 · %n record</numerusform>
            <numerusform>%1 · %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>seen in %n record(s)</source>
        <translation>
            <numerusform>seen in %n record</numerusform>
            <numerusform>seen in %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message numerus="yes">
        <source>Deleted %n indicator(s)</source>
        <translation>
            <numerusform>Deleted %n indicator</numerusform>
            <numerusform>Deleted %n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the action of %n indicator(s) to %1</source>
        <translation>
            <numerusform>Set the action of %n indicator to %1</numerusform>
            <numerusform>Set the action of %n indicators to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n expired indicator(s)</source>
        <translation>
            <numerusform>Purged %n expired indicator</numerusform>
            <numerusform>Purged %n expired indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>indicia::FilePage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n event(s)&lt;/b&gt; on %1 machine(s)&lt;br&gt;first seen %2&lt;br&gt;last seen %3</source>
        <translation>
            <numerusform>&lt;b&gt;%n event&lt;/b&gt; on %1 machine(s)&lt;br&gt;first seen %2&lt;br&gt;last seen %3</numerusform>
            <numerusform>&lt;b&gt;%n events&lt;/b&gt; on %1 machine(s)&lt;br&gt;first seen %2&lt;br&gt;last seen %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created from the file page: seen %n time(s) on %1 machine(s) in the loaded telemetry.</source>
        <translation>
            <numerusform>Created from the file page: seen %n time on %1 machine(s) in the loaded telemetry.</numerusform>
            <numerusform>Created from the file page: seen %n times on %1 machine(s) in the loaded telemetry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>indicia::IndicatorsPage</name>
    <message numerus="yes">
        <source>Delete %n indicators: %1? You can undo this.</source>
        <translation>
            <numerusform>Delete %n indicator: %1? You can undo this.</numerusform>
            <numerusform>Delete %n indicators: %1? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>indicia::PreviewPage</name>
    <message numerus="yes">
        <source>Scanning %n file(s)...</source>
        <translation>
            <numerusform>Scanning %n file...</numerusform>
            <numerusform>Scanning %n files...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) only allowed</source>
        <translation>
            <numerusform>%n machine only allowed</numerusform>
            <numerusform>%n machines only allowed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>indicia::SyncPage</name>
    <message numerus="yes">
        <source>Conflicts: %n (double-click one to resolve it):</source>
        <translation>
            <numerusform>Conflicts: %n (double-click one to resolve it):</numerusform>
            <numerusform>Conflicts: %n (double-click one to resolve it):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n edit(s) held by a conflict)</source>
        <translation>
            <numerusform>(and %n edit held by a conflict)</numerusform>
            <numerusform>(and %n edits held by a conflict)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>indicia::WorkspaceController</name>
    <message numerus="yes">
        <source>Delete %n indicator(s)</source>
        <translation>
            <numerusform>Delete %n indicator</numerusform>
            <numerusform>Delete %n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set action of %n indicator(s) to %1</source>
        <translation>
            <numerusform>Set action of %n indicator to %1</numerusform>
            <numerusform>Set action of %n indicators to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message numerus="yes">
        <source>%n file(s) could not be validated.</source>
        <translation>
            <numerusform>%n file could not be validated.</numerusform>
            <numerusform>%n files could not be validated.</numerusform>
        </translation>
    </message>
</context>
</TS>
