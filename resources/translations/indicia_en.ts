<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionStep</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: shown in alerts and in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. T1059, T1204.002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MITRE techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why this indicator exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommended actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://intranet.example/why-blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Educate URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>MDE accepts at most %1 active indicators per tenant; this export holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 IP ranges will be left out: MDE does not accept IP ranges (CIDR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected indicators have expired and will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators to export (expired ones are never exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected rows only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current tab: %1 (%2 active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;verything (%1 active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 indicators to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>%1 rows: %2 new, %3 updates, %4 unchanged, %5 duplicates, %6 invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2 rows are invalid and &quot;all or nothing&quot; was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid rows were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is now %1 indicators over its quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import indicators from a Microsoft Defender for Endpoint CSV template or a plain list (one value per line). The file is checked first; nothing changes until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;sample CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an example file in the MDE template format, one row per indicator type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry-run preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When some rows are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and skip the invalid ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All or nothing: import nothing if any row is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sample CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample saved to %1. Fill it in, then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace would be %1 indicators over its quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 rows; the counts above cover the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no indicator rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The preview was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorExporter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorFilterBar</name>
    <message>
        <source>Search value or title (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorPane</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorStep</name>
    <message>
        <source>Indicator type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute SHA-256, SHA-1 and MD5 of a local file. The file never leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload .cer/.pem/.crt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value, or paste one (defanged forms are accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTab</name>
    <message>
        <source>No file hash indicators yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block or allow files by SHA-256, SHA-1 or MD5. Add one, or import the Microsoft Defender CSV template or a plain list of hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IP address indicators yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow, warn on or block connections to external IPv4 and IPv6 addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No URL or domain indicators yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain covers all its subdomains; a URL covers its path and below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate indicators yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow or block files signed by a leaf certificate, by its SHA-1 thumbprint or a .cer/.pem file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: kept in the workspace, excluded from previews and enforcement exports until purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n indicator(s)? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator with this value and scope exists: saving updates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is at its quota of %L1 active indicators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add indicator...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an indicator (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV template or a list (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit indicator...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Indicia</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Indicia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicia workspaces (*.indicia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Indicia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Indicia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicia %1&lt;/b&gt;&lt;p&gt;A desktop console for indicators of compromise.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleCsv</name>
    <message>
        <source>Cannot save the sample CSV to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeStep</name>
    <message>
        <source>&amp;All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specific device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one device group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Optional comment for the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MITRE techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educate URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>File hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs/Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n indicator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set action of %n indicator(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <source>%L1 / %L2 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to the service&apos;s limit of %L1 active indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active indicators against the service&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 for import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy (another program is writing to it); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed at row %1 and changed nothing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the import; nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the same device groups already exists (indicator %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n indicator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the action of %n indicator(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot take the action %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged expired indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purged %n expired indicator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has read-only access to this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change indicators that apply to all devices; ask a global administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no access to the device group &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Indicia workspace (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: indicia-cli COMMAND [OPTIONS]
       indicia-cli --version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>indicia</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender for Endpoint CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDE indicator CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PEM file without a readable CERTIFICATE block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DER or PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 left broken references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Indicia (schema %1; this version reads up to %2). Update Indicia to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy (another program is writing to it); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo operation %1: its history is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>indicia::RowClassifier</name>
    <message>
        <source>Repeats row %1; this later row wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace would hold %1 active indicators; the quota is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>indicia::session</name>
    <message>
        <source>Global administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has read-only access to this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a global administrator may target all devices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Indicators of compromise console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <source>%1: invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (warning: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: indicia-cli validate [--json] FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows: %L2 valid, %L3 invalid, %L4 with warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
