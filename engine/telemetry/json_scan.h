#pragma once
// A small JSON scanner for the flat records telemetry exports hold: one object per line
// (Sysmon via Mordor, Advanced Hunting JSON lines) or objects in an array. It walks the
// members of one object and hands out raw views; nested objects and arrays are skipped
// as a whole. Strings are unescaped only when a caller asks for one (unescapeJson).

#include <cstddef>
#include <string>
#include <string_view>

namespace indicia::telemetry {

struct JsonMember {
    std::string_view key;   // raw (our keys never need unescaping)
    std::string_view value; // string: between the quotes; otherwise the token or the {...}/[...]
    bool isString = false;
    bool hasEscapes = false;
};

class JsonObjectScanner {
public:
    // `text` starts at (or before, after whitespace) the object's '{'.
    explicit JsonObjectScanner(std::string_view text);

    // The next member; false at the object's end or on an error (then error() is set).
    bool next(JsonMember& member);
    const char* error() const { return error_; }
    std::size_t end() const { return pos_; } // just past the closing '}' once done

private:
    void skipSpace();
    bool scanString(std::string_view& out, bool& hasEscapes);
    bool skipValue(); // number, literal, or nested container
    bool fail(const char* reason)
    {
        error_ = reason;
        return false;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    bool first_ = true;
    bool done_ = false;
    const char* error_ = nullptr;
};

// Unescapes the inside of a JSON string into `scratch` (appending; never past its
// capacity). Returns the view, or nothing when the escapes are invalid or space ran out.
bool unescapeJson(std::string_view raw, std::string& scratch, std::string_view& out);

} // namespace indicia::telemetry
