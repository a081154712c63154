#pragma once
// The tenant's own SQLite file (<data>/tenant.sqlite) through QtSql: its schema, versioned
// with PRAGMA user_version, and the few helpers every repository uses. Bound values only.
// SQL failures throw SqlError; the gateway turns them into 500 InternalServerError, which is
// what the real service does and what clients are told to retry.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <stdexcept>

namespace indicia::service {

class SqlError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class ServiceDatabase {
    Q_DECLARE_TR_FUNCTIONS(ServiceDatabase)
public:
    ServiceDatabase();
    ~ServiceDatabase();
    ServiceDatabase(const ServiceDatabase&) = delete;
    ServiceDatabase& operator=(const ServiceDatabase&) = delete;

    // Creates the directory and the schema as needed; an error text when it cannot.
    QString open(const QString& dataDir);
    QSqlDatabase db() const;

private:
    void migrate();
    QString connectionName_;
};

// Prepares, binds `values` in order and executes; throws SqlError.
QSqlQuery execBound(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

// One transaction; rolled back unless commit() ran (an exception on the way out undoes all).
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    QSqlDatabase db_;
    bool done_ = false;
};

} // namespace indicia::service
