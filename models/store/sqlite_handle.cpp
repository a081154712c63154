#include "models/store/sqlite_handle.h"

#include <utility>

namespace indicia {

void configureSqliteForProcess() { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }

SqliteStatement::SqliteStatement(sqlite3* db, std::string_view sql)
{
    sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_,
                       nullptr);
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(stmt_);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

std::string SqliteStatement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (!text)
        return {};
    return std::string(text, std::size_t(sqlite3_column_bytes(stmt_, column)));
}

SqliteConnection::~SqliteConnection() { close(); }

bool SqliteConnection::open(const std::string& path)
{
    close();
    const int rc = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    return rc == SQLITE_OK;
}

void SqliteConnection::close()
{
    if (db_) {
        sqlite3_close_v2(db_);
        db_ = nullptr;
    }
}

bool SqliteConnection::exec(std::string_view sql)
{
    const std::string text(sql);
    return sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

std::string SqliteConnection::errorMessage() const
{
    return db_ ? std::string(sqlite3_errmsg(db_)) : std::string("cannot open the database");
}

} // namespace indicia
