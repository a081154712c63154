#pragma once
// Typed failures of the workspace store. Every refusal carries a code the caller can act
// on (the UI disables, the CLI picks an exit code) and a readable, translated message.

#include <QString>

#include <optional>
#include <utility>

namespace indicia {

enum class StoreErrorCode {
    None,
    NotADatabase,   // the file exists but is not an SQLite database
    NewerSchema,    // written by a newer Indicia; we refuse rather than guess
    Locked,         // another process holds the write lock for too long
    CannotOpen,     // missing directory, no permission, disk full...
    Forbidden,      // the session's role or device groups do not allow the change
    NotFound,       // an id that is not (or no longer) in the workspace
    Invalid,        // the indicator itself is refused (value, action, expiry...)
    Unreadable,     // an import source that cannot be read or has no usable header
    Cancelled,      // the user cancelled a long operation; nothing was changed
    Sql,            // anything else SQLite reported; the message has the details
};

struct StoreError {
    StoreErrorCode code = StoreErrorCode::None;
    QString message;

    bool ok() const { return code == StoreErrorCode::None; }
    explicit operator bool() const { return !ok(); } // "if (error) ..." reads naturally
};

// A value or the reason there is none. Small on purpose: C++20 has no std::expected.
template <typename T>
class StoreResult {
public:
    StoreResult(T value) : value_(std::move(value)) {}            // NOLINT: implicit by design
    StoreResult(StoreError error) : error_(std::move(error)) {}   // NOLINT: implicit by design

    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *value_; }
    T& value() { return *value_; }
    const T& operator*() const { return *value_; }
    const T* operator->() const { return &*value_; }
    const StoreError& error() const { return error_; }

private:
    std::optional<T> value_;
    StoreError error_;
};

} // namespace indicia
