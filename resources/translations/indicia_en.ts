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
    <name>ApiGateway</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid, unexpired bearer token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limit exceeded; retry after %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Injected failure (--fail-every %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed to handle the request; retry later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Cannot read the seed file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed file %1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seed document is a JSON object with machineGroups, machines and files arrays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machineGroups must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each machine group needs an id and a name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machines must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each machine needs an id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file needs a 40-digit sha1: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRoutes</name>
    <message>
        <source>No machines were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-1 or SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-1 hash; this request takes SHA-1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin client may seed the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRegistry</name>
    <message>
        <source>Client &quot;%1&quot;: expected ID:SECRET:ROLE[:GROUP,GROUP...].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &quot;%1&quot;: the id and the secret must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &quot;%1&quot;: unknown role &quot;%2&quot; (admin, analyst or reader).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the clients file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients file %1 is not a JSON array of clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients file %1, entry %2: needs string &quot;id&quot;, &quot;secret&quot; and &quot;role&quot; (admin, analyst or reader).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate alert</source>
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
        <source>Recommended actions</source>
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
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educate URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This indicator changed here and on the service since the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service deleted this indicator, but it changed here since the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply my field choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine (this workspace)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs (the service)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictExercise</name>
    <message>
        <source>Resolve a sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You edited %1 while a colleague changed it on the service. Resolve the conflict (keep yours, take theirs or merge) and sync, so that nothing is left in conflict or unsent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sync page (Ctrl+3): the conflict is listed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click it to compare your version with the service&apos;s, field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After choosing, press Sync now so the service gets the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) still in conflict.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not synced yet: press Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict is resolved and the service has the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBootstrap</name>
    <message>
        <source>Preparing the workspace of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the demo tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolate the device and collect an investigation package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a local edit made before the colleague&apos;s change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague changes an indicator on the service…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoColleague</name>
    <message>
        <source>The service has no indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered an indicator the console cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reviewed by the admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-rated by the global administrator at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <source>No persona chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo has no persona &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;colleague changes an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global administrator changes the selected indicator on the service; edit it here too and sync to meet a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo workspace of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global administrator changed %1 on the service. Sync to see it; if you edited it here too, the sync shows a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleague could not change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no finished demo organisation (manifest.json is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a list of personas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a persona without id or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the planted values the exercises need.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>Cannot create a folder for the demo workspaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo organisation (a month of telemetry)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicia demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <source>Cannot generate the demo data in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a demo indicators document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo indicator %1 is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Demo: added before it expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the demo connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropperExercise</name>
    <message>
        <source>Block the dropper on Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dropper, %1, ran on %2 Finance machines. The same file runs on %3 Build servers as part of a build, where blocking it would break builds. Block it on Finance without touching Build servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the file (Ctrl+K) by name or by its SHA-256 %1 and open its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Block on the file page or create a File hash indicator with the action Block execution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Scope step choose specific device groups: Finance only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Preview: Finance machines show &quot;block&quot;, Build servers show nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not blocked on the Finance machine %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked on the Build server %1: builds would break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dropper is blocked on all %1 Finance machines and on no Build server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n problem(s) left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityNavigator</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to hash or machine...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;local file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a hash or machine (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a file hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read file</source>
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
    <name>FalsePositiveExercise</name>
    <message>
        <source>Allow a false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The antivirus flags %1, an internal tool used in %2, and an indicator raises alerts on it. It is a false positive: make every event of it allowed, so the detection is suppressed and investigations ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the indicator on %1 in the File hashes tab (filter by the value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For files, Audit beats Allowed: a second indicator would lose. Change the existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit it (Enter), choose Allowed in the Action step and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Preview: the card &quot;Allows overriding a detection&quot; counts its events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event is still decided by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event of %1 matches any indicator: it needs an Allowed indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 events of %2 are allowed; the detections are suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1 of %2 events are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in indicators</source>
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
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one decides, per device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service knows this file (global prevalence %L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service knows this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not know this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;not allowed (Microsoft-signed)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a5a00&apos;&gt;trusted publisher: blocking warns&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen in the loaded telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No telemetry loaded: add files on the Preview page to see where it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n event(s)&lt;/b&gt; on %1 machine(s)&lt;br&gt;first seen %2&lt;br&gt;last seen %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator covers this file yet: Add indicator, Block or Allow creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators that cover this file (any of its hashes or its certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator covers this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files signed by Microsoft cannot be blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created from the file page: seen %n time(s) on %1 machine(s) in the loaded telemetry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot block a Microsoft-signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed by Microsoft (%2). Microsoft Defender for Endpoint does not allow blocking Microsoft-signed files, so this indicator would be rejected. Block a specific malicious file instead, or use an attack surface reduction rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block a trusted publisher&apos;s file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed by a trusted publisher (%2). Blocking trusted signed files can break software that depends on them and costs performance on every device it applies to. Block it anyway?</source>
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
    <message>
        <source>After this import the workspace would hold %1 active indicators, %2 over its quota of %3; rows beyond the quota are marked &quot;Over quota&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <name>InMemorySecretStore</name>
    <message>
        <source>No secret is remembered for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only (memory)</source>
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
    <name>IndicatorOutput</name>
    <message>
        <source>Suricata datasets are several files: give a directory with -o DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicators left out: Suricata datasets have no type for SHA-1 hashes, URLs or IP ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 IP ranges left out: MDE does not accept CIDR indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 indicators, but MDE accepts at most %2 active indicators per tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the output failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset written; use it as: %1</source>
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
    <name>IndicatorPayload</name>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body parameter names are case-sensitive: &apos;%1&apos; must be spelled &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property &apos;%1&apos; does not exist on type &apos;Indicator&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required parameter &apos;%1&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid indicatorType.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generateAlert must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expirationTime %1 is not an ISO 8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rbacGroupNames must be an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitreTechniques must be an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorRoutes</name>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body parameter names are case-sensitive: &apos;%1&apos; must be spelled &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required parameter &apos;%1&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is not allowed to change indicators outside its device groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may not write indicators for these device groups (or for all devices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may not change indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant already holds the maximum of %1 active indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is not exposed to the device groups of indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IndicatorIds is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1, allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid indicator id.</source>
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
    <message>
        <source>✓ Valid: %1</source>
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
    <message>
        <source>Not saved: saving a known-good value needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known-good value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Blocking or alerting on it may break production. Why save it anyway? The reason is kept in the indicator&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known-good override: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonBodyReader</name>
    <message>
        <source>POST requests need Content-Type: application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MachinePage</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device group: %1    Operating system: %2    Matching events: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (load a DeviceInfo export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators in effect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files seen (%1)</source>
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
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ODataFilter</name>
    <message>
        <source>Syntax error at position %1: unexpected &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is nested too deeply (more than %1 levels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error: a &apos;)&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error at position %1: a property name is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a property named &apos;%1&apos; on type &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error at position %1: eq, ne, gt, lt, ge or le is expected after &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator &apos;%1&apos; is not supported on &apos;%2&apos;; use eq or ne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null can only be compared with eq or ne on &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ODataLexer</name>
    <message>
        <source>Unterminated string literal at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ODataQuery</name>
    <message>
        <source>The limit of &apos;%1&apos; for Top query has been exceeded. The value from the incoming request is &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value &apos;%1&apos; for the query option %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Sign in to the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo organisation has three people. Choose who you are; you can switch later from the Demo menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every device group, all-devices indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes indicators of %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads everything, changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewCharts</name>
    <message>
        <source>Matched events per device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions per outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched events per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewEventsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewMachinesModel</name>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Draft list (what the next sync would make)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-devices indicators take precedence (seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device-group indicators take precedence (current MDE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;telemetry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows that override a detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy KQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run these in Advanced Hunting to find the same matches across the whole organisation (last 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunting (KQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open machine page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deciding indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry (*.csv *.json *.jsonl *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n file(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: partial results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 events scanned, %L2 matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bad records skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a telemetry file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewRunner</name>
    <message>
        <source>A preview is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one telemetry file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportImportExercise</name>
    <message>
        <source>Import a report&apos;s IoCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A partner sent a threat report, %1. Import its indicators. %n of its lines cannot become indicators: read why, keep the valid part, and make sure every valid indicator is in the workspace.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File ▸ Import indicators (Ctrl+I) and choose the report: prose with defanged IoCs is read as a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview lists each refused row with its line and reason (a private address, a hash of the wrong length…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &quot;Import the valid rows&quot;; set the action (e.g. Block) for the imported ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row you can correct by hand: add it with the side pane (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 valid indicators of the report are in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1 of %2 indicators imported.</source>
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
    <message>
        <source>No device groups are known yet: they come from the service when you sync, or from imported indicators that name them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceConfigParser</name>
    <message>
        <source>HOST:PORT to listen on (port 0 picks one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a non-loopback listen address (plain HTTP!).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of the tenant&apos;s SQLite state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client ID:SECRET:ROLE[:GROUP,GROUP...] (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file: [{&quot;id&quot;,&quot;secret&quot;,&quot;role&quot;,&quot;groups&quot;:[...]}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only accept this tenant in the token path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token lifetime in seconds (default 3599).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active indicators per tenant (default 15000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS:CODE answered over quota (default 400:QuotaExceeded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields besides type and value that identify an indicator on submit: any of action,scope,creator, or none (default action,scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divide every rate-limit window and Retry-After by F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not enforce rate limits (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append one JSON line per request to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest request body in bytes (default 5242880); larger gets 413.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault injection: answer 500 to every Nth API request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault injection: wait N ms before each API request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault injection: cut the body of every Nth API reply short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file of machine groups, machines and files to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicia-tenant: a local Indicators API service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale: expected a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen: expected HOST:PORT, e.g. 127.0.0.1:0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--upsert-key: expected none or a list of action, scope, creator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quota-error: expected STATUS:CODE, e.g. 400:QuotaExceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data DIR is required: the tenant keeps its state there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: generate (or reuse) the demo organisation of seed N under DIR/demo and load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: telemetry events to generate (default 1000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: machines to generate (default 520).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDatabase</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the tenant database in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the tenant database in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShadowedBlockExercise</name>
    <message>
        <source>Why is it allowed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked, yet %2 still reaches it. Find which indicator allows the connection and why it wins, then make the block apply on that machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Preview and open the machine %1 (double-click the machine column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events table names the deciding indicator and the rule that chose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For network indicators a URL beats its domain: the Allowed URL %1 wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove that URL indicator (or change it to Block), then preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still allowed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event on %1 matches the block any more: was the domain indicator removed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 connections from %2 are blocked now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1 of %2 connections are blocked.</source>
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
    <name>SyncLedger</name>
    <message>
        <source>No conflict to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the service&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue a delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add an indicator from the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply a change from the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and on the service since the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the service but changed here since the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove an indicator the service deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the sync time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the remembered secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the secret for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (double-click to resolve):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret: none is remembered for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The secret is remembered for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the service issued a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service URL and client id first.</source>
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
    <name>TelemetryWriter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantService</name>
    <message>
        <source>Refusing to listen on %1: it is not a loopback address and the service speaks plain HTTP. Pass --allow-remote to do it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients configured: give at least one --client ID:SECRET:ROLE or --clients FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the request log %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the seed file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such resource.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRoutes</name>
    <message>
        <source>Tenant &apos;%1&apos; not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be application/x-www-form-urlencoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only grant_type=client_credentials is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id and client_secret are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope must be a resource&apos;s /.default scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid client id or secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The check could not preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the workspace back as it was when this exercise started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the workspace back as it was when &quot;%1&quot; started? Changes made since are lost (the service keeps what was synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSnapshot</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the exercise&apos;s starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise&apos;s starting point %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the exercise&apos;s starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a valid service URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP is refused for %1: the client secret and tokens would travel in clear. Use https:// (plain http:// is allowed only to this computer: 127.0.0.1, ::1, localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URL scheme &apos;%1&apos; (use https://).</source>
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
    <message>
        <source>Cannot save the device groups: %1</source>
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
    <message>
        <source>Usage: indicia-cli preview (--workspace W | --indicators FILE) --telemetry FILE...
       [--machine-groups FILE] [--as-of TIME] [--scope-model seed|current] [--matches OUT.csv] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per device group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
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
    <message>
        <source>CSV with every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIX 2.1 bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISP event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, one value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeek Intel framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIX bundle (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISP event (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeek Intel (*.intel *.dat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 is not in this workspace.</source>
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
    <name>indicia::cli</name>
    <message>
        <source>%1: not an ISO 8601 time (2026-06-01T00:00:00Z): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected seed or current, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a number of days, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--telemetry needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a DeviceInfo export nor a machine,group CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bad rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>indicia::service::demo</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs between 30 and 100,000 machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs between 1,000 and 100,000,000 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo covers 1 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs a valid end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
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
    <message>
        <source>Start, show the window, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo organisation with a local service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo organisation seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry events to generate (default 1000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as global-admin, soc-analyst or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicia demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>Cannot read the indicators of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace setting %1 is &quot;%2&quot;; expected seed or current.</source>
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
        <source>%L1 rows: %L2 valid, %L3 invalid, %L4 with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: indicia-cli validate [--json] [--all-attributes] [--warninglists DIR] FILE...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
