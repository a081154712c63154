#include "ui/workspace_controller.h"

#include "models/async/workspace_reader.h"
#include "models/list/indicator_table_model.h"
#include "models/rules/indicator_rules.h"
#include "models/store/workspace_store.h"
#include "models/sync/connection_settings.h"
#include "models/sync/sync_ledger.h"
#include "ui/undo/operation_command.h"

#include <QUndoStack>

namespace indicia {

WorkspaceController::WorkspaceController(QObject* parent)
    : QObject(parent)
    , store_(std::make_unique<WorkspaceStore>())
    , undoStack_(new QUndoStack(this))
{
    undoStack_->setUndoLimit(200);
}

WorkspaceController::~WorkspaceController()
{
    // Models read through the store: remove them before it closes.
    for (IndicatorTableModel*& m : models_) {
        delete m;
        m = nullptr;
    }
}

StoreError WorkspaceController::open(const QString& path)
{
    auto fresh = std::make_unique<WorkspaceStore>();
    if (StoreError error = fresh->open(path))
        return error;
    undoStack_->clear();
    for (IndicatorTableModel*& m : models_) {
        delete m;
        m = nullptr;
    }
    store_ = std::move(fresh);
    reader_ = std::make_unique<WorkspaceReader>(path);
    store_->setSession(session::fromSettings(*store_));
    rebuildModels();
    updateRights();
    emit workspaceOpened();
    emit sessionChanged();
    emit changed();
    return {};
}

bool WorkspaceController::isOpen() const { return store_->isOpen(); }
QString WorkspaceController::path() const { return store_->path(); }
const StoreSession& WorkspaceController::session() const { return store_->session(); }

void WorkspaceController::rebuildModels()
{
    for (TabKind tab : {TabKind::FileHashes, TabKind::IpAddresses, TabKind::UrlsDomains, TabKind::Certificates}) {
        auto* model = new IndicatorTableModel(*store_, tab, this);
        model->setReader(reader_.get());
        models_[static_cast<size_t>(tab)] = model;
    }
}

void WorkspaceController::updateRights()
{
    rights_ = session::rightsOf(store_->session(), session::knownGroups(*store_));
}

void WorkspaceController::setSession(const StoreSession& s)
{
    store_->setSession(s);
    session::saveToSettings(*store_, s);
    updateRights();
    emit sessionChanged();
}

void WorkspaceController::refresh()
{
    for (IndicatorTableModel* m : models_)
        if (m)
            m->refresh();
    updateRights();
    emit changed();
}

void WorkspaceController::registerOperation(qint64 opId, const QString& text)
{
    if (opId <= 0)
        return;
    undoStack_->push(new OperationCommand(
        *store_, opId, text, [this] { refresh(); }, [this](const QString& message) { emit errorOccurred(message); }));
    refresh();
}

QString WorkspaceController::saveIndicator(const Indicator& draft, qint64 editingId, const QString& comment)
{
    const auto result = editingId ? store_->update(editingId, draft, comment) : store_->upsert(draft, comment);
    if (!result.ok())
        return result.error().message;
    if (result->outcome == UpsertOutcome::Unchanged)
        return {};
    const QString value = QString::fromStdString(draft.value);
    const QString text = result->outcome == UpsertOutcome::Added ? tr("Add %1").arg(value) : tr("Edit %1").arg(value);
    registerOperation(result->opId, text);
    return {};
}

QString WorkspaceController::removeIndicators(const QList<std::int64_t>& ids)
{
    if (ids.isEmpty())
        return {};
    const auto result = store_->remove(ids);
    if (!result.ok())
        return result.error().message;
    registerOperation(result.value(), tr("Delete %n indicator(s)", nullptr, int(ids.size())));
    return {};
}

QString WorkspaceController::setAction(const QList<std::int64_t>& ids, Action action)
{
    if (ids.isEmpty())
        return {};
    const auto result = store_->bulkSetAction(ids, action);
    if (!result.ok())
        return result.error().message;
    registerOperation(result.value(),
                      tr("Set action of %n indicator(s) to %1", nullptr, int(ids.size())).arg(rules::actionLabel(action)));
    return {};
}

bool WorkspaceController::mayEdit(qint64 id, QString* why) const
{
    const auto record = store_->get(id);
    if (!record.ok()) {
        if (why)
            *why = record.error().message;
        return false;
    }
    const StoreError error = checkWriteAccess(store_->session(), record->indicator.rbacGroups);
    if (why)
        *why = error.message;
    return error.ok();
}

UnsyncedChanges WorkspaceController::unsyncedChanges(int named) const
{
    UnsyncedChanges out;
    if (!isOpen())
        return out;
    const SyncLedger ledger(*store_);
    out.count = ledger.pendingCount() + ledger.conflictCount();
    for (const IndicatorRecord& record : ledger.pendingUpserts(0, named))
        out.values << QString::fromStdString(record.indicator.value);
    for (const PendingDelete& removal : ledger.pendingDeletes()) {
        if (out.values.size() >= named)
            break;
        // The key is type, value and scope separated by U+001E; the value names it.
        out.values << QString::fromStdString(removal.key).section(QChar(0x1e), 1, 1);
    }
    for (std::int64_t id : ledger.conflictIds()) {
        if (out.values.size() >= named)
            break;
        if (const auto record = store_->get(id); record.ok())
            out.values << QString::fromStdString(record->indicator.value);
    }
    return out;
}

bool WorkspaceController::hasConnection() const
{
    return isOpen() && ConnectionSettings::load(*store_).isComplete();
}

} // namespace indicia
