-- A workspace as Indicia schema version 1 wrote it (before operations, list indexes and
-- sync_error existed). test_store_migration loads this into a temporary file and opens it
-- with the current store, which must upgrade it to the latest version without losing data.
-- Scope keys join group names with char(31) (unit separator), sorted.
BEGIN;
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
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
    UNIQUE (type, value, scope_key));
CREATE TABLE indicator_groups (
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    group_name TEXT NOT NULL,
    PRIMARY KEY (indicator_id, group_name)) WITHOUT ROWID;
CREATE INDEX indicator_groups_by_name ON indicator_groups(group_name);
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
    comment TEXT NOT NULL DEFAULT '');
CREATE INDEX history_by_indicator ON history(indicator_id, id);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER REFERENCES indicators(id) ON DELETE CASCADE,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    server_id TEXT,
    key TEXT);
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;

INSERT INTO settings VALUES ('quota', '5000');
INSERT INTO sync_state VALUES ('last_pull', '2024-05-01T10:00:00Z');
INSERT INTO device_groups VALUES (1, 'Servers', 1, 'Production servers');
INSERT INTO device_groups VALUES (2, 'Workstations', 2, '');
INSERT INTO machines VALUES ('1e5bc9d7e413ddd7902c2932e418702b84d0cc07', 'ws-001.contoso.local',
    'Workstations', 'Windows11', 1714557600);

-- A file hash scoped to two groups, synced with the service.
INSERT INTO indicators (id, type, value, scope_key, action, severity, generate_alert, title,
    description, category, mitre_techniques, created_by, created_at, updated_by, updated_at,
    server_id, sync_state)
VALUES (1, 'FileSha256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'Servers' || char(31) || 'Workstations', 3, 3, 1, 'Empty file', 'Test hash', 'Malware',
    'T1059,T1204', 'alice@contoso.com', 1714550000, 'alice@contoso.com', 1714550000, '995',
    'synced');
INSERT INTO indicator_groups VALUES (1, 'Servers');
INSERT INTO indicator_groups VALUES (1, 'Workstations');

-- A domain for all devices, never synced, expiring in 2030.
INSERT INTO indicators (id, type, value, scope_key, action, severity, title, description,
    expiration, created_by, created_at, updated_by, updated_at, sync_state)
VALUES (2, 'DomainName', 'contoso-phish.example', '', 2, 1, 'Phishing', 'Reported by users',
    1893456000, 'bob@contoso.com', 1714551000, 'bob@contoso.com', 1714552000, 'pending');
INSERT INTO outbox (indicator_id, op) VALUES (2, 'upsert');

-- An IP address that already expired.
INSERT INTO indicators (id, type, value, action, title, description, expiration, created_by,
    created_at, updated_by, updated_at, sync_state)
VALUES (3, 'IpAddress', '203.0.113.7', 0, 'Partner VPN', 'Allowed', 1700000000,
    'bob@contoso.com', 1690000000, 'bob@contoso.com', 1690000000, 'pending');

INSERT INTO history (indicator_id, at, user, operation, after_json, comment)
VALUES (2, 1714551000, 'bob@contoso.com', 'add', '{"value":"contoso-phish.example"}', '');
INSERT INTO history (indicator_id, at, user, operation, before_json, after_json, comment)
VALUES (2, 1714552000, 'bob@contoso.com', 'update', '{"action":"Audit"}',
    '{"action":"Warn"}', 'users keep clicking');

PRAGMA user_version = 1;
COMMIT;
