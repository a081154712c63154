#include "models/search/telemetry_index.h"

#include "engine/entities/file_sightings.h"
#include "engine/entities/record_search.h"

#include <algorithm>

namespace indicia {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string machineKey(const QString& name)
{
    return name.section(u'.', 0, 0).toLower().toStdString();
}

bool isHex(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f');
    });
}

bool isCompleteHash(const QString& text)
{
    return isHex(text) && (text.size() == 32 || text.size() == 40 || text.size() == 64);
}

// The first `limit` of `hits` by rank (stable: equal ranks keep their order).
SearchHits best(SearchHits hits, int limit)
{
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.rank < b.rank; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace

std::shared_ptr<const TelemetryIndex> TelemetryIndex::build(const QStringList& paths, const std::atomic<bool>* cancel)
{
    auto index = std::make_shared<TelemetryIndex>();
    for (const QString& path : paths) {
        std::string error;
        const bool read = entities::forEachRecord(path.toStdString(), [&](const entities::Record& record) {
            if (cancel && cancel->load())
                return;
            const QString machine = qs(entities::recordMachine(record)).trimmed();
            if (!machine.isEmpty())
                index->addMachine(machine, qs(record.value({"MachineGroup"})).trimmed());
            for (const entities::FileMention& mention : entities::fileMentions(record))
                index->addFile(mention.hashes.sha256, mention.hashes.sha1, mention.hashes.md5, mention.name);
        }, error);
        if (!read)
            index->errors_ << qs(error);
    }
    index->compact();
    return index;
}

void TelemetryIndex::addFile(const std::string& sha256, const std::string& sha1, const std::string& md5,
                             const std::string& name)
{
    // The entries that already hold one of these hashes are one file: fold them into the
    // oldest (an MD5 seen next to a SHA-1 here, that SHA-1 next to a SHA-256 there).
    std::vector<std::uint32_t> owners;
    for (const std::string* hash : {&sha256, &sha1, &md5})
        if (!hash->empty())
            if (const auto found = fileByHash_.find(*hash); found != fileByHash_.end()
                && std::find(owners.begin(), owners.end(), found->second) == owners.end())
                owners.push_back(found->second);
    if (owners.empty() && sha256.empty() && sha1.empty() && md5.empty())
        return;
    std::uint32_t into = std::uint32_t(files_.size());
    if (owners.empty())
        files_.emplace_back();
    else
        into = *std::min_element(owners.begin(), owners.end());
    const auto fill = [this, into](std::string File::*slot, const std::string& hash) {
        if (hash.empty())
            return;
        if ((files_[into].*slot).empty())
            files_[into].*slot = hash;
        fileByHash_[hash] = into;
    };
    for (const std::uint32_t other : owners) {
        if (other == into)
            continue;
        File& gone = files_[other];
        for (const QString& alias : gone.names)
            if (!files_[into].names.contains(alias, Qt::CaseInsensitive))
                files_[into].names << alias;
        files_[into].records += gone.records;
        gone.merged = true;
        fill(&File::sha256, gone.sha256);
        fill(&File::sha1, gone.sha1);
        fill(&File::md5, gone.md5);
    }
    fill(&File::sha256, sha256);
    fill(&File::sha1, sha1);
    fill(&File::md5, md5);
    File& file = files_[into];
    ++file.records;
    if (const QString fileName = qs(name).trimmed(); !fileName.isEmpty() && !file.names.contains(fileName, Qt::CaseInsensitive))
        file.names << fileName;
}

void TelemetryIndex::addMachine(const QString& name, const QString& group)
{
    // "WORKSTATION5" and "WORKSTATION5.theshire.local" are one machine (as MachineGroups
    // sees it), shown by the shorter name.
    const auto [it, added] = machineByKey_.try_emplace(machineKey(name), std::uint32_t(machines_.size()));
    if (added) {
        machines_.push_back({name, group});
        return;
    }
    Machine& machine = machines_[it->second];
    if (name.size() < machine.name.size())
        machine.name = name;
    if (!group.isEmpty())
        machine.group = group;
}

void TelemetryIndex::compact()
{
    std::vector<std::uint32_t> moved(files_.size());
    std::vector<File> live;
    for (std::size_t i = 0; i < files_.size(); ++i) {
        if (files_[i].merged)
            continue;
        moved[i] = std::uint32_t(live.size());
        live.push_back(std::move(files_[i]));
    }
    files_ = std::move(live);
    for (auto& [hash, index] : fileByHash_)
        index = moved[index];
}

SearchHits TelemetryIndex::search(const QString& query, int limitPerKind) const
{
    const QString text = query.trimmed();
    if (text.isEmpty())
        return {};
    return searchHashes(text, limitPerKind) + searchNames(text, limitPerKind) + searchMachines(text, limitPerKind);
}

QString TelemetryIndex::fileDetail(const File& file) const
{
    return tr("%1 · %n record(s)", nullptr, int(file.records)).arg(qs(file.strongest()));
}

SearchHits TelemetryIndex::searchHashes(const QString& query, int limit) const
{
    if (!isHex(query) || query.size() < 6)
        return {};
    const std::string hash = query.toLower().toStdString();
    if (isCompleteHash(query)) {
        SearchHit hit{SearchHitKind::Hash, QString::fromStdString(hash), {}, QString::fromStdString(hash), 0, 0};
        if (const auto found = fileByHash_.find(hash); found != fileByHash_.end()) {
            const File& file = files_[found->second];
            hit.detail = file.names.isEmpty() ? tr("seen in %n record(s)", nullptr, int(file.records))
                                              : tr("%1 · %n record(s)", nullptr, int(file.records))
                                                    .arg(file.names.join(QStringLiteral(", ")));
        } else {
            // Decided: a complete hash opens its file page even when no record names it.
            hit.detail = tr("not seen in the loaded telemetry");
        }
        return {hit};
    }
    SearchHits hits;
    for (const File& file : files_)
        for (const std::string* known : {&file.sha256, &file.sha1, &file.md5})
            if (known->starts_with(hash)) {
                const QString names = file.names.join(QStringLiteral(", "));
                hits << SearchHit{SearchHitKind::Hash, QString::fromStdString(*known), names,
                                  QString::fromStdString(*known), 0, 1};
                break;
            }
    return best(hits, limit);
}

SearchHits TelemetryIndex::searchNames(const QString& query, int limit) const
{
    SearchHits hits;
    for (const File& file : files_) {
        int rank = -1;
        QString matched;
        for (const QString& name : file.names)
            if (const int r = matchRank(name, query); r >= 0 && (rank < 0 || r < rank)) {
                rank = r;
                matched = name;
            }
        if (rank >= 0)
            hits << SearchHit{SearchHitKind::File, matched, fileDetail(file), qs(file.strongest()), 0, rank};
    }
    return best(hits, limit);
}

SearchHits TelemetryIndex::searchMachines(const QString& query, int limit) const
{
    SearchHits hits;
    for (const Machine& machine : machines_) {
        int rank = matchRank(machine.name, query);
        if (rank != 0 && machineKey(query) == machineKey(machine.name) && !query.contains(u'.'))
            rank = 0; // "workstation5" is WORKSTATION5.theshire.local
        if (rank < 0)
            continue;
        const QString detail = machine.group.isEmpty() ? QString() : tr("device group %1").arg(machine.group);
        hits << SearchHit{SearchHitKind::Machine, machine.name, detail, machine.name, 0, rank};
    }
    return best(hits, limit);
}

} // namespace indicia
