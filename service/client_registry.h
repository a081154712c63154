#pragma once
// The OAuth2 clients the tenant knows: id, secret, role and device groups. Given as
// `--client ID:SECRET:ROLE[:GROUP,GROUP...]` or a JSON clients file. Secrets are compared in
// constant time and never logged.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace indicia::service {

enum class Role { Admin, Analyst, Reader };

QString roleName(Role role);
std::optional<Role> parseRole(const QString& text);

struct ClientAccount {
    QString id;
    QByteArray secret;
    Role role = Role::Reader;
    // Device groups the client may touch; empty means every group (unrestricted).
    QStringList groups;
};

struct ClientParse {
    std::optional<ClientAccount> account;
    QString error;
};

class ClientRegistry {
    Q_DECLARE_TR_FUNCTIONS(ClientRegistry)
public:
    // "ID:SECRET:ROLE[:GROUP,GROUP...]". The secret may not contain ':' here (use a file).
    static ClientParse parseSpec(const QString& spec);
    // A JSON array of {"id","secret","role","groups":[...]}; an error names the entry.
    static QString loadFile(const QString& path, QList<ClientAccount>& out);

    void add(const ClientAccount& account);
    const ClientAccount* find(const QString& id) const;
    // The account when id and secret match. The comparison takes the same time whatever
    // the secret, so timing does not reveal how much of a guess was right.
    const ClientAccount* authenticate(const QString& id, const QByteArray& secret) const;
    bool isEmpty() const { return accounts_.isEmpty(); }

private:
    QList<ClientAccount> accounts_;
};

// Equal-length digests compared without an early exit.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace indicia::service
