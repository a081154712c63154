#pragma once
// Minimal RAII over the SQLite C API, for the bulk importer's own connection. (The store's
// Qt connection is never touched through this: on Windows and macOS Qt bundles its own
// SQLite, so its sqlite3* handle is not ours to use.)

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace indicia {

// Process-wide SQLite settings; call first thing in main(), before any connection (Qt's
// included) and before any other thread uses SQLite. SQLite's memory statistics take a
// global mutex around every allocation: ~7% of a bulk import's writer thread, and nothing
// in Indicia reads them. Once SQLite has started it refuses changes, harmlessly.
void configureSqliteForProcess();

class SqliteStatement {
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool valid() const { return stmt_ != nullptr; }
    sqlite3_stmt* get() const { return stmt_; }

    // Binding by 1-based index; text is copied only when SQLite needs it (SQLITE_STATIC is
    // safe because every statement is reset before the bound buffers change).
    void bind(int index, std::int64_t value) { sqlite3_bind_int64(stmt_, index, value); }
    void bind(int index, int value) { sqlite3_bind_int(stmt_, index, value); }
    void bind(int index, std::string_view text)
    {
        sqlite3_bind_text(stmt_, index, text.data(), int(text.size()), SQLITE_STATIC);
    }
    void bindNull(int index) { sqlite3_bind_null(stmt_, index); }

    int step() { return sqlite3_step(stmt_); }
    void reset() { sqlite3_reset(stmt_); }

    std::int64_t columnInt(int column) const { return sqlite3_column_int64(stmt_, column); }
    bool columnIsNull(int column) const
    {
        return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
    }
    std::string columnText(int column) const;

private:
    sqlite3_stmt* stmt_ = nullptr;
};

class SqliteConnection {
public:
    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // Opens an existing file read-write, without SQLite's per-call mutex (one thread
    // uses a connection). False with errorMessage() on failure.
    bool open(const std::string& path);
    void close();
    sqlite3* get() const { return db_; }

    bool exec(std::string_view sql);
    SqliteStatement prepare(std::string_view sql) { return SqliteStatement(db_, sql); }
    std::string errorMessage() const;
    int errorCode() const { return db_ ? sqlite3_errcode(db_) : SQLITE_CANTOPEN; }

private:
    sqlite3* db_ = nullptr;
};

} // namespace indicia
