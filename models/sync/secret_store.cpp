#include "models/sync/secret_store.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace indicia {

namespace {

// The translation context for this file's free functions and helper classes: lupdate reads
// it from the macro, so every string lands in the .ts under "SecretStore".
struct SecretStoreText {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

// One QtKeychain job: its result mapped to SecretResult. The job deletes itself.
void finish(QKeychain::Job* job, const SecretStore::Done& done)
{
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job* finished) {
        SecretResult result;
        result.ok = finished->error() == QKeychain::NoError;
        result.unavailable = finished->error() == QKeychain::NoBackendAvailable
            || finished->error() == QKeychain::NotImplemented || finished->error() == QKeychain::OtherError;
        if (auto* reader = qobject_cast<QKeychain::ReadPasswordJob*>(finished); reader && result.ok)
            result.secret = reader->textData();
        if (!result.ok)
            result.error = SecretStoreText::tr("The system keychain refused: %1").arg(finished->errorString());
        done(result);
    });
    job->start();
}

} // namespace

void InMemorySecretStore::read(const QString& key, Done done)
{
    SecretResult result;
    result.ok = secrets_.contains(key);
    result.secret = secrets_.value(key);
    if (!result.ok)
        result.error = SecretStoreText::tr("No secret is remembered for this connection.");
    done(result);
}

void InMemorySecretStore::write(const QString& key, const QString& secret, Done done)
{
    secrets_.insert(key, secret);
    done(SecretResult{true, false, {}, {}});
}

void InMemorySecretStore::remove(const QString& key, Done done)
{
    secrets_.remove(key);
    done(SecretResult{true, false, {}, {}});
}

QString InMemorySecretStore::description() const { return SecretStoreText::tr("this session only (memory)"); }

KeychainSecretStore::KeychainSecretStore(QString service) : service_(std::move(service)) {}

void KeychainSecretStore::read(const QString& key, Done done)
{
    auto* job = new QKeychain::ReadPasswordJob(service_);
    job->setAutoDelete(true);
    job->setKey(key);
    finish(job, done);
}

void KeychainSecretStore::write(const QString& key, const QString& secret, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(service_);
    job->setAutoDelete(true);
    // Never the insecure plain-text fallback some backends offer: refuse instead.
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    finish(job, done);
}

void KeychainSecretStore::remove(const QString& key, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(service_);
    job->setAutoDelete(true);
    job->setKey(key);
    finish(job, done);
}

QString KeychainSecretStore::description() const { return SecretStoreText::tr("the system keychain"); }

} // namespace indicia
