#pragma once
// The per-row picture of a dry-run import, in Qt types for the import dialog's table.
//
// The store's ImportReport counts added/updated/unchanged rows but lists only the invalid
// ones. The dialog wants a status on every row, so this re-reads the beginning of the file
// (at most `limit` rows: a preview of a million rows would help nobody) and classifies each
// valid row against the workspace the way the bulk writer will: new, update, unchanged,
// duplicate of an earlier row, or new but beyond the quota.

#include "models/store/import_types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace indicia {

class WorkspaceStore;

enum class PreviewStatus {
    New,       // not in the workspace yet: will be added
    Updated,   // same key already stored with different content: will be updated
    Unchanged, // same key and same content: nothing to write
    Duplicate, // repeats the key of an earlier row of this file: the later row wins
    OverQuota, // new, but the workspace would be over its active-indicator quota
    Invalid,   // refused: see codes and reason
};

struct PreviewRow {
    qint64 row = 0;  // 1-based data row (CSV) or line (plain list)
    qint64 line = 0; // physical line where the row starts
    QString type;    // as read ("FileSha256"); empty when unknown
    QString value;   // as written in the file
    PreviewStatus status = PreviewStatus::New;
    QStringList codes; // issue codes of an invalid row ("expiry-past", "ip-non-public"...)
    QString reason;    // readable: why it is invalid, or which row it duplicates
    QString column;    // the CSV column concerned, when there is one
    QStringList warnings; // e.g. a known-good hit on a valid row (shown as its reason)
    qint64 replaces = 0;   // Duplicate: the earlier row of the same key that this one replaces
    qint64 replacedBy = 0; // a later row of this file has the same key and wins
};

struct ImportPreview {
    QList<PreviewRow> rows; // the first rows of the file, in file order
    bool truncated = false; // the file has more rows than `rows` holds
};

// Reads the first `limit` rows of `sourcePath` and classifies them against `store`
// (read-only). `dryRun` supplies the problems the store found beyond the engine's own
// checks (encoding, access rights).
ImportPreview buildImportPreview(const WorkspaceStore& store, const QString& sourcePath,
                                 const ImportReport& dryRun, int limit);

QString toDisplayString(PreviewStatus status);

} // namespace indicia
