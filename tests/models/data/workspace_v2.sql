-- A workspace as Indicia schema version 2 wrote it (text UNIQUE identity key, created_op
-- index, one outbox row per imported indicator), made by indicia-cli 0.x at schema v2:
-- two imports (a.csv: 4 rows, two of them scoped; b.csv: 1 update, 1 add).
-- test_store loads it and checks the upgrade to the latest version (v3: key_hash).
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE indicator_groups (
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    group_name TEXT NOT NULL,
    PRIMARY KEY (indicator_id, group_name)) WITHOUT ROWID;
INSERT INTO indicator_groups VALUES(2,'Finance');
INSERT INTO indicator_groups VALUES(2,'Servers');
INSERT INTO indicator_groups VALUES(4,'Servers');
CREATE TABLE device_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    rank INTEGER,
    description TEXT NOT NULL DEFAULT '');
CREATE TABLE machines (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    group_name TEXT,
    os TEXT,
    last_seen INTEGER);
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    user TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('add', 'update', 'delete')),
    before_json TEXT,
    after_json TEXT,
    comment TEXT NOT NULL DEFAULT '', op_id INTEGER REFERENCES operations(id));
INSERT INTO history VALUES(1,1,1795856079,'bob','update','{"action":"Block","category":"Malware","createdAt":1795856079,"createdBy":"alice","createdOp":1,"description":"row one","educateUrl":"","expiration":null,"externalId":"","generateAlert":true,"id":1,"mitreTechniques":["T1059"],"rbacGroups":[],"recommendedActions":"","serverId":"","severity":"High","syncError":"","syncState":"pending","title":"First import","type":"FileSha256","updatedAt":1795856079,"updatedBy":"alice","value":"1111111111111111111111111111111111111111111111111111111111111111"}','{"action":"Block","category":"Malware","createdAt":1795856079,"createdBy":"alice","createdOp":1,"description":"row one","educateUrl":"","expiration":null,"externalId":"","generateAlert":true,"id":1,"mitreTechniques":["T1059"],"rbacGroups":[],"recommendedActions":"","serverId":"","severity":"High","syncError":"","syncState":"pending","title":"Second import changed it","type":"FileSha256","updatedAt":1795856079,"updatedBy":"bob","value":"1111111111111111111111111111111111111111111111111111111111111111"}','',2);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER REFERENCES indicators(id) ON DELETE CASCADE,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    server_id TEXT,
    key TEXT, op_id INTEGER REFERENCES operations(id));
INSERT INTO outbox VALUES(1,1,'upsert',NULL,NULL,1);
INSERT INTO outbox VALUES(2,2,'upsert',NULL,NULL,1);
INSERT INTO outbox VALUES(3,3,'upsert',NULL,NULL,1);
INSERT INTO outbox VALUES(4,4,'upsert',NULL,NULL,1);
INSERT INTO outbox VALUES(5,1,'upsert',NULL,NULL,2);
INSERT INTO outbox VALUES(6,5,'upsert',NULL,NULL,2);
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE operations (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user TEXT NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '');
INSERT INTO operations VALUES(1,1795856079,'alice','import','Imported a.csv: 4 added, 0 updated','');
INSERT INTO operations VALUES(2,1795856079,'bob','import','Imported b.csv: 1 added, 1 updated','');
CREATE TABLE IF NOT EXISTS "indicators" (
    id INTEGER PRIMARY KEY,
    tab INTEGER NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    scope_key TEXT NOT NULL DEFAULT '',
    action INTEGER NOT NULL,
    severity INTEGER NOT NULL DEFAULT 0,
    generate_alert INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    recommended_actions TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    mitre_techniques TEXT NOT NULL DEFAULT '',
    expiration INTEGER,
    educate_url TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    server_id TEXT,
    sync_state TEXT NOT NULL DEFAULT 'pending'
        CHECK (sync_state IN ('synced', 'pending', 'conflict', 'failed')),
    sync_error TEXT NOT NULL DEFAULT '',
    created_op INTEGER REFERENCES operations(id),
    UNIQUE (tab, value, type, scope_key));
INSERT INTO indicators VALUES(1,0,'FileSha256','1111111111111111111111111111111111111111111111111111111111111111','',3,3,1,'Second import changed it','row one','','Malware','T1059',NULL,'','','alice',1795856079,'bob',1795856079,NULL,'pending','',1);
INSERT INTO indicators VALUES(2,0,'FileSha256','1111111111111111111111111111111111111111111111111111111111111111','FinanceServers',1,1,1,'First import scoped','row two','','Malware','',NULL,'','','alice',1795856079,'alice',1795856079,NULL,'pending','',1);
INSERT INTO indicators VALUES(3,2,'DomainName','bad.example.com','',2,2,0,'First import','row three','','','',1924992000,'','','alice',1795856079,'alice',1795856079,NULL,'pending','',1);
INSERT INTO indicators VALUES(4,1,'IpAddress','45.1.2.3','Servers',3,1,1,'First import','row four','','','',NULL,'','','alice',1795856079,'alice',1795856079,NULL,'pending','',1);
INSERT INTO indicators VALUES(5,2,'Url','https://bad.example.net/x','',3,3,0,'Second import','row five','','','',NULL,'','','bob',1795856079,'bob',1795856079,NULL,'pending','',2);
CREATE INDEX indicator_groups_by_name ON indicator_groups(group_name);
CREATE INDEX history_by_indicator ON history(indicator_id, id);
CREATE INDEX indicators_tab_updated ON indicators(tab, updated_at);
CREATE INDEX indicators_tab_action ON indicators(tab, action);
CREATE INDEX indicators_tab_severity ON indicators(tab, severity);
CREATE INDEX indicators_tab_expiration ON indicators(tab, expiration);
CREATE INDEX indicators_unsynced ON indicators(tab, sync_state) WHERE sync_state IN ('conflict', 'failed');
CREATE INDEX indicators_by_created_op ON indicators(created_op) WHERE created_op IS NOT NULL;
CREATE INDEX history_by_op ON history(op_id) WHERE op_id IS NOT NULL;
CREATE INDEX outbox_by_indicator ON outbox(indicator_id) WHERE indicator_id IS NOT NULL;
COMMIT;
PRAGMA user_version = 2;
