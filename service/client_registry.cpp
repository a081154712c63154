#include "service/client_registry.h"

#include <QCryptographicHash>
#include <QFile>

#include <nlohmann/json.hpp>

namespace indicia::service {

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Analyst: return QStringLiteral("analyst");
    case Role::Reader: return QStringLiteral("reader");
    }
    return {};
}

std::optional<Role> parseRole(const QString& text)
{
    for (Role role : {Role::Admin, Role::Analyst, Role::Reader})
        if (text.compare(roleName(role), Qt::CaseInsensitive) == 0)
            return role;
    return std::nullopt;
}

namespace {

QStringList cleanGroups(const QStringList& raw)
{
    QStringList out;
    for (const QString& group : raw) {
        const QString trimmed = group.trimmed();
        if (!trimmed.isEmpty() && !out.contains(trimmed))
            out << trimmed;
    }
    return out;
}

QString qs(const std::string& text) { return QString::fromStdString(text); }

} // namespace

ClientParse ClientRegistry::parseSpec(const QString& spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() < 3 || parts.size() > 4)
        return {std::nullopt, tr("Client \"%1\": expected ID:SECRET:ROLE[:GROUP,GROUP...].").arg(parts.value(0))};
    ClientAccount account;
    account.id = parts[0].trimmed();
    account.secret = parts[1].toUtf8();
    if (account.id.isEmpty() || account.secret.isEmpty())
        return {std::nullopt, tr("Client \"%1\": the id and the secret must not be empty.").arg(account.id)};
    const std::optional<Role> role = parseRole(parts[2].trimmed());
    if (!role)
        return {std::nullopt, tr("Client \"%1\": unknown role \"%2\" (admin, analyst or reader).").arg(account.id, parts[2])};
    account.role = *role;
    if (parts.size() == 4)
        account.groups = cleanGroups(parts[3].split(QLatin1Char(',')));
    return {account, {}};
}

QString ClientRegistry::loadFile(const QString& path, QList<ClientAccount>& out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the clients file %1: %2").arg(path, file.errorString());
    const nlohmann::json doc = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (!doc.is_array())
        return tr("The clients file %1 is not a JSON array of clients.").arg(path);
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const nlohmann::json& entry = doc[i];
        const bool shaped = entry.is_object() && entry.value("id", nlohmann::json()).is_string()
            && entry.value("secret", nlohmann::json()).is_string() && entry.value("role", nlohmann::json()).is_string();
        const std::optional<Role> role = shaped ? parseRole(qs(entry["role"].get<std::string>())) : std::nullopt;
        if (!role)
            return tr("Clients file %1, entry %2: needs string \"id\", \"secret\" and \"role\" (admin, analyst or reader).")
                .arg(path).arg(i + 1);
        ClientAccount account{qs(entry["id"].get<std::string>()),
                              QByteArray::fromStdString(entry["secret"].get<std::string>()), *role, {}};
        if (entry.contains("groups") && entry["groups"].is_array())
            for (const nlohmann::json& group : entry["groups"])
                if (group.is_string())
                    account.groups << qs(group.get<std::string>());
        account.groups = cleanGroups(account.groups);
        out << account;
    }
    return {};
}

void ClientRegistry::add(const ClientAccount& account)
{
    for (ClientAccount& existing : accounts_) {
        if (existing.id == account.id) {
            existing = account; // the last definition of an id wins
            return;
        }
    }
    accounts_ << account;
}

const ClientAccount* ClientRegistry::find(const QString& id) const
{
    for (const ClientAccount& account : accounts_)
        if (account.id == id)
            return &account;
    return nullptr;
}

const ClientAccount* ClientRegistry::authenticate(const QString& id, const QByteArray& secret) const
{
    const ClientAccount* account = find(id);
    // Hash both sides so the comparison is over fixed-length digests: neither the length nor
    // a common prefix of the secret shows in the time taken. Unknown ids pay the same cost.
    const QByteArray expected = QCryptographicHash::hash(account ? account->secret : QByteArrayLiteral("\x01"),
                                                         QCryptographicHash::Sha256);
    const QByteArray given = QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
    const bool match = constantTimeEquals(expected, given);
    return account && match ? account : nullptr;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace indicia::service
