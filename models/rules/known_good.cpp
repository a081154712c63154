#include "models/rules/known_good.h"

#include "engine/warninglist/known_good.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <mutex>

namespace indicia::rules {

namespace {

std::mutex& listsMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::shared_ptr<const KnownGood>& current()
{
    static std::shared_ptr<const KnownGood> lists;
    return lists;
}

QString& userDirectory()
{
    static QString directory;
    return directory;
}

// The bundled lists, sorted by name so the first hit is the same on every platform.
void loadBundled(KnownGood& lists)
{
    QStringList files;
    for (QDirIterator it(QStringLiteral(":/warninglists"), {QStringLiteral("*.json")}, QDir::Files); it.hasNext();)
        files << it.next();
    files.sort();
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = file.readAll();
        std::string error;
        if (auto list = parseWarningList(std::string_view(text.constData(), std::size_t(text.size())), error)) {
            list->source = path.toStdString();
            lists.add(std::move(*list));
        }
    }
}

// Builds a fresh set: bundled plus the user's directory.
std::shared_ptr<const KnownGood> build(const QString& directory, QStringList* errors)
{
    auto lists = std::make_shared<KnownGood>();
    loadBundled(*lists);
    if (!directory.isEmpty()) {
        for (const std::string& error : lists->loadDirectory(QFile::encodeName(directory).toStdString())) {
            if (errors)
                *errors << QString::fromStdString(error);
        }
    }
    return lists;
}

} // namespace

std::shared_ptr<const KnownGood> knownGoodLists()
{
    std::lock_guard lock(listsMutex());
    if (!current())
        current() = build(userDirectory(), nullptr);
    return current();
}

QStringList setUserWarningListDirectory(const QString& directory)
{
    QStringList errors;
    auto lists = build(directory, &errors);
    std::lock_guard lock(listsMutex());
    userDirectory() = directory;
    current() = std::move(lists);
    return errors;
}

QList<RuleIssue> knownGoodWarnings(IndicatorType type, const QString& canonicalValue)
{
    const std::string value = canonicalValue.toStdString();
    const auto hit = knownGoodLists()->check(type, value);
    if (!hit)
        return {};
    const Issue issue = knownGoodIssue(*hit, value);
    return {RuleIssue{QString::fromStdString(issue.code), QString::fromStdString(issue.message),
                      QString::fromStdString(issue.column)}};
}

bool hitsKnownGood(const Indicator& draft)
{
    return knownGoodLists()->check(draft.type, draft.value).has_value();
}

} // namespace indicia::rules
