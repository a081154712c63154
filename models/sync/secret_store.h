#pragma once
// Where the client secret lives. Never the workspace, a settings file or a log: the OS
// keychain (KeychainSecretStore) or process memory (InMemorySecretStore: tests, the CLI's
// --client-secret-env, and the UI's "remember for this session only" when no keychain runs).
// The keychain answers asynchronously, so every call takes a completion callback.

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace indicia {

struct SecretResult {
    bool ok = false;
    bool unavailable = false; // no keychain backend at all (e.g. no Secret Service on CI)
    QString secret;           // read only
    QString error;
};

class SecretStore {
public:
    using Done = std::function<void(const SecretResult&)>;
    virtual ~SecretStore() = default;
    virtual void read(const QString& key, Done done) = 0;
    virtual void write(const QString& key, const QString& secret, Done done) = 0;
    virtual void remove(const QString& key, Done done) = 0;
    virtual QString description() const = 0;
};

class InMemorySecretStore : public SecretStore {
public:
    void read(const QString& key, Done done) override;
    void write(const QString& key, const QString& secret, Done done) override;
    void remove(const QString& key, Done done) override;
    QString description() const override;

private:
    QHash<QString, QString> secrets_;
};

class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Indicia"));
    void read(const QString& key, Done done) override;
    void write(const QString& key, const QString& secret, Done done) override;
    void remove(const QString& key, Done done) override;
    QString description() const override;

private:
    QString service_;
};

} // namespace indicia
