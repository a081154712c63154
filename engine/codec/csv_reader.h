#pragma once
// A streaming RFC 4180 reader: quoted cells with commas, doubled quotes and newlines;
// CRLF or LF; a UTF-8 BOM at the start is skipped. Memory stays bounded by the longest
// record (capped by maxRecordBytes), never by the file.

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace indicia {

namespace detail {
class CsvRecordSink; // private to csv_reader.cpp
}

struct CsvRecord {
    std::vector<std::string> fields;
    std::size_t line = 0;   // 1-based physical line on which the record starts
    std::size_t number = 0; // 1-based record number (the header is record 1)
    std::string error;      // non-empty: the record is malformed (reason); fields partial
    bool isBlank() const;   // no field has non-whitespace content
};

class CsvReader {
public:
    explicit CsvReader(std::istream& in, std::size_t maxRecordBytes = 4u << 20);
    // Reads the next record into `out` (reusing its storage). False at end of input.
    bool next(CsvRecord& out);

private:
    bool fill();
    int peekChar();
    int getChar();
    // Scanning steps of next(); see csv_reader.cpp.
    bool scanQuotedText(detail::CsvRecordSink& sink);
    bool scanUnquotedText(detail::CsvRecordSink& sink, bool& quoted);

    std::istream& in_;
    std::size_t maxRecordBytes_;
    std::vector<char> buffer_;
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
    std::size_t line_ = 1;
    std::size_t number_ = 0;
    bool started_ = false;
};

} // namespace indicia
